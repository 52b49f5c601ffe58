/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the page metadata (src/ingest/meta*.c, byline.c) on small
 * inline pages: which evidence gives the title, the authors and the
 * publication date when pages disagree with themselves.
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
#include "ingest/meta.h"

#define BODY \
	"<p>The first paragraph of the story is long enough to be scored, " \
	"with commas, clauses, and a proper ending of its own.</p>" \
	"<p>The second paragraph adds more words, more commas, and more " \
	"sentences, so that the container wins the scoring easily.</p>"

static void
page_at(const char *url, const char *head, const char *body,
    struct record *r, struct arena *a)
{
	struct html_hint	 h = { url, NULL, 0, 0 };
	const char		*html;

	html = arena_printf(a, "<html><head>%s</head><body>%s<div>" BODY
	    "</div></body></html>", head, body);
	record_init(r);
	assert_int_equal(html_extract(html, strlen(html), &h, r, a), 0);
}

static void
page(const char *head, const char *body, struct record *r, struct arena *a)
{
	page_at("https://news.example/2021/05/story", head, body, r, a);
}

/*
 * A title that is a label ("About Us", a menu's word) beside the page's
 * one <h1>, which says more: the <h1> is the title. With two <h1>s, or
 * an <h1> that holds the label, the title stays.
 */
static void
test_title_label(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<title>About Us | Shabka</title>", "<h1>The strategic Think "
	    "&amp; Do Tank</h1>", &r, a);
	assert_string_equal(r.title, "The strategic Think & Do Tank");
	page("<title>About Us | Shabka</title>", "<h1>The strategic Think "
	    "&amp; Do Tank</h1><h1>Our team in three cities</h1>", &r, a);
	assert_string_equal(r.title, "About Us");
	page("<meta property=\"og:title\" content=\"Gefahrstoff-Service\">",
	    "<h1>Gefahrstoff-Service für Hersteller und Importeure</h1>", &r,
	    a);
	assert_string_equal(r.title, "Gefahrstoff-Service");
	arena_free(a);
}

/* A blog theme's <h1> holds the blog's name, linked to the front page. */
static void
test_title_site_heading(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<title>Foggy soup. | Life, the master and me</title>"
	    "<meta property=\"og:title\" content=\"Foggy soup.\">",
	    "<h1 class=\"x\"><a href=\"https://blog.example/\">Life, the "
	    "master and me</a></h1><h1 class=\"entry-title\">Foggy soup."
	    "</h1>", &r, a);
	assert_string_equal(r.title, "Foggy soup.");
	page("<title>Four Years &raquo; Blog Archive &raquo; Interning of "
	    "small integers</title>", "<h1><a href=\"/\">Four Years</a></h1>",
	    &r, a);
	assert_string_equal(r.title, "Interning of small integers");
	/* the front page's address in an archived page */
	page("<title>Four Years &raquo; Blog Archive &raquo; Interning of "
	    "small integers</title>", "<h1><a href=\"https://web.archive.org"
	    "/web/20140226054445/http://blog.example/\">Four Years</a></h1>",
	    &r, a);
	assert_string_equal(r.title, "Interning of small integers");
	page("<title>Four Years &raquo; Blog Archive &raquo; Interning of "
	    "small integers</title>", "<h1><a href=\"/web/20140226054445/"
	    "http://blog.example/\">Four Years</a></h1>", &r, a);
	assert_string_equal(r.title, "Interning of small integers");
	/* an archived story's address is not the front page */
	page("", "<h1><a href=\"/web/20140226054445/http://blog.example/"
	    "2013/interning\">Interning of small integers</a></h1>", &r, a);
	assert_string_equal(r.title, "Interning of small integers");
	arena_free(a);
}

