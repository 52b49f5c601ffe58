/* SPDX-License-Identifier: MIT */
/*
 * Internal to count tables (table.c, the table and its counting;
 * table_sort.c, sorting it; table_write.c, printing it): the table's
 * state and the helpers they share. Not part of the stats interface (stats/table.h).
 */
#ifndef NF_STATS_TABLE_INT_H
#define NF_STATS_TABLE_INT_H

#include <stddef.h>

#include "stats/table.h"

struct htab;

struct table {
	const struct table_kind	*kind;
	const char		*groups[TABLE_MAX_GROUPS];
	size_t			 ngroups;
	const char		*key;		/* name of the key column */
	size_t			 ncounts;
	size_t			 nderived;
	struct htab		*rows;
};

/*
 * Sorts rows[0..n) (group, totals first, the kind's order, key) into a
 * new array, rows freed; rows[0..nord) may be in key order, the rows
 * after them totals rows (table_write_ordered; checked). The bytes it
 * takes a row for a while (table_sort.c).
 */
struct trow	*table_sort(const struct table *, struct trow *rows,
		    size_t nord, size_t n);
size_t		 table_sort_bytes(void);
/* The group part of a key: up to and including the ngroups-th tab. */
size_t	table_group_part(const char *key, size_t len, size_t ngroups);
/* Bytewise, the shorter first when one starts the other. */
int	table_bytes_cmp(const char *a, size_t na, const char *b, size_t nb);

#endif
