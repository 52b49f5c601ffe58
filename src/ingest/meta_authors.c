/* SPDX-License-Identifier: MIT */
/*
 * The authors of a page, from the best evidence present: the JSON-LD
 * persons, else the first author meta (Dublin Core creator, meta author,
 * article:author and kin) that is not the site's name, else a visible byline (byline_find.c).
 * A visible byline naming a person wins over the site's or a company's
 * name, one naming the same persons and more completes the list, one the
 * author meta agrees with wins over JSON-LD persons; an organization the
 * JSON-LD names is the author only when no person is named. After
 * extraction, when no person is named, the story's own lines
 * (byline_story.c), the post's author's comment, else the site's name.
 */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "core/record.h"
#include "ingest/dom.h"
#include "ingest/meta.h"

#define SITE_PART_MAX	120	/* bytes of a title's part naming the site */

static const char *const author_metas[] = {
	"dc:creator", "dcterms:creator", "dc.creator", "dcterms.creator",
	"author", "article:author", "og:article:author", "byl",
	"sailthru.author", "parsely-author", "creator", "citation_author",
	NULL
};

static const char *const seps[] = { " | ", " - ", " – ", " — ", " · ",
	" :: ", " » ", NULL };

static bool	 segment_of(const char *, const char *, bool);
static bool	 holds(const char *, size_t, const char *, size_t);
static bool	 part_starts(const char *, size_t, const char *, const char *);
static bool	 title_site(const char *, const char *, const char *);
static bool	 site_like(const char *, const struct record *, const char *,
		    const struct dom *);
static bool	 org_like(const char *);
static void	 more_names(struct record *, const char **, size_t);
static bool	 listed(const char *, const char *const *, size_t);
static bool	 outvoted(struct dom *, const char *, struct record *,
		    const char **, size_t, struct arena *);
static void	 prefer_person(struct dom *, const char *, struct record *,
		    struct arena *);
static bool	 org_name(struct dom *, const struct ld_info *,
		    const struct record *, const char *, const char *,
		    struct arena *);

/*
 * True when s is the first or the last of the parts a name like "Story |
 * Site" or "Site - Story" joins (the whole of hay counts when whole is
 * set); parts in between may name the author ("Story | Eleanor Ainge Roy
 * | Environment | The Guardian").
 */
static bool
segment_of(const char *hay, const char *s, bool whole)
{
	size_t	n = strlen(s), i, l, hn;

	if (hay == NULL || n == 0)
		return false;
	hay += strspn(hay, " \t\r\n");
	for (hn = strlen(hay); hn > 0 && strchr(" \t\r\n", hay[hn - 1]);
	    hn--)
		;
	if (hn < n)
		return false;
	if (hn == n && strncmp(hay, s, n) == 0)
		return whole;
	for (i = 0; seps[i] != NULL; i++) {
		l = strlen(seps[i]);
		if (hn >= n + l && strncmp(hay, s, n) == 0 &&
		    strncmp(hay + n, seps[i], l) == 0)
			return true;
		if (hn >= n + l && strncmp(hay + hn - n, s, n) == 0 &&
		    strncmp(hay + hn - n - l, seps[i], l) == 0)
			return true;
	}
	return false;
}

/* True when the n bytes at h hold the m bytes at s. */
static bool
holds(const char *h, size_t n, const char *s, size_t m)
{
	size_t	i;

	for (i = 0; i + m <= n; i++)
		if (strncmp(h + i, s, m) == 0)
			return true;
	return false;
}

/*
 * True when the part p (n bytes) of a page title starts or ends with s
 * as a word, one to three words short of the whole part, and is not the
 * headline. A site's name with its place is short: a longer part is
 * not looked at, which also bounds the search for the headline in it.
 */
static bool
part_starts(const char *p, size_t n, const char *s, const char *headline)
{
	size_t	m = strlen(s), i, words = 1;
	bool	head, tail;

	if (m == 0 || n <= m + 1 || n > SITE_PART_MAX)
		return false;
	head = strncmp(p, s, m) == 0 && p[m] == ' ';
	tail = strncmp(p + n - m, s, m) == 0 && p[n - m - 1] == ' ';
	if (!head && !tail)
		return false;
	for (i = head ? m + 1 : 0; i < (head ? n : n - m - 1); i++)
		words += p[i] == ' ';
	return words <= 3 && (headline == NULL || (!holds(p, n, headline,
	    strlen(headline)) && !holds(headline, strlen(headline), p, n)));
}

