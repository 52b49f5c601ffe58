/* SPDX-License-Identifier: MIT */
/*
 * The table kinds of src/stats/kinds.c, for the commands that print them.
 * Each is also listed in table_kinds[] so merge recognizes it.
 */
#ifndef NF_STATS_KINDS_H
#define NF_STATS_KINDS_H

#include "stats/table.h"

/* terms: [group] term count docs [tfidf] */
extern const struct table_kind table_terms, table_terms_tfidf;

/* keyness: [group] term target reference ... use (tokens or records;
   no correction, Benjamini-Hochberg, Bonferroni) */
extern const struct table_kind table_keyness, table_keyness_bh,
	table_keyness_bonf, table_keyness_docs, table_keyness_docs_bh,
	table_keyness_docs_bonf;

/* collocates: [group] collocate cooc freq mi t logdice g2 */
extern const struct table_kind table_collocates;

/* stats --by FIELD: FIELD records words no_title no_text no_published
   no_lang no_url */
extern const struct table_kind table_stats;

/* sources: [group] source kind mentions docs */
extern const struct table_kind table_sources;

/* dedup --by FIELD: origin_FIELD republisher count */
extern const struct table_kind table_dedup;

#endif
