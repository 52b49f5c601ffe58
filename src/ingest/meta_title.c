/* SPDX-License-Identifier: MIT */
/*
 * The title: the visible headline (an <h1> matching a metadata title,
 * without a kicker), an <h1> marked as the headline, a part of a
 * metadata title that the page shows alone; else JSON-LD headline,
 * dc:title / og:title / twitter:title / DC.title / parsely-title, an <h1>
 * that the <title> contains, the <title> without the site name.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "ingest/dom.h"
#include "ingest/extract.h"
#include "ingest/meta.h"
#include "meta_title_int.h"

static const char *without_kicker(struct dom_node *, const char *,
		    const char *const *, size_t, struct arena *);
static const char *visible_title(struct dom *, const char *const *,
		    size_t, const char *, const char **, struct arena *);
static const char *shown_part(struct dom *, const char *const *, size_t,
		    const char *, struct arena *);
static const char *pick_title(struct dom *, const struct ld_info *,
		    const char *, struct arena *);
static const char *wayback_target(const char *);

/* True when s contains w, ignoring ASCII case. */
static bool
contains_ci(const char *s, const char *w)
{
	size_t	n = strlen(w);

	for (; *s; s++)
		if (strncasecmp(s, w, n) == 0)
			return true;
	return false;
}

/* True when s contains any of the words (ASCII, case-insensitive). */
static bool
has_word(const char *s, const char *const *words)
{
	size_t	i;

	for (i = 0; s != NULL && words[i] != NULL; i++)
		if (contains_ci(s, words[i]))
			return true;
	return false;
}

/*
 * The address a Wayback Machine link stands for: "/web/20140226054445/
 * http://host/" (with or without the archive's host in front) is a link
 * to http://host/ in an archived page; other links are returned as given.
 */
static const char *
wayback_target(const char *h)
{
	const char	*p = h;

	if (strncasecmp(p, "http://", 7) == 0 || strncasecmp(p, "https://", 8) == 0) {
		p = strstr(p, "://") + 3;
		if (strncasecmp(p, "web.archive.org/", 16) != 0)
			return h;
		p += 15;
	}
	if (strncmp(p, "/web/", 5) != 0 || p[5] < '0' || p[5] > '9')
		return h;
	p += 5 + strspn(p + 5, "0123456789");
	p += strspn(p, "abcdefghijklmnopqrstuvwxyz_");
	if (*p != '/' || (strncasecmp(p + 1, "http://", 7) != 0 &&
	    strncasecmp(p + 1, "https://", 8) != 0))
		return h;
	return p + 1;
}

/*
 * A link to the site's front page: "/", "./", "https://host/" (also
 * through the Wayback Machine) or rel=home.
 */
static bool
home_link(const struct dom_node *n)
{
	const char	*h = dom_attr(n, "href"), *r = dom_attr(n, "rel");

	if (r != NULL && contains_ci(r, "home"))
		return true;
	if (h == NULL)
		return false;
	h += strspn(h, " \t\r\n");
	h = wayback_target(h);
	if (strcmp(h, "/") == 0 || strcmp(h, "./") == 0)
		return true;
	if (strncasecmp(h, "http://", 7) != 0 && strncasecmp(h, "https://", 8) != 0)
		return false;
	h = strstr(h, "://") + 3;
	h += strcspn(h, "/?#");
	return *h == '\0' || strcmp(h, "/") == 0;
}

/*
 * A heading that holds the site's name, not the story's: classed as a
 * site title or logo, equal to the site name, or nothing but a link to
 * the front page (blog themes put the blog's name in an <h1>).
 */
static bool
site_heading(const struct dom_node *h, const char *text, const char *site,
    struct arena *a)
{
	static const char *const words[] = { "site-title", "site_title",
	    "sitetitle", "site-name", "blog-title", "logo", "brand", NULL };
	const struct dom_node	*n;
	const char		*t;