/*
 * True when s is the site's name with its place added in the first or
 * the last part of a page title ("TSV Grün Weiß Musterstadt - Story -
 * News" names the site "TSV Grün Weiß").
 */
static bool
title_site(const char *title, const char *s, const char *headline)
{
	const char	*first = NULL, *last = NULL, *q, *e;
	size_t		 i, l, ll = 0;

	if (title == NULL)
		return false;
	title += strspn(title, " \t\r\n");
	for (e = title + strlen(title); e > title && strchr(" \t\r\n",
	    e[-1]) != NULL; e--)
		;
	/* a separator the title ends with ("Story - Site - ") ends no part */
	for (i = 0; seps[i] != NULL; i++) {
		l = strlen(seps[i]) - 1;
		if ((size_t)(e - title) >= l &&
		    strncmp(e - l, seps[i], l) == 0) {
			for (e -= l; e > title && strchr(" \t\r\n", e[-1]) !=
			    NULL; e--)
				;
			break;
		}
	}
	/* the parts end at e */
	for (i = 0; seps[i] != NULL; i++)
		for (q = title; (q = strstr(q, seps[i])) != NULL &&
		    q + strlen(seps[i]) <= e; q++) {
			if (first == NULL || q < first)
				first = q;
			if (last == NULL || q > last)
				last = q, ll = strlen(seps[i]);
		}
	if (first == NULL)
		return false;
	return part_starts(title, (size_t)(first - title), s, headline) ||
	    part_starts(last + ll, (size_t)(e - last - ll), s, headline);
}

/*
 * True when an author value names the site itself: the site or outlet
 * name, a part of the outlet's or the page title's "Story | Site" (or
 * such a part adding the site's place to its name), or the host's name
 * in other spelling ("Die FURCHE" on furche.at, "L'Opinion" on
 * lopinion.fr, "example.de").
 */
static bool
site_like(const char *s, const struct record *r, const char *site,
    const struct dom *d)
{
	char	a[128], h[64];
	size_t	na, nh;

	if ((site != NULL && strcasecmp(s, site) == 0) ||
	    (r->outlet != NULL && strcasecmp(s, r->outlet) == 0) ||
	    segment_of(r->outlet, s, true) || segment_of(site, s, true) ||
	    segment_of(d->title, s, false) || title_site(d->title, s,
	    r->title))
		return true;
	if ((nh = meta_host_label(r->url, h, sizeof(h))) < 3 ||
	    (na = meta_squash(s, strlen(s), a, sizeof(a))) < 3)
		return false;
	return strstr(a, h) != NULL || (na >= 5 && strstr(h, a) != NULL);
}

/* True when a name is an organization's: a legal form or a web address. */
static bool
org_like(const char *s)
{
	static const char *const forms[] = { " e.V", " e. V", "GmbH", " AG",
	    " Inc", " Ltd", " LLC", " S.A.", " SARL", " gGmbH", "www.",
	    ".com", ".de", ".org", NULL };
	size_t	i;

	for (i = 0; forms[i] != NULL; i++)
		if (strstr(s, forms[i]) != NULL)
			return true;
	return false;
}

/*
 * Structured data often names the first author only: a visible byline
 * that names all of them and more, all persons, gives the full list.
 */
static void
more_names(struct record *r, const char **v, size_t n)
{
	size_t	i, k;

	if (n <= r->n_authors)
		return;
	for (i = 0; i < r->n_authors; i++) {
		for (k = 0; k < n; k++)
			if (strcasecmp(r->authors[i], v[k]) == 0)
				break;
		if (k == n)
			return;
	}
	for (k = 0; k < n; k++)
		if (!byline_person(v[k]))
			return;
	r->authors = v;
	r->n_authors = n;
}

/* True when name is in the list v of n (case aside). */
static bool
listed(const char *name, const char *const *v, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (strcasecmp(v[i], name) == 0)
			return true;
	return false;
}

/*
 * Two against one: when the JSON-LD names persons the author meta does
 * not, and the visible byline names the meta's first author, the byline
 * and the meta agree and the byline's names are taken (a web producer
 * in the JSON-LD, the reporters on the page). True when it did.
 */