/* A kicker in its own element is not part of the headline. */
static void
test_title_kicker(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	/* the kicker is a separate part of the metadata title */
	page("<title>Leaked files online: Arms maker hacked | News</title>"
	    "<meta property=\"og:title\" content=\"Arms maker hacked - "
	    "Leaked files online\">", "<h1> <span>Leaked files online</span> "
	    "<span>Arms maker hacked</span> </h1>", &r, a);
	assert_string_equal(r.title, "Arms maker hacked");
	/* classed as a kicker, with a hidden separator */
	page("<meta property=\"og:title\" content=\"Pandemic - How nature "
	    "loss breeds epidemics\">", "<h1><span class=\"kicker\">Pandemic"
	    "</span><span aria-hidden=\"true\"> - </span><span>How nature "
	    "loss breeds epidemics</span></h1>", &r, a);
	assert_string_equal(r.title, "How nature loss breeds epidemics");
	/* one text with a colon: nothing to drop */
	page("<meta property=\"og:title\" content=\"Billing: Stars demand a "
	    "new model\">", "<h1>Billing: Stars demand a new model</h1>", &r,
	    a);
	assert_string_equal(r.title, "Billing: Stars demand a new model");
	/* a kicker that repeats the metadata title is still a kicker */
	page("<meta property=\"og:title\" content=\"Refill AdBlue: where, "
	    "price | Car News\">", "<h1 class=\"headline\"> <span class=\""
	    "header__roofline\">Refill AdBlue: where, price</span> How to use"
	    " AdBlue properly </h1>", &r, a);
	assert_string_equal(r.title, "How to use AdBlue properly");
	arena_free(a);
}

/* The host's name before the headline is the site's, not the story's. */
static void
test_title_host_prefix(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page_at("https://www.bmas.example/press/1", "<meta property=\"og:"
	    "title\" content=\"BMAS - New rules for vaccination certificates"
	    "\">", "", &r, a);
	assert_string_equal(r.title, "New rules for vaccination certificates");
	/* another word first stays */
	page_at("https://www.bmas.example/press/1", "<meta property=\"og:"
	    "title\" content=\"Labour - New rules for vaccination certificates"
	    "\">", "", &r, a);
	assert_string_equal(r.title, "Labour - New rules for vaccination "
	    "certificates");
	arena_free(a);
}

/*
 * Dublin Core and Parse.ly titles, after Open Graph's and Twitter's, come
 * before the <title> and an <h1> that matches no metadata title.
 */
static void
test_title_more_metas(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<title>draft-example-protocol-04 - remoteStorage</title><meta "
	    "name=\"DC.Title\" content=\"remoteStorage\">", "", &r, a);
	assert_string_equal(r.title, "remoteStorage");
	page("<meta name=\"parsely-title\" content=\"Council votes on the "
	    "budget\">", "<h1>Live coverage</h1>", &r, a);
	assert_string_equal(r.title, "Council votes on the budget");
	page("<meta name=\"dcterms.title\" content=\"Council votes\"><meta"
	    " property=\"og:title\" content=\"Council votes on the budget\">",
	    "", &r, a);
	assert_string_equal(r.title, "Council votes on the budget");
	arena_free(a);
}

/* The last crumb of a breadcrumb trail, written as an <h1>, is not the
   headline the page shows. */
static void
test_title_breadcrumb(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<title>Stars split up: 'Never again'</title><meta property=\""
	    "og:title\" content=\"'Never again': the stars split up\">",
	    "<div class=\"breadcrumbs\"><a href=\"/\">Home</a> <span><h1>"
	    "Stars split up: 'Never again'</h1></span></div>", &r, a);
	assert_string_equal(r.title, "'Never again': the stars split up");
	page("<title>Stars split up: 'Never again'</title><meta property=\""
	    "og:title\" content=\"'Never again': the stars split up\">",
	    "<ol itemscope itemtype=\"https://schema.org/BreadcrumbList\"><li"
	    " itemprop=\"itemListElement\"><h1>Stars split up: 'Never again'"
	    "</h1></li></ol>", &r, a);
	assert_string_equal(r.title, "'Never again': the stars split up");
	/* elsewhere the same <h1> is the headline */
	page("<title>Stars split up: 'Never again'</title><meta property=\""
	    "og:title\" content=\"'Never again': the stars split up\">",
	    "<div class=\"post-title\"><h1>Stars split up: 'Never again'</h1>"
	    "</div>", &r, a);
	assert_string_equal(r.title, "Stars split up: 'Never again'");
	arena_free(a);
}

