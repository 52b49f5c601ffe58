/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the report's renderers (src/cmd/report_*.c) on a fixture
 * report built by hand: the HTML parses without errors with libxml2's
 * HTML parser (HTML5 and SVG element names aside, which that HTML 4
 * parser does not know) and as XML, has one <svg> per chart with the
 * expected number of marks, escapes what it must, and fetches nothing;
 * Markdown and JSON carry the same numbers; number formats. The test
 * includes libxml2 itself to check the output independently.
 *
 * With REPORT_FIXTURE_HTML=FILE in the environment, the fixture's HTML is
 * also written to FILE (tests/browser/report.sh FILE can look at it).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "cmd/report.h"
#include "core/arena.h"
#include "core/buf.h"

#define NG	3
#define NF	4
#define NP	5

static int	html_errors;
static char	html_first_error[512];

static const char *const group_names[NG] = {
	"RT", "Reuters", "TASS <&> \"state\"",
};
static const char *const frame_names[NF] = {
	"foreign_interference", "terrorism", "peaceful_protest", "crackdown",
};

static void
fixture_cells(struct report *r)
{
	size_t	 g, f;
	long	 total[NG] = { 120, 80, 45 };

	r->cells = arena_calloc(r->arena, NG * NF, sizeof(*r->cells));
	for (g = 0; g < NG; g++)
		for (f = 0; f < NF; f++) {
			struct rep_cell *c = &r->cells[g * NF + f];

			c->total = total[g];
			c->docs = (long)((g + 1) * (f + 2) * 3) % total[g];
			c->hits = c->docs * 2 + (long)f;
			c->words = total[g] * 400;
			c->share = (double)c->docs / (double)c->total;
			c->lo = c->share * 0.8;
			c->hi = c->share * 1.2 > 1 ? 1 : c->share * 1.2;
		}
	r->tests = arena_calloc(r->arena, NF, sizeof(*r->tests));
	for (f = 0; f < NF; f++)
		r->tests[f] = (struct rep_test){ 12.5 + (double)f, 2,
		    0.0019 * (double)(f + 1), 0.21, f != 3 };
}

static void
fixture_series(struct report *r)
{
	struct rep_series	*s = arena_calloc(r->arena, 1, sizeof(*s));
	static const char *const periods[NP] = { "2024-W01", "2024-W02",
	    "2024-W03", "2024-W04", "2024-W05" };
	size_t			 g, f, p;

	s->unit = REP_WEEK;
	s->periods = (const char **)periods;
	s->nperiods = NP;
	s->totals = arena_calloc(r->arena, NG * NP, sizeof(long));
	s->docs = arena_calloc(r->arena, NF * NG * NP, sizeof(long));
	for (g = 0; g < NG; g++)
		for (p = 0; p < NP; p++)
			/* TASS has no article in week 3: a gap, 4 points. */
			s->totals[g * NP + p] = (g == 2 && p == 2) ? 0 :
			    (long)(10 + g * 3 + p);
	for (f = 0; f < NF; f++)
		for (g = 0; g < NG; g++)
			for (p = 0; p < NP; p++)
				s->docs[(f * NG + g) * NP + p] =
				    s->totals[g * NP + p] ? (long)((f + p + g)
				    % 5) : 0;
	s->undated = 7;
	r->series = s;
}

static void
fixture_terms(struct report *r)
{
	size_t	 g, i;
	static const char *const words[] = { "maidan", "curators", "west",
	    "protesters", "\xd0\xbf\xd1\x80\xd0\xbe\xd1\x82\xd0\xb5\xd1\x81"
	    "\xd1\x82", "police" };

	r->terms = arena_calloc(r->arena, NG, sizeof(*r->terms));
	for (g = 0; g < NG; g++) {
		struct rep_terms *t = &r->terms[g];

		t->n = g == 1 ? 0 : 6;
		t->v = arena_calloc(r->arena, 6, sizeof(*t->v));
		t->tokens = 48000;
		t->ref_tokens = 50000;
		for (i = 0; i < t->n; i++)
			/* Five over-used terms and one under-used. */
			t->v[i] = (struct rep_term){ words[i], (long)(90 - i *
			    10), (long)(10 + i), 120.5 - (double)i * 15,
			    i == 5 ? -1.5 : 2.5 - (double)i * 0.3 };
	}
}

