/* SPDX-License-Identifier: MIT */
/*
 * Format sniffing and the dispatch table. Binary containers are known by
 * their magic bytes; text is looked at after any byte order mark and
 * leading space: JSON by its first character, markup by its first
 * element (skipping the XML declaration, comments, processing
 * instructions and the doctype: any HTML element makes a page, only an
 * rss, feed or RDF root a feed), and a page with junk before its markup
 * by an <html>, <head> or <body> tag in its first 4 KB, or anywhere when
 * the first element is neither a feed's nor HTML's. The table below says
 * who handles each format; see include/ingest/sniff.h to add one.
 */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "ingest/archive.h"
#include "ingest/dom.h"
#include "ingest/feed.h"
#include "ingest/ingest.h"
#include "ingest/jsonl_import.h"
#include "ingest/sniff.h"
#include "ingest/state.h"
#include "ingest/warc.h"

#define SNIFF_BYTES	4096

static const unsigned char *find(const unsigned char *, size_t,
		    const char *);
static int	jsonl_doc(struct ingest *, const struct doc *);

/* Feeds and archives read their own charset and containers. */
static const struct sniff_handler handlers[] = {
	{ "html",	page_doc,		SNIFF_UTF8 },
	{ "rss",	feed_ingest,		SNIFF_RAW },
	{ "atom",	feed_ingest,		SNIFF_RAW },
	{ "rdf",	feed_ingest,		SNIFF_RAW },
	{ "xml",	feed_ingest,		SNIFF_RAW },
	{ "jsonfeed",	jsonfeed_ingest,	SNIFF_RAW },
	{ "jsonl",	jsonl_doc,		SNIFF_RAW },
	{ "warc",	warc_ingest_doc,	SNIFF_RAW },
	{ "arc",	warc_ingest_doc,	SNIFF_RAW },
	{ "zip",	archive_ingest_doc,	SNIFF_RAW },
	{ "tar",	archive_ingest_doc,	SNIFF_RAW },
	{ "7z",		archive_ingest_doc,	SNIFF_RAW },
	{ "bzip2",	archive_ingest_doc,	SNIFF_RAW },
	{ "xz",		archive_ingest_doc,	SNIFF_RAW },
	{ "zstd",	archive_ingest_doc,	SNIFF_RAW },
};

/* JSON Lines with the run's --map. */
static int
jsonl_doc(struct ingest *ing, const struct doc *d)
{
	return jsonl_import(ing, d, ing->cfg.jsonl_map);
}

const struct sniff_handler *
sniff_handler(const char *format)
{
	size_t	 i;

	for (i = 0; i < sizeof(handlers) / sizeof(handlers[0]); i++)
		if (strcmp(handlers[i].format, format) == 0)
			return &handlers[i];
	return NULL;
}

static bool
starts(const unsigned char *p, size_t len, const char *magic, size_t n)
{
	return len >= n && memcmp(p, magic, n) == 0;
}

static const char *
magic_format(const unsigned char *p, size_t len)
{
	if (starts(p, len, "WARC/", 5))
		return "warc";
	if (starts(p, len, "filedesc://", 11))
		return "arc";
	if (starts(p, len, "PK\003\004", 4) || starts(p, len, "PK\005\006", 4))
		return "zip";
	if (len >= 262 && memcmp(p + 257, "ustar", 5) == 0)
		return "tar";
	if (starts(p, len, "7z\xbc\xaf\x27\x1c", 6))
		return "7z";
	if (starts(p, len, "BZh", 3) && len > 3 && p[3] >= '1' && p[3] <= '9')
		return "bzip2";
	if (starts(p, len, "\xfd" "7zXZ\0", 6))
		return "xz";
	if (starts(p, len, "\x28\xb5\x2f\xfd", 4))
		return "zstd";
	if (starts(p, len, "\x1f\x8b", 2))
		return "gzip";
	if (starts(p, len, "%PDF-", 5))
		return "pdf";
	return NULL;
}

/*
 * Control bytes other than white space: a text has (almost) none. NUL
 * counts like the others: scraped pages carry a stray one now and then.
 */
static bool
looks_binary(const unsigned char *p, size_t len)
{
	size_t	 i, ctl = 0;

	if (len > SNIFF_BYTES)
		len = SNIFF_BYTES;
	for (i = 0; i < len; i++) {
		if ((p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' &&
		    p[i] != '\r' && p[i] != '\f') || p[i] == 0x7f)
			ctl++;
	}
	return ctl * 20 > len;
}

static bool
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Skips what may precede the first element; returns its '<' or NULL. */
static const unsigned char *
first_element(const unsigned char *p, const unsigned char *end)
{
	const unsigned char	*q;

	while (p < end) {
		while (p < end && is_space(*p))
			p++;
		if (p + 1 >= end || *p != '<')
			return NULL;
		if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
			q = find(p, (size_t)(end - p), "-->");
			p = q ? q + 3 : end;
		} else if (p[1] == '?' || p[1] == '!') {
			q = memchr(p, '>', (size_t)(end - p));
			if (q == NULL)
				return NULL;
			/* A DOCTYPE's internal subset [...] holds '>'s. */
			if (p[1] == '!' && memchr(p, '[', (size_t)(q - p)) &&
			    (q = find(p, (size_t)(end - p), "]")) != NULL)
				q = memchr(q, '>', (size_t)(end - q));
			if (q == NULL)
				return NULL;
			if (end - p >= 14 && strncasecmp((const char *)p,
			    "<!doctype html", 14) == 0)
				return p;
			p = q + 1;
		} else
			return p;
	}
	return NULL;
}

