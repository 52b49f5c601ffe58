/* SPDX-License-Identifier: MIT */
/*
 * The registry of mergeable table kinds (include/stats/table.h): one
 * entry per table an analyzer prints. merge recognizes a table by its
 * header among these, adds up the count columns and recomputes the rest
 * with the kind's hooks. A new analyzer adds its kind here.
 */
#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/htab.h"
#include "core/xmalloc.h"
#include "stats/keyness.h"
#include "stats/kinds.h"
#include "stats/frametab.h"
#include "stats/table.h"

/* tf-idf: count x ln(records in the group / records with the term). */
static void
terms_tfidf(const int64_t *c, const int64_t *totals, double *out)
{
	out[0] = totals != NULL && c[1] > 0 && totals[1] > 0 ?
	    (double)c[0] * log((double)totals[1] / (double)c[1]) : 0.0;
}

const struct table_kind table_terms = {
	.name = "terms",
	.key = "term",
	.counts = { "count", "docs", NULL },
};

const struct table_kind table_terms_tfidf = {
	.name = "terms",
	.key = "term",
	.counts = { "count", "docs", NULL },
	.derived = { "tfidf", NULL },
	.derive = terms_tfidf,
};

/*
 * keyness: counts target, reference (tokens or records); the totals row
 * holds the sizes of target and reference. Derived: per million, G2, p,
 * the corrected p when asked, log ratio, LRC, %DIFF; label over/under.
 */
static void
keyness_fill(const int64_t *c, const int64_t *totals, double *out, bool adj)
{
	struct keyness	 k;
	size_t		 i = 0;

	if (totals == NULL || totals[0] <= 0 || totals[1] <= 0) {
		memset(out, 0, (adj ? 9 : 8) * sizeof(double));
		return;
	}
	keyness_compute((double)c[0], (double)c[1], (double)totals[0],
	    (double)totals[1], &k);
	out[i++] = k.a_pm;
	out[i++] = k.b_pm;
	out[i++] = k.g2;
	out[i++] = k.p;
	if (adj)
		out[i++] = k.p;
	out[i++] = k.log_ratio;
	out[i++] = k.lrc;
	out[i++] = k.pct_diff;
}

static void
keyness_derive(const int64_t *c, const int64_t *totals, double *out)
{
	keyness_fill(c, totals, out, false);
}

static void
keyness_derive_adj(const int64_t *c, const int64_t *totals, double *out)
{
	keyness_fill(c, totals, out, true);
}

/* Applies a correction to derived[4] group by group (rows by G2 desc). */
static void
keyness_adjust(struct trow *rows, size_t n, void (*fn)(double *, size_t))
{
	double	*p = xcalloc(n ? n : 1, sizeof(double));
	size_t	 i = 0, j, k, m;

	while (i < n) {
		for (j = i; j < n && rows[j].glen == rows[i].glen &&
		    memcmp(rows[j].key, rows[i].key, rows[i].glen) == 0; j++)
			;
		for (m = 0, k = i; k < j; k++)
			if (!rows[k].total)
				p[m++] = rows[k].derived[4];
		fn(p, m);
		for (m = 0, k = i; k < j; k++)
			if (!rows[k].total)
				rows[k].derived[4] = p[m++];
		i = j;
	}
	free(p);
}

static void
keyness_bh(struct trow *rows, size_t n)
{
	keyness_adjust(rows, n, p_adjust_bh);
}

static void
keyness_bonferroni(struct trow *rows, size_t n)
{
	keyness_adjust(rows, n, p_adjust_bonferroni);
}

static int64_t
keyness_size(const int64_t *c)
{
	return c[0] + c[1];
}

static const char *
keyness_use(const struct trow *r)
{
	if (r->total)
		return "";
	if (r->derived[0] > r->derived[1])
		return "over";
	return r->derived[0] < r->derived[1] ? "under" : "same";
}

/*
 * keyness --by keeps additive rows while counting: (group, term) ->
 * target and (TABLE_TOTAL, term) -> the term in all groups, likewise for
 * the group sizes. expand makes the printed rows: every group with every
 * term, reference = all - target.
 */
