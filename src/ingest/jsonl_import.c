/* SPDX-License-Identifier: MIT */
/*
 * JSON Lines corpora into records. A record field is looked up under the
 * name --map gives, then under its own name, then under the aliases
 * other tools use (table below), so one map serves mixed exports.
 * Scalars must be strings (numbers are accepted and written out); authors and tags take an array of strings
 * or one string ("A; B", "x, y"). Our own "source" object is replaced:
 * the record now comes from this file, at this line's byte offset.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/diag.h"
#include "core/json_tree.h"
#include "core/record.h"
#include "core/utf8.h"
#include "core/xmalloc.h"
#include "ingest/date.h"
#include "ingest/ingest.h"
#include "ingest/jsonl_import.h"

#define MAX_LIST	64

enum field {
	F_URL, F_OUTLET, F_VIA, F_GROUP, F_TITLE, F_AUTHORS, F_PUBLISHED,
	F_FETCHED, F_LANG, F_TEXT, F_SUMMARY, F_TAGS, F_N
};

static const char *field_names[F_N] = {
	"url", "outlet", "via", "group", "title", "authors", "published",
	"fetched", "lang", "text", "summary", "tags",
};

/* Where other tools put the same thing, tried in order. */
static const char *aliases[F_N][6] = {
	[F_URL] = { "link", "canonical_url", "source_url", NULL },
	[F_OUTLET] = { "source_name", "sitename", "publisher", NULL },
	[F_TITLE] = { "headline", "name", NULL },
	[F_AUTHORS] = { "author", "byline", "creator", NULL },
	[F_PUBLISHED] = { "date_publish", "datePublished", "date",
	    "published_at", "pubdate", NULL },
	[F_FETCHED] = { "date_download", "crawled_at", NULL },
	[F_LANG] = { "language", "inLanguage", NULL },
	[F_TEXT] = { "maintext", "articleBody", "content", "body",
	    "raw_text", NULL },
	[F_SUMMARY] = { "description", "excerpt", NULL },
	[F_TAGS] = { "keywords", "categories", NULL },
};

struct jsonl_map {
	char		*from[F_N];	/* NULL: default lookup */
};

struct line {
	struct ingest		*ig;
	const struct doc	*d;
	struct arena		*a;
	long long		 off;
	long			 no;
	const char		*bad;	/* first field of the wrong type */
};

static const struct json_node *lookup(const struct json_node *,
		    const char *);
static const struct json_node *find(const struct json_node *, enum field,
		    const struct jsonl_map *);
static const char *scalar(struct line *, const struct json_node *,
		    enum field);
static size_t	list(struct line *, const struct json_node *, enum field,
		    const char ***);
static int	one(struct line *, const char *, size_t,
		    const struct jsonl_map *);
static bool	blank(const char *, size_t);

struct jsonl_map *
jsonl_map_new(struct jsonl_map *prev, const char *spec, const char **err)
{
	struct jsonl_map *m = prev ? prev : xcalloc(1, sizeof(*m));
	const char *p = spec, *eq, *end;
	int f;

	while (*p != '\0') {
		end = p + strcspn(p, ",");
		eq = memchr(p, '=', (size_t)(end - p));
		if (eq == NULL || eq == p || eq + 1 == end) {
			*err = "expected field=name[,field=name...]";
			goto bad;
		}
		for (f = 0; f < F_N; f++)
			if (strlen(field_names[f]) == (size_t)(eq - p) &&
			    !strncmp(field_names[f], p, (size_t)(eq - p)))
				break;
		if (f == F_N) {
			*err = "unknown record field (url, outlet, via, group, "
			    "title, authors, published, fetched, lang, text, "
			    "summary, tags)";
			goto bad;
		}
		free(m->from[f]);
		m->from[f] = xstrndup(eq + 1, (size_t)(end - eq - 1));
		p = *end ? end + 1 : end;
	}
	return m;
bad:
	jsonl_map_free(m);
	return NULL;
}

void
jsonl_map_free(struct jsonl_map *m)
{
	int f;

	if (m == NULL)
		return;
	for (f = 0; f < F_N; f++)
		free(m->from[f]);
	free(m);
}

bool
jsonl_sniff(const unsigned char *p, size_t len)
{
	size_t i = len >= 3 && !memcmp(p, "\xef\xbb\xbf", 3) ? 3 : 0;

	while (i < len && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' ||
	    p[i] == '\n'))
		i++;
	return i < len && p[i] == '{';
}

/* A member by dotted path ("author.name"). */
static const struct json_node *
lookup(const struct json_node *o, const char *path)
{
	char key[128];
	size_t n;

	while (o != NULL && *path != '\0') {
		n = strcspn(path, ".");
		if (n >= sizeof(key))
			return NULL;
		memcpy(key, path, n);
		key[n] = '\0';
		o = json_tree_is_object(o) ? json_tree_get(o, key) : NULL;
		path += n + (path[n] == '.');
	}
	return o;
}

static const struct json_node *
find(const struct json_node *o, enum field f, const struct jsonl_map *m)
{
	const struct json_node *v;
	int i;

	if (m != NULL && m->from[f] != NULL &&
	    (v = lookup(o, m->from[f])) != NULL)
		return v;
	if ((v = json_tree_get(o, field_names[f])) != NULL)
		return v;
	for (i = 0; aliases[f][i] != NULL; i++)
		if ((v = json_tree_get(o, aliases[f][i])) != NULL)
			return v;
	return NULL;
}

