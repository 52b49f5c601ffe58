/* SPDX-License-Identifier: MIT */
/*
 * Count tables: what every aggregating analyzer prints and what `merge`
 * adds up (man/newsframe-merge.1, TABLE FORMAT, is the user's spec).
 *
 * A table is TSV with a header row. Its columns are, in order:
 *   group columns   zero or more (named after --by: outlet, month, ...)
 *   the key column  named by the kind (term, collocate, frame, ...)
 *   count columns   additive integers (count, docs, ...)
 *   derived columns computed from the counts (tfidf, g2, ...)
 * A row whose key is TABLE_TOTAL ("*total*") holds its group's totals
 * (e.g. all tokens and all records), so derived columns that need them
 * can be recomputed after merging. Rows are sorted by group, totals row
 * first, then by the kind's order (default: first count descending, then
 * key bytewise). A kind names its columns and hooks; merge recognizes a
 * table by its header among the registered kinds (table_kinds[]).
 *
 * table_new returns a table the caller frees with table_free; rows and
 * keys belong to the table.
 */
#ifndef NF_STATS_TABLE_H
#define NF_STATS_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct buf;
struct hitem;
struct run;
struct table;

#define TABLE_TOTAL		"*total*"
#define TABLE_MAX_COUNTS	8
#define TABLE_MAX_DERIVED	12
#define TABLE_MAX_GROUPS	4

/* One row while a table is finished (pointers borrowed from the table). */
struct trow {
	const char	*key;		/* group values and key, tab-joined */
	size_t		 len;
	size_t		 glen;		/* bytes of the group values + tabs */
	int64_t		*counts;
	double		*derived;	/* the kind's derived columns */
	bool		 total;		/* the key is TABLE_TOTAL */
	bool		 drop;		/* set by a finish hook: do not print */
};

struct table_kind {
	const char	*name;		/* "terms" */
	const char	*key;		/* name of the key column; NULL: any
					   (table_set_key names it) */
	const char	*counts[TABLE_MAX_COUNTS + 1];	/* NULL-ended */
	const char	*derived[TABLE_MAX_DERIVED + 1];	/* NULL-ended */
	/* Derived values of a row from its counts and its group's totals
	   row (NULL when the group has none). May be NULL. */
	void	(*derive)(const int64_t *counts, const int64_t *totals,
		    double *out);
	/*
	 * For tables whose rows are not simply additive across shards
	 * (keyness --by: every group against every term): expand turns the
	 * additive rows the analyzer counted into the printed rows just
	 * before writing; absorb adds one shard's printed table back into
	 * additive rows (merge). Rows of the group TABLE_TOTAL are such
	 * internal rows and never printed. Both may be NULL.
	 */
	void	(*expand)(struct table *);
	void	(*absorb)(struct table *dst, const struct table *shard);
	/* A pass over all rows after derive (p-value corrections, ...),
	   in sorted order. May be NULL. */
	void	(*finish)(struct trow *rows, size_t n);
	/* Order within a group (totals rows are always first): 0 sorts by
	   the first count, n > 0 by derived column n - 1 (after derive),
	   largest first; ties by key bytewise. */
	int	 sort_derived;
	/* Or any order within a group (NULL: the above). */
	int	(*cmp)(const struct trow *, const struct trow *);
	/* The size --min-count tests (NULL: the first count). */
	int64_t	(*size)(const int64_t *counts);
	/* An optional last text column and its value for a row. */
	const char	*label;
	const char	*(*label_of)(const struct trow *);
	/* Digits of each derived column: n > 0 prints %.nf, n < 0 prints
	   %.-ng (for p-values), 0 prints %.4f. */
	int		 prec[TABLE_MAX_DERIVED];
};

/* Output choices shared by every table-printing command. */
struct table_out {
	int64_t		 top;		/* rows per group, 0: all */
	int64_t		 min_count;	/* drop rows whose first count is less */
	bool		 json;		/* JSON Lines instead of TSV */
	bool		 totals;	/* print the totals rows */
};

/* A table of kind k with ngroups group columns named groups[]. */
struct table	*table_new(const struct table_kind *k,
		    const char *const *groups, size_t ngroups);
void		 table_free(struct table *);
/* Names the key column of a kind whose key is NULL (borrowed). */
void		 table_set_key(struct table *, const char *name);

/*
 * The counts of the row with tab-joined key (group values, then the key),
 * created zeroed. counts[ncounts] is scratch for the caller (e.g. the last
 * record that counted towards docs); it is never printed.
 */
int64_t	*table_row(struct table *, const char *key, size_t len);
/* Batched counting: see htab_prefetch (core/htab.h). */
uint64_t table_hash(const char *key, size_t len);
void	 table_prefetch(const struct table *, uint64_t hash, bool entry);
int64_t	*table_row_hashed(struct table *, const char *key, size_t len,
	    uint64_t hash);
size_t	 table_rows(const struct table *);
size_t	 table_ncounts(const struct table *);
size_t	 table_ngroups(const struct table *);
const struct table_kind *table_kind(const struct table *);
/* Adds every row of src into t (same kind and groups). */
void	 table_add(struct table *t, const struct table *src);
/* All rows (key, counts as val) in an array the caller frees. */
struct hitem *table_items(const struct table *, size_t *n);

/*
 * Sorts, derives, filters and prints the table with its header to out,
 * flushing through run as it goes (run may be NULL).
 */
void	table_write(struct table *, const struct table_out *,
	    struct buf *out, struct run *run);

/*
 * The same with n more rows (key, len and counts set; borrowed until it
 * returns) whose keys are in no row of the table: for a caller that
 * counted elsewhere and would only copy its rows into the table to print
 * them. Totals rows must be in the table (derived columns look for them
 * there).
 */
void	table_write_with(struct table *, const struct trow *extra, size_t n,
	    const struct table_out *, struct buf *out, struct run *run);
/*
 * The same with the extra rows in the bytewise order of their keys (group
 * part first, then the rest), none a totals row, and only totals rows in
 * the table: rows then sort without comparing keys. The order is checked;
 * when it does not hold, the keys are compared as table_write_with does.
 * The array rows (from xmalloc) is given: table_write_ordered frees it.
 */
void	table_write_ordered(struct table *, struct trow *rows, size_t n,
	    const struct table_out *, struct buf *out, struct run *run);

/*
 * For tables too big to sort in memory (stats/spill.h): the bytes
 * table_write(_with) takes for a while to print n rows beyond the rows'
 * keys and counts; the bytes t holds, counting what table_write would add
 * to print it; emptying it
 * (keys die, the table keeps its kind and groups); the bytes of a key's
 * group part (up to and including its last group tab); and printing the
 * header, or one row with its derived columns from its group's totals
 * row (NULL: none), as table_write prints them.
 */
size_t	 table_write_bytes(const struct table *, size_t n);
size_t	 table_bytes(const struct table *);
void	 table_clear(struct table *);
size_t	 table_group_len(const struct table *, const char *key, size_t len);
void	 table_write_header(const struct table *, const struct table_out *,
	    struct buf *out);
void	 table_write_row(const struct table *, const struct table_out *,
	    const char *key, size_t len, const int64_t *counts,
	    const int64_t *totals, struct buf *out);

/* The registered kinds, NULL-ended (src/stats/kinds.c). */
extern const struct table_kind *const table_kinds[];

/*
 * The kind whose columns end cols[0..n) and the number of group columns
 * before them, or NULL.
 */
const struct table_kind	*table_kind_match(const char *const *cols, size_t n,
			    size_t *ngroups);

#endif
