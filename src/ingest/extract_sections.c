/* SPDX-License-Identifier: MIT */
/*
 * A story cut into sections. Some templates wrap every few paragraphs in
 * a section of its own, several blocks deep, between pictures and ads
 * ("article > section > div > div > p" again and again). A paragraph
 * gives points only to its near ancestors, so the best node is one
 * section, and the other sections are not its siblings but its cousins.
 * extract_split.c finds them by class; here they are told by their
 * shape, which needs no class name. An ancestor of the kept node (up to
 * four levels up, not above a list of other stories, not a negative box,
 * mostly not links) whose other children hold prose paragraphs at the
 * very block depth of the kept node's own, in two children or more and
 * as much prose as the kept node has, holds the rest of the story: those
 * children are kept. Inline wrappers (a <span> around a section) do not
 * count as depth, so the template's shape shows through them.
 */
#include <stdbool.h>
#include <stdint.h>

#include "ingest/dom.h"
#include "ingest/extract.h"

#define SECTION_LEVELS	4	/* ancestors of the kept node looked at */
#define SECTION_MIN	2	/* other sections, at least */

static int	 block_depth(const struct dom_node *);
static bool	 prose_unit(const struct dom_node *);
static uint32_t	 prose_at(const struct dom_node *, int);
static int	 longest_depth(const struct dom_node *);

/* The number of block elements above n. */
static int
block_depth(const struct dom_node *n)
{
	int	k = 0;

	for (n = n->parent; n != NULL; n = n->parent)
		k += (n->flags & DOM_BLOCK) != 0;
	return k;
}

/* A paragraph of prose: 80 characters or more, under a quarter links. */
static bool
prose_unit(const struct dom_node *n)
{
	return (n->tag == T_P || (extract_div_like(n->tag) &&
	    !(n->flags & DOM_HAS_BLOCK))) && n->chars >= 80 &&
	    extract_link_density(n) < 0.25;
}

/*
 * The characters of the prose paragraphs in a's subtree (a included) at
 * block depth bd, outside what is left out, set aside or kept already.
 */
static uint32_t
prose_at(const struct dom_node *a, int bd)
{
	const struct dom_node	*n;
	uint32_t		 sum = 0;

	for (n = a; n != NULL; ) {
		if ((n->mark & MARK_JUNK) || (n != a &&
		    (n->mark & MARK_KEEP)) || (n->hints & (HINT_BOILER |
		    HINT_COMMENT | HINT_ROLE | HINT_BOX)) || n->tag == T_ASIDE ||
		    n->tag == T_FOOTER || n->tag == T_NAV) {
			n = dom_skip(n, a);
			continue;
		}
		if (prose_unit(n)) {
			if (block_depth(n) == bd)
				sum += n->chars;
			n = dom_skip(n, a);
			continue;
		}
		n = dom_next(n, a);
	}
	return sum;
}

/* The block depth of the longest prose paragraph under top, or -1. */
static int
longest_depth(const struct dom_node *top)
{
	const struct dom_node	*n;
	uint32_t		 longest = 0;
	int			 bd = -1;

	for (n = top; n != NULL; ) {
		if (n->mark & MARK_JUNK) {
			n = dom_skip(n, top);
			continue;
		}
		if (prose_unit(n)) {
			if (n->chars > longest)
				longest = n->chars, bd = block_depth(n);
			n = dom_skip(n, top);
			continue;
		}
		n = dom_next(n, top);
	}
	return bd;
}

void
extract_sections(struct dom *d, const struct dom_node *top, int flags)
{
	const struct dom_node	*from = top;
	struct dom_node		*p, *k;
	uint32_t		 own, out, c;
	int			 bd, level, sections;

	if ((bd = longest_depth(top)) < 0)
		return;
	own = prose_at(top, bd);
	for (p = top->parent, level = 0; p != NULL && p != d->body &&
	    p->tag != T_BODY && level < SECTION_LEVELS;
	    p = p->parent, level++) {
		if ((p->mark & MARK_JUNK) || ((flags & EX_WEIGHT_CLASSES) &&
		    p->weight < 0) || extract_other_stories(from, p) ||
		    extract_link_density(p) >= 0.3)
			return;
		out = 0;
		sections = 0;
		for (k = p->first; k != NULL; k = k->next) {
			if (k == from || k->tag == T_TEXT ||
			    (k->mark & MARK_KEEP))
				continue;
			c = prose_at(k, bd);
			out += c;
			sections += c > 0;
		}
		if (out == 0) {
			from = p;
			continue;
		}
		if (out < own || sections < SECTION_MIN)
			return;
		for (k = p->first; k != NULL; k = k->next)
			if (k != from && k->tag != T_TEXT &&
			    !(k->mark & MARK_KEEP) && prose_at(k, bd) > 0)
				k->mark |= MARK_KEEP;
		return;
	}
}
