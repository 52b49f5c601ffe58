/* SPDX-License-Identifier: MIT */
/* Unit tests of src/text/token.c and the normal forms of src/text/fold.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "text/fold.h"
#include "text/token.h"

static struct arena	*A;
static char		 joined[4096];

/* Tokenizes s; returns the normal forms joined by '|'. */
static const char *
norms(const char *s, struct tokens *t)
{
	size_t	 i, off = 0;

	tok_text(s, strlen(s), A, t);
	joined[0] = '\0';
	for (i = 0; i < t->n; i++)
		off += (size_t)snprintf(joined + off, sizeof(joined) - off,
		    "%s%s", i ? "|" : "", t->v[i].norm);
	return joined;
}

/* Sentence numbers of the tokens as digits. */
static const char *
sentences(const char *s)
{
	static char	 out[256];
	struct tokens	 t;
	size_t		 i;

	tok_text(s, strlen(s), A, &t);
	for (i = 0; i < t.n && i < sizeof(out) - 1; i++)
		out[i] = (char)('0' + t.v[i].sentence);
	out[i] = '\0';
	return out;
}

static void
test_latin(void **state)
{
	struct tokens	 t;

	(void)state;
	assert_string_equal(norms("The WAR, the war; The War!", &t),
	    "the|war|the|war|the|war");
	assert_string_equal(norms("Don't stop the color-revolution -- now",
	    &t), "don't|stop|the|color-revolution|now");
	/* Typographic apostrophe and hyphen normalize to ASCII. */
	assert_string_equal(norms("don\u2019t co\u2010operate", &t),
	    "don't|co-operate");
	/* Leading/trailing apostrophes and hyphens are not kept. */
	assert_string_equal(norms("'quoted' students' -x- a--b", &t),
	    "quoted|students|x|a|b");
	/* French elisions split off; English o'clock stays whole. */
	assert_string_equal(norms("L'\u00e9tat qu\u2019il d'Artagnan "
	    "o'clock", &t), "l'|\u00e9tat|qu'|il|d'|artagnan|o'clock");
	assert_string_equal(norms("Caf\u00e9 CAFE\u0301 na\u00efve", &t),
	    "caf\u00e9|caf\u00e9|na\u00efve");
	assert_string_equal(norms("Stra\u00dfe STRASSE", &t),
	    "strasse|strasse");
	/* Spans point into the original text. */
	tok_text("  Hello, world", 14, A, &t);
	assert_int_equal(t.n, 2);
	assert_int_equal(t.v[0].start, 2);
	assert_int_equal(t.v[0].end, 7);
	assert_int_equal(t.v[1].start, 9);
	assert_int_equal(t.v[1].end, 14);
	assert_true(t.v[0].upper);
	assert_false(t.v[1].upper);
	assert_int_equal(t.v[0].kind, TOK_WORD);
}

static void
test_cyrillic(void **state)
{
	struct tokens	 t;

	(void)state;
	assert_string_equal(norms("Революция РЕВОЛЮЦИЯ революция", &t),
	    "революция|революция|революция");
	assert_string_equal(norms("говорить по-русски, ВСЁ", &t),
	    "говорить|по-русски|всё");
	/* Kazakh letters, upper and lower case, fold together. */
	assert_string_equal(norms("ӘҒҚҢӨҰҮҺІ әғқңөұүһі", &t),
	    "әғқңөұүһі|әғқңөұүһі");
	assert_string_equal(norms("Қазақстан ҚАЗАҚСТАН Үкімет", &t),
	    "қазақстан|қазақстан|үкімет");
	/* Ukrainian apostrophe forms. */
	assert_string_equal(norms("м'ясо м\u2019ясо м\u02bcясо", &t),
	    "м'ясо|м'ясо|м'ясо");
	/* й stays й (NFKC recomposes it). */
	assert_string_equal(norms("ЙОД и\u0306од", &t), "йод|йод");
}

/* The ASCII class table agrees with the classifier. */
static void
test_ascii_table(void **state)
{
	uint32_t	 c;

	(void)state;
	for (c = 0; c < 128; c++)
		assert_int_equal(fold_ascii_cls[c], cls_of(c));
}

