/* SPDX-License-Identifier: MIT */
/* Unit tests of src/core/arena.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"

static void
test_alignment_and_reuse(void **state)
{
	struct arena	*a = arena_new();
	char		*p, *q;
	size_t		 i;

	(void)state;
	for (i = 1; i < 200; i++) {
		p = arena_alloc(a, i);
		assert_int_equal((uintptr_t)p % _Alignof(max_align_t), 0);
		memset(p, 'x', i);
	}
	assert_true(arena_used(a) >= 199 * 200 / 2);
	arena_reset(a);
	assert_int_equal(arena_used(a), 0);
	q = arena_strdup(a, "hello");
	assert_string_equal(q, "hello");
	arena_free(a);
	arena_free(NULL);
}

static void
test_big_blocks(void **state)
{
	struct arena	*a = arena_new();
	char		*small = arena_strdup(a, "before");
	char		*big = arena_alloc(a, 1 << 20);
	char		*after = arena_strdup(a, "after");

	(void)state;
	memset(big, 0, 1 << 20);
	/* A big allocation must not disturb the block small ones come from. */
	assert_string_equal(small, "before");
	assert_string_equal(after, "after");
	assert_string_equal(arena_printf(a, "%d-%s", 7, "x"), "7-x");
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_alignment_and_reuse),
		cmocka_unit_test(test_big_blocks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
