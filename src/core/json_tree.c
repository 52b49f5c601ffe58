/* SPDX-License-Identifier: MIT */
/*
 * JSON reading through cJSON, the only file that includes it: a parsed
 * document is cJSON's own tree, handed out as struct json_node so that
 * no cJSON type leaves this file. Each accessor is one cJSON call or
 * field read; they are functions, not inline, because an inline one would
 * put cJSON in the header.
 */
#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "core/json_tree.h"
#include "core/xmalloc.h"

/*
 * A node is a cJSON item under a name of our own: the pointers cJSON
 * returns are converted, and every read goes through the cJSON member.
 */
struct json_node {
	cJSON	 item;
};

static const cJSON	*item(const struct json_node *);
static const struct json_node *node(const cJSON *);
static bool	is(const struct json_node *, int);

static const cJSON *
item(const struct json_node *n)
{
	return n != NULL ? &n->item : NULL;
}

static const struct json_node *
node(const cJSON *c)
{
	return (const struct json_node *)c;
}

/*
 * The type test of cJSON_IsString and the others, done here: theirs are
 * calls into the shared library, and record_parse makes several per member.
 * The low byte is the type; flags (reference, constant key) sit above it.
 */
static bool
is(const struct json_node *n, int type)
{
	return n != NULL && (n->item.type & 0xff) == type;
}

/*
 * The offset of the first \u0000 escape in s, or len if none. Escapes are
 * taken in order, so the "\\u0000" of a literal backslash is not one.
 */
static size_t
nul_escape(const char *s, size_t len)
{
	const char	*b = s, *end = s + len;

	while ((b = memchr(b, '\\', (size_t)(end - b))) != NULL) {
		if (end - b >= 6 && memcmp(b + 1, "u0000", 5) == 0)
			return (size_t)(b - s);
		b += 2;
		if (b >= end)
			break;
	}
	return len;
}

/*
 * Callers read strings as C strings, where a NUL would silently cut the
 * rest of the value: each \u0000 is read as \uFFFD, the replacement
 * character, as ingest does with a NUL byte in a page.
 */
struct json_node *
json_tree_parse(const char *s, size_t len)
{
	struct json_node	*root;
	char			*copy;
	size_t			 at;

	if ((at = nul_escape(s, len)) == len)
		return (struct json_node *)cJSON_ParseWithLength(s, len);
	copy = xmalloc(len);
	memcpy(copy, s, len);
	do {
		memcpy(copy + at + 2, "FFFD", 4);
		at += 6;
		at += nul_escape(copy + at, len - at);
	} while (at < len);
	root = (struct json_node *)cJSON_ParseWithLength(copy, len);
	free(copy);
	return root;
}

void
json_tree_free(struct json_node *root)
{
	if (root != NULL)
		cJSON_Delete(&root->item);
}

bool
json_tree_is_null(const struct json_node *n)
{
	return is(n, cJSON_NULL);
}

bool
json_tree_is_number(const struct json_node *n)
{
	return is(n, cJSON_Number);
}

bool
json_tree_is_string(const struct json_node *n)
{
	return is(n, cJSON_String);
}

bool
json_tree_is_array(const struct json_node *n)
{
	return is(n, cJSON_Array);
}

bool
json_tree_is_object(const struct json_node *n)
{
	return is(n, cJSON_Object);
}

/*
 * The last member of that name, as the record reader, jq, Python and
 * JavaScript take it; cJSON's own lookup stops at the first.
 */
const struct json_node *
json_tree_get(const struct json_node *obj, const char *key)
{
	const cJSON	*c, *last = NULL;

	if (!is(obj, cJSON_Object))
		return NULL;
	for (c = obj->item.child; c != NULL; c = c->next)
		if (c->string != NULL && strcmp(c->string, key) == 0)
			last = c;
	return node(last);
}

const struct json_node *
json_tree_child(const struct json_node *n)
{
	/* As cJSON_ArrayForEach: a scalar's child is NULL. */
	return n != NULL ? node(n->item.child) : NULL;
}

const struct json_node *
json_tree_next(const struct json_node *n)
{
	return n != NULL ? node(n->item.next) : NULL;
}

size_t
json_tree_size(const struct json_node *n)
{
	int	 k = cJSON_GetArraySize(item(n));

	return k > 0 ? (size_t)k : 0;
}

const char *
json_tree_key(const struct json_node *n)
{
	return n != NULL ? n->item.string : NULL;
}

const char *
json_tree_string(const struct json_node *n)
{
	return is(n, cJSON_String) ? n->item.valuestring : NULL;
}

double
json_tree_number(const struct json_node *n)
{
	return is(n, cJSON_Number) ? n->item.valuedouble : 0;
}
