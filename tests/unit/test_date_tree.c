/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of src/ingest/date_tree.c (through html_extract, as
 * meta_date.c uses it): small pages where the story's date sits next to
 * dates that are not the story's, the day's date in the masthead, a
 * teaser's, the server's clock in the footer, a date the story talks
 * about. Each expected value is the date a reader of the page would name.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "core/record.h"
#include "ingest/html.h"

#define STORY \
	"<p>The first paragraph of the story is long enough to be scored, " \
	"with commas, clauses, and a proper ending of its own.</p>" \
	"<p>The second paragraph adds more words, more commas, and more " \
	"sentences, so that the container wins the scoring easily.</p>"

/* Extracts a whole page (no URL: no date from the address). */
static void
page(const char *html, struct record *r, struct arena *a)
{
	struct html_hint	h = { NULL, NULL, 0, 0 };

	record_init(r);
	assert_true(html_extract(html, strlen(html), &h, r, a) >= 0);
}

static void
want(const struct record *r, const char *date, const char *from)
{
	if (date == NULL) {
		assert_null(r->published);
		return;
	}
	assert_non_null(r->published);
	assert_string_equal(r->published, date);
	assert_string_equal(r->published_from, from);
}

/* Classes on <body> say what the page is ("has-ad"), not a block of it. */
static void
test_body_class(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<html><body class=\"has-halfpage-ad view-article\"><div "
	    "class=\"text\"><div class=\"date\"> Party, 30.10.23 </div>"
	    "<h1>Costumes</h1></div><main><div>" STORY "</div></main>"
	    "</body></html>", &r, a);
	want(&r, "2023-10-30", "text");
	arena_free(a);
}

/* A footer named by its id holds the server's clock, not the post's. */
static void
test_footer_id(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<html><body><div>" STORY "</div><div id=\"page-footer\"><p "
	    "class=\"time\">Aktuelle Zeit: 14.10.2020, 12:18</p></div></body>"
	    "</html>", &r, a);
	want(&r, NULL, NULL);
	/* the post's byline line carries the date */
	page("<html><body><p class=\"author\">von <a href=\"/u/1\">admin</a>"
	    " &raquo; 21.01.2009, 05:42</p><div>" STORY "</div><div id=\""
	    "page-footer\"><p class=\"time\">Aktuelle Zeit: 14.10.2020, "
	    "12:18</p></div></body></html>", &r, a);
	want(&r, "2009-01-21", "text");
	/* the story's footer, named so, is the story's */
	page("<html><body><div>" STORY "</div><div id=\"artikelfooter\">"
	    "<div class=\"artikeldatum\">ver\xc3\xb6" "ffentlicht: 25.10.2007 "
	    "15:19</div></div></body></html>", &r, a);
	want(&r, "2007-10-25", "text");
	arena_free(a);
}

/* A dateline inside a link belongs to the story linked to. */
static void
test_teaser_link(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<html><body><h1>Fair cancelled</h1><div class=\"info\">"
	    "24.01.2022 11:38</div><div>" STORY "</div><ul><li><a href=\"/o"
	    "\"><span class=\"t-author\">09.10.2021</span> Other story</a>"
	    "</li></ul></body></html>", &r, a);
	want(&r, "2022-01-24", "text");
	arena_free(a);
}

