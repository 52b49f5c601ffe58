/* SPDX-License-Identifier: MIT */
/*
 * Feed bytes made ready for libxml2: converted to UTF-8 the way feed
 * readers guess the charset, and with the HTML entities that ill-formed
 * feeds use without declaring them turned into character references (as
 * feedparser's lenient mode does). libxml2 then parses with its own
 * encoding detection switched off.
 */
#define _GNU_SOURCE	/* memmem */
#include <iconv.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

#include "core/buf.h"
#include "core/swar.h"
#include "core/utf8.h"
#include "ingest/charset.h"
#include "feed_int.h"

static const unsigned short cp1252_hi[32] = {
	0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
	0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
};

static int	 convert(const unsigned char *, size_t, const char *,
		    struct buf *);
static void	 from_cp1252(const unsigned char *, size_t, struct buf *);
static const char *declared(const unsigned char *, size_t, char *, size_t);
static const char *bom(const unsigned char *, size_t, size_t *);
static size_t	 copy_until(const char *, size_t, size_t, const char *,
		    struct buf *);
static size_t	 doctype(const char *, size_t, size_t, struct buf *,
		    struct buf *);
static size_t	 entity(const char *, size_t, size_t, const struct buf *,
		    struct buf *);
static size_t	 next_special(const char *, size_t, size_t);

unsigned
feed_cp1252(unsigned b)
{
	if (b >= 0x80 && b <= 0x9f)
		return cp1252_hi[b - 0x80];
	return b;
}

/* Byte order marks and BOM-less UTF-16/32 starting with '<'. */
static const char *
bom(const unsigned char *p, size_t len, size_t *skip)
{
	*skip = 0;
	if (len >= 4 && !memcmp(p, "\xff\xfe\0\0", 4))
		return *skip = 4, "UTF-32LE";
	if (len >= 4 && !memcmp(p, "\0\0\xfe\xff", 4))
		return *skip = 4, "UTF-32BE";
	if (len >= 3 && !memcmp(p, "\xef\xbb\xbf", 3))
		return *skip = 3, "UTF-8";
	if (len >= 2 && !memcmp(p, "\xff\xfe", 2))
		return *skip = 2, "UTF-16LE";
	if (len >= 2 && !memcmp(p, "\xfe\xff", 2))
		return *skip = 2, "UTF-16BE";
	if (len >= 4 && !memcmp(p, "\0\0\0<", 4))
		return "UTF-32BE";
	if (len >= 4 && !memcmp(p, "<\0\0\0", 4))
		return "UTF-32LE";
	if (len >= 4 && p[0] == 0 && p[1] == '<' && p[3] != 0)
		return "UTF-16BE";
	if (len >= 4 && p[0] == '<' && p[1] == 0 && p[2] != 0)
		return "UTF-16LE";
	return NULL;
}

/* The encoding="..." of an XML declaration at the start, or NULL. */
static const char *
declared(const unsigned char *p, size_t len, char *name, size_t size)
{
	const char *s = (const char *)p, *end, *e, *q;
	char quote;
	size_t n;

	if (len > 512)
		len = 512;
	while (len > 0 && (*s == ' ' || *s == '\t' || *s == '\r' ||
	    *s == '\n'))
		s++, len--;
	if (len < 6 || memcmp(s, "<?xml", 5) != 0)
		return NULL;
	end = memchr(s, '>', len);
	if (end == NULL)
		return NULL;
	for (e = s; e + 8 < end; e++)
		if (!memcmp(e, "encoding", 8))
			break;
	if (e + 8 >= end)
		return NULL;
	for (e += 8; e < end && (*e == ' ' || *e == '='); e++)
		;
	if (e >= end || (*e != '"' && *e != '\''))
		return NULL;
	quote = *e++;
	q = memchr(e, quote, (size_t)(end - e));
	if (q == NULL || (n = (size_t)(q - e)) == 0 || n >= size)
		return NULL;
	memcpy(name, e, n);
	name[n] = '\0';
	return name;
}

static void
from_cp1252(const unsigned char *p, size_t len, struct buf *out)
{
	char u[4];
	size_t i;

	buf_grow(out, len + len / 2);
	for (i = 0; i < len; i++) {
		if (p[i] < 0x80) {
			buf_addc(out, p[i]);
			continue;
		}
		buf_add(out, u, utf8_encode(feed_cp1252(p[i]), u));
	}
}

/* iconv from enc; 0 when the whole input converted, -1 otherwise. */
static int
convert(const unsigned char *p, size_t len, const char *enc, struct buf *out)
{
	iconv_t cd;
	char *in = (char *)p, *o;
	size_t inleft = len, outleft, r;

	if (!strcasecmp(enc, "iso-8859-1") || !strcasecmp(enc, "latin1") ||
	    !strcasecmp(enc, "us-ascii") || !strcasecmp(enc, "ascii") ||
	    !strcasecmp(enc, "windows-1252") || !strcasecmp(enc, "cp1252")) {
		from_cp1252(p, len, out);
		return 0;
	}
	cd = iconv_open("UTF-8", enc);
	if (cd == (iconv_t)-1)
		return -1;
	buf_reset(out);
	while (inleft > 0) {
		buf_grow(out, inleft * 2 + 16);
		o = out->data + out->len;
		outleft = out->cap - out->len - 1;
		r = iconv(cd, &in, &inleft, &o, &outleft);
		out->len = (size_t)(o - out->data);
		if (r == (size_t)-1 && errno != E2BIG) {
			iconv_close(cd);
			buf_reset(out);
			return -1;
		}
	}
	iconv_close(cd);
	out->data[out->len] = '\0';
	return 0;
}

