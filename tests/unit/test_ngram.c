/* SPDX-License-Identifier: MIT */
/* Unit tests of src/text/ngram.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/buf.h"
#include "text/ngram.h"

static char	 got[1024];

static void
collect(const char *g, size_t len, void *arg)
{
	(void)arg;
	if (got[0] != '\0')
		strcat(got, "|");
	strncat(got, g, len);
}

static void
test_ngrams(void **state)
{
	/* "war on terror . new war": "on" is a stop word. */
	struct gram_tok	 v[] = {
		{ "war", 3, 0, false }, { "on", 2, 0, true },
		{ "terror", 6, 0, false }, { "new", 3, 1, false },
		{ "war", 3, 1, false },
	};
	struct buf	 b;

	(void)state;
	buf_init(&b);
	got[0] = '\0';
	ngram_each(v, 5, 1, 1, &b, collect, NULL);
	assert_string_equal(got, "war|terror|new|war");
	got[0] = '\0';
	ngram_each(v, 5, 2, 3, &b, collect, NULL);
	/* No n-gram crosses the sentence end, none starts/ends with "on". */
	assert_string_equal(got, "war on terror|new war");
	got[0] = '\0';
	ngram_each(v, 5, 1, 2, &b, collect, NULL);
	assert_string_equal(got, "war|terror|new|new war|war");
	buf_release(&b);
}

static void
test_parse(void **state)
{
	int		 a, b;
	const char	*err;

	(void)state;
	assert_int_equal(ngram_parse("2", &a, &b, &err), 0);
	assert_int_equal(a, 2);
	assert_int_equal(b, 2);
	assert_int_equal(ngram_parse("1-3", &a, &b, &err), 0);
	assert_int_equal(a, 1);
	assert_int_equal(b, 3);
	assert_int_equal(ngram_parse("0", &a, &b, &err), -1);
	assert_string_equal(err, "must be at least 1");
	assert_int_equal(ngram_parse("2-6", &a, &b, &err), -1);
	assert_string_equal(err, "at most 5");
	assert_int_equal(ngram_parse("3-2", &a, &b, &err), -1);
	assert_int_equal(ngram_parse("x", &a, &b, &err), -1);
	assert_string_equal(err, "expected N or N-M");
	assert_int_equal(ngram_parse("1-", &a, &b, &err), -1);
	assert_int_equal(ngram_parse("", &a, &b, &err), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ngrams),
		cmocka_unit_test(test_parse),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
