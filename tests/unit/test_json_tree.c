/* SPDX-License-Identifier: MIT */
/* Unit tests of src/core/json_tree.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/json_tree.h"

static struct json_node *
parse(const char *s)
{
	return json_tree_parse(s, strlen(s));
}

static void
test_nested(void **state)
{
	struct json_node	*root;
	const struct json_node	*a, *o, *e;

	(void)state;
	root = parse(" {\"a\": [1, \"two\", {\"b\": null}, [], {}],"
	    " \"o\": {\"x\": {\"y\": \"deep\"}}} ");
	assert_non_null(root);
	assert_true(json_tree_is_object(root));
	assert_null(json_tree_key(root));
	assert_int_equal(json_tree_size(root), 2);

	a = json_tree_get(root, "a");
	assert_true(json_tree_is_array(a));
	assert_string_equal(json_tree_key(a), "a");
	assert_int_equal(json_tree_size(a), 5);
	e = json_tree_child(a);
	assert_true(json_tree_is_number(e));
	assert_null(json_tree_key(e));	/* array elements have no key */
	assert_true(json_tree_number(e) == 1);
	e = json_tree_next(e);
	assert_string_equal(json_tree_string(e), "two");
	e = json_tree_next(e);
	assert_true(json_tree_is_object(e));
	assert_true(json_tree_is_null(json_tree_get(e, "b")));
	e = json_tree_next(e);
	assert_true(json_tree_is_array(e));
	assert_int_equal(json_tree_size(e), 0);
	assert_null(json_tree_child(e));
	e = json_tree_next(e);
	assert_true(json_tree_is_object(e));
	assert_null(json_tree_child(e));
	assert_null(json_tree_next(e));

	o = json_tree_get(json_tree_get(json_tree_get(root, "o"), "x"), "y");
	assert_string_equal(json_tree_string(o), "deep");
	json_tree_free(root);
}

static void
test_scalars(void **state)
{
	struct json_node	*root;
	const struct json_node	*v;

	(void)state;
	root = parse("{\"s\":\"caf\\u00e9 \\ud83d\\ude00\\n\",\"n\":-2.5e3,"
	    "\"i\":9007199254740993,\"z\":null,\"t\":true,\"f\":false,"
	    "\"e\":\"\"}");
	assert_non_null(root);
	v = json_tree_get(root, "s");
	assert_true(json_tree_is_string(v));
	assert_string_equal(json_tree_string(v),
	    "caf\xc3\xa9 \xf0\x9f\x98\x80\n");
	v = json_tree_get(root, "n");
	assert_true(json_tree_is_number(v));
	assert_true(json_tree_number(v) == -2500.0);
	assert_true(json_tree_number(json_tree_get(root, "i")) ==
	    9007199254740992.0);	/* a double, as callers expect */
	assert_true(json_tree_is_null(json_tree_get(root, "z")));
	assert_string_equal(json_tree_string(json_tree_get(root, "e")), "");

	/* true and false are none of the five types. */
	v = json_tree_get(root, "t");
	assert_non_null(v);
	assert_false(json_tree_is_null(v) || json_tree_is_number(v) ||
	    json_tree_is_string(v) || json_tree_is_array(v) || json_tree_is_object(v));
	assert_false(json_tree_is_null(json_tree_get(root, "f")));
	json_tree_free(root);
}

static void
test_wrong_types(void **state)
{
	struct json_node	*root;
	const struct json_node	*s, *n, *a;

	(void)state;
	root = parse("{\"s\":\"7\",\"n\":7,\"a\":[\"x\",\"y\"]}");
	assert_non_null(root);
	s = json_tree_get(root, "s");
	n = json_tree_get(root, "n");
	a = json_tree_get(root, "a");
	assert_false(json_tree_is_number(s));
	assert_true(json_tree_number(s) == 0);
	assert_false(json_tree_is_string(n));
	assert_null(json_tree_string(n));
	assert_null(json_tree_string(a));
	assert_null(json_tree_string(root));
	assert_false(json_tree_is_object(a));
	assert_false(json_tree_is_array(root));
	assert_false(json_tree_is_null(s));

	/* A scalar has no children and no members. */
	assert_null(json_tree_child(s));
	assert_int_equal(json_tree_size(n), 0);
	assert_null(json_tree_get(s, "s"));
	/* Nor does an array have members by name. */
	assert_null(json_tree_get(a, "x"));
	json_tree_free(root);
}

