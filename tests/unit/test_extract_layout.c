/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of extraction and tables. On pages laid out in tables, as
 * older sites and web-archive captures are, the cells of one row are
 * columns side by side, so the story is its own cell and not the "most
 * read" list or the search box beside it; cells that read as prose stay
 * together. Inside a story, a data table is content, with the box around
 * it. A story cut into sections several blocks deep, with no class to
 * tell them by, is kept whole by the sections' shape.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "extract_pages.h"

#include "core/arena.h"
#include "core/record.h"
#include "ingest/html.h"

/* Long, comma-rich paragraphs, as a story cell of such a site has. */
#define STORY \
	"<h1>The council votes on the river plan</h1>" \
	"<p>The council met on Tuesday, after weeks of delay, and voted on " \
	"the plan, which moves the dikes, the roads, the bridge, the " \
	"sports field, the bus stop, and the school, in that order.</p>" \
	"<p>Farmers, who lose fields, spoke first, then the mayor, who " \
	"said the river, not the council, had made the choice, and then " \
	"the teachers, the parents, the pastor, and the fire chief.</p>" \
	"<p>The vote was close, seven to six, and the plan, which costs " \
	"more than planned, goes to the region, which pays half, to the " \
	"state, which pays a third, and to the town, which pays the rest.</p>" \
	"<p>Work starts in spring, if the region agrees, and ends, the " \
	"engineers say, before the floods of the next winter, or, if the " \
	"rain comes early, as it did last year, in the new year.</p>"

/* A "most read" column: headlines, each a link. */
#define MOST_READ \
	"<h2>Most read</h2><ol>" \
	"<li><a href=\"/n/1\">Bishop opens the new school in the valley</a></li>" \
	"<li><a href=\"/n/2\">Storm closes the northern road for two days</a></li>" \
	"<li><a href=\"/n/3\">Choir wins the regional prize again this year</a></li>" \
	"<li><a href=\"/n/4\">Market square to get trees and new benches</a></li>" \
	"<li><a href=\"/n/5\">Library extends its hours during the exams</a></li>" \
	"</ol>"

/*
 * The story cell's paragraphs and the cell itself both score for the
 * row, so the row beats the cell; the row's other cells are link lists
 * and a search box, and the story is the cell alone.
 */
static void
test_story_column(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><table><tr><td>" MOST_READ "</td>"
	    "<td>" STORY "</td><td><h2>Search</h2><p>Search our archive of "
	    "seventy thousand articles:</p><form><input name=q></form>"
	    "<ul><li><a href=/a>Archive</a></li><li><a href=/b>Imprint</a>"
	    "</li><li><a href=/c>Contact</a></li></ul></td></tr>"
	    "</table></body></html>", a);
	has(t, "The council met on Tuesday, after weeks of delay");
	has(t, "in the new year.");
	lacks(t, "Most read");
	lacks(t, "Storm closes the northern road");
	lacks(t, "Imprint");
	arena_free(a);
}

/*
 * A row whose second cell is prose too (the story set in two columns)
 * is kept whole.
 */
static void
test_prose_columns(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><table><tr><td>" STORY "</td>"
	    "<td><p>The second column goes on, with what the region said, "
	    "what it will pay, and when the money comes.</p><p>It ends with "
	    "the school, which moves last, in the summer, when it is empty."
	    "</p></td></tr></table></body></html>", a);
	has(t, "The council met on Tuesday, after weeks of delay");
	has(t, "The second column goes on, with what the region said");
	has(t, "which moves last, in the summer");
	arena_free(a);
}

#define ICON(name)	"<td><img src=\"/" name ".svg\" alt=\"\"></td>"

/*
 * A pros-and-cons table, each cell after a check or cross icon, in a
 * page builder's box of its own: the icons do not make the box a
 * gallery, and the table stays in the story.
 */
