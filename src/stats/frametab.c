/* SPDX-License-Identifier: MIT */
/*
 * The frames count table (contract in include/stats/frametab.h). Groups
 * are found through an open-addressing hash of their names and kept in
 * an array; each holds its counters in one allocation: hits and docs per
 * frame, then (with co-occurrence) an n x n matrix of which only the
 * upper triangle a <= b is filled.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/hash.h"
#include "core/json.h"
#include "core/xmalloc.h"
#include "stats/frametab.h"
#include "stats/prop.h"
#include "stats/table.h"

#define Z95	1.959963984540054

struct group {
	char	*name;			/* "" for the single group */
	long	 docs;			/* articles */
	long	 words;
	long	*hits;			/* [n] */
	long	*used;			/* [n]: articles using the frame */
	long	*co;			/* [n * n] or NULL */
};

struct frametab {
	const char *const	*names;
	size_t			 n;
	size_t			*order;	/* frames by name */
	bool			 cooccur;
	struct group		*g;
	size_t			 n_g, cap_g;
	size_t			*slots;	/* group index + 1; 0 empty */
	size_t			 cap_slots;
};

static const struct frametab	*sort_tab;

static int
frame_cmp(const void *a, const void *b)
{
	return strcmp(sort_tab->names[*(const size_t *)a],
	    sort_tab->names[*(const size_t *)b]);
}

struct frametab *
frametab_new(const char *const *names, size_t n, bool cooccur)
{
	struct frametab	*t = xcalloc(1, sizeof(*t));
	size_t		 i;

	t->names = names;
	t->n = n;
	t->cooccur = cooccur;
	t->order = xcalloc(n ? n : 1, sizeof(*t->order));
	for (i = 0; i < n; i++)
		t->order[i] = i;
	sort_tab = t;
	qsort(t->order, n, sizeof(*t->order), frame_cmp);
	t->cap_slots = 64;
	t->slots = xcalloc(t->cap_slots, sizeof(*t->slots));
	return t;
}

void
frametab_free(struct frametab *t)
{
	size_t	 i;

	if (t == NULL)
		return;
	for (i = 0; i < t->n_g; i++) {
		free(t->g[i].name);
		free(t->g[i].hits);
	}
	free(t->g);
	free(t->slots);
	free(t->order);
	free(t);
}

static size_t
slot_of(const struct frametab *t, const char *name)
{
	size_t	 j;

	for (j = hash64(name, strlen(name)) & (t->cap_slots - 1);
	    t->slots[j] != 0; j = (j + 1) & (t->cap_slots - 1))
		if (strcmp(t->g[t->slots[j] - 1].name, name) == 0)
			break;
	return j;
}

static struct group *
group_get(struct frametab *t, const char *name)
{
	struct group	*g;
	size_t		 j, i, per;

	j = slot_of(t, name);
	if (t->slots[j] != 0)
		return &t->g[t->slots[j] - 1];
	if ((t->n_g + 1) * 2 > t->cap_slots) {
		free(t->slots);
		t->cap_slots *= 2;
		t->slots = xcalloc(t->cap_slots, sizeof(*t->slots));
		for (i = 0; i < t->n_g; i++)
			t->slots[slot_of(t, t->g[i].name)] = i + 1;
		j = slot_of(t, name);
	}
	t->g = xgrow(t->g, &t->cap_g, t->n_g + 1, sizeof(*t->g));
	g = &t->g[t->n_g];
	memset(g, 0, sizeof(*g));
	g->name = xstrdup(name);
	per = 2 * t->n + (t->cooccur ? t->n * t->n : 0);
	g->hits = xcalloc(per ? per : 1, sizeof(long));
	g->used = g->hits + t->n;
	g->co = t->cooccur ? g->used + t->n : NULL;
	t->slots[j] = ++t->n_g;
	return g;
}

void
frametab_add(struct frametab *t, const char *group, const long *hits,
    size_t words, long min_hits)
{
	struct group	*g = group_get(t, group ? group : "");
	size_t		 a, b;

	g->docs++;
	g->words += (long)words;
	for (a = 0; a < t->n; a++) {
		g->hits[a] += hits[a];
		if (hits[a] < min_hits || hits[a] == 0)
			continue;
		g->used[a]++;
		if (g->co != NULL)
			for (b = a; b < t->n; b++)
				if (hits[b] >= min_hits && hits[b] > 0)
					g->co[a * t->n + b]++;
	}
}

void
frametab_join(struct frametab *dst, const struct frametab *src)
{
	struct group	*g;
	size_t		 i, k, per = 2 * src->n + (src->cooccur ?
			    src->n * src->n : 0);

	for (i = 0; i < src->n_g; i++) {
		g = group_get(dst, src->g[i].name);
		g->docs += src->g[i].docs;
		g->words += src->g[i].words;
		for (k = 0; k < per; k++)
			g->hits[k] += src->g[i].hits[k];
	}
}