	if (has_word(h->cls, words) || has_word(h->id, words) ||
	    (site != NULL && strcasecmp(text, site) == 0))
		return true;
	for (n = h->first; n != NULL; n = dom_next(n, h))
		if (n->tag == T_A)
			break;
	if (n == NULL || !home_link(n))
		return false;
	t = meta_collapse(dom_text_max(n, 1000, a), a);
	return t != NULL && strcmp(t, text) == 0;
}

/*
 * True when t is a whole separator-delimited part of a metadata title
 * ("Kicker" in "Kicker: Headline | Site" or "Headline - Kicker").
 */
static bool
title_part(const char *t, const char *const *cands, size_t nc)
{
	const char	*c, *p, *b;
	size_t		 i, n = strlen(t);

	for (i = 0; i < nc; i++) {
		if ((c = cands[i]) == NULL)
			continue;
		for (p = c; (p = strstr(p, t)) != NULL; p++) {
			b = meta_title_trim(c, p);
			while (b < p && *b == ' ')
				b++;
			if ((p == c || b < p) && meta_title_sep_follows(p + n))
				return true;
		}
	}
	return false;
}

/*
 * A headline element often holds a kicker ("Tunesien", "Interne
 * Unterlagen im Netz") in its own element before the headline proper:
 * when one part alone matches a metadata title closely, that part is the
 * title; else a first part classed as a kicker, or that a metadata title
 * carries as a separate part, is dropped with the separators after it.
 */
static const char *
without_kicker(struct dom_node *h1, const char *whole,
    const char *const *cands, size_t nc, struct arena *a)
{
	static const char *const kick[] = { "kicker", "dachzeile", "roofline",
	    "overline", "eyebrow", "topic", "spitzmarke", "supertitle",
	    "titleheader", "label", NULL };
	struct dom_node	*k, *k0 = NULL;
	const char	*t, *best = NULL, *rest = "";
	size_t		 i, parts = 0;

	for (k = h1->first; k != NULL; k = k->next)
		if (meta_collapse(dom_text_max(k, 1000, a), a) != NULL &&
		    parts++ == 0)
			k0 = k;
	if (parts < 2)
		return whole;
	/* (a kicker may repeat the metadata title: not that part) */
	for (k = h1->first; k != NULL; k = k->next) {
		if ((t = meta_collapse(dom_text_max(k, 1000, a), a)) == NULL ||
		    has_word(k->cls, kick))
			continue;
		for (i = 0; i < nc; i++)
			if (cands[i] != NULL &&
			    extract_similarity(cands[i], t) >= 0.95 &&
			    extract_similarity(t, cands[i]) >= 0.95 &&
			    (best == NULL || strlen(t) > strlen(best)))
				best = t;
	}
	if (best != NULL)
		return best;
	t = meta_collapse(dom_text_max(k0, 1000, a), a);
	if (k0->tag == T_TEXT || t == NULL || (!has_word(k0->cls, kick) &&
	    !title_part(t, cands, nc)))
		return whole;
	for (k = k0->next; k != NULL; k = k->next)
		if ((t = meta_collapse(dom_text_max(k, 1000, a), a)) != NULL &&
		    !meta_title_only_seps(t))
			rest = arena_printf(a, "%s %s", rest, t);
	rest = meta_collapse(rest, a);
	return rest != NULL && strchr(rest, ' ') != NULL ? rest : whole;
}

/*
 * True when n is inside a breadcrumb trail, whose last crumb some themes
 * write as an <h1> ("Home > News > Headline"): the trail repeats the
 * <title>, the headline proper is elsewhere.
 */
static bool
in_breadcrumb(const struct dom_node *n)
{
	static const char *const words[] = { "breadcrumb", NULL };
	const char	*v;

	for (; n != NULL && n->tag != T_BODY; n = n->parent)
		if (has_word(n->cls, words) || has_word(n->id, words) ||
		    ((v = dom_attr(n, "itemtype")) != NULL &&
		    contains_ci(v, "BreadcrumbList")) ||
		    ((v = dom_attr(n, "property")) != NULL &&
		    strcmp(v, "itemListElement") == 0) ||
		    ((v = dom_attr(n, "itemprop")) != NULL &&
		    strcmp(v, "itemListElement") == 0))
			return true;
	return false;
}

