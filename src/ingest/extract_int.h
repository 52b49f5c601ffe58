/* SPDX-License-Identifier: MIT */
/*
 * What the scoring (extract.c) shares with the choice of the story's node
 * from its candidates (extract_pick.c). Nothing here allocates.
 */
#ifndef NF_EXTRACT_INT_H
#define NF_EXTRACT_INT_H

#include <stdbool.h>
#include <stddef.h>

struct dom;
struct dom_node;

/*
 * The page's one main landmark (<main>, role=main) in *main and its one
 * <article> in *art; NULL when it has none or several.
 */
void	extract_landmarks(const struct dom *d, const struct dom_node **main,
	    const struct dom_node **art);

/*
 * The story's node among the n scored candidates c (scores are scaled by
 * link density here); the best candidate in *best, and in *ceil the
 * <article> the node may not be raised above (NULL if none).
 */
struct dom_node *extract_pick(struct dom *d, struct dom_node **c, size_t n,
	    int flags, const struct dom_node *main, const struct dom_node *art,
	    struct dom_node **best, const struct dom_node **ceil);

/* True when n is top or lies below it. */
bool	extract_below(const struct dom_node *n, const struct dom_node *top);

#endif
