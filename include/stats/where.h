/* SPDX-License-Identifier: MIT */
/*
 * Record conditions of the form FIELD=V1,V2,...: true when the record's
 * field equals one of the values (exactly, bytewise). Used by select
 * --where and keyness --target/--reference. where_parse copies what it
 * keeps; where_release frees it.
 */
#ifndef NF_STATS_WHERE_H
#define NF_STATS_WHERE_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct record;

struct where {
	char	 *field;
	char	**vals;
	size_t	  n;
	char	 *buf;
};

/* Returns 0, or -1 with *err set to a static reason. */
int	where_parse(struct where *, const char *spec, const char **err);
void	where_release(struct where *);
bool	where_match(const struct where *, const struct record *,
	    struct arena *);

#endif
