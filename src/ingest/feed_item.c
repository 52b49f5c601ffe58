/* SPDX-License-Identifier: MIT */
/*
 * One feed item or entry to one record. Elements are matched by namespace
 * family and local name (feed_ns), so RSS, RDF and Atom share the code:
 * titles, links (Atom rel=alternate first, then RSS link, then a
 * permalink guid), content and descriptions, dates (published before
 * updated), authors, categories, language and the <source> outlet.
 */
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>
#include <libxml/uri.h>

#include "core/arena.h"
#include "core/record.h"
#include "ingest/ingest.h"
#include "feed_int.h"
#include "feed_xml.h"

#define MAX_LIST	64

struct item {
	const char	*title, *dc_title, *media_title;
	const char	*link, *guid_link, *id;
	const xmlNode	*link_node;
	int		 link_rank;
	const char	*content, *summary, *media_desc;
	const char	*published[4], *updated[4];
	int		 n_published, n_updated;
	const char	*authors[MAX_LIST];
	size_t		 n_authors;
	const char	*tags[MAX_LIST];
	size_t		 n_tags;
	const char	*outlet;
	const char	*lang;
	struct feed_memo memo;		/* body HTML last converted */
};

static void	element(struct feed *, struct item *, const xmlNode *);
static void	link(struct feed *, struct item *, const xmlNode *);
static void	author(struct feed *, struct item *, const xmlNode *, bool);
static void	add(const char **, size_t *, const char *);
static const char *resolve(struct feed *, const char *, const xmlNode *);
static const char *date_of(const char **, int, struct arena *);
static void	emit(struct feed *, struct item *, const xmlNode *);

static void
add(const char **list, size_t *n, const char *s)
{
	size_t i;

	if (s == NULL || *n >= MAX_LIST)
		return;
	for (i = 0; i < *n; i++)
		if (!strcmp(list[i], s))
			return;
	list[(*n)++] = s;
}

/* Atom links by rel and type; an RSS link's text outranks them all. */
static void
link(struct feed *f, struct item *it, const xmlNode *n)
{
	const char *href = feed_attr(n, "href", f->a), *rel, *type;
	int rank;

	rel = feed_attr(n, "rel", f->a);
	if (rel != NULL && strcmp(rel, "alternate") != 0)
		return;
	if (href == NULL) {
		href = feed_plain(n, f->a);
		rank = 4;
	} else {
		type = feed_attr(n, "type", f->a);
		rank = type == NULL || !strcasecmp(type, "text/html") ||
		    !strcasecmp(type, "application/xhtml+xml") ? 3 : 2;
		href = feed_squash((char *)href);
	}
	if (href != NULL && rank > it->link_rank) {
		it->link = href;
		it->link_node = n;
		it->link_rank = rank;
	}
}

/* "me@x.org (Name)", "Name <me@x.org>", Atom <author><name>. */
static void
author(struct feed *f, struct item *it, const xmlNode *n, bool plain)
{
	const xmlNode *c;
	char *s = NULL, *p, *q;

	if (!plain)
		for (c = n->children; c != NULL; c = c->next)
			if (feed_is(c, "", "name"))
				s = (char *)feed_plain(c, f->a);
	if (s == NULL) {
		for (c = n->children; c != NULL; c = c->next)
			if (c->type == XML_ELEMENT_NODE && !plain)
				return;
		s = (char *)feed_plain(n, f->a);
	}
	if (s == NULL)
		return;
	if ((p = strchr(s, '(')) != NULL && (q = strrchr(p, ')')) != NULL) {
		*q = '\0';
		if (strchr(s, '@') != NULL && strchr(s, '@') < p)
			s = p + 1;
		else
			*p = '\0';
	} else if ((p = strchr(s, '<')) != NULL && strchr(p, '@') != NULL &&
	    p > s)
		*p = '\0';
	add(it->authors, &it->n_authors, feed_squash(s));
}

