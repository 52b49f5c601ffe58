/* SPDX-License-Identifier: MIT */
/*
 * Page metadata, each field from the best evidence present, in this order:
 *   title      see meta_title.c;
 *   authors    JSON-LD author, meta author / article:author and kin, a
 *              visible byline (byline_find.c); a visible byline naming a
 *              person wins over the site's or a company's name, one
 *              naming the same persons and more completes the list, one
 *              the author meta agrees with wins over JSON-LD persons;
 *              after extraction, when no person is named, the story's
 *              own lines (byline_story.c), else the site's name;
 *   published  see meta_date.c;
 *   url        <link rel=canonical>, og:url, the page's own address;
 *   outlet     JSON-LD publisher, og:site_name, a JSON-LD WebSite name
 *              (a credit line may override it later, credit.c);
 *   lang       <html lang>, content-language, og:locale, JSON-LD;
 *   tags       article:tag, keywords, news_keywords, JSON-LD keywords;
 *   summary    description / og:description / JSON-LD description.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "core/record.h"
#include "ingest/date.h"
#include "ingest/dom.h"
#include "ingest/extract.h"
#include "ingest/html.h"
#include "ingest/meta.h"

static const char *const author_metas[] = {
	"author", "article:author", "og:article:author", "byl", "dc.creator",
	"dcterms.creator", "sailthru.author", "parsely-author", "creator",
	"citation_author", NULL
};

static void	 add_tags(const char *, struct record *, struct arena *);
static const char *norm_lang(const char *, struct arena *);
static bool	 site_like(const char *, const struct record *, const char *,
		    const struct dom *);
static bool	 segment_of(const char *, const char *, bool);
static void	 fill_authors(struct dom *, const struct ld_info *,
		    const char *, struct record *, struct arena *);

/* The first non-empty content of a meta (or link rel) named name. */
const char *
meta_value(const struct dom *d, const char *name)
{
	size_t		 i;
	const char	*c;

	for (i = 0; i < d->n_meta; i++) {
		if (strcmp(d->meta[i].name, name) != 0)
			continue;
		c = d->meta[i].content;
		c += strspn(c, " \t\r\n");
		if (*c)
			return c;
	}
	return NULL;
}

/*
 * Trims and collapses whitespace, and decodes entities left in values
 * that were escaped twice ("&amp;raquo;"); NULL when nothing is left.
 */
const char *
meta_collapse(const char *s, struct arena *a)
{
	char		*o, *w;
	const char	*p;

	if (s == NULL)
		return NULL;
	if (strchr(s, '&') != NULL)
		s = meta_unescape(s, a);
	o = w = arena_strdup(a, s);
	for (p = s; *p; p++) {
		bool sp = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
		    ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0);

		if (sp) {
			if ((unsigned char)*p == 0xC2)
				p++;
			if (w > o && w[-1] != ' ')
				*w++ = ' ';
		} else
			*w++ = *p;
	}
	while (w > o && w[-1] == ' ')
		w--;
	*w = '\0';
	return *o ? o : NULL;
}

size_t
meta_squash(const char *s, size_t n, char *buf, size_t size)
{
	size_t	i, k = 0;

	for (i = 0; i < n && s[i] && k + 1 < size; i++)
		if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9'))
			buf[k++] = s[i];
		else if (s[i] >= 'A' && s[i] <= 'Z')
			buf[k++] = (char)(s[i] | 0x20);
	buf[k] = '\0';
	return k;
}

