/* SPDX-License-Identifier: MIT */
/*
 * dedup's clusters and output modes (cmd/dedup.h). A cluster's origin is
 * its earliest record: the least `published` (records without a date come
 * after dated ones), ties by input order. Clusters are numbered from 1 in
 * the order of their origins. All tables are sorted before printing.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd/dedup.h"
#include "core/buf.h"
#include "core/command.h"
#include "core/diag.h"
#include "core/lines.h"
#include "core/xmalloc.h"
#include "stats/lsh.h"
#include "stats/kinds.h"
#include "stats/minhash.h"
#include "stats/table.h"

struct okey {				/* sort key of a record */
	uint32_t	 root;
	uint32_t	 idx;
	const char	*pub;
};

struct prow {				/* a --pairs row: x earlier than y */
	uint32_t	 x, y;
	double		 sim;
};

/* qsort context: the records and their clustered order. */
static const struct dedup_rec	*sort_recs;
static const uint32_t		*sort_order;

static int
date_cmp(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a == NULL) - (b == NULL);
	return strcmp(a, b);
}

/* Earlier record first: by published (dated first), then input order. */
static int
earlier(const struct dedup_rec *r, uint32_t x, uint32_t y)
{
	int	 c = date_cmp(r[x].published, r[y].published);

	return c != 0 ? c : (x < y ? -1 : (x > y));
}

static int
okey_cmp(const void *a, const void *b)
{
	const struct okey	*x = a, *y = b;
	int			 c;

	if (x->root != y->root)
		return x->root < y->root ? -1 : 1;
	if ((c = date_cmp(x->pub, y->pub)) != 0)
		return c;
	return x->idx < y->idx ? -1 : (x->idx > y->idx);
}

static int
cl_cmp(const void *a, const void *b)
{
	const struct dedup_cluster	*x = a, *y = b;

	return earlier(sort_recs, sort_order[x->start], sort_order[y->start]);
}

void
dedup_clusters(struct dedup *d)
{
	struct okey	*k = xcalloc(d->nrec ? d->nrec : 1, sizeof(*k));
	size_t		 i, n = 0, j, run;
	uint32_t	 o;

	for (i = 0; i < d->nrec; i++)
		if (d->recs[i].uniq != DEDUP_NONE) {
			k[n].root = (uint32_t)uf_find(d->uf, d->recs[i].uniq);
			k[n].idx = (uint32_t)i;
			k[n].pub = d->recs[i].published;
			n++;
		}
	qsort(k, n, sizeof(*k), okey_cmp);
	d->order = xcalloc(n ? n : 1, sizeof(*d->order));
	for (i = 0; i < n; i++)
		d->order[i] = k[i].idx;
	for (i = 0; i < n; i += run) {
		for (run = 1; i + run < n && k[i + run].root == k[i].root;
		    run++)
			;
		if (run < 2)
			continue;
		d->cl = xrealloc(d->cl, (d->ncl + 1) * sizeof(*d->cl));
		d->cl[d->ncl].start = i;
		d->cl[d->ncl++].len = run;
		o = d->order[i];
		d->recs[o].sim = 1.0;
		for (j = 1; j < run; j++) {
			struct dedup_rec *r = &d->recs[d->order[i + j]];

			r->copy = true;
			r->sim = r->uniq == d->recs[o].uniq ? 1.0 :
			    minhash_similarity(d->sigs + (size_t)r->uniq *
			    MINHASH_PERMS, d->sigs +
			    (size_t)d->recs[o].uniq * MINHASH_PERMS);
		}
	}
	free(k);
	/* Number clusters in the order of their origins. */
	sort_recs = d->recs;
	sort_order = d->order;
	if (d->ncl > 1)
		qsort(d->cl, d->ncl, sizeof(*d->cl), cl_cmp);
}

/* A field value as one TSV cell: absent is empty, tabs become spaces. */
static void
add_cell(struct buf *b, const char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		buf_addc(b, *s == '\t' || *s == '\n' ? ' ' : *s);
}

static void
add_field(struct buf *b, const char *s, int last)
{
	add_cell(b, s);
	buf_addc(b, last ? '\n' : '\t');
}

