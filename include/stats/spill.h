/* SPDX-License-Identifier: MIT */
/*
 * Count tables bigger than memory (terms --max-memory). Between records,
 * spill_check writes a table whose memory (table_bytes) has passed the
 * limit as a sorted run (stats/extsort.h) and empties it, so counting
 * goes on in bounded memory; records never straddle two runs, so counts
 * and docs of a key add up across runs. spill_write then prints exactly
 * what table_write would have printed for all the counts together: it
 * merges the runs with the table by key, and orders each group by count
 * in memory when the group fits within the limit, else with runs of its
 * own (with --top, only a group's best K rows are kept as it goes).
 *
 * A spill works for kinds ordered by their first count (sort_derived 0,
 * no cmp, expand or finish hook), such as the terms tables. spill_new
 * returns a spill freed with spill_free, which removes its temporary
 * directory; the tables stay the caller's. spill_check may be called from
 * several threads, each on its own table.
 */
#ifndef NF_STATS_SPILL_H
#define NF_STATS_SPILL_H

#include <stdbool.h>
#include <stddef.h>

struct buf;
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
 * Spills t when table_bytes(t) passes limit / parts (parts: the tables
 * counting at once, e.g. -j workers). Returns 0, or -1 after an error
 * (reported once; later calls fail quietly).
 */
int		 spill_check(struct spill *, struct table *t, size_t parts);
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