/* True when the heading is marked as the story's headline. */
static bool
headline_marked(const struct dom_node *n)
{
	static const char *const words[] = { "headline", "entry-title",
	    "post-title", "post_title", "article-title", "article__title",
	    "story-title", "page-title", "entry_title", NULL };
	const char	*ip = dom_attr(n, "itemprop");

	return (ip != NULL && strcasecmp(ip, "headline") == 0) ||
	    has_word(n->cls, words);
}

/*
 * The visible headline: an <h1> (of the first five, not the site's
 * name) whose words match a metadata title, since pages keep SEO
 * variants in their metadata ("Chronik: X" for the headline "X"). The
 * first <h1> marked as the headline (itemprop, class) is left in
 * *marked_title, a weaker choice, unless others marked so differ from it
 * (a list of teasers).
 */
static const char *
visible_title(struct dom *d, const char *const *cands, size_t nc,
    const char *site, const char **marked_title, struct arena *a)
{
	struct dom_node	*n, *marked = NULL;
	const char	*h, *mh = NULL;
	size_t		 i;
	int		 seen = 0;
	bool		 teasers = false;

	for (n = d->body; n != NULL && seen < 5; ) {
		if (n->tag == T_NAV || n->tag == T_FOOTER || n->tag == T_ASIDE) {
			n = dom_skip(n, d->body);
			continue;
		}
		if (n->tag != T_H1) {
			n = dom_next(n, d->body);
			continue;
		}
		seen++;
		if ((h = meta_collapse(dom_text_max(n, 1000, a), a)) != NULL &&
		    strlen(h) > 3 && !site_heading(n, h, site, a) &&
		    !in_breadcrumb(n)) {
			for (i = 0; i < nc; i++)
				if (cands[i] != NULL &&
				    extract_similarity(cands[i], h) >= 0.6 &&
				    extract_similarity(h, cands[i]) >= 0.6)
					return without_kicker(n, h, cands, nc, a);
			if (headline_marked(n) && marked == NULL)
				marked = n, mh = h;
			else if (headline_marked(n) && strcmp(h, mh) != 0)
				teasers = true;
		}
		n = dom_skip(n, d->body);
	}
	if (marked != NULL && !teasers)
		*marked_title = without_kicker(marked, mh, cands, nc, a);
	return NULL;
}

/*
 * A metadata title may string the headline together with section and
 * site names in an order of the site's own ("Site - Section » Headline"):
 * a part of it, of two words or more and not the site's name, is the
 * headline when the page also gives that part alone, as the text of an
 * <h1> or <h2> (not the site's) or as its description; the longest such
 * part when there are several.
 */
static const char *
shown_part(struct dom *d, const char *const *cands, size_t nc,
    const char *site, struct arena *a)
{
	const char	*heads[21], *best = NULL, *p, *e, *part;
	struct dom_node	*n;
	size_t		 i, k, sl, nh = 0;

	for (n = d->body; n != NULL && nh < 20; ) {
		if (n->tag == T_NAV || n->tag == T_FOOTER || n->tag == T_ASIDE) {
			n = dom_skip(n, d->body);
			continue;
		}
		if (n->tag != T_H1 && n->tag != T_H2) {
			n = dom_next(n, d->body);
			continue;
		}
		if ((p = meta_collapse(dom_text_max(n, 1000, a), a)) != NULL &&
		    !site_heading(n, p, site, a))
			heads[nh++] = p;
		n = dom_skip(n, d->body);
	}
	if ((p = meta_collapse(meta_value(d, "description"), a)) != NULL)
		heads[nh++] = p;
	for (i = 0; i < nc; i++) {
		for (p = cands[i]; p != NULL; p = sl > 0 ? e + sl : NULL) {
			e = meta_title_part(p, &sl);
			if ((p == cands[i] && sl == 0) ||
			    memchr(p, ' ', (size_t)(e - p)) == NULL ||
			    (best != NULL && (size_t)(e - p) <= strlen(best)))
				continue;
			part = arena_strndup(a, p, (size_t)(e - p));
			if (site != NULL && strcasecmp(part, site) == 0)
				continue;
			for (k = 0; k < nh; k++)
				if (strcmp(heads[k], part) == 0)
					best = part;
		}
	}
	return best;
}

