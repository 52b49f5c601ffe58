/* SPDX-License-Identifier: MIT */
/*
 * Choosing the story's containers. One pre-order pass marks the subtrees
 * that cannot hold the story (navigation, sidebars, comments by class or
 * role); one reverse pass sums visible characters, link characters and
 * commas bottom-up. Then every paragraph-like unit of 25 characters or
 * more (a list item too when it is prose, no block inside and not mostly
 * links) gives its ancestors points (1 + commas + a point per 100
 * characters, up to 3; the parent gets it all, the grandparent half,
 * further ancestors a third of it divided by their level), on top of a
 * base from the tag and the class/id hints; scores are scaled by the share
 * of text that is not links (in-page anchors count 0.3, script links
 * nothing). The best container, chosen among them (extract_pick.c:
 * possibly raised to a common ancestor of near-equal rivals, moved into
 * the page's one <main> or <article>, lowered from a layout table's row
 * to its story cell) or raised to the page's own <article> or schema.org
 * Article holding most of its text, is kept with those siblings that
 * score well, share its class or are link-poor prose paragraphs
 * (extract_keep.c), the pieces of a split story (extract_split.c) and
 * the sections of a sectioned one (extract_sections.c). This is the
 * scoring of Mozilla's Readability, run on precomputed sums instead of
 * repeated subtree walks, with CJK characters counted double, and with
 * these exceptions to its choice: a container of the element the page
 * marks as its story body (itemprop=articleBody, entry-content...) is
 * never junk, the best node is never raised above a box whose class is
 * negative, a row's link-list columns are not the story, a story told in
 * lists scores as one told in paragraphs, a form to fill in is no
 * candidate, and the page's one <main> or <article> holds the story when
 * a candidate in it scores at least half the best outside it.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/utf8.h"
#include "ingest/dom.h"
#include "ingest/extract.h"
#include "extract_int.h"

static void	 mark_junk(struct dom *, int);
static bool	 is_junk(const struct dom_node *, int);
static void	 count_text(struct dom_node *);
static void	 compute_stats(struct dom *, struct arena *);
static void	 init_cand(struct dom_node *, int, struct buf *);
static void	 score_units(struct dom *, int, struct buf *);

bool
extract_div_like(int tag)
{
	return tag == T_DIV || tag == T_SECTION || tag == T_ARTICLE ||
	    tag == T_MAIN || tag == T_CENTER;
}

static bool
is_junk(const struct dom_node *n, int flags)
{
	if (n->tag == T_NAV)
		return true;
	if (!(flags & EX_STRIP_UNLIKELY))
		return false;
	if (n->tag == T_ASIDE || n->tag == T_FOOTER)
		return !(n->hints & HINT_BODY) && !(n->flags & DOM_HAS_BODY);
	/* Never a container of the node the page calls the story body. */
	if (n->tag == T_BODY || n->tag == T_A || (n->hints & HINT_BODY) ||
	    (n->flags & DOM_HAS_BODY))
		return false;
	if (n->hints & HINT_ROLE)
		return true;
	return (n->hints & HINT_UNLIKELY) && !(n->hints & HINT_MAYBE);
}

/* Resets the scratch fields and marks junk subtrees. */
static void
mark_junk(struct dom *d, int flags)
{
	struct dom_node	*n, *m;
	bool		 in_table = false;

	for (n = d->root; n != NULL; n = dom_next(n, d->root)) {
		n->mark = 0;
		n->score = 0;
		n->chars = n->link_chars = n->commas = 0;
		n->own_chars = n->own_commas = 0;
		n->flags &= ~DOM_HAS_BLOCK;
		if (n->tag == T_TEXT || !is_junk(n, flags))
			continue;
		/* Readability spares unlikely nodes inside tables and code. */
		in_table = false;
		for (m = n->parent; m != NULL && !in_table; m = m->parent)
			in_table = (m->tag == T_TABLE || m->tag == T_CODE) &&
			    n->tag != T_NAV;
		if (!in_table)
			n->mark = MARK_JUNK;
	}
}

size_t
extract_sentence_end(const char *p)
{
	const unsigned char	*u = (const unsigned char *)p;

	if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == ' ' ||
	    p[1] == '\0' || p[1] == '\n'))
		return 1;
	if (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x82)
		return 3;			/* 。 */
	if (u[0] == 0xEF && u[1] == 0xBC && (u[2] == 0x81 || u[2] == 0x9F))
		return 3;			/* ！ ？ */
	if (u[0] == 0xE0 && u[1] == 0xA5 && (u[2] == 0xA4 || u[2] == 0xA5))
		return 3;			/* । ॥ */
	if (u[0] == 0xD8 && u[1] == 0x9F)
		return 2;			/* ؟ */
	return 0;
}

