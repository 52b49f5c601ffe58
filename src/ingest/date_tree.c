/* SPDX-License-Identifier: MIT */
/*
 * Dates in the page tree, where meta_date.c looks after the JSON-LD and
 * the meta tags. Machine dates: an element marked itemprop datePublished,
 * a <time> (marked pubdate or classed as a date before any other) and
 * hAtom's <abbr class="published" title="...">. Datelines: the text of
 * an element classed as a date or a byline, in several languages (see
 * date_text.c); a few lines after the <h1>, at the start of the story and
 * just above it.
 *
 * What is not the story's date is skipped: navigation, boilerplate
 * (related stories, comments, a slider of other stories set aside inside
 * the story's own article), asides and page footers, the site's
 * masthead (the day's date), datelines inside links (teasers) or a
 * picture's caption, and a date a sentence of the story talks about.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "ingest/date.h"
#include "ingest/date_tree.h"
#include "ingest/dom.h"
#include "ingest/extract.h"
#include "ingest/meta.h"

static bool	 has_part(const char *, const char *);
static bool	 page_footer(const char *);
static bool	 in_aside(const struct dom_node *);
static bool	 in_link(const struct dom_node *);
static bool	 masthead(const struct dom_node *, const struct dom_node *);
static bool	 date_class(const struct dom_node *);
static bool	 hatom_published(const struct dom_node *);
static const char *element_date(const struct dom_node *, unsigned,
		    struct arena *);
static bool	 prose_date(const struct dom_node *, size_t);
static bool	 in_caption(const struct dom_node *);
static const char *date_after(struct dom_node *, struct dom_node *, int,
		    const char *, unsigned, struct arena *);
static struct dom_node *dom_before(struct dom_node *,
		    const struct dom_node *);
static const char *date_before(struct dom_node *, struct dom_node *, int,
		    const char *, unsigned, struct arena *);

/* True when w (lowercase) occurs in v, ignoring ASCII case. */
static bool
has_part(const char *v, const char *w)
{
	size_t	l = strlen(w);

	for (; *v; v++)
		if (strncasecmp(v, w, l) == 0)
			return true;
	return false;
}

/*
 * An id naming the page's footer ("footer", "page-footer"), not the
 * story's ("artikelfooter", "entry-footer").
 */
static bool
page_footer(const char *id)
{
	static const char *const story[] = { "artikel", "article", "entry",
	    "post", "story", "beitrag", NULL };
	size_t	i;

	if (id == NULL || !has_part(id, "footer"))
		return false;
	for (i = 0; story[i] != NULL; i++)
		if (has_part(id, story[i]))
			return false;
	return true;
}

/*
 * Inside an <aside> or <footer>, or the page's footer named by its id:
 * dates there are other stories', or the copyright's and the server's
 * clock ("It is currently ...").
 */
static bool
in_aside(const struct dom_node *n)
{
	for (; n != NULL; n = n->parent)
		if (n->tag == T_ASIDE || n->tag == T_FOOTER ||
		    page_footer(n->id))
			return true;
	return false;
}

/*
 * The site's masthead: a <header> (or role=banner) outside <article> and
 * <main> that does not hold the page's first <h1> (h1, may be NULL). A
 * date there is the day's ("Mittwoch, 1. November 2023"), not the
 * story's.
 */
static bool
masthead(const struct dom_node *n, const struct dom_node *h1)
{
	const struct dom_node	*p;
	const char		*role;

	if (n->tag != T_HEADER && ((role = dom_attr(n, "role")) == NULL ||
	    strcmp(role, "banner") != 0))
		return false;
	for (p = n->parent; p != NULL; p = p->parent)
		if (p->tag == T_ARTICLE || p->tag == T_MAIN)
			return false;
	for (p = h1; p != NULL && p != n; p = p->parent)
		;
	return p == NULL;
}

/* Inside a link: a dateline there is the linked story's (a teaser). */
static bool
in_link(const struct dom_node *n)
{
	for (; n != NULL; n = n->parent)
		if (n->tag == T_A)
			return true;
	return false;
}

/*
 * Classed or named as a date, a time or a byline ("post-date",
 * "datum", "p.author" with "by X » 21.01.2009"), in several languages.
 */
static bool
date_class(const struct dom_node *n)
{
	static const char *const words[] = { "date", "time", "publish",
	    "posted", "datum", "fecha", "byline", "dateline", "meta",
	    "submitted", "author", NULL };
	size_t	k;

	for (k = 0; words[k] != NULL; k++)
		if ((n->cls != NULL && has_part(n->cls, words[k])) ||
		    (n->id != NULL && has_part(n->id, words[k])))
			return true;
	return false;
}

/* hAtom's <abbr class="published" title="2015-03-10T08:05:41-07:00">. */
static bool
hatom_published(const struct dom_node *n)
{
	return n->tag == T_ABBR && n->cls != NULL &&
	    has_part(n->cls, "published") && dom_attr(n, "title") != NULL;
}