static void
fixture_sources(struct report *r)
{
	static struct rep_source v[] = {
		{ "Dmitry Peskov", "person", 12, 9 },
		{ "Reuters", "media", 5, 5 },
		{ "a source familiar with", "anonymous", 2, 2 },
	};
	static struct rep_count k0[] = { { "person", 12 }, { "media", 5 },
	    { "anonymous", 2 } };
	static struct rep_count k1[] = { { "media", 3 } };
	size_t	 g;

	r->sources = arena_calloc(r->arena, NG, sizeof(*r->sources));
	for (g = 0; g < NG; g++) {
		r->sources[g].v = v;
		r->sources[g].n = g == 1 ? 1 : 3;
		r->sources[g].kinds = g == 1 ? k1 : k0;
		r->sources[g].nkinds = g == 1 ? 1 : 3;
	}
}

static void
fixture_evidence(struct report *r)
{
	static struct rep_kwic k[] = {
		{ "the so-called", "color revolution", "was planned <abroad>",
		    "https://example.org/a?x=1&y=2", "Plans & plots",
		    "RT", "2024-01-03" },
		{ "he denied any", "foreign interference", "in the vote",
		    NULL, NULL, "Reuters", NULL },
	};
	size_t	 i;

	r->evidence = arena_calloc(r->arena, NF * NG, sizeof(*r->evidence));
	for (i = 0; i < NF * NG; i++) {
		r->evidence[i].v = &k[i % 2];
		r->evidence[i].n = i % 3 == 2 ? 0 : 1;
	}
}

static struct report *
fixture(void)
{
	struct report	*r = report_new();
	static struct rep_count langs[] = { { "ru", 100 }, { "en", 20 } };
	static struct rep_count excl[] = { { "records without text", 3 } };
	static struct rep_link links[] = { { "TASS", "RT", 14 },
	    { "Reuters", "RT", 2 } };
	size_t		 g, f;

	r->title = "Framing of the January protests";
	r->lexicon = "corpora/lexicons/unrest.lex";
	r->lexicon_notes = "Validated on 200 hand-coded articles.\nF1 > 0.8.";
	r->articles = 245;
	r->words = 98000;
	r->first = "2024-01-01";
	r->last = "2024-02-04";
	r->excluded = excl;
	r->nexcluded = 1;
	r->groups = arena_calloc(r->arena, NG, sizeof(*r->groups));
	r->ngroups = NG;
	for (g = 0; g < NG; g++)
		r->groups[g] = (struct rep_group){ group_names[g],
		    group_names[g],
		    g == 0 ? 120 : (g == 1 ? 80 : 45), 40000, "2024-01-01",
		    "2024-02-04", langs, 2 };
	r->frames = arena_calloc(r->arena, NF, sizeof(*r->frames));
	r->nframes = NF;
	for (f = 0; f < NF; f++)
		r->frames[f] = (struct rep_frame){ frame_names[f],
		    f == 2 ? NULL : "Events explained as steered from abroad." };
	fixture_cells(r);
	fixture_series(r);
	fixture_terms(r);
	fixture_sources(r);
	r->links = links;
	r->nlinks = 2;
	r->dup_clusters = 9;
	r->dup_articles = 25;
	fixture_evidence(r);
	return r;
}

/*
 * Counts parse errors. libxml2's HTML parser knows HTML 4 only, so it
 * calls HTML5's sectioning elements and SVG's elements unknown tags: those
 * (and only those) are not errors of the document.
 */
static void
on_error(void *ctx, xmlErrorPtr e)
{
	static const char *const html5_tags[] = { "header", "nav", "main",
	    "section", "figure", "figcaption", "footer", "mark", "svg", "g",
	    "rect", "path", "circle", "line", "text", "desc", NULL };
	size_t		 i;

	(void)ctx;
	if (e->level < XML_ERR_ERROR)
		return;
	if (e->code == XML_HTML_UNKNOWN_TAG && e->str1 != NULL)
		for (i = 0; html5_tags[i] != NULL; i++)
			if (strcmp(e->str1, html5_tags[i]) == 0)
				return;
	if (html_errors++ == 0)
		snprintf(html_first_error, sizeof(html_first_error),
		    "line %d: %s", e->line, e->message);
}