void
dedup_write_clusters(struct dedup *d, struct run *run)
{
	const struct dedup_rec	*r;
	size_t			 i, j;

	buf_adds(run->out, "cluster\tid\toutlet\tpublished\tsimilarity\t"
	    "role\n");
	for (i = 0; i < d->ncl; i++) {
		for (j = 0; j < d->cl[i].len; j++) {
			r = &d->recs[d->order[d->cl[i].start + j]];
			buf_addf(run->out, "%zu\t", i + 1);
			add_field(run->out, r->id, 0);
			add_field(run->out, r->outlet, 0);
			add_field(run->out, r->published, 0);
			buf_addf(run->out, "%.3f\t%s\n", r->sim,
			    j == 0 ? "origin" : "copy");
		}
		run_flush(run, false);
	}
}

static int
prow_cmp(const void *a, const void *b)
{
	const struct prow	*x = a, *y = b;
	int			 c;

	if ((c = strcmp(sort_recs[x->x].id, sort_recs[y->x].id)) != 0)
		return c;
	if ((c = strcmp(sort_recs[x->y].id, sort_recs[y->y].id)) != 0)
		return c;
	return x->x < y->x ? -1 : (x->x > y->x) - (x->y < y->y) +
	    (x->y > y->y);
}

static int
vp_cmp(const void *a, const void *b)
{
	const struct dedup_pair	*x = a, *y = b;

	if (x->a != y->a)
		return x->a < y->a ? -1 : 1;
	return x->b < y->b ? -1 : (x->b > y->b);
}

static void
add_prow(struct prow **v, size_t *n, size_t *cap, const struct dedup_rec *r,
    uint32_t x, uint32_t y, double sim)
{
	*v = xgrow(*v, cap, *n + 1, sizeof(**v));
	if (earlier(r, x, y) > 0) {
		(*v)[*n].x = y;
		(*v)[*n].y = x;
	} else {
		(*v)[*n].x = x;
		(*v)[*n].y = y;
	}
	(*v)[(*n)++].sim = sim;
}

/*
 * Members of each distinct text: mem[first[u] .. first[u + 1]) are the
 * records whose text is u, in input order.
 */
static void
text_members(struct dedup *d, uint32_t **mem, size_t **first)
{
	size_t	*f = xcalloc(d->nuniq + 2, sizeof(*f));
	size_t	*fill = xcalloc(d->nuniq + 1, sizeof(*fill));
	uint32_t *m = xcalloc(d->nrec ? d->nrec : 1, sizeof(*m));
	size_t	 i;

	for (i = 0; i < d->nrec; i++)
		if (d->recs[i].uniq != DEDUP_NONE)
			f[d->recs[i].uniq + 1]++;
	for (i = 1; i <= d->nuniq; i++)
		f[i] += f[i - 1];
	for (i = 0; i < d->nrec; i++)
		if (d->recs[i].uniq != DEDUP_NONE) {
			uint32_t u = d->recs[i].uniq;

			m[f[u] + fill[u]++] = (uint32_t)i;
		}
	free(fill);
	*mem = m;
	*first = f;
}

void
dedup_write_pairs(struct dedup *d, struct run *run)
{
	struct prow	*v = NULL;
	uint32_t	*m;
	size_t		*f, n = 0, cap = 0, i, j, k, u;

	text_members(d, &m, &f);
	for (u = 0; u < d->nuniq; u++)
		for (i = f[u]; i < f[u + 1]; i++)
			for (j = i + 1; j < f[u + 1]; j++)
				add_prow(&v, &n, &cap, d->recs, m[i], m[j], 1);
	if (d->nvp > 1)
		qsort(d->vp, d->nvp, sizeof(*d->vp), vp_cmp);
	for (k = 0; k < d->nvp; k++) {
		const struct dedup_pair *p = &d->vp[k];

		if (k > 0 && p->a == d->vp[k - 1].a && p->b == d->vp[k - 1].b)
			continue;
		for (i = f[p->a]; i < f[p->a + 1]; i++)
			for (j = f[p->b]; j < f[p->b + 1]; j++)
				add_prow(&v, &n, &cap, d->recs, m[i], m[j],
				    p->sim);
	}
	sort_recs = d->recs;
	if (n > 1)
		qsort(v, n, sizeof(*v), prow_cmp);
	buf_adds(run->out, "id\toutlet\tlater_id\tlater_outlet\t"
	    "similarity\n");
	for (i = 0; i < n; i++) {
		add_field(run->out, d->recs[v[i].x].id, 0);
		add_field(run->out, d->recs[v[i].x].outlet, 0);
		add_field(run->out, d->recs[v[i].y].id, 0);
		add_field(run->out, d->recs[v[i].y].outlet, 0);
		buf_addf(run->out, "%.3f\n", v[i].sim);
		run_flush(run, false);
	}
	free(v);
	free(m);
	free(f);
}

