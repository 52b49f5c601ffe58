/* SPDX-License-Identifier: MIT */
/*
 * The corpus record: parsing a JSON line (plain lines by the fast path
 * of record_scan.c, the rest through the JSON tree of core/json_tree.c)
 * and writing one by hand. Field order on output follows newsframe-corpus(5), so corpora
 * diff cleanly.
 */
#include <stdint.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/hash.h"
#include "core/json.h"
#include "core/json_tree.h"
#include "core/record.h"
#include "core/utf8.h"
#include "record_int.h"

struct str_field {
	const char	*name;
	size_t		 len;		/* of name: looked up for every key */
	size_t		 off;
};

#define SF(f)	{ #f, sizeof(#f) - 1, offsetof(struct record, f) }
static const struct str_field str_fields[] = {
	SF(id), SF(url), SF(outlet), SF(domain), SF(via), SF(group),
	SF(title), SF(published), SF(published_from), SF(fetched), SF(lang),
	SF(text), SF(summary),
};
#undef SF
#define N_STR_FIELDS	(sizeof(str_fields) / sizeof(str_fields[0]))

const char **
record_str_slot(struct record *r, size_t i)
{
	return (const char **)((char *)r + str_fields[i].off);
}

static const char *
str_get(const struct record *r, size_t i)
{
	return *(const char *const *)((const char *)r + str_fields[i].off);
}

/* Index of the string field named by len bytes at k, or -1. */
int
record_str_field(const char *k, size_t len)
{
	size_t	 i;

	for (i = 0; i < N_STR_FIELDS; i++)
		if (str_fields[i].len == len &&
		    memcmp(k, str_fields[i].name, len) == 0)
			return (int)i;
	return -1;
}

void
record_init(struct record *r)
{
	memset(r, 0, sizeof(*r));
	r->source_offset = -1;
}

/* A string node's value in a, NULL if empty. */
static const char *
copy_string(struct arena *a, const struct json_node *v)
{
	const char	*s = json_tree_string(v);

	if (s == NULL || s[0] == '\0')
		return NULL;
	return arena_strdup(a, s);
}

static int
parse_array(struct arena *a, const struct json_node *v, const char ***out,
    size_t *n)
{
	const struct json_node	*e;
	const char		*s;
	size_t			 i = 0, count;

	if ((s = json_tree_string(v)) != NULL) {
		/* Other tools write one author as a plain string. */
		if (s[0] == '\0')
			return 0;
		*out = arena_alloc(a, sizeof(char *));
		(*out)[0] = arena_strdup(a, s);
		*n = 1;
		return 0;
	}
	if (!json_tree_is_array(v))
		return -1;
	count = json_tree_size(v);
	if (count == 0)
		return 0;
	*out = arena_alloc(a, count * sizeof(char *));
	for (e = json_tree_child(v); e != NULL; e = json_tree_next(e)) {
		if ((s = json_tree_string(e)) == NULL)
			return -1;
		if (s[0] != '\0')
			(*out)[i++] = arena_strdup(a, s);
	}
	*n = i;
	return 0;
}

static int
parse_source(struct record *r, struct arena *a, const struct json_node *v)
{
	const struct json_node	*e;
	const char		*k;
	double			 d;

	if (!json_tree_is_object(v))
		return -1;
	for (e = json_tree_child(v); e != NULL; e = json_tree_next(e)) {
		k = json_tree_key(e);
		if (strcmp(k, "path") == 0 && json_tree_is_string(e))
			r->source_path = copy_string(a, e);
		else if (strcmp(k, "format") == 0 && json_tree_is_string(e))
			r->source_format = copy_string(a, e);
		else if (strcmp(k, "offset") == 0 && json_tree_is_number(e)) {
			/* A byte offset: whole, not negative, fits in 63 bits. */
			d = json_tree_number(e);
			if (!(d >= 0 && d < 9.2e18) ||
			    d != (double)(long long)d)
				return -1;
			r->source_offset = (long long)d;
		}
	}
	return 0;
}

static int
parse_member(struct record *r, struct arena *a, const struct json_node *e)
{
	const char	*k = json_tree_key(e);
	size_t		 i;

	for (i = 0; i < N_STR_FIELDS; i++) {
		if (strcmp(k, str_fields[i].name) != 0)
			continue;
		if (json_tree_is_null(e))
			return 0;
		if (!json_tree_is_string(e))
			return -1;
		*record_str_slot(r, i) = copy_string(a, e);
		return 0;
	}
	if (strcmp(k, "authors") == 0)
		return json_tree_is_null(e) ? 0 :
		    parse_array(a, e, &r->authors, &r->n_authors);
	if (strcmp(k, "tags") == 0)
		return json_tree_is_null(e) ? 0 :
		    parse_array(a, e, &r->tags, &r->n_tags);
	if (strcmp(k, "source") == 0)
		return json_tree_is_null(e) ? 0 : parse_source(r, a, e);
	return 0;
}

int
record_parse(struct record *r, struct arena *a, const char *line,
    size_t len, const char **err)
{
	record_init(r);
	if (record_scan(r, a, line, len))
		return 0;
	return record_parse_tree(r, a, line, len, err);
}

