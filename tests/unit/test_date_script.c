/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of src/ingest/date_script.c: which "key": "date" pairs in
 * script text count, which key wins, and what is never read.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "ingest/date_script.h"

/* The date scanning s alone finds, or NULL. */
static const char *
scan(const char *s, struct arena *a)
{
	struct script_date	best = { NULL, 0 };

	date_script_scan(s, strlen(s), &best, a);
	return best.date;
}

static void
expect(const char *s, const char *want, struct arena *a)
{
	const char *got = scan(s, a);

	if (want == NULL && got != NULL)
		fail_msg("%s: got %s, want none", s, got);
	if (want != NULL && (got == NULL || strcmp(got, want) != 0))
		fail_msg("%s: got %s, want %s", s, got ? got : "NULL", want);
}

static void
test_forms(void **state)
{
	struct arena	*a = arena_new();

	(void)state;
	expect("window.__S={\"id\":7,\"publishedDate\":\"2016-11-04T20:37:27Z\"}",
	    "2016-11-04T20:37:27Z", a);
	/* spaces around the colon, an offset converted to UTC */
	expect("{\"datePublished\" : \"2022-01-31T15:58:43+01:00\"}",
	    "2022-01-31T14:58:43Z", a);
	/* JSON inside a JavaScript string: escaped quotes */
	expect("var s = \"{\\\"publishDate\\\":\\\"2020-03-04\\\"}\";",
	    "2020-03-04", a);
	/* snake case, a creation key alone */
	expect("{\"created_at\":\"2013-02-16T04:36:36-05:00\"}",
	    "2013-02-16T09:36:36Z", a);
	arena_free(a);
}

static void
test_rank(void **state)
{
	struct arena		*a = arena_new();
	struct script_date	 best = { NULL, 0 };
	const char		*s1 = "{\"createdAt\":\"2019-01-01\"}";
	const char		*s2 = "{\"publishedAt\":\"2019-02-02\","
	    "\"publishedAt\":\"2019-03-03\"}";
	const char		*s3 = "{\"datePublished\":\"2019-04-04\"}";

	(void)state;
	/* a publication key beats a creation key met before it */
	expect("{\"createdAt\":\"2019-01-01\",\"datePublished\":\"2019-02-02\"}",
	    "2019-02-02", a);
	/* across scripts: the first under the strongest key stays */
	date_script_scan(s1, strlen(s1), &best, a);
	assert_string_equal(best.date, "2019-01-01");
	assert_int_equal(best.rank, 1);
	date_script_scan(s2, strlen(s2), &best, a);
	assert_string_equal(best.date, "2019-02-02");
	assert_int_equal(best.rank, 2);
	date_script_scan(s3, strlen(s3), &best, a);
	assert_string_equal(best.date, "2019-02-02");
	arena_free(a);
}

static void
test_not_read(void **state)
{
	struct arena	*a = arena_new();

	(void)state;
	/* a key that only contains a listed one */
	expect("{\"unpublishedDate\":\"2019-01-01\"}", NULL, a);
	expect("{\"datePublishedLabel\":\"2019-01-01\"}", NULL, a);
	/* not a key: no quote before it, or no colon after */
	expect("var publishedDate = \"2019-01-01\";", NULL, a);
	expect("[\"publishedDate\",\"2019-01-01\"]", NULL, a);
	/* epoch numbers, empty and non-date strings, an unclosed value */
	expect("{\"publishedAt\":1643641123}", NULL, a);
	expect("{\"publishedAt\":\"\"}", NULL, a);
	expect("{\"publishDate\":\"yesterday\"}", NULL, a);
	expect("{\"publishDate\":\"2019-01-01", NULL, a);
	/* a listed key that is not a date's */
	expect("{\"created\":\"2019-01-01\"}", NULL, a);
	/* at the very start and end of the text */
	expect("publishedDate\":\"2019-01-01\"}", NULL, a);
	expect("{\"publishedDate", NULL, a);
	expect("", NULL, a);
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_rank),
		cmocka_unit_test(test_not_read),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