/*
 * The date of a <time> or an element marked datePublished: its datetime
 * or content attribute, else its text. When the text shows a whole date
 * more than a day away from the attribute's ("Publié le 29 juin 2019" on
 * a datetime of 3 July), the text is what readers were told and wins;
 * within a day the two differ only by the zone.
 */
static const char *
element_date(const struct dom_node *n, unsigned habits, struct arena *a)
{
	const char	*v, *s, *t;
	long long	 ds, dt;

	if ((v = dom_attr(n, "datetime")) == NULL &&
	    (v = dom_attr(n, "content")) == NULL &&
	    (!hatom_published(n) || (v = dom_attr(n, "title")) == NULL))
		return date_parse(dom_text_max(n, 200, a), a);
	if ((s = date_parse(v, a)) == NULL)
		return NULL;
	if ((t = date_find_text(dom_text_max(n, 200, a), NULL, habits, a)) !=
	    NULL && date_days(s, &ds) && date_days(t, &dt) &&
	    (dt - ds > 1 || ds - dt > 1))
		return t;
	return s;
}

const char *
date_tree_find(struct dom *d, const char *fetched, const char **from,
    int *rankp, struct arena *a)
{
	struct dom_node	*n, *h1;
	const char	*v, *s, *best = NULL, *text = NULL, *ip;
	int		 rank, best_rank = -1;
	unsigned	 habits = date_tree_habits(d);

	for (h1 = d->body; h1 != NULL && h1->tag != T_H1; )
		h1 = dom_next(h1, d->body);
	for (n = d->body; n != NULL; ) {
		/* The body's classes describe the page ("has-ad"), not a
		   block of it. */
		if (n->tag == T_NAV || (n != d->body &&
		    (n->hints & (HINT_BOILER | HINT_ROLE))) ||
		    masthead(n, h1)) {
			n = dom_skip(n, d->body);
			continue;
		}
		ip = dom_attr(n, "itemprop");
		rank = -1;
		if (ip != NULL && strcmp(ip, "datePublished") == 0)
			rank = 3;
		else if (n->tag == T_TIME && !in_aside(n))
			rank = dom_attr(n, "pubdate") != NULL ||
			    date_class(n) ? 2 : 1;
		else if (hatom_published(n) && !in_aside(n))
			rank = 2;
		if (rank > best_rank) {
			s = element_date(n, habits, a);
			if (s != NULL && date_plausible(s, fetched)) {
				best = s;
				best_rank = rank;
			}
		}
		/* A dateline inside a link is a teaser's. */
		if (text == NULL && n->tag != T_TEXT && rank < 0 &&
		    n != d->body && date_class(n) && !in_aside(n) &&
		    !in_link(n)) {
			/* Then spaced: widgets put day, month and year
			   in elements of their own, with no space between
			   ("1<sup>st</sup>" must stay whole first). */
			v = dom_text_max(n, 160, a);
			if (v != NULL &&
			    ((s = date_find_text(v, NULL, habits, a)) != NULL ||
			    ((v = dom_text_spaced(n, 160, a)) != NULL &&
			    (s = date_find_text(v, NULL, habits, a)) != NULL)) &&
			    date_plausible(s, fetched))
				text = s;
		}
		n = dom_next(n, d->body);
	}
	*rankp = best_rank;
	if (best != NULL) {
		*from = "time";
		return best;
	}
	*from = "text";
	return text;
}

unsigned
date_tree_habits(const struct dom *d)
{
	const char	*l = d->lang;

	if (l == NULL)
		l = meta_value(d, "content-language");
	if (l == NULL)
		l = meta_value(d, "og:locale");
	return date_habits(l);
}

/*
 * True when the date at offset at of text node n is one a sentence of the
 * story talks about ("Der nächste Stammtisch findet am 5. Februar 2020
 * statt"): inside a paragraph, after more than three words, none of them
 * a publication cue ("veröffentlicht", "posted", "Stand") or a byline's
 * "by".
 */
static bool
prose_date(const struct dom_node *n, size_t at)
{
	static const char *const cues[] = { "publi", "post", "veröffentl",
	    "erstellt", "geschrieben", "written", "beitrag", "artikel",
	    "article", "eingestellt", "erschien", "date", "datum", "stand",
	    "updat", "aktualisiert", "mis à jour", "modifi", "copyright",
	    "©", "опубликовано", "дата", NULL };
	static const char *const by[] = { "by ", "von ", "par ", "por ",
	    "di ", "door ", "av ", NULL };
	const struct dom_node	*p;
	const char		*t = n->text, *e = n->text + at;
	char			 low[256];
	size_t			 i, k, words = 0;

	for (p = n->parent; p != NULL && p->tag != T_P; p = p->parent)
		;
	if (p == NULL)
		return false;
	while (t < e && strchr(" \t\r\n", *t) != NULL)
		t++;
	for (i = 0; t + i < e; i++)
		if (strchr(" \t\r\n", t[i]) != NULL &&
		    strchr(" \t\r\n", t[i + 1]) == NULL)
			words++;
	if (words <= 3)
		return false;
	for (k = 0; k < sizeof(low) - 1 && t + k < e; k++)
		low[k] = (char)(t[k] >= 'A' && t[k] <= 'Z' ? t[k] | 0x20 :
		    t[k]);
	low[k] = '\0';
	for (i = 0; by[i] != NULL; i++)
		if (strncmp(low, by[i], strlen(by[i])) == 0)
			return false;
	for (i = 0; cues[i] != NULL; i++)
		if (strstr(low, cues[i]) != NULL)
			return false;
	return true;
}