/* A numeric date joined to the front of the headline is a dateline. */
static void
test_title_date_prefix(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("", "<h1>23.01.2022 - Wierer wins the last race at home</h1>", &r,
	    a);
	assert_string_equal(r.title, "Wierer wins the last race at home");
	page("<meta property=\"og:title\" content=\"2022-01-23 | Wierer "
	    "wins the last race\">", "", &r, a);
	assert_string_equal(r.title, "Wierer wins the last race");
	/* a year alone, a date inside, a date glued to a word: all stay */
	page("<meta property=\"og:title\" content=\"2022 - The year in "
	    "review\">", "", &r, a);
	assert_string_equal(r.title, "2022 - The year in review");
	page("<meta property=\"og:title\" content=\"Results of 19.5.2007 "
	    "- Aalen\">", "", &r, a);
	assert_string_equal(r.title, "Results of 19.5.2007 - Aalen");
	page("<meta property=\"og:title\" content=\"23.01.2022 -Wierer "
	    "wins\">", "", &r, a);
	assert_string_equal(r.title, "23.01.2022 -Wierer wins");
	arena_free(a);
}

/* The site's name ends the title after a separator, not inside a phrase. */
static void
test_title_site_suffix(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<meta property=\"og:title\" content=\"Snow maps in high "
	    "resolution &raquo; Example.ch - Outdoor news\"><meta property=\""
	    "og:site_name\" content=\"Example.ch - Outdoor news\">", "", &r,
	    a);
	assert_string_equal(r.title, "Snow maps in high resolution");
	page("<meta property=\"og:title\" content=\"Outdoor news - Snow maps"
	    " in high resolution now on Example.ch\"><meta property=\"og:"
	    "site_name\" content=\"Example.ch\">", "", &r, a);
	assert_string_equal(r.title, "Outdoor news - Snow maps in high "
	    "resolution now on Example.ch");
	arena_free(a);
}

/* An RDFa property attribute may name several properties at once. */
static void
test_meta_rdfa_properties(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<title>Title element</title><meta property=\"x:title  og:title"
	    "\" content=\"The story's title\"><meta property=\" dc:date "
	    "article:published_time \" content=\"2021-05-04T10:00:00Z\">",
	    "", &r, a);
	assert_string_equal(r.title, "The story's title");
	assert_string_equal(r.published, "2021-05-04T10:00:00Z");
	/* a blank property leaves the name */
	page("<title>Title element</title><meta property=\" \" name=\""
	    "og:title\" content=\"The story's title\">", "", &r, a);
	assert_string_equal(r.title, "The story's title");
	arena_free(a);
}

/*
 * Dublin Core is a deliberate statement of the author (as RDFa dc:creator
 * or as a DC.creator name) and, as RDFa, of the title: it goes before a
 * meta author and Open Graph, which themes often fill with the site.
 */
static void
test_meta_dublin_core_first(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<title>Title element</title><meta property=\"og:title\" "
	    "content=\"Open Graph title\"><meta property=\"dc:title\" "
	    "content=\"Dublin Core title\"><meta name=\"author\" "
	    "content=\"Site Editor\"><meta property=\"dc:creator "
	    "twitter:site_name\" content=\"Anna Berg\">", "", &r, a);
	assert_string_equal(r.title, "Dublin Core title");
	assert_int_equal(r.n_authors, 1);
	assert_string_equal(r.authors[0], "Anna Berg");
	page("<title>Title element</title><meta name=\"author\" "
	    "content=\"Site Editor\"><meta name=\"DC.creator\" "
	    "content=\"Anna Berg\">", "", &r, a);
	assert_int_equal(r.n_authors, 1);
	assert_string_equal(r.authors[0], "Anna Berg");
	/* without Dublin Core, the meta author */
	page("<title>Title element</title><meta name=\"author\" "
	    "content=\"Anna Berg\"><meta property=\"og:title\" "
	    "content=\"Open Graph title\">", "", &r, a);
	assert_string_equal(r.title, "Open Graph title");
	assert_string_equal(r.authors[0], "Anna Berg");
	arena_free(a);
}

