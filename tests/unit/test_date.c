/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of src/ingest/date.c, date_text.c, date_cal.c and
 * date_names.c: dates as pages, feeds and URLs write them, each expected
 * value worked out by hand (offsets subtracted to reach UTC).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "ingest/date.h"

struct pair {
	const char	*in;
	const char	*want;	/* NULL: rejected */
};

static void
check(const struct pair *t, size_t n,
    const char *(*fn)(const char *, struct arena *))
{
	struct arena	*a = arena_new();
	const char	*got;
	size_t		 i;

	for (i = 0; i < n; i++) {
		got = fn(t[i].in, a);
		if (t[i].want == NULL && got != NULL)
			fail_msg("\"%s\": got %s, want rejection", t[i].in, got);
		if (t[i].want != NULL && (got == NULL ||
		    strcmp(got, t[i].want) != 0))
			fail_msg("\"%s\": got %s, want %s", t[i].in,
			    got ? got : "NULL", t[i].want);
	}
	arena_free(a);
}

static void
test_rfc3339(void **state)
{
	static const struct pair t[] = {
		{ "2022-01-07T10:00:00Z", "2022-01-07T10:00:00Z" },
		{ "2022-01-07T10:00:00+03:00", "2022-01-07T07:00:00Z" },
		{ "2022-01-07T01:30:00+03:00", "2022-01-06T22:30:00Z" },
		{ "2021-12-31T22:00:00-05:00", "2022-01-01T03:00:00Z" },
		{ "2022-01-07T10:00:00.123Z", "2022-01-07T10:00:00Z" },
		{ "2022-01-07T10:00:00.123456+0000", "2022-01-07T10:00:00Z" },
		{ "2022-01-07T10:00+02:00", "2022-01-07T08:00:00Z" },
		{ "2022-01-07T10:00:00+0530", "2022-01-07T04:30:00Z" },
		{ "2022-01-07T10:00:00+03", "2022-01-07T07:00:00Z" },
		{ "2022-01-07 10:00:00 +0300", "2022-01-07T07:00:00Z" },
		{ "2022-01-07 10:00:00", "2022-01-07" },
		{ "2022-01-07T10:00:00", "2022-01-07" },
		{ "  2022-01-07  ", "2022-01-07" },
		{ "2022-01-07", "2022-01-07" },
		{ "2022/01/07", "2022-01-07" },
		{ "2022-1-7", "2022-01-07" },
		{ "20220107T100000Z", "2022-01-07T10:00:00Z" },
		{ "20220107", "2022-01-07" },
		{ "2020-02-29T12:00:00Z", "2020-02-29T12:00:00Z" },
		{ "2016-12-31T23:59:60Z", "2016-12-31T23:59:59Z" },
		{ "2022-01-07T10:00:00 GMT", "2022-01-07T10:00:00Z" },
		{ "2022-01-07T10:00:00 UTC+3", "2022-01-07T07:00:00Z" },
		/* milliseconds after a colon, as some CMSes write them */
		{ "2022-01-10T22:06:08:684Z", "2022-01-10T22:06:08Z" },
		{ "2022-01-10T22:06:08:6841Z", NULL },
		/* midnight at an offset is a day, not the evening before */
		{ "2022-01-28T00:00:00+01:00", "2022-01-28" },
		{ "2020-02-19T00:00:00-05:00", "2020-02-19" },
		{ "Fri, 28 Jan 2022 00:00:00 +0100", "2022-01-28" },
		{ "2022-01-28T00:00:00Z", "2022-01-28T00:00:00Z" },
		{ "2022-01-28T00:00:01+01:00", "2022-01-27T23:00:01Z" },
	};

	(void)state;
	check(t, sizeof(t) / sizeof(t[0]), date_parse);
}

