/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the authors of a page (src/ingest/byline*.c and
 * meta_authors.c) on small inline pages, one case or more per rule:
 * where a byline is looked for, which one wins, and what of its text is
 * a name.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
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
page(const char *head, const char *body, struct record *r, struct arena *a)
{
	struct html_hint	 h = { "https://news.example/2021/05/story",
	    NULL, 0, 0 };
	const char		*html;

	html = arena_printf(a, "<html><head>%s</head><body>%s<div>" BODY
	    "</div></body></html>", head, body);
	record_init(r);
	assert_int_equal(html_extract(html, strlen(html), &h, r, a), 0);
}

/* The one author a page gives, or how many it gives instead. */
static const char *
one(const struct record *r)
{
	static char	buf[32];

	if (r->n_authors == 1)
		return r->authors[0];
	snprintf(buf, sizeof(buf), "(%zu authors)", r->n_authors);
	return buf;
}

/*
 * WordPress classes a post by its tags and categories: a tag that holds
 * a layout word ("bundestagswahl" holds "tags") does not make the post a
 * box to skip; "authorization" is not a byline.
 */
static void
test_hint_words(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("", "<article class=\"post type-post tag-bundestagswahl "
	    "category-empfehlungen\"><h1>Story</h1><span class=\"byline\">"
	    "von Anna Blum</span>" BODY "</article>", &r, a);
	assert_string_equal(one(&r), "Anna Blum");
	page("", "<div id=\"authorization\">Sign In | Sign Up</div>"
	    "<h1>Story</h1><p>By Kelli Miller</p>", &r, a);
	assert_string_equal(one(&r), "Kelli Miller");
	arena_free(a);
}

/*
 * The headline anchors the search: authors of teasers above it lose to
 * the byline below it; with none below, the byline above it counts.
 */
static void
test_byline_headline(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("", "<div class=\"teaser\"><span class=\"author\">Brigitte "
	    "Quint</span></div><h1>Story</h1><div class=\"author\">Ursula "
	    "Baatz</div>", &r, a);
	assert_string_equal(one(&r), "Ursula Baatz");
	page("", "<div class=\"byline\">By Anna Smith</div><h1>Story</h1>",
	    &r, a);
	assert_string_equal(one(&r), "Anna Smith");
	/* an author link just above the headline counts, a menu's far
	   above it not */
	page("", "<div><a href=\"/profile/142450\">delta201</a></div><h1>"
	    "Chapter 1</h1>", &r, a);
	assert_string_equal(one(&r), "delta201");
	page("", "<div><a href=\"/user/memberlist\">Member List</a></div>"
	    "<p>1</p><p>2</p><p>3</p><p>4</p><p>5</p><p>6</p><p>7</p><p>8</p>"
	    "<p>9</p><p>10</p><p>11</p><h1>Chapter 1</h1>", &r, a);
	assert_int_equal(r.n_authors, 0);
	/* the heading that reads as the title, not the blog's name */
	page("<title>Storm over the harbour</title>", "<h1>Sandy's blog</h1>"
	    "<span class=\"author\">Sandy Beach</span><h2>Storm over the "
	    "harbour</h2><p>Posted by Kim Doe</p>", &r, a);
	assert_string_equal(one(&r), "Kim Doe");
	/* comment threads hold other people's names */
	page("", "<h1>Story</h1><div id=\"comments\"><p class=\""
	    "comment-author\">Troll</p></div>", &r, a);
	assert_int_equal(r.n_authors, 0);
	arena_free(a);
}

/*
 * In a marked byline, a link to an author's page names the author when
 * the text adds words after it; marked itemprop=name is the name; a box
 * too long to be a byline is read by its parts.
 */