/*
 * A part of the <title> that the page also gives alone, as a heading or
 * as its description, is the headline, wherever the site put it; several
 * <h1>s marked as headlines are teasers, not the page's headline.
 */
static void
test_title_shown_part(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<title>Eagles Supporters Club Example Town - Eagles sign a new "
	    "coach - Club News - News</title><meta name=\"description\" "
	    "content=\"Eagles sign a new coach\">", "", &r, a);
	assert_string_equal(r.title, "Eagles sign a new coach");
	page("<title>Association of Example Gamers e.V. - News &raquo; The "
	    "events of late</title>", "<h1 class=\"headline\">Win a headset!"
	    "</h1><h1 class=\"headline\">Our trip to Cologne</h1><h2>The "
	    "events of late</h2>", &r, a);
	assert_string_equal(r.title, "The events of late");
	/* not the site's name, though a heading shows it */
	page("<title>Office 365 &#8211; HBDI &#8211; the third | Damian's "
	    "Blog</title><meta property=\"og:site_name\" content=\"Damian's"
	    " Blog\">", "<h1><a href=\"/\">Damian's Blog</a></h1>", &r, a);
	assert_string_equal(r.title, "Office 365 \u2013 HBDI \u2013 the third");
	/* an <h1> marked as the headline comes first */
	page("<title>Local News - Team wins the cup | Example Times</title>",
	    "<h2>Local News</h2><h1 class=\"entry-title\">Cup final: a night"
	    " to remember</h1>", &r, a);
	assert_string_equal(r.title, "Cup final: a night to remember");
	/* nor a part of one word */
	page("<title>Ten years on | Archive | Example Times</title><meta "
	    "property=\"og:site_name\" content=\"Example Times\">",
	    "<h2>Archive</h2>", &r, a);
	assert_string_not_equal(r.title, "Archive");
	arena_free(a);
}

/* An <h1> marked as the headline beats a differing SEO title. */
static void
test_title_marked_headline(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<meta property=\"og:title\" content=\"Company cars: lease or "
	    "buy? What pays off\">", "<h1 class=\"entry-title\">Leasing or "
	    "financing a company car?</h1>", &r, a);
	assert_string_equal(r.title, "Leasing or financing a company car?");
	/* an unmarked one does not */
	page("<meta property=\"og:title\" content=\"Company cars: lease or "
	    "buy? What pays off\">", "<h1>Menu</h1>", &r, a);
	assert_string_equal(r.title, "Company cars: lease or buy? What pays "
	    "off");
	arena_free(a);
}

/* Name particles are not the words that end a byline. */
static void
test_byline_particles(void **state)
{
	struct arena	 *a = arena_new();
	const char	**v = NULL;
	size_t		  n = 0;

	(void)state;
	byline_split("Von Loïc Le Clerc am 3. März", &v, &n, a);
	byline_split("vom Support Desk", &v, &n, a);
	byline_split("Par Jean Dupont le 30 septembre 2018", &v, &n, a);
	byline_split("Posted on September 21, 2020 by Adi Tzlil", &v, &n, a);
	assert_int_equal(n, 4);
	assert_string_equal(v[0], "Loïc Le Clerc");
	assert_string_equal(v[1], "Support Desk");
	assert_string_equal(v[2], "Jean Dupont");
	assert_string_equal(v[3], "Adi Tzlil");
	arena_free(a);
}

