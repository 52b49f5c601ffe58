/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the story taken from JSON-LD (src/ingest/html_extract.c,
 * meta_jsonld.c): an articleBody, or a HowTo's or a Recipe's steps, when
 * the page tree holds much less; its markup read as text, markup its CMS
 * escaped too, and its character references decoded.
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
#include "core/record.h"
#include "ingest/html.h"

/*
 * A page built by scripts: the tree holds no story, the JSON-LD HowTo
 * holds its description and steps, with markup, and they are the text.
 */
static void
test_howto_steps(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><head><script type=\"application/ld+json\">"
	    "{\"@context\":\"http://schema.org/\",\"@type\":\"HowTo\","
	    "\"name\":\"A round tablecloth in seven steps\",\"description\":"
	    "\"\\u003cp\\u003eWhatever its size and style, a round table is a "
	    "gift, and a round cloth makes it shine, in any room of the house."
	    "\\u003c/p\\u003e\",\"step\":[{\"@type\":\"HowToStep\",\"name\":"
	    "\"Step 1\",\"itemListElement\":{\"@type\":\"HowToDirection\","
	    "\"text\":\"<p>Measure the table: its diameter, the length from "
	    "edge to edge through the middle, and the drop you want.</p>\"}},"
	    "{\"@type\":\"HowToStep\",\"text\":\"<p>Measure the cloth, to "
	    "see whether it is large enough for the table, with a margin for "
	    "the hem, on all sides.</p>\"},{\"@type\":\"HowToStep\",\"text\":"
	    "\"<p>Cut the cloth to a square as long as the diameter plus twice "
	    "the drop, plus the hem, and fold it twice.</p>\"},{\"@type\":"
	    "\"HowToStep\",\"text\":\"<p>Mark a quarter circle from the folded "
	    "corner with a string and a pencil, cut along it, open the cloth, "
	    "and sew the hem all round.</p>\"}]}</script>"
	    "</head><body><div id=\"app\"><div class=\"spinner\">Loading"
	    "</div></div></body></html>", a);
	has(t, "Whatever its size and style");
	has(t, "Measure the table: its diameter");
	has(t, "fold it twice.");
	lacks(t, "<p>");
	arena_free(a);
}

/*
 * A JSON-LD articleBody that its CMS escaped: plain text with character
 * references ("&mdash;") reads decoded, one paragraph a line; escaped
 * markup ("&lt;p&gt;") reads as markup, not as the words "lt p gt".
 */
static void
test_escaped_ld_body(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><head><script type=\"application/ld+json\">"
	    "{\"@type\":\"NewsArticle\",\"headline\":\"The dikes move\","
	    "\"articleBody\":\"The council met on Tuesday &mdash; after weeks "
	    "of delay &mdash; and voted on the plan, which moves the dikes, "
	    "the roads and the bridge, in that order.\\nFarmers, who lose "
	    "fields, spoke first; the mayor, who gains a park, spoke last, "
	    "and the vote was close: eleven to ten.\\nThe work starts in the "
	    "spring and takes &eacute;ight years, the engineers say, if the "
	    "river stays where it is and the money comes on time.\nThe "
	    "minister, who was not there, wrote to the council to say that "
	    "the state pays half, and the rest comes from the towns.\"}"
	    "</script></head><body><div id=\"app\">Loading</div></body>"
	    "</html>", a);
	has(t, "on Tuesday \xe2\x80\x94 after weeks");
	has(t, "in that order.\n\nFarmers, who lose");
	has(t, "takes \xc3\xa9ight years");
	lacks(t, "&mdash;");
	t = text_of("<html><head><script type=\"application/ld+json\">"
	    "{\"@type\":\"BlogPosting\",\"headline\":\"Performant Python\","
	    "\"articleBody\":\"&lt;p&gt;There are many ways to make Python "
	    "faster, such as writing modules in C, and most of them need a "
	    "build of their own.&lt;/p&gt;&lt;h2&gt;Memory&lt;/h2&gt;&lt;p&gt;"
	    "Python uses a lot of memory, but there are data structures, "
	    "tuples and slots among them, that use much less of it."
	    "&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Tuples save memory when they "
	    "replace lists, and more when they replace dictionaries.&lt;/li"
	    "&gt;&lt;li&gt;Map and filter are sometimes faster than "
	    "comprehensions&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Generators, "
	    "lazy lists, save memory only for large data, but they are "
	    "faster to go through, one item at a time, than a list is."
	    "&lt;/p&gt;\"}</script></head><body>"
	    "<div id=\"app\">Loading</div></body></html>", a);
	has(t, "build of their own.\n\nMemory\n\nPython uses");
	has(t, "faster than comprehensions");
	lacks(t, "&lt;");
	lacks(t, "<p>");
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_howto_steps),
		cmocka_unit_test(test_escaped_ld_body),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
