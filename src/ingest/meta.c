/* SPDX-License-Identifier: MIT */
/*
 * Page metadata, each field from the best evidence present, in this order:
 *   title      see meta_title.c;
 *   authors    see meta_authors.c;
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

static void	 add_tags(const char *, struct record *, struct arena *);
static const char *norm_lang(const char *, struct arena *);

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
	meta_authors(d, ld, site, r, a);
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