static void
test_byline_links(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("", "<h1>Story</h1><div class=\"author\"><a href=\"/author/"
	    "ben-silverman\">Ben Silverman</a> <span>Games Editor</span>"
	    "</div>", &r, a);
	assert_string_equal(one(&r), "Ben Silverman");
	page("", "<h1>Story</h1><div class=\"author-info\"><a href=\""
	    "/user/houzz\">Houzz Deutschland</a><span>vor 5 Stunden</span>"
	    "</div>", &r, a);
	assert_string_equal(one(&r), "Houzz Deutschland");
	/* an author link whose name starts with a number */
	page("", "<h1>Story</h1><div class=\"byline\">By <a rel=\"author\" "
	    "href=\"/author/jessica-holly/\">Jessica Holly</a>, <a rel=\""
	    "author\" href=\"/author/7-news-wsvn/\">7 News WSVN</a></div>",
	    &r, a);
	assert_int_equal(r.n_authors, 2);
	assert_string_equal(r.authors[0], "Jessica Holly");
	assert_string_equal(r.authors[1], "7 News WSVN");
	page("", "<h1>Story</h1><div class=\"authorinfo\">Tech Insider "
	    "<span itemprop=\"name\">Alex Perry</span> 1 day ago</div>", &r,
	    a);
	assert_string_equal(one(&r), "Alex Perry");
	page("", "<h1>Story</h1><div class=\"author-info\"><p class=\""
	    "author-name\">Sara Zinnecker</p><p>Sara writes about pensions, "
	    "insurance and taxes, and before that she wrote about banks for "
	    "ten years.</p></div>", &r, a);
	assert_string_equal(one(&r), "Sara Zinnecker");
	arena_free(a);
}

/* Bylines written in the text near the headline, after a separator or
   a date, in several languages. */
static void
test_byline_text(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("", "<h1>Story</h1><p><span>| By </span><span>Cara Stiles"
	    "</span> | <time>April 13, 2020</time></p>", &r, a);
	assert_string_equal(one(&r), "Cara Stiles");
	page("", "<h1>Story</h1><p>Blog Beitrag von Margarita Koreneva</p>",
	    &r, a);
	assert_string_equal(one(&r), "Margarita Koreneva");
	/* the byline in its inline element, not the block's other words */
	page("", "<h1>Story</h1><h2>Stars (1 / 1) <span>06.11.2023 13:30 "
	    "von Olga </span> <span>Symbolbild imago</span></h2>", &r, a);
	assert_string_equal(one(&r), "Olga");
	/* credits of other roles end the name */
	page("", "<h1>Story</h1><p><em>Text von Christian Seiler &nbsp; "
	    "Illustration von Markus Roost</em></p>", &r, a);
	assert_string_equal(one(&r), "Christian Seiler");
	/* a sentence that starts like a byline is none */
	page("", "<h1>Story</h1><p>Von Berlin aus fuhr er nach Hamburg.</p>",
	    &r, a);
	assert_int_equal(r.n_authors, 0);
	/* a link to an author's page on the site, not to a social network */
	page("", "<h1>Story</h1><p><a href=\"https://www.youtube.com/user/"
	    "x\">Youtube</a></p><p><a href=\"/profil/nikolai-huke\">Nikolai "
	    "Huke</a></p>", &r, a);
	assert_string_equal(one(&r), "Nikolai Huke");
	/* a user's page by its number, in any word for a user */
	page("", "<h1>Offer</h1><div><a href=\"https://shop.example/"
	    "member-profile/?u=9081\">SparFuchs77</a> 02.03.2020</div>",
	    &r, a);
	assert_string_equal(one(&r), "SparFuchs77");
	page("", "<h1>Story</h1><p><a href=\"/forum/userinfo.php?tab=1&amp;"
	    "uid=42\">Kim Maier</a></p>", &r, a);
	assert_string_equal(one(&r), "Kim Maier");
	page("", "<h1>Story</h1><p><a href=\"/benutzer_seite/?user_id=7#top"
	    "\">Jo Park</a></p>", &r, a);
	assert_string_equal(one(&r), "Jo Park");
	/* a page about users is none, nor a number that is not the user's:
	   a campaign's, a page of a list */
	page("", "<h1>Story</h1><p><a href=\"/mitglied-werden/?utm_id="
	    "123\">Mitglied werden</a> <a href=\"/user-deals/deals/\">User "
	    "Deals</a> <a href=\"/member-news/?page=2\">Mehr News</a> <a "
	    "href=\"/userinfo.php?uid=\">Jo Park</a></p>", &r, a);
	assert_int_equal(r.n_authors, 0);
	page("", "<h1>Story</h1><div class=\"meta\">Datum: 19.11.2021 "
	    "Autor: Fritz Imhof Quelle: Livenet</div>", &r, a);
	assert_int_equal(r.n_authors, 0);
	page("", "<h1>Story</h1><div class=\"author\">Datum: 19.11.2021 "
	    "Autor: Fritz Imhof Quelle: Livenet</div>", &r, a);
	assert_string_equal(one(&r), "Fritz Imhof");
	arena_free(a);
}