int
record_parse_tree(struct record *r, struct arena *a, const char *line,
    size_t len, const char **err)
{
	struct json_node	*root;
	const struct json_node	*e;
	int			 rc = 0;

	record_init(r);
	if (!utf8_valid(line, len)) {
		*err = "invalid UTF-8";
		return -1;
	}
	root = json_tree_parse(line, len);
	if (root == NULL) {
		*err = "not valid JSON";
		return -1;
	}
	if (!json_tree_is_object(root)) {
		json_tree_free(root);
		*err = "expected a JSON object";
		return -1;
	}
	for (e = json_tree_child(root); e != NULL; e = json_tree_next(e)) {
		if (json_tree_key(e) != NULL && parse_member(r, a, e) != 0) {
			*err = arena_printf(a, "field \"%s\" has the wrong type",
			    json_tree_key(e));
			rc = -1;
			break;
		}
	}
	json_tree_free(root);
	return rc;
}

static void
write_str(struct buf *b, const char *key, const char *v, bool *first)
{
	if (v == NULL || v[0] == '\0')
		return;
	if (!*first)
		buf_addc(b, ',');
	*first = false;
	json_key(b, key);
	json_string(b, v, strlen(v));
}

static void
write_array(struct buf *b, const char *key, const char **v, size_t n,
    bool *first)
{
	size_t	 i;
	bool	 any = false;

	for (i = 0; i < n; i++)
		if (v[i] != NULL && v[i][0] != '\0')
			any = true;
	if (!any)
		return;
	if (!*first)
		buf_addc(b, ',');
	*first = false;
	json_key(b, key);
	buf_addc(b, '[');
	any = false;
	for (i = 0; i < n; i++) {
		if (v[i] == NULL || v[i][0] == '\0')
			continue;
		if (any)
			buf_addc(b, ',');
		any = true;
		json_string(b, v[i], strlen(v[i]));
	}
	buf_addc(b, ']');
}

void
record_write(const struct record *r, struct buf *b)
{
	bool	 first = true;

	buf_addc(b, '{');
	write_str(b, "id", r->id, &first);
	write_str(b, "url", r->url, &first);
	write_str(b, "outlet", r->outlet, &first);
	write_str(b, "domain", r->domain, &first);
	write_str(b, "via", r->via, &first);
	write_str(b, "group", r->group, &first);
	write_str(b, "title", r->title, &first);
	write_array(b, "authors", r->authors, r->n_authors, &first);
	write_str(b, "published", r->published, &first);
	write_str(b, "published_from", r->published_from, &first);
	write_str(b, "fetched", r->fetched, &first);
	write_str(b, "lang", r->lang, &first);
	write_str(b, "text", r->text, &first);
	write_str(b, "summary", r->summary, &first);
	write_array(b, "tags", r->tags, r->n_tags, &first);
	if (r->source_path != NULL || r->source_format != NULL) {
		bool sfirst = true;

		if (!first)
			buf_addc(b, ',');
		first = false;
		json_key(b, "source");
		buf_addc(b, '{');
		write_str(b, "path", r->source_path, &sfirst);
		write_str(b, "format", r->source_format, &sfirst);
		if (r->source_offset >= 0) {
			if (!sfirst)
				buf_addc(b, ',');
			buf_addf(b, "\"offset\":%lld", r->source_offset);
		}
		buf_addc(b, '}');
	}
	buf_adds(b, "}\n");
}

static const char *
join_array(struct arena *a, const char **v, size_t n)
{
	struct buf	 b;
	const char	*s;
	size_t		 i;

	if (n == 0)
		return NULL;
	buf_init(&b);
	for (i = 0; i < n; i++) {
		if (i)
			buf_adds(&b, ", ");
		buf_adds(&b, v[i]);
	}
	s = arena_strndup(a, b.data, b.len);
	buf_release(&b);
	return s;
}

bool
record_field_known(const char *name)
{
	size_t	 i;

	for (i = 0; i < N_STR_FIELDS; i++)
		if (strcmp(name, str_fields[i].name) == 0)
			return true;
	return strcmp(name, "authors") == 0 || strcmp(name, "tags") == 0 ||
	    strcmp(name, "source.path") == 0 ||
	    strcmp(name, "source.format") == 0;
}

const char *
record_field(const struct record *r, const char *name, struct arena *a,
    bool *known)
{
	size_t	 i;

	if (known != NULL)
		*known = true;
	for (i = 0; i < N_STR_FIELDS; i++)
		if (strcmp(name, str_fields[i].name) == 0)
			return str_get(r, i);
	if (strcmp(name, "authors") == 0)
		return join_array(a, r->authors, r->n_authors);
	if (strcmp(name, "tags") == 0)
		return join_array(a, r->tags, r->n_tags);
	if (strcmp(name, "source.path") == 0)
		return r->source_path;
	if (strcmp(name, "source.format") == 0)
		return r->source_format;
	if (known != NULL)
		*known = false;
	return NULL;
}

void
record_set_id(struct record *r, struct arena *a)
{
	uint64_t	 h;

	if (r->url != NULL)
		h = hash64(r->url, strlen(r->url));
	else {
		uint64_t t = r->title ? hash64(r->title, strlen(r->title)) : 0;

		h = hash64_seed(r->text ? r->text : "",
		    r->text ? strlen(r->text) : 0, t);
	}
	r->id = arena_printf(a, "%016llx", (unsigned long long)h);
}

/* 1 for the bytes words are made of: ASCII letters and digits, and
   bytes >= 0x80, which belong to letters of non-Latin scripts. */
static const unsigned char word_byte[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

size_t
record_word_count(const char *text)
{
	const unsigned char	*p = (const unsigned char *)text;
	size_t			 n = 0;
	unsigned		 in = 0, w;

	if (text == NULL)
		return 0;
	/* Branch-free: a word starts at a word byte after a non-word one. */
	for (; *p; p++) {
		w = word_byte[*p];
		n += w & ~in;
		in = w;
	}
	return n;
}
