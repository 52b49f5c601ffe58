/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the rules by which the extractor (src/ingest/extract*.c,
 * html.c) chooses and cleans the story, one small page each, most of them
 * inline, some in tests/fixtures/extract/: what the story keeps and what
 * stays out of it. test_extract.c covers whole pages and their metadata,
 * test_extract_hints.c what class names and schema.org marks decide,
 * test_extract_lines.c which short lines are labels, test_extract_ld.c
 * the story taken from JSON-LD.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "extract_pages.h"

#include "core/arena.h"
#include "core/buf.h"
#include "core/record.h"
#include "ingest/extract.h"
#include "ingest/html.h"

/*
 * The story sits in a wrapper whose class is negative ("sidebar-wrapper"),
 * below a positive one (id "page") that also holds a long site blurb: the
 * best node is not raised above the negative wrapper, nor is the wrapper
 * cleaned away with the story in it.
 */
static void
test_negative_wrapper(void **state)
{
	struct arena	*a = arena_new();
	const char	*t = text_of_file("negative-wrapper.html", a);

	(void)state;
	has(t, "The first paragraph of the story is long enough");
	has(t, "A sixth paragraph, with commas, adds taxes");
	lacks(t, "Our portal was certified");
	lacks(t, "Rates, with commas, from a widget");
	arena_free(a);
}

/*
 * A video page: its story is a short description; a login dialog beside
 * it holds more text. The laxer passes find the dialog, but the short
 * story stays, as the dialog does not hold it.
 */
static void
test_short_story_kept(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><main><article class=\"video-module\">"
	    "<div class=\"content-box\"><h2>US sport in times of corona</h2>"
	    "<p class=\"item-description\">New York is the centre of the "
	    "pandemic in the United States. Sport has come to a standstill, "
	    "and the leagues, their players and their fans are all "
	    "waiting.</p></div></article></main>"
	    "<div class=\"b-dialog login-dialog\"><div class=\"panel\">"
	    "<p>There is no account for this e-mail address, or the password "
	    "you gave is wrong, so please try again, or ask for a new one.</p>"
	    "<p>Please choose a display name, with letters, digits, or dots, "
	    "that others will see next to what you write, rate, or share.</p>"
	    "<p>This e-mail address is known to us already, so you may have "
	    "an account, and you can log in with it, or reset it, here.</p>"
	    "<p>The password must be eight characters long, with a capital "
	    "letter, a small letter, and a digit, and it must not be your "
	    "name.</p><p>Please agree to the terms of use, and to the privacy "
	    "policy, before you go on, or close this window.</p></div></div>"
	    "</body></html>", a);
	has(t, "New York is the centre of the pandemic");
	lacks(t, "password");
	arena_free(a);
}



/*
 * A story cut in two by the layout: its opening in one row, the rest in
 * another, each in a "story-text" block. Both pieces are the story; the
 * next story on the page, an <article> of its own with the same class,
 * is not, nor is a "story-text" teaser that is all links.
 */
static void
test_split_story(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><main><section class=\"row\"><div class="
	    "\"col\"><div class=\"story-text\"><p>The opening of the story, "
	    "in a row of its own, says what happened, where, and to whom, in "
	    "a long sentence.</p></div></div></section><section class=\"row\">"
	    "<aside class=\"ad\">Advertisement</aside><div class=\"col\">"
	    "<div class=\"story-text\">" LONG_BODY "</div></div></section>"
	    "<div class=\"more\"><div class=\"story-text\"><p><a href=\"/a\">"
	    "A teaser for another story, with a long title that is all one "
	    "link, and nothing else at all</a></p></div></div></main>"
	    "<article><div class=\"story-text\"><p>The next story on the "
	    "page, loaded below this one, begins here, with words of its own, "
	    "and more of them.</p></div></article></body></html>", a);
	assert_non_null(t);
	assert_true(strncmp(t, "The opening of the story", 24) == 0);
	has(t, "but said it well.");
	lacks(t, "A teaser for another story");
	lacks(t, "The next story on the page");
	arena_free(a);
}

/*
 * A browser warning outside <main> outscores the story inside it: the
 * page's main landmark says where the story is.
 */
