/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of terms past --max-memory (src/cmd/terms_spill.c and
 * src/cmd/terms_rank.c): counts spilled by word ranks, or as strings
 * when ranks cannot give the order (a word with a control character),
 * print exactly what the counts in memory print; so do counts spilled
 * to keep the n-gram tables within their 32-bit counts.
 */
#include <dirent.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "cmd/commands.h"
#include "cmd/terms.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/command.h"
#include "core/record.h"
#include "core/xmalloc.h"
#include "stats/spill.h"
#include "text/vocab.h"

enum mode {
	IN_MEMORY,	/* --max-memory 0 */
	BY_RANK,	/* --max-memory 1: a run before every record */
	BY_STRING,	/* every 7th record, with a word ranks cannot order */
	BY_COUNT,	/* no limit, but the n-gram tables' counts kept to
			   150 bytes of text: spilled every few records, the
			   longer records counted by string */
	ALL_STRING,	/* every record counted by string (a limit of 1
			   byte): the reference for the id tables, paired
			   sizes (src/cmd/terms_pair.c) among them */
};

struct variant {
	const char	*ngram;
	const char	*by;
	bool		 tfidf;
	int		 top;
	bool		 title;
};

static int
entries(const char *dir)
{
	DIR		*d = opendir(dir);
	struct dirent	*e;
	int		 n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

/*
 * Record doc of 300: 5 to 40 words (English, with stop words; 1,500
 * every 50th record) after a title of two, from a Zipf-like vocabulary, so counts tie often and n-grams repeat; words
 * that start others ("w1", "w12") and groups that start others.
 */
static void
make_record(struct record *r, struct arena *a, unsigned *seed, long doc)
{
	static const char *const outlets[] = { "A", "A B", "AB", "B" };
	struct buf	 text;
	int		 i, n, w;

	buf_init(&text);
	record_init(r);
	/* A title of two words, its n-grams in the record's docs too. */
	*seed = *seed * 1103515245 + 12345;
	buf_addf(&text, "w%u w%u", (*seed >> 8) % 40, (*seed >> 16) % 40);
	r->title = arena_strndup(a, text.data, text.len);
	buf_reset(&text);
	n = 5 + (int)((*seed = *seed * 1103515245 + 12345) >> 16) % 36;
	/* Now and then a long one: the tables and sets grow mid-record. */
	if (doc % 50 == 0)
		n = 1500;
	for (i = 0; i < n; i++) {
		*seed = *seed * 1103515245 + 12345;
		w = (int)((*seed >> 8) % 2000);
		w = w * w / 2000;
		buf_addf(&text, "%s%s%s", i ? " " : "", w % 9 ? "" : "the ",
		    w % 13 ? "" : "x. ");
		buf_addf(&text, "w%d", w);
	}
	r->lang = "en";
	r->outlet = doc % 5 ? outlets[doc % 4] : NULL;
	r->text = arena_strndup(a, text.data, text.len);
	buf_release(&text);
}

/* What terms prints for the variant's 300 records, counted in mode. */
static char *
run_terms(const struct variant *v, enum mode m, const char *tmpdir)
{
	struct terms	*t = xcalloc(1, cmd_terms.size);
	struct run	 run = { 0 };
	struct buf	 out;
	struct record	 r;
	unsigned	 seed = 7;
	long		 doc;
	char		*s;
	bool		 by_string = false;

	buf_init(&out);
	run.out = &out;
	run.arena = arena_new();
	run.jobs = 1;
	run.cmd = "terms";
	cmd_terms.init(t);
	t->ngram = v->ngram;
	t->by = v->by;
	t->tfidf = v->tfidf;
	t->top = v->top;
	t->title = v->title;
	t->tmpdir = tmpdir;
	t->max_memory = m == IN_MEMORY || m == BY_COUNT || m == ALL_STRING ?
	    0 : m == BY_RANK ? 1 : (size_t)1 << 40;
	assert_int_equal(cmd_terms.start(t, 0, NULL, &run), 0);
	if (m == BY_COUNT)
		t->count_max = 150;
	if (m == ALL_STRING)
		t->count_max = 1;
	for (doc = 1; doc <= 300; doc++) {
		if (m == BY_STRING && doc % 7 == 0 && t->tz.vocab != NULL) {
			vocab_intern(t->tz.vocab, "x\001y", 3);
			assert_int_equal(terms_spill(t), 0);
		}
		make_record(&r, run.arena, &seed, doc);
		run.records = doc;
		assert_int_equal(cmd_terms.record(t, &r, &run), 0);
		/* The tables never hold more than they may. */
		assert_true(t->tab_bytes <= t->count_max);
		assert_true(t->tab_records <= t->count_max);
		by_string |= t->by_string;
		/* Unigrams without --by are counted by id all the same. */
		if (m == ALL_STRING && (v->ngram != NULL || v->by != NULL))
			assert_int_equal(t->tab_records, 0);
		arena_reset(run.arena);
	}
	if (m == BY_COUNT && (v->ngram != NULL || v->by != NULL))
		assert_true(by_string);
	/* Unigrams without --by have no n-gram tables to keep small. */
	if (m != IN_MEMORY && m != ALL_STRING && (m != BY_COUNT ||
	    v->ngram != NULL || v->by != NULL))
		assert_true(spill_spilled(t->spill));
	if (m == IN_MEMORY || m == ALL_STRING)
		assert_false(spill_spilled(t->spill));
	assert_int_equal(cmd_terms.finish(t, &run), 0);
	cmd_terms.free(t);
	free(t);
	arena_free(run.arena);
	s = xstrdup(out.data != NULL ? out.data : "");
	buf_release(&out);
	return s;
}

static void
check(const struct variant *v)
{
	const char	*e = getenv("TMPDIR");
	char		 dir[4096], *mem, *rank, *str, *cnt, *all;

	snprintf(dir, sizeof(dir), "%s/nf-test-terms-spill.XXXXXX",
	    e && *e ? e : "/tmp");
	assert_non_null(mkdtemp(dir));
	mem = run_terms(v, IN_MEMORY, dir);
	rank = run_terms(v, BY_RANK, dir);
	str = run_terms(v, BY_STRING, dir);
	cnt = run_terms(v, BY_COUNT, dir);
	all = run_terms(v, ALL_STRING, dir);
	assert_true(strlen(mem) > 200);
	assert_string_equal(rank, mem);
	assert_string_equal(str, mem);
	assert_string_equal(cnt, mem);
	assert_string_equal(all, mem);
	assert_int_equal(entries(dir), 0);
	rmdir(dir);
	free(mem);
	free(rank);
	free(str);
	free(cnt);
	free(all);
}

static void
test_same_output(void **state)
{
	static const struct variant v[] = {
		{ NULL, NULL, false, 0, false },
		{ "1-2", NULL, false, 0, false },
		{ "1-3", NULL, false, 0, true },
		{ "1-3", "outlet", false, 0, false },
		{ "2-3", "outlet", true, 5, false },
		{ "1-2", "outlet", false, 0, true },
		{ "2-4", NULL, false, 0, true },
		{ "1-5", "outlet", false, 0, false },
		{ NULL, "outlet", true, 0, false },
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		check(&v[i]);
}

/* Ranks decline a word with a control character in n-grams only. */
static void
test_declines(void **state)
{
	static const char *const ngrams[] = { "1-2", NULL };
	const char	*e = getenv("TMPDIR");
	char		 dir[4096];
	struct terms	*t;
	struct run	 run = { 0 };
	struct buf	 out;
	struct record	 r;
	unsigned	 seed = 3;
	size_t		 i;

	(void)state;
	snprintf(dir, sizeof(dir), "%s/nf-test-terms-spill.XXXXXX",
	    e && *e ? e : "/tmp");
	assert_non_null(mkdtemp(dir));
	buf_init(&out);
	run.out = &out;
	run.arena = arena_new();
	run.jobs = 1;
	for (i = 0; i < 2; i++) {
		t = xcalloc(1, cmd_terms.size);
		cmd_terms.init(t);
		t->ngram = ngrams[i];
		t->tmpdir = dir;
		assert_int_equal(cmd_terms.start(t, 0, NULL, &run), 0);
		make_record(&r, run.arena, &seed, 1);
		assert_int_equal(cmd_terms.record(t, &r, &run), 0);
		vocab_intern(t->tz.vocab, "x\001y", 3);
		/* 1: declined, nothing written; 0: a run written. */
		assert_int_equal(terms_spill_ranked(t), i == 0 ? 1 : 0);
		assert_int_equal(spill_spilled(t->spill), i == 1);
		cmd_terms.free(t);
		free(t);
	}
	assert_int_equal(entries(dir), 0);
	rmdir(dir);
	arena_free(run.arena);
	buf_release(&out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_output),
		cmocka_unit_test(test_declines),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