/* The Cyrillic fast path folds exactly as NFKC + case fold does. */
static void
test_cyrillic_block(void **state)
{
	struct tokens	 t;
	char		 s[8];
	uint32_t	 cp;
	size_t		 n;

	(void)state;
	for (cp = 0x400; cp <= 0x52F; cp++) {
		if (cp >= 0x482 && cp <= 0x489)
			continue;	/* signs and combining marks */
		n = 0;
		s[n++] = (char)(0xC0 | (cp >> 6));
		s[n++] = (char)(0x80 | (cp & 0x3F));
		s[n] = '\0';
		tok_text(s, n, A, &t);
		assert_int_equal(t.n, 1);
		assert_string_equal(t.v[0].norm, tok_fold(s, n, A, NULL));
		/* Upper case exactly when folding changes the letter. */
		assert_int_equal(t.v[0].upper,
		    strcmp(t.v[0].norm, s) != 0);
		assert_int_equal(cls_upper(cp), t.v[0].upper);
		assert_int_equal(cls_lower(cp), !t.v[0].upper);
	}
}

static void
test_greek_cjk(void **state)
{
	struct tokens	 t;

	(void)state;
	assert_string_equal(norms("ΛΌΓΟΣ λόγος", &t), "λόγοσ|λόγοσ");
	assert_string_equal(norms("中国经济。日本", &t),
	    "中|国|经|济|日|本");
	tok_text("中国", 6, A, &t);
	assert_int_equal(t.v[1].start, 3);
	assert_int_equal(t.v[1].end, 6);
	/* Full-width Latin and digits are NFKC-folded. */
	assert_string_equal(norms("\uff21\uff22\uff23 \uff11\uff12", &t),
	    "abc|12");
}

static void
test_ligature_and_junk(void **state)
{
	struct tokens	 t;

	(void)state;
	assert_string_equal(norms("\ufb01nance \ufb02ow", &t),
	    "finance|flow");
	assert_string_equal(norms("\xf0\x9f\x98\x80 war \xe2\x9c\x8c\xef\xb8"
	    "\x8f peace \xf0\x9f\x87\xb7\xf0\x9f\x87\xba", &t), "war|peace");
	/* Invalid bytes are skipped, words around them survive. */
	assert_string_equal(norms("ab\xff\xfe cd \xc3 ef", &t), "ab|cd|ef");
	/* Nor inside a URL: an invalid byte ends it (found by fuzzing). */
	assert_string_equal(norms("https://e.com/a\x93\x8f" "b c", &t),
	    "https://e.com/a|b|c");
	assert_string_equal(norms("*** ### ... --- !!!", &t), "");
	assert_int_equal(t.n, 0);
	assert_int_equal(t.sentences, 0);
	assert_string_equal(norms("", &t), "");
	/* Soft hyphen and zero-width joiner inside a word are dropped. */
	assert_string_equal(norms("infor\u00admation", &t), "information");
}

static void
test_numbers(void **state)
{
	struct tokens	 t;

	(void)state;
	assert_string_equal(norms("3.14 1,000,000 2020-2021 covid-19 G7 2nd",
	    &t), "3.14|1,000,000|2020|2021|covid-19|g7|2nd");
	assert_int_equal(t.v[0].kind, TOK_NUMBER);
	assert_int_equal(t.v[1].kind, TOK_NUMBER);
	assert_int_equal(t.v[4].kind, TOK_WORD);
	assert_string_equal(norms("19-year-old, in 2020.", &t),
	    "19-year-old|in|2020");
	assert_int_equal(t.v[2].kind, TOK_NUMBER);
}

static void
test_special(void **state)
{
	struct tokens	 t;

	(void)state;
	assert_string_equal(norms("See https://Example.COM/Path_A?x=1&y=2. "
	    "Or www.rt.com/news/).", &t),
	    "see|https://example.com/Path_A?x=1&y=2|or|www.rt.com/news/");
	assert_int_equal(t.v[1].kind, TOK_URL);
	assert_int_equal(t.v[3].kind, TOK_URL);
	assert_string_equal(norms("(http://a.org/wiki/X_(y)) ok", &t),
	    "http://a.org/wiki/X_(y)|ok");
	assert_string_equal(norms("Write to John.Smith@Mail.Example.org, "
	    "not to bob@localhost.", &t),
	    "write|to|john.smith@mail.example.org|not|to|bob|localhost");
	assert_int_equal(t.v[2].kind, TOK_EMAIL);
	assert_string_equal(norms("@RT_com said #Ukraine #2022 #Война a@b",
	    &t), "@rt_com|said|#ukraine|2022|#война|a|b");
	assert_int_equal(t.v[0].kind, TOK_MENTION);
	assert_int_equal(t.v[2].kind, TOK_HASHTAG);
	assert_int_equal(t.v[4].kind, TOK_HASHTAG);
	assert_string_equal(tok_kind_name(TOK_HASHTAG), "hashtag");
}