static void
test_main_landmark(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div id=\"browser-warning\"><div class=\""
	    "wrapper\"><h1>Dear fans,</h1><p>we are glad you came, but your "
	    "browser is old, and our pages, their pictures, and their scores "
	    "will not show well in it, so please use another one, a new one, "
	    "a safe one.</p><p>If you have questions, write to us, call us, "
	    "or ask a friend, and we will help, as we always do.</p></div>"
	    "</div><main><section class=\"news\"><p>The national team will "
	    "not meet for a regional course this month, the federation said, "
	    "so that clubs can play.</p><p>The course will be held again in "
	    "March, when the team plays two matches, at home and away.</p>"
	    "<p>The coach, who named a squad of twenty, said the players need "
	    "rest, time, and games with their clubs.</p></section></main>"
	    "</body></html>", a);
	has(t, "The national team will not meet");
	has(t, "games with their clubs.");
	lacks(t, "browser");
	arena_free(a);
}

/*
 * A paragraph that is a list of links (a "see also" and titles under it,
 * tags) is not the story; one with a few links in its sentences is.
 */
static void
test_link_paragraph(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div class=\"post-content\">" LONG_BODY
	    "<p>As <a href=/a>the council</a> said, and as <a href=/b>the "
	    "farmers</a> and <a href=/c>the minister</a> agreed, the grant "
	    "will come in the spring, for all who apply.</p><p>See also<br>"
	    "<a href=/d>The dumbest of all theories: contrails</a><br><a href="
	    "/e>More and more people believe in plots</a><br><a href=/f>Fun "
	    "with plots in ten minutes</a></p><p>The story goes on after the "
	    "list, with one more paragraph, and then it ends.</p></div>"
	    "</body></html>", a);
	has(t, "the grant will come in the spring");
	lacks(t, "contrails");
	lacks(t, "See also");
	arena_free(a);
}

/*
 * A teaser box inside the story, its title a link to another story, is
 * that story's, not this one's; a teaser with no linked title (the lead
 * some templates call so) stays.
 */
static void
test_teaser_box(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div class=\"article-body\"><p class=\""
	    "teaser\">The farmers want a grant, and the minister is open to "
	    "it, she said on Tuesday.</p>" BODY "<div class=\"teaser\"><h2>"
	    "<a href=\"/faq\">What you need to know about the virus</a></h2>"
	    "<p>The virus spreads, and here are answers to many questions, "
	    "from masks to tests, for all, young and old, at home, at work, "
	    "at school, and on the road, wherever you are, whatever you do, "
	    "and whenever you need them. <a href=\"/faq\">more</a></p>"
	    "</div><p>A fifth paragraph, with commas, adds what the council "
	    "said, what the farmers said, and what happens next.</p><p>A "
	    "sixth paragraph, with commas, closes the story with a quote from "
	    "the minister, who said little, but said it well.</p></div>"
	    "</body></html>", a);
	has(t, "The farmers want a grant");
	has(t, "but said it well.");
	lacks(t, "What you need to know");
	lacks(t, "from masks to tests");
	arena_free(a);
}

/*
 * Teaser boxes after the story, each a label and a line ending in a
 * "more" link ("mehr •••", "Read more »"), are trimmed from the end; a
 * closing paragraph of the story with a link in its words stays.
 */
static void
test_more_teasers(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div class=\"article-body\">" LONG_BODY
	    "<p>The report is on <a href=\"/r\">the ministry's site</a>, "
	    "with more.</p><div><dl><dt>Wettergutachten</dt><dd><p>"
	    "Auskunft \xc3\xbc" "ber vergangenes Wetter in allen L\xc3\xa4ndern"
	    "\xe2\x80\xa6 <a "
	    "href=\"/w\">mehr&nbsp;&nbsp;&bull;&bull;&bull;</a></p></dd></dl>"
	    "<dl><dt>Gitterdaten</dt><dd><p>R\xc3\xa4umliche Daten f\xc3\xbcr "
	    "Forschung und Planung in allen L\xc3\xa4ndern "
	    "<a href=\"/g\"> Read more \xc2\xbb</a></p></dd></dl></div>"
	    "</div></body></html>", a);
	has(t, "but said it well.");
	has(t, "with more.");
	lacks(t, "Wettergutachten");
	lacks(t, "vergangenes Wetter");
	lacks(t, "Gitterdaten");
	lacks(t, "Forschung und Planung");
	arena_free(a);
}

