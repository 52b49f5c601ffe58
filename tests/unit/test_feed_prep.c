/* SPDX-License-Identifier: MIT */
/*
 * The byte-level preparation of XML feeds (src/ingest/feed_prep.c):
 * feed_fix_entities, which must leave markup, CDATA, comments and
 * instructions as they are and rewrite only the references libxml2 would
 * choke on. Expected strings by hand from the contract in feed_int.h; the
 * offset sweep puts each construct at every position of an 8-byte block,
 * since runs are scanned a word at a time.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows),
		cmocka_unit_test(test_offsets),
		cmocka_unit_test(test_nul),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
