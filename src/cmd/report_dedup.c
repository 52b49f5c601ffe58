/* SPDX-License-Identifier: MIT */
/*
 * The syndication part of the report: it runs `dedup --by outlet` itself,
 * through cmd_dedup's own init, start, record, ordered and finish on a
 * state of its own (cmd/dedup.h), so its clusters are dedup's: record
 * leaves the fingerprint in the note of the report's record, the report's
 * ordered step hands it on. Then it reads the
 * clusters from that state (origin first) to count who republished whom,
 * as dedup_write_by counts them. What dedup's finish prints goes to a
 * scratch buffer and is dropped. Kept per record: dedup's fingerprint.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd/commands.h"
#include "cmd/dedup.h"
#include "cmd/report.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/xmalloc.h"

struct rep_dedup {
	struct dedup	*d;
	bool		 started;
	bool		 worker;	/* a fork: d from cmd_dedup.fork */
};

static int	link_cmp(const void *, const void *);
static const char *none(const char *);
static void	add_link(struct rep_link **, size_t *n, size_t *cap,
		    const char *from, const char *to);

struct rep_dedup *
rep_dedup_new(struct run *run)
{
	struct rep_dedup	*rd = xcalloc(1, sizeof(*rd));

	rd->d = xcalloc(1, cmd_dedup.size);
	cmd_dedup.init(rd->d);
	rd->d->by = "outlet";
	if (cmd_dedup.start(rd->d, 0, NULL, run) == 0)
		rd->started = true;
	return rd;
}

void
rep_dedup_add(struct rep_dedup *rd, struct record *r, struct run *run)
{
	if (rd->started)
		cmd_dedup.record(rd->d, r, run);
}

void
rep_dedup_ordered(struct rep_dedup *rd, const char *note, size_t len,
    struct run *run)
{
	if (rd->started)
		cmd_dedup.ordered(rd->d, note, len, run);
}

struct rep_dedup *
rep_dedup_fork(const struct rep_dedup *rd)
{
	struct rep_dedup	*w = xcalloc(1, sizeof(*w));

	w->started = rd->started;
	w->worker = true;
	w->d = rd->started ? cmd_dedup.fork(rd->d) : xcalloc(1,
	    cmd_dedup.size);
	return w;
}

void
rep_dedup_free(struct rep_dedup *rd)
{
	if (rd == NULL)
		return;
	if (rd->worker && rd->started)
		cmd_dedup.join(NULL, rd->d);
	else {
		if (rd->started)
			cmd_dedup.free(rd->d);
		free(rd->d);
	}
	free(rd);
}

static const char *
none(const char *s)
{
	return s ? s : "";
}

/* Most republished first, then origin and republisher bytewise. */
static int
link_cmp(const void *a, const void *b)
{
	const struct rep_link	*x = a, *y = b;
	int			 c;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	if ((c = strcmp(x->origin, y->origin)) != 0)
		return c;
	return strcmp(x->republisher, y->republisher);
}

/* Counts one origin -> copy link (linear: few outlet pairs). */
static void
add_link(struct rep_link **v, size_t *n, size_t *cap, const char *from,
    const char *to)
{
	size_t	 i;

	for (i = 0; i < *n; i++)
		if (strcmp((*v)[i].origin, from) == 0 &&
		    strcmp((*v)[i].republisher, to) == 0) {
			(*v)[i].count++;
			return;
		}
	*v = xgrow(*v, cap, *n + 1, sizeof(**v));
	(*v)[*n] = (struct rep_link){ from, to, 1 };
	(*n)++;
}

/*
 * Clusters the fingerprints (dedup's finish) and fills r->links,
 * r->dup_clusters and r->dup_articles. Returns 0, or -1 when dedup could
 * not run.
 */
int
rep_dedup_finish(struct rep_dedup *rd, struct report *r, struct run *run)
{
	struct dedup	*d = rd->d;
	struct buf	 scratch, *out = run->out;
	struct rep_link	*v = NULL;
	size_t		 i, j, n = 0, cap = 0;
	int		 rc;

	if (!rd->started)
		return -1;
	buf_init(&scratch);
	run->out = &scratch;
	rc = cmd_dedup.finish(d, run);
	run->out = out;
	buf_release(&scratch);
	if (rc != 0)
		return -1;
	r->dup_clusters = (long)d->ncl;
	for (i = 0; i < d->ncl; i++) {
		r->dup_articles += (long)d->cl[i].len;
		for (j = 1; j < d->cl[i].len; j++)
			add_link(&v, &n, &cap,
			    none(d->recs[d->order[d->cl[i].start]].by),
			    none(d->recs[d->order[d->cl[i].start + j]].by));
	}
	qsort(v, n, sizeof(*v), link_cmp);
	r->links = arena_calloc(r->arena, n + 1, sizeof(*r->links));
	for (i = 0; i < n; i++)
		r->links[i] = (struct rep_link){
			arena_strdup(r->arena, v[i].origin),
			arena_strdup(r->arena, v[i].republisher), v[i].count };
	r->nlinks = n;
	free(v);
	return 0;
}
