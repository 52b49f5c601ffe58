/* SPDX-License-Identifier: MIT */
/*
 * Dates found in the page tree (date_tree.c), for meta_date.c: machine
 * dates of <time> and kindred elements, and datelines written for
 * readers. Results are normalized dates (see date.h) in the arena given,
 * or NULL; fetched is the fetch time or NULL (dates after it are
 * skipped).
 */
#ifndef NF_INGEST_DATE_TREE_H
#define NF_INGEST_DATE_TREE_H

#include <stdbool.h>

struct arena;
struct dom;

/*
 * How the page writes dates (date_habits of its <html lang>, else of its
 * content-language or og:locale meta). The datelines below are read so.
 */
unsigned	date_tree_habits(const struct dom *d);

/*
 * The best machine date of an element (*from = "time"): itemprop
 * datePublished (*rank 3), a <time> marked pubdate or classed as a date
 * or hAtom's abbr.published (2), any other <time> (1); else the first
 * dateline in an element classed as a date or byline (*from = "text",
 * *rank -1). NULL when there is neither.
 */
const char *date_tree_find(struct dom *d, const char *fetched,
	    const char **from, int *rank, struct arena *a);

/*
 * A dateline among the lines after the first <h1> (the first step of
 * date_tree_late, which needs no extraction). NULL when none.
 */
const char *date_tree_heading(struct dom *d, const char *fetched,
	    struct arena *a);

/*
 * After extraction marked the story (MARK_KEEP): a dateline among the
 * lines after the first <h1>, at the start of the story, or just above
 * it. NULL when none.
 */
const char *date_tree_late(struct dom *d, const char *fetched,
	    struct arena *a);

#endif