static void
test_rfc822(void **state)
{
	static const struct pair t[] = {
		{ "Fri, 07 Jan 2022 10:00:00 GMT", "2022-01-07T10:00:00Z" },
		{ "Fri, 7 Jan 2022 10:00:00 +0300", "2022-01-07T07:00:00Z" },
		{ "Fri, 07 Jan 2022 10:00:00 -0500", "2022-01-07T15:00:00Z" },
		{ "Fri, 07 Jan 2022 23:30:00 EST", "2022-01-08T04:30:00Z" },
		{ "Fri, 07 Jan 2022 10:00 PDT", "2022-01-07T17:00:00Z" },
		{ "07 Jan 2022 10:00:00 +0000", "2022-01-07T10:00:00Z" },
		{ "Friday, 07 January 2022 10:00:00 GMT",
		    "2022-01-07T10:00:00Z" },
		{ "Fri, 07 Jan 22 10:00:00 GMT", "2022-01-07T10:00:00Z" },
		{ "Friday, 07-Jan-22 10:00:00 GMT", "2022-01-07T10:00:00Z" },
		{ "Fri, 07 Jan 2022 10:00:00 +03:00", "2022-01-07T07:00:00Z" },
		{ "Fri, 07 Jan 2022", "2022-01-07" },
		{ "Fri, 07 Jan 2022 10:00:00", "2022-01-07" },
		{ "Fri, 07 Jan 2022 10:00:00 XYZ", "2022-01-07" },
		{ "Fri,07 Jan 2022 10:00:00 Z", "2022-01-07T10:00:00Z" },
		{ "Fri Jan  7 10:00:00 2022", "2022-01-07" },
		{ "Mon, 02 Mar 2020 09:15:00 CET", "2020-03-02T08:15:00Z" },
		{ "1641549600", "2022-01-07T10:00:00Z" },
		{ "1641549600000", "2022-01-07T10:00:00Z" },
	};

	(void)state;
	check(t, sizeof(t) / sizeof(t[0]), date_parse);
}

static void
test_rejected(void **state)
{
	static const struct pair t[] = {
		{ "", NULL },
		{ "yesterday", NULL },
		{ "2022-02-30", NULL },
		{ "2021-02-29T10:00:00Z", NULL },
		{ "2022-13-01", NULL },
		{ "2022-00-10", NULL },
		{ "1989-12-31", NULL },
		{ "1970-01-01T00:00:00Z", NULL },
		{ "0", NULL },
		{ "2022-01-07T25:00:00Z", NULL },
		{ "2022-01-07T10:61:00Z", NULL },
		{ "Fri, 32 Jan 2022 10:00:00 GMT", NULL },
		{ "2022", NULL },
		{ "2022-01", NULL },
	};

	(void)state;
	check(t, sizeof(t) / sizeof(t[0]), date_parse);
}

