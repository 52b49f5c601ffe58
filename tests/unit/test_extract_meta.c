/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of what the HTML page extractor reads besides the story
 * (src/ingest/meta*.c, byline*.c, credit.c, date*.c): the outlet a
 * credit line names, bylines, titles, publication dates and where they
 * came from, language and address, on fixture and inline pages.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "extract_pages.h"

#include "core/arena.h"
#include "core/buf.h"
#include "core/record.h"
#include "ingest/dom.h"
#include "ingest/extract.h"
#include "ingest/html.h"
#include "ingest/meta.h"

static void
test_aggregator_credit(void **state)
{
	struct page	p;

	(void)state;
	load(&p, "aggregator.html", "https://newshub.example/a/1");
	assert_int_equal(p.rc, 0);
	assert_string_equal(p.r.outlet, "The Harbour Review");
	assert_null(p.r.domain);
	/* Marks the outlet as credited; ingest_emit makes it the host's
	   domain (ingest.h). */
	assert_non_null(p.r.via);
	assert_int_equal(paragraphs(p.r.text), 4);
	assert_true(strncmp(p.r.text, "When the last trawler left", 26) == 0);
	assert_true(strcmp(p.r.text + strlen(p.r.text) - 19,
	    "what they have built") != 0);
	has(p.r.text, "undo much of what they have built.");
	lacks(p.r.text, "©");
	lacks(p.r.text, "Aa");
	lacks(p.r.text, "cookies");
	lacks(p.r.text, "21");
	lacks(p.r.text, "Google Play");
	assert_string_equal(p.r.url, "https://newshub.example/a/1");
	arena_free(p.a);
}

static void
test_credit_lines(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	record_init(&r);
	r.outlet = "Aggregator";
	r.text = "First paragraph of the story.\n\nSecond one.\n\n"
	    "Source: Daily Example (www.daily-example.co.uk)";
	credit_apply(&r, a);
	assert_string_equal(r.outlet, "Daily Example");
	assert_string_equal(r.domain, "daily-example.co.uk");
	assert_string_equal(r.text,
	    "First paragraph of the story.\n\nSecond one.");
	record_init(&r);
	r.text = "Body text.\n\n© 2019-2022 Example Media. All rights reserved.";
	credit_apply(&r, a);
	assert_string_equal(r.outlet, "Example Media");
	assert_string_equal(r.text, "Body text.");
	record_init(&r);
	r.text = "Тело статьи.\n\nИсточник: ТАСС";
	credit_apply(&r, a);
	assert_string_equal(r.outlet, "ТАСС");
	/* the site's own notice names no one: it goes, the outlet stays */
	record_init(&r);
	r.outlet = "Site";
	r.text = "Body text.\n\nCopyright © 2018. All Rights Reserved.";
	credit_apply(&r, a);
	assert_string_equal(r.outlet, "Site");
	assert_null(r.via);
	assert_string_equal(r.text, "Body text.");
	/* a trademark notice names a brand's owner, not the story's outlet */
	record_init(&r);
	r.outlet = "BettyCrocker.com";
	r.text = "Body text.\n\n\xc2\xa9 2020 \xc2\xae/TM General Mills All Rights "
	    "Reserved";
	credit_apply(&r, a);
	assert_string_equal(r.outlet, "BettyCrocker.com");
	assert_null(r.via);
	assert_string_equal(r.text, "Body text.");
	/* a credit line with "all rights reserved" is left for credit.c,
	   which reads the outlet in it, not dropped as a label before */
	assert_false(hint_label_line("© 2023 Example Media. All rights "
	    "reserved.", 43));
	assert_false(hint_label_line("Courtesy of Forests News", 24));
	assert_true(hint_label_line("IPSO Regulated Copyright ©2023 Express "
	    "Newspapers. All rights reserved.", 72));
	record_init(&r);
	r.outlet = "Site";
	r.text = "No credit here, just a closing sentence.";
	credit_apply(&r, a);
	assert_string_equal(r.outlet, "Site");
	assert_string_equal(r.text, "No credit here, just a closing sentence.");
	arena_free(a);
}