/* The first <h1> that names the site, or NULL. */
static const char *
site_from_heading(struct dom *d, struct arena *a)
{
	struct dom_node	*n;
	const char	*h;
	int		 seen = 0;

	for (n = d->body; n != NULL && seen < 3; n = dom_next(n, d->body)) {
		if (n->tag != T_H1)
			continue;
		seen++;
		if ((h = meta_collapse(dom_text_max(n, 1000, a), a)) != NULL &&
		    site_heading(n, h, NULL, a))
			return h;
	}
	return NULL;
}

const char *
meta_title(struct dom *d, const struct ld_info *ld, const char *site,
    const char *url, struct arena *a)
{
	const char	*t;

	t = pick_title(d, ld, site, a);
	return meta_title_clean(t, url, a);
}

/* The number of words of s. */
static size_t
words(const char *s)
{
	size_t	n = 0;
	bool	in = false;

	for (; *s; s++) {
		if (*s != ' ' && !in)
			n++;
		in = *s != ' ';
	}
	return n;
}

/* The page's <h1> when it has exactly one, else NULL. */
static struct dom_node *
lone_h1(struct dom *d)
{
	struct dom_node	*n, *one = NULL;

	for (n = d->body; n != NULL; n = dom_next(n, d->body))
		if (n->tag == T_H1) {
			if (one != NULL)
				return NULL;
			one = n;
		}
	return one;
}

static const char *
pick_title(struct dom *d, const struct ld_info *ld, const char *site,
    struct arena *a)
{
	/* Dublin Core as RDFa is a deliberate statement; as a meta name
	   (DC.title) themes often fill it with the site's name. */
	static const char *const title_metas[] = { "dc:title",
	    "dcterms:title", "og:title", "twitter:title", "dc.title",
	    "dcterms.title", "parsely-title", NULL };
	const char	*c[4] = { NULL }, *h, *marked = NULL;
	struct dom_node	*n;
	size_t		 i;
	int		 seen = 0;

	if (site == NULL)
		site = site_from_heading(d, a);
	c[0] = meta_collapse(ld->headline, a);
	for (i = 0; title_metas[i] != NULL && c[1] == NULL; i++)
		c[1] = meta_collapse(meta_value(d, title_metas[i]), a);
	c[2] = meta_collapse(d->title, a);
	c[3] = c[2] != NULL ? meta_title_no_archive(meta_title_strip(c[2], site, true, a)) :
	    NULL;
	if ((h = visible_title(d, c, 4, site, &marked, a)) != NULL ||
	    (h = marked) != NULL || (h = shown_part(d, c, 3, site, a)) != NULL)
		return h;
	/* A label for a title ("About Us", "Service") beside the page's
	   one headline, which says more. */
	h = c[0] != NULL ? meta_title_strip(c[0], site, false, a) :
	    c[1] != NULL ? meta_title_strip(c[1], site, false, a) : c[3];
	if (h != NULL && words(h) <= 3 && (n = lone_h1(d)) != NULL) {
		const char *t = meta_collapse(dom_text_max(n, 1000, a), a);

		if (t != NULL && words(t) > words(h) + 1 &&
		    !site_heading(n, t, site, a) && strstr(t, h) == NULL)
			return t;
	}
	if (c[0] != NULL)
		return meta_title_strip(c[0], site, false, a);
	if (c[1] != NULL)
		return meta_title_strip(c[1], site, false, a);
	for (n = d->body; n != NULL && seen < 3; n = dom_next(n, d->body)) {
		if (n->tag != T_H1)
			continue;
		seen++;
		h = meta_collapse(dom_text_max(n, 1000, a), a);
		/* An <h1> in the <title>, or the first one when the page
		   has no title at all. */
		if (h != NULL && strlen(h) > 3 && (c[2] == NULL ||
		    strstr(c[2], h) != NULL) && !site_heading(n, h, site, a))
			return h;
	}
	return c[3];
}
