/* SPDX-License-Identifier: MIT */
/* Unit tests of src/text/stopwords.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "text/stopwords.h"

#define HAS(sw, lang, w)	stopwords_has((sw), (lang), (w), strlen(w))

static void
test_auto(void **state)
{
	const char		*err = NULL;
	struct stopwords	*sw = stopwords_new("auto", &err);
	static const char *const langs[] = { "en", "ru", "uk", "kk", "de",
	    "fr" };
	size_t			 i;

	(void)state;
	assert_non_null(sw);
	for (i = 0; i < 6; i++)
		assert_non_null(stopwords_builtin(langs[i]));
	assert_null(stopwords_builtin("xx"));
	assert_null(stopwords_builtin(NULL));
	assert_true(HAS(sw, "en", "the"));
	assert_true(HAS(sw, "en-GB", "don't"));
	assert_false(HAS(sw, "en", "war"));
	assert_false(HAS(sw, "ru", "the"));
	assert_true(HAS(sw, "ru", "и"));
	assert_true(HAS(sw, "ru", "который"));
	assert_true(HAS(sw, "uk", "також"));
	assert_true(HAS(sw, "kk", "және"));
	assert_true(HAS(sw, "kk", "үшін"));
	/* Lists are folded like tokens: daß is stored as dass. */
	assert_true(HAS(sw, "de", "dass"));
	assert_true(HAS(sw, "de", "über"));
	assert_true(HAS(sw, "fr", "l'"));
	assert_false(HAS(sw, NULL, "the"));
	assert_false(HAS(sw, "xx", "the"));
	stopwords_free(sw);
}

static void
test_none_and_file(void **state)
{
	const char		*err = NULL;
	char			 path[] = "/tmp/nf-sw-XXXXXX";
	struct stopwords	*sw;
	FILE			*f;
	int			 fd;

	(void)state;
	sw = stopwords_new("none", &err);
	assert_false(HAS(sw, "en", "the"));
	stopwords_free(sw);
	fd = mkstemp(path);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	fputs("# my list\nWAR  \nРеволюция # comment\n\n", f);
	fclose(f);
	sw = stopwords_new(path, &err);
	assert_non_null(sw);
	/* A file list serves every language, folded. */
	assert_true(HAS(sw, "en", "war"));
	assert_true(HAS(sw, NULL, "революция"));
	assert_false(HAS(sw, "en", "the"));
	assert_false(HAS(sw, "en", "# my list"));
	stopwords_free(sw);
	unlink(path);
	assert_null(stopwords_new("/nonexistent/list", &err));
	assert_string_equal(err, "No such file or directory");
	stopwords_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_auto),
		cmocka_unit_test(test_none_and_file),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