/*
 * A line of its own just below the headline holding a date and a name
 * and nothing else is a byline without a lead word; not when it names
 * the site of the page title or no person, not further down, and any
 * other byline wins.
 */
static void
test_byline_dated(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("", "<h1>Story</h1><p>04.05.2020 - Jonas Brandt</p>", &r, a);
	assert_string_equal(one(&r), "Jonas Brandt");
	page("", "<h1>Story</h1><div><span>Anna Blum</span> | <time>3. März "
	    "2021</time></div>", &r, a);
	assert_string_equal(one(&r), "Anna Blum");
	page("<title>Story - Kreisblatt Nord</title>", "<h1>Story</h1><p>"
	    "Kreisblatt Nord &bull; 01.02.2022</p>", &r, a);
	assert_int_equal(r.n_authors, 0);
	/* no person: one word, capitals, a job title, no date */
	page("", "<h1>Story</h1><p>04.05.2020 - Sport</p>", &r, a);
	assert_int_equal(r.n_authors, 0);
	page("", "<h1>Story</h1><p>04.05.2020 - FAQ Seite</p>", &r, a);
	assert_int_equal(r.n_authors, 0);
	page("", "<h1>Story</h1><p>04.05.2020 - Staff Writer</p>", &r, a);
	assert_int_equal(r.n_authors, 0);
	page("", "<h1>Story</h1><p>Neue Regeln - Jonas Brandt</p>", &r, a);
	assert_int_equal(r.n_authors, 0);
	/* not past the third line */
	page("", "<h1>Story</h1><p>Kicker</p><p>Lead</p><p>Photo</p><p>"
	    "04.05.2020 - Jonas Brandt</p>", &r, a);
	assert_int_equal(r.n_authors, 0);
	page("", "<h1>Story</h1><p>04.05.2020 - Jonas Brandt</p><p "
	    "class=\"author\">Max Muster</p>", &r, a);
	assert_string_equal(one(&r), "Max Muster");
	arena_free(a);
}

