/* SPDX-License-Identifier: MIT */
/*
 * dedup: finds copies and near-copies across a corpus. Each record's
 * text is reduced to a fingerprint (stats/minhash.h): a hash of its word
 * sequence, which catches exact copies at once, and for each distinct
 * text a 128-value MinHash signature over k-word shingles. At the end
 * LSH banding (stats/lsh.h) proposes candidate pairs, each verified by
 * its estimated Jaccard similarity against --threshold, and a union-find
 * turns pairs into clusters. Only fingerprints are kept, never records;
 * --drop re-reads the input files (records from stdin were spooled to a
 * temporary file) and copies out the lines it keeps. Output modes live
 * in dedup_out.c.
 *
 * With -j the fingerprints are made by the workers (record: normalising,
 * shingling, MinHash), which leave them in the record's note; the reading
 * thread numbers records and distinct texts in input order (ordered), so
 * first occurrences, clusters and their origins do not depend on -j.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd/commands.h"
#include "cmd/dedup.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/diag.h"
#include "core/note.h"
#include "core/record.h"
#include "core/xmalloc.h"
#include "stats/lsh.h"
#include "stats/minhash.h"

static const struct opt dedup_opts[] = {
	OPT_FLAG(0, "drop", struct dedup, drop,
	    "write the corpus without later duplicates (JSONL)"),
	OPT_FLAG(0, "pairs", struct dedup, pairs,
	    "list pairs of similar records instead of clusters"),
	OPT_STR(0, "by", struct dedup, by, "FIELD",
	    "who republishes whom: origin FIELD, copy FIELD, count"),
	OPT_INT_RANGE('k', "shingle", struct dedup, shingle, "K", 1,
	    MINHASH_MAX_K, "words per shingle (default 5)"),
	OPT_DOUBLE('t', "threshold", struct dedup, threshold, "S", 0, 1,
	    "least estimated Jaccard similarity (default 0.5)"),
	OPT_END
};

static void
dedup_init(void *st)
{
	struct dedup	*d = st;

	d->threshold = 0.5;
	d->shingle = 5;
}

static int
dedup_start(void *st, int argc, char **argv, struct run *run)
{
	struct dedup	*d = st;
	int		 modes = d->drop + d->pairs + (d->by != NULL);

	(void)argc;
	(void)argv;
	(void)run;
	if (modes > 1) {
		nf_usage_error("--drop, --pairs and --by exclude each other");
		return STAGE_USAGE;
	}
	if (d->by != NULL && !record_field_known(d->by)) {
		nf_usage_error("--by: unknown field '%s'", d->by);
		return STAGE_USAGE;
	}
	d->arena = arena_new();
	d->tab_cap = 1024;
	d->tab = xcalloc(d->tab_cap, sizeof(*d->tab));
	return 0;
}

/* Finds the slot of exact-text hash h in the open-addressing table. */
static struct dedup_slot *
tab_slot(struct dedup *d, uint64_t h)
{
	size_t	 i = (size_t)(h ^ (h >> 31)) & (d->tab_cap - 1);

	while (d->tab[i].used && d->tab[i].h != h)
		i = (i + 1) & (d->tab_cap - 1);
	return &d->tab[i];
}

static void
tab_grow(struct dedup *d)
{
	struct dedup_slot	*old = d->tab, *s;
	size_t			 i, n = d->tab_cap;

	d->tab_cap *= 2;
	d->tab = xcalloc(d->tab_cap, sizeof(*d->tab));
	for (i = 0; i < n; i++)
		if (old[i].used) {
			s = tab_slot(d, old[i].h);
			*s = old[i];
		}
	free(old);
}

/* Returns the distinct-text number of a fingerprint, adding it if new. */
static uint32_t
add_text(struct dedup *d, uint64_t exact, const void *sig)
{
	struct dedup_slot	*s = tab_slot(d, exact);

	if (s->used)
		return s->uniq;
	if ((d->nuniq + 1) * 2 > d->tab_cap) {
		tab_grow(d);
		s = tab_slot(d, exact);
	}
	s->used = 1;
	s->h = exact;
	s->uniq = (uint32_t)d->nuniq;
	d->sigs = xgrow(d->sigs, &d->sigs_cap, (d->nuniq + 1) * MINHASH_PERMS,
	    sizeof(*d->sigs));
	memcpy(d->sigs + d->nuniq * MINHASH_PERMS, sig,
	    MINHASH_PERMS * sizeof(*d->sigs));
	return (uint32_t)d->nuniq++;
}

static const char *
keep_str(struct dedup *d, const char *s)
{
	return s ? arena_strdup(d->arena, s) : NULL;
}

/*
 * Remembers where the record came from, for --drop's second pass; a
 * record from stdin is written to the spool (line, len: as record_write
 * wrote it).
 */
static void
note_origin(struct dedup *d, struct dedup_rec *dr, const char *line,
    size_t len, struct run *run)
{
	int		 spool = strcmp(run->path, "-") == 0;

	if (d->nseg == 0 || d->segs[d->nseg - 1].path != run->path) {
		d->segs = xgrow(d->segs, &d->segs_cap, d->nseg + 1,
		    sizeof(*d->segs));
		d->segs[d->nseg].path = run->path;
		d->segs[d->nseg].spool = spool;
		d->nseg++;
	}
	dr->seg = (uint32_t)(d->nseg - 1);
	dr->line = run->line;
	if (!spool)
		return;
	if (d->spool == NULL && (d->spool = tmpfile()) == NULL)
		nf_fatal("cannot create a temporary file for stdin");
	if (fwrite(line, 1, len, d->spool) != len)
		nf_fatal("cannot write the temporary copy of stdin");
	dr->line = ++d->spooled;
}

