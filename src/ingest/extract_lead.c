/* SPDX-License-Identifier: MIT */
/*
 * The story's lead. Pages set the standfirst between the headline and the
 * body, often in the header the scoring sets aside ("m-intro-header") or
 * in a box of its own beside the body ("chapo", "field-abstract"), so the
 * chosen containers miss it. Walking back in document order from the
 * story's first kept container to the headline (the nearest <h1>), the
 * block nearest the headline whose class or id names a lead (lead,
 * intro, chapo, standfirst, teaser, abstract...), or whose text is the
 * page's own description (its meta or og:description, set as the deck
 * under the headline), and which reads as prose opens the story's text; of
 * nested ones, the innermost. The walk stops at the headline, at the top
 * of the body, or after a few hundred nodes, so its cost does not grow
 * with the page.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "core/arena.h"
#include "ingest/dom.h"
#include "ingest/extract.h"
#include "ingest/meta.h"

#define WALK_MAX	400	/* nodes visited back from the story */
#define LEAD_MIN	60	/* characters of a lead, at least... */
#define LEAD_MAX	1500	/* ...and at most */

static const struct dom_node *prev_node(const struct dom_node *);
static bool	 emitted(const struct dom_node *);
static bool	 in_box(const struct dom_node *);
static bool	 prose(const struct dom_node *);
static bool	 inside(const struct dom_node *, const struct dom_node *);
static bool	 same_words(const char *, const char *);
static bool	 is_description(const struct dom_node *, const char *, size_t,
		    struct arena *);

/* The node before n in document order (pre-order), or NULL. */
static const struct dom_node *
prev_node(const struct dom_node *n)
{
	const struct dom_node	*p = n->prev;

	if (p == NULL)
		return n->parent;
	while (p->last != NULL)
		p = p->last;
	return p;
}

/* True when n is written with the story: under a kept root, nothing in
   between dropped or set aside. */
static bool
emitted(const struct dom_node *n)
{
	for (; n != NULL; n = n->parent) {
		if (n->mark & (MARK_DROP | MARK_JUNK))
			return false;
		if (n->mark & MARK_KEEP)
			return true;
	}
	return false;
}

/* True when n sits in navigation, a comment thread or a box of other
   stories, where a "teaser" is another story's. */
static bool
in_box(const struct dom_node *n)
{
	for (; n != NULL; n = n->parent)
		if (n->tag == T_NAV || n->tag == T_A || n->tag == T_ASIDE ||
		    n->tag == T_FOOTER ||
		    (n->hints & (HINT_BOILER | HINT_COMMENT | HINT_ROLE)))
			return true;
	return false;
}

/* True when n is below top. */
static bool
inside(const struct dom_node *n, const struct dom_node *top)
{
	for (n = n->parent; n != NULL; n = n->parent)
		if (n == top)
			return true;
	return false;
}

/* True when n's visible text reads as a lead: long enough, little of it
   links, not a dateline. */
static bool
prose(const struct dom_node *n)
{
	const struct dom_node	*k;
	size_t			 chars = 0, links = 0, w;
	const struct dom_node	*a;

	for (k = n; k != NULL; k = dom_next(k, n)) {
		if (k->tag != T_TEXT)
			continue;
		w = extract_weighted_len(k->text, k->len);
		chars += w;
		for (a = k->parent; a != NULL && a != n->parent; a = a->parent)
			if (a->tag == T_A) {
				links += w;
				break;
			}
		if (chars > LEAD_MAX)
			return false;
	}
	return chars >= LEAD_MIN && links * 10 < chars * 3;
}

static bool
is_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/* True when a and b have the same text, whitespace runs aside. */
static bool
same_words(const char *a, const char *b)
{
	for (;;) {
		while (is_space(*a))
			a++;
		while (is_space(*b))
			b++;
		if (*a == '\0' || *b == '\0')
			return *a == *b;
		if (*a != *b)
			return false;
		if (is_space(a[1]) != is_space(b[1]) && a[1] != '\0' &&
		    b[1] != '\0')
			return false;
		a++;
		b++;
	}
}

/*
 * True when block n's text is desc (of weighted length want); only
 * blocks of about that length are read.
 */
static bool
is_description(const struct dom_node *n, const char *desc, size_t want,
    struct arena *a)
{
	const char	*t;

	if (desc == NULL || !(n->flags & DOM_BLOCK) ||
	    n->chars * 10 < want * 9 || n->chars * 9 > want * 10)
		return false;
	t = dom_text_max(n, strlen(desc) * 2 + 64, a);
	return t != NULL && same_words(t, desc);
}

const struct dom_node *
extract_lead(const struct dom *d, const struct dom_node *top,
    const char *desc, struct arena *a)
{
	const struct dom_node	*n, *lead = NULL;
	const char	*og;
	size_t		 want, og_want;
	int		 steps;

	if (top == d->body || top->tag == T_BODY)
		return NULL;
	want = desc != NULL ? extract_weighted_len(desc, strlen(desc)) : 0;
	/* The deck may be the og:description where the description is the
	   site's ("The leading trade magazine for..."). */
	og = meta_value(d, "og:description");
	if (og != NULL && desc != NULL && strcmp(og, desc) == 0)
		og = NULL;
	og_want = og != NULL ? extract_weighted_len(og, strlen(og)) : 0;
	for (n = prev_node(top), steps = 0; n != NULL && n != d->body &&
	    n != d->root && steps < WALK_MAX; n = prev_node(n), steps++) {
		if (n->tag == T_H1)
			break;
		if (n->tag == T_TEXT || !((n->hints & HINT_LEAD &&
		    ((n->flags & DOM_BLOCK) || (n->tag >= T_H2 &&
		    n->tag <= T_H6))) || is_description(n, desc, want, a) ||
		    is_description(n, og, og_want, a)))
			continue;
		if (emitted(n) || in_box(n) || !prose(n))
			continue;
		/* The innermost of nested leads: the outer one holds the
		   byline or a caption as well. */
		if (lead == NULL || !inside(lead, n))
			lead = n;
	}
	/* Only a lead that follows the headline. */
	return n != NULL && n->tag == T_H1 ? lead : NULL;
}