static void
test_text(void **state)
{
	static const struct pair t[] = {
		{ "7 января 2022", "2022-01-07" },
		{ "Опубликовано: 7 января 2022, 10:15", "2022-01-07" },
		{ "7 ЯНВАРЯ 2022 г.", "2022-01-07" },
		{ "12 березня 2021 року", "2021-03-12" },
		{ "7 қаңтар 2022", "2022-01-07" },
		{ "Jan. 7, 2022", "2022-01-07" },
		{ "Published January 7th, 2022 at 5:00 pm", "2022-01-07" },
		{ "Sept. 30, 2021", "2021-09-30" },
		/* ctime's order, a clock time between day and year */
		{ "Mon Jan  4 09:34:00 2021", "2021-01-04" },
		{ "Jan 04 09:34 2021", "2021-01-04" },
		{ "Jan 4 10 2021", NULL },
		{ "Updated: 7 Jan 2022", "2022-01-07" },
		{ "07.01.2022", "2022-01-07" },
		{ "Stand: 07.01.2022, 10:15 Uhr", "2022-01-07" },
		{ "7. Januar 2022", "2022-01-07" },
		{ "Veröffentlicht am 3. März 2020", "2020-03-03" },
		{ "le 1er février 2021", "2021-02-01" },
		{ "Publié le 14 juillet 2021 à 10h", "2021-07-14" },
		{ "7 de enero de 2022", "2022-01-07" },
		{ "03/25/2021", "2021-03-25" },
		{ "25/03/2021", "2021-03-25" },
		{ "2022-01-07", "2022-01-07" },
		{ "2022年1月7日", "2022-01-07" },
		{ "2022년 1월 7일", "2022-01-07" },
		{ "7 stycznia 2022", "2022-01-07" },
		/* Greek, accented or not, any case; Hungarian names */
		{ "11 Ιουλίου 2004", "2004-07-11" },
		{ "ΔΕΥΤΕΡΑ, 7 ΙΑΝΟΥΑΡΙΟΥ 2022", "2022-01-07" },
		{ "3 Μαΐου 2021, 10:15", "2021-05-03" },
		{ "7 Ιαν 2022", "2022-01-07" },
		{ "2004. július 13.", "2004-07-13" },
		/* Turkish, Finnish, Romanian, Croatian, Slovak, Bulgarian,
		   Serbian, Swedish, Indonesian, Catalan names */
		{ "7 Ocak 2022", "2022-01-07" },
		{ "14 KASIM 2021", "2021-11-14" },
		{ "7. tammikuuta 2022", "2022-01-07" },
		{ "7 ianuarie 2022", "2022-01-07" },
		{ "7. siječnja 2022.", "2022-01-07" },
		{ "7. júla 2022", "2022-07-07" },
		{ "7 януари 2022 г.", "2022-01-07" },
		{ "7. јануар 2022.", "2022-01-07" },
		{ "7 augusti 2022", "2022-08-07" },
		{ "17 Agustus 2021", "2021-08-17" },
		{ "7 de gener de 2022", "2022-01-07" },
		/* Arabic, with Arabic-Indic digits, hamza or none, a month
		   named twice, Levantine pairs; Persian digits and names;
		   Hebrew with its prefix bet */
		{ "7 يناير 2022", "2022-01-07" },
		{ "\xd9\xa7 يناير \xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa2",
		    "2022-01-07" },
		{ "الجمعة، ٧ يناير/ كانون الثاني ٢٠٢٢", "2022-01-07" },
		{ "7 تشرين الأول 2021", "2021-10-07" },
		{ "3 كانون الثاني 2022", "2022-01-03" },
		{ "5 أيار 2021", "2021-05-05" },
		{ "20 أغسطس 2021", "2021-08-20" },
		{ "7 تشرين 2021", NULL },
		{ "\xdb\xb7 ژانویه \xdb\xb2\xdb\xb0\xdb\xb2\xdb\xb2",
		    "2022-01-07" },
		{ "7 בינואר 2022", "2022-01-07" },
		{ "15 במרץ 2021", "2021-03-15" },
		{ "7 בבית 2022", NULL },
		/* Solar Hijri months in Persian, in Persian digits or not,
		   converted; Thai months with Buddhist-era years or
		   Gregorian ones; Vietnamese numbered months */
		{ "۱۷ دی ۱۴۰۰", "2022-01-07" },
		{ "1 فروردین 1403", "2024-03-20" },
		{ "30 اسفند 1399", "2021-03-20" },
		{ "31 مهر 1400", NULL },
		{ "17 دی 1300", NULL },
		{ "7 มกราคม 2565", "2022-01-07" },
		{ "\xe0\xb9\x97 มกราคม \xe0\xb9\x92\xe0\xb9\x95\xe0\xb9\x96"
		    "\xe0\xb9\x95", "2022-01-07" },
		{ "29 กุมภาพันธ์ 2024", "2024-02-29" },
		{ "ngày 7 tháng 1 năm 2022", "2022-01-07" },
		{ "Thứ sáu, 7 Tháng 1, 2022", "2022-01-07" },
		{ "7 tháng 13 năm 2022", NULL },
		/* Hindi (with or without nukta), Bengali, Urdu, Swahili;
		   Devanagari and Bengali digits */
		{ "7 जनवरी 2022", "2022-01-07" },
		{ "15 अगस्त 2021", "2021-08-15" },
		{ "3 फ़रवरी 2022", "2022-02-03" },
		{ "3 \xe0\xa5\x9e" "रवरी 2022", "2022-02-03" },
		{ "\xe0\xa5\xad जनवरी \xe0\xa5\xa8\xe0\xa5\xa6\xe0\xa5\xa8"
		    "\xe0\xa5\xa8", "2022-01-07" },
		{ "৭ জানুয়ারি ২০২২", "2022-01-07" },
		{ "21 ফেব্রুয়ারি 2022", "2022-02-21" },
		{ "7 جنوری 2022", "2022-01-07" },
		{ "14 اگست 2021", "2021-08-14" },
		{ "7 Septemba 2022", "2022-09-07" },
		{ "By Anna Smith | 31 Feb 2022", NULL },
		{ "Version 1.2.3 of 2022", NULL },
		{ "Call 555 2022 now", NULL },
		{ "Page 7 of 2022 pages", NULL },
		/* spaces after the day's and the month's period, typeset
		   ones too (thin space U+2009, no-break U+00A0) */
		{ "7. 1. 2022", "2022-01-07" },
		{ "Von Deutscher Tennis Bund 4. 2. 2022.", "2022-02-04" },
		{ "4.\xe2\x80\x89" "2.\xe2\x80\x89" "2022", "2022-02-04" },
		{ "4.\xc2\xa0" "2.\xc2\xa0" "2022", "2022-02-04" },
		/* two-digit years with periods or slashes, not hyphens */
		{ "Party, 30.10.23", "2023-10-30" },
		{ "02.12.19", "2019-12-02" },
		{ "am 26/10/13, 03:48 pm", "2013-10-26" },
		{ "3/09/15 8:00am", "2015-03-09" },
		{ "31.12.98", "1998-12-31" },
		{ "30-10-23", NULL },
		{ "1.2.3.4", NULL },
		{ "30.10.2023.5", NULL },
	};

	(void)state;
	check(t, sizeof(t) / sizeof(t[0]), date_parse_text);
}

