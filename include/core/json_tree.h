/* SPDX-License-Identifier: MIT */
/*
 * JSON reading: a document parsed into a tree of nodes, read through the
 * few accessors below; the parser library behind them is seen only by
 * core/json_tree.c. json_tree_parse returns the root, which the caller
 * frees with json_tree_free; every other node and string is borrowed from
 * that root and lives until it is freed. Accessors take NULL (a missing
 * member) and answer false, NULL or 0, so lookups chain without checks.
 */
#ifndef NF_CORE_JSON_TREE_H
#define NF_CORE_JSON_TREE_H

#include <stdbool.h>
#include <stddef.h>

struct json_node;

/*
 * Parses the len bytes at s (no NUL needed). NULL if they do not start
 * with a valid JSON value nested at most 1000 deep; what follows that
 * value is not looked at. UTF-8 is not checked.
 */
struct json_node	*json_tree_parse(const char *s, size_t len);
/* Frees a tree from json_tree_parse; NULL is fine. */
void			 json_tree_free(struct json_node *root);

/* Type tests; false for NULL. */
bool	json_tree_is_null(const struct json_node *);
bool	json_tree_is_number(const struct json_node *);
bool	json_tree_is_string(const struct json_node *);
bool	json_tree_is_array(const struct json_node *);
bool	json_tree_is_object(const struct json_node *);

/*
 * The member of an object named key, compared case-sensitively (the last
 * if repeated, as the record reader takes it); NULL if there is none or obj is not an object.
 */
const struct json_node *json_tree_get(const struct json_node *obj,
	    const char *key);

/*
 * Iteration: the first element of an array or member of an object, in
 * document order, then the one after n; NULL at the end and for scalars.
 */
const struct json_node *json_tree_child(const struct json_node *);
const struct json_node *json_tree_next(const struct json_node *n);
/* Number of elements or members; 0 for scalars. */
size_t	json_tree_size(const struct json_node *);
/* The key of an object member; NULL for array elements and the root. */
const char *json_tree_key(const struct json_node *);

/*
 * A string's value, NUL-terminated UTF-8 (if the input was); a \u0000
 * escape ends it there. NULL when n is not a string.
 */
const char *json_tree_string(const struct json_node *n);
/* A number's value; 0 when n is not a number. */
double	json_tree_number(const struct json_node *n);

#endif
