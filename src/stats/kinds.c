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

#include "core/xmalloc.h"
#include "stats/keyness.h"
#include "stats/kinds.h"
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

/* By G2 descending, then term. */
static int
keyness_cmp(const struct trow *a, const struct trow *b)
{
	if (a->derived[2] != b->derived[2])
		return a->derived[2] > b->derived[2] ? -1 : 1;
	if (a->len != b->len || memcmp(a->key, b->key, a->len) != 0) {
		int c = memcmp(a->key, b->key, a->len < b->len ? a->len :
		    b->len);

		return c ? c : (a->len < b->len ? -1 : 1);
	}
	return 0;
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
	.cmp = keyness_cmp,						\
	.size = keyness_size,						\
	.label = "use",							\
	.label_of = keyness_use,					\
}

KEYNESS_KIND(table_keyness, "target", "reference", plain);
KEYNESS_KIND(table_keyness_bh, "target", "reference", bh);
KEYNESS_KIND(table_keyness_bonf, "target", "reference", bonf);
KEYNESS_KIND(table_keyness_docs, "target_docs", "reference_docs", plain);
KEYNESS_KIND(table_keyness_docs_bh, "target_docs", "reference_docs", bh);
KEYNESS_KIND(table_keyness_docs_bonf, "target_docs", "reference_docs",
    bonf);

const struct table_kind *const table_kinds[] = {
	&table_terms,
	&table_terms_tfidf,
	&table_keyness,
	&table_keyness_bh,
	&table_keyness_bonf,
	&table_keyness_docs,
	&table_keyness_docs_bh,
	&table_keyness_docs_bonf,
	NULL
};