size_t
extract_weighted_len(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s, *e = p + len;
	size_t			 n = 0, k;
	uint32_t		 cp;
	bool			 space = false;

	while (p < e) {
		if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
			if (!space)
				n++;
			space = true;
			p++;
			continue;
		}
		space = false;
		if (*p < 0x80) {
			n++;
			p++;
			continue;
		}
		k = utf8_decode(p, (size_t)(e - p), &cp);
		p += k ? k : 1;
		n += (cp >= 0x3040 && cp <= 0x30FF) ||
		    (cp >= 0x3400 && cp <= 0x9FFF) ||
		    (cp >= 0xAC00 && cp <= 0xD7AF) ||
		    (cp >= 0xF900 && cp <= 0xFAFF) ? 2 : 1;
	}
	return n;
}

/* Characters and commas of a text node (the commas Readability counts). */
static void
count_text(struct dom_node *t)
{
	const unsigned char	*p = (const unsigned char *)t->text;
	const unsigned char	*e = p + t->len;
	uint32_t		 commas = 0;

	for (; p < e; p++) {
		if (*p == ',')
			commas++;
		else if (p + 1 < e && p[0] == 0xD8 && p[1] == 0x8C)
			commas++;	/* U+060C */
		else if (p + 2 < e && p[0] == 0xEF && p[1] == 0xBC &&
		    p[2] == 0x8C)
			commas++;	/* U+FF0C */
	}
	t->chars = (uint32_t)extract_weighted_len(t->text, t->len);
	t->commas = commas;
	t->own_chars = t->chars;
	t->own_commas = commas;
}

/*
 * The link characters of an <a>: in-page anchors count 0.3 of their text
 * (Readability's weight), script pseudo-links none: neither leads away.
 */
uint32_t
extract_link_weight(const struct dom_node *a)
{
	const char	*h = dom_attr(a, "href");

	if (h != NULL && h[0] == '#')
		return a->chars * 3 / 10;
	if (h != NULL && strncasecmp(h, "javascript:", 11) == 0)
		return 0;
	return a->chars;
}

/* Sums text statistics bottom-up over the nodes that are not junk. */
static void
compute_stats(struct dom *d, struct arena *a)
{
	struct dom_node	**order, *n, *p;
	size_t		  k = 0;

	order = arena_alloc(a, (d->n_nodes + 1) * sizeof(*order));
	for (n = d->root; n != NULL && k <= d->n_nodes; ) {
		if (n->mark & MARK_JUNK) {
			n = dom_skip(n, d->root);
			continue;
		}
		order[k++] = n;
		n = dom_next(n, d->root);
	}
	while (k-- > 0) {
		n = order[k];
		if (n->tag == T_TEXT)
			count_text(n);
		if ((p = n->parent) == NULL)
			continue;
		p->chars += n->chars;
		p->commas += n->commas;
		p->link_chars += n->tag == T_A ? extract_link_weight(n) :
		    n->link_chars;
		if (n->flags & (DOM_BLOCK | DOM_HAS_BLOCK))
			p->flags |= DOM_HAS_BLOCK;
		if (!(n->flags & DOM_BLOCK)) {
			p->own_chars += n->own_chars;
			p->own_commas += n->own_commas;
		}
	}
}

double
extract_link_density(const struct dom_node *n)
{
	if (n->chars == 0)
		return 0;
	return (double)n->link_chars / n->chars;
}

static void
init_cand(struct dom_node *n, int flags, struct buf *cands)
{
	float	s = 0;

	if (n->mark & MARK_CAND)
		return;
	switch (n->tag) {
	case T_DIV:
		s = 5;
		break;
	case T_PRE: case T_TD: case T_BLOCKQUOTE:
		s = 3;
		break;
	case T_ADDRESS: case T_OL: case T_UL: case T_DL: case T_DD: case T_DT:
	case T_LI: case T_FORM:
		s = -3;
		break;
	case T_H1: case T_H2: case T_H3: case T_H4: case T_H5: case T_H6:
	case T_TH:
		s = -5;
		break;
	}
	if (flags & EX_WEIGHT_CLASSES) {
		s += n->weight;
		if (n->hints & HINT_BODY)
			s += 25;
	}
	n->score = s;
	n->mark |= MARK_CAND;
	buf_add(cands, &n, sizeof(n));
}

/*
 * A list item of prose, with no block inside: less than half of its text
 * in links of any kind (a table of contents' in-page links are not
 * prose, though they weigh little in link density).
 */