static bool
outvoted(struct dom *d, const char *site, struct record *r,
    const char **v, size_t n, struct arena *a)
{
	const char	**m = NULL, *s = NULL;
	size_t		  i, nm = 0;

	if (n == 0)
		return false;
	for (i = 0; author_metas[i] != NULL && s == NULL; i++)
		if ((s = meta_value(d, author_metas[i])) != NULL &&
		    (strncmp(s, "http", 4) == 0 || site_like(s, r, site, d)))
			s = NULL;
	byline_split(s, &m, &nm, a);
	if (nm == 0 || !listed(m[0], v, n))
		return false;
	for (i = 0; i < nm; i++)
		if (listed(m[i], r->authors, r->n_authors))
			return false;
	r->authors = v;
	r->n_authors = n;
	return true;
}

/*
 * When every author found so far is the site or an organization, a
 * visible byline naming a person is better evidence; the site's name
 * stays when there is none.
 */
static void
prefer_person(struct dom *d, const char *site, struct record *r,
    struct arena *a)
{
	const char	**keep = r->authors, **v = NULL;
	size_t		  i, n = 0, nkeep = r->n_authors;

	byline_find(d, r->title, &v, &n, a);
	for (i = 0; i < nkeep; i++)
		if (!site_like(keep[i], r, site, d) && !org_like(keep[i]))
			break;
	if (i < nkeep) {
		if (!outvoted(d, site, r, v, n, a))
			more_names(r, v, n);
		return;
	}
	for (i = 0; i < n; i++)
		if (site_like(v[i], r, site, d) || org_like(v[i]))
			return;
	if (n > 0) {
		r->authors = v;
		r->n_authors = n;
	}
}

/*
 * True when name is one of the organizations the JSON-LD names as
 * author, or comes from an author meta naming an organization or the
 * site ("Deutsche Welle (www.dw.com)").
 */
static bool
org_name(struct dom *d, const struct ld_info *ld, const struct record *r,
    const char *site, const char *name, struct arena *a)
{
	const char	**v = NULL, *s;
	size_t		  i, k, n = 0;

	for (i = 0; i < ld->n_org_authors; i++)
		if (strcasecmp(ld->org_authors[i], name) == 0)
			return true;
	for (i = 0; author_metas[i] != NULL; i++)
		if ((s = meta_value(d, author_metas[i])) != NULL &&
		    (org_like(s) || site_like(s, r, site, d)))
			byline_split(s, &v, &n, a);
	for (k = 0; k < n; k++)
		if (strcasecmp(v[k], name) == 0)
			return true;
	return false;
}

void
meta_late_authors(struct dom *d, const struct ld_info *ld, struct record *r,
    struct arena *a)
{
	const char	**v = NULL, *site, *s;
	size_t		  i, n = 0;

	site = meta_collapse(meta_value(d, "og:site_name"), a);
	for (i = 0; i < r->n_authors; i++)
		if (!site_like(r->authors[i], r, site, d) &&
		    !org_like(r->authors[i]) &&
		    !org_name(d, ld, r, site, r->authors[i], a))
			return;
	byline_story(d, &v, &n, a);
	if (n == 0 && r->n_authors == 0)
		byline_post_author(d, &v, &n, a);
	/* Last, the site itself when the metadata names it as author. */
	for (i = 0; author_metas[i] != NULL && n == 0 && r->n_authors == 0;
	    i++)
		if ((s = meta_value(d, author_metas[i])) != NULL &&
		    strncmp(s, "http", 4) != 0)
			byline_split(s, &v, &n, a);
	if (n > 0) {
		r->authors = v;
		r->n_authors = n;
	}
}

void
meta_authors(struct dom *d, const struct ld_info *ld, const char *site,
    struct record *r, struct arena *a)
{
	const char	*s;
	size_t		 i;

	for (i = 0; i < ld->n_authors; i++)
		byline_split(ld->authors[i], &r->authors, &r->n_authors, a);
	for (i = 0; author_metas[i] != NULL && r->n_authors == 0; i++)
		if ((s = meta_value(d, author_metas[i])) != NULL &&
		    strncmp(s, "http", 4) != 0 && !site_like(s, r, site, d))
			byline_split(s, &r->authors, &r->n_authors, a);
	if (r->n_authors == 0)
		byline_find(d, r->title, &r->authors, &r->n_authors, a);
	else
		prefer_person(d, site, r, a);
	/* An organization is the author only when no person is named. */
	for (i = 0; i < ld->n_org_authors && r->n_authors == 0; i++)
		byline_split(ld->org_authors[i], &r->authors, &r->n_authors, a);
}