/*
 * The syndication network as a count table (stats/table.h), so merge adds
 * up the tables of separate corpora: origin_FIELD is the group column,
 * republisher (the copy's FIELD) the key.
 */
void
dedup_write_by(struct dedup *d, struct run *run)
{
	struct table		*t;
	struct table_out	 o = { 0 };
	struct buf		 key, gcol;
	const char		*groups[1];
	const char		*from, *to;
	size_t			 i, j;

	buf_init(&key);
	buf_init(&gcol);
	buf_addf(&gcol, "origin_%s", d->by);
	groups[0] = gcol.data;
	t = table_new(&table_dedup, groups, 1);
	for (i = 0; i < d->ncl; i++) {
		from = d->recs[d->order[d->cl[i].start]].by;
		for (j = 1; j < d->cl[i].len; j++) {
			to = d->recs[d->order[d->cl[i].start + j]].by;
			buf_reset(&key);
			add_cell(&key, from);
			buf_addc(&key, '\t');
			add_cell(&key, to);
			table_row(t, key.data, key.len)[0]++;
		}
	}
	table_write(t, &o, run->out, run);
	table_free(t);
	buf_release(&key);
	buf_release(&gcol);
}

/* Copies the kept lines of one input segment, starting at record *ri. */
static int
drop_segment(struct dedup *d, size_t s, size_t *ri, struct run *run)
{
	struct lines	*l = NULL;
	const char	*line;
	char		*sl = NULL;
	size_t		 len, slcap = 0;
	ssize_t		 got;
	long		 lineno = 0;
	int		 rc = 0;

	if (d->segs[s].spool) {
		if (fflush(d->spool) != 0 || fseek(d->spool, 0, SEEK_SET) != 0)
			return nf_error("-", "cannot read back the copy of "
			    "stdin");
	} else if ((l = lines_open(d->segs[s].path)) == NULL)
		return -1;
	while (*ri < d->nrec && d->recs[*ri].seg == s) {
		if (l != NULL)
			rc = lines_next(l, &line, &len);
		else if ((got = getline(&sl, &slcap, d->spool)) > 0) {
			rc = 1;
			line = sl;
			len = (size_t)got - (sl[got - 1] == '\n');
		} else
			rc = 0;
		if (rc != 1)
			break;
		if (++lineno != d->recs[*ri].line)
			continue;
		if (!d->recs[*ri].copy) {
			buf_add(run->out, line, len);
			buf_addc(run->out, '\n');
			d->kept++;
		}
		(*ri)++;
		run_flush(run, false);
	}
	lines_close(l);
	free(sl);
	if (*ri < d->nrec && d->recs[*ri].seg == s) {
		while (*ri < d->nrec && d->recs[*ri].seg == s)
			(*ri)++;
		return nf_error(d->segs[s].path, "changed between the two "
		    "passes of --drop");
	}
	return 0;
}

int
dedup_write_drop(struct dedup *d, struct run *run)
{
	size_t	 s, ri = 0;
	int	 rc = 0;

	for (s = 0; s < d->nseg; s++)
		if (drop_segment(d, s, &ri, run) != 0)
			rc = -1;
	if (!run->quiet)
		fprintf(stderr, "newsframe: dedup: kept %zu of %zu records, "
		    "dropped %zu later duplicates\n", d->kept, d->nrec,
		    d->nrec - d->kept);
	return rc;
}
