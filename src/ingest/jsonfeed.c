/* SPDX-License-Identifier: MIT */
/*
 * JSON Feed 1.0 and 1.1 (jsonfeed.org): each item becomes a record. The
 * feed title is the outlet, content_html goes through html_fragment_text
 * (content_text is taken as is), summary is kept when it differs, authors
 * come from 1.1's "authors" or 1.0's "author", relative URLs are resolved
 * against home_page_url by the simple rule of its scheme and host.
 */
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/json_tree.h"
#include "core/utf8.h"
#include "core/record.h"
#include "ingest/date.h"
#include "ingest/feed.h"
#include "ingest/html.h"
#include "ingest/ingest.h"

#define MAX_LIST	64

struct jf {
	struct ingest		*ig;
	const struct doc	*d;
	struct arena		*a;
	const char		*outlet;
	const char		*home;
	const char		*lang;
};

static const char *str(const struct json_node *, const char *,
		    struct arena *);
static const char *valid(const char *, struct arena *);
static void	item(struct jf *, const struct json_node *);

bool
jsonfeed_sniff(const unsigned char *p, size_t len)
{
	static const char mark[] = "jsonfeed.org/version/";
	size_t i = 0;

	if (len >= 3 && !memcmp(p, "\xef\xbb\xbf", 3))
		i = 3;
	while (i < len && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' ||
	    p[i] == '\n'))
		i++;
	if (i >= len || p[i] != '{')
		return false;
	if (len > 65536)
		len = 65536;
	for (; i + sizeof(mark) - 1 <= len; i++)
		if (p[i] == 'j' && !memcmp(p + i, mark, sizeof(mark) - 1))
			return true;
	return false;
}

/* A string member (NULL when absent, not a string, or empty). */
static const char *
str(const struct json_node *o, const char *name, struct arena *a)
{
	const char *s = json_tree_string(json_tree_get(o, name));

	if (s == NULL || s[strspn(s, " \t\r\n")] == '\0')
		return NULL;
	return valid(s, a);
}

/* A copy of s with invalid UTF-8 sequences replaced by U+FFFD. */
static const char *
valid(const char *s, struct arena *a)
{
	struct buf b;
	const char *r;
	size_t n = strlen(s), k;

	if (utf8_valid(s, n))
		return arena_strndup(a, s, n);
	buf_init(&b);
	while (n > 0) {
		if ((k = utf8_valid_prefix((const unsigned char *)s, n)) > 0)
			buf_add(&b, s, k);
		else {
			buf_adds(&b, "\xef\xbf\xbd");
			k = 1;
		}
		s += k;
		n -= k;
	}
	r = arena_strndup(a, b.data, b.len);
	buf_release(&b);
	return r;
}

/* "/x" and "x" against home_page_url; absolute URLs as they are. */
static const char *
absolute(struct jf *f, const char *u)
{
	const char *host;

	if (u == NULL || strstr(u, "://") != NULL || f->home == NULL ||
	    (host = strstr(f->home, "://")) == NULL)
		return u;
	host += 3;
	if (u[0] == '/' && u[1] == '/')
		return arena_printf(f->a, "%.*s%s", (int)(host - 2 - f->home),
		    f->home, u);
	if (u[0] == '/')
		return arena_printf(f->a, "%.*s%s", (int)(host - f->home +
		    strcspn(host, "/")), f->home, u);
	return arena_printf(f->a, "%s%s%s", f->home,
	    f->home[strlen(f->home) - 1] == '/' ? "" : "/", u);
}

static void
names(const struct json_node *v, const char **list, size_t *n,
    struct arena *a)
{
	const struct json_node *e;
	const char *s;

	if (json_tree_is_object(v)) {
		if ((s = str(v, "name", a)) != NULL && *n < MAX_LIST)
			list[(*n)++] = s;
		return;
	}
	for (e = json_tree_child(v); e != NULL; e = json_tree_next(e))
		names(e, list, n, a);
}

static void
item(struct jf *f, const struct json_node *it)
{
	const char *authors[MAX_LIST], *tags[MAX_LIST], *html, *s;
	const struct json_node *e;
	size_t na = 0, nt = 0;
	struct record r;
	struct doc d;

	record_init(&r);
	r.title = str(it, "title", f->a);
	r.url = absolute(f, str(it, "url", f->a));
	if (r.url == NULL)
		r.url = absolute(f, str(it, "external_url", f->a));
	if ((html = str(it, "content_html", f->a)) != NULL)
		r.text = html_fragment_text(html, strlen(html), f->a);
	if (r.text == NULL)
		r.text = str(it, "content_text", f->a);
	s = str(it, "summary", f->a);
	if (r.text == NULL)
		r.text = s;
	else if (s != NULL && strcmp(s, r.text) != 0)
		r.summary = s;
	if ((s = str(it, "date_published", f->a)) != NULL)
		r.published = date_parse(s, f->a);
	if (r.published == NULL && (s = str(it, "date_modified", f->a)))
		r.published = date_parse(s, f->a);
	r.published_from = r.published ? "feed" : NULL;
	names(json_tree_get(it, "authors"), authors, &na, f->a);
	if (na == 0)
		names(json_tree_get(it, "author"), authors, &na, f->a);
	for (e = json_tree_child(json_tree_get(it, "tags")); e != NULL;
	    e = json_tree_next(e))
		if ((s = json_tree_string(e)) != NULL && *s && nt < MAX_LIST)
			tags[nt++] = valid(s, f->a);
	if (na > 0) {
		r.authors = arena_alloc(f->a, na * sizeof(char *));
		memcpy(r.authors, authors, na * sizeof(char *));
		r.n_authors = na;
	}
	if (nt > 0) {
		r.tags = arena_alloc(f->a, nt * sizeof(char *));
		memcpy(r.tags, tags, nt * sizeof(char *));
		r.n_tags = nt;
	}
	r.outlet = f->outlet;
	r.lang = str(it, "language", f->a);
	if (r.lang == NULL)
		r.lang = f->lang;
	if (r.lang != NULL)
		r.lang = arena_printf(f->a, "%.*s", (int)strcspn(r.lang, "-_"),
		    r.lang);
	r.source_format = "jsonfeed";
	d = *f->d;
	d.url = NULL;	/* the feed's address is not the item's */
	ingest_part(f->ig);
	(void)ingest_emit(f->ig, &d, &r);
}

int
jsonfeed_ingest(struct ingest *ig, const struct doc *d)
{
	struct jf f = { ig, d, d->arena, NULL, NULL, NULL };
	const struct json_node *it;
	struct json_node *root;
	int n = 0;

	ingest_container(ig);	/* each item is an input */
	root = json_tree_parse((const char *)d->data, d->len);
	if (!json_tree_is_object(root)) {
		json_tree_free(root);
		return ingest_fail(ig, d->path, d->offset, "bad JSON",
		    "not a valid JSON Feed: JSON syntax error");
	}
	f.outlet = str(root, "title", f.a);
	f.home = str(root, "home_page_url", f.a);
	f.lang = str(root, "language", f.a);
	for (it = json_tree_child(json_tree_get(root, "items")); it != NULL;
	    it = json_tree_next(it))
		if (json_tree_is_object(it)) {
			item(&f, it);
			n++;
		}
	json_tree_free(root);
	if (n == 0) {
		ingest_skip(ig, d->path, d->offset, "no items",
		    "feed has no items");
		return -1;
	}
	return n;
}