/* Number of nodes an XPath expression selects in doc. */
static int
count(xmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr	 ctx = xmlXPathNewContext(doc);
	xmlXPathObjectPtr	 o;
	int			 n;

	xmlXPathRegisterNs(ctx, BAD_CAST "s",
	    BAD_CAST "http://www.w3.org/2000/svg");
	xmlXPathRegisterNs(ctx, BAD_CAST "h",
	    BAD_CAST "http://www.w3.org/1999/xhtml");
	o = xmlXPathEvalExpression(BAD_CAST expr, ctx);
	assert_non_null(o);
	n = o->nodesetval ? o->nodesetval->nodeNr : 0;
	xmlXPathFreeObject(o);
	xmlXPathFreeContext(ctx);
	return n;
}

static void
render(struct buf *b)
{
	struct report	*r = fixture();
	const char	*out = getenv("REPORT_FIXTURE_HTML");
	FILE		*f;

	buf_init(b);
	report_html(r, b);
	report_free(r);
	if (out != NULL && (f = fopen(out, "w")) != NULL) {
		fwrite(b->data, 1, b->len, f);
		fclose(f);
	}
}

static void
test_html_parses_with_charts(void **state)
{
	struct buf	 b;
	htmlDocPtr	 doc;

	(void)state;
	render(&b);
	html_errors = 0;
	xmlSetStructuredErrorFunc(NULL, on_error);
	doc = htmlReadMemory(b.data, (int)b.len, "report.html", "UTF-8",
	    HTML_PARSE_NONET);
	xmlSetStructuredErrorFunc(NULL, NULL);
	assert_non_null(doc);
	if (html_errors != 0)
		fail_msg("%d HTML errors, first: %s", html_errors,
		    html_first_error);
	/* Heatmap, a chart per frame, terms of 2 groups, voices. */
	assert_int_equal(count(doc, "//svg"), 1 + NF + 2 + 1);
	assert_int_equal(count(doc, "//svg[@role='img' and @aria-labelledby]"
	    "[title][desc]"), 1 + NF + 2 + 1);
	assert_int_equal(count(doc, "//svg[@id='chart-heatmap']//rect[@class="
	    "'cell']"), NG * NF);
	assert_int_equal(count(doc, "//svg[@id='chart-heatmap']//rect[@class="
	    "'cell']/title"), NG * NF);
	/* A line per group in each frame's chart; TASS misses a week. */
	assert_int_equal(count(doc, "//svg[@id='chart-series-0']/path"), NG);
	assert_int_equal(count(doc, "//svg[starts-with(@id,'chart-series-')]/"
	    "path[@class='line']"), NF * NG);
	/* The gap breaks TASS's line in two. */
	assert_int_equal(count(doc, "//svg[@id='chart-series-0']/path[3]"
	    "[starts-with(@d,'M') and contains(@d,' M')]"), 1);
	assert_int_equal(count(doc, "//svg[@id='chart-series-0']/path[1]"
	    "[contains(@d,' M')]"), 0);
	assert_int_equal(count(doc, "//svg[@id='chart-series-2']/circle"),
	    NG * NP - 1);
	/* Over-used terms only: five bars per chart. */
	assert_int_equal(count(doc, "//svg[@id='chart-terms-0']//rect[@class="
	    "'bar']"), 5);
	assert_int_equal(count(doc, "//svg[@id='chart-terms-1']"), 0);
	assert_int_equal(count(doc, "//svg[@id='chart-voices']//rect[@class="
	    "'seg']"), 3 + 1 + 3);
	/* Sections, each with an explanation and a table. */
	assert_int_equal(count(doc, "//section"), 8);
	assert_int_equal(count(doc, "//section[@id='prevalence']//table"
	    "/tbody/tr"), NG * NF + NF);
	assert_int_equal(count(doc, "//section[@id='syndication']//tbody/tr"),
	    2);
	assert_int_equal(count(doc, "//table[@class='kwic']//a[@href="
	    "'https://example.org/a?x=1&y=2']"), 4);
	xmlFreeDoc(doc);
	buf_release(&b);
}

