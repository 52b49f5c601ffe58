/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the report's corpus pass (src/cmd/report_corpus.c): groups
 * in order, articles, words, dates and languages, and the time series
 * folded into periods (src/cmd/report_time.c: days, ISO weeks, months).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "cmd/report.h"
#include "core/record.h"

static void
test_periods(void **state)
{
	long	 d, e;
	char	 s[32];

	(void)state;
	assert_true(report_day("1970-01-01", &d));
	assert_int_equal(d, 0);
	assert_true(report_day("2024-03-01T10:00:00Z", &d));
	assert_true(report_day("2024-02-29", &e));
	assert_int_equal(d - e, 1);
	assert_false(report_day("2023-02-29", &d));
	assert_false(report_day("2024-13-01", &d));
	assert_false(report_day("2024-1-01", &d));
	assert_false(report_day(NULL, &d));
	/* ISO weeks: a Sunday in week 53 of the year before, a Monday in
	 * week 1 of the year after. */
	assert_true(report_day("2021-01-03", &d));
	report_period(REP_WEEK, d, s, sizeof(s));
	assert_string_equal(s, "2020-W53");
	assert_true(report_day("2024-12-30", &d));
	report_period(REP_WEEK, d, s, sizeof(s));
	assert_string_equal(s, "2025-W01");
	assert_int_equal(report_period_start(REP_WEEK, d), d);
	assert_int_equal(report_period_next(REP_WEEK, d), d + 7);
	report_period(REP_MONTH, report_period_next(REP_MONTH,
	    report_period_start(REP_MONTH, d)), s, sizeof(s));
	assert_string_equal(s, "2025-01");
	report_period(REP_YEAR, d, s, sizeof(s));
	assert_string_equal(s, "2024");
	assert_int_equal(report_unit_for(0, 30), REP_DAY);
	assert_int_equal(report_unit_for(0, 200), REP_WEEK);
	assert_int_equal(report_unit_for(0, 3000), REP_MONTH);
	assert_int_equal(report_unit_for(0, 9000), REP_YEAR);
}

static void
add(struct rep_corpus *c, const char *group, const char *published,
    const char *lang, long words, bool f0, bool f1)
{
	struct record	 r;
	bool		 has[2] = { f0, f1 };

	record_init(&r);
	r.published = published;
	r.lang = lang;
	rep_corpus_add(c, rep_corpus_group(c, group), &r, words, has);
}

/* The five articles of the tests, the first n in c, the rest in w. */
static void
add_all(struct rep_corpus *c, struct rep_corpus *w, int n)
{
	add(c, "b", "2024-01-02T23:59:59Z", "en", 10, true, false);
	add(n > 1 ? c : w, "a", "2024-01-01", "en", 5, true, true);
	add(n > 2 ? c : w, "b", NULL, NULL, 7, false, false);
	add(n > 3 ? c : w, "a", "2024-01-09", "ru", 5, false, true);
	add(n > 4 ? c : w, "", "2024-02-15", "en", 1, false, false);
}

/* What the corpus pass of add_all's articles gives. */
static void
check_corpus(struct rep_corpus *c)
{
	struct report		*r = report_new();
	struct rep_frame	 frames[2] = { { "f0", NULL }, { "f1", NULL } };
	const struct rep_series	*s;
	const size_t		*order;

	r->frames = frames;
	r->nframes = 2;
	assert_int_equal(rep_corpus_ngroups(c), 3);
	order = rep_corpus_finish(c, r, true);
	/* Groups sorted by their value; "" shown as (none). */
	assert_int_equal(r->ngroups, 3);
	assert_string_equal(r->groups[0].key, "");
	assert_string_equal(r->groups[0].name, "(none)");
	assert_string_equal(r->groups[1].name, "a");
	assert_string_equal(r->groups[2].name, "b");
	assert_int_equal(order[1], 1);	/* "a" was seen second */
	assert_int_equal(order[2], 0);
	assert_int_equal(r->articles, 5);
	assert_int_equal(r->words, 28);
	assert_string_equal(r->first, "2024-01-01");
	assert_string_equal(r->last, "2024-02-15");
	assert_string_equal(r->groups[2].first, "2024-01-02");
	assert_string_equal(r->groups[2].last, "2024-01-02");
	assert_int_equal(r->groups[2].nlangs, 2);
	assert_string_equal(r->groups[2].langs[0].name, "en");
	assert_string_equal(r->groups[2].langs[1].name, "unknown");
	/* 45 days: weeks 2024-W01 (Monday 1 January) to 2024-W07. */
	s = r->series;
	assert_non_null(s);
	assert_int_equal(s->unit, REP_WEEK);
	assert_int_equal(s->nperiods, 7);
	assert_string_equal(s->periods[0], "2024-W01");
	assert_string_equal(s->periods[6], "2024-W07");
	assert_int_equal(s->undated, 1);
	/* a: one article in W01 (both frames), one in W02 (f1 only). */
	assert_int_equal(s->totals[1 * 7 + 0], 1);
	assert_int_equal(s->totals[1 * 7 + 1], 1);
	assert_int_equal(s->docs[(0 * 3 + 1) * 7 + 0], 1);
	assert_int_equal(s->docs[(0 * 3 + 1) * 7 + 1], 0);
	assert_int_equal(s->docs[(1 * 3 + 1) * 7 + 1], 1);
	/* b: W01 holds its dated article, with f0. */
	assert_int_equal(s->totals[2 * 7 + 0], 1);
	assert_int_equal(s->docs[(0 * 3 + 2) * 7 + 0], 1);
	assert_int_equal(s->totals[0 * 7 + 6], 1);
	report_free(r);
}


static void
test_corpus_pass(void **state)
{
	struct rep_corpus	*c = rep_corpus_new(2);

	(void)state;
	add_all(c, NULL, 5);
	check_corpus(c);
	rep_corpus_free(c);
}

/*
 * -j: two workers' passes joined give the pass of all the articles; the
 * map names each of w's groups ("b" and "a" were seen by c too).
 */
static void
test_corpus_join(void **state)
{
	struct rep_corpus	*c = rep_corpus_new(2);
	struct rep_corpus	*w = rep_corpus_new(2);
	size_t			*map;

	(void)state;
	add_all(c, w, 2);
	map = rep_corpus_join(c, w);
	assert_int_equal(map[0], 0);	/* w saw "b" first */
	assert_int_equal(map[1], 1);
	assert_int_equal(map[2], 2);
	free(map);
	rep_corpus_free(w);
	check_corpus(c);
	rep_corpus_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_periods),
		cmocka_unit_test(test_corpus_pass),
		cmocka_unit_test(test_corpus_join),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