static void
test_bylines(void **state)
{
	struct arena	 *a = arena_new();
	const char	**v = NULL;
	size_t		  n = 0;

	(void)state;
	byline_split("By Anna Smith and Bob Jones, 7 January 2022", &v, &n, a);
	assert_int_equal(n, 2);
	assert_string_equal(v[0], "Anna Smith");
	assert_string_equal(v[1], "Bob Jones");
	v = NULL, n = 0;
	byline_split("Von Max Muster am 3. März 2022, 10:15 Uhr", &v, &n, a);
	assert_int_equal(n, 1);
	assert_string_equal(v[0], "Max Muster");
	v = NULL, n = 0;
	byline_split("Автор: Иван Петров и Мария Сидорова", &v, &n, a);
	assert_int_equal(n, 2);
	assert_string_equal(v[1], "Мария Сидорова");
	v = NULL, n = 0;
	byline_split("editor@example.org", &v, &n, a);
	assert_int_equal(n, 0);
	v = NULL, n = 0;
	byline_split("Author Daniel Lemire", &v, &n, a);
	assert_int_equal(n, 1);
	assert_string_equal(v[0], "Daniel Lemire");
	v = NULL, n = 0;
	byline_split("Nicolas Gutierrez C.", &v, &n, a);
	assert_string_equal(v[0], "Nicolas Gutierrez C.");
	v = NULL, n = 0;
	byline_split("Tomas Spahn Fr, 12.01.2022", &v, &n, a);
	assert_int_equal(n, 1);
	assert_string_equal(v[0], "Tomas Spahn");
	v = NULL, n = 0;
	byline_split("ByJoshua Sokol May 20, 2019 \xc2\xbb", &v, &n, a);
	assert_int_equal(n, 1);
	assert_string_equal(v[0], "Joshua Sokol");
	/* a month ending a byline is the date's only right before its day */
	v = NULL, n = 0;
	byline_split("By Jane May", &v, &n, a);
	assert_int_equal(n, 1);
	assert_string_equal(v[0], "Jane May");
	v = NULL, n = 0;
	byline_split("By Ahmet Kasım, 7 Ocak 2022", &v, &n, a);
	assert_int_equal(n, 1);
	assert_string_equal(v[0], "Ahmet Kasım");
	v = NULL, n = 0;
	byline_split("Anna Smith Sept. 30, 2021", &v, &n, a);
	assert_int_equal(n, 1);
	assert_string_equal(v[0], "Anna Smith");
	v = NULL, n = 0;
	byline_split("Posted in News by mario2021", &v, &n, a);
	assert_int_equal(n, 1);
	assert_string_equal(v[0], "mario2021");
	arena_free(a);
}

static void
test_jsonld_tolerant(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;
	const char	*html = "<html><head>"
	    "<script type=\"application/ld+json\"><!--\n"
	    "{\"@type\": [\"NewsArticle\"], \"headline\": \"Line\none\","
	    " \"dateModified\": \"2020-05-06T10:00:00+02:00\","
	    " \"author\": [{\"@type\": \"Organization\", \"name\": \"Wire\"},"
	    " {\"@type\": \"Person\", \"name\": \"Ann Lee\"},],"
	    " \"keywords\": [\"a\", \"b\"],}\n-->"
	    "</script></head><body><div>" TWO_PARAS "</div></body></html>";

	(void)state;
	assert_int_equal(inline_page(html, NULL, NULL, &r, a), 0);
	assert_string_equal(r.title, "Line one");
	assert_int_equal(r.n_authors, 1);
	assert_string_equal(r.authors[0], "Ann Lee");
	/* Only a modification date: it stands in, and says where from. */
	assert_string_equal(r.published, "2020-05-06T08:00:00Z");
	assert_string_equal(r.published_from, "jsonld");
	assert_int_equal(r.n_tags, 2);
	arena_free(a);
}

