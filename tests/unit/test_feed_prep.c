/* SPDX-License-Identifier: MIT */
/*
 * The byte-level preparation of XML feeds (src/ingest/feed_prep.c,
 * feed_cdata.c): feed_fix_entities, which must leave markup, CDATA,
 * comments and instructions as they are and rewrite only the references
 * libxml2 would choke on, and feed_cdata_to_text, which rewrites CDATA in
 * element content as character data. Expected strings by hand from the
 * contracts in feed_int.h; offset sweeps put each construct at every
 * position of an 8-byte block, since runs are scanned a word at a time.
 * The rewrite's promise (a well-formed result parses to the tree of the
 * original) is checked against libxml2 itself on random documents.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "core/buf.h"
#include "../../src/ingest/feed_int.h"

struct row {
	const char	*in;
	const char	*want;
};

static const struct row rows[] = {
	{ "", "" },
	{ "plain text, no markup", "plain text, no markup" },
	{ "<rss><item>a</item></rss>", "<rss><item>a</item></rss>" },
	/* the five XML entities stay, HTML ones become numbers */
	{ "&lt;&gt;&amp;&quot;&apos;", "&lt;&gt;&amp;&quot;&apos;" },
	{ "caf&eacute; &nbsp;&mdash;", "caf&#233; &#160;&#8212;" },
	/* unknown names, bare and unterminated ampersands */
	{ "&bogus; x", "&amp;bogus; x" },
	{ "AT&T and R&D", "AT&amp;T and R&amp;D" },
	{ "&", "&amp;" },
	{ "a &amp", "a &amp;amp" },
	{ "&#;", "&amp;#;" },
	/* numeric references: C1 as windows-1252, forbidden ones U+FFFD */
	{ "&#146;&#x93;", "&#8217;&#8220;" },
	{ "&#0;&#1;&#x110000;&#xD800;", "&#65533;&#65533;&#65533;&#65533;" },
	{ "&#9;&#10;&#13;&#65;", "&#9;&#10;&#13;&#65;" },
	/* copied as they are: CDATA, comments, instructions */
	{ "<d><![CDATA[a & b <i>&bogus;</i>]]></d>",
	    "<d><![CDATA[a & b <i>&bogus;</i>]]></d>" },
	{ "<!-- AT&T --><a/>", "<!-- AT&T --><a/>" },
	{ "<!-->&x;", "<!-->&amp;x;" },
	{ "<?xml version=\"1.0\" x=\"&\"?><r/>",
	    "<?xml version=\"1.0\" x=\"&\"?><r/>" },
	{ "<?>&x;", "<?>&amp;x;" },
	{ "<![CDATA[never closed &x;", "<![CDATA[never closed &x;" },
	{ "<!-- never closed &x;", "<!-- never closed &x;" },
	/* other "<!" and a '<' at the very end are plain bytes */
	{ "<!ENTITY x>&x;", "<!ENTITY x>&amp;x;" },
	{ "a<", "a<" },
	{ "a<!", "a<!" },
	{ "a<?", "a<?" },
	/* entities the DOCTYPE declares are left to libxml2 */
	{ "<!DOCTYPE r [<!ENTITY me \"x\">]><r>&me; &you;</r>",
	    "<!DOCTYPE r [<!ENTITY me \"x\">]><r>&me; &amp;you;</r>" },
	{ "<!doctype r><r>&nbsp;</r>", "<!doctype r><r>&#160;</r>" },
	/* non-ASCII passes through */
	{ "<t>\xd0\x9c\xd0\xb8\xd1\x80 &amp; \xe4\xb8\x96</t>",
	    "<t>\xd0\x9c\xd0\xb8\xd1\x80 &amp; \xe4\xb8\x96</t>" },
};

static void
check(const char *in, size_t len, const char *want, size_t want_len,
    int *bad)
{
	struct buf	 out;

	buf_init(&out);
	feed_fix_entities(in, len, &out);
	if (out.len != want_len || memcmp(out.data, want, want_len) != 0 ||
	    out.data[out.len] != '\0') {
		print_error("feed_fix_entities(\"%.*s\") = \"%.*s\", want "
		    "\"%.*s\"\n", (int)len, in, (int)out.len, out.data,
		    (int)want_len, want);
		(*bad)++;
	}
	buf_release(&out);
}

