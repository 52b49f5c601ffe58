/* SPDX-License-Identifier: MIT */
/*
 * Internal to the byline search (byline_find.c, byline_story.c): what
 * both read a byline with. Not part of the ingest interface; every
 * string is in the arena given.
 */
#ifndef NF_INGEST_BYLINE_INT_H
#define NF_INGEST_BYLINE_INT_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct dom_node;

/* A list of names (arena array). */
struct byline_names {
	const char	**v;
	size_t		  n;
};

/* True for subtrees that hold other people's names or none: menus,
   comment threads, form fields, boxes of other stories. */
bool	byline_box(const struct dom_node *k);

/*
 * Where a byline starts in a text that starts like one, after separators
 * and a date ("| By Cara Stiles", "06.11.2023 13:30 von Olga"); NULL
 * when it does not.
 */
const char *byline_lead(const char *t);

/* The names of the byline starting at lead l in the text of b, up to
   the first part that is not capitalized; into c (empty when none). */
void	byline_names_from(const struct dom_node *b, const char *l,
	    struct byline_names *c, struct arena *a);

/* True when the text node k holds only white space. */
bool	byline_blank(const struct dom_node *k);

/* Appends name to the list v of *n unless it is there. */
void	byline_put(const char *name, const char ***v, size_t *n,
	    struct arena *a);

#endif