/* media:group and media:content carry media:title and the like. */
static void
media(struct feed *f, struct item *it, const xmlNode *n)
{
	const xmlNode *c;

	for (c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			element(f, it, c);
}

/* Elements of the core vocabularies: RSS 0.9x/1.0/2.0 and Atom. */
static void
core(struct feed *f, struct item *it, const xmlNode *c, const char *l)
{
	const char *s;
	const xmlNode *t;

	if (!strcmp(l, "title") && it->title == NULL)
		it->title = feed_squash((char *)feed_text(c, f->atom ?
		    FEED_TEXT : FEED_GUESS, f->atom, f->a, NULL));
	else if (!strcmp(l, "link"))
		link(f, it, c);
	else if (!strcmp(l, "guid")) {
		s = feed_plain(c, f->a);
		it->id = it->id ? it->id : s;
		l = feed_attr(c, "isPermaLink", f->a);
		if (it->guid_link == NULL && (l == NULL ||
		    strcasecmp(l, "false") != 0))
			it->guid_link = s;
	} else if (!strcmp(l, "id") && it->id == NULL)
		it->id = feed_plain(c, f->a);
	else if (!strcmp(l, "description") || !strcmp(l, "summary")) {
		/* A second description is the content (feedparser). */
		s = feed_text(c, f->atom ? FEED_TEXT : FEED_HTML, f->atom,
		    f->a, &it->memo);
		if (it->summary == NULL)
			it->summary = s;
		else if (it->content == NULL && !f->atom)
			it->content = s;
	} else if (!strcmp(l, "body") && it->content == NULL)
		it->content = feed_text(c, FEED_XHTML, false, f->a,
		    &it->memo);
	else if (!strcmp(l, "content") && it->content == NULL) {
		if (feed_attr(c, "src", f->a) == NULL)
			it->content = feed_text(c, FEED_TEXT, true, f->a,
			    &it->memo);
	} else if (!strcmp(l, "fullitem") && it->content == NULL)
		it->content = feed_text(c, FEED_HTML, false, f->a,
		    &it->memo);
	else if ((!strcmp(l, "pubDate") || !strcmp(l, "published") ||
	    !strcmp(l, "issued")) && it->n_published < 4)
		it->published[it->n_published++] = feed_plain(c, f->a);
	else if ((!strcmp(l, "updated") || !strcmp(l, "modified")) &&
	    it->n_updated < 4)
		it->updated[it->n_updated++] = feed_plain(c, f->a);
	else if (!strcmp(l, "author"))
		author(f, it, c, false);
	else if (!strcmp(l, "category")) {
		s = feed_attr(c, "term", f->a);
		add(it->tags, &it->n_tags, s ? feed_squash((char *)s) :
		    feed_plain(c, f->a));
	} else if (!strcmp(l, "language") && it->lang == NULL)
		it->lang = feed_lang(feed_plain(c, f->a), f->a);
	else if (!strcmp(l, "source") && it->outlet == NULL) {
		for (t = c->children; t != NULL; t = t->next)
			if (feed_is(t, "", "title"))
				break;
		it->outlet = t ? feed_squash((char *)feed_text(t, FEED_TEXT,
		    f->atom, f->a, NULL)) : feed_plain(c, f->a);
	}
}

/* Dublin Core, DC terms, content:encoded, XHTML body, Media RSS. */
static void
extension(struct feed *f, struct item *it, const xmlNode *c, const char *ns,
    const char *l)
{
	if (!strcmp(ns, "dc")) {
		if (!strcmp(l, "title") && it->dc_title == NULL)
			it->dc_title = feed_squash((char *)feed_text(c,
			    FEED_GUESS, false, f->a, NULL));
		else if (!strcmp(l, "creator") || !strcmp(l, "author") ||
		    !strcmp(l, "contributor"))
			author(f, it, c, true);
		else if (!strcmp(l, "subject"))
			add(it->tags, &it->n_tags, feed_plain(c, f->a));
		else if (!strcmp(l, "date") && it->n_updated < 4)
			it->updated[it->n_updated++] = feed_plain(c, f->a);
		else if (!strcmp(l, "description") && it->summary == NULL)
			it->summary = feed_text(c, FEED_HTML, false, f->a,
			    &it->memo);
		else if (!strcmp(l, "language") && it->lang == NULL)
			it->lang = feed_lang(feed_plain(c, f->a), f->a);
	} else if (!strcmp(ns, "dcterms")) {
		if (!strcmp(l, "issued") && it->n_published < 4)
			it->published[it->n_published++] = feed_plain(c, f->a);
		else if (!strcmp(l, "modified") && it->n_updated < 4)
			it->updated[it->n_updated++] = feed_plain(c, f->a);
	} else if (!strcmp(ns, "content")) {
		if (!strcmp(l, "encoded") && it->content == NULL)
			it->content = feed_text(c, FEED_HTML, false, f->a,
			    &it->memo);
	} else if (!strcmp(ns, "xhtml")) {
		if (!strcmp(l, "body") && it->content == NULL)
			it->content = feed_text(c, FEED_XHTML, false, f->a,
			    &it->memo);
	} else if (!strcmp(ns, "media")) {
		if (!strcmp(l, "title") && it->media_title == NULL)
			it->media_title = feed_squash((char *)feed_text(c,
			    FEED_TEXT, false, f->a, NULL));
		else if (!strcmp(l, "description") && it->media_desc == NULL)
			it->media_desc = feed_text(c, FEED_TEXT, false, f->a,
			    &it->memo);
		else if (!strcmp(l, "category"))
			add(it->tags, &it->n_tags, feed_plain(c, f->a));
		else if (!strcmp(l, "group") || !strcmp(l, "content"))
			media(f, it, c);
	}
}

static void
element(struct feed *f, struct item *it, const xmlNode *c)
{
	const char *ns, *l;

	ns = feed_ns(c, &l);
	if (*ns == '\0')
		core(f, it, c, l);
	else
		extension(f, it, c, ns, l);
}

/* A link made absolute against xml:base, the document or channel URL. */
static const char *
resolve(struct feed *f, const char *href, const xmlNode *n)
{
	xmlChar *base = NULL, *u, *b2;
	const char *s, *r = href;

	if (href == NULL || strstr(href, "://") != NULL ||
	    !strncmp(href, "mailto:", 7))
		return href;
	if (n != NULL)
		base = xmlNodeGetBase(f->doc, n);
	if (f->link != NULL && (base == NULL ||
	    strstr((const char *)base, "://") == NULL)) {
		b2 = base ? xmlBuildURI(base, (const xmlChar *)f->link) :
		    NULL;
		xmlFree(base);
		base = b2 ? b2 : xmlStrdup((const xmlChar *)f->link);
	}
	if (base != NULL && (u = xmlBuildURI((const xmlChar *)href,
	    base)) != NULL) {
		s = (const char *)u;
		if (strstr(s, "://") != NULL)
			r = arena_strdup(f->a, s);
		xmlFree(u);
	}
	xmlFree(base);
	return r;
}

static const char *
date_of(const char **v, int n, struct arena *a)
{
	const char *d;
	int i;

	for (i = 0; i < n; i++)
		if (v[i] != NULL && (d = feed_date(v[i], a)) != NULL)
			return d;
	return NULL;
}

void
feed_item(struct feed *f, const xmlNode *n)
{
	struct item it;
	const xmlNode *c;
	xmlChar *lang;

	memset(&it, 0, sizeof(it));
	for (c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			element(f, &it, c);
	if (it.lang == NULL && (lang = xmlNodeGetLang(n)) != NULL) {
		it.lang = feed_lang((const char *)lang, f->a);
		xmlFree(lang);
	}
	emit(f, &it, n);
}

static void
emit(struct feed *f, struct item *it, const xmlNode *n)
{
	struct record r, tmp;
	struct doc d;

	record_init(&r);
	r.title = it->title ? it->title : it->dc_title ? it->dc_title :
	    it->media_title;
	r.url = it->link ? resolve(f, it->link, it->link_node) :
	    resolve(f, it->guid_link, n);
	if (r.url != NULL && strstr(r.url, "://") == NULL &&
	    strncmp(r.url, "mailto:", 7) != 0 && it->link == NULL)
		r.url = NULL;
	r.text = it->content ? it->content : it->summary ? it->summary :
	    it->media_desc;
	if (it->content != NULL && it->summary != NULL &&
	    strcmp(it->content, it->summary) != 0)
		r.summary = it->summary;
	r.published = date_of(it->published, it->n_published, f->a);
	if (r.published == NULL)
		r.published = date_of(it->updated, it->n_updated, f->a);
	if (r.published != NULL)
		r.published_from = "feed";
	r.outlet = it->outlet ? it->outlet : f->outlet;
	r.lang = it->lang ? it->lang : f->lang;
	if (it->n_authors > 0) {
		r.authors = arena_alloc(f->a, it->n_authors * sizeof(char *));
		memcpy(r.authors, it->authors, it->n_authors * sizeof(char *));
		r.n_authors = it->n_authors;
	}
	if (it->n_tags > 0) {
		r.tags = arena_alloc(f->a, it->n_tags * sizeof(char *));
		memcpy(r.tags, it->tags, it->n_tags * sizeof(char *));
		r.n_tags = it->n_tags;
	}
	r.source_format = f->format;
	if (r.url == NULL && it->id != NULL) {
		record_init(&tmp);
		tmp.url = it->id;
		record_set_id(&tmp, f->a);
		r.id = tmp.id;
	}
	/* The feed's own address is not the item's (ingest_emit takes it). */
	d = *f->d;
	d.url = NULL;
	ingest_part(f->ig);
	f->emitted += ingest_emit(f->ig, &d, &r) >= 0;
}
