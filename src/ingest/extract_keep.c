/* SPDX-License-Identifier: MIT */
/*
 * What joins the best-scored node in the story: the page's own story
 * container above it (an <article>, an itemtype Article, an articleBody)
 * when most of that container's text is the node's, and the siblings
 * beside it that score well, share its class or read as link-poor prose.
 * Siblings that hold other stories, or boxes the cleaning would drop, are
 * left out. Readability's sibling rule, with those two exceptions.
 */
#include <stdbool.h>
#include <string.h>

#include "ingest/dom.h"
#include "ingest/extract.h"

static bool	 ends_sentence(const struct dom_node *);
static bool	 article_like(const struct dom_node *);

static bool
ends_sentence(const struct dom_node *n)
{
	const struct dom_node	*t;
	const char		*p;

	for (t = n; t != NULL; t = dom_next(t, n)) {
		if (t->tag != T_TEXT)
			continue;
		/* Readability's full stop, or a script's own stop */
		for (p = t->text; *p; p++)
			if ((*p == '.' || (unsigned char)*p >= 0x80) &&
			    extract_sentence_end(p) > 0)
				return true;
	}
	return false;
}

/* True when sibling s holds other stories than top. */
bool
extract_other_stories(const struct dom_node *top, const struct dom_node *s)
{
	const struct dom_node	*k;
	int			 n = 0;

	if (s->tag == T_ARTICLE && top->tag == T_ARTICLE)
		return true;
	for (k = s->first; k != NULL && n < 2; k = dom_next(k, s))
		n += k->tag == T_ARTICLE;
	return n >= 2;
}

void
extract_keep_siblings(struct dom *d, struct dom_node *top, const struct dom_node *main)
{
	struct dom_node	*s;
	float		 thresh, bonus;
	double		 ld;
	bool		 keep;

	top->mark |= MARK_KEEP;
	/* Nothing beside the page's main landmark is its content. */
	if (top->parent == NULL || top == d->body || top == main)
		return;
	thresh = top->score * 0.2f > 10 ? top->score * 0.2f : 10;
	for (s = top->parent->first; s != NULL; s = s->next) {
		if (s == top || s->tag == T_TEXT || (s->mark & MARK_JUNK))
			continue;
		/* Other stories: a list of articles, or the next article. */
		if (extract_other_stories(top, s))
			continue;
		/* A box the cleaning would drop inside the story. */
		if (((s->hints & (HINT_BOILER | HINT_SHARE | HINT_COMMENT)) &&
		    !(s->hints & (HINT_BODY | HINT_POSITIVE))) ||
		    ((s->hints & HINT_BOX) && !(s->hints & HINT_BODY)))
			continue;
		bonus = 0;
		if (top->cls != NULL && *top->cls && s->cls != NULL &&
		    strcmp(s->cls, top->cls) == 0)
			bonus = top->score * 0.2f;
		keep = (s->mark & MARK_CAND) && s->score + bonus >= thresh;
		/* A block of the story's own class, split off by a figure. */
		if (!keep && bonus > 0 && s->chars >= 200 &&
		    extract_link_density(s) < 0.25)
			keep = true;
		if (!keep && (s->tag == T_P || (extract_div_like(s->tag) &&
		    !(s->flags & DOM_HAS_BLOCK)))) {
			ld = extract_link_density(s);
			if (s->chars > 80 && ld < 0.25)
				keep = true;
			else if (s->chars < 80 && s->chars > 0 && ld == 0 &&
			    ends_sentence(s))
				keep = true;
		}
		if (keep)
			s->mark |= MARK_KEEP;
	}
}

static bool
article_like(const struct dom_node *n)
{
	const char	*t;

	if (n->tag == T_ARTICLE || (n->hints & HINT_BODY))
		return true;
	t = dom_attr(n, "itemtype");
	return t != NULL && (strstr(t, "Article") != NULL ||
	    strstr(t, "BlogPosting") != NULL);
}

/*
 * The story's own container (an <article>, an itemtype Article, an
 * articleBody) a few levels above the best-scored node holds the lead
 * paragraph and intertitles that sit outside the best node; take it when
 * most of its text is the best node's and it is not a list of links.
 */
struct dom_node *
extract_promote(struct dom *d, struct dom_node *top)
{
	struct dom_node	*p;
	int		 level;

	if (article_like(top) && !(top->hints & HINT_BODY))
		return top;
	for (p = top->parent, level = 0; p != NULL && p != d->body &&
	    level < 4; p = p->parent, level++) {
		if (!article_like(p))
			continue;
		if (p->chars > 0 && top->chars * 10 >= p->chars * 6 &&
		    extract_link_density(p) < 0.3)
			return p;
		break;
	}
	return top;
}