static void
test_sentences(void **state)
{
	struct tokens	 t;

	(void)state;
	assert_string_equal(sentences("One two. Three! Four? Five\u2026 Six"),
	    "001234");
	/* Abbreviations, initials, dotted acronyms, lower-case continuation. */
	assert_string_equal(sentences("Mr. Smith met Dr. Jones. Then"),
	    "000001");
	assert_string_equal(sentences("V. V. Putin and the U.S. army. Ok"),
	    "00000001");
	assert_string_equal(sentences("В. В. Путин, ул. Ленина, 1995 г. "
	    "т.е. всё. Да"), "0000000001");
	assert_string_equal(sentences("etc. and so on. Next"), "00001");
	/* A blank line ends a sentence; one newline does not. */
	assert_string_equal(sentences("Title here\n\nBody text\nmore"),
	    "00111");
	/* No sentence end inside rt.com or 3.5; quotes after the stop. */
	assert_string_equal(sentences("rt.com says 3.5 \"no.\" Yes"),
	    "000001");
	tok_text("a. B! C", 7, A, &t);
	assert_int_equal(t.sentences, 3);
	assert_string_equal(sentences("中国。日本"), "0011");
}

static void
test_fold(void **state)
{
	size_t	 n;

	(void)state;
	assert_string_equal(tok_fold("РЕВОЛЮЦИЯ", 18, A, &n), "революция");
	assert_int_equal(n, 18);
	assert_string_equal(tok_fold("Color\u2010Revolution", 18, A, NULL),
	    "color-revolution");
	assert_string_equal(tok_fold("WAR", 3, A, &n), "war");
	assert_string_equal(tok_fold("\ufb01", 3, A, &n), "fi");
	assert_int_equal(n, 2);
}

static void
test_long_text(void **state)
{
	static char	 buf[200000];
	struct tokens	 t;
	size_t		 i, off = 0;

	(void)state;
	/* Many tokens: the array grows in the arena and stays intact. */
	for (i = 0; off + 32 < sizeof(buf); i++)
		off += (size_t)snprintf(buf + off, sizeof(buf) - off,
		    "Слово%zu word%zu. ", i % 7, i);
	tok_text(buf, off, A, &t);
	assert_int_equal(t.n, 2 * i);
	assert_string_equal(t.v[0].norm, "слово0");
	assert_string_equal(t.v[2 * i - 1].norm,
	    (snprintf(joined, sizeof(joined), "word%zu", i - 1), joined));
	assert_int_equal(t.sentences, i);
	assert_int_equal(t.v[2 * i - 1].sentence, i - 1);
}

static int
setup(void **state)
{
	(void)state;
	A = arena_new();
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	arena_free(A);
	return 0;
}

/* Found by fuzzing: a letter that folds to nothing made an empty token. */
static void
test_folds_to_nothing(void **state)
{
	struct tokens	 t;

	(void)state;
	assert_string_equal(norms("war \xef\xbe\xa0 peace", &t), "war|peace");
	assert_int_equal(t.n, 2);
	assert_string_equal(sentences("War. \xef\xbe\xa0 Peace."), "01");
}

/*
 * NFC: ASCII and text already in NFC come back as they are (the same
 * pointer); a decomposed letter is composed wherever it sits in a word
 * of eight bytes, since ASCII is skipped a word at a time.
 */
static void
test_nfc(void **state)
{
	struct arena	*a = arena_new();
	const char	*ascii = "The quick brown fox jumps over the lazy dog";
	const char	*nfc = "caf\xc3\xa9 \xd0\xbc\xd0\xb8\xd1\x80";
	char		 in[64], want[64];
	size_t		 off;

	(void)state;
	assert_ptr_equal(fold_nfc(ascii, a), ascii);
	assert_ptr_equal(fold_nfc("", a), "");
	assert_ptr_equal(fold_nfc(nfc, a), nfc);
	assert_null(fold_nfc(NULL, a));
	for (off = 0; off < 18; off++) {
		snprintf(in, sizeof(in), "%.*se\xcc\x81 tail", (int)off,
		    "abcdefghijklmnopqrstuvwxyz");
		snprintf(want, sizeof(want), "%.*s\xc3\xa9 tail", (int)off,
		    "abcdefghijklmnopqrstuvwxyz");
		assert_string_equal(fold_nfc(in, a), want);
	}
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_latin),
		cmocka_unit_test(test_cyrillic),
		cmocka_unit_test(test_ascii_table),
		cmocka_unit_test(test_cyrillic_block),
		cmocka_unit_test(test_greek_cjk),
		cmocka_unit_test(test_ligature_and_junk),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_special),
		cmocka_unit_test(test_sentences),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_long_text),
		cmocka_unit_test(test_folds_to_nothing),
		cmocka_unit_test(test_nfc),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
