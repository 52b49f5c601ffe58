/* SPDX-License-Identifier: MIT */
/*
 * What the cleaning (extract_clean.c) shares with the trimming of the
 * story's end (extract_trim.c). Nothing here allocates.
 */
#ifndef NF_EXTRACT_CLEAN_INT_H
#define NF_EXTRACT_CLEAN_INT_H

#include <stdbool.h>
#include <stddef.h>

struct dom;
struct dom_node;

/* True for <h1> to <h6>. */
bool	clean_is_heading(int tag);

/* Marks n dropped and takes its text out of its ancestors' sums. */
void	clean_drop(struct dom_node *n);

/* The text under top, whitespace folded, cut to size bytes, in buf. */
const char *clean_short_text(const struct dom_node *top, char *buf,
	    size_t size);

/* True when an ancestor of n below its kept root is a tag element (a
   data table, when data is set). */
bool	clean_has_ancestor(const struct dom_node *n, int tag, int data);

/* Drops the headings, labels and teasers left at the story's end. */
void	clean_trim_edges(struct dom *d);

#endif