void
frametab_derive(const int64_t *c, const int64_t *totals, double *out)
{
	(void)totals;
	out[0] = c[3] > 0 ? (double)c[0] * 1e4 / (double)c[3] : 0.0;
	out[1] = c[2] > 0 ? (double)c[1] / (double)c[2] : 0.0;
	prop_wilson((long)c[1], (long)c[2], Z95, &out[2], &out[3]);
}

void
frametab_rates(long hits, long docs, long docs_total, long words,
    char out[4][32])
{
	int64_t	 c[4] = { hits, docs, docs_total, words };
	double	 d[4];

	frametab_derive(c, NULL, d);
	snprintf(out[0], 32, "%.2f", d[0]);
	snprintf(out[1], 32, "%.4f", d[1]);
	snprintf(out[2], 32, "%.4f", d[2]);
	snprintf(out[3], 32, "%.4f", d[3]);
}

/* Rows of a frame table in a group: by key (frame names), bytewise. */
static int
key_cmp(const struct trow *a, const struct trow *b)
{
	int	 c = memcmp(a->key, b->key, a->len < b->len ? a->len : b->len);

	return c != 0 ? c : (a->len < b->len ? -1 : a->len > b->len);
}

const struct table_kind table_frames = {
	.name = "frames",
	.key = "frame",
	.counts = { "hits", "docs", "docs_total", "words", NULL },
	.derived = { "hits_per_10k", "share_docs", "ci_low", "ci_high",
	    NULL },
	.derive = frametab_derive,
	.cmp = key_cmp,
	.prec = { 2, 4, 4, 4 },
};

/* frames --voice: frame and voice read as group columns to merge. */
const struct table_kind table_frames_voice = {
	.name = "frames --voice",
	.key = "source",
	.counts = { "hits", "docs", NULL },
	.cmp = key_cmp,
};

/* frames --cooccur: frame_a reads as a group column to merge. */
const struct table_kind table_frames_cooccur = {
	.name = "frames --cooccur",
	.key = "frame_b",
	.counts = { "docs", NULL },
	.cmp = key_cmp,
};

struct cell {
	const char	*name;
	const char	*val;
	bool		 num;		/* a number ("NA": null in JSON) */
};

/* Appends s with tabs and line breaks made blanks (one TSV cell). */
static void
tsv_put(struct buf *out, const char *s)
{
	for (; *s != '\0'; s++)
		buf_addc(out, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' :
		    *s);
}

static void
put_row(struct buf *out, bool json, const struct cell *c, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (json) {
			buf_adds(out, i ? "," : "{");
			json_key(out, c[i].name);
			if (!c[i].num)
				json_string(out, c[i].val, strlen(c[i].val));
			else
				buf_adds(out, strcmp(c[i].val, "NA") == 0 ?
				    "null" : c[i].val);
		} else {
			if (i)
				buf_addc(out, '\t');
			tsv_put(out, c[i].val);
		}
	}
	buf_adds(out, json ? "}\n" : "\n");
}

static void
put_header(struct buf *out, const struct cell *c, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (i)
			buf_addc(out, '\t');
		tsv_put(out, c[i].name);
	}
	buf_addc(out, '\n');
}

static int
group_cmp(const void *a, const void *b)
{
	return strcmp(((const struct group *)a)->name,
	    ((const struct group *)b)->name);
}

/* Cells of one row of a view; k is the first cell after the group. */
static size_t
table_cells(const struct frametab *t, const struct group *g, size_t f,
    struct cell *c, size_t k, char num[8][32])
{
	char	 rates[4][32];
	size_t	 i;

	c[k++] = (struct cell){ "frame", t->names[f], false };
	snprintf(num[0], 32, "%ld", g->hits[f]);
	snprintf(num[1], 32, "%ld", g->used[f]);
	snprintf(num[2], 32, "%ld", g->docs);
	snprintf(num[3], 32, "%ld", g->words);
	frametab_rates(g->hits[f], g->used[f], g->docs, g->words, rates);
	for (i = 0; i < 4; i++)
		memcpy(num[4 + i], rates[i], 32);
	c[k++] = (struct cell){ "hits", num[0], true };
	c[k++] = (struct cell){ "docs", num[1], true };
	c[k++] = (struct cell){ "docs_total", num[2], true };
	c[k++] = (struct cell){ "words", num[3], true };
	c[k++] = (struct cell){ "hits_per_10k", num[4], true };
	c[k++] = (struct cell){ "share_docs", num[5], true };
	c[k++] = (struct cell){ "ci_low", num[6], true };
	c[k++] = (struct cell){ "ci_high", num[7], true };
	return k;
}