static bool
name_is(const unsigned char *el, const unsigned char *end, const char *name)
{
	size_t	 n = strlen(name);

	return (size_t)(end - el) > n + 1 &&
	    strncasecmp((const char *)el + 1, name, n) == 0 &&
	    (is_space(el[n + 1]) || el[n + 1] == '>' || el[n + 1] == '/');
}

/*
 * True when the element at el is one of HTML's: a page may open with any
 * of them, a "<br />" or "<b>" of a server's warnings as well as "<div>".
 */
static bool
html_element(const unsigned char *el, const unsigned char *end)
{
	static const char *const head_only[] = {
		"!doctype", "head", "meta", "title", "link", "script",
		"style", "base", "noscript",
	};
	char		 name[16];
	size_t		 i, n = 0;

	for (i = 0; i < sizeof(head_only) / sizeof(head_only[0]); i++)
		if (name_is(el, end, head_only[i]))
			return true;
	for (el++; el < end && n < sizeof(name) - 1 && ((*el >= 'a' &&
	    *el <= 'z') || (*el >= 'A' && *el <= 'Z') || (*el >= '0' &&
	    *el <= '9')); el++)
		name[n++] = (char)(*el | 0x20);
	name[n] = '\0';
	if (n == 0 || el == end || !(is_space(*el) || *el == '>' || *el == '/'))
		return false;
	return dom_tag_lookup(name) != T_OTHER;
}

static const char *
markup_format(const unsigned char *p, const unsigned char *end)
{
	const unsigned char	*el = first_element(p, end);

	if (el == NULL)
		return NULL;
	if (name_is(el, end, "rss"))
		return "rss";
	if (name_is(el, end, "feed"))
		return "atom";
	if (name_is(el, end, "rdf:RDF"))
		return "rdf";
	if (html_element(el, end))
		return "html";
	return "xml";
}

/* Case-insensitive search of an ASCII needle starting with '<'. */
static bool
contains_ci(const unsigned char *p, size_t len, const char *needle)
{
	size_t	 n = strlen(needle), i;

	for (i = 0; i + n <= len; i++)
		if (p[i] == '<' &&
		    strncasecmp((const char *)p + i, needle, n) == 0)
			return true;
	return false;
}

static const unsigned char *
find(const unsigned char *p, size_t len, const char *needle)
{
	size_t	 n = strlen(needle), i;

	for (i = 0; i + n <= len; i++)
		if (p[i] == (unsigned char)needle[0] &&
		    memcmp(p + i, needle, n) == 0)
			return p + i;
	return NULL;
}

static const char *
json_format(const unsigned char *p, size_t len)
{
	if (find(p, len, "jsonfeed.org/version") != NULL)
		return "jsonfeed";
	return "jsonl";
}

const char *
sniff_format(const unsigned char *p, size_t len)
{
	const unsigned char	*s = p, *end;
	const char		*f;
	size_t			 n;

	if ((f = magic_format(p, len)) != NULL)
		return f;
	/* UTF-16 and UTF-32 feeds, with or without a byte order mark. */
	if (len >= 2 && (p[0] == 0 || p[1] == 0 || p[0] >= 0xfe) &&
	    feed_sniff(p, len))
		return "rss";
	if (starts(p, len, "\xff\xfe", 2) || starts(p, len, "\xfe\xff", 2))
		return "html";	/* UTF-16: otherwise only pages come this way */
	if (starts(p, len, "\xef\xbb\xbf", 3))
		s += 3;
	n = (size_t)(p + len - s);
	end = s + (n > SNIFF_BYTES ? SNIFF_BYTES : n);
	while (s < end && is_space(*s))
		s++;
	if (s == end && n <= SNIFF_BYTES)
		return "empty";
	if (looks_binary(s, (size_t)(end - s)))
		return "binary";
	if (*s == '{' || *s == '[')
		return json_format(s, (size_t)(end - s));
	if (*s == '<' && (f = markup_format(s, end)) != NULL &&
	    strcmp(f, "xml") != 0) {
		/* A stray HTML doctype before a feed's root element. */
		if (strcmp(f, "html") == 0 && feed_sniff(s, (size_t)(end - s)))
			return "rss";
		return f;
	}
	/* A feed whose DOCTYPE has an internal subset ("]>"). */
	if (*s == '<' && feed_sniff(s, (size_t)(end - s)))
		return "rss";
	if (contains_ci(s, (size_t)(end - s), "<html") ||
	    contains_ci(s, (size_t)(end - s), "<body") ||
	    contains_ci(s, (size_t)(end - s), "<head"))
		return "html";
	/* XML that is no feed, with a page's root further down (after
	   pages of server warnings): a page, never a feed. */
	if (f != NULL && strcmp(f, "xml") == 0 &&
	    (contains_ci(end, (size_t)(p + len - end), "<html") ||
	    contains_ci(end, (size_t)(p + len - end), "<body")))
		return "html";
	return f != NULL ? f : "text";
}
