/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the story's lead (src/ingest/extract_lead.c): the
 * standfirst set with the headline, outside the containers the scoring
 * keeps, opens the story when its class names a lead or when its text is
 * the page's own description; teasers of other stories do not.
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

#define DECK	"The young farmers want a grant for those who take over a " \
	"farm, and the minister was open to it."

/*
 * The lead sits with the headline in a header the scoring sets aside: it
 * opens the story. A teaser before the headline, and teasers of other
 * stories after the story, do not.
 */
static void
test_lead(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div class=\"top-teaser\"><p>A teaser for "
	    "another story, placed above the headline, with enough words to "
	    "pass for a lead.</p></div><main><header class=\"intro-header\">"
	    "<h1>Farmers ask for a start-up grant</h1><p class=\"a-lead\">"
	    "The young farmers want a grant for those who take over a farm. "
	    "The minister was open to it.</p><div class=\"meta\">21.01.2022"
	    "</div></header><div class=\"article-body\">" BODY "</div>"
	    "<div class=\"more\"><div class=\"teaser\"><p>A teaser for a "
	    "third story, placed below this one, with enough words to pass "
	    "for a lead.</p></div></div></main></body></html>", a);
	assert_non_null(t);
	assert_true(strncmp(t, "The young farmers want a grant", 30) == 0);
	has(t, "the container wins the scoring easily.");
	lacks(t, "placed above the headline");
	lacks(t, "placed below this one");
	arena_free(a);
}

/* A page whose story sits in a column below the header. */
#define PAGE(head, deck) \
	"<html><head>" head "</head><body><nav><a href=\"/\">Home</a> " \
	"<a href=\"/news\">News</a></nav><main><header class=\"article-" \
	"header\"><h1>Farmers ask for a start-up grant</h1>" deck \
	"</header><div class=\"share\"><a href=\"/s1\">Share</a> <a " \
	"href=\"/s2\">Tweet</a></div><div class=\"layout\"><div class=" \
	"\"main-col\"><article class=\"article-body\">" LONG_BODY \
	"</article></div><aside class=\"sidebar\"><ul><li><a href=\"/o1\">" \
	"Other story one</a></li><li><a href=\"/o2\">Other story two</a>" \
	"</li></ul></aside></div></main></body></html>"

#define DESCRIPTION	"<meta name=\"description\" content=\"" DECK "\">"

/*
 * A deck under the headline with no lead class, whose text is the page's
 * meta description (spaced differently) or its og:description, opens
 * the story; the same text as a teaser in a box of links does not, and
 * neither does a deck when the page has no description.
 */
static void
test_description_deck(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of(PAGE(DESCRIPTION, "<p class=\"font-md\">The young "
	    "farmers want a grant for those who take over a\n  farm, and "
	    "the minister was open to it.</p>"), a);
	assert_non_null(t);
	assert_true(strncmp(t, "The young farmers want a grant", 30) == 0);
	has(t, "but said it well.");
	t = text_of(PAGE(DESCRIPTION, "<aside><p><a href=\"/o3\">" DECK
	    "</a></p></aside>"), a);
	lacks(t, "The young farmers");
	has(t, "The first paragraph of the story");
	t = text_of(PAGE("", "<p class=\"font-md\">" DECK "</p>"), a);
	lacks(t, "The young farmers");
	has(t, "The first paragraph of the story");
	/* the og:description, where the description is the site's */
	t = text_of(PAGE("<meta name=\"description\" content=\"The farm "
	    "weekly, for all who farm.\"><meta property=\"og:description\" "
	    "content=\"" DECK "\">", "<h3>" DECK " </h3>"), a);
	assert_non_null(t);
	assert_true(strncmp(t, "The young farmers want a grant", 30) == 0);
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lead),
		cmocka_unit_test(test_description_deck),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
