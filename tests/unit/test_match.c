/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of src/text/match.c and src/text/trie.c. Texts are token
 * arrays built by hand (normal forms, spans, sentence numbers), so the
 * matcher is tested apart from the tokenizer; entries are compiled from
 * a native lexicon.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "text/lexicon.h"
#include "text/match.h"
#include "text/token.h"
#include "text/trie.h"

/* Tokens from "word word|word ..." ('|' ends a sentence); spans are the
 * word offsets in a text of the words joined by blanks. */
static void
make_tokens(const char *spec, struct arena *a, struct tokens *out)
{
	char		*s = arena_strdup(a, spec), *w;
	size_t		 off = 0, len;
	unsigned	 sent = 0;

	out->v = arena_calloc(a, 256, sizeof(*out->v));
	out->n = 0;
	for (w = strtok(s, " "); w != NULL; w = strtok(NULL, " ")) {
		if (strcmp(w, "|") == 0) {
			sent++;
			continue;
		}
		len = strlen(w);
		out->v[out->n].norm = w;
		out->v[out->n].norm_len = len;
		out->v[out->n].start = off;
		out->v[out->n].end = off + len;
		out->v[out->n].sentence = sent;
		out->v[out->n].kind = TOK_WORD;
		out->n++;
		off += len + 1;
	}
	out->sentences = sent + 1;
}

struct fixture {
	struct lexicon	*lx;
	struct matcher	*m;
	struct arena	*a;
};

static struct fixture
compile(const char *lexicon, int flags)
{
	struct fixture	 f;

	f.lx = lexicon_new();
	assert_int_equal(lexicon_parse(f.lx, "t.nfl", lexicon,
	    strlen(lexicon)), 0);
	f.m = matcher_new(f.lx, flags);
	assert_non_null(f.m);
	f.a = arena_new();
	return f;
}

static void
release(struct fixture *f)
{
	matcher_free(f->m);
	lexicon_free(f->lx);
	arena_free(f->a);
}

/* Runs spec through f and returns "frame:first-last ..." of the hits. */
static const char *
run(struct fixture *f, const char *spec, const char *lang)
{
	struct tokens	 t;
	struct match	*m;
	char		*out = arena_alloc(f->a, 512), *p = out;
	size_t		 n, i;

	make_tokens(spec, f->a, &t);
	n = matcher_run(f->m, NULL, 0, &t, lang, f->a, &m);
	*p = '\0';
	for (i = 0; i < n; i++)
		p += sprintf(p, "%s%u:%zu-%zu", i ? " " : "", m[i].frame,
		    m[i].first, m[i].last);
	return out;
}

static void
test_phrases_and_overlap(void **state)
{
	struct fixture	 f = compile("[a]\ncolor revolution\nrevolution\n"
			    "[b]\nrevolution\n", 0);

	(void)state;
	/* Overlapping hits of frame a count once, the longest; frame b
	 * counts its own. */
	assert_string_equal(run(&f, "a color revolution now", NULL),
	    "0:1-2 1:2-2");
	assert_string_equal(run(&f, "color | revolution", NULL),
	    "0:1-1 1:1-1");
	assert_string_equal(run(&f, "nothing here", NULL), "");
	release(&f);
}

static void
test_globs(void **state)
{
	struct fixture	 f = compile("[a]\nцветн* революц*\norgani?e\n"
			    "*ism\n", 0);

	(void)state;
	assert_string_equal(run(&f, "о цветной революции и цветных "
	    "революциях", NULL), "0:1-2 0:4-5");
	assert_string_equal(run(&f, "organize organise organ", NULL),
	    "0:0-0 0:1-1");
	/* ? is one character, even a two-byte one */
	assert_string_equal(run(&f, "organiжe organie", NULL), "0:0-0");
	assert_string_equal(run(&f, "extremism", NULL), "0:0-0");
	release(&f);
}

static void
test_gaps_and_optional(void **state)
{
	struct fixture	 f = compile("[a]\nforeign [1-3] forces\n"
			    "[the] collective west\n", 0);

	(void)state;
	assert_string_equal(run(&f, "foreign forces", NULL), "");
	assert_string_equal(run(&f, "foreign hostile forces", NULL),
	    "0:0-2");
	assert_string_equal(run(&f, "foreign a b c forces", NULL), "0:0-4");
	assert_string_equal(run(&f, "foreign a b c d forces", NULL), "");
	assert_string_equal(run(&f, "foreign a | b forces", NULL), "");
	assert_string_equal(run(&f, "the collective west", NULL), "0:0-2");
	assert_string_equal(run(&f, "a collective west", NULL), "0:1-2");
	release(&f);
}

