/* SPDX-License-Identifier: MIT */
/*
 * Internal to the title (meta_title.c): the text of a title, in
 * meta_title_text.c. Strings returned point into t or are in the arena
 * given. Not part of the ingest interface.
 */
#ifndef NF_INGEST_META_TITLE_INT_H
#define NF_INGEST_META_TITLE_INT_H

#include <stdbool.h>
#include <stddef.h>

struct arena;

/* Moves e back over spaces and separators (|, -, :, /, », ·, –, —) that
   end the text t..e. */
const char *meta_title_trim(const char *t, const char *e);

/* True when t is only separators and spaces ("-", " – "). */
bool	meta_title_only_seps(const char *t);

/* True when e starts (after spaces) with a separator, or is the end. */
bool	meta_title_sep_follows(const char *e);

/*
 * The end of the part of a title that starts at p: the next separator
 * joining parts (" | ", " - ", " » ", ...), whose length goes to *sl, or
 * the end of the string (*sl = 0).
 */
const char *meta_title_part(const char *p, size_t *sl);

/*
 * t without the site's name joined to it by a separator (site may be
 * NULL); with guess, an unknown site name is taken to be the shorter
 * side of the outermost separator.
 */
const char *meta_title_strip(const char *t, const char *site, bool guess,
	    struct arena *a);

/* t without a blog engine's "Blog Archive" part before the headline. */
const char *meta_title_no_archive(const char *t);

/* t (or NULL) without a leading part naming the host of url, then
   without a leading numeric date. */
const char *meta_title_clean(const char *t, const char *url,
	    struct arena *a);

#endif