/* The site or a company named as author yields to a person's byline. */
static void
test_author_site_name(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page_at("https://www.dailyplanet.example/2021/story",
	    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle"
	    "\",\"author\":{\"@type\":\"Person\",\"name\":\"The Daily "
	    "Planet\"}}</script>", "<h1>Story</h1><div class=\"byline\">By "
	    "Lois Lane</div>", &r, a);
	assert_int_equal(r.n_authors, 1);
	assert_string_equal(r.authors[0], "Lois Lane");
	page("<meta name=\"author\" content=\"Acme Media GmbH\">",
	    "<h1>Story</h1><span class=\"author\">Von Max Muster</span>", &r,
	    a);
	assert_int_equal(r.n_authors, 1);
	assert_string_equal(r.authors[0], "Max Muster");
	/* without a byline the company stays */
	page("<meta name=\"author\" content=\"Acme Media GmbH\">",
	    "<h1>Story</h1>", &r, a);
	assert_int_equal(r.n_authors, 1);
	assert_string_equal(r.authors[0], "Acme Media GmbH");
	arena_free(a);
}

/*
 * A bare "date" meta yields to an element marked datePublished, and to
 * a dateline under the headline.
 */
static void
test_date_generic_meta(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<meta name=\"date\" content=\"2022-01-21T15:38:44+01:00\">",
	    "<h1>Story</h1><time itemprop=\"datePublished\" datetime=\""
	    "2022-01-27\">27.01.2022</time>", &r, a);
	assert_string_equal(r.published, "2022-01-27");
	assert_string_equal(r.published_from, "time");
	/* any other <time> does not (one above the headline: below it, it
	   would be the headline's dateline) */
	page("<meta name=\"date\" content=\"2022-01-21T15:38:44+01:00\">",
	    "<time datetime=\"2022-01-27\">27.01.2022</time><h1>Story</h1>",
	    &r, a);
	assert_string_equal(r.published, "2022-01-21T14:38:44Z");
	assert_string_equal(r.published_from, "meta");
	/* the dateline under the headline, when it names another day */
	page("<meta name=\"date\" content=\"2020-04-29T11:52:23\">",
	    "<h1>Story</h1><p><span class=\"stand\">Stand: 28.04.2020 "
	    "18:00 Uhr</span></p>", &r, a);
	assert_string_equal(r.published, "2020-04-28");
	assert_string_equal(r.published_from, "text");
	page("<meta name=\"date\" content=\"2020-04-28T11:52:23+02:00\">",
	    "<h1>Story</h1><p>Stand: 28.04.2020 18:00 Uhr</p>", &r, a);
	assert_string_equal(r.published, "2020-04-28T09:52:23Z");
	assert_string_equal(r.published_from, "meta");
	/* an explicit publication meta still comes first */
	page("<meta property=\"article:published_time\" content=\""
	    "2022-01-20\">", "<h1>Story</h1><time itemprop=\"datePublished"
	    "\" datetime=\"2022-01-27\">27.01.2022</time>", &r, a);
	assert_string_equal(r.published, "2022-01-20");
	arena_free(a);
}

/* A visible byline naming more persons completes structured data. */
static void
test_author_more_names(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<meta name=\"author\" content=\"Rudolf Fischer\">",
	    "<h1>Story</h1><span class=\"author\">von Rudolf Fischer, Simon "
	    "Kohler</span>", &r, a);
	assert_int_equal(r.n_authors, 2);
	assert_string_equal(r.authors[1], "Simon Kohler");
	/* roles and units after the name are not more authors */
	page("<meta name=\"author\" content=\"Dana Kahn\">",
	    "<h1>Story</h1><div class=\"author\">By Dana Kahn, Senior "
	    "Staff Technologist, ACLU Speech, Privacy, and Technology Project"
	    "</div>", &r, a);
	assert_int_equal(r.n_authors, 1);
	assert_string_equal(r.authors[0], "Dana Kahn");
	arena_free(a);
}