static void
test_rows(void **state)
{
	size_t	 i;
	int	 bad = 0;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
		check(rows[i].in, strlen(rows[i].in), rows[i].want,
		    strlen(rows[i].want), &bad);
	assert_int_equal(bad, 0);
}

/* Each construct at offsets 0 to 23 in a run of plain bytes. */
static void
test_offsets(void **state)
{
	static const struct row parts[] = {
		{ "&eacute;", "&#233;" },
		{ "&", "&amp;" },
		{ "<![CDATA[&x;]]>", "<![CDATA[&x;]]>" },
		{ "<!--&x;-->", "<!--&x;-->" },
		{ "<?p &x;?>", "<?p &x;?>" },
		{ "<b>&lt;</b>", "<b>&lt;</b>" },
	};
	char	 in[128], want[128];
	size_t	 k, off;
	int	 bad = 0;

	(void)state;
	for (k = 0; k < sizeof(parts) / sizeof(parts[0]); k++)
		for (off = 0; off < 24; off++) {
			snprintf(in, sizeof(in), "%.*s%s tail &x; more text",
			    (int)off, "abcdefghijklmnopqrstuvwxyz",
			    parts[k].in);
			snprintf(want, sizeof(want), "%.*s%s tail &amp;x; more "
			    "text", (int)off, "abcdefghijklmnopqrstuvwxyz",
			    parts[k].want);
			check(in, strlen(in), want, strlen(want), &bad);
		}
	assert_int_equal(bad, 0);
}

/* A NUL is a byte like any other: scanning goes on past it. */
static void
test_nul(void **state)
{
	static const char in[] = "ab\0cd&bogus;\0<x>\0&amp;";
	static const char want[] = "ab\0cd&amp;bogus;\0<x>\0&amp;";
	int	 bad = 0;

	(void)state;
	check(in, sizeof(in) - 1, want, sizeof(want) - 1, &bad);
	assert_int_equal(bad, 0);
}

struct cdata_row {
	const char	*in;
	const char	*want;		/* NULL: nothing rewritten */
};

static const struct cdata_row cdata_rows[] = {
	{ "<r><d><![CDATA[<p>a & b</p>]]></d></r>",
	    "<r><d>&#60;p>a &#38; b&#60;/p></d></r>" },
	{ "<r>a<![CDATA[b]]>c<![CDATA[]x>]]></r>", "<r>abc&#93;x></r>" },
	/* a leading '>' could close a "]]" before it */
	{ "<r>]]<![CDATA[>]]></r>", "<r>]]&#62;</r>" },
	/* outside the root element: left alone */
	{ "<![CDATA[x]]><r/>", NULL },
	{ "<r/><![CDATA[x]]>", NULL },
	{ "<r></r>\n<![CDATA[ ]]>", NULL },
	{ "<a/><![CDATA[x]]>", NULL },
	/* in attribute values (ill-formed), comments, instructions */
	{ "<r a=\"<![CDATA[x]]>\"><![CDATA[y]]></r>",
	    "<r a=\"<![CDATA[x]]>\">y</r>" },
	{ "<r a='>' b=\"'\"><![CDATA[<]]></r>", "<r a='>' b=\"'\">&#60;</r>" },
	{ "<r><!--><![CDATA[x]]>--><![CDATA[y]]></r>",
	    "<r><!--><![CDATA[x]]>-->y</r>" },
	{ "<r><?p <![CDATA[x]]> ?><![CDATA[y]]></r>",
	    "<r><?p <![CDATA[x]]> ?>y</r>" },
	{ "<r><a/><![CDATA[x]]><b x=\"/\"></b></r>",
	    "<r><a/>x<b x=\"/\"></b></r>" },
	/* sections that stay: empty, CR, controls, U+FFFE, bad UTF-8 */
	{ "<r><![CDATA[]]></r>", NULL },
	{ "<r><![CDATA[a\r\nb]]></r>", NULL },
	{ "<r><![CDATA[a\x01]]></r>", NULL },
	{ "<r><![CDATA[\xef\xbf\xbe]]></r>", NULL },
	{ "<r><![CDATA[\xff]]><![CDATA[<]]></r>",
	    "<r><![CDATA[\xff]]>&#60;</r>" },
	{ "<r><![CDATA[caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x98\x80]]></r>",
	    "<r>caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x98\x80</r>" },
	/* a DOCTYPE, anything else after "<!", an open section: stop */
	{ "<!DOCTYPE r><r><![CDATA[x]]></r>", NULL },
	{ "<r><![CDATA[x]]><!ELEMENT><![CDATA[y]]></r>",
	    "<r>x<!ELEMENT><![CDATA[y]]></r>" },
	{ "<r><![CDATA[x", NULL },
	{ "<r>\t<i>\n<![CDATA[\tx\n]]></i></r>", "<r>\t<i>\n\tx\n</i></r>" },
};

