/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of src/ingest/extract_lines.c: which short lines are labels
 * rather than the story's words (advertising and "read more" labels,
 * datelines, bylines, credits, copyright notices, counts of a list,
 * rows of buttons), and a page that shows the writer dropping them.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "extract_pages.h"

#include "ingest/extract.h"

static bool
label(const char *t)
{
	return hint_label_line(t, strlen(t));
}

/*
 * Lines that are not the story's words: advertising labels, pointers to
 * other stories, captions ending in a copyright credit. A © inside a
 * sentence, or under a title on a line of its own, is the story's.
 */
static void
test_label_lines(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	assert_true(label("ANZEIGE - Heute mal ausgehen? Wie wäre es mit:"));
	assert_true(label("Anzeige: Jetzt bestellen"));
	assert_true(label("Schon gelesen?"));
	assert_true(label("Lee Elder beim Masters 1975. | © Augusta "
	    "National/Getty Images"));
	/* credit.c reads the line that opens with the credit */
	assert_false(label("© The Harbour Review"));
	assert_true(hint_boiler_text("Zum Inhalt springen"));
	assert_true(hint_boiler_text("Menü"));
	assert_false(hint_boiler_text("Menü des Tages"));
	/* a row of buttons in one line; a lone full stop; no text */
	assert_true(hint_boiler_text("Zum Rezept Pinnen"));
	assert_true(hint_boiler_text("KOMMENTARE"));
	assert_true(hint_boiler_text("Share | Tweet | Email"));
	assert_true(hint_boiler_text("."));
	assert_false(hint_boiler_text(""));
	assert_false(hint_boiler_text("Share the road"));
	assert_true(label("Do you want to be informed of our actions? "
	    "Sign up here"));
	assert_true(label("Verraten Sie gerne in den Kommentaren: Was "
	    "bedeutet der Preis für Sie?"));
	assert_false(label("As readers wrote in the comments, the plan is "
	    "late."));
	assert_false(label("The course is free, the college says, and "
	    "anyone can sign up now."));
	assert_true(label("Dieses Skript als PDF herunterladen"));
	assert_false(label("Anzeige erstattet hat der Nachbar, der den Lärm "
	    "hörte."));
	assert_false(label("The © sign, the firm says, protects the name for "
	    "ever. It does not."));
	assert_false(label("linux usability\n...or, why do I bother.\n"
	    "© 2002, 2003 Jamie Zawinski"));
	/* a wiki's jump links, a breadcrumb's first step, a language menu */
	assert_true(hint_boiler_text("Wechseln zu: Navigation, Suche"));
	assert_true(hint_boiler_text("Home ›"));
	assert_true(hint_boiler_text("This post is also available in:"));
	assert_false(hint_boiler_text("Home is where the heart is"));
	/* a byline in lower case, as some templates set it */
	assert_true(hint_byline_line("von Andreas Kürten", 19));
	assert_false(hint_byline_line("by the river", 12));
	/* a list's count of what it shows, not a sentence with numbers */
	assert_true(label("1 - 5 of 218 results."));
	assert_true(label("Es werden die Weine 1 bis 10 von insgesamt 19 "
	    "angezeigt!"));
	assert_false(label("Seats 1 to 40 of 120 went to the party."));
	assert_false(label("Von 1990 bis 2000 von 300 Ergebnissen blieben "
	    "20."));
	/* a site's copyright line; one that opens with the credit is
	   credit.c's to read (test_extract.c) */
	assert_true(label("IPSO Regulated Copyright ©2023 Express "
	    "Newspapers. Alle Rechte vorbehalten."));
	assert_false(label("Copyright © 2018. All Rights Reserved."));
	assert_false(label("The estate says that all rights reserved by the "
	    "composer in 1931 passed to the city when his last heir died, and "
	    "that the city has never used them."));
	/* datelines: a label or two, or only labels, months and times */
	assert_true(hint_dateline("Aktualisiert: 11.04.2020, 10:27"));
	assert_true(hint_dateline("Published Thursday 27 July 2017 "
	    "Published Thu 27 Jul 2017"));
	assert_true(hint_dateline("Dec. 6, 2024, 10:00 PM UTC / Updated "
	    "Dec. 7, 2024, 12:43 PM UTC"));
	assert_true(hint_dateline("John Plunkett. Updated November 3rd, "
	    "2023"));
	assert_false(hint_dateline("The vote is on 5 May 2022, the mayor "
	    "says."));
	assert_false(hint_dateline("Published Thursday, the report on 27 "
	    "July 2017 names them"));
	t = text_of("<html><body><div class=\"story\">" LONG_BODY
	    "<p>ANZEIGE - Heute mal ausgehen? Wie wäre es mit:</p>"
	    "<p><img src=a.jpg></p><p>The old pier at dusk. | © Jane Doe/"
	    "Agency</p><p><img src=b.jpg></p><p><em>©iStock</em></p><p>And "
	    "a last paragraph, after the picture, ends the story for good, "
	    "with a full stop.</p><p>Schon gelesen?</p></div></body></html>",
	    a);
	has(t, "but said it well.");
	has(t, "ends the story for good");
	lacks(t, "iStock");
	lacks(t, "ANZEIGE");
	lacks(t, "The old pier");
	lacks(t, "Schon gelesen");
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_label_lines),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
