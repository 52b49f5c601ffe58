/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: the date parsers (machine formats, feed dates with
 * the forms feed readers accept, human datelines in several languages
 * and in every page's habits, dates in URL paths) on the input as a C
 * string. A
 * result is NULL or a date of the record's two shapes that
 * date_plausible accepts, and date_parse reads its own output back.
 */
#include "harness.h"
#include "ingest/date.h"
#include "../../src/ingest/feed_int.h"

static void
check(const char *d, struct arena *a)
{
	const char	*again;

	if (d == NULL)
		return;
	fuzz_check_date(d);
	if (!date_plausible(d, NULL))
		abort();
	if ((again = date_parse(d, a)) == NULL || strcmp(again, d) != 0)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct arena	*a = arena_new();
	char		*s = arena_strndup(a, (const char *)data, len);

	check(date_parse(s, a), a);
	check(date_parse_machine(s, a), a);
	check(feed_date(s, a), a);
	check(date_parse_text(s, a), a);
	check(date_find_text(s, NULL, DATE_DAY_FIRST | DATE_SOLAR_HIJRI, a), a);
	(void)date_has_digit(s);
	(void)date_habits(s);
	check(date_from_url(s, a), a);
	(void)date_plausible(s, "2024-03-06T10:00:00Z");
	arena_free(a);
	return 0;
}