/* The masthead shows the day's date; an article's own header does not. */
static void
test_masthead(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<html><body><header><nav><a href=\"/\">Home</a></nav><span>"
	    "<time datetime=\"2023-11-01T13:56:20+01:00\">Mittwoch, 01. "
	    "November 2023</time></span></header><main><h1>Column</h1><p>"
	    "<span class=\"text_datum\">31. Oktober 2023.</span></p><div>"
	    STORY "</div></main></body></html>", &r, a);
	want(&r, "2023-10-31", "text");
	/* the date-edition line in the logo's link: the day's too */
	page("<html><body><header><a class=\"logo\" href=\"/\"><span "
	    "class=\"date-edition\">lun. 5 août 2019</span></a></header>"
	    "<h1>Violences</h1><ul class=\"info\"><li>27 juin 2019</li></ul>"
	    "<div>" STORY "</div></body></html>", &r, a);
	want(&r, "2019-06-27", "text");
	/* a header inside the article, above the <h1>, is the story's */
	page("<html><body><header><a href=\"/\">Blog</a></header><article>"
	    "<header><time class=\"entry-date\" datetime=\"2015-01-28T15:41:"
	    "20+01:00\">28. Januar 2015</time></header><h1>Conference</h1>"
	    "<div>" STORY "</div></article></body></html>", &r, a);
	want(&r, "2015-01-28T14:41:20Z", "time");
	/* a header holding the <h1> is the story's */
	page("<html><body><header><h1>Title</h1><time datetime=\"2016-04-"
	    "15\">15 April</time></header><div>" STORY "</div></body></html>",
	    &r, a);
	want(&r, "2016-04-15", "time");
	arena_free(a);
}

/* A <time> whose text names another day than its attribute. */
static void
test_time_text(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<html><body><h1>Grenades</h1><div class=\"time\"><time "
	    "datetime=\"2019-07-03T10:18:46Z\">Publié le 29 juin 2019</time>"
	    "</div><div>" STORY "</div></body></html>", &r, a);
	want(&r, "2019-06-29", "time");
	/* a day apart: the zone, the attribute is exact */
	page("<html><body><h1>Late</h1><time datetime=\"2019-07-03T23:30:"
	    "00Z\">4 juillet 2019</time><div>" STORY "</div></body></html>",
	    &r, a);
	want(&r, "2019-07-03T23:30:00Z", "time");
	/* no date in the text: the attribute */
	page("<html><body><h1>Late</h1><time datetime=\"2019-07-03\">"
	    "Wednesday</time><div>" STORY "</div></body></html>", &r, a);
	want(&r, "2019-07-03", "time");
	arena_free(a);
}

/* hAtom: <abbr class="published" title="ISO date">. */
static void
test_hatom(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<html><body><h1>Post</h1><p class=\"entry-posted\">on <abbr "
	    "class=\"published\" title=\"2015-03-10T08:05:41-07:00\">March 10,"
	    " 2015</abbr></p><div>" STORY "</div></body></html>", &r, a);
	want(&r, "2015-03-10T15:05:41Z", "time");
	/* an abbr with no date in its title is an abbreviation */
	page("<html><body><h1>Post</h1><abbr class=\"published\" title=\""
	    "Central European Time\">CET</abbr><div>" STORY "</div></body>"
	    "</html>", &r, a);
	want(&r, NULL, NULL);
	arena_free(a);
}

/* A date a sentence of the story talks about is not a dateline. */
static void
test_prose_date(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<html><body><h1>Stammtisch</h1><p>Der n\xc3\xa4" "chste "
	    "Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr statt.</p>"
	    "<div>" STORY "</div></body></html>", &r, a);
	want(&r, NULL, NULL);
	/* the same words naming the post: a dateline */
	page("<html><body><h1>Roomba</h1><p>Dieser Artikel wurde am 14. "
	    "Dezember 2015 um 14:48 ver\xc3\xb6" "ffentlicht.</p><div>" STORY
	    "</div></body></html>", &r, a);
	want(&r, "2015-12-14", "text");
	/* a byline with several names before the date */
	page("<html><body><h1>Update</h1><p>By Anna Smith, Bob Jones and "
	    "Carl Weiss on 2019-02-15</p><div>" STORY "</div></body></html>",
	    &r, a);
	want(&r, "2019-02-15", "text");
	/* a short lead-in before the date */
	page("<html><body><h1>Report</h1><p>Karlsruhe, (12.11.2021). Die "
	    "Kirchen gedenken der Toten.</p><div>" STORY "</div></body>"
	    "</html>", &r, a);
	want(&r, "2021-11-12", "text");
	arena_free(a);
}