/* A dateline among the first text nodes from n on (at most limit). */
static const char *
date_after(struct dom_node *n, struct dom_node *top, int limit,
    const char *fetched, unsigned habits, struct arena *a)
{
	const struct dom_node *from = n;
	const char	*s;
	char		 head[80];
	size_t		 at;
	int		 seen = 0;

	for (; n != NULL && seen < limit; n = dom_next(n, top)) {
		/* In the story, not in a stream of other stories the page
		   set in it (a slider of teasers in its header). */
		while (n != NULL && top == from && n != top &&
		    (n->mark & MARK_JUNK) && extract_other_stories(n, n))
			n = dom_skip(n, top);
		if (n == NULL)
			break;
		if (n->tag != T_TEXT || !date_has_digit(n->text))
			continue;
		seen++;
		/* A long text only by its head: "Berlin, 1.2.2022 - ..." */
		if (n->len > 200) {
			snprintf(head, sizeof(head), "%s", n->text);
			s = date_find_text(head, &at, habits, a);
		} else
			s = date_find_text(n->text, &at, habits, a);
		if (s != NULL && date_plausible(s, fetched) &&
		    !prose_date(n, at) && !in_caption(n))
			return s;
	}
	return NULL;
}

/*
 * True when text node t is a picture's caption: in a <figcaption> or a
 * box classed as one, or a line that opens as a caption does
 * ("Abbildung: ... vom 31.05.2021"). Its date is the picture's.
 */
static bool
in_caption(const struct dom_node *t)
{
	const struct dom_node	*p;
	const char		*s = t->text;
	int			 up;

	/* The caption's own box, a few levels up: not a page section
	   whose class happens to name one. */
	for (p = t->parent, up = 0; p != NULL && up < 3; p = p->parent, up++)
		if (p->tag == T_FIGCAPTION || (p->hints & HINT_CAPTION))
			return true;
	while (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r')
		s++;
	return hint_label_line(s, strlen(s));
}

/* The node before n in document order, not above top; NULL at top. */
static struct dom_node *
dom_before(struct dom_node *n, const struct dom_node *top)
{
	if (n == top)
		return NULL;
	if (n->prev == NULL)
		return n->parent == top ? NULL : n->parent;
	for (n = n->prev; n->last != NULL; n = n->last)
		;
	return n;
}

/*
 * A dateline among the last text nodes before the story's first block
 * (at most limit), where a page without an <h1> puts it: headline,
 * dateline, story.
 */
static const char *
date_before(struct dom_node *n, struct dom_node *top, int limit,
    const char *fetched, unsigned habits, struct arena *a)
{
	const char	*s;
	int		 seen = 0;

	for (n = dom_before(n, top); n != NULL && seen < limit;
	    n = dom_before(n, top)) {
		if (n->tag != T_TEXT || n->len > 200 ||
		    !date_has_digit(n->text))
			continue;
		seen++;
		if ((s = date_find_text(n->text, NULL, habits, a)) != NULL &&
		    date_plausible(s, fetched) && !in_aside(n) && !in_link(n))
			return s;
	}
	return NULL;
}

const char *
date_tree_heading(struct dom *d, const char *fetched, struct arena *a)
{
	struct dom_node	*n;

	for (n = d->body; n != NULL; ) {
		if (n->tag == T_NAV || n->tag == T_FOOTER ||
		    n->tag == T_ASIDE) {
			n = dom_skip(n, d->body);
			continue;
		}
		if (n->tag == T_H1)
			return date_after(n, d->body, 30, fetched,
			    date_tree_habits(d), a);
		n = dom_next(n, d->body);
	}
	return NULL;
}

const char *
date_tree_late(struct dom *d, const char *fetched, struct arena *a)
{
	struct dom_node	*n;
	const char	*s = NULL;
	bool		 kept = false;
	unsigned	 habits = date_tree_habits(d);

	for (n = d->body; n != NULL && s == NULL; ) {
		if (n->tag == T_NAV || n->tag == T_FOOTER ||
		    n->tag == T_ASIDE) {
			n = dom_skip(n, d->body);
			continue;
		}
		if (n->tag == T_H1)
			s = date_after(n, d->body, 30, fetched, habits, a);
		if (s == NULL && (n->mark & MARK_KEEP)) {
			if ((s = date_after(n, n, 20, fetched, habits, a)) ==
			    NULL && !kept)
				s = date_before(n, d->body, 5, fetched, habits,
				    a);
			kept = true;
		}
		n = dom_next(n, d->body);
	}
	return s;
}