static int64_t *
row2(struct table *t, struct buf *b, const char *g, size_t glen,
    const char *k, size_t klen)
{
	buf_reset(b);
	buf_add(b, g, glen);
	buf_addc(b, '\t');
	buf_add(b, k, klen);
	return table_row(t, b->data, b->len);
}

static bool
is_total(const char *s, size_t len)
{
	return len == strlen(TABLE_TOTAL) && memcmp(s, TABLE_TOTAL, len) == 0;
}

static void
keyness_expand(struct table *t)
{
	struct hitem	*it;
	size_t		 n, i, j, gl;
	const char	*tab;
	int64_t		*all, *c;
	struct buf	 b;

	if (table_ngroups(t) != 1)
		return;
	buf_init(&b);
	all = row2(t, &b, TABLE_TOTAL, strlen(TABLE_TOTAL), TABLE_TOTAL,
	    strlen(TABLE_TOTAL));
	it = table_items(t, &n);
	for (i = 0; i < n; i++) {
		tab = memchr(it[i].key, '\t', it[i].len);
		gl = tab ? (size_t)(tab - it[i].key) : 0;
		if (tab == NULL || is_total(it[i].key, gl) ||
		    !is_total(tab + 1, it[i].len - gl - 1))
			continue;
		c = it[i].val;
		c[1] = all[0] - c[0];
		for (j = 0; j < n; j++) {
			const char	*k = it[j].key;
			size_t		 tl = strlen(TABLE_TOTAL);

			if (it[j].len <= tl + 1 || !is_total(k, tl) ||
			    k[tl] != '\t' || is_total(k + tl + 1,
			    it[j].len - tl - 1))
				continue;
			c = row2(t, &b, it[i].key, gl, k + tl + 1,
			    it[j].len - tl - 1);
			c[1] = ((int64_t *)it[j].val)[0] - c[0];
		}
	}
	free(it);
	buf_release(&b);
}

/* merge: one shard's printed keyness --by table back into counts. */
static void
keyness_absorb(struct table *dst, const struct table *shard)
{
	struct hitem	*it;
	struct htab	*seen;
	size_t		 n, i, gl;
	const char	*tab;
	int64_t		*v, *c;
	struct buf	 b;

	if (table_ngroups(dst) != 1) {
		table_add(dst, shard);
		return;
	}
	buf_init(&b);
	it = table_items(shard, &n);
	for (i = 0; i < n; i++) {
		v = it[i].val;
		c = table_row(dst, it[i].key, it[i].len);
		c[0] += v[0];
	}
	/* Every group's row of a term holds the shard's total for it. */
	seen = htab_new(0);
	for (i = 0; i < n; i++) {
		bool	 created;

		tab = memchr(it[i].key, '\t', it[i].len);
		if (tab == NULL)
			continue;
		gl = (size_t)(tab - it[i].key);
		htab_put(seen, tab + 1, it[i].len - gl - 1, &created);
		if (!created)
			continue;
		v = it[i].val;
		c = row2(dst, &b, TABLE_TOTAL, strlen(TABLE_TOTAL), tab + 1,
		    it[i].len - gl - 1);
		c[0] += v[0] + v[1];
	}
	free(it);
	htab_free(seen);
	buf_release(&b);
}

#define KEYNESS_DERIVED_plain	{ "target_pm", "reference_pm", "g2", "p", \
	"log_ratio", "lrc", "pct_diff", NULL }
#define KEYNESS_DERIVED_bh	{ "target_pm", "reference_pm", "g2", "p", \
	"p_bh", "log_ratio", "lrc", "pct_diff", NULL }
#define KEYNESS_DERIVED_bonf	{ "target_pm", "reference_pm", "g2", "p", \
	"p_bonferroni", "log_ratio", "lrc", "pct_diff", NULL }