/*
 * A gallery whose slide text sits in <caption> elements outside any
 * table (libxml2 closes the <p> around each) has that text as its
 * paragraphs, so the slides are scored and kept, not only the one
 * paragraph of the market widget beside them.
 */
#define SLIDE(h, t) "<section><h2>" h "</h2><p><caption>" t \
	"</caption></p></section>"

static void
test_gallery_captions(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div class=\"band-items\"><p>Benchmarks, "
	    "indices, and funds, for today, as the market opens, with the "
	    "leaders.</p></div><section class=\"gallery\"><h1>The phone is "
	    "here</h1>"
	    SLIDE("Not a flagship", "The latest phone is not what you would "
	    "expect, a successor to the old model, and it looks like the one "
	    "from 2017.")
	    SLIDE("Pocket friendly", "Its form factor is a surprise, a small "
	    "display, which puts it in the smaller size category, with most "
	    "phones closer to six inches.")
	    SLIDE("Powerful", "It fits in so much more, cramming in the latest "
	    "chip, and bringing back the home button, and with it, the "
	    "fingerprint sensor.")
	    SLIDE("Cheaper", "All of this, coupled with better cameras, comes "
	    "in at less than half the price of the flagships, and that is the "
	    "point.")
	    "</section></body></html>", a);
	has(t, "The latest phone is not what you would expect");
	has(t, "with most phones closer to six inches.");
	has(t, "and that is the point.");
	arena_free(a);
}

/*
 * A post set in a text/template script inside the marked story body (as
 * Blogger's dynamic views do) is the story; a template elsewhere is a
 * widget, and one holding code (a consent tool's blocked script) is no
 * markup at all.
 */
static void
test_template_body(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div class=\"header-desc\">Insights on "
	    "security and safety on the Internet, from us</div><div class="
	    "\"post-content\" itemprop=\"articleBody\"><script type=\""
	    "text/template\">" LONG_BODY "</script><script type='text/"
	    "template'>(adsbygoogle = window.adsbygoogle || []).push({});"
	    "</script></div><script type=\"text/template\"><p>A widget's "
	    "template, with a comment form, a name, a mail address, and a "
	    "button to send it all.</p></script></body></html>", a);
	has(t, "The first paragraph of the story");
	has(t, "but said it well.");
	lacks(t, "adsbygoogle");
	lacks(t, "widget's template");
	lacks(t, "Insights on security");
	arena_free(a);
}

/*
 * The story's last line, after two <br>s in its last paragraph, is a link
 * to another page: it goes. A link in the middle of the story stays.
 */
static void
test_closing_link(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div class=\"itemBody\">" LONG_BODY
	    "<p>The board, the chairman said, is set for the future.<br><br>"
	    "<a href=\"/board.pdf\">Read the new board structure here</a><br>"
	    "<br></p></div></body></html>", a);
	has(t, "is set for the future.");
	lacks(t, "Read the new board structure");
	t = text_of("<html><body><div class=\"itemBody\"><p><a href=\"/x\">"
	    "A linked line in the middle of the story</a></p>" LONG_BODY
	    "</div></body></html>", a);
	has(t, "A linked line in the middle of the story");
	arena_free(a);
}

/* How many times w occurs in t. */
static int
count_of(const char *t, const char *w)
{
	int	n = 0;

	for (; t != NULL && (t = strstr(t, w)) != NULL; t += strlen(w))
		n++;
	return n;
}

/*
 * The page sets its standfirst twice, in one block for wide screens and
 * in another for narrow ones: the text has it once. The same paragraph
 * twice in one parent is the author's and stays twice.
 */
static void
test_screen_twins(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
#define DECK "The economy of attention drives the industrial society, " \
	"but in a crisis attention becomes one more source of stress."
	t = text_of("<html><body><article class=\"article\"><header>"
	    "<h1>Mindful</h1><div class=\"show-on-desktop\"><p class=\"deck\">"
	    DECK "</p></div><div class=\"content\"><p class=\"deck\">" DECK
	    "</p></div></header><div class=\"body\">" LONG_BODY "</div>"
	    "</article></body></html>", a);
	assert_int_equal(count_of(t, "The economy of attention"), 1);
	has(t, "The first paragraph of the story");
	t = text_of("<html><body><article class=\"article\"><h1>Mindful"
	    "</h1><div class=\"body\"><p>" DECK "</p><p>" DECK "</p>"
	    LONG_BODY "</div></article></body></html>", a);
	assert_int_equal(count_of(t, "The economy of attention"), 2);
#undef DECK
	arena_free(a);
}

