/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of src/text/token_fast.c: the fast path for plain words must
 * give exactly the tokens of the general path (tok_text_general), both
 * by SSE2 vectors (tok_text, where built with SSE2) and in plain C
 * (tok_text_portable), on text made to sit at every edge of the rules
 * and of the 16-byte blocks, and on random text.
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
#include "text/token.h"

static void
same_tokens(const char *text, const struct token *a, const struct token *b,
    size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (strcmp(a[i].norm, b[i].norm) == 0 &&
		    a[i].norm_len == b[i].norm_len &&
		    a[i].start == b[i].start && a[i].end == b[i].end &&
		    a[i].sentence == b[i].sentence &&
		    a[i].kind == b[i].kind && a[i].upper == b[i].upper)
			continue;
		fail_msg("text \"%s\", token %zu: \"%s\" %zu-%zu s%u k%d u%d "
		    "vs \"%s\" %zu-%zu s%u k%d u%d", text, i, a[i].norm,
		    a[i].start, a[i].end, a[i].sentence, (int)a[i].kind,
		    (int)a[i].upper, b[i].norm, b[i].start, b[i].end,
		    b[i].sentence, (int)b[i].kind, (int)b[i].upper);
	}
}

/* The three ways of tokenizing len bytes of text agree. */
static void
check(const char *text, size_t len)
{
	struct arena	*a = arena_new();
	struct tokens	 gen, fast, port;

	tok_text_general(text, len, a, &gen);
	tok_text(text, len, a, &fast);
	tok_text_portable(text, len, a, &port);
	if (gen.n != fast.n || gen.n != port.n)
		fail_msg("text \"%s\": %zu tokens, %zu by the fast path, "
		    "%zu in plain C", text, gen.n, fast.n, port.n);
	assert_int_equal(gen.sentences, fast.sentences);
	assert_int_equal(gen.sentences, port.sentences);
	same_tokens(text, gen.v, fast.v, gen.n);
	same_tokens(text, gen.v, port.v, gen.n);
	arena_free(a);
}

static void
test_edges(void **state)
{
	static const char *const texts[] = {
		"The WAR, the war; The War!", "Hello, world", "a", "A", "7",
		"http://x.com/a. Next", "HTTP://X.COM", "https:", "www.rt.com",
		"wwwx www", "ftp://h/p ftpx", "hxxp://x", "fhttp://x",
		"mail me@x.com now", "john_smith@x.org", "50%+x@y.com",
		"a.b@c.de", "x@y", "@user #tag #1 a@ b#",
		"l'\u00e9tat qu'il qu\u2019il d'Artagnan j'ai l'1 l'",
		"don't o'clock rock'n'roll a' 'a a''b",
		"color-revolution по-русски a- -a a--b a-1 1-a 1-2",
		"U.S. U.S.A. т.е. a.b.c a.b ab.c. x.y",
		"3.5 1,000 3,a a,3 3. 3, 1.2.3 .5",
		"Mr. Smith Dr. Who A. Smith В. Путин ул. Ленина г. Москва",
		"end. next end. Next END. 3 end.\n\nnext end!next end?Next",
		"\u0400\u040f\u0410\u042f\u0430\u044f\u0450\u045f\u0460\u0461"
		    "\u0480\u0481\u048a\u04bf\u04c0\u04c1\u04ce\u04cf\u04d0"
		    "\u052f",
		"\u0482 \u0483\u0489 \u0430\u0483 \u0438\u0306 \u0530 \u0531",
		"\u0430\u0301\u0431 a\u0301b a\u200db a\u00adb a\u2060",
		"caf\u00e9 na\u00efve Stra\u00dfe \u01c5x \u03a9mega \u00c9t\u00e9",
		"a\u2019b a\u2019 b a\u2019 a\u2010b a\u2011 a\u2026b a\u2026 b",
		"a\u00a0b a\u2014b \u00abслово\u00bb \u201cq\u201d (a) [b] {c}",
		"abc\xff abc\xd0 \xd0\x41 \xd0 \xe2\x80 a\xc0\xaf" "b a\xed\xa0\x80",
		"\u0430\u0431\u0432\xd0", "x\xd0", "\xd1",
		"war \xef\xbe\xa0 peace War. \xef\xbe\xa0 Peace.",
		"\u4e2d\u6587a \u0e44\u0e17\u0e22 \u3042\u3044 1\u4e2d",
		"tab\there\rcr\fff\vvt\nnl x\u2028y\u2029z",
		"2024 2024a a2024 \u0661\u0662 \u00bd x\u00b2 \u2167 IV",
		"a_b _a a_ \u0430_\u0431",
		"Ab\u2019s CAN'T \u0421\u0428\u0410. \u0441\u0448\u0430.",
		"a.\u0430 \u0430.b \u0430,1 1,\u0430 \u0430'\u0431 \u0430-\u0431",
		"\u0430\xe2\x80\x99\u0431 e\xcc\x81 \u0401\u0451",
	};
	char	 buf[600];
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		check(texts[i], strlen(texts[i]));
	/* Words around the fast path's length limit (128 bytes). */
	for (i = 120; i < 140; i++) {
		memset(buf, 'q', i);
		memcpy(buf + i, ". Z", 4);
		check(buf, i + 3);
	}
	for (i = 60; i < 70; i++) {
		size_t k;

		for (k = 0; k < i; k++)
			memcpy(buf + 2 * k, k % 2 ? "\u0416" : "\u0436", 2);
		memcpy(buf + 2 * i, "! x", 4);
		check(buf, 2 * i + 3);
	}
	/* Every code point of the Cyrillic block, alone and in a word. */
	for (i = 0x400; i < 0x540; i++) {
		char	 c[2] = { (char)(0xC0 | (i >> 6)),
		    (char)(0x80 | (i & 0x3F)) };

		memcpy(buf, c, 2);
		memcpy(buf + 2, " \u0416", 3);
		memcpy(buf + 5, c, 2);
		memcpy(buf + 7, "\u0436. x", 5);
		check(buf, 12);
	}
	/* Not NUL-terminated: the text is the first len bytes only. */
	check("abcdef", 3);
	check("\u0430\u0431\u0432", 3);
	check("don't", 4);
	check("www.x", 4);
}