static void
test_cdata_rows(void **state)
{
	struct buf	 out;
	size_t		 i, n;
	int		 bad = 0;

	(void)state;
	buf_init(&out);
	for (i = 0; i < sizeof(cdata_rows) / sizeof(cdata_rows[0]); i++) {
		n = feed_cdata_to_text(cdata_rows[i].in,
		    strlen(cdata_rows[i].in), &out);
		if (cdata_rows[i].want == NULL ? n != 0 || out.len != 0 :
		    n == 0 || strcmp(out.data, cdata_rows[i].want) != 0) {
			print_error("feed_cdata_to_text(\"%s\") = %zu \"%s\", "
			    "want \"%s\"\n", cdata_rows[i].in, n, out.data,
			    cdata_rows[i].want ? cdata_rows[i].want : "");
			bad++;
		}
	}
	buf_release(&out);
	assert_int_equal(bad, 0);
}

/* Each special character at offsets 0 to 19 of a section. */
static void
test_cdata_offsets(void **state)
{
	static const struct row parts[] = {
		{ "<", "&#60;" }, { "&", "&#38;" }, { "]", "&#93;" },
		{ ">", ">" }, { "\xc3\xa9", "\xc3\xa9" }, { "\n", "\n" },
	};
	char		 in[128], want[128];
	struct buf	 out;
	size_t		 k, off;
	int		 bad = 0;

	(void)state;
	buf_init(&out);
	for (k = 0; k < sizeof(parts) / sizeof(parts[0]); k++)
		for (off = 1; off < 20; off++) {
			snprintf(in, sizeof(in), "<r><![CDATA[%.*s%s and a "
			    "tail]]></r>", (int)off, "abcdefghijklmnopqrstu",
			    parts[k].in);
			snprintf(want, sizeof(want), "<r>%.*s%s and a tail</r>",
			    (int)off, "abcdefghijklmnopqrstu", parts[k].want);
			if (feed_cdata_to_text(in, strlen(in), &out) != 1 ||
			    strcmp(out.data, want) != 0) {
				print_error("%s -> %s\n", in, out.data);
				bad++;
			}
		}
	buf_release(&out);
	assert_int_equal(bad, 0);
}

static void
count_error(void *ctx, xmlErrorPtr err)
{
	if (err != NULL && err->level >= XML_ERR_ERROR)
		(*(int *)ctx)++;
}

/* The tree libxml2 makes of p, as feed.c parses, serialized; errors. */
static char *
tree(const char *p, size_t len, int *errors)
{
	xmlParserCtxt	*ctxt = xmlNewParserCtxt();
	xmlDoc		*doc;
	xmlChar		*mem = NULL;
	char		*s;
	int		 n = 0;

	*errors = 0;
	xmlSetStructuredErrorFunc(errors, count_error);
	doc = xmlCtxtReadMemory(ctxt, p, (int)len, NULL, "UTF-8",
	    XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC |
	    XML_PARSE_COMPACT);
	xmlSetStructuredErrorFunc(NULL, NULL);
	xmlFreeParserCtxt(ctxt);
	if (doc != NULL)
		xmlDocDumpMemory(doc, &mem, &n);
	xmlFreeDoc(doc);
	s = strdup(mem != NULL ? (const char *)mem : "");
	xmlFree(mem);
	return s;
}