#define KEYNESS_PREC_plain	{ 2, 2, 4, -4, 4, 4, 2 }
#define KEYNESS_PREC_bh		{ 2, 2, 4, -4, -4, 4, 4, 2 }
#define KEYNESS_PREC_bonf	{ 2, 2, 4, -4, -4, 4, 4, 2 }
#define keyness_derive_plain	keyness_derive
#define keyness_derive_bh	keyness_derive_adj
#define keyness_derive_bonf	keyness_derive_adj
#define keyness_finish_plain	NULL
#define keyness_finish_bh	keyness_bh
#define keyness_finish_bonf	keyness_bonferroni

#define KEYNESS_KIND(var, tcol, rcol, v)				\
const struct table_kind var = {						\
	.name = "keyness",						\
	.key = "term",							\
	.counts = { tcol, rcol, NULL },					\
	.derived = KEYNESS_DERIVED_##v,					\
	.prec = KEYNESS_PREC_##v,					\
	.derive = keyness_derive_##v,					\
	.finish = keyness_finish_##v,					\
	.sort_derived = 3,	/* g2 */				\
	.size = keyness_size,						\
	.label = "use",							\
	.label_of = keyness_use,					\
	.expand = keyness_expand,					\
	.absorb = keyness_absorb,					\
}

KEYNESS_KIND(table_keyness, "target", "reference", plain);
KEYNESS_KIND(table_keyness_bh, "target", "reference", bh);
KEYNESS_KIND(table_keyness_bonf, "target", "reference", bonf);
KEYNESS_KIND(table_keyness_docs, "target_docs", "reference_docs", plain);
KEYNESS_KIND(table_keyness_docs_bh, "target_docs", "reference_docs", bh);
KEYNESS_KIND(table_keyness_docs_bonf, "target_docs", "reference_docs",
    bonf);

/*
 * collocates: cooc (co-occurrences with the node) and freq (the
 * collocate's frequency); the totals row holds the node's frequency and
 * the number of tokens.
 */
static void
collocates_derive(const int64_t *c, const int64_t *totals, double *out)
{
	struct colloc	 m;

	if (totals == NULL || c == totals || c[0] <= 0 || c[1] <= 0 ||
	    totals[0] <= 0 ||
	    totals[1] <= 0) {
		memset(out, 0, 4 * sizeof(double));
		return;
	}
	colloc_compute((double)c[0], (double)totals[0], (double)c[1],
	    (double)totals[1], &m);
	out[0] = m.mi;
	out[1] = m.t;
	out[2] = m.logdice;
	out[3] = m.g2;
}

const struct table_kind table_collocates = {
	.name = "collocates",
	.key = "collocate",
	.counts = { "cooc", "freq", NULL },
	.derived = { "mi", "t", "logdice", "g2", NULL },
	.derive = collocates_derive,
};

/*
 * sources: [group] source kind mentions docs. The source is the last group
 * column and its kind the key, so one name counted as two kinds stays two
 * rows; rows sort by group, then source, bytewise.
 */
const struct table_kind table_sources = {
	.name = "sources",
	.key = "kind",
	.counts = { "mentions", "docs", NULL },
};

/* dedup --by FIELD: origin_FIELD republisher count. */
const struct table_kind table_dedup = {
	.name = "dedup",
	.key = "republisher",
	.counts = { "count", NULL },
};

/* stats --by FIELD: the field's values are the keys. */
const struct table_kind table_stats = {
	.name = "stats",
	.counts = { "records", "words", "no_title", "no_text",
	    "no_published", "no_lang", "no_url", NULL },
};

const struct table_kind *const table_kinds[] = {
	&table_terms,
	&table_terms_tfidf,
	&table_keyness,
	&table_keyness_bh,
	&table_keyness_bonf,
	&table_keyness_docs,
	&table_keyness_docs_bh,
	&table_keyness_docs_bonf,
	&table_collocates,
	&table_sources,
	&table_dedup,
	&table_frames,
	&table_frames_cooccur,
	&table_frames_voice,
	&table_stats,		/* any key column name: keep it last */
	NULL
};