size_t
meta_host_label(const char *url, char *buf, size_t size)
{
	static const char *const sld[] = { "co", "com", "org", "net", "ac",
	    "gov", "or", "ne", NULL };
	const char	*h, *e, *d, *b;
	size_t		 i;

	if (url == NULL || (h = strstr(url, "://")) == NULL)
		return 0;
	h += 3;
	e = h + strcspn(h, "/:?#");
	for (d = e; d > h && d[-1] != '.'; d--)
		;
	if (d <= h)
		return 0;
	e = d - 1;	/* the dot before the top-level domain */
	for (b = e; b > h && b[-1] != '.'; b--)
		;
	for (i = 0; sld[i] != NULL && b > h; i++)
		if ((size_t)(e - b) == strlen(sld[i]) &&
		    strncmp(b, sld[i], (size_t)(e - b)) == 0) {
			e = b - 1;
			for (b = e; b > h && b[-1] != '.'; b--)
				;
			break;
		}
	return meta_squash(b, (size_t)(e - b), buf, size);
}

/*
 * True when s is the first or the last of the parts a name like "Story |
 * Site" or "Site - Story" joins (the whole of hay counts when whole is
 * set); parts in between may name the author ("Story | Eleanor Ainge Roy
 * | Environment | The Guardian").
 */
