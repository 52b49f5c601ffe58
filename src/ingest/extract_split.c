/* SPDX-License-Identifier: MIT */
/*
 * The pieces of a split story. Templates cut the story's text into
 * containers of their own around ads, pictures and boxes ("story-text"
 * twice, in two rows of the layout), and the scoring keeps the best of
 * them with its siblings only. When the best node's class names the
 * story's text (a positive or story-body class, not a layout one), every
 * other element of its tag and class, in the same entry (the same nearest <article>,
 * schema.org Article or hentry, or none for both), outside what is set aside, comment threads and
 * boilerplate boxes, whose text is prose (at least 100 characters, under
 * a quarter of them links), is kept too; text is written in document
 * order, so the story reads as on the page. One pass over the tree.
 */
#include <stdbool.h>
#include <string.h>

#include "ingest/dom.h"
#include "ingest/extract.h"

#define PIECE_MIN	100	/* characters of a piece, at least */

static const struct dom_node *article_of(const struct dom_node *);
static bool	 apart(const struct dom_node *);
static bool	 word_in(const char *, const char *);

/* The nearest entry holding n (an <article>, a schema.org Article, a
   microformats hentry), or NULL. */
static const struct dom_node *
article_of(const struct dom_node *n)
{
	const char	*t;

	for (n = n->parent; n != NULL; n = n->parent) {
		if (n->tag == T_ARTICLE)
			return n;
		if ((t = dom_attr(n, "itemtype")) != NULL &&
		    (strstr(t, "Article") != NULL ||
		    strstr(t, "BlogPosting") != NULL))
			return n;
		if (n->cls != NULL && (word_in(n->cls, "hentry") ||
		    word_in(n->cls, "h-entry")))
			return n;
	}
	return NULL;
}

/* True when the class list cls holds the class w. */
static bool
word_in(const char *cls, const char *w)
{
	size_t		 n = strlen(w);
	const char	*p;

	for (p = cls; (p = strstr(p, w)) != NULL; p += n)
		if ((p == cls || p[-1] == ' ') && (p[n] == '\0' ||
		    p[n] == ' '))
			return true;
	return false;
}

/* True when n is in the story already, or in what is not the story. */
static bool
apart(const struct dom_node *n)
{
	for (; n != NULL; n = n->parent)
		if ((n->mark & (MARK_KEEP | MARK_JUNK | MARK_DROP)) ||
		    (n->hints & (HINT_BOILER | HINT_COMMENT | HINT_ROLE)) ||
		    n->tag == T_ASIDE || n->tag == T_FOOTER || n->tag == T_NAV)
			return true;
	return false;
}

void
extract_split(struct dom *d, const struct dom_node *best)
{
	const struct dom_node	*art;
	struct dom_node		*n;

	/* Only a class that names the story's text: layout classes
	   ("row", "left relative") are everywhere. */
	if (best->cls == NULL || best == d->body ||
	    !(hint_of(best->cls) & (HINT_BODY | HINT_POSITIVE)))
		return;
	art = article_of(best);
	for (n = d->body; n != NULL; ) {
		if (n->mark & (MARK_KEEP | MARK_JUNK)) {
			n = dom_skip(n, d->body);
			continue;
		}
		if (n != best && n->tag == best->tag && n->cls != NULL &&
		    strcmp(n->cls, best->cls) == 0 && n->chars >= PIECE_MIN &&
		    extract_link_density(n) < 0.25 && article_of(n) == art &&
		    !apart(n)) {
			n->mark |= MARK_KEEP;
			n = dom_skip(n, d->body);
			continue;
		}
		n = dom_next(n, d->body);
	}
}
