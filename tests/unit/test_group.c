/* SPDX-License-Identifier: MIT */
/* Unit tests of src/stats/group.c and src/stats/table.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/record.h"
#include "core/xmalloc.h"
#include "stats/group.h"
#include "stats/kinds.h"
#include "stats/table.h"

static const char *
week(int y, int m, int d)
{
	static char	 out[16];

	if (!group_iso_week(y, m, d, out))
		return "invalid";
	return out;
}

static void
test_iso_weeks(void **state)
{
	(void)state;
	assert_string_equal(week(2024, 1, 1), "2024-W01");	/* Monday */
	assert_string_equal(week(2024, 12, 30), "2025-W01");
	assert_string_equal(week(2021, 1, 3), "2020-W53");	/* Sunday */
	assert_string_equal(week(2020, 12, 31), "2020-W53");
	assert_string_equal(week(2026, 1, 1), "2026-W01");	/* Thursday */
	assert_string_equal(week(2027, 1, 1), "2026-W53");	/* Friday */
	assert_string_equal(week(2024, 2, 29), "2024-W09");
	assert_string_equal(week(2023, 2, 29), "invalid");
	assert_string_equal(week(2024, 13, 1), "invalid");
}

static void
test_group_of(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;
	struct group	 g;
	const char	*err;

	(void)state;
	record_init(&r);
	r.published = "2024-03-05T10:00:00Z";
	r.outlet = "Tab\there";
	assert_int_equal(group_parse(&g, "month", &err), 0);
	assert_string_equal(group_of(&g, &r, a), "2024-03");
	assert_int_equal(group_parse(&g, "year", &err), 0);
	assert_string_equal(group_of(&g, &r, a), "2024");
	assert_int_equal(group_parse(&g, "day", &err), 0);
	assert_string_equal(group_of(&g, &r, a), "2024-03-05");
	assert_int_equal(group_parse(&g, "week", &err), 0);
	assert_string_equal(group_of(&g, &r, a), "2024-W10");
	/* Field values are made TSV-safe; absent fields give "". */
	assert_int_equal(group_parse(&g, "outlet", &err), 0);
	assert_string_equal(group_of(&g, &r, a), "Tab here");
	assert_int_equal(group_parse(&g, "lang", &err), 0);
	assert_string_equal(group_of(&g, &r, a), "");
	r.published = "soon";
	assert_int_equal(group_parse(&g, "month", &err), 0);
	assert_string_equal(group_of(&g, &r, a), "");
	assert_int_equal(group_parse(&g, "nosuch", &err), -1);
	arena_free(a);
}

static void
test_table_order_top_totals(void **state)
{
	const char	*groups[] = { "outlet" };
	struct table	*t = table_new(&table_terms_tfidf, groups, 1);
	struct table_out o = { 0 };
	struct buf	 out;
	int64_t		*c;

	(void)state;
	buf_init(&out);
	c = table_row(t, "B\t*total*", 9);
	c[0] = 10;
	c[1] = 4;
	c = table_row(t, "B\tzeta", 6);
	c[0] = 2;
	c[1] = 2;
	c = table_row(t, "B\talpha", 7);
	c[0] = 2;
	c[1] = 1;
	c = table_row(t, "A\tx", 3);
	c[0] = 1;
	c[1] = 1;
	o.totals = true;
	o.top = 1;
	table_write(t, &o, &out, NULL);
	/* Groups bytewise, totals first, count desc then term; top 1. */
	assert_string_equal(out.data,
	    "outlet\tterm\tcount\tdocs\ttfidf\n"
	    "A\tx\t1\t1\t0.0000\n"
	    "B\t*total*\t10\t4\t0.0000\n"
	    "B\talpha\t2\t1\t2.7726\n");
	buf_release(&out);
	table_free(t);
}

/* Prints extra rows (keys, counts 1 1, but "B\tb" 2 2) as ordered. */
static void
write_extra(const char *const *keys, size_t n, bool ordered, struct buf *out)
{
	const char	*groups[] = { "outlet" };
	struct table	*t = table_new(&table_terms, groups, 1);
	struct table_out o = { 0 };
	struct trow	 rows[8] = { { 0 } }, *given;
	int64_t		 v[8][2], *c;
	size_t		 i;

	c = table_row(t, "A\t*total*", 9);
	c[0] = c[1] = 9;
	c = table_row(t, "B\t*total*", 9);
	c[0] = c[1] = 9;
	for (i = 0; i < n; i++) {
		rows[i].key = keys[i];
		rows[i].len = strlen(keys[i]);
		v[i][0] = v[i][1] = strcmp(keys[i], "B\tb") == 0 ? 2 : 1;
		rows[i].counts = v[i];
	}
	o.totals = true;
	if (ordered) {
		given = xmalloc(n * sizeof(*given));
		memcpy(given, rows, n * sizeof(*given));
		table_write_ordered(t, given, n, &o, out, NULL);
	}
	else
		table_write_with(t, rows, n, &o, out, NULL);
	table_free(t);
}

static void
test_table_write_ordered(void **state)
{
	const char	*sorted[] = { "A\tb", "A\tb a", "A\tba", "B\ta",
	    "B\tb" };
	const char	*mixed[] = { "B\tb", "A\tba", "A\tb a", "B\ta",
	    "A\tb" };
	const char	*want = "outlet\tterm\tcount\tdocs\n"
	    "A\t*total*\t9\t9\n"
	    "A\tb\t1\t1\n"
	    "A\tb a\t1\t1\n"
	    "A\tba\t1\t1\n"
	    "B\t*total*\t9\t9\n"
	    "B\tb\t2\t2\n"
	    "B\ta\t1\t1\n";
	struct buf	 out;
	int		 i;

	(void)state;
	/* In order, out of order (checked, then sorted by key), unhinted. */
	for (i = 0; i < 3; i++) {
		buf_init(&out);
		write_extra(i == 0 ? sorted : mixed, 5, i < 2, &out);
		assert_string_equal(out.data, want);
		buf_release(&out);
	}
}

static void
test_kind_match(void **state)
{
	const char	*terms[] = { "month", "term", "count", "docs" };
	const char	*coll[] = { "collocate", "cooc", "freq", "mi", "t",
	    "logdice", "g2" };
	const char	*bad[] = { "term", "docs", "count" };
	size_t		 ng;

	(void)state;
	assert_ptr_equal(table_kind_match(terms, 4, &ng), &table_terms);
	assert_int_equal(ng, 1);
	assert_ptr_equal(table_kind_match(coll, 7, &ng), &table_collocates);
	assert_int_equal(ng, 0);
	assert_null(table_kind_match(bad, 3, &ng));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_iso_weeks),
		cmocka_unit_test(test_group_of),
		cmocka_unit_test(test_table_order_top_totals),
		cmocka_unit_test(test_table_write_ordered),
		cmocka_unit_test(test_kind_match),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