/* Where the first date of a text starts. */
static void
test_text_offset(void **state)
{
	struct arena	*a = arena_new();
	const char	*s;
	size_t		 at = 99;

	(void)state;
	s = date_find_text("Posted on 7 Jan 2022 by A", &at, 0, a);
	assert_string_equal(s, "2022-01-07");
	assert_int_equal(at, 10);
	s = date_find_text("07.01.2022", &at, 0, a);
	assert_string_equal(s, "2022-01-07");
	assert_int_equal(at, 0);
	assert_null(date_find_text("no date here", &at, 0, a));
	arena_free(a);
}

/*
 * Dates in the page's habits: slash dates day first but where US English
 * is written (numbers that can only be one way are read that way in
 * both); numeric Solar Hijri dates on Persian pages.
 */
static void
test_habits(void **state)
{
	struct arena	*a = arena_new();

	(void)state;
	assert_string_equal(date_find_text("07/01/2022", NULL, DATE_DAY_FIRST, a),
	    "2022-01-07");
	assert_string_equal(date_find_text("07/01/2022", NULL, 0, a),
	    "2022-07-01");
	assert_string_equal(date_find_text("12/25/2021", NULL, DATE_DAY_FIRST, a),
	    "2021-12-25");
	assert_string_equal(date_find_text("25/12/2021", NULL, 0, a),
	    "2021-12-25");
	assert_string_equal(date_find_text("3/9/15 8:00", NULL, DATE_DAY_FIRST, a),
	    "2015-09-03");
	/* periods and hyphens are day first whatever the language */
	assert_string_equal(date_find_text("07.01.2022", NULL, 0, a),
	    "2022-01-07");
	assert_true(date_habits("fr") & DATE_DAY_FIRST);
	assert_true(date_habits("pt_BR") & DATE_DAY_FIRST);
	assert_true(date_habits("en-GB") & DATE_DAY_FIRST);
	assert_true(date_habits("EN-au") & DATE_DAY_FIRST);
	assert_true(date_habits("ar") & DATE_DAY_FIRST);
	assert_false(date_habits("en") & DATE_DAY_FIRST);
	assert_false(date_habits("en-US") & DATE_DAY_FIRST);
	assert_false(date_habits("en_CA") & DATE_DAY_FIRST);
	assert_false(date_habits("fil") & DATE_DAY_FIRST);
	assert_false(date_habits(NULL) & DATE_DAY_FIRST);
	assert_false(date_habits("") & DATE_DAY_FIRST);
	/* Persian pages number Solar Hijri dates */
	assert_int_equal(date_habits("fa-IR"), DATE_DAY_FIRST |
	    DATE_SOLAR_HIJRI);
	assert_false(date_habits("ar") & DATE_SOLAR_HIJRI);
	assert_string_equal(date_find_text("\xdb\xb1\xdb\xb4\xdb\xb0\xdb\xb0/"
	    "\xdb\xb1\xdb\xb0/\xdb\xb1\xdb\xb7", NULL, DATE_DAY_FIRST |
	    DATE_SOLAR_HIJRI, a), "2022-01-07");
	assert_string_equal(date_find_text("1403/01/01", NULL,
	    DATE_SOLAR_HIJRI, a), "2024-03-20");
	assert_string_equal(date_find_text("2022/01/07", NULL,
	    DATE_SOLAR_HIJRI, a), "2022-01-07");
	assert_null(date_find_text("1400/10/17", NULL, DATE_DAY_FIRST, a));
	assert_null(date_find_text("1443/06/04", NULL, 0, a));
	arena_free(a);
}

