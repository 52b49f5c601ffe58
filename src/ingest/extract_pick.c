/* SPDX-License-Identifier: MIT */
/*
 * From the scored candidates to the story's node. The best candidate,
 * after the link-density discount, gives way to the best <article> of a
 * stream it is, to the best candidate inside the page's one main landmark
 * or one <article> when it lies outside and that one scores at least half
 * as much; then it is raised to the common ancestor of near-equal rivals
 * or to a parent scoring more (never above a box whose class is negative,
 * nor above the <article> it was moved into), out of wrappers holding
 * nothing else, and lowered from a layout table's row to its story cell.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "ingest/dom.h"
#include "ingest/extract.h"
#include "extract_int.h"

static bool	 below_negative(const struct dom_node *, int);
static struct dom_node *in_main(const struct dom_node *,
		    struct dom_node **, size_t, struct dom_node *);
static void	 rank_top5(struct dom_node **, size_t, struct dom_node **);
static struct dom_node *story_in_stream(struct dom_node *,
		    struct dom_node **);
static struct dom_node *rivals_ancestor(struct dom *, struct dom_node *,
		    struct dom_node **, int, const struct dom_node *);
static struct dom_node *climb(struct dom *, struct dom_node *, int,
		    const struct dom_node *);
static struct dom_node *only_child(struct dom_node *);
static struct dom_node *story_column(struct dom_node *);

/*
 * True when p is a box whose class is negative ("sidebar-wrapper" around
 * a story): the best node is not raised above it, as the cleaning would
 * then drop it, story and all.
 */
static bool
below_negative(const struct dom_node *p, int flags)
{
	return (flags & EX_WEIGHT_CLASSES) && p->weight < 0;
}

/*
 * The page's landmarks: its one main landmark (<main>, role=main) in
 * *main and its one <article> in *art, NULL when it has none or several
 * (ones nested in the first do not count). One walk over the body.
 */
void
extract_landmarks(const struct dom *d, const struct dom_node **main,
    const struct dom_node **art)
{
	const struct dom_node	*n;
	const char		*r;
	bool			 mains = false, arts = false;

	*main = *art = NULL;
	for (n = d->body; n != NULL; n = dom_next(n, d->body)) {
		if (n->tag == T_ARTICLE && !arts && (*art == NULL ||
		    !extract_below(n, *art))) {
			arts = *art != NULL;
			*art = arts ? NULL : n;
		}
		if (!mains && (n->tag == T_MAIN || (n->tag != T_TEXT &&
		    (r = dom_attr(n, "role")) != NULL &&
		    strcmp(r, "main") == 0)) && (*main == NULL ||
		    !extract_below(n, *main))) {
			mains = *main != NULL;
			*main = mains ? NULL : n;
		}
	}
}

bool
extract_below(const struct dom_node *n, const struct dom_node *top)
{
	for (; n != NULL; n = n->parent)
		if (n == top)
			return true;
	return false;
}

/*
 * The page says where its content is: when the best node lies outside
 * the one main landmark, the best node inside it scoring at least half
 * as much is the story (a browser warning or a sidebar beside <main>).
 */
static struct dom_node *
in_main(const struct dom_node *m, struct dom_node **c, size_t n,
    struct dom_node *top)
{
	struct dom_node		*alt = NULL;
	size_t			 i;

	if (m == NULL || extract_below(top, m) || extract_below(m, top))
		return top;
	for (i = 0; i < n; i++)
		if (extract_below(c[i], m) && (alt == NULL ||
		    c[i]->score > alt->score))
			alt = c[i];
	return alt != NULL && alt->score >= 0.5f * top->score ? alt : top;
}

/* The five best candidates, after the link-density discount, best first. */
static void
rank_top5(struct dom_node **c, size_t n, struct dom_node **top5)
{
	size_t	 i, j;

	for (i = 0; i < n; i++) {
		c[i]->score *= (float)(1 - extract_link_density(c[i]));
		for (j = 0; j < 5; j++) {
			if (top5[j] == NULL || c[i]->score > top5[j]->score) {
				memmove(top5 + j + 1, top5 + j,
				    (4 - j) * sizeof(top5[0]));
				top5[j] = c[i];
				break;
			}
		}
	}
}

/* A stream of <article>s: the best one of them is the story. */
static struct dom_node *
story_in_stream(struct dom_node *top, struct dom_node **top5)
{
	size_t	 j;

	if (top->tag == T_ARTICLE || !extract_other_stories(top, top))
		return top;
	for (j = 1; j < 5; j++)
		if (top5[j] != NULL && top5[j]->tag == T_ARTICLE &&
		    top5[j]->score >= 0.6f * top->score &&
		    extract_below(top5[j]->parent, top))
			return top5[j];
	return top;
}