/*
 * A results table set inside a <pre> keeps its cells' text as it is,
 * but a cell of &nbsp; only makes no paragraph.
 */
static void
test_pre_blank_cells(void **state)
{
	struct arena	*a = arena_new();
	const char	*t, *p;

	(void)state;
	t = text_of("<html><body><div class=\"entry-content\">" LONG_BODY
	    "<pre><span><table><tr><td>&nbsp;</td><td>Weiser, Christina</td>"
	    "<td> &nbsp; </td><td>25,37</td></tr></table></span></pre>"
	    "<p>The results of the other groups follow in the next post, with "
	    "the relay, the long jump, and the shot put.</p></div></body>"
	    "</html>", a);
	has(t, "Weiser, Christina\n\n25,37");
	for (p = t; (p = strstr(p, "\n\n")) != NULL; p += 2)
		if (strncmp(p + 2, "\xc2\xa0", 2) == 0 || p[2] == ' ' ||
		    p[2] == '\n')
			fail_msg("a blank paragraph at %s", p);
	arena_free(a);
}

/*
 * HTML has no self-closing <script>: after <script .../> a browser reads
 * code up to "</script>", where libxml2 closes the element at once and
 * would make the code a paragraph. Without a "</script>" later, the text
 * after the tag is the page's.
 */
static void
test_self_closed_script(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div class=\"story\">" LONG_BODY
	    "<script type=\"text/javascript\"/>\n(function() { var a = 1, b "
	    "= a < 2, c = [a, b]; if (a<b) register(a, b, c); })();\n</script>"
	    "<p>The last paragraph comes after the code, with commas, and a "
	    "full stop.</p></div></body></html>", a);
	has(t, "but said it well.");
	has(t, "The last paragraph comes after the code");
	lacks(t, "function");
	lacks(t, "register");
	t = text_of("<html><body><div class=\"story\">" LONG_BODY
	    "<script src=\"/a.js\"/><p>The last paragraph has no script end "
	    "after it, so it is the page's, with commas.</p></div></body>"
	    "</html>", a);
	has(t, "The last paragraph has no script end");
	arena_free(a);
}

/*
 * A heading or paragraph that is one link to the site's front page ("/")
 * is the site's name by its logo; a link to another site's front page is
 * the story's reference and stays.
 */
static void
test_home_link(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div id=\"maincontainer\"><header class=\""
	    "main-header\"><h2> <a href=\"/\"> <span>Express. Home of the Daily "
	    "and Sunday Express.</span> <img src=\"logo.png\"></a></h2></header>"
	    "<div>" BODY "<p><a href=\"https://artist.example/\">"
	    "artist.example</a></p>" LONG_BODY "</div></div></body></html>", a);
	has(t, "The first paragraph of the story");
	lacks(t, "Home of the Daily");
	has(t, "artist.example");
	arena_free(a);
}

/* A recipe page: its JSON-LD Recipe, with a description, ingredients and
   steps, around a body. */
#define RECIPE_PAGE(body) \
	"<html><head><script type=\"application/ld+json\">{\"@context\":" \
	"\"https://schema.org\",\"@type\":\"Recipe\",\"name\":\"Mandarin " \
	"cake\",\"description\":\"The creamiest cake I know, with a short " \
	"crust, a pudding and a layer of fruit, for a whole tray.\"," \
	"\"recipeIngredient\":[\"125 g flour\",\"65 g margarine or butter\"," \
	"\"2 tins of mandarins, drained\",\"500 ml milk\"]," \
	"\"recipeInstructions\":[{\"@type\":\"HowToStep\",\"text\":\"Cook " \
	"the pudding with the milk and the sugar, and let it cool under a " \
	"sheet of foil, so that no skin forms on it, for an hour.\"},{" \
	"\"@type\":\"HowToStep\",\"text\":\"Knead the crust, press it into " \
	"the tin, spread the pudding and the fruit on it, and bake it for " \
	"eighty minutes at 175 degrees, until it is golden.\"},{\"@type\":" \
	"\"HowToStep\",\"text\":\"Let the cake cool in the tin, then glaze " \
	"it with the juice of the mandarins and the glaze powder, as the " \
	"packet says, and keep it cold until you serve it.\"}]}</script>" \
	"</head><body><div class=\"steps\">" body "</div></body></html>"

