/* SPDX-License-Identifier: MIT */
/*
 * Grouping records for --by: any record field (outlet, group, lang, ...),
 * or a period of `published`: day (YYYY-MM-DD), week (ISO 8601 week,
 * YYYY-Www), month (YYYY-MM), year (YYYY). A record without the field
 * falls in the group "" (an empty cell). Values are made TSV-safe (tabs
 * and newlines become spaces).
 */
#ifndef NF_STATS_GROUP_H
#define NF_STATS_GROUP_H

#include <stdbool.h>

struct arena;
struct record;

enum group_by {
	GROUP_NONE,
	GROUP_FIELD,
	GROUP_DAY,
	GROUP_WEEK,
	GROUP_MONTH,
	GROUP_YEAR,
};

struct group {
	enum group_by	 by;
	const char	*name;		/* column name: the field or period */
};

/*
 * Parses a --by value (NULL: no grouping). Returns 0, or -1 with *err
 * set to a static reason.
 */
int	group_parse(struct group *, const char *by, const char **err);

/* The group of r, in a (never NULL; "" when unknown). */
const char *group_of(const struct group *, const struct record *r,
	    struct arena *a);

/* The ISO 8601 week "YYYY-Www" of y-m-d into out (16 bytes); false when
   the date is impossible. */
bool	group_iso_week(int y, int m, int d, char *out);

#endif
