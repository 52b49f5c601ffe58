/* SPDX-License-Identifier: MIT */
/* Unit tests of src/text/quote.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "text/quote.h"

/* The inside of quote i as a string in a. */
static const char *
inner(const char *t, const struct quotes *q, size_t i, struct arena *a)
{
	return arena_strndup(a, t + q->v[i].in_start,
	    q->v[i].in_end - q->v[i].in_start);
}

static void
test_marks(void **state)
{
	struct arena	*a = arena_new();
	struct quotes	 q;
	const char	*t = "«один» „два“ “три” \"четыре\" ‹пять›";

	(void)state;
	quote_find(t, strlen(t), a, &q);
	assert_int_equal(q.n, 5);
	assert_string_equal(inner(t, &q, 0, a), "один");
	assert_string_equal(inner(t, &q, 1, a), "два");
	assert_string_equal(inner(t, &q, 2, a), "три");
	assert_string_equal(inner(t, &q, 3, a), "четыре");
	assert_string_equal(inner(t, &q, 4, a), "пять");
	assert_true(q.v[3].closed);
	arena_free(a);
}

static void
test_nested(void **state)
{
	struct arena	*a = arena_new();
	struct quotes	 q;
	const char	*t = "«Он сказал: „Уезжай“, и я уехала», — сказала она. "
	    "“He said ‘leave’ and I did,” she said.";

	(void)state;
	quote_find(t, strlen(t), a, &q);
	assert_int_equal(q.n, 4);
	assert_int_equal(q.v[0].depth, 0);
	assert_int_equal(q.v[1].depth, 1);
	assert_string_equal(inner(t, &q, 1, a), "Уезжай");
	assert_string_equal(inner(t, &q, 0, a),
	    "Он сказал: „Уезжай“, и я уехала");
	assert_string_equal(inner(t, &q, 3, a), "leave");
	assert_string_equal(inner(t, &q, 2, a), "He said ‘leave’ and I did,");
	/* Inside the inner quote, the outermost is reported. */
	assert_int_equal(quote_at(&q, q.v[1].in_start), 0);
	assert_int_equal(quote_at(&q, q.v[0].end), -1);
	arena_free(a);
}

static void
test_apostrophes_and_paragraphs(void **state)
{
	struct arena	*a = arena_new();
	struct quotes	 q;
	const char	*t = "“It’s done. We don’t stop.\n\nA new paragraph, "
	    "5\" long";

	(void)state;
	quote_find(t, strlen(t), a, &q);
	/* The unclosed quote ends at the blank line; 5" opens nothing. */
	assert_int_equal(q.n, 1);
	assert_false(q.v[0].closed);
	assert_string_equal(inner(t, &q, 0, a), "It’s done. We don’t stop.");
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_marks),
		cmocka_unit_test(test_nested),
		cmocka_unit_test(test_apostrophes_and_paragraphs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
