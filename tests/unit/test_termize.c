/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of src/text/termize_uni.c: termize_unigrams, which cuts and
 * looks up plain words itself, must give the ids termize_ids gives by way
 * of the tokenizer (the same tokens counted, the same non-stop terms in
 * the same order, the same strings), and termize_seq all of termize_ids'
 * terms (ids, sentences, stop words, whether one holds a space), on text
 * made to sit at the edges of the tokenizer's rules and of the 16- and
 * 32-byte blocks it reads, on random text, with and without stop words,
 * across a dropped vocabulary.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "text/termize.h"
#include "text/vocab.h"

/* The three ways, each with a vocabulary of its own fed the same texts. */
struct pair {
	struct termize	 ids, uni, seq;
};

static void
pair_init(struct pair *p, const char *stopwords)
{
	const char	*opt, *err;

	assert_int_equal(termize_init(&p->ids, stopwords, false, NULL, &opt,
	    &err), 0);
	assert_int_equal(termize_init(&p->uni, stopwords, false, NULL, &opt,
	    &err), 0);
	assert_int_equal(termize_init(&p->seq, stopwords, false, NULL, &opt,
	    &err), 0);
}

static void
pair_release(struct pair *p)
{
	termize_release(&p->ids);
	termize_release(&p->uni);
	termize_release(&p->seq);
}

static const char *
word(const struct termize *tz, uint32_t id)
{
	return vocab_str(vocab_get(tz->vocab, id));
}

/* termize_seq gives what termize_ids gave: g[0..n), space. */
static void
check_seq(struct pair *p, const char *text, const char *lang,
    struct arena *a, const struct gram_id *g, size_t n, bool space)
{
	struct gram_id	*q;
	size_t		 m, i;
	bool		 sp;

	m = termize_seq(&p->seq, text, lang, a, &q, &sp);
	if (n != m)
		fail_msg("text \"%s\": %zu tokens, %zu in sequence", text, n, m);
	if (sp != space)
		fail_msg("text \"%s\": space %d, in sequence %d", text, space,
		    sp);
	for (i = 0; i < n; i++)
		if (g[i].id != q[i].id || g[i].sentence != q[i].sentence ||
		    g[i].stop != q[i].stop || strcmp(word(&p->ids, g[i].id),
		    word(&p->seq, q[i].id)) != 0)
			fail_msg("text \"%s\", token %zu: \"%s\" (%u, sentence "
			    "%u, stop %d), in sequence \"%s\" (%u, %u, %d)",
			    text, i, word(&p->ids, g[i].id), g[i].id,
			    g[i].sentence, g[i].stop, word(&p->seq, q[i].id),
			    q[i].id, q[i].sentence, q[i].stop);
}

/* The three ways agree on text (NUL-terminated) in lang. */
static void
check(struct pair *p, const char *text, const char *lang)
{
	struct arena	*a = arena_new();
	struct gram_id	*g;
	const uint32_t	*ids;
	size_t		 n, m, nids, i, k = 0;
	bool		 space;

	n = termize_ids(&p->ids, text, lang, a, &g, &space);
	check_seq(p, text, lang, a, g, n, space);
	m = termize_unigrams(&p->uni, text, lang, a, &ids, &nids);
	if (n != m)
		fail_msg("text \"%s\": %zu tokens, %zu fused", text, n, m);
	for (i = 0; i < n; i++) {
		if (g[i].stop)
			continue;
		if (k == nids)
			fail_msg("text \"%s\": fused ids end at %zu", text, k);
		if (g[i].id != ids[k] || strcmp(word(&p->ids, g[i].id),
		    word(&p->uni, ids[k])) != 0)
			fail_msg("text \"%s\", token %zu: \"%s\" (%u), fused "
			    "\"%s\" (%u)", text, i, word(&p->ids, g[i].id),
			    g[i].id, word(&p->uni, ids[k]), ids[k]);
		k++;
	}
	if (k != nids)
		fail_msg("text \"%s\": %zu terms, %zu fused", text, k, nids);
	arena_free(a);
}

static const char *const edges[] = {
	"The WAR, the war; The War!", "Hello, world", "a", "A", "7", "",
	"http://x.com/a. Next", "HTTP://X.COM", "https:", "www.rt.com",
	"wwwx www", "ftp://h/p ftpx", "hxxp://x", "fhttp://x",
	"mail me@x.com now", "john_smith@x.org", "50%+x@y.com",
	"a.b@c.de", "x@y", "@user #tag #1 a@ b#", "word@ word. @word",
	"l'\u00e9tat qu'il qu\u2019il d'Artagnan j'ai l'1 l'",
	"don't o'clock rock'n'roll a' 'a a''b",
	"color-revolution по-русски a- -a a--b a-1 1-a 1-2",
	"U.S. U.S.A. т.е. a.b.c a.b ab.c. x.y",
	"3.5 1,000 3,a a,3 3. 3, 1.2.3 .5",
	"Mr. Smith Dr. Who A. Smith В. Путин ул. Ленина г. Москва",
	"end. next end. Next END. 3 end.\n\nnext end!next end?Next",
	"\u0400\u040f\u0410\u042f\u0430\u044f\u0450\u045f\u0460\u0461"
	    "\u0480\u0481\u048a\u04bf\u04c0\u04c1\u04ce\u04cf\u04d0\u052f",
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
	"a_b _a a_ \u0430_\u0431", "\u049b\u0430\u0437\u0430\u049b "
	    "\u04d9\u0493\u04af\u04b1\u04bb\u0456\u04e9 \u049a\u0410\u0417",
	"Ab\u2019s CAN'T \u0421\u0428\u0410. \u0441\u0448\u0430.",
	"a.\u0430 \u0430.b \u0430,1 1,\u0430 \u0430'\u0431 \u0430-\u0431",
	"\u0430\xe2\x80\x99\u0431 e\xcc\x81 \u0401\u0451 \ufdfa \u2163",
	"the and of is a the THE The \u0438 \u0432 \u043d\u0435 \u0418",
	"\u0416\u0436#\u0431 \u0436#tag a#b a#1 \u0436@x.com \u0436.@ \u0436!#x",
};

