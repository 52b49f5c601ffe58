/* SPDX-License-Identifier: MIT */
/*
 * External sorting of count rows (a key and a few int64 counts): sorted
 * runs written to temporary files and merged, for tables bigger than
 * memory (stats/spill.h). Runs of one extsort share an order; adding runs
 * merges them level by level (EXSORT_FANIN runs of one level make one of
 * the next), so the number of open files stays small and every row is
 * rewritten only a logarithmic number of times. In key order, rows with
 * equal keys from different runs are added up as they merge.
 *
 * The files are those of a core/tmpdir.h directory, which outlives the
 * extsorts using it. extsort_new returns an extsort freed with
 * extsort_free. Rows passed in are copied; rows handed to a merge
 * callback are valid during the call. Adding and merging are
 * thread-safe. Errors (the directory cannot be made, a write fails: disk
 * full) are reported with nf_error, naming the parent directory, and
 * returned as -1.
 */
#ifndef NF_STATS_EXTSORT_H
#define NF_STATS_EXTSORT_H

#include <stddef.h>
#include <stdint.h>

#define EXSORT_MAX_COUNTS	8
#define EXSORT_FANIN		16

struct tmpdir;
struct extsort;

struct exrow {
	const char	*key;
	size_t		 len;
	const int64_t	*counts;
};

enum exorder {
	EX_BY_KEY,	/* key bytewise; equal keys add up */
	EX_BY_COUNT,	/* first count, largest first, then key bytewise */
};

/* Runs of rows with ncounts counts (at most EXSORT_MAX_COUNTS). */
struct extsort	*extsort_new(struct tmpdir *, size_t ncounts, enum exorder);
/* Closes (and so deletes) its runs. NULL is fine. */
void		 extsort_free(struct extsort *);

/*
 * Compares, and sorts an array, in an order; the bytes exrow_sort takes
 * for a while to sort n rows.
 */
int	exrow_cmp(enum exorder, const struct exrow *, const struct exrow *);
void	exrow_sort(enum exorder, struct exrow *, size_t n);
size_t	exrow_sort_bytes(size_t n);

/*
 * Writes rows[0..n), sorted in the extsort's order (with unique keys), as
 * a run, merging full levels. Returns 0 or -1 after reporting. Rows out
 * of order abort the program: they are a bug.
 */
int	extsort_add(struct extsort *, const struct exrow *rows, size_t n);
/*
 * The same with the rows from next, for rows made as they are written:
 * next returns 1 with *row set (valid until the next call), 0 at the end,
 * or -1 after reporting an error, which this returns.
 */
int	extsort_add_each(struct extsort *,
	    int (*next)(struct exrow *row, void *arg), void *arg);
/* Runs held now (0: nothing added, or all merged away). */
size_t	extsort_runs(const struct extsort *);
/*
 * Merges every run, calling fn for each row in order (equal keys added
 * up in key order), and drops them. fn returns 0 to go on, 1 to stop, -1
 * to stop with an error it reported. Returns 0, or -1 after an error.
 */
int	extsort_merge(struct extsort *,
	    int (*fn)(const struct exrow *, void *), void *arg);

#endif