static unsigned long
next_rand(unsigned long *seed)
{
	*seed = *seed * 6364136223846793005UL + 1442695040888963407UL;
	return *seed >> 33;
}

/* Content of an element: text, sections, comments, children; junk rarely. */
static void
random_content(struct buf *b, unsigned long *seed, int depth)
{
	static const char *const plain[] = {
		"text", " ", "\n", "&amp;", "&#60;", ">", "]", "]]", "\"", "'",
		"\xc3\xa9", "<![CDATA[<p>x &amp; y</p>]]>", "<![CDATA[]]]]>",
		"<![CDATA[>]]>", "<![CDATA[]]>", "<![CDATA[ ]]>",
		"<![CDATA[a]b]]c]]>",
		"<![CDATA[\ttab\n]]>", "<![CDATA[\r\n]]>", "<!-- c -->",
		"<!---->", "<?pi x?>", "<c/>", "<d y='>' z=\"a'b\"/>",
	};
	static const char *const junk[] = {
		"<![CDATA[", "]]>", "<!--", "-->", "<?", "?>", "&", "<", "</x>",
		"<!DOCTYPE r>", "<!x>", "&bogus;", "<a b=c>", "<a b=\"",
		"\x01", "\xef\xbf\xbe",
	};
	unsigned long n = next_rand(seed) % 6, k, r;

	for (k = 0; k < n; k++) {
		r = next_rand(seed) % 100;
		if (r < 3)
			buf_adds(b, junk[next_rand(seed) %
			    (sizeof(junk) / sizeof(junk[0]))]);
		else if (r < 25 && depth < 4) {
			buf_adds(b, r % 2 ? "<a>" : "<b x=\"1\">");
			random_content(b, seed, depth + 1);
			buf_adds(b, r % 2 ? "</a>" : "</b>");
		} else
			buf_adds(b, plain[next_rand(seed) %
			    (sizeof(plain) / sizeof(plain[0]))]);
	}
}

/*
 * Random documents, mostly well-formed, some with junk: wherever the
 * rewrite is well-formed, the original must be too and give the same
 * tree. (Where it is not, feed.c parses the original.)
 */
static void
test_cdata_same_tree(void **state)
{
	struct buf	 doc, out;
	unsigned long	 seed = 12345;
	int		 round, ex, ey, compared = 0, bad = 0;
	char		*tx, *ty;

	(void)state;
	xmlInitParser();
	buf_init(&doc);
	buf_init(&out);
	for (round = 0; round < 20000; round++) {
		buf_reset(&doc);
		if (round % 8 == 0)
			buf_adds(&doc, "<?xml version=\"1.0\"?>\n<!-- x -->");
		if (round % 16 == 1)
			random_content(&doc, &seed, 3);
		buf_adds(&doc, "<r>");
		random_content(&doc, &seed, 0);
		buf_adds(&doc, "</r>");
		if (round % 16 == 2)
			random_content(&doc, &seed, 3);
		if (feed_cdata_to_text(doc.data, doc.len, &out) == 0)
			continue;
		ty = tree(out.data, out.len, &ey);
		if (ey == 0) {
			tx = tree(doc.data, doc.len, &ex);
			if (ex != 0 || strcmp(tx, ty) != 0) {
				print_error("%s\n  -> %s\n  %d errors, %s\n  "
				    "vs %s\n", doc.data, out.data, ex, tx, ty);
				bad++;
			}
			compared++;
			free(tx);
		}
		free(ty);
	}
	buf_release(&doc);
	buf_release(&out);
	print_message("%d rewritten documents compared\n", compared);
	assert_int_equal(bad, 0);
	assert_true(compared > 2000);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows),
		cmocka_unit_test(test_offsets),
		cmocka_unit_test(test_nul),
		cmocka_unit_test(test_cdata_rows),
		cmocka_unit_test(test_cdata_offsets),
		cmocka_unit_test(test_cdata_same_tree),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