/* No <h1>: headline, dateline, story, as old table layouts have it. */
static void
test_date_above_story(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<html><body><table><tr><td><b>Tour ends</b></td></tr><tr><td>"
	    "<font>Hebei ( 2012-06-04 09:20:26 )</font></td></tr><tr><td>"
	    "<div>" STORY "</div></td></tr></table></body></html>", &r, a);
	want(&r, "2012-06-04", "text");
	/* not when the date above is a link's */
	page("<html><body><table><tr><td><b>Tour ends</b></td></tr><tr><td>"
	    "<a href=\"/old\">2012-06-04 earlier tour</a></td></tr><tr><td>"
	    "<div>" STORY "</div></td></tr></table></body></html>", &r, a);
	want(&r, NULL, NULL);
	arena_free(a);
}

/*
 * A date widget puts month, day and year in elements of their own with
 * no space between ("Feb 182009" as plain text); each element is a word.
 */
static void
test_date_widget(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<html><body><div class=\"post\"><div class=\"datum\">"
	    "<span class=\"monat\">Feb</span> <span class=\"tag\">18</span>"
	    "<span class=\"jahr\">2009</span></div><h1>Rain</h1><div>" STORY
	    "</div></div></body></html>", &r, a);
	want(&r, "2009-02-18", "text");
	/* an ordinal's suffix in an element of its own is still the day's */
	page("<html><body><div class=\"post\"><div class=\"date\">"
	    "1<sup>st</sup> January 2020</div><h1>Rain</h1><div>" STORY
	    "</div></div></body></html>", &r, a);
	want(&r, "2020-01-01", "text");
	/* day and month glued in one text stay unread */
	page("<html><body><div class=\"post\"><div class=\"datum\">"
	    "Feb 182009</div><h1>Rain</h1><div>" STORY
	    "</div></div></body></html>", &r, a);
	want(&r, NULL, NULL);
	arena_free(a);
}

/*
 * A slider of other stories in the header of the story's own article
 * (a story long enough for the strict pass, which sets the header
 * aside): their dates are theirs. With nothing else, the page has no
 * date.
 */
static void
test_slider_in_story(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<html><body><article class=\"article-default\"><header class=\""
	    "dossier-header\"><div class=\"slider\"><article><h2><a href=\""
	    "/a\">Another story</a></h2><footer><span>01. Juli 2020</span>"
	    "</footer></article><article><h2><a href=\"/b\">A third story</a>"
	    "</h2><footer><span>18. März 2020</span></footer></article></div>"
	    "</header><h1>Mindful in the crisis</h1>" STORY STORY STORY
	    "</article></body></html>", &r, a);
	want(&r, NULL, NULL);
	arena_free(a);
}

/*
 * A picture's caption under the headline dates the picture ("Abbildung:
 * ... vom 31.05.2021", a <figcaption>); the dateline after it is the
 * story's.
 */
static void
test_caption_date(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<html><body><div class=\"news\"><h1>Snow maps</h1><div class="
	    "\"imginline\"><img src=\"a.png\"><span>Abbildung: Ausschnitt "
	    "eines Satellitenbildes vom 31.05.2021 (links)</span></div>"
	    "<div class=\"date\">14.01.2022</div>" STORY "</div></body></html>",
	    &r, a);
	want(&r, "2022-01-14", "text");
	page("<html><body><div class=\"news\"><h1>Snow maps</h1><figure>"
	    "<img src=\"a.png\"><figcaption>The pass on 31.05.2021</figcaption>"
	    "</figure><p>Zurich, 14.01.2022</p>" STORY "</div></body></html>",
	    &r, a);
	want(&r, "2022-01-14", "text");
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_body_class),
		cmocka_unit_test(test_footer_id),
		cmocka_unit_test(test_teaser_link),
		cmocka_unit_test(test_masthead),
		cmocka_unit_test(test_time_text),
		cmocka_unit_test(test_hatom),
		cmocka_unit_test(test_prose_date),
		cmocka_unit_test(test_date_above_story),
		cmocka_unit_test(test_date_widget),
		cmocka_unit_test(test_slider_in_story),
		cmocka_unit_test(test_caption_date),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