static bool
prose_item(const struct dom_node *li)
{
	const struct dom_node	*k;
	uint32_t		 linked = 0;

	for (k = li->first; k != NULL; ) {
		if (k->tag == T_A) {
			linked += k->chars;
			k = dom_skip(k, li);
		} else
			k = dom_next(k, li);
	}
	return linked * 2 < li->chars;
}

/* A field of a form to fill in (a text area, a mail or password box),
   or what holds a text area. */
static bool
form_field(const struct dom_node *n)
{
	const char	*t;

	return (n->flags & DOM_HAS_TEXTAREA) || (n->tag == T_INPUT &&
	    (t = dom_attr(n, "type")) != NULL && (strcasecmp(t, "email") == 0 ||
	    strcasecmp(t, "password") == 0));
}

/*
 * A form to fill in (a comment or sign-up form) is labels, not prose:
 * left out, unless it holds 400 characters or more of paragraphs with no
 * field in them, as a page wrapped whole in one form does.
 */
static bool
form_to_fill(const struct dom_node *f)
{
	const struct dom_node	*n, *k;
	uint32_t		 prose = 0;
	bool			 fields = false;

	if (f->chars >= 3000)
		return false;
	for (n = f->first; n != NULL; ) {
		if (form_field(n))
			fields = true;
		if (n->tag != T_P || n->chars < 80) {
			n = dom_next(n, f);
			continue;
		}
		for (k = n->first; k != NULL && !form_field(k) &&
		    k->tag != T_INPUT && k->tag != T_LABEL; k = dom_next(k, n))
			;
		if (k == NULL)
			prose += n->chars;
		n = k == NULL ? dom_skip(n, f) : dom_next(n, f);
	}
	return fields && prose < 400;
}

/* Gives each paragraph-like unit's points to its ancestors. */
static void
score_units(struct dom *d, int flags, struct buf *cands)
{
	struct dom_node	*n, *anc;
	uint32_t	 chars, commas;
	float		 pts;
	int		 level;

	for (n = d->root; n != NULL; ) {
		if ((n->mark & MARK_JUNK) || (n->tag == T_FORM &&
		    form_to_fill(n))) {
			n->mark |= MARK_JUNK;
			n = dom_skip(n, d->root);
			continue;
		}
		anc = NULL;
		chars = n->chars;
		commas = n->commas;
		switch (n->tag) {
		case T_P: case T_PRE: case T_TD: case T_H2: case T_H3:
		case T_H4: case T_H5: case T_H6:
			anc = n->parent;
			break;
		case T_LI:
			if (!(n->flags & DOM_HAS_BLOCK) && prose_item(n))
				anc = n->parent;
			break;
		default:
			if (!extract_div_like(n->tag))
				break;
			if (!(n->flags & DOM_HAS_BLOCK))
				anc = n->parent;
			else if (n->own_chars >= 25) {
				anc = n;
				chars = n->own_chars;
				commas = n->own_commas;
			}
		}
		if (anc != NULL && chars >= 25) {
			pts = 1 + (float)commas + (chars / 100 > 3 ? 3 :
			    (float)(chars / 100));
			for (level = 0; anc != NULL && anc->parent != NULL &&
			    level < 5; level++, anc = anc->parent) {
				init_cand(anc, flags, cands);
				anc->score += pts / (level == 0 ? 1 :
				    level == 1 ? 2 : level * 3);
			}
		}
		n = dom_next(n, d->root);
	}
}

const char *
extract_body(struct dom *d, const char *title, const char *desc, int flags,
    struct arena *a, size_t *chars)
{
	struct buf		 cands;
	struct dom_node		*top, *best;
	const struct dom_node	*main, *art, *ceil;
	const char		*text;

	buf_init(&cands);
	mark_junk(d, flags);
	compute_stats(d, a);
	score_units(d, flags, &cands);
	extract_landmarks(d, &main, &art);
	top = extract_pick(d, (struct dom_node **)cands.data,
	    cands.len / sizeof(struct dom_node *), flags, main, art, &best,
	    &ceil);
	buf_release(&cands);
	if (flags & EX_WEIGHT_CLASSES)
		top = extract_promote(d, top);
	extract_keep_siblings(d, top, top == ceil ? ceil : main);
	/* The pieces of the best node's story, when the story is its
	   (not a landmark's candidate that replaced it). */
	if (best != NULL && (extract_below(best, top) ||
	    extract_below(top, best)))
		extract_split(d, best);
	extract_sections(d, top, flags);
	extract_clean(d, title, flags);
	text = extract_text(d, extract_lead(d, top, desc, a), true, a,
	    chars);
	return text;
}
