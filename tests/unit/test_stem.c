/* SPDX-License-Identifier: MIT */
/* Unit tests of src/text/stem.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "text/stem.h"

static const char *
st(struct stem *s, const char *lang, const char *w)
{
	static char	 out[256];
	size_t		 n;
	const char	*r = stem_word(s, lang, w, strlen(w), &n);

	memcpy(out, r, n);
	out[n] = '\0';
	return out;
}

static void
test_stems(void **state)
{
	struct stem	*s = stem_new();

	(void)state;
	assert_string_equal(st(s, "en", "protesters"), "protest");
	assert_string_equal(st(s, "en-US", "running"), "run");
	assert_string_equal(st(s, "ru", "революции"), "революц");
	assert_string_equal(st(s, "ru", "революция"), "революц");
	assert_string_equal(st(s, "de", "häuser"), "haus");
	/* No stemmer for Kazakh or Ukrainian, nor without a language. */
	assert_string_equal(st(s, "kk", "қазақстанның"), "қазақстанның");
	assert_string_equal(st(s, NULL, "protesters"), "protesters");
	assert_true(stem_supported("fr"));
	assert_false(stem_supported("uk"));
	assert_false(stem_supported(NULL));
	stem_free(s);
	stem_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stems),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