/* C1 controls decoded from UTF-8 are windows-1252 characters really. */
static void
c1_to_cp1252(struct buf *b)
{
	struct buf o;
	char u[4];
	size_t i;
	unsigned char c;

	if (b->data == NULL || memchr(b->data, 0xc2, b->len) == NULL)
		return;
	buf_init(&o);
	buf_grow(&o, b->len + 16);
	for (i = 0; i < b->len; i++) {
		c = i + 1 < b->len ? (unsigned char)b->data[i + 1] : 0;
		if ((unsigned char)b->data[i] == 0xc2 && c >= 0x80 &&
		    c <= 0x9f) {
			buf_add(&o, u, utf8_encode(feed_cp1252(c), u));
			i++;
		} else
			buf_addc(&o, b->data[i]);
	}
	buf_release(b);
	*b = o;
}

/* Bytes above 0x7f: a detector needs a few dozen to say anything. */
static size_t
high_bytes(const unsigned char *p, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len && n < 16; i++)
		n += p[i] >= 0x80;
	return n;
}

void
feed_to_utf8(const unsigned char *p, size_t len, const char *charset,
    struct buf *out, const char **enc)
{
	char name[64];
	const char *e;
	size_t skip;

	buf_reset(out);
	if ((e = bom(p, len, &skip)) != NULL) {
		if (convert(p + skip, len - skip, e, out) == 0) {
			c1_to_cp1252(out);
			*enc = e;
			return;
		}
	} else if ((e = declared(p, len, name, sizeof(name))) != NULL ||
	    (e = charset) != NULL) {
		if (!strcasecmp(e, "utf-8") || !strcasecmp(e, "utf8"))
			e = NULL;
		else if (strncasecmp(e, "utf-16", 6) != 0 &&
		    strncasecmp(e, "utf-32", 6) != 0 &&
		    convert(p, len, e, out) == 0) {
			*enc = e == charset ? charset : "declared";
			return;
		}
	}
	buf_reset(out);
	if (utf8_valid((const char *)p, len)) {
		buf_add(out, p, len);
		c1_to_cp1252(out);
		*enc = "UTF-8";
		return;
	}
	/*
	 * Nothing declared and not UTF-8: a statistical guess for the
	 * multi-byte and non-Latin charsets, windows-1252 for the rest
	 * (where feeds' stray bytes almost always come from).
	 */
	e = high_bytes(p, len) >= 16 ? charset_detect(p, len) : NULL;
	if (e != NULL && strcasecmp(e, "windows-1252") != 0 &&
	    strncasecmp(e, "mac", 3) != 0 &&
	    strcasecmp(e, "iso-8859-1") != 0 &&
	    strcasecmp(e, "iso-8859-15") != 0 && strcasecmp(e, "ascii") &&
	    convert(p, len, e, out) == 0) {
		*enc = e;
		return;
	}
	buf_reset(out);
	from_cp1252(p, len, out);
	*enc = "windows-1252";
}

const char *
feed_find_term(const char *s, size_t len, size_t i, const char *term,
    size_t n)
{
	const char *p = s + i, *e = s + len;

	while ((size_t)(e - p) >= n &&
	    (p = memchr(p, term[0], (size_t)(e - p) - (n - 1))) != NULL) {
		if (!memcmp(p, term, n))
			return p;
		p++;
	}
	return NULL;
}

/* Copies from i through the terminator term (or to the end). */
static size_t
copy_until(const char *s, size_t len, size_t i, const char *term,
    struct buf *out)
{
	size_t n = strlen(term);
	const char *e = feed_find_term(s, len, i, term, n);
	size_t j = e ? (size_t)(e - s) + n : len;

	buf_add(out, s + i, j - i);
	return j;
}

/* Copies a DOCTYPE, noting the general entities it declares. */
static size_t
doctype(const char *s, size_t len, size_t i, struct buf *out,
    struct buf *names)
{
	size_t j = i, k;
	int depth = 0;

	for (; j < len; j++) {
		if (s[j] == '[')
			depth++;
		else if (s[j] == ']')
			depth--;
		else if (s[j] == '>' && depth <= 0)
			break;
		else if (!strncmp(s + j, "<!ENTITY", 8)) {
			for (k = j + 8; k < len && (s[k] == ' ' ||
			    s[k] == '\t' || s[k] == '\n' || s[k] == '\r'); k++)
				;
			buf_addc(names, ' ');
			while (k < len && s[k] != ' ' && s[k] != '\t' &&
			    s[k] != '\n' && s[k] != '\r' && s[k] != '%')
				buf_addc(names, s[k++]);
			buf_addc(names, ' ');
		}
	}
	if (j < len)
		j++;
	buf_add(out, s + i, j - i);
	return j;
}