static void
test_missing(void **state)
{
	struct json_node	*root;

	(void)state;
	root = parse("{\"Title\":\"x\"}");
	assert_non_null(root);
	assert_null(json_tree_get(root, "title"));	/* case-sensitive */
	assert_null(json_tree_get(root, "absent"));
	assert_null(json_tree_get(json_tree_get(root, "absent"), "deeper"));

	/* NULL, for a member that is not there, answers no to everything. */
	assert_false(json_tree_is_null(NULL));
	assert_false(json_tree_is_number(NULL));
	assert_false(json_tree_is_string(NULL));
	assert_false(json_tree_is_array(NULL));
	assert_false(json_tree_is_object(NULL));
	assert_null(json_tree_child(NULL));
	assert_null(json_tree_next(NULL));
	assert_null(json_tree_key(NULL));
	assert_null(json_tree_string(NULL));
	assert_int_equal(json_tree_size(NULL), 0);
	assert_true(json_tree_number(NULL) == 0);
	json_tree_free(root);
	json_tree_free(NULL);
}

static void
test_key_order(void **state)
{
	static const char *const keys[] = { "zeta", "alpha", "mid", "alpha",
	    "" };
	struct json_node	*root;
	const struct json_node	*e;
	size_t			 i = 0;

	(void)state;
	root = parse("{\"zeta\":1,\"alpha\":2,\"mid\":3,\"alpha\":4,\"\":5}");
	assert_non_null(root);
	for (e = json_tree_child(root); e != NULL; e = json_tree_next(e), i++) {
		assert_true(i < sizeof(keys) / sizeof(keys[0]));
		assert_string_equal(json_tree_key(e), keys[i]);
		assert_true(json_tree_number(e) == (double)(i + 1));
	}
	assert_int_equal(i, 5);
	/* A repeated key: json_tree_get finds the last, as the record reader. */
	assert_true(json_tree_number(json_tree_get(root, "alpha")) == 4);
	assert_true(json_tree_number(json_tree_get(root, "")) == 5);
	json_tree_free(root);
}

static void
test_nul_escape(void **state)
{
	struct json_node	*root;
	const char		*s;

	(void)state;
	/*
	 * Callers read C strings: a \u0000 is read as U+FFFD so that the
	 * rest of the value is kept; an escaped backslash before "u0000" is
	 * text.
	 */
	root = parse("[\"ab\\u0000cd\", \"\\u0000\", \"\\\\u0000\","
	    " \"x\\u0000\\u0000\"]");
	assert_non_null(root);
	s = json_tree_string(json_tree_child(root));
	assert_string_equal(s, "ab\xef\xbf\xbd" "cd");
	s = json_tree_string(json_tree_next(json_tree_child(root)));
	assert_string_equal(s, "\xef\xbf\xbd");
	s = json_tree_string(json_tree_next(json_tree_next(
	    json_tree_child(root))));
	assert_string_equal(s, "\\u0000");
	s = json_tree_string(json_tree_next(json_tree_next(json_tree_next(
	    json_tree_child(root)))));
	assert_string_equal(s, "x\xef\xbf\xbd\xef\xbf\xbd");
	json_tree_free(root);
}

static void
test_invalid(void **state)
{
	static const char *const bad[] = {
		"", " ", "{", "{\"a\":}", "{\"a\":1,}", "[1,]", "{a:1}",
		"'x'", "\"open", "[\"\\ud800\"]", "[\"\\q\"]", "nul", "-",
		"{\"a\" 1}", "}",
	};
	struct json_node	*root;
	size_t			 i;
	char			 deep[2 * 1001 + 1];

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_null(parse(bad[i]));

	/* Nesting is bounded: 1000 levels parse, 1001 do not. */
	memset(deep, '[', 1000);
	memset(deep + 1000, ']', 1000);
	deep[2000] = '\0';
	root = parse(deep);
	assert_non_null(root);
	json_tree_free(root);
	memset(deep, '[', 1001);
	memset(deep + 1001, ']', 1001);
	deep[2002] = '\0';
	assert_null(parse(deep));
}

static void
test_length(void **state)
{
	struct json_node	*root;
	const char		*buf = "[1,2]{\"not\":\"read\"";

	(void)state;
	/* Only len bytes are read; no NUL is needed after them. */
	root = json_tree_parse(buf, 5);
	assert_non_null(root);
	assert_int_equal(json_tree_size(root), 2);
	json_tree_free(root);
	assert_null(json_tree_parse("{\"a\":1}", 6));

	/* What follows the first value is not looked at. */
	root = json_tree_parse(buf, strlen(buf));
	assert_non_null(root);
	assert_true(json_tree_is_array(root));
	json_tree_free(root);

	/* A scalar is a document too. */
	root = parse(" \"alone\" ");
	assert_string_equal(json_tree_string(root), "alone");
	json_tree_free(root);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nested),
		cmocka_unit_test(test_scalars),
		cmocka_unit_test(test_wrong_types),
		cmocka_unit_test(test_missing),
		cmocka_unit_test(test_key_order),
		cmocka_unit_test(test_nul_escape),
		cmocka_unit_test(test_invalid),
		cmocka_unit_test(test_length),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
