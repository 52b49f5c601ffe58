/* SPDX-License-Identifier: MIT */
/*
 * The registry of mergeable table kinds (include/stats/table.h): one
 * entry per table an analyzer prints. merge recognizes a table by its
 * header among these, adds up the count columns and recomputes the rest
 * with the kind's hooks. A new analyzer adds its kind here.
 */
#include <math.h>
#include <stddef.h>

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

extern const struct table_kind table_keyness, table_collocates;

const struct table_kind *const table_kinds[] = {
	&table_terms,
	&table_terms_tfidf,
	NULL
};
