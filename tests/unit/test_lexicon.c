/* SPDX-License-Identifier: MIT */
/* Unit tests of src/text/lexicon.c and src/text/lexicon_import.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/diag.h"
#include "text/lexicon.h"
#include "text/lexicon_import.h"

static struct lexicon *
parse(const char *text, int want)
{
	struct lexicon	*lx = lexicon_new();

	assert_int_equal(lexicon_parse(lx, "t.nfl", text, strlen(text)),
	    want);
	return lx;
}

static void
test_native(void **state)
{
	struct lexicon		*lx;
	const struct lex_entry	*e;

	(void)state;
	lx = parse("# a comment\n"
	    "[foreign]\n"
	    "= Unrest is run from abroad.\n"
	    "  color revolution\n"
	    "цветн* революц* @ru\n"
	    "foreign [1-3] forces\n"
	    "[the] west [2] behind\n"
	    "!industrial revolution\n"
	    "re:\\bcia[- ]backed\\b @en @ru\n"
	    "\n"
	    "[order.police]\r\n"
	    "riot police\r\n"
	    "follow @kremlin @en\n", 0);
	assert_int_equal(lx->n_frames, 2);
	assert_string_equal(lx->frames[0].name, "foreign");
	assert_string_equal(lx->frames[0].definition,
	    "Unrest is run from abroad.");
	assert_int_equal(lx->frames[0].n_entries, 5);
	assert_string_equal(lx->frames[1].name, "order.police");
	assert_null(lx->frames[1].definition);
	assert_int_equal(lx->n_entries, 8);
	/* @ and 2-3 letters at the end is a language; a longer @word is
	 * a word (a mention) */
	e = &lx->entries[7];
	assert_int_equal(e->n_items, 2);
	assert_string_equal(e->items[1].word, "@kremlin");
	assert_int_equal(e->n_langs, 1);

	e = &lx->entries[0];
	assert_int_equal(e->n_items, 2);
	assert_string_equal(e->items[1].word, "revolution");
	assert_int_equal(e->line, 4);
	assert_false(e->items[0].glob);

	e = &lx->entries[1];
	assert_true(e->items[0].glob);
	assert_int_equal(e->n_langs, 1);
	assert_string_equal(e->langs[0], "ru");
	assert_true(lexicon_entry_lang_ok(e, "ru"));
	assert_false(lexicon_entry_lang_ok(e, "en"));
	assert_true(lexicon_entry_lang_ok(e, NULL));

	e = &lx->entries[2];
	assert_int_equal(e->n_items, 3);
	assert_null(e->items[1].word);
	assert_int_equal(e->items[1].gap_min, 1);
	assert_int_equal(e->items[1].gap_max, 3);

	e = &lx->entries[3];
	assert_true(e->items[0].optional);
	assert_string_equal(e->items[0].word, "the");
	assert_int_equal(e->items[2].gap_min, 0);
	assert_int_equal(e->items[2].gap_max, 2);

	assert_true(lx->entries[4].exclude);
	e = &lx->entries[5];
	assert_string_equal(e->regex, "\\bcia[- ]backed\\b");
	assert_int_equal(e->n_langs, 2);
	assert_int_equal(lx->entries[6].frame, 1);
	assert_int_equal(lexicon_frame_index(lx, "order.police"), 1);
	assert_int_equal(lexicon_frame_index(lx, "nope"), -1);
	lexicon_free(lx);
}

static void
test_native_errors(void **state)
{
	struct lexicon	*lx;
	long		 before;

	(void)state;
	before = diag_errors();
	lx = parse("word before\n"
	    "[a]\n"
	    "x [1-3]\n"
	    "[0-0] y\n"
	    "x [3-1] y\n"
	    "x [1] [2] y\n"
	    "[opt]ional\n"
	    "*\n"
	    "re:\n"
	    "x [\n"
	    "[a]\n"
	    "[9bad]\n"
	    "[empty]\n"
	    "[ok]\n"
	    "fine\n", -1);
	/* One error per bad line, and the two frames left empty. */
	assert_int_equal(diag_errors() - before, 13);
	lexicon_free(lx);

	lx = parse("# nothing\n", -1);
	lexicon_free(lx);
}

static void
test_yaml(void **state)
{
	const char	*y =
	    "foreign:\n"
	    "  - color revolution\n"
	    "  - \"foreign-backed\"\n"
	    "security:\n"
	    "  terror:\n"
	    "    - terror*\n"
	    "  extremism: extremis*\n"
	    "civil grievance:\n"
	    "  - fuel prices\n";
	struct lexicon	*lx = lexicon_new();

	(void)state;
	assert_int_equal(lexicon_import_yaml(lx, "d.yml", y, strlen(y)), 0);
	assert_int_equal(lx->n_frames, 4);
	assert_string_equal(lx->frames[0].name, "foreign");
	assert_string_equal(lx->frames[1].name, "security.terror");
	assert_string_equal(lx->frames[2].name, "security.extremism");
	assert_string_equal(lx->frames[3].name, "civil_grievance");
	assert_int_equal(lx->n_entries, 5);
	assert_string_equal(lx->entries[1].items[0].word, "foreign-backed");
	assert_true(lx->entries[2].items[0].glob);
	assert_int_equal(lx->entries[2].line, 6);
	lexicon_free(lx);

	lx = lexicon_new();
	assert_int_equal(lexicon_import_yaml(lx, "bad.yml", "a: [b\n", 6),
	    -1);
	lexicon_free(lx);
}

static void
test_dic(void **state)
{
	const char	*d =
	    "%\n"
	    "1\tposemo\n"
	    "2\tnegemo\n"
	    "%\n"
	    "happ*\t1\n"
	    "kind of\t1\t2\n"
	    "abandon* 2\n"
	    "worr* 9\n";
	struct lexicon	*lx = lexicon_new();

	(void)state;
	assert_int_equal(lexicon_import_dic(lx, "d.dic", d, strlen(d)), -1);
	assert_int_equal(lx->n_frames, 2);
	assert_int_equal(lx->n_entries, 4);
	assert_int_equal(lx->entries[1].n_items, 2);
	assert_int_equal(lx->entries[1].frame, 0);
	assert_int_equal(lx->entries[2].frame, 1);
	assert_string_equal(lx->entries[3].items[0].word, "abandon*");
	assert_int_equal(lx->entries[3].frame, 1);
	lexicon_free(lx);
}

static void
test_lc3(void **state)
{
	const char	*d =
	    "+negative\n"
	    "a lie\n"
	    "abandon*\n"
	    "\n"
	    "+positive\n"
	    "good*\n";
	struct lexicon	*lx = lexicon_new();

	(void)state;
	assert_int_equal(lexicon_import_lc3(lx, "d.lc3", d, strlen(d)), 0);
	assert_int_equal(lx->n_frames, 2);
	assert_string_equal(lx->frames[1].name, "positive");
	assert_int_equal(lx->n_entries, 3);
	assert_int_equal(lx->entries[2].frame, 1);
	assert_int_equal(lx->entries[0].n_items, 2);
	lexicon_free(lx);

	lx = lexicon_new();
	assert_int_equal(lexicon_import_lc3(lx, "e.lc3", "word\n", 5), -1);
	lexicon_free(lx);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_native),
		cmocka_unit_test(test_native_errors),
		cmocka_unit_test(test_yaml),
		cmocka_unit_test(test_dic),
		cmocka_unit_test(test_lc3),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
