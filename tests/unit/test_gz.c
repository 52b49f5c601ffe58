/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of src/core/gz.c: members one after another, the three
 * formats, output room of one byte, a cut stream (a stall with no input
 * left) and a corrupt one (zlib's words). The streams below were made by
 * Python's gzip and zlib modules.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/gz.h"

static const unsigned char two_members[] = {
	0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0x2b,
	0xc9, 0x48, 0x55, 0x48, 0xcb, 0x2c, 0x2a, 0x2e, 0x51, 0xc8, 0x4d,
	0xcd, 0x4d, 0x4a, 0x2d, 0xe2, 0x02, 0x00, 0x5c, 0x3b, 0x2d, 0x2d,
	0x11, 0x00, 0x00, 0x00, 0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x02, 0x03, 0x4b, 0xcc, 0x4b, 0x51, 0x28, 0xc9, 0x48, 0x55,
	0x28, 0x4e, 0x4d, 0xce, 0xcf, 0x4b, 0xe1, 0x02, 0x00, 0x3d, 0xf0,
	0x01, 0x45, 0x0f, 0x00, 0x00, 0x00,
};

#define FIRST_LEN 37
static const unsigned char zlib_wrapped[] = {
	0x78, 0x9c, 0xab, 0xca, 0xc9, 0x4c, 0xd2, 0x2d, 0x2f, 0x4a, 0x2c,
	0x28, 0x48, 0x4d, 0x51, 0x48, 0xaa, 0x2c, 0x49, 0x2d, 0x06, 0x00,
	0x43, 0x7f, 0x07, 0x19,
};

static const unsigned char raw_deflate[] = {
	0x2b, 0x4a, 0x2c, 0x57, 0x48, 0x49, 0x4d, 0xcb, 0x49, 0x2c, 0x49,
	0x55, 0x48, 0xaa, 0x2c, 0x49, 0x2d, 0x06, 0x00,
};

/* Inflates len bytes of p until the end of one stream; the text, or
   NULL when it stalls or errs first. *used: input bytes taken. */
static const char *
inflate_one(struct gz *z, const unsigned char *p, size_t len, size_t room,
    size_t *used, enum gz_status *last)
{
	static char	 out[256];
	unsigned char	*o = (unsigned char *)out;
	const unsigned char *in = p;
	size_t		 left = len, r;
	enum gz_status	 rc;

	do {
		r = room;	/* at most room bytes per call */
		if ((size_t)((char *)o - out) + r >= sizeof(out))
			r = sizeof(out) - 1 - (size_t)((char *)o - out);
		rc = gz_inflate(z, &in, &left, &o, &r);
	} while (rc == GZ_OK);
	*o = '\0';
	*used = len - left;
	*last = rc;
	return rc == GZ_END ? out : NULL;
}

static void
test_members(void **state)
{
	struct gz	*z = gz_new(GZ_GZIP);
	enum gz_status	 rc;
	size_t		 used;
	const char	*s;

	(void)state;
	assert_non_null(z);
	s = inflate_one(z, two_members, sizeof(two_members), 200, &used, &rc);
	assert_string_equal(s, "the first member\n");
	/* GZ_END leaves the input just past the first member */
	assert_int_equal(used, FIRST_LEN);
	assert_true(gz_magic(two_members + used, sizeof(two_members) - used));
	gz_reset(z);
	s = inflate_one(z, two_members + used, sizeof(two_members) - used,
	    200, &used, &rc);
	assert_string_equal(s, "and the second\n");
	assert_int_equal(used, sizeof(two_members) - FIRST_LEN);
	gz_free(z);
}

static void
test_formats(void **state)
{
	struct gz	*z;
	enum gz_status	 rc;
	size_t		 used;

	(void)state;
	z = gz_new(GZ_GZIP_OR_ZLIB);
	assert_string_equal(inflate_one(z, zlib_wrapped, sizeof(zlib_wrapped),
	    200, &used, &rc), "zlib-wrapped bytes");
	gz_reset(z);
	assert_string_equal(inflate_one(z, two_members, FIRST_LEN, 200, &used,
	    &rc), "the first member\n");
	gz_free(z);
	z = gz_new(GZ_RAW);
	assert_string_equal(inflate_one(z, raw_deflate, sizeof(raw_deflate),
	    200, &used, &rc), "raw deflate bytes");
	gz_free(z);
	/* gzip only: a zlib header is an error */
	z = gz_new(GZ_GZIP);
	assert_null(inflate_one(z, zlib_wrapped, sizeof(zlib_wrapped), 200,
	    &used, &rc));
	assert_int_equal(rc, GZ_ERROR);
	assert_string_equal(gz_error(z), "incorrect header check");
	gz_free(z);
}

/* One byte of room per call: the same text, a piece at a time. */
static void
test_small_room(void **state)
{
	struct gz	*z = gz_new(GZ_GZIP);
	enum gz_status	 rc;
	size_t		 used;

	(void)state;
	assert_string_equal(inflate_one(z, two_members, FIRST_LEN, 1, &used,
	    &rc), "the first member\n");
	gz_free(z);
}

static void
test_cut_and_corrupt(void **state)
{
	struct gz	*z = gz_new(GZ_GZIP);
	unsigned char	 bad[FIRST_LEN];
	enum gz_status	 rc;
	size_t		 used;

	(void)state;
	/* cut before the trailer: all input used, then a stall */
	assert_null(inflate_one(z, two_members, FIRST_LEN - 5, 200, &used,
	    &rc));
	assert_int_equal(rc, GZ_STALL);
	assert_int_equal(used, FIRST_LEN - 5);
	/* a flipped byte in the CRC */
	memcpy(bad, two_members, sizeof(bad));
	bad[FIRST_LEN - 6] ^= 0xff;
	gz_reset(z);
	assert_null(inflate_one(z, bad, sizeof(bad), 200, &used, &rc));
	assert_int_equal(rc, GZ_ERROR);
	assert_string_equal(gz_error(z), "incorrect data check");
	gz_free(z);
}

static void
test_magic(void **state)
{
	(void)state;
	assert_true(gz_magic(two_members, 2));
	assert_false(gz_magic(two_members, 1));
	assert_false(gz_magic(zlib_wrapped, sizeof(zlib_wrapped)));
	assert_false(gz_magic((const unsigned char *)"", 0));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_members),
		cmocka_unit_test(test_formats),
		cmocka_unit_test(test_small_room),
		cmocka_unit_test(test_cut_and_corrupt),
		cmocka_unit_test(test_magic),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
