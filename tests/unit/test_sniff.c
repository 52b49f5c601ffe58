/* SPDX-License-Identifier: MIT */
/* Unit tests of src/ingest/sniff.c: formats from the first bytes. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "ingest/sniff.h"

static const char *
sniff(const char *s)
{
	return sniff_format((const unsigned char *)s, strlen(s));
}

static void
test_markup(void **state)
{
	(void)state;
	assert_string_equal(sniff("<!DOCTYPE html><html><body>"), "html");
	assert_string_equal(sniff("\xef\xbb\xbf  <html lang=ru>"), "html");
	assert_string_equal(sniff("<!-- saved from url -->\n<HTML>"), "html");
	assert_string_equal(sniff("<div class=a><p>fragment</p></div>"),
	    "html");
	assert_string_equal(sniff("junk before the page <html><body>"),
	    "html");
	assert_string_equal(sniff("<?xml version=\"1.0\"?>\n<rss "
	    "version=\"2.0\"><channel>"), "rss");
	assert_string_equal(sniff("<?xml version='1.0'?><!-- c -->"
	    "<feed xmlns=\"http://www.w3.org/2005/Atom\">"), "atom");
	assert_string_equal(sniff("<rdf:RDF xmlns:rdf=\"x\">"), "rdf");
	assert_string_equal(sniff("<?xml version=\"1.0\"?><html "
	    "xmlns=\"http://www.w3.org/1999/xhtml\">"), "html");
	assert_string_equal(sniff("<?xml version=\"1.0\"?><urlset>"), "xml");
	/* Any HTML element opens a page: server warnings before it. */
	assert_string_equal(sniff("<br />\n<b>Deprecated</b>: in x.php<br />"),
	    "html");
	assert_string_equal(sniff("<font color=red>Warning</font>"), "html");
	assert_string_equal(sniff("<brand>x</brand>"), "xml");
}

/* A page's root past the first 4 KB, after elements no page or feed
   opens with, still makes a page, never a feed. */
static void
test_late_html(void **state)
{
	char	doc[12000];
	size_t	n = 0;

	(void)state;
	while (n < 6000)
		n += (size_t)snprintf(doc + n, sizeof(doc) - n,
		    "<warning>deprecated in x.php</warning>\n");
	snprintf(doc + n, sizeof(doc) - n, "<!DOCTYPE html><html><head>"
	    "<link rel=alternate type=application/rss+xml href=/feed>"
	    "</head><body><p>RSS feed</p></body></html>");
	assert_string_equal(sniff(doc), "html");
	snprintf(doc + n, sizeof(doc) - n, "<item>rss</item>");
	assert_string_equal(sniff(doc), "xml");
}

static void
test_json_and_text(void **state)
{
	(void)state;
	assert_string_equal(sniff("{\"title\":\"a\"}\n{\"title\":\"b\"}\n"),
	    "jsonl");
	assert_string_equal(sniff("{\"version\": "
	    "\"https://jsonfeed.org/version/1.1\", \"items\": []}"),
	    "jsonfeed");
	assert_string_equal(sniff("just some words, no markup"), "text");
	assert_string_equal(sniff(""), "empty");
	assert_string_equal(sniff(" \n\t\r\n"), "empty");
}

static void
test_magic(void **state)
{
	unsigned char	 tar[600];

	(void)state;
	assert_string_equal(sniff("WARC/1.0\r\nWARC-Type: warcinfo\r\n"),
	    "warc");
	assert_string_equal(sniff("PK\003\004rest"), "zip");
	assert_string_equal(sniff("BZh91AY&SY"), "bzip2");
	assert_string_equal(sniff("\x1f\x8b\x08"), "gzip");
	assert_string_equal(sniff("%PDF-1.7"), "pdf");
	assert_string_equal(sniff("\x01\x02\x03\x04\x05\x06\x07 binary"),
	    "binary");
	assert_string_equal(sniff_format((const unsigned char *)"<p>\0x", 5),
	    "binary");
	/* A stray NUL in a page is not enough. */
	assert_string_equal(sniff_format((const unsigned char *)
	    "<html><body><p>a\0b</p></body></html>", 36), "html");
	/* An internal DTD subset holds '>'s before the root element. */
	assert_string_equal(sniff("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY "
	    "a \"x\"><!ENTITY b \"&a;&a;\">]>\n<rss><channel/></rss>"), "rss");
	memset(tar, 0, sizeof(tar));
	memcpy(tar, "page.html", 9);
	memcpy(tar + 257, "ustar", 5);
	assert_string_equal(sniff_format(tar, sizeof(tar)), "tar");
	/* UTF-16 pages: the byte order mark says it. */
	assert_string_equal(sniff_format((const unsigned char *)
	    "\xff\xfe<\0h\0", 6), "html");
}

static void
test_table(void **state)
{
	(void)state;
	assert_non_null(sniff_handler("html"));
	assert_non_null(sniff_handler("html")->handle);
	assert_int_equal(sniff_handler("html")->flags, SNIFF_UTF8);
	assert_non_null(sniff_handler("warc"));
	assert_null(sniff_handler("pdf"));
	assert_null(sniff_handler("binary"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_markup),
		cmocka_unit_test(test_late_html),
		cmocka_unit_test(test_json_and_text),
		cmocka_unit_test(test_magic),
		cmocka_unit_test(test_table),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