static void
test_html_is_well_formed_xml(void **state)
{
	struct buf	 b;
	xmlDocPtr	 doc;

	(void)state;
	render(&b);
	html_errors = 0;
	xmlSetStructuredErrorFunc(NULL, on_error);
	doc = xmlReadMemory(b.data, (int)b.len, "report.html", "UTF-8",
	    XML_PARSE_NONET);
	xmlSetStructuredErrorFunc(NULL, NULL);
	assert_non_null(doc);
	if (html_errors != 0)
		fail_msg("%d XML errors, first: %s", html_errors,
		    html_first_error);
	assert_int_equal(count(doc, "//s:svg"), 1 + NF + 2 + 1);
	assert_int_equal(count(doc, "//s:rect[@class='cell']"), NG * NF);
	xmlFreeDoc(doc);
	buf_release(&b);
}

static void
test_html_escapes_and_fetches_nothing(void **state)
{
	struct buf	 b;

	(void)state;
	render(&b);
	assert_non_null(strstr(b.data, "TASS &lt;&amp;&gt; &quot;state&quot;"));
	assert_null(strstr(b.data, "TASS <&>"));
	assert_non_null(strstr(b.data, "was planned &lt;abroad&gt;"));
	assert_non_null(strstr(b.data, "<title>RT \xe2\x80\x94 terrorism: "));
	assert_non_null(strstr(b.data, "Validated on 200 hand-coded "
	    "articles.\nF1 &gt; 0.8."));
	assert_null(strstr(b.data, "<script"));
	assert_null(strstr(b.data, "<link"));
	assert_null(strstr(b.data, "<img"));
	assert_null(strstr(b.data, " src="));
	assert_null(strstr(b.data, "url("));
	assert_null(strstr(b.data, "@import"));
	assert_non_null(strstr(b.data, "@media print"));
	assert_non_null(strstr(b.data, "name=\"viewport\""));
	buf_release(&b);
}

static void
test_empty_report(void **state)
{
	struct report	*r = report_new();
	struct buf	 b;
	htmlDocPtr	 doc;

	(void)state;
	r->title = "Nothing";
	r->lexicon = "x.lex";
	buf_init(&b);
	report_html(r, &b);
	html_errors = 0;
	xmlSetStructuredErrorFunc(NULL, on_error);
	doc = htmlReadMemory(b.data, (int)b.len, "report.html", "UTF-8",
	    HTML_PARSE_NONET);
	xmlSetStructuredErrorFunc(NULL, NULL);
	assert_int_equal(html_errors, 0);
	assert_int_equal(count(doc, "//svg"), 0);
	assert_int_equal(count(doc, "//section"), 2);
	xmlFreeDoc(doc);
	buf_reset(&b);
	report_md(r, &b);
	assert_non_null(strstr(b.data, "# Nothing\n\n0 articles from 0 "));
	buf_reset(&b);
	report_json(r, &b);
	assert_string_equal(b.data, "{\"title\":\"Nothing\",\"by\":\"outlet\","
	    "\"lexicon\":\"x.lex\",\"lexicon_notes\":null,\"inputs\":[],"
	    "\"articles\":0,"
	    "\"words\":0,\"first\":null,\"last\":null,\n\"excluded\":[],\n"
	    "\"groups\":[],\n\"frames\":[]}\n");
	buf_release(&b);
	report_free(r);
}

static void
test_markdown_tables(void **state)
{
	struct report	*r = fixture();
	struct buf	 b;

	(void)state;
	buf_init(&b);
	report_md(r, &b);
	assert_null(strstr(b.data, "<svg"));
	assert_non_null(strstr(b.data, "# Framing of the January protests\n"));
	assert_non_null(strstr(b.data, "| outlet | frame | articles with "
	    "frame | articles | share | 95% interval | matches | matches per "
	    "10k words |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | "
	    "---: |\n"));
	/* RT, terrorism: docs (1*3*3)%120 = 9 of 120, 7.5%, 19 hits. */
	assert_non_null(strstr(b.data, "| RT | terrorism | 9 | 120 | 7.5% | "
	    "6.0%\xe2\x80\x93" "9.0% | 19 | 3.96 |\n"));
	assert_non_null(strstr(b.data, "| TASS &lt;&amp;> \"state\" | "));
	assert_non_null(strstr(b.data, "| crackdown | | | | not testable |"));
	assert_non_null(strstr(b.data, "| TASS | RT | 14 |\n"));
	assert_non_null(strstr(b.data, "| maidan | 90 | 10 | 120.5 | +2.50 |"));
	assert_non_null(strstr(b.data, "| police | 40 | 15 | 45.5 | -1.50 |"));
	buf_release(&b);
	report_free(r);
}