/* What of a byline is a name. */
static void
test_byline_names(void **state)
{
	struct arena	 *a = arena_new();
	const char	**v = NULL;
	size_t		  n = 0;

	(void)state;
	/* a label of a date is no name */
	byline_split("Zuletzt geändert am: 15.10.2021", &v, &n, a);
	byline_split("Last updated", &v, &n, a);
	assert_int_equal(n, 0);
	/* an agency's credit, a nickname in parentheses, "&" in a name */
	byline_split("red, wien.ORF.at/Agenturen", &v, &n, a);
	byline_split("Richard (R.J.) Eskow", &v, &n, a);
	byline_split("Anna Smith (Reuters)", &v, &n, a);
	byline_split("Mac & i", &v, &n, a);
	byline_split("Sara Zinnecker Stand: 05. Februar 2020", &v, &n, a);
	assert_int_equal(n, 6);
	assert_string_equal(v[0], "red");
	assert_string_equal(v[1], "wien.ORF.at/Agenturen");
	assert_string_equal(v[2], "Richard (R.J.) Eskow");
	assert_string_equal(v[3], "Anna Smith");
	assert_string_equal(v[4], "Mac & i");
	assert_string_equal(v[5], "Sara Zinnecker");
	/* the kind of text before "von" is no part of the name */
	n = 0;
	byline_split("Pressemitteilung von Katja Kipping", &v, &n, a);
	byline_split("Otto von Bismarck", &v, &n, a);
	byline_split("Ursula von der Leyen", &v, &n, a);
	/* a template's "Von" label after the rubric; a name's "Von" */
	byline_split("Disko Von Ernst Lohoff", &v, &n, a);
	byline_split("Diane Von Furstenberg", &v, &n, a);
	assert_int_equal(n, 5);
	assert_string_equal(v[0], "Katja Kipping");
	assert_string_equal(v[1], "Otto von Bismarck");
	assert_string_equal(v[2], "Ursula von der Leyen");
	assert_string_equal(v[3], "Ernst Lohoff");
	assert_string_equal(v[4], "Diane Von Furstenberg");
	/* a forum's user name, one letter and digits */
	n = 0;
	byline_split("Beitragvon r23 » 21.01.2009, 05:42", &v, &n, a);
	assert_int_equal(n, 1);
	assert_string_equal(v[0], "r23");
	/* the label of a link to the author's page */
	n = 0;
	byline_split("Alles von Martin Junker", &v, &n, a);
	byline_split("View all posts by Daniel Lemire", &v, &n, a);
	assert_int_equal(n, 2);
	assert_string_equal(v[0], "Martin Junker");
	assert_string_equal(v[1], "Daniel Lemire");
	/* a job title after a name is no name; alone it may be a pen
	   name, and names go on after it */
	n = 0;
	byline_split("Posted by Kim Lee, Software Engineer on Example Blog",
	    &v, &n, a);
	assert_int_equal(n, 1);
	assert_string_equal(v[0], "Kim Lee");
	n = 0;
	byline_split("By Anna Smith, Staff Writer and Bob Jones", &v, &n, a);
	assert_int_equal(n, 2);
	assert_string_equal(v[0], "Anna Smith");
	assert_string_equal(v[1], "Bob Jones");
	n = 0;
	byline_split("Rasender Redakteur", &v, &n, a);
	byline_split("Engineering Team", &v, &n, a);
	assert_int_equal(n, 2);
	assert_string_equal(v[0], "Rasender Redakteur");
	assert_string_equal(v[1], "Engineering Team");
	/* a slash between words or a path is not an agency */
	n = 0;
	byline_split("Text/Fotos: Anna Smith", &v, &n, a);
	byline_split("/author/anna", &v, &n, a);
	assert_int_equal(n, 0);
	arena_free(a);
}

/* The story's own first or last lines name the author when nothing
   else names a person: a byline line, an agency's dateline. */
