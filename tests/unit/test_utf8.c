/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of src/core/utf8.c: utf8_valid's fast paths (eight ASCII
 * bytes at a time, two-byte sequences inline) agree with a plain
 * code point by code point check on hand-picked and random input.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/utf8.h"

/* The reference: utf8_decode at every step, no shortcut. */
static bool
slow_valid(const unsigned char *p, size_t len)
{
	uint32_t	 cp;
	size_t		 i = 0, n;

	while (i < len) {
		if ((n = utf8_decode(p + i, len - i, &cp)) == 0)
			return false;
		i += n;
	}
	return true;
}

static void
test_known(void **state)
{
	(void)state;
	assert_true(utf8_valid("", 0));
	assert_true(utf8_valid("plain ascii text, long enough", 29));
	assert_true(utf8_valid("\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1"
	    "\x82 world", 18));
	assert_true(utf8_valid("12345678\xe2\x80\x99", 11));
	/* Truncated two-byte sequence at the very end, after 8 ASCII. */
	assert_false(utf8_valid("abcdefgh\xd0", 9));
	/* Overlong two-byte forms (C0, C1) and a lone continuation byte. */
	assert_false(utf8_valid("abcdefgh\xc1\xbf", 10));
	assert_false(utf8_valid("\xc0\xafxxxxxxxx", 10));
	assert_false(utf8_valid("abcdefg\x80", 8));
	/* A surrogate and a two-byte lead before an ASCII byte. */
	assert_false(utf8_valid("\xed\xa0\x80 abcdefgh", 12));
	assert_false(utf8_valid("abcdefgh\xd0z", 10));
}

static void
test_random_agrees(void **state)
{
	static const unsigned char pieces[][5] = {
		"a", "Z", " ", "\xd0\xb0", "\xd1\x8f", "\xc3\xa9", "\xe2\x80\x99",
		"\xf0\x9f\x98\x80", "\x80", "\xc0", "\xd0", "\xe2\x80", "\xff",
		"\xed\xa0\x80", "\xc1\xbf",
	};
	unsigned char	 b[64];
	size_t		 len, k, i, n;
	unsigned	 seed = 7;
	int		 round;

	(void)state;
	for (round = 0; round < 20000; round++) {
		len = 0;
		n = (size_t)(rand_r(&seed) % 24);
		for (i = 0; i < n; i++) {
			/* Mostly valid pieces, sometimes a broken one. */
			k = (size_t)(rand_r(&seed) % (rand_r(&seed) % 4 ? 8 :
			    sizeof(pieces) / sizeof(pieces[0])));
			if (len + 4 > sizeof(b))
				break;
			memcpy(b + len, pieces[k], strlen((const char *)
			    pieces[k]));
			len += strlen((const char *)pieces[k]);
		}
		assert_int_equal(utf8_valid((const char *)b, len),
		    slow_valid(b, len));
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known),
		cmocka_unit_test(test_random_agrees),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