static void
test_json_document(void **state)
{
	struct report	*r = fixture();
	struct buf	 b;
	const char	*p;

	(void)state;
	buf_init(&b);
	report_json(r, &b);
	assert_non_null(strstr(b.data, "{\"group\":\"RT\",\"frame\":"
	    "\"terrorism\",\"hits\":19,\"docs\":9,\"docs_total\":120,"
	    "\"words\":48000,\"hits_per_10k\":3.958333333,\"share_docs\":0.075,"
	    "\"ci_low\":0.06,\"ci_high\":0.09}"));
	assert_non_null(strstr(b.data, "{\"frame\":\"crackdown\",\"chi2\":null,"
	    "\"df\":null,\"p\":null,\"cramers_v\":null}"));
	assert_non_null(strstr(b.data, "\"series\":{\"unit\":\"week\","
	    "\"undated\":7,\"periods\":[\"2024-W01\",\"2024-W02\","));
	assert_non_null(strstr(b.data, "\"syndication\":{\"clusters\":9,"
	    "\"articles\":25,\"links\":[{\"origin\":\"TASS\","));
	assert_non_null(strstr(b.data, "\"url\":\"https://example.org/a?x=1&y=2"
	    "\""));
	assert_non_null(strstr(b.data, "\"TASS <&> \\\"state\\\"\""));
	/* Balanced and ends the document once. */
	p = b.data + b.len - 2;
	assert_string_equal(p, "}\n");
	assert_null(strstr(b.data, ",]"));
	assert_null(strstr(b.data, ",}"));
	assert_null(strstr(b.data, ",\n]"));
	buf_release(&b);
	report_free(r);
}

static void
test_number_formats(void **state)
{
	char	 s[32];

	(void)state;
	assert_string_equal(fmt_count(s, 0), "0");
	assert_string_equal(fmt_count(s, 999), "999");
	assert_string_equal(fmt_count(s, 1000), "1,000");
	assert_string_equal(fmt_count(s, 1234567), "1,234,567");
	assert_string_equal(fmt_count(s, -45000), "-45,000");
	assert_string_equal(fmt_share(s, 0), "0%");
	assert_string_equal(fmt_share(s, 1), "100%");
	assert_string_equal(fmt_share(s, 0.1234), "12%");
	assert_string_equal(fmt_share(s, 0.0996), "10%");
	assert_string_equal(fmt_share(s, 0.0994), "9.9%");
	assert_string_equal(fmt_share(s, 0.01234), "1.2%");
	assert_string_equal(fmt_share(s, 0.001234), "0.12%");
	assert_string_equal(fmt_share(s, 0.00001234), "0.0012%");
	assert_string_equal(fmt_sig(s, 12345.6), "12,346");
	assert_string_equal(fmt_sig(s, 12.345), "12.3");
	assert_string_equal(fmt_sig(s, 3.14159), "3.14");
	assert_string_equal(fmt_sig(s, 0.012345), "0.0123");
	assert_string_equal(fmt_fixed(s, 1234.56, 1), "1,234.6");
	assert_string_equal(fmt_fixed(s, -1234.56, 2), "-1,234.56");
	assert_string_equal(fmt_fixed(s, -0.001, 2), "0.00");
	assert_string_equal(fmt_pvalue(s, 0.0004), "< 0.001");
	assert_string_equal(fmt_pvalue(s, 0.0123), "0.012");
	assert_string_equal(fmt_pvalue(s, 0.5), "0.50");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html_parses_with_charts),
		cmocka_unit_test(test_html_is_well_formed_xml),
		cmocka_unit_test(test_html_escapes_and_fetches_nothing),
		cmocka_unit_test(test_empty_report),
		cmocka_unit_test(test_markdown_tables),
		cmocka_unit_test(test_json_document),
		cmocka_unit_test(test_number_formats),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
