/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of what class names, ids and schema.org marks tell the
 * extractor (src/ingest/extract_hint.c) and of the boxes the cleaning
 * (extract_clean.c) removes by them: author, disclosure, affiliate and
 * licence boxes, boxes of other stories, BEM parts of the story body's
 * block, the body marked by microdata or RDFa, tool rows, classes inside
 * a sentence; and share buttons, told by where they link.
 * test_extract_rules.c covers the other rules.
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
#include "ingest/dom.h"
#include "ingest/extract.h"
#include "ingest/html.h"

/* The hint bits hint_apply gives the first element of tag tag in html. */
static unsigned
hints_of(const char *html, int tag, struct arena *a)
{
	struct dom	*d = dom_parse(html, strlen(html), 0, a);
	struct dom_node	*n;

	assert_non_null(d);
	hint_apply(d);
	for (n = d->root; n != NULL && n->tag != tag; n = dom_next(n, d->root))
		;
	assert_non_null(n);
	return n->hints;
}

/*
 * Boxes that are boilerplate whatever else their class says: an author
 * box that is also a "content-box", an affiliate note of class
 * "affiliate-text", an advertising disclosure, a WordPress embed of
 * another post, an author's profile marked role=contentinfo.
 */
static void
test_boxes(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><article><div class=\"entry-content\">"
	    "<section class=\"editorial-disclosure\"><p>This post contains "
	    "references to products from our advertisers, and we may be paid "
	    "when you click.</p></section>" LONG_BODY "<blockquote class=\""
	    "wp-embedded-content\"><p><a href=\"/other\">Another story of "
	    "ours, embedded here as a card, with a title long enough</a></p>"
	    "</blockquote><div class=\"affiliate-text\"><p>We are paid when "
	    "you sign a contract through one of our links, and that pays for "
	    "our work.</p></div><span class=\"wing\" role=\"contentinfo\">"
	    "<p>Writes for us since 2008, about money, markets and whether "
	    "capitalism can be green.</p></span></div><section class=\""
	    "bmg-content-box bmg-author-box\"><p>Hello, I am a food blogger, "
	    "a cookbook author and a journalist, and I bake every day.</p>"
	    "</section></article></body></html>", a);
	has(t, "The first paragraph of the story");
	has(t, "but said it well.");
	lacks(t, "advertisers");
	lacks(t, "Another story of ours");
	lacks(t, "We are paid");
	lacks(t, "Writes for us");
	lacks(t, "food blogger");
	arena_free(a);
}

/*
 * A licence notice under the story is the publisher's, not the story's;
 * a heading whose id is made from its own words ("related-research-on-
 * farms") is the story's, whatever layout word the id happens to hold.
 */
static void
test_licence_and_slug(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><article><div class=\"articleBody\">"
	    LONG_BODY "<h2 id=\"related-research-on-farms\">Related research "
	    "on farms</h2>" BODY "<div class=\"field field-name-field-lizenz\">"
	    "<p>Dieser Text wurde veröffentlicht unter der Lizenz "
	    "CC-BY-NC-ND-4.0-DE.</p></div></div></article></body></html>", a);
	has(t, "Related research on farms");
	lacks(t, "Dieser Text wurde");
	/* an id that goes on past the heading's words is a layout name */
	t = text_of("<html><body><article><div class=\"articleBody\">"
	    LONG_BODY "<h2 id=\"related-stories-box\">Related stories</h2>"
	    "</div></article></body></html>", a);
	lacks(t, "Related stories");
	arena_free(a);
}

/*
 * A box whose class names both other stories and content ("Related
 * Content") goes when it is mostly links, the heading over its list
 * with it; a box of prose whose class says the same ("main-content
 * comment": the editor's comment on a picture) stays.
 */
