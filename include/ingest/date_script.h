/* SPDX-License-Identifier: MIT */
/*
 * Publication dates in a page's script data: the state objects that
 * JavaScript front ends embed (window.__STATE__ = {...}, __NEXT_DATA__,
 * dataLayer pushes) often carry "datePublished" or "publishedDate" where
 * no meta or JSON-LD does. html.c hands each inline script here while
 * parsing; meta_date.c uses what was found only when the page says
 * nothing else.
 */
#ifndef NF_INGEST_DATE_SCRIPT_H
#define NF_INGEST_DATE_SCRIPT_H

#include <stddef.h>

struct arena;

/* The best candidate so far; rank 0 is none. */
struct script_date {
	const char	*date;		/* normalized (date.h), in the arena */
	int		 rank;		/* 2: a publication key, 1: a
					   creation key */
};

/*
 * Scans len bytes of script text for "key": "date" pairs (quotes may be
 * backslash-escaped, as in JSON inside a JavaScript string) and keeps in
 * best the first date under the strongest key seen so far.
 */
void	date_script_scan(const char *s, size_t len, struct script_date *best,
	    struct arena *a);

#endif
