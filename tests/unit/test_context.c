/* SPDX-License-Identifier: MIT */
/* Unit tests of src/text/context.c: contexts cut from the original text. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "text/context.h"
#include "text/token.h"

static void
test_clean(void **state)
{
	struct arena	*a = arena_new();

	(void)state;
	assert_string_equal(context_clean("  a\tb\n\nc  ", 10, a), "a b c");
	assert_string_equal(context_clean("", 0, a), "");
	assert_string_equal(context_clean(" \n ", 3, a), "");
	arena_free(a);
}

static void
test_tokens_and_chars(void **state)
{
	const char	*text = "Они говорят: цветная\nреволюция, и всё.";
	struct arena	*a = arena_new();
	struct tokens	 t;
	struct context	 c;

	(void)state;
	tok_text(text, strlen(text), a, &t);
	assert_int_equal(t.n, 6);	/* они говорят цветная революция и всё */
	context_get(text, strlen(text), &t, 2, 3, 1, 0, a, &c);
	assert_string_equal(c.left, "говорят:");
	assert_string_equal(c.match, "цветная революция");
	assert_string_equal(c.right, ", и");
	context_get(text, strlen(text), &t, 2, 3, 10, 0, a, &c);
	assert_string_equal(c.left, "Они говорят:");
	assert_string_equal(c.right, ", и всё");
	context_get(text, strlen(text), &t, 2, 3, 0, 0, a, &c);
	assert_string_equal(c.left, "");
	assert_string_equal(c.right, "");
	/* 4 characters each side, never half a Cyrillic letter */
	context_get(text, strlen(text), &t, 2, 3, 0, 4, a, &c);
	assert_string_equal(c.left, "ят:");
	assert_string_equal(c.right, ", и");
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clean),
		cmocka_unit_test(test_tokens_and_chars),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