static void
test_related_content(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	/* Its list goes first, as an image strip; then the box, by its
	   links, before the heading alone is left behind. */
	t = text_of_file("related-content.html", a);
	has(t, "The first paragraph of the story");
	lacks(t, "Other People Are Reading");
	lacks(t, "Plant terrarium ideas");
	t = text_of("<html><body><div class=\"col-main\">" LONG_BODY
	    "<div class=\"gallery-main-content__comment\"><p>The kitchen won "
	    "the award again, for its light, its wood, and the way it opens "
	    "onto the garden, the jury said.</p></div></div></body></html>", a);
	has(t, "The kitchen won the award again");
	arena_free(a);
}

/*
 * BEM classes: an element of the story body's block is the body's only
 * when its own name is ("story-body__inner"); the block's headline and
 * share bar ("story-body__h1", "story-body__mini-info-list-and-share")
 * are cleaned like any heading repeating the title and any share bar.
 */
static void
test_bem_elements(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><head><title>Gun laws are his biggest frustration"
	    "</title></head><body><div class=\"story-body\"><h1 class=\""
	    "story-body__h1\">Gun laws are his biggest frustration</h1><div "
	    "class=\"story-body__mini-info-list-and-share\"><ul><li><span>From "
	    "the section </span><a href=\"/us\">US &amp; Canada</a></li></ul>"
	    "</div><div class=\"story-body__inner\">" BODY "</div></div>"
	    "</body></html>", a);
	has(t, "The first paragraph of the story");
	lacks(t, "biggest frustration");
	lacks(t, "From the section");
	arena_free(a);
}

/* What marks the story body: microdata, RDFa, classes and BEM parts. */
static void
test_body_marks(void **state)
{
	struct arena	*a = arena_new();

	(void)state;
	assert_true(hints_of("<div itemprop=\"articleBody\"><p>x</p></div>",
	    T_DIV, a) & HINT_BODY);
	assert_true(hints_of("<div property=\"schema:articleBody\"><p>x</p>"
	    "</div>", T_DIV, a) & HINT_BODY);
	assert_true(hints_of("<div class=\"story-body__inner\"><p>x</p>"
	    "</div>", T_DIV, a) & HINT_BODY);
	assert_false(hints_of("<h1 class=\"story-body__h1\">x</h1>", T_H1,
	    a) & HINT_BODY);
	assert_false(hints_of("<div class=\"article-body__right-rail--ad\">"
	    "x</div>", T_DIV, a) & HINT_BODY);
	assert_false(hints_of("<div property=\"og:title\">x</div>", T_DIV,
	    a) & HINT_BODY);
	arena_free(a);
}

/*
 * Tool rows: a box named only by a tool word ("print", "font-size") is a
 * row of buttons unless it reads as prose (two sentences or more, by
 * any script's full stop, under half links): printable steps and a lead
 * set large stay. A share or
 * social box goes even as prose (an embed's consent notice, though its
 * paragraph is classed as body text).
 */
static void
test_tool_words(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div class=\"cms-content\"><p class=\""
	    "font-size-large\">The council met on Monday. It voted to close "
	    "the harbour road for the summer.</p>" LONG_BODY
	    "<div class=\"tip-print-step\">Cut the tomato with its stem to "
	    "the side! Then the seeds stay in their slices, and the plate "
	    "looks as it should.</div>"
	    "<div class=\"print-step\">पहले टमाटर धो लें। फिर उसे तने के साथ "
	    "काटें।</div>"
	    "<div class=\"print-tools\"><a href=\"/p\">Print</a> <a href="
	    "\"/m\">Email</a> Text size</div>"
	    "<div class=\"social-embed\"><p class=\"text-body-l\">Here you "
	    "find external content "
	    "from Instagram. Click to show it, and agree to its terms.</p>"
	    "</div></div></body></html>", a);
	has(t, "The council met on Monday.");
	has(t, "Cut the tomato with its stem");
	has(t, "पहले टमाटर धो लें।");
	lacks(t, "Text size");
	lacks(t, "external content from Instagram");
	arena_free(a);
}

