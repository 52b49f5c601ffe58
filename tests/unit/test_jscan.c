/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of src/core/jscan.c: jscan_plain and each of its variants
 * (AVX2 where the processor has it, SSE2 where built with it, portable)
 * give the plain prefix a byte-by-byte reading gives, at every length and
 * offset (16- and 32-byte blocks, a lead byte at a block's end, the
 * tail), and record_parse reads long strings as cJSON does.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/jscan.h"
#include "core/record.h"
#include "core/utf8.h"

/* The plain prefix, one code point at a time. */
static size_t
plain_ref(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0;
	uint32_t		 cp;

	while (i < len) {
		if (p[i] < 0x80) {
			if (p[i] < 0x20 || p[i] == '"' || p[i] == '\\')
				break;
			i++;
		} else if (utf8_decode(p + i, len - i, &cp) == 2)
			i += 2;
		else
			break;
	}
	return i;
}

/* All agree on every prefix of s[0..len). */
static void
check_all(const char *s, size_t len)
{
	size_t	 n, want, avx2;

	for (n = 0; n <= len; n++) {
		want = plain_ref(s, n);
		avx2 = jscan_have_avx2() ? jscan_plain_avx2(s, n) : want;
		if (jscan_plain(s, n) != want || avx2 != want ||
		    jscan_plain_sse2(s, n) != want ||
		    jscan_plain_portable(s, n) != want)
			fail_msg("length %zu: %zu (dispatch %zu, avx2 %zu, "
			    "sse2 %zu, portable %zu)", n, want,
			    jscan_plain(s, n), avx2, jscan_plain_sse2(s, n),
			    jscan_plain_portable(s, n));
	}
}

/* Every byte value at every position of 72 plain bytes (two 32-byte
   blocks and a tail), around leads. */
static void
test_bytes(void **state)
{
	char		 buf[72];
	size_t		 i, at;
	unsigned	 b;

	(void)state;
	for (b = 0; b < 256; b++)
		for (at = 0; at < sizeof(buf); at++) {
			memset(buf, 'a', sizeof(buf));
			buf[at] = (char)b;
			check_all(buf, sizeof(buf));
			/* After a lead: completes it or breaks it. */
			if (at > 0) {
				buf[at - 1] = (char)0xD0;
				check_all(buf, sizeof(buf));
			}
		}
	/* Two-byte sequences at both parities, across block ends. */
	for (at = 0; at < 2; at++) {
		memset(buf, 'a', sizeof(buf));
		for (i = at; i + 1 < sizeof(buf); i += 2)
			memcpy(buf + i, "\u0436", 2);
		check_all(buf, sizeof(buf));
		for (i = 13; i < 20; i++) {
			char	 c[sizeof(buf)];

			memcpy(c, buf, sizeof(buf));
			c[i] = '"';
			check_all(c, sizeof(c));
			c[i] = (char)0xE2;
			check_all(c, sizeof(c));
		}
	}
}

/* Random strings of fragments that sit at the scan's edges. */
static void
test_random(void **state)
{
	static const char *const frag[] = {
		"a", "Z", " ", "~", "\x7f", "\"", "\\", "\x01", "\x1f", "\t",
		"\u043f", "\u0416", "\u00e9", "\xc2\x80", "\u07ff", "\xd0",
		"\x80", "\xbf", "\xc0\xaf", "\xc1", "\xc2", "\xdf", "\xe2\x80",
		"\u2019", "\xed\xa0\x80", "\U0001F600", "\xf5", "\xff",
		"abcdefgh", "\u043f\u0440\u0438\u0432\u0435\u0442",
	};
	char		 buf[160];
	size_t		 len, f, off;
	unsigned	 seed = 7;
	int		 round, k, parts;

	(void)state;
	for (round = 0; round < 20000; round++) {
		len = 0;
		parts = rand_r(&seed) % 40 + 1;
		for (k = 0; k < parts; k++) {
			f = (size_t)rand_r(&seed) %
			    (sizeof(frag) / sizeof(frag[0]));
			/* Mostly plain: the blocks must pass whole too. */
			if (rand_r(&seed) % 3 != 0)
				f = rand_r(&seed) % 2 ? 28 : 29;
			if (len + strlen(frag[f]) >= sizeof(buf))
				break;
			memcpy(buf + len, frag[f], strlen(frag[f]));
			len += strlen(frag[f]);
		}
		off = (size_t)rand_r(&seed) % 4;
		if (off > len)
			off = len;
		check_all(buf + off, len - off);
	}
}

/* record_parse (its fast path scans by jscan) and cJSON agree. */
static void
check_parse(const char *line, size_t len)
{
	struct arena	*a = arena_new();
	struct record	 r, s;
	const char	*e1 = NULL, *e2 = NULL;
	struct buf	 b1, b2;
	int		 rc1, rc2;

	rc1 = record_parse(&r, a, line, len, &e1);
	rc2 = record_parse_tree(&s, a, line, len, &e2);
	if (rc1 != rc2)
		fail_msg("%.*s: %d vs %d", (int)len, line, rc1, rc2);
	if (rc1 == 0) {
		buf_init(&b1);
		buf_init(&b2);
		record_write(&r, &b1);
		record_write(&s, &b2);
		assert_string_equal(b1.data ? b1.data : "",
		    b2.data ? b2.data : "");
		buf_release(&b1);
		buf_release(&b2);
	}
	arena_free(a);
}

/* A long Cyrillic and ASCII text with one odd byte moved along it. */
static void
test_record_long(void **state)
{
	static const char	 text[] = "\u0412\u043e\u0439\u043d\u0430 "
	    "and peace \u043c\u0438\u0440 \\n\\n\u00ab\u043a\u0430\u00bb "
	    "\u2014 tail \u043f\u0440\u0438\u0432\u0435\u0442 end";
	static const char *const odd[] = { "\"", "\\", "\x01", "\xd0", "\x80",
	    "\xc0", "\xe2", "\xff", "\\q", "\\u0430" };
	char	 line[256];
	size_t	 at, k, n, tl = sizeof(text) - 1;

	(void)state;
	for (k = 0; k < sizeof(odd) / sizeof(odd[0]); k++)
		for (at = 0; at <= tl; at++) {
			n = (size_t)snprintf(line, sizeof(line),
			    "{\"lang\": \"ru\", \"text\": \"%.*s%s%s\"}",
			    (int)at, text, odd[k], text + at);
			check_parse(line, n);
		}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bytes),
		cmocka_unit_test(test_random),
		cmocka_unit_test(test_record_long),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