static void
test_icon_table(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div class=\"post\">" STORY
	    "<div class=\"text-column\"><div class=\"wrapper\"><table>"
	    "<tr><td colspan=2>Pros</td><td colspan=2>Cons</td></tr>"
	    "<tr>" ICON("check") "<td>Payments count as expenses</td>"
	    ICON("cross") "<td>Mileage overruns cost a lot</td></tr>"
	    "<tr>" ICON("check") "<td>Shorter contracts</td>"
	    ICON("cross") "<td>Residual value risk</td></tr>"
	    "<tr>" ICON("check") "<td>Cash stays in the firm</td>"
	    ICON("cross") "<td>Cannot be deducted from taxes</td></tr>"
	    "</table></div></div><p>After the table, the story ends, with a "
	    "last word, a comma, and a full stop.</p></div></body></html>", a);
	has(t, "The council met on Tuesday");
	has(t, "Payments count as expenses");
	has(t, "Cannot be deducted from taxes");
	has(t, "After the table, the story ends");
	arena_free(a);
}

/*
 * A results table that ends the story keeps its last cells: short lines
 * without a full stop at the end of a story are labels to trim, except
 * in a data table. A label after the table still goes.
 */
static void
test_table_at_end(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div class=\"entry-content\">" STORY
	    "<table><tr><th>Name</th><th>Club</th><th>Result</th></tr><tr><td>"
	    "Weiser, Christina</td><td>LG Staufen</td><td>25,37</td></tr><tr>"
	    "<td>Bajan, Charlott</td><td>LG Lauter</td><td>16,32</td></tr><tr>"
	    "<td>Aupperle, Franziska</td><td>TS Goppingen</td><td>14,02</td>"
	    "</tr></table><h3>Related stories</h3></div></body></html>", a);
	has(t, "in the new year.");
	has(t, "Bajan, Charlott\n\nLG Lauter\n\n16,32");
	has(t, "TS Goppingen\n\n14,02");
	lacks(t, "Related stories");
	arena_free(a);
}

/* One section of a sectioned story: a paragraph four blocks down, under
   inline wrappers, beside a picture. */
#define SECTION(text) \
	"<span><span><div><div><div><span><p>" text "</p></span></div>" \
	"<figure><img src=\"x.jpg\"><figcaption>Photo: Agency</figcaption>" \
	"</figure></div></div></span></span>"

/*
 * A story cut into sections: the intro's three paragraphs win the
 * scoring, and the sections after it, each a paragraph as deep in the
 * template (through inline wrappers), are kept too; a teaser list inside
 * the same <article>, whose paragraphs sit at another depth, is not. No
 * class names, so only the shape tells.
 */
static void
test_sections(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><article><div><div><div>"
	    "<p>Graduation parties are a great way, after years of work, to "
	    "celebrate, with family, friends, and teachers.</p>"
	    "<p>They are also costly, for parents, since food, drink, music, "
	    "and the room add up, and quickly, to a large sum.</p>"
	    "<p>Thankfully, there are ways, many of them, to trim the cost, "
	    "without losing the fun, the spirit, or the guests.</p>"
	    "</div></div></div>"
	    SECTION("Parties at restaurants spare you the cleaning, but that "
	    "comes at a price: a country club may charge as much as two "
	    "thousand dollars for the room alone.")
	    "<div><script>ads()</script></div>"
	    SECTION("Instead of hiring a disc jockey, use your phone to play "
	    "the music; it connects to most speakers, and a free radio app "
	    "plays for hours at no cost.")
	    SECTION("Avoid canned drinks, which guests open and leave half "
	    "full; serve water, lemonade and iced tea from large jugs, which "
	    "cost less and waste nothing.")
	    "<div><h2>Most read</h2><ul>"
	    "<li><div><p>How a village, a river and a mill, after a century, "
	    "came back to life with a new cooperative of farmers.</p></div>"
	    "</li>"
	    "<li><div><p>Why the trains, the buses and the ferries, all of "
	    "them, will run late this winter, and what to do about it.</p>"
	    "</div></li></ul></div>"
	    "</article></body></html>", a);
	has(t, "Thankfully, there are ways");
	has(t, "a country club may charge");
	has(t, "use your phone to play");
	has(t, "Avoid canned drinks");
	lacks(t, "How a village, a river");
	lacks(t, "Why the trains");
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_story_column),
		cmocka_unit_test(test_prose_columns),
		cmocka_unit_test(test_icon_table),
		cmocka_unit_test(test_table_at_end),
		cmocka_unit_test(test_sections),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