/* The edges, each at every offset of a 32-byte block and padded after. */
static void
test_edges(void **state)
{
	struct pair	 p;
	char		 buf[600];
	size_t		 i, pad, n;

	(void)state;
	pair_init(&p, "auto");
	for (i = 0; i < sizeof(edges) / sizeof(edges[0]); i++) {
		check(&p, edges[i], "en");
		check(&p, edges[i], "ru");
		check(&p, edges[i], NULL);
		for (pad = 0; pad < 34; pad++) {
			memset(buf, ' ', pad);
			n = strlen(edges[i]);
			memcpy(buf + pad, edges[i], n);
			memcpy(buf + pad + n, " tail words here to read on.",
			    29);
			check(&p, buf, "en");
			buf[pad + n] = '\0';
			check(&p, buf, "ru");
		}
	}
	pair_release(&p);
}

/*
 * Words of every length around the 16- and 32-byte reads and the fast
 * path's limit, in both scripts, ended by every ASCII byte, at every
 * distance from the end of the text.
 */
static void
test_lengths(void **state)
{
	struct pair	 p;
	char		 buf[400];
	size_t		 len, k, end;
	unsigned	 b;

	(void)state;
	pair_init(&p, "none");
	for (len = 1; len < 140; len++)
		for (b = 1; b < 128; b += (len < 40 ? 1 : 13)) {
			memset(buf, 0, sizeof(buf));
			for (k = 0; k < len; k++)
				buf[k] = (char)("abcXYZ0189"[(k * 7 + len) %
				    10]);
			buf[len] = (char)b;
			memcpy(buf + len + 1, "b x", 4);
			for (end = len; end <= len + 4; end++) {
				buf[end] = '\0';
				check(&p, buf, NULL);
				buf[end] = end == len ? (char)b :
				    "b x"[end - len - 1];
			}
			for (k = 0; k < len && 2 * k + 2 < 300; k++)
				memcpy(buf + 2 * k, k % 3 ? "\u0436" :
				    "\u0416", 2);
			k = 2 * k;
			buf[k] = (char)b;
			memcpy(buf + k + 1, "\u0431 ", 4);
			buf[k + 4] = '\0';
			check(&p, buf, "ru");
			buf[k + 1] = '\0';
			check(&p, buf, "ru");
		}
	pair_release(&p);
}

/* Random text from fragments that meet at the rules' edges. */
static void
test_random(void **state)
{
	static const char *const frag[] = {
		"a", "Z", "q", "h", "w", "f", "l", "d", "s", "t", "7", "0",
		"\u0430", "\u042f", "\u0401", "\u0451", "\u0460", "\u0481",
		"\u048a", "\u04c0", "\u049b", "\u04d9", "\u0456", "\u0482",
		" ", " ", " ", " ", " ", "  ", "\n", "\n\n", "\t", "\u00a0",
		".", ".", ". ", ", ", ",", "'", "-", "!", "?", "@", "#", "_",
		":", "/", "%", "+", "http://", "www.", "ftp://", "x@y.com",
		"\u2019", "\u2010", "\u2026", "\u0301", "\u200d", "\u00ad",
		"\xff", "\xd0", "\xe2\x80", "\u00e9", "\u00df", "\u4e2d",
		"\xef\xbe\xa0", "\U0001F600", "Mr", "St", "the", "and", "\u0438",
		"\u0432", "U", "\u00bd", "\u0661", "\u201c", "\u00ab", "(",
		")", "\"", "abcdefghijklmnop", "QRSTUVWXYZ012345",
		"\u0416\u0401\u0436\u0451\u0410\u044f\u0420\u043f",
		"\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437",
		"\u0460\u04d0\u0500", "\u0450\u045f\u0400\u040f",
	};
	static const char *const langs[] = { "en", "ru", "kk", NULL, "de" };
	struct pair	 p, q;
	char		 buf[700];
	size_t		 len, f, round;
	unsigned	 seed = 7;

	(void)state;
	pair_init(&p, "auto");
	pair_init(&q, "none");
	for (round = 0; round < 40000; round++) {
		len = 0;
		while (len < 600 && rand_r(&seed) % 64 != 0) {
			f = (size_t)rand_r(&seed) % (sizeof(frag) /
			    sizeof(frag[0]));
			memcpy(buf + len, frag[f], strlen(frag[f]));
			len += strlen(frag[f]);
		}
		buf[len] = '\0';
		check(&p, buf, langs[round % 5]);
		check(&q, buf, langs[round % 5]);
		/* As terms does past --max-memory. */
		if (round % 5000 == 4999) {
			termize_drop_vocab(&p.ids);
			termize_drop_vocab(&p.uni);
			termize_drop_vocab(&p.seq);
		}
	}
	pair_release(&p);
	pair_release(&q);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_lengths),
		cmocka_unit_test(test_random),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