/*
 * A recipe whose page shows its steps, the ingredients in a widget the
 * scoring leaves out: the JSON-LD recipe, as long as the steps or more,
 * is the text. A page whose own text is longer (a story around the
 * recipe) keeps it.
 */
static void
test_recipe_ld(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of(RECIPE_PAGE("<p>Cook the pudding with the milk and the "
	    "sugar, and let it cool under a sheet of foil, so that no skin "
	    "forms on it, for an hour.</p><p>Knead the crust, press it into the "
	    "tin, spread the pudding and the fruit on it, and bake it for "
	    "eighty minutes at 175 degrees, until it is golden.</p><p>Let the "
	    "cake cool in the tin, then glaze it with the juice of the "
	    "mandarins and the glaze powder, as the packet says, and keep it "
	    "cold until you serve it.</p>"), a);
	has(t, "65 g margarine or butter");
	has(t, "Knead the crust");
	t = text_of(RECIPE_PAGE(LONG_BODY), a);
	has(t, "but said it well.");
	lacks(t, "margarine");
	arena_free(a);
}

/*
 * Steps with a photo each: a list whose items hold text and one picture
 * is no image strip (Readability's exception counts element children,
 * and text is none), so the conditional cleaning keeps it.
 */
static void
test_picture_steps(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div class=\"entry-content\">" BODY "<ul>"
	    "<li>Dice the tofu and dry it with paper towels, then fry it golden."
	    "<img src=\"a.jpg\"></li><li>Fry the garlic in the oil left in the "
	    "wok until it smells.<img src=\"b.jpg\"></li><li>Add the noodles "
	    "and the sauce, toss them, and serve them hot.<img src=\"c.jpg\">"
	    "</li></ul>" BODY "</div></body></html>", a);
	has(t, "Dice the tofu");
	has(t, "serve them hot.");
	/* in a box with its heading, the items of prose count as the
	   box's paragraphs beside its pictures; linked teasers do not */
	t = text_of("<html><body><div class=\"entry-content\">" BODY
	    "<div class=\"card\"><h3>Tops and flops</h3><ul><li>Fine paint, "
	    "and a light ride on every trail we tried<img src=\"a.jpg\">"
	    "<img src=\"a2.jpg\"></li><li>The seat post is short, and the "
	    "seat tube long, for tall riders<img src=\"b.jpg\"><img src=\""
	    "b2.jpg\"></li></ul></div><div class=\"more\"><ul><li><a href=\""
	    "/x\">Another bike we rode in the Alps this summer</a><img src=\""
	    "c.jpg\"><img src=\"c2.jpg\"></li><li><a href=\"/y\">A third "
	    "bike, tested on the same trails in the rain</a><img src=\"d.jpg\">"
	    "<img src=\"d2.jpg\"></li></ul></div>" BODY "</div></body></html>",
	    a);
	has(t, "Fine paint, and a light ride");
	lacks(t, "Another bike we rode");
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_negative_wrapper),
		cmocka_unit_test(test_short_story_kept),
		cmocka_unit_test(test_split_story),
		cmocka_unit_test(test_main_landmark),
		cmocka_unit_test(test_link_paragraph),
		cmocka_unit_test(test_teaser_box),
		cmocka_unit_test(test_more_teasers),
		cmocka_unit_test(test_gallery_captions),
		cmocka_unit_test(test_template_body),
		cmocka_unit_test(test_closing_link),
		cmocka_unit_test(test_screen_twins),
		cmocka_unit_test(test_pre_blank_cells),
		cmocka_unit_test(test_self_closed_script),
		cmocka_unit_test(test_home_link),
		cmocka_unit_test(test_recipe_ld),
		cmocka_unit_test(test_picture_steps),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