/* Drupal's "submitted" line names the author and the date. */
static void
test_drupal_submitted(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("", "<div class=\"node node-article node-promoted\"><h2>Story"
	    "</h2><div class=\"content\">" BODY "</div><div class=\""
	    "submitted\"> Gespeichert von <span class=\"username\">rasos"
	    "</span> am 24. Juli 2017 - 18:55 </div></div>", &r, a);
	assert_int_equal(r.n_authors, 1);
	assert_string_equal(r.authors[0], "rasos");
	assert_string_equal(r.published, "2017-07-24");
	/* "node-promoted" is not a promotion box: the story stays */
	assert_non_null(strstr(r.text, "The first paragraph"));
	arena_free(a);
}

/*
 * A publication key in script data is the last evidence before the page's
 * modification date: any meta, dateline or URL date comes first.
 */
static void
test_date_script_data(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;
	const char	*state_js = "<script>window.__STATE__={\"article\":"
	    "{\"publishedDate\":\"2016-11-04T20:37:27Z\"}}</script>";

	(void)state;
	page_at("https://news.example/story", state_js, "<h1>Story</h1>", &r,
	    a);
	assert_string_equal(r.published, "2016-11-04T20:37:27Z");
	assert_string_equal(r.published_from, "script");
	/* before the modification date */
	page_at("https://news.example/story", "<meta property=\""
	    "article:modified_time\" content=\"2017-01-01\">" "<script>"
	    "var s={\"publishedDate\":\"2016-11-04\"}</script>",
	    "<h1>Story</h1>", &r, a);
	assert_string_equal(r.published, "2016-11-04");
	assert_string_equal(r.published_from, "script");
	/* after a meta, a URL date and a dateline */
	page_at("https://news.example/story", "<meta property=\""
	    "article:published_time\" content=\"2015-05-05\">" "<script>"
	    "var s={\"publishedDate\":\"2016-11-04\"}</script>",
	    "<h1>Story</h1>", &r, a);
	assert_string_equal(r.published, "2015-05-05");
	page_at("https://news.example/2015/05/05/story", state_js,
	    "<h1>Story</h1>", &r, a);
	assert_string_equal(r.published, "2015-05-05");
	assert_string_equal(r.published_from, "url");
	page_at("https://news.example/story", state_js,
	    "<h1>Story</h1><p>5 May 2015</p>", &r, a);
	assert_string_equal(r.published, "2015-05-05");
	assert_string_equal(r.published_from, "text");
	/* JSON-LD is read as JSON-LD, and a script's src is not its data */
	page_at("https://news.example/story", "<script type=\""
	    "application/ld+json\">{\"@type\":\"NewsArticle\","
	    "\"datePublished\":\"2015-05-05\"}</script>" "<script src=\""
	    "x.js\"></script>" "<script>var s={\"publishedDate\":"
	    "\"2016-11-04\"}</script>", "<h1>Story</h1>", &r, a);
	assert_string_equal(r.published, "2015-05-05");
	assert_string_equal(r.published_from, "jsonld");
	/* a date after the fetch is no evidence */
	page_at("https://news.example/story", "<script>var s={\"publishedDate"
	    "\":\"2999-01-01\"}</script>", "<h1>Story</h1>", &r, a);
	assert_null(r.published);
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_title_label),
		cmocka_unit_test(test_title_site_heading),
		cmocka_unit_test(test_title_kicker),
		cmocka_unit_test(test_title_marked_headline),
		cmocka_unit_test(test_meta_rdfa_properties),
		cmocka_unit_test(test_meta_dublin_core_first),
		cmocka_unit_test(test_title_more_metas),
		cmocka_unit_test(test_title_shown_part),
		cmocka_unit_test(test_title_site_suffix),
		cmocka_unit_test(test_title_date_prefix),
		cmocka_unit_test(test_title_breadcrumb),
		cmocka_unit_test(test_title_host_prefix),
		cmocka_unit_test(test_byline_particles),
		cmocka_unit_test(test_author_site_name),
		cmocka_unit_test(test_author_more_names),
		cmocka_unit_test(test_date_generic_meta),
		cmocka_unit_test(test_drupal_submitted),
		cmocka_unit_test(test_date_script_data),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