/* Near-equal rivals: their common ancestor holds the story. */
static struct dom_node *
rivals_ancestor(struct dom *d, struct dom_node *top, struct dom_node **top5,
    int flags, const struct dom_node *ceil)
{
	struct dom_node	*p;
	size_t		 j;
	int		 alts;

	for (p = top->parent; p != NULL && p != d->body; p = p->parent) {
		if (below_negative(p, flags) || (ceil != NULL &&
		    !extract_below(p, ceil)))
			break;
		alts = 0;
		for (j = 1; j < 5; j++)
			alts += top5[j] != NULL &&
			    top5[j]->score / top->score >= 0.75f &&
			    extract_below(top5[j]->parent, p);
		if (alts >= 3)
			return p;
	}
	return top;
}

/*
 * Up the ancestors: a candidate scoring more than the one below takes
 * its place, until one scores under a third of top; then out of
 * wrappers that hold nothing else.
 */
static struct dom_node *
climb(struct dom *d, struct dom_node *top, int flags,
    const struct dom_node *ceil)
{
	struct dom_node	*p, *k;
	float		 last = top->score, thresh = last / 3;
	int		 el;

	for (p = top->parent; p != NULL && p != d->body && p->tag != T_BODY;
	    p = p->parent) {
		/* An <article> is not traded for a stream of them. */
		if (top->tag == T_ARTICLE && extract_other_stories(top, p))
			break;
		if (below_negative(p, flags) || (ceil != NULL &&
		    !extract_below(p, ceil)))
			break;
		if (!(p->mark & MARK_CAND))
			continue;
		if (p->score < thresh)
			break;
		if (p->score > last) {
			top = p;
			break;
		}
		last = p->score;
	}
	while (top->parent != NULL && top->parent != d->body &&
	    top->parent->parent != NULL && top != ceil) {
		el = 0;
		for (k = top->parent->first; k != NULL; k = k->next)
			el += k->tag != T_TEXT;
		/* Not into a wrapper whose class is negative. */
		if (el != 1 || top->parent->weight < 0)
			break;
		top = top->parent;
	}
	return top;
}

/* The one element child of n, or NULL. */
static struct dom_node *
only_child(struct dom_node *n)
{
	struct dom_node	*k, *one = NULL;

	for (k = n->first; k != NULL; k = k->next) {
		if (k->tag == T_TEXT)
			continue;
		if (one != NULL)
			return NULL;
		one = k;
	}
	return one;
}

/*
 * A row of a layout table is columns side by side: when the best node is
 * such a row (or a table holding only it) and one cell holds most of its
 * text while every other cell with text is mostly links (a "most read"
 * list, a search box, a menu), that cell is the story. A cell that reads
 * as prose keeps the row.
 */
static struct dom_node *
story_column(struct dom_node *top)
{
	struct dom_node	*row = top, *k, *cell = NULL;

	while ((row->tag == T_TABLE || row->tag == T_TBODY) &&
	    (k = only_child(row)) != NULL)
		row = k;
	if (row->tag != T_TR)
		return top;
	for (k = row->first; k != NULL; k = k->next)
		if ((k->tag == T_TD || k->tag == T_TH) &&
		    (cell == NULL || k->chars > cell->chars))
			cell = k;
	if (cell == NULL || cell->chars * 2 < row->chars)
		return top;
	for (k = row->first; k != NULL; k = k->next)
		if (k != cell && k->chars >= 100 &&
		    extract_link_density(k) < 0.5)
			return top;
	return cell;
}

/*
 * The best node, and in *ceil the landmark it may not be raised above:
 * the page's one <article> when the best node was found outside it and
 * one inside scores at least half as much.
 */
struct dom_node *
extract_pick(struct dom *d, struct dom_node **c, size_t n, int flags,
    const struct dom_node *main, const struct dom_node *art,
    struct dom_node **best, const struct dom_node **ceil)
{
	struct dom_node		 *top5[5] = { 0 }, *top, *t;

	*ceil = NULL;
	rank_top5(c, n, top5);
	top = *best = top5[0];
	if (top != NULL) {
		top = in_main(main, c, n, story_in_stream(top, top5));
		if (art != NULL && (t = in_main(art, c, n, top)) != top)
			top = t, *ceil = art;
	}
	if (top == NULL || top == d->body || top->tag == T_BODY)
		return d->body;
	top = rivals_ancestor(d, top, top5, flags, *ceil);
	return story_column(climb(d, top, flags, *ceil));
}