static void
test_byline_story(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle"
	    "\",\"author\":{\"@type\":\"Organization\",\"name\":\"LN\"}}"
	    "</script>", "<h1>Story</h1><div class=\"text\">" BODY "<p><em>"
	    "Von <span>Cosima Künzel</span></em></p></div>", &r, a);
	assert_string_equal(one(&r), "Cosima Künzel");
	page("", "<h1>Story</h1><div class=\"text\"><p>Courtesy of Forests "
	    "News</p><p><em>Written by: <a href=\"https://forests.example/"
	    "1\">Julie Mollins</a></em></p>" BODY "</div>", &r, a);
	assert_string_equal(one(&r), "Julie Mollins");
	page("", "<h1>Story</h1><div class=\"text\"><p>Hamburg (dpa/lno) "
	    "– Trotz eines Gespräches bleiben die Fronten "
	    "verhärtet, sagte er am Samstag.</p>" BODY "</div>", &r, a);
	assert_string_equal(one(&r), "dpa/lno");
	/* a country in parentheses is no agency */
	page("", "<h1>Story</h1><div class=\"text\"><p>Rostow (Russland) - "
	    "Bei einem Brand sind fünf Kinder ums Leben gekommen, "
	    "teilten die Behörden mit.</p>" BODY "</div>", &r, a);
	assert_int_equal(r.n_authors, 0);
	/* a labeled byline anywhere, when the metadata names a company */
	page("<meta name=\"author\" content=\"Deutsche Welle (www.dw.com)"
	    "\">", "<h1>Story</h1><div class=\"text\">" BODY "</div><div>"
	    "<p>Auteur : Kossivi Tiassou </p><p>Edition : M-A. Pioerron</p>"
	    "</div>", &r, a);
	assert_string_equal(one(&r), "Kossivi Tiassou");
	page("<meta name=\"author\" content=\"Hanns-Seidel-Stiftung e.V.\">",
	    "<h1>Story</h1><div class=\"text\">" BODY "<p><strong>Autorin: "
	    "Uta Staschewski, Projektleiterin der HSS in Tunesien.</strong>"
	    "</p>" BODY BODY BODY "</div>", &r, a);
	assert_string_equal(one(&r), "Uta Staschewski");
	/* the line just before the story, on a page without headings */
	page("", "<table><tr><td><span>Geschrieben von <a href=\"/u?6\">"
	    "Cooper</a></span> am 25.08.2015</td></tr><tr><td class=\""
	    "itemBody\">" BODY BODY "</td></tr></table>", &r, a);
	assert_string_equal(one(&r), "Cooper");
	/* a person named near the headline stays */
	page("", "<h1>Story</h1><p class=\"byline\">By Anna Smith</p><div "
	    "class=\"text\">" BODY "<p>Von Max Muster</p></div>", &r, a);
	assert_string_equal(one(&r), "Anna Smith");
	arena_free(a);
}

/*
 * The site named as author: by its name in the outlet's or the page
 * title's "Story | Site", also with its place added; it yields to a
 * person's byline and stays when there is none.
 */
static void
test_author_site(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<title>Achtsam | Die FURCHE</title><meta name=\"author\" "
	    "content=\"Die FURCHE\">", "<h1>Achtsam</h1><div class=\""
	    "article-authors\">Ursula Baatz</div>", &r, a);
	assert_string_equal(one(&r), "Ursula Baatz");
	/* a part between the first and the last may be the author's */
	page("<title>Whales | Eleanor Ainge Roy | Environment | The Guardian"
	    "</title><meta name=\"author\" content=\"Eleanor Ainge Roy\">",
	    "<h1>Whales</h1><div class=\"text\"><p>Photograph: Adrian "
	    "Malloch</p>" BODY "</div>", &r, a);
	assert_string_equal(one(&r), "Eleanor Ainge Roy");
	/* the site's name with its place, in the title's first or last
	   part */
	page("<title>TSV Grün Weiß Musterstadt - Derbysieg - Neuigkeiten"
	    "</title><meta name=\"author\" content=\"TSV Grün Weiß\">",
	    "<h1>Derbysieg</h1><p>Von Kim Maier</p>", &r, a);
	assert_string_equal(one(&r), "Kim Maier");
	page("<title>Rain at last | Valley Courier West Side</title><meta "
	    "name=\"author\" content=\"Valley Courier\">", "<h1>Rain at "
	    "last</h1><p>By Jo Park</p>", &r, a);
	assert_string_equal(one(&r), "Jo Park");
	/* a headline that starts with the name does not make it the site */
	page("<title>Anna Smith wins the prize | Daily News</title><meta "
	    "name=\"author\" content=\"Anna Smith\">", "<h1>Anna Smith wins "
	    "the prize</h1><p>By Max Muster</p>", &r, a);
	assert_string_equal(one(&r), "Anna Smith");
	/* nor does a part four words longer */
	page("<title>TSV Grün Weiß in der Kreisliga Nord - Derbysieg</title>"
	    "<meta name=\"author\" content=\"TSV Grün Weiß\">", "<h1>"
	    "Derbysieg</h1><p>Von Kim Maier</p>", &r, a);
	assert_string_equal(one(&r), "TSV Grün Weiß");
	/* a separator the title ends with ends no part */
	page("<title>Derbysieg - TSV Grün Weiß Musterstadt - </title><meta "
	    "name=\"author\" content=\"TSV Grün Weiß\">", "<h1>Derbysieg"
	    "</h1><p>Von Kim Maier</p>", &r, a);
	assert_string_equal(one(&r), "Kim Maier");
	page("<title> - </title><meta name=\"author\" content=\"TSV Grün "
	    "Weiß\">", "<h1>Derbysieg</h1><p>Von Kim Maier</p>", &r, a);
	assert_string_equal(one(&r), "TSV Grün Weiß");
	page("<meta property=\"og:site_name\" content=\"BBC News\">"
	    "<meta property=\"og:article:author\" content=\"BBC News\">",
	    "<h1>Story</h1>", &r, a);
	assert_string_equal(one(&r), "BBC News");
	arena_free(a);
}

