/* SPDX-License-Identifier: MIT */
/*
 * Count tables bigger than memory (terms --max-memory). Between records,
 * a counter whose memory has passed the limit (spill_over) writes its
 * rows as a sorted run (stats/extsort.h) and empties itself: spill_rows
 * or spill_each for rows it keeps its own way (terms counts by id),
 * spill_table or spill_check for a struct table. Counting goes on in bounded memory;
 * records never straddle two runs, so counts and docs of a key add up
 * across runs. spill_write then prints exactly what table_write would
 * have printed for all the counts together: it merges the runs with the
 * table by key, and orders each group by count in memory when the group
 * fits within the limit, else with runs of its own (with --top, only a
 * group's best K rows are kept as it goes).
 *
 * A spill works for kinds ordered by their first count (sort_derived 0,
 * no cmp, expand or finish hook), such as the terms tables. spill_new
 * returns a spill freed with spill_free, which removes its temporary
 * directory; the tables and rows stay the caller's. spill_rows,
 * spill_each, spill_table and spill_check may be called from several
 * threads, each on its own rows or table.
 */
#ifndef NF_STATS_SPILL_H
#define NF_STATS_SPILL_H

#include <stdbool.h>
#include <stddef.h>

struct buf;
struct exrow;
struct run;
struct spill;
struct table;
struct table_out;

/*
 * The default limit: half of the physical memory, or of a smaller memory
 * limit of the process (ulimit -v, a container's cgroup memory.max).
 */
size_t		 spill_default_limit(void);

/*
 * A spill for tables like t over limit bytes (not 0), with its private
 * directory made, at the first run, under tmpdir (NULL: $TMPDIR, else
 * /tmp).
 */
struct spill	*spill_new(const struct table *t, size_t limit,
		    const char *tmpdir);
void		 spill_free(struct spill *);

/*
 * Has a counter holding bytes passed its share of the limit, limit /
 * parts (parts: the counters counting at once, e.g. -j workers)?
 */
bool		 spill_over(const struct spill *, size_t bytes, size_t parts);
/*
 * Writes rows[0..n) (unique keys, counts as the tables' kind has them)
 * as one run; sorts them by key on the way. Returns 0, or -1 after an
 * error (reported once; later calls fail quietly).
 */
int		 spill_rows(struct spill *, struct exrow *rows, size_t n);
/*
 * The same with the rows from next (as extsort_add_each takes them), for
 * a counter that makes them in key order (bytewise, unique keys) itself.
 */
int		 spill_each(struct spill *,
		    int (*next)(struct exrow *row, void *arg), void *arg);
/* Writes all of t as one run and empties it: 0 or -1, as spill_rows. */
int		 spill_table(struct spill *, struct table *t);
/* spill_table(t) when table_bytes(t) is over (spill_over). */
int		 spill_check(struct spill *, struct table *t, size_t parts);
/*
 * Returns the memory freed after a spill to the system (glibc keeps it
 * otherwise, and the next table grows around the holes); spill_table
 * does it, a caller of spill_rows once it freed what it spilled.
 */
void		 spill_give_back(void);
/* Were tables spilled? */
bool		 spill_spilled(const struct spill *);

/*
 * Writes t and the runs spilled from tables like it as table_write
 * writes one table (the same bytes), emptying t. Returns 0, or -1 after
 * an error (output may then be incomplete, never silently).
 */
int		 spill_write(struct spill *, struct table *t,
		    const struct table_out *, struct buf *out, struct run *run);

#endif
