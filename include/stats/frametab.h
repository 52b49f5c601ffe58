/* SPDX-License-Identifier: MIT */
/*
 * The count table behind `frames`: per group (outlet, month, ...) the
 * articles, their tokens, and per frame the hits and the articles using
 * it, optionally frame x frame co-occurrence. Only counts are kept; rates,
 * intervals and tests are computed when the table is written, by the same
 * functions `merge` uses to recompute them, so merged shard tables equal
 * the table of the whole corpus.
 *
 * frametab_new returns a table the caller frees with frametab_free.
 */
#ifndef NF_STATS_FRAMETAB_H
#define NF_STATS_FRAMETAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct buf;
struct frametab;
struct table_kind;

enum frametab_view {
	FRAMETAB_TABLE,		/* group frame hits docs ... ci_high */
	FRAMETAB_COMPARE,	/* frame groups n docs chi2 df p cramers_v */
	FRAMETAB_COOCCUR,	/* group frame_a frame_b docs */
};

/* names: the n frame names (borrowed; must outlive the table). */
struct frametab	*frametab_new(const char *const *names, size_t n,
		    bool cooccur);
void		 frametab_free(struct frametab *);	/* NULL is fine */

/*
 * Adds one article of group (NULL: the single group) with hits[f] hits of
 * each frame and words tokens; it uses frame f when hits[f] >= min_hits.
 */
void	frametab_add(struct frametab *, const char *group, const long *hits,
	    size_t words, long min_hits);

/* Adds src's counts into dst (same frames), for -j workers. */
void	frametab_join(struct frametab *dst, const struct frametab *src);

/*
 * Writes a view, rows sorted by group then frame name (bytewise), as TSV
 * with a header, or as one JSON object per line. group_col names the
 * group column (NULL: the table has no group column).
 */
void	frametab_write(const struct frametab *, enum frametab_view,
	    const char *group_col, bool json, struct buf *out);

/*
 * The derived columns (hits_per_10k, share_docs, ci_low, ci_high) from
 * the counts (hits, docs, docs_total, words): the hook of the "frames"
 * kind `merge` recomputes with (stats/table.h; totals is unused).
 */
void	frametab_derive(const int64_t *counts, const int64_t *totals,
	    double *out);

/* The kinds of the frame table, --cooccur and --voice, for merge. */
extern const struct table_kind	table_frames, table_frames_cooccur,
				table_frames_voice;

/*
 * The derived columns of a table row from its counts: hits_per_10k,
 * share_docs, ci_low, ci_high, each formatted into out[i] (32 bytes).
 */
void	frametab_rates(long hits, long docs, long docs_total, long words,
	    char out[4][32]);

#endif