/* schema.org's ReportageNewsArticle is a news article: its author and
   a nickname in parentheses in the name. */
static void
test_author_reportage(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<script type=\"application/ld+json\"><![CDATA[ {\"@type\":"
	    "\"ReportageNewsArticle\",\"author\":[{\"@type\":\"Person\","
	    "\"name\":\"Bruno (Henrique Zecchin) Rodrigues \"}]} ]]></script>",
	    "<h1>Story</h1>", &r, a);
	assert_string_equal(one(&r), "Bruno (Henrique Zecchin) Rodrigues");
	arena_free(a);
}

/* WordPress marks the comments of the post's author "bypostauthor": with
   no byline, the hCard name of one names the author. */
static void
test_author_post_author(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("", "<h1>Story</h1><ol class=\"commentlist\"><li class=\""
	    "comment byuser\"><div class=\"comment-author vcard\"><cite "
	    "class=\"fn\">gnaddrig</cite> Sagt:</div><p>Nice!</p></li><li "
	    "class=\"comment byuser bypostauthor\"><div class=\""
	    "comment-author vcard\"><cite class=\"fn\"><a href=\"/\">"
	    "Nesselsetzer</a></cite> <span class=\"says\">Sagt:</span></div>"
	    "<p>Danke!</p></li></ol>", &r, a);
	assert_string_equal(one(&r), "Nesselsetzer");
	/* a byline comes first */
	page("", "<h1>Story</h1><p>By Anna Smith</p><ol><li class=\"comment "
	    "bypostauthor\"><cite class=\"fn\">Nesselsetzer</cite></li></ol>",
	    &r, a);
	assert_string_equal(one(&r), "Anna Smith");
	arena_free(a);
}

/* Two against one: the byline and the author meta agree against the
   JSON-LD; with nothing to agree, the JSON-LD stays. */
static void
test_author_vote(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle"
	    "\",\"author\":{\"@type\":\"Person\",\"name\":\"Kathleen "
	    "Ditton\"}}</script><meta name=\"parsely-author\" content=\""
	    "Jessica Holly\">", "<h1>Story</h1><div class=\"byline\">By "
	    "Jessica Holly, Gail Levy</div>", &r, a);
	assert_int_equal(r.n_authors, 2);
	assert_string_equal(r.authors[0], "Jessica Holly");
	assert_string_equal(r.authors[1], "Gail Levy");
	page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle"
	    "\",\"author\":{\"@type\":\"Person\",\"name\":\"Kathleen "
	    "Ditton\"}}</script>", "<h1>Story</h1><div class=\"byline\">By "
	    "Jessica Holly</div>", &r, a);
	assert_string_equal(one(&r), "Kathleen Ditton");
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hint_words),
		cmocka_unit_test(test_byline_headline),
		cmocka_unit_test(test_byline_links),
		cmocka_unit_test(test_byline_text),
		cmocka_unit_test(test_byline_dated),
		cmocka_unit_test(test_byline_names),
		cmocka_unit_test(test_byline_story),
		cmocka_unit_test(test_author_site),
		cmocka_unit_test(test_author_reportage),
		cmocka_unit_test(test_author_post_author),
		cmocka_unit_test(test_author_vote),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