/* Rewrites the reference starting at s[i] == '&'; returns the next i. */
static size_t
entity(const char *s, size_t len, size_t i, const struct buf *names,
    struct buf *out)
{
	static const char *xml[] = { "lt", "gt", "amp", "quot", "apos" };
	const htmlEntityDesc *h;
	char name[40], key[44];
	unsigned long cp;
	size_t j = i + 1, n;
	int hex;

	if (j < len && s[j] == '#') {
		hex = j + 1 < len && (s[j + 1] == 'x' || s[j + 1] == 'X');
		j += hex ? 2 : 1;
		for (n = j, cp = 0; j < len && j - n < 8 && (hex ?
		    strchr("0123456789abcdefABCDEF", s[j]) != NULL :
		    (s[j] >= '0' && s[j] <= '9')) && s[j] != '\0'; j++)
			cp = cp * (hex ? 16 : 10) + (unsigned long)(s[j] <= '9' ?
			    s[j] - '0' : (s[j] | 0x20) - 'a' + 10);
		if (j > n && j < len && s[j] == ';') {
			if (cp >= 0x80 && cp <= 0x9f)
				cp = feed_cp1252((unsigned)cp);
			if (cp == 0 || (cp < 0x20 && cp != 9 && cp != 10 &&
			    cp != 13) || cp > 0x10ffff ||
			    (cp >= 0xd800 && cp <= 0xdfff))
				cp = 0xfffd;
			buf_addf(out, "&#%lu;", cp);
			return j + 1;
		}
		buf_adds(out, "&amp;");
		return i + 1;
	}
	for (n = 0; j < len && n < sizeof(name) - 1 && ((s[j] >= 'a' &&
	    s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') || (n > 0 &&
	    ((s[j] >= '0' && s[j] <= '9') || s[j] == '_' || s[j] == '-' ||
	    s[j] == '.'))); j++)
		name[n++] = s[j];
	name[n] = '\0';
	if (n == 0 || j >= len || s[j] != ';') {
		buf_adds(out, "&amp;");
		return i + 1;
	}
	for (size_t k = 0; k < sizeof(xml) / sizeof(xml[0]); k++)
		if (!strcmp(name, xml[k])) {
			buf_add(out, s + i, j + 1 - i);
			return j + 1;
		}
	snprintf(key, sizeof(key), " %s ", name);
	if (names->len > 0 && memmem(names->data, names->len, key,
	    strlen(key)) != NULL)
		buf_add(out, s + i, j + 1 - i);
	else if ((h = htmlEntityLookup((const xmlChar *)name)) != NULL)
		buf_addf(out, "&#%u;", h->value);
	else {
		buf_adds(out, "&amp;");
		buf_add(out, s + i + 1, j - i);
	}
	return j + 1;
}

/*
 * The first '&', "<!" or "<?" in s[j, len), or len: tags and text are
 * copied as they are. Eight bytes at a time over blocks with neither '&'
 * nor '<' (a zero-byte test on the word xor each).
 */
static size_t
next_special(const char *s, size_t len, size_t j)
{
	uint64_t w;

	for (;;) {
		while (j + 8 <= len) {
			w = swar_load(s + j);
			if (swar_has(w, '&') | swar_has(w, '<'))
				break;
			j += 8;
		}
		while (j < len && s[j] != '&' && s[j] != '<')
			j++;
		if (j >= len || s[j] == '&' || (j + 1 < len &&
		    (s[j + 1] == '!' || s[j + 1] == '?')))
			return j;
		j++;
	}
}

void
feed_fix_entities(const char *s, size_t len, struct buf *out)
{
	struct buf names;
	size_t i = 0, j;

	buf_init(&names);
	buf_reset(out);
	buf_grow(out, len + 64);
	while (i < len) {
		j = next_special(s, len, i);
		buf_add(out, s + i, j - i);
		if ((i = j) >= len)
			break;
		if (s[i] == '&')
			i = entity(s, len, i, &names, out);
		else if (len - i >= 4 && !memcmp(s + i, "<!--", 4))
			i = copy_until(s, len, i, "-->", out);
		else if (len - i >= 9 && !memcmp(s + i, "<![CDATA[", 9))
			i = copy_until(s, len, i, "]]>", out);
		else if (len - i >= 9 && !strncasecmp(s + i, "<!DOCTYPE", 9))
			i = doctype(s, len, i, out, &names);
		else if (len - i >= 2 && s[i + 1] == '?')
			i = copy_until(s, len, i, "?>", out);
		else {
			buf_addc(out, '<');
			i++;
		}
	}
	buf_release(&names);
	if (out->data == NULL)
		buf_grow(out, 1);
	out->data[out->len] = '\0';
}