/* A string value; absent for null or empty; numbers written out. */
static const char *
scalar(struct line *l, const struct json_node *v, enum field f)
{
	const char *s;

	if (v == NULL || json_tree_is_null(v))
		return NULL;
	if (json_tree_is_number(v))
		return arena_printf(l->a, "%.15g", json_tree_number(v));
	if ((s = json_tree_string(v)) == NULL) {
		if (l->bad == NULL)
			l->bad = field_names[f];
		return NULL;
	}
	s += strspn(s, " \t\r\n");
	return *s ? arena_strdup(l->a, s) : NULL;
}

/* An array of strings, or one string split on ';' (authors) or ','. */
static size_t
list(struct line *l, const struct json_node *v, enum field f,
    const char ***out)
{
	const char *items[MAX_LIST], *s, *p;
	const struct json_node *e;
	size_t n = 0, k;

	if ((p = json_tree_string(v)) != NULL) {
		for (; *p != '\0' && n < MAX_LIST; ) {
			p += strspn(p, " \t");
			k = strcspn(p, f == F_AUTHORS ? ";" : ",");
			while (k > 0 && (p[k - 1] == ' ' || p[k - 1] == '\t'))
				k--;
			if (k > 0)
				items[n++] = arena_strndup(l->a, p, k);
			p += strcspn(p, f == F_AUTHORS ? ";" : ",");
			if (*p != '\0')
				p++;
		}
	} else if (json_tree_is_array(v)) {
		for (e = json_tree_child(v); e != NULL; e = json_tree_next(e)) {
			s = scalar(l, json_tree_is_object(e) ?
			    json_tree_get(e, "name") : e, f);
			if (s != NULL && n < MAX_LIST)
				items[n++] = s;
		}
	} else if (v != NULL && !json_tree_is_null(v) && l->bad == NULL)
		l->bad = field_names[f];
	if (n > 0) {
		*out = arena_alloc(l->a, n * sizeof(char *));
		memcpy(*out, items, n * sizeof(char *));
	}
	return n;
}

/* One line: 1 emitted, 0 filtered, -1 reported. */
static int
one(struct line *l, const char *s, size_t n, const struct jsonl_map *m)
{
	struct record r;
	struct json_node *o;
	const char *raw;

	if (!utf8_valid(s, n))
		return ingest_fail(l->ig, l->d->path, l->off, "bad record",
		    "line %ld: invalid UTF-8", l->no);
	o = json_tree_parse(s, n);
	if (!json_tree_is_object(o)) {
		json_tree_free(o);
		return ingest_fail(l->ig, l->d->path, l->off, "bad record",
		    "line %ld: expected a JSON object", l->no);
	}
	record_init(&r);
	r.url = scalar(l, find(o, F_URL, m), F_URL);
	r.outlet = scalar(l, find(o, F_OUTLET, m), F_OUTLET);
	r.via = scalar(l, find(o, F_VIA, m), F_VIA);
	r.group = scalar(l, find(o, F_GROUP, m), F_GROUP);
	r.title = scalar(l, find(o, F_TITLE, m), F_TITLE);
	r.n_authors = list(l, find(o, F_AUTHORS, m), F_AUTHORS, &r.authors);
	r.text = scalar(l, find(o, F_TEXT, m), F_TEXT);
	r.summary = scalar(l, find(o, F_SUMMARY, m), F_SUMMARY);
	r.n_tags = list(l, find(o, F_TAGS, m), F_TAGS, &r.tags);
	r.lang = scalar(l, find(o, F_LANG, m), F_LANG);
	if (r.lang != NULL)
		r.lang = arena_printf(l->a, "%.*s", (int)strcspn(r.lang,
		    "-_"), r.lang);
	if ((raw = scalar(l, find(o, F_PUBLISHED, m), F_PUBLISHED)) != NULL &&
	    (r.published = date_parse(raw, l->a)) == NULL)
		nf_warn(l->d->path, "line %ld: published date \"%.40s\" not "
		    "understood, left out", l->no, raw);
	if ((raw = scalar(l, find(o, F_FETCHED, m), F_FETCHED)) != NULL)
		r.fetched = date_parse(raw, l->a);
	json_tree_free(o);
	if (l->bad != NULL)
		return ingest_fail(l->ig, l->d->path, l->off, "bad record",
		    "line %ld: %s: expected a string", l->no, l->bad);
	if (r.text == NULL && r.title == NULL) {
		ingest_skip(l->ig, l->d->path, l->off, "no text",
		    "line %ld: no text and no title", l->no);
		return -1;
	}
	r.source_format = "jsonl";
	ingest_part(l->ig);
	return ingest_emit(l->ig, l->d, &r);
}

/* Only spaces and tabs in the n bytes at p (not NUL-terminated). */
static bool
blank(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t')
			return false;
	return true;
}

int
jsonl_import(struct ingest *ig, const struct doc *d,
    const struct jsonl_map *m)
{
	const char *p = (const char *)d->data, *end = p + d->len, *nl;
	struct doc ld = *d;
	struct line l;
	size_t n;
	int k, emitted = 0, tried = 0;

	memset(&l, 0, sizeof(l));
	ingest_container(ig);	/* each line is an input */
	l.ig = ig;
	l.d = &ld;
	l.a = d->arena;
	if (d->len >= 3 && !memcmp(p, "\xef\xbb\xbf", 3))
		p += 3;
	for (; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		l.no++;
		n = (size_t)(nl - p);
		if (n > 0 && p[n - 1] == '\r')
			n--;
		if (blank(p, n))
			continue;
		ld.offset = (d->offset > 0 ? d->offset : 0) +
		    (long long)(p - (const char *)d->data);
		l.off = ld.offset;
		l.bad = NULL;
		tried++;
		if ((k = one(&l, p, n, m)) > 0)
			emitted += k;
	}
	return tried == 0 ? (ingest_skip(ig, d->path, d->offset, "empty",
	    "no JSON lines"), -1) : emitted;
}