static void
test_date_sources(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	inline_page("<html><body><article><time datetime=\"2021-06-01T12:00"
	    ":00Z\">1 June</time>" TWO_PARAS "</article></body></html>",
	    "https://ex.org/2020/01/02/story", NULL, &r, a);
	assert_string_equal(r.published, "2021-06-01T12:00:00Z");
	assert_string_equal(r.published_from, "time");
	inline_page("<html><body><div>" TWO_PARAS "</div></body></html>",
	    "https://ex.org/2020/01/02/story", NULL, &r, a);
	assert_string_equal(r.published, "2020-01-02");
	assert_string_equal(r.published_from, "url");
	inline_page("<html><body><h1>A headline</h1><p>Stand: 7. Januar 2022"
	    "</p><div>" TWO_PARAS "</div></body></html>", NULL, NULL, &r, a);
	assert_string_equal(r.published, "2022-01-07");
	assert_string_equal(r.published_from, "text");
	/* A slash dateline in the page's order: a French page's 07/01 is
	   7 January (by its og:locale too), a US English page's 1 July. */
	inline_page("<html lang=\"fr\"><body><h1>Un titre</h1><p>Publié le "
	    "07/01/2022</p><div>" TWO_PARAS "</div></body></html>", NULL, NULL,
	    &r, a);
	assert_string_equal(r.published, "2022-01-07");
	inline_page("<html><head><meta property=\"og:locale\" content=\""
	    "fr_FR\"></head><body><h1>Un titre</h1><p>Publié le 07/01/2022"
	    "</p><div>" TWO_PARAS "</div></body></html>", NULL, NULL, &r, a);
	assert_string_equal(r.published, "2022-01-07");
	inline_page("<html lang=\"en-US\"><body><h1>A headline</h1><p>"
	    "Posted 07/01/2022</p><div>" TWO_PARAS "</div></body></html>", NULL,
	    NULL, &r, a);
	assert_string_equal(r.published, "2022-07-01");
	/* a Persian page's numeric Solar Hijri dateline */
	inline_page("<html lang=\"fa\"><body><h1>عنوان</h1><p>"
	    "\xdb\xb1\xdb\xb4\xdb\xb0\xdb\xb0/\xdb\xb1\xdb\xb0/\xdb\xb1\xdb\xb7 "
	    "- \xdb\xb1\xdb\xb0:\xdb\xb1\xdb\xb5</p><div>" TWO_PARAS
	    "</div></body></html>", NULL, NULL, &r, a);
	assert_string_equal(r.published, "2022-01-07");
	/* After the fetch date: rejected, and nothing else is invented. */
	inline_page("<html><head><meta property=\"article:published_time\" "
	    "content=\"2031-01-01\"></head><body><div>" TWO_PARAS "</div></body>"
	    "</html>", NULL, "2022-03-01T00:00:00Z", &r, a);
	assert_null(r.published);
	assert_null(r.published_from);
	arena_free(a);
}

static void
test_titles(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	inline_page("<html><head><meta property=\"og:title\" content=\"Big "
	    "plans for the new government\"></head><body><h1><small>Tunisia"
	    "</small><br> Big plans for the new government</h1><div>" TWO_PARAS
	    "</div></body></html>", NULL, NULL, &r, a);
	assert_string_equal(r.title, "Big plans for the new government");
	inline_page("<html><head><title>Big news story today | Example Times"
	    "</title><meta property=\"og:site_name\" content=\"Example "
	    "Times\"></head><body><div>" TWO_PARAS "</div></body></html>", NULL,
	    NULL, &r, a);
	assert_string_equal(r.title, "Big news story today");
	assert_string_equal(r.outlet, "Example Times");
	/* The visible headline wins over an SEO variant. */
	inline_page("<html><head><meta property=\"og:title\" content=\"Live:"
	    " Mayor Smith resigns over budget\"></head><body><h1>Mayor Smith "
	    "resigns over budget</h1><div>" TWO_PARAS "</div></body></html>", NULL,
	    NULL, &r, a);
	assert_string_equal(r.title, "Mayor Smith resigns over budget");
	arena_free(a);
}

static void
test_lang_and_url(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	inline_page("<html lang=\"pt-BR\"><head><base href=\"https://ex.org/"
	    "a/\"><link rel=\"canonical\" href=\"b.html\"></head><body><div>"
	    TWO_PARAS "</div></body></html>", "https://mirror.example/x", NULL, &r,
	    a);
	assert_string_equal(r.lang, "pt");
	assert_string_equal(r.url, "https://ex.org/a/b.html");
	inline_page("<html><head><meta http-equiv=\"content-language\" "
	    "content=\"de-AT\"></head><body><div>" TWO_PARAS "</div></body></html>",
	    NULL, NULL, &r, a);
	assert_string_equal(r.lang, "de");
	assert_null(r.url);
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_aggregator_credit),
		cmocka_unit_test(test_credit_lines),
		cmocka_unit_test(test_bylines),
		cmocka_unit_test(test_jsonld_tolerant),
		cmocka_unit_test(test_date_sources),
		cmocka_unit_test(test_titles),
		cmocka_unit_test(test_lang_and_url),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
