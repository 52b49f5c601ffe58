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
 * mostly not links) whose other children hold prose
 * paragraphs in the shape of the kept node's longest one (the same block
 * elements, tag for tag, between paragraph and section), in two children
 * or more and as much prose as the kept node has, holds the rest of the
 * story: those children are kept. Inline wrappers (a <span> around a
 * section) are no part of a shape, so the template shows through them.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "ingest/dom.h"
#include "ingest/extract.h"

#define SECTION_LEVELS	4	/* ancestors of the kept node looked at */
#define SECTION_MIN	2	/* other sections, at least */
#define SHAPE_MAX	12	/* blocks of a shape, at most */

/* The block elements between a paragraph and a section, bottom up. */
struct shape {
	uint16_t	tag[SHAPE_MAX];
	int		n;		/* -1: none (too deep, or not below) */
};

static void	 shape_of(const struct dom_node *, const struct dom_node *,
		    struct shape *);
static bool	 same_shape(const struct shape *, const struct shape *);
static bool	 prose_unit(const struct dom_node *);
static uint32_t	 prose_at(const struct dom_node *, const struct shape *);
static const struct dom_node *longest_unit(const struct dom_node *);

/* The block elements above n up to a (a too, when a block) into s. */
static void
shape_of(const struct dom_node *n, const struct dom_node *a, struct shape *s)
{
	const struct dom_node	*p;

	s->n = 0;
	for (p = n->parent; p != NULL; p = p->parent) {
		if (p->flags & DOM_BLOCK) {
			if (s->n == SHAPE_MAX)
				break;
			s->tag[s->n++] = p->tag;
		}
		if (p == a)
			return;
	}
	s->n = -1;
}

static bool
same_shape(const struct shape *x, const struct shape *y)
{
	return x->n >= 0 && x->n == y->n &&
	    memcmp(x->tag, y->tag, (size_t)x->n * sizeof(x->tag[0])) == 0;
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
 * The characters of the prose paragraphs in a's subtree whose shape
 * below a is sh, outside what is left out, set aside or kept already.
 */
static uint32_t
prose_at(const struct dom_node *a, const struct shape *sh)
{
	const struct dom_node	*n;
	struct shape		 s;
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
			shape_of(n, a, &s);
			if (same_shape(&s, sh))
				sum += n->chars;
			n = dom_skip(n, a);
			continue;
		}
		n = dom_next(n, a);
	}
	return sum;
}

/* The longest prose paragraph under top, or NULL. */
static const struct dom_node *
longest_unit(const struct dom_node *top)
{
	const struct dom_node	*n, *u = NULL;

	for (n = top; n != NULL; ) {
		if (n->mark & MARK_JUNK) {
			n = dom_skip(n, top);
			continue;
		}
		if (prose_unit(n)) {
			if (u == NULL || n->chars > u->chars)
				u = n;
			n = dom_skip(n, top);
			continue;
		}
		n = dom_next(n, top);
	}
	return u;
}

void
extract_sections(struct dom *d, const struct dom_node *top, int flags)
{
	const struct dom_node	*from = top, *u;
	struct dom_node		*p, *k;
	struct shape		 sh;
	uint32_t		 own, out, c;
	int			 level, sections;

	if ((u = longest_unit(top)) == NULL)
		return;
	shape_of(u, top, &sh);
	own = prose_at(top, &sh);
	for (p = top->parent, level = 0; p != NULL && p != d->body &&
	    p->tag != T_BODY && level < SECTION_LEVELS;
	    p = p->parent, level++) {
		if ((p->mark & MARK_JUNK) ||
		    ((flags & EX_WEIGHT_CLASSES) && p->weight < 0) ||
		    extract_other_stories(from, p) ||
		    extract_link_density(p) >= 0.3)
			return;
		/* The template: the longest paragraph's shape below the
		   section that holds it at this level. */
		shape_of(u, from, &sh);
		out = 0;
		sections = 0;
		for (k = p->first; k != NULL; k = k->next) {
			if (k == from || k->tag == T_TEXT ||
			    (k->mark & MARK_KEEP))
				continue;
			c = prose_at(k, &sh);
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
			    !(k->mark & MARK_KEEP) && prose_at(k, &sh) > 0)
				k->mark |= MARK_KEEP;
		return;
	}
}