static void
write_compare(const struct frametab *t, bool json, struct buf *out)
{
	struct cell	 c[8];
	struct chisq	 x;
	char		 num[7][32];
	long		*k = xcalloc(t->n_g + 1, sizeof(long));
	long		*n = xcalloc(t->n_g + 1, sizeof(long));
	size_t		 i, j, f;
	long		 docs;
	bool		 ok;

	for (i = 0; i < t->n; i++) {
		f = t->order[i];
		docs = 0;
		for (j = 0; j < t->n_g; j++) {
			k[j] = t->g[j].used[f];
			n[j] = t->g[j].docs;
			docs += k[j];
		}
		ok = prop_chisq(k, n, t->n_g, &x) == 0;
		snprintf(num[0], 32, "%zu", x.groups);
		snprintf(num[1], 32, "%ld", x.n);
		snprintf(num[2], 32, "%ld", docs);
		snprintf(num[3], 32, "%.4f", x.stat);
		snprintf(num[4], 32, "%d", x.df);
		snprintf(num[5], 32, "%.4g", x.p);
		snprintf(num[6], 32, "%.4f", x.v);
		if (!ok)
			for (j = 3; j < 7; j++)
				strcpy(num[j], "NA");
		c[0] = (struct cell){ "frame", t->names[f], false };
		c[1] = (struct cell){ "groups", num[0], true };
		c[2] = (struct cell){ "docs_total", num[1], true };
		c[3] = (struct cell){ "docs", num[2], true };
		c[4] = (struct cell){ "chi2", num[3], true };
		c[5] = (struct cell){ "df", num[4], true };
		c[6] = (struct cell){ "p", num[5], true };
		c[7] = (struct cell){ "cramers_v", num[6], true };
		if (i == 0 && !json)
			put_header(out, c, 8);
		put_row(out, json, c, 8);
	}
	free(k);
	free(n);
}

static void
write_cooccur(const struct frametab *t, const struct group *g,
    const char *group_col, bool json, bool header, struct buf *out)
{
	struct cell	 c[4];
	char		 num[32];
	size_t		 i, j, a, b, k;

	for (i = 0; i < t->n; i++)
		for (j = i; j < t->n; j++) {
			a = t->order[i] < t->order[j] ? t->order[i] :
			    t->order[j];
			b = t->order[i] < t->order[j] ? t->order[j] :
			    t->order[i];
			k = 0;
			if (group_col != NULL)
				c[k++] = (struct cell){ group_col, g->name,
				    false };
			c[k++] = (struct cell){ "frame_a",
			    t->names[t->order[i]], false };
			c[k++] = (struct cell){ "frame_b",
			    t->names[t->order[j]], false };
			snprintf(num, sizeof(num), "%ld", g->co[a * t->n + b]);
			c[k++] = (struct cell){ "docs", num, true };
			if (header && i == 0 && j == 0 && !json)
				put_header(out, c, k);
			put_row(out, json, c, k);
		}
}

void
frametab_write(const struct frametab *t, enum frametab_view view,
    const char *group_col, bool json, struct buf *out)
{
	struct group	*g;
	struct cell	 c[12];
	char		 num[8][32];
	size_t		 i, f, k;

	if (view == FRAMETAB_COMPARE) {
		write_compare(t, json, out);
		return;
	}
	if (t->n_g == 0 && !json) {
		/* no article read: the header alone */
		if (group_col != NULL)
			buf_addf(out, "%s\t", group_col);
		buf_adds(out, view == FRAMETAB_COOCCUR ?
		    "frame_a\tframe_b\tdocs\n" : "frame\thits\tdocs\t"
		    "docs_total\twords\thits_per_10k\tshare_docs\tci_low\t"
		    "ci_high\n");
		return;
	}
	g = xcalloc(t->n_g ? t->n_g : 1, sizeof(*g));
	if (t->n_g > 0) {
		memcpy(g, t->g, t->n_g * sizeof(*g));
		qsort(g, t->n_g, sizeof(*g), group_cmp);
	}
	for (i = 0; i < t->n_g; i++) {
		if (view == FRAMETAB_COOCCUR) {
			write_cooccur(t, &g[i], group_col, json, i == 0, out);
			continue;
		}
		for (f = 0; f < t->n; f++) {
			k = 0;
			if (group_col != NULL)
				c[k++] = (struct cell){ group_col, g[i].name,
				    false };
			k = table_cells(t, &g[i], t->order[f], c, k, num);
			if (i == 0 && f == 0 && !json)
				put_header(out, c, k);
			put_row(out, json, c, k);
		}
	}
	free(g);
}
