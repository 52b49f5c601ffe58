/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the authors of a page (src/ingest/byline*.c and the
 * author part of meta.c) on small inline pages, one case or more per
 * rule: where a byline is looked for, which one wins, and what of its
 * text is a name.
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

/* The one author a page gives, or NULL when it gives none or several. */
static const char *
one(const struct record *r)
{
	return r->n_authors == 1 ? r->authors[0] : NULL;
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hint_words),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