/*
 * A link or span inside a sentence belongs to the sentence whatever its
 * class ("popup", "share", "caption"), and a highlighted word to its
 * code; a box of its own with that class goes as before.
 */
static void
test_inline_classes(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div class=\"col-main\">" LONG_BODY
	    "<p>I am a <a class=\"popup\" href=\"javascript:void(0)\">rather "
	    "elderly</a> man, and the nature of my <a class=\"popup\" href="
	    "\"javascript:void(0)\">avocations</a> brought me into contact "
	    "with copyists.</p><div><span class=\"share-count\">Share this "
	    "story</span></div></div></body></html>", a);
	has(t, "I am a rather elderly man, and the nature of my avocations "
	    "brought me");
	lacks(t, "Share this story");
	/* a highlighter's classes inside code */
	t = text_of("<html><body><div class=\"col-main\">" LONG_BODY
	    "<pre><code><span class=\"comment\">// add.c</span>\n"
	    "<span class=\"meta\">#include</span> &lt;stdio.h&gt;\n"
	    "int add(int a, int b) { return a + b; }</code></pre></div>"
	    "</body></html>", a);
	has(t, "// add.c");
	has(t, "#include <stdio.h>");
	arena_free(a);
}

/*
 * Notices a page pops up ("toast", "snackbar": "Story saved") are boxes
 * left out, whatever else their class says; "toast" only as a whole
 * word, so a "toaster-review" is not one.
 */
static void
test_toasts(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><article class=\"article-main\">" LONG_BODY
	    "<div class=\"toast fade\"><div class=\"toast-header\">Story "
	    "saved</div><div class=\"toast-article-text\">You can find this "
	    "story in your bookmarks, at the top right.</div></div>"
	    "<div class=\"mdc-snackbar\">Link copied to the clipboard.</div>"
	    "<p class=\"toaster-review\">The toaster, which we tested for a "
	    "month, browns evenly, and it is quiet.</p></article></body></html>",
	    a);
	has(t, "The first paragraph of the story");
	lacks(t, "Story saved");
	lacks(t, "You can find this story");
	lacks(t, "Link copied");
	has(t, "The toaster, which we tested");
	arena_free(a);
}

/*
 * Share buttons without a class to name them: links to share endpoints
 * (a network's "share this page" address, a mail with no recipient,
 * WordPress's "?share=twitter") in a row of links go. A sentence's own
 * "click here" to such an address stays.
 */
static void
test_share_links(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div>" BODY "<ul>"
	    "<li><a href=\"https://www.facebook.com/sharer/sharer.php?u=x\">"
	    "Share on Facebook (Opens in new window)</a></li>"
	    "<li><a href=\"https://twitter.com/intent/tweet?text=x\">Click "
	    "to share on Twitter (Opens in new window)</a></li>"
	    "<li><a href=\"/2024/05/story/?share=email&amp;nb=1\">Click to "
	    "email a link to a friend</a></li>"
	    "<li><a href=\"mailto:?subject=x&amp;body=y\">Send by mail</a>"
	    "</li></ul><p>To write to your member of parliament, with the "
	    "letter we drafted, click <a href=\"mailto:?subject=Farms\">here"
	    "</a> and add the address.</p><p>A sixth paragraph, with commas, "
	    "closes the story with a quote from the minister, who said "
	    "little, but said it well.</p></div></body></html>", a);
	has(t, "but said it well.");
	has(t, "click here and add the address.");
	lacks(t, "Share on Facebook");
	lacks(t, "share on Twitter");
	lacks(t, "email a link to a friend");
	lacks(t, "Send by mail");
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_boxes),
		cmocka_unit_test(test_licence_and_slug),
		cmocka_unit_test(test_related_content),
		cmocka_unit_test(test_bem_elements),
		cmocka_unit_test(test_body_marks),
		cmocka_unit_test(test_tool_words),
		cmocka_unit_test(test_share_links),
		cmocka_unit_test(test_inline_classes),
		cmocka_unit_test(test_toasts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