/*
 * Every letter of the Cyrillic block and every ASCII byte at each place
 * of a word that crosses the 16-byte blocks the vectors read, the word
 * cut at every length (the last bytes of a text are read from a copy).
 */
static void
test_blocks(void **state)
{
	char		 buf[64], c[2];
	size_t		 at, cut, k;
	unsigned	 cp, b;

	(void)state;
	for (cp = 0x400; cp < 0x540; cp++) {
		c[0] = (char)(0xC0 | (cp >> 6));
		c[1] = (char)(0x80 | (cp & 0x3F));
		for (at = 0; at < 24; at += 1) {
			/* Cyrillic: а-я and Ж around the letter. */
			for (k = 0; k < 16; k++)
				memcpy(buf + 2 * k, k % 3 ? "\u0436" :
				    "\u0430", 2);
			memcpy(buf + (at & ~(size_t)1), c, 2);
			memcpy(buf + 32, " x", 2);
			for (cut = 0; cut <= 34; cut++)
				check(buf, cut);
			/* ASCII before it at an odd offset. */
			memset(buf, 'k', sizeof(buf));
			memcpy(buf + at, c, 2);
			memcpy(buf + 26, ".\u0416a, 9", 7);
			check(buf, 35);
		}
	}
	for (b = 1; b < 256; b++)
		for (at = 0; at < 20; at++) {
			memset(buf, 'Q', 20);
			for (k = 20; k < 40; k += 2)
				memcpy(buf + k, "\u042f", 2);
			buf[at] = (char)b;
			buf[40 - at] = (char)b;
			check(buf, 40);
			check(buf, 17);
		}
}

/* Random text from fragments that meet at the rules' edges. */
static void
test_random(void **state)
{
	static const char *const frag[] = {
		"a", "Z", "q", "h", "w", "f", "l", "d", "s", "t", "7", "0",
		"\u0430", "\u042f", "\u0401", "\u0451", "\u0460", "\u0481",
		"\u048a", "\u04c0", "\u04cf", "\u052f", "\u0482", "\u0483",
		" ", " ", " ", "  ", "\n", "\n\n", "\t", "\u00a0", ".", ".",
		",", "'", "-", "!", "?", "@", "#", "_", ":", "/", "%", "+",
		"http://", "www.", "ftp://", "\u2019", "\u2010", "\u2026",
		"\u0301", "\u200d", "\u00ad", "\xff", "\xd0", "\xe2\x80",
		"\u00e9", "\u00df", "\u4e2d", "\xef\xbe\xa0", "Mr", "St", "\u0433",
		"U", "\u00bd", "\u0661", "\u201c", "\u00ab", "(", ")", "\"",
		"abcdefghijklmnop", "QRSTUVWXYZ012345", "\u0416\u0401\u0436"
		    "\u0451\u0410\u044f\u0420\u043f",
		"\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437",
		"\u0460\u04d0\u0500", "\u0450\u045f\u0400\u040f",
	};
	char		 buf[512];
	size_t		 len, f;
	unsigned	 seed = 5;
	int		 round, k, parts;

	(void)state;
	for (round = 0; round < 20000; round++) {
		len = 0;
		parts = rand_r(&seed) % 40 + 1;
		for (k = 0; k < parts; k++) {
			f = (size_t)rand_r(&seed) %
			    (sizeof(frag) / sizeof(frag[0]));
			if (len + strlen(frag[f]) >= sizeof(buf))
				break;
			memcpy(buf + len, frag[f], strlen(frag[f]));
			len += strlen(frag[f]);
		}
		buf[len] = '\0';
		check(buf, len);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_blocks),
		cmocka_unit_test(test_random),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