static bool
segment_of(const char *hay, const char *s, bool whole)
{
	static const char *const seps[] = { " | ", " - ", " – ", " — ",
	    " · ", " :: ", " » ", NULL };
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

/*
 * True when an author value names the site itself: the site or outlet
 * name, a part of the outlet's or the page title's "Story | Site", or
 * the host's name in other spelling ("Die FURCHE" on furche.at,
 * "L'Opinion" on lopinion.fr, "example.de").
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
	    segment_of(d->title, s, false))
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
 * True when s reads as a person's name: two to four words, each
 * capitalized but not in capitals ("ACLU"), none a job title.
 */
static bool
person_like(const char *s)
{
	static const char *const roles[] = { "Editor", "Correspondent",
	    "Reporter", "Writer", "Staff", "Senior", "Chief", "Director",
	    "Technologist", "Contributor", "Producer", "Team", NULL };
	const char	*w, *e;
	size_t		 i, words = 0, caps;

	for (w = s; *w; w = e + strspn(e, " ")) {
		e = w + strcspn(w, " ");
		if (!((*w >= 'A' && *w <= 'Z') || (unsigned char)*w >= 0x80))
			return false;
		for (caps = 0; w + caps < e && w[caps] >= 'A' &&
		    w[caps] <= 'Z'; caps++)
			;
		if (caps >= 2)
			return false;
		for (i = 0; roles[i] != NULL; i++)
			if ((size_t)(e - w) == strlen(roles[i]) &&
			    strncmp(w, roles[i], (size_t)(e - w)) == 0)
				return false;
		words++;
	}
	return words >= 2 && words <= 4;
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
		if (!person_like(v[k]))
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

static void
add_tags(const char *s, struct record *r, struct arena *a)
{
	const char	*p, *e, **v;
	char		*t;
	size_t		 i;

	for (p = s; p != NULL && *p && r->n_tags < 30; p = *e ? e + 1 : e) {
		e = p + strcspn(p, ",;");
		t = (char *)meta_collapse(arena_strndup(a, p, (size_t)(e - p)), a);
		if (t == NULL || strlen(t) > 80)
			continue;
		for (i = 0; i < r->n_tags; i++)
			if (strcasecmp(r->tags[i], t) == 0)
				break;
		if (i < r->n_tags)
			continue;
		v = arena_alloc(a, (r->n_tags + 1) * sizeof(*v));
		if (r->n_tags > 0)
			memcpy(v, r->tags, r->n_tags * sizeof(*v));
		v[r->n_tags++] = t;
		r->tags = v;
	}
}

/* "en-US" -> "en"; NULL unless 2 or 3 letters. */
static const char *
norm_lang(const char *s, struct arena *a)
{
	char	l[4];
	size_t	n = 0;

	if (s == NULL)
		return NULL;
	s += strspn(s, " ");
	while (n < 4 && ((s[n] | 0x20) >= 'a' && (s[n] | 0x20) <= 'z')) {
		if (n < 3)
			l[n] = (char)(s[n] | 0x20);
		n++;
	}
	if (n < 2 || n > 3 || (s[n] && s[n] != '-' && s[n] != '_' &&
	    s[n] != ' ' && s[n] != ','))
		return NULL;
	return arena_strndup(a, l, n);
}

static void
fill_authors(struct dom *d, const struct ld_info *ld, const char *site,
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

void
meta_fill(struct dom *d, const struct ld_info *ld, const struct html_hint *h,
    struct record *r, struct arena *a)
{
	const char	*site, *base;
	size_t		 i;

	site = meta_collapse(meta_value(d, "og:site_name"), a);
	r->outlet = meta_collapse(ld->publisher, a);
	if (r->outlet == NULL)
		r->outlet = site;
	if (r->outlet == NULL)
		r->outlet = meta_collapse(ld->site_name, a);
	base = meta_abs_url(d->base, h->url, a);
	if (base == NULL)
		base = h->url;
	if ((r->url = meta_abs_url(meta_value(d, "canonical"), base, a)) == NULL &&
	    (r->url = meta_abs_url(meta_value(d, "og:url"), base, a)) == NULL)
		r->url = meta_abs_url(h->url, NULL, a);
	r->title = meta_title(d, ld, site != NULL ? site : r->outlet, r->url,
	    a);
	fill_authors(d, ld, site, r, a);
	meta_date(d, ld, h, r, a);
	if ((r->lang = norm_lang(d->lang, a)) == NULL &&
	    (r->lang = norm_lang(meta_value(d, "content-language"), a)) == NULL &&
	    (r->lang = norm_lang(meta_value(d, "og:locale"), a)) == NULL)
		r->lang = norm_lang(ld->lang, a);
	for (i = 0; i < d->n_meta; i++)
		if (strcmp(d->meta[i].name, "article:tag") == 0)
			add_tags(d->meta[i].content, r, a);
	add_tags(meta_value(d, "keywords"), r, a);
	add_tags(meta_value(d, "news_keywords"), r, a);
	for (i = 0; i < ld->n_tags; i++)
		add_tags(ld->tags[i], r, a);
	if ((r->summary = meta_collapse(meta_value(d, "description"), a)) == NULL &&
	    (r->summary = meta_collapse(meta_value(d, "og:description"), a)) == NULL)
		r->summary = meta_collapse(ld->description, a);
}

const char *
meta_abs_url(const char *ref, const char *base, struct arena *a)
{
	const char	*p, *host_end;
	size_t		 n;

	if (ref == NULL)
		return NULL;
	ref += strspn(ref, " \t\r\n");
	n = strcspn(ref, " \t\r\n");
	if (n == 0)
		return NULL;
	if (strncasecmp(ref, "http://", 7) == 0 ||
	    strncasecmp(ref, "https://", 8) == 0)
		return ref[n] ? arena_strndup(a, ref, n) : ref;
	if (base == NULL || (strncasecmp(base, "http://", 7) != 0 &&
	    strncasecmp(base, "https://", 8) != 0) || ref[0] == '#' ||
	    strcspn(ref, ":") < strcspn(ref, "/?#"))
		return NULL;
	p = strstr(base, "://") + 3;
	host_end = p + strcspn(p, "/?#");
	if (ref[0] == '/' && ref[1] == '/')
		return arena_printf(a, "%.*s%.*s", (int)(p - base - 2), base,
		    (int)n, ref);
	if (ref[0] == '/')
		return arena_printf(a, "%.*s%.*s", (int)(host_end - base), base,
		    (int)n, ref);
	p = host_end + strcspn(host_end, "?#");
	while (p > host_end && p[-1] != '/')
		p--;
	if (p == host_end)
		return arena_printf(a, "%.*s/%.*s", (int)(host_end - base),
		    base, (int)n, ref);
	return arena_printf(a, "%.*s%.*s", (int)(p - base), base, (int)n, ref);
}
