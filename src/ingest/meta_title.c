/* SPDX-License-Identifier: MIT */
/*
 * The title: the visible headline (an <h1> matching a metadata title,
 * without a kicker), else JSON-LD headline, og:title / twitter:title, an
 * <h1> that the <title> contains, the <title> without the site name.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "ingest/dom.h"
#include "ingest/extract.h"
#include "ingest/meta.h"

static const char *trim_seps(const char *, const char *);
static const char *title_strip(const char *, const char *, bool,
		    struct arena *);
static const char *without_kicker(struct dom_node *, const char *,
		    const char *const *, size_t, struct arena *);
static const char *visible_title(struct dom *, const char *const *,
		    size_t, struct arena *);

/* Moves e back over spaces and separators (|, -, :, /, », ·, –, —). */
static const char *
trim_seps(const char *t, const char *e)
{
	static const char *const seps[] = { " ", "|", "-", ":", "/", "»",
	    "·", "–", "—", NULL };
	size_t	i, l;
	bool	again = true;

	while (again) {
		again = false;
		for (i = 0; seps[i] != NULL; i++) {
			l = strlen(seps[i]);
			if ((size_t)(e - t) >= l &&
			    memcmp(e - l, seps[i], l) == 0) {
				e -= l;
				again = true;
			}
		}
	}
	return e;
}

/*
 * Removes a site name joined to the headline by a separator. With guess,
 * an unknown site name is taken to be the shorter side.
 */
static const char *
title_strip(const char *t, const char *site, bool guess, struct arena *a)
{
	static const char *const seps[] = { " | ", " - ", " – ", " — ",
	    " :: ", " » ", " · ", " // ", " / ", NULL };
	const char	*p, *last = NULL, *first = NULL;
	size_t		 i, sl = 0, tl = strlen(t), l = 0;

	for (i = 0; seps[i] != NULL; i++) {
		if ((p = strstr(t, seps[i])) == NULL)
			continue;
		if (first == NULL || p < first)
			first = p, l = strlen(seps[i]);
		for (; p != NULL; p = strstr(p + 1, seps[i]))
			if (last == NULL || p > last)
				last = p, sl = strlen(seps[i]);
	}
	if (last == NULL)
		return t;
	if (site != NULL) {
		size_t n = strlen(site);

		/* "Headline » Site - Tagline" with the whole site name */
		if (n + 4 < tl && strcasecmp(t + tl - n, site) == 0) {
			const char *e = t + tl - n;

			e = trim_seps(t, e);
			if (e > t)
				return arena_strndup(a, t, (size_t)(e - t));
		}

		if (strcasecmp(last + sl, site) == 0)
			return arena_strndup(a, t, (size_t)(last - t));
		if (strncasecmp(t, site, n) == 0 && t + n == first)
			return first + l;
		if (!guess)
			return t;
	}
	if (!guess)
		return t;
	/* The headline is the longer side of the outermost separator. */
	if ((size_t)(last - t) >= tl - (size_t)(last - t) - sl)
		return arena_strndup(a, t, (size_t)(last - t));
	return first + l;
}

/*
 * The visible headline: an <h1> (of the first five) whose words match a
 * metadata title; pages keep SEO variants in their metadata ("Chronik:
 * X" for the headline "X").
 */
/*
 * A headline element often holds a kicker ("Tunesien", "Interne
 * Unterlagen im Netz") in its own span before the headline proper: when
 * one part alone matches a metadata title closely, that part is the title.
 */
static const char *
without_kicker(struct dom_node *h1, const char *whole,
    const char *const *cands, size_t nc, struct arena *a)
{
	struct dom_node	*k;
	const char	*t, *best = NULL;
	size_t		 i, parts = 0;

	for (k = h1->first; k != NULL; k = k->next)
		if (dom_text_max(k, 1000, a) != NULL)
			parts++;
	if (parts < 2)
		return whole;
	for (k = h1->first; k != NULL; k = k->next) {
		if ((t = meta_collapse(dom_text_max(k, 1000, a), a)) == NULL)
			continue;
		for (i = 0; i < nc; i++)
			if (cands[i] != NULL &&
			    extract_similarity(cands[i], t) >= 0.95 &&
			    extract_similarity(t, cands[i]) >= 0.95 &&
			    (best == NULL || strlen(t) > strlen(best)))
				best = t;
	}
	return best != NULL ? best : whole;
}

static const char *
visible_title(struct dom *d, const char *const *cands, size_t nc,
    struct arena *a)
{
	struct dom_node	*n;
	const char	*h;
	size_t		 i;
	int		 seen = 0;

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
		if ((h = meta_collapse(dom_text_max(n, 1000, a), a)) != NULL && strlen(h) > 3)
			for (i = 0; i < nc; i++)
				if (cands[i] != NULL &&
				    extract_similarity(cands[i], h) >= 0.6 &&
				    extract_similarity(h, cands[i]) >= 0.6)
					return without_kicker(n, h, cands, nc, a);
		n = dom_skip(n, d->body);
	}
	return NULL;
}

const char *
meta_title(struct dom *d, const struct ld_info *ld, const char *site,
    struct arena *a)
{
	const char	*c[4], *h;
	struct dom_node	*n;
	int		 seen = 0;

	c[0] = meta_collapse(ld->headline, a);
	c[1] = meta_collapse(meta_value(d, "og:title"), a);
	if (c[1] == NULL)
		c[1] = meta_collapse(meta_value(d, "twitter:title"), a);
	c[2] = meta_collapse(d->title, a);
	c[3] = c[2] != NULL ? title_strip(c[2], site, true, a) : NULL;
	if ((h = visible_title(d, c, 4, a)) != NULL)
		return h;
	if (c[0] != NULL)
		return title_strip(c[0], site, false, a);
	if (c[1] != NULL)
		return title_strip(c[1], site, false, a);
	for (n = d->body; n != NULL && seen < 3; n = dom_next(n, d->body)) {
		if (n->tag != T_H1)
			continue;
		seen++;
		h = meta_collapse(dom_text_max(n, 1000, a), a);
		/* An <h1> in the <title>, or the first one when the page
		   has no title at all. */
		if (h != NULL && strlen(h) > 3 && (c[2] == NULL ||
		    strstr(c[2], h) != NULL))
			return h;
	}
	return c[3];
}