static void
test_exclusion_and_lang(void **state)
{
	struct fixture	 f = compile("[a]\nrevolution\n"
			    "!industrial revolution\nмайдан* @ru\n", 0);

	(void)state;
	assert_string_equal(run(&f, "the industrial revolution and a "
	    "revolution", NULL), "0:5-5");
	assert_string_equal(run(&f, "майдан", "ru"), "0:0-0");
	assert_string_equal(run(&f, "майдан", "en"), "");
	assert_string_equal(run(&f, "майдан", NULL), "0:0-0");
	release(&f);
}

static void
test_hyphens_and_regex(void **state)
{
	struct fixture	 f = compile("[a]\nforeign-backed\n"
			    "re:\\bcia\\b\n", 0);

	(void)state;
	/* The tokenizer keeps foreign-backed whole; units split it. */
	assert_string_equal(run(&f, "foreign-backed groups", NULL),
	    "0:0-0");
	assert_string_equal(run(&f, "foreign backed groups", NULL),
	    "0:0-1");
	assert_string_equal(run(&f, "the cia-backed social", NULL),
	    "0:1-1");
	release(&f);
}

static void
test_gaps_do_not_explode(void **state)
{
	/* 10 gaps of 0..20 over 200 equal tokens: 21^10 paths, few states */
	struct fixture	 f = compile("[a]\na [0-20] a [0-20] a [0-20] a [0-20] "
			    "a [0-20] a [0-20] a [0-20] a [0-20] a [0-20] a "
			    "[0-20] a [0-20] b\n[c]\na [0-20] a\n", 0);
	char		*spec = arena_alloc(f.a, 2 * 200 + 1), *p = spec;
	int		 i;

	(void)state;
	for (i = 0; i < 200; i++)
		p += sprintf(p, "%sa", i ? " " : "");
	/* frame c: the longest from each free start: 0-21, 22-43, ...,
	 * and the last two tokens (a gap may be empty) */
	assert_string_equal(run(&f, spec, NULL), "1:0-21 1:22-43 1:44-65 "
	    "1:66-87 1:88-109 1:110-131 1:132-153 1:154-175 1:176-197 "
	    "1:198-199");
	release(&f);
}

static void
test_stem(void **state)
{
	struct fixture	 f = compile("[a]\nprotests\n", MATCH_STEM);

	(void)state;
	assert_string_equal(run(&f, "protesters protesting protest", NULL),
	    "0:0-0 0:1-1 0:2-2");
	release(&f);
}

static void
test_glob_match(void **state)
{
	(void)state;
	assert_true(glob_match("a*c", 3, "abbbc", 5));
	assert_true(glob_match("*", 1, "", 0));
	assert_false(glob_match("a?c", 3, "ac", 2));
	assert_true(glob_match("a*b*c", 5, "axbyc", 5));
	assert_false(glob_match("a*b*c", 5, "axbyd", 5));
}

static void
test_big_trie(void **state)
{
	struct trie	*t = trie_new();
	uint32_t	 node, n1 = 0, sym;
	char		 w[32];
	int		 i;

	(void)state;
	for (i = 0; i < 5000; i++) {
		snprintf(w, sizeof(w), "w%d", i);
		node = trie_add_literal(t, TRIE_ROOT, w, strlen(w));
		trie_add_output(t, node, (uint32_t)i);
		if (i == 4321)
			n1 = node;
	}
	sym = trie_symbol(t, "w4321", 5);
	assert_int_not_equal(sym, TRIE_NONE);
	assert_int_equal(trie_next(t, TRIE_ROOT, sym), n1);
	assert_int_equal(trie_out_value(t, trie_out_first(t, n1)), 4321);
	assert_int_equal(trie_symbol(t, "w5000", 5), TRIE_NONE);
	trie_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_phrases_and_overlap),
		cmocka_unit_test(test_globs),
		cmocka_unit_test(test_gaps_and_optional),
		cmocka_unit_test(test_exclusion_and_lang),
		cmocka_unit_test(test_hyphens_and_regex),
		cmocka_unit_test(test_gaps_do_not_explode),
		cmocka_unit_test(test_stem),
		cmocka_unit_test(test_glob_match),
		cmocka_unit_test(test_big_trie),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
