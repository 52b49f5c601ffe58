/* SPDX-License-Identifier: MIT */
/*
 * Private to html.c and html_attr.c: reading an element's name and
 * attributes (a NULL-ended name, value, ... array) before it is built.
 */
#ifndef NF_INGEST_HTML_INT_H
#define NF_INGEST_HTML_INT_H

#include <stdbool.h>

struct arena;
struct buf;
struct dom_node;

/* An attribute's value ("" when it has none), or NULL when absent. */
const char *html_attr(const char *const *atts, const char *name);

/* True for elements whose content is never article text (or is fallback
   text): scripts, styles, forms' controls, embeds. */
bool	html_skipped(const char *name, int tag);

/* hidden, aria-hidden="true", style display:none or visibility:hidden */
bool	html_hidden(const char *const *atts);

/* Copies the attributes extraction reads into n (in a). */
void	html_keep_attrs(struct arena *a, struct dom_node *n,
	    const char *const *atts);

/*
 * A <meta> or <link> as struct dom_meta entries appended to metas; an
 * RDFa property attribute may name several properties ("og:title
 * twitter:title"), one entry each.
 */
void	html_add_meta(struct buf *metas, struct arena *a,
	    const char *const *atts, bool link);

#endif