static void
test_url(void **state)
{
	static const struct pair t[] = {
		{ "https://example.com/2022/01/07/story-slug/", "2022-01-07" },
		{ "https://example.com/news/2022/1/7/story", "2022-01-07" },
		{ "https://example.com/a/20220107-story", "2022-01-07" },
		{ "https://example.com/2022-01-07-story.html", "2022-01-07" },
		{ "https://example.com/politics/story_2021_03_05", "2021-03-05" },
		{ "http://example.cn/news/2012-06/04/content_1.htm", "2012-06-04" },
		{ "http://example.cn/n1/2012/0604/c1-2.html", "2012-06-04" },
		{ "http://example.cn/n1/2012/1399/c1-2.html", NULL },
		{ "https://example.com/2022/01/story", NULL },
		{ "https://example.com/article/123456789", NULL },
		{ "https://example.com/2022/02/30/story", NULL },
		{ "https://2022-01-07.example.com/story", NULL },
	};

	(void)state;
	check(t, sizeof(t) / sizeof(t[0]), date_from_url);
}

static void
test_plausible(void **state)
{
	(void)state;
	assert_true(date_plausible("2022-01-07", NULL));
	assert_true(date_plausible("2022-01-07T10:00:00Z", NULL));
	assert_false(date_plausible("1989-12-31", NULL));
	assert_false(date_plausible("2022-02-30", NULL));
	assert_false(date_plausible(NULL, NULL));
	assert_true(date_plausible("2022-01-08", "2022-01-07T23:00:00Z"));
	assert_false(date_plausible("2022-01-09", "2022-01-07T23:00:00Z"));
	assert_false(date_plausible("2023-01-01", "2022-12-30T00:00:00Z"));
	assert_true(date_plausible("2022-12-31", "2022-12-30T00:00:00Z"));
}

static void
test_days(void **state)
{
	long long	n = 0;

	(void)state;
	assert_true(date_days("1970-01-01", &n));
	assert_int_equal(n, 0);
	assert_true(date_days("2019-07-03T10:18:46Z", &n));
	assert_int_equal(n, 18080);
	assert_true(date_days("2020-03-01", &n));
	assert_int_equal(n, 18322);
	assert_false(date_days("2021-02-29", &n));
	assert_false(date_days("July 3", &n));
	assert_false(date_days(NULL, &n));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rfc3339),
		cmocka_unit_test(test_rfc822),
		cmocka_unit_test(test_rejected),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_text_offset),
		cmocka_unit_test(test_habits),
		cmocka_unit_test(test_url),
		cmocka_unit_test(test_plausible),
		cmocka_unit_test(test_days),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
