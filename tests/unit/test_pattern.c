/* SPDX-License-Identifier: MIT */
/* Unit tests of src/text/pattern.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "text/pattern.h"

static void
test_basic(void **state)
{
	struct pattern	*p = pattern_new("^War", 0, NULL);
	size_t		 s, e;

	(void)state;
	assert_non_null(p);
	assert_true(pattern_match(p, "War and peace", 13));
	assert_false(pattern_match(p, "The War", 7));
	assert_false(pattern_match(p, "war", 3));
	assert_string_equal(pattern_source(p), "^War");
	pattern_free(p);
	p = pattern_new("револ\\w+", PAT_ICASE, NULL);
	assert_true(pattern_find(p, "Эта РЕВОЛЮЦИЯ!", 26, 0, &s, &e));
	assert_int_equal(s, 7);
	assert_int_equal(e, 25);
	pattern_free(p);
	pattern_free(NULL);
}

static void
test_find_all_and_words(void **state)
{
	struct pattern	*p = pattern_new("war", PAT_WORD | PAT_ICASE, NULL);
	struct pattern	*q;
	const char	*s = "War, warfare, postwar, WAR.";
	size_t		 from = 0, st, en, n = 0;

	(void)state;
	while (pattern_find(p, s, strlen(s), from, &st, &en)) {
		n++;
		from = en;
	}
	assert_int_equal(n, 2);
	/* \b is Unicode-aware (UCP): no match inside a Cyrillic word. */
	q = pattern_new("ия", PAT_WORD, NULL);
	assert_false(pattern_match(q, "революция", strlen("революция")));
	assert_true(pattern_match(q, "ия ия", strlen("ия ия")));
	pattern_free(q);
	q = pattern_dup(p);
	assert_true(pattern_match(q, "a war", 5));
	pattern_free(q);
	pattern_free(p);
	/* PAT_WHOLE: the whole subject, alternatives included. */
	p = pattern_new("war|protest.*", PAT_WHOLE, NULL);
	assert_true(pattern_match(p, "war", 3));
	assert_true(pattern_match(p, "protesters", 10));
	assert_false(pattern_match(p, "postwar", 7));
	assert_false(pattern_match(p, "wars", 4));
	pattern_free(p);
	p = pattern_new("a.b (", PAT_LITERAL, NULL);
	assert_true(pattern_match(p, "xa.b (y", 7));
	assert_false(pattern_match(p, "axb (", 5));
	pattern_free(p);
}

static void
test_errors_and_bad_utf8(void **state)
{
	char		*err = NULL;
	struct pattern	*p = pattern_new("(unclosed", 0, &err);

	(void)state;
	assert_null(p);
	assert_non_null(err);
	assert_non_null(strstr(err, "at offset 9"));
	free(err);
	p = pattern_new("peace", 0, NULL);
	assert_true(pattern_match(p, "\xff\xfe war and peace \xc3", 19));
	assert_false(pattern_match(p, "\xff\xfe", 2));
	pattern_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basic),
		cmocka_unit_test(test_find_all_and_words),
		cmocka_unit_test(test_errors_and_bad_utf8),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