/*
 * The fingerprint, in the note: the exact hash and the signature (an
 * empty field for a text without words), then id, outlet, published, the
 * --by value and, for --drop on stdin, the record as written again.
 */
static int
dedup_record(void *st, struct record *r, struct run *run)
{
	struct dedup	*d = st;
	struct {
		uint64_t	 exact;
		uint32_t	 sig[MINHASH_PERMS];
	} fp;
	struct buf	 line;
	const char	*text = r->text ? r->text : r->summary;
	bool		 words;

	words = text != NULL && minhash_text(text, strlen(text), d->shingle,
	    fp.sig, &fp.exact) > 0;
	note_put(run->note, &fp, words ? sizeof(fp) : 0);
	if (r->id == NULL)
		record_set_id(r, run->arena);
	note_put_str(run->note, r->id);
	note_put_str(run->note, r->outlet);
	note_put_str(run->note, r->published);
	note_put_str(run->note, d->by == NULL ? NULL :
	    record_field(r, d->by, run->arena, NULL));
	if (d->drop && strcmp(run->path, "-") == 0) {
		buf_init(&line);
		record_write(r, &line);
		note_put(run->note, line.data, line.len);
		buf_release(&line);
	}
	return 0;
}

/* In input order: the record's entry, its distinct-text number, origin. */
static int
dedup_ordered(void *st, const char *note, size_t len, struct run *run)
{
	struct dedup		*d = st;
	struct dedup_rec	*dr;
	const char		*p = note, *end = note + len, *fp, *line;
	size_t			 n, line_len = 0;
	uint64_t		 exact;

	d->recs = xgrow(d->recs, &d->recs_cap, d->nrec + 1, sizeof(*d->recs));
	dr = &d->recs[d->nrec++];
	memset(dr, 0, sizeof(*dr));
	dr->uniq = DEDUP_NONE;
	if (!note_get(&p, end, &fp, &n))
		return 0;
	if (n > 0) {
		memcpy(&exact, fp, sizeof(exact));
		dr->uniq = add_text(d, exact, fp + sizeof(exact));
	}
	dr->id = keep_str(d, note_get_str(&p, end));
	dr->outlet = keep_str(d, note_get_str(&p, end));
	dr->published = keep_str(d, note_get_str(&p, end));
	dr->by = keep_str(d, note_get_str(&p, end));
	if (!d->drop)
		return 0;
	if (!note_get(&p, end, &line, &line_len))
		line = NULL;
	note_origin(d, dr, line, line_len, run);
	return 0;
}

/* A candidate pair from LSH: verify it, join the clusters, keep it. */
static void
candidate(size_t a, size_t b, void *arg)
{
	struct dedup	*d = arg;
	double		 s;

	if (!d->pairs && uf_find(d->uf, a) == uf_find(d->uf, b))
		return;
	s = minhash_similarity(d->sigs + a * MINHASH_PERMS,
	    d->sigs + b * MINHASH_PERMS);
	if (s < d->threshold)
		return;
	uf_union(d->uf, a, b);
	if (d->pairs) {
		d->vp = xgrow(d->vp, &d->vp_cap, d->nvp + 1, sizeof(*d->vp));
		d->vp[d->nvp].a = (uint32_t)a;
		d->vp[d->nvp].b = (uint32_t)b;
		d->vp[d->nvp].sim = s;
		d->nvp++;
	}
}

static int
dedup_finish(void *st, struct run *run)
{
	struct dedup	*d = st;

	d->uf = uf_new(d->nuniq);
	lsh_candidates(d->sigs, d->nuniq, MINHASH_PERMS, DEDUP_BANDS,
	    DEDUP_ROWS, candidate, d);
	dedup_clusters(d);
	if (d->pairs)
		dedup_write_pairs(d, run);
	else if (d->by != NULL)
		dedup_write_by(d, run);
	else if (d->drop)
		return dedup_write_drop(d, run);
	else
		dedup_write_clusters(d, run);
	return 0;
}

static void
dedup_free(void *st)
{
	struct dedup	*d = st;

	arena_free(d->arena);
	free(d->tab);
	free(d->sigs);
	free(d->recs);
	free(d->segs);
	free(d->vp);
	free(d->order);
	free(d->cl);
	uf_free(d->uf);
	if (d->spool != NULL)
		fclose(d->spool);
}

/* A -j worker only fingerprints: the options, no tables. */
static void *
dedup_fork(const void *st)
{
	const struct dedup	*d = st;
	struct dedup		*w = xcalloc(1, sizeof(*w));

	w->drop = d->drop;
	w->pairs = d->pairs;
	w->by = d->by;
	w->shingle = d->shingle;
	w->threshold = d->threshold;
	return w;
}

static void
dedup_join(void *st, void *worker)
{
	(void)st;
	dedup_free(worker);
	free(worker);
}

const struct command cmd_dedup = {
	.name = "dedup",
	.synopsis = "[--drop | --pairs | --by FIELD] [-k K] [-t S] "
	    "[corpus ...]",
	.summary = "find copies and near-copies; who republishes whom",
	.opts = dedup_opts,
	.size = sizeof(struct dedup),
	.init = dedup_init,
	.start = dedup_start,
	.record = dedup_record,
	.finish = dedup_finish,
	.free = dedup_free,
	.fork = dedup_fork,
	.join = dedup_join,
	.ordered = dedup_ordered,
};
