/* SPDX-License-Identifier: MIT */
/*
 * CDATA sections rewritten as character data before libxml2 parses a
 * feed (see feed_cdata_to_text in feed_int.h): libxml2 2.9 reads a CDATA
 * section a character at a time through xmlCurrentChar, character data
 * in runs, so the HTML of RSS descriptions, which feeds wrap in CDATA,
 * costs twice as much as the same HTML escaped. The scan is one pass
 * over the markup of a well-formed document; feed.c parses the original
 * whenever the rewrite turns out not to be well-formed.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "core/buf.h"
#include "core/swar.h"
#include "core/utf8.h"
#include "feed_int.h"

/* Puts a five-byte character reference ("&#60;") at o. */
static char *
put_ref(char *o, const char *ref)
{
	memcpy(o, ref, 5);
	return o + 5;
}

/*
 * Appends the n characters of a CDATA section (n > 0) as character data:
 * '<', '&', ']' and a leading '>' as references, the rest as it is (eight
 * plain ASCII bytes at a time). False, with out as it was, when they are
 * not all valid UTF-8 XML characters or hold a CR.
 */
static bool
cdata_text(const char *s, size_t n, struct buf *out)
{
	const unsigned char	*p = (const unsigned char *)s, *e = p + n;
	size_t			 k;
	uint32_t		 cp;
	uint64_t		 w;
	char			*o;

	buf_grow(out, 5 * n);
	o = out->data + out->len;
	if (*p == '>') {
		o = put_ref(o, "&#62;");
		p++;
	}
	while (p < e) {
		while (e - p >= 8) {
			w = swar_load(p);
			if (swar_high(w) | swar_below(w, 0x20) |
			    swar_has(w, '<') | swar_has(w, '&') |
			    swar_has(w, ']'))
				break;
			memcpy(o, p, 8);
			o += 8;
			p += 8;
		}
		if (p >= e)
			break;
		if (*p == '<')
			o = put_ref(o, "&#60;");
		else if (*p == '&')
			o = put_ref(o, "&#38;");
		else if (*p == ']')
			/* so that no "]]>" forms with the text around */
			o = put_ref(o, "&#93;");
		else if (*p >= 0x80) {
			k = utf8_decode(p, (size_t)(e - p), &cp);
			if (k == 0 || cp == 0xFFFE || cp == 0xFFFF) {
				out->data[out->len] = '\0';
				return false;
			}
			while (k-- > 0)
				*o++ = (char)*p++;
			continue;
		} else if (*p >= 0x20 || *p == '\t' || *p == '\n')
			*o++ = (char)*p;
		else {
			out->data[out->len] = '\0';
			return false;
		}
		p++;
	}
	out->len = (size_t)(o - out->data);
	out->data[out->len] = '\0';
	return true;
}

/*
 * The '>' ending the start tag whose name starts at i, quoted attribute
 * values skipped, or len; *empty is set for "/>".
 */
static size_t
tag_end(const char *s, size_t len, size_t i, bool *empty)
{
	const char	*gt, *q;

	for (;;) {
		if ((gt = memchr(s + i, '>', len - i)) == NULL)
			return len;
		/* A quote before the '>' opens a value that may hold one. */
		for (q = s + i; q < gt && *q != '"' && *q != '\''; q++)
			;
		if (q == gt) {
			*empty = gt[-1] == '/';
			return (size_t)(gt - s);
		}
		if ((q = memchr(q + 1, *q, len - (size_t)(q + 1 - s))) ==
		    NULL)
			return len;
		i = (size_t)(q - s) + 1;
	}
}

size_t
feed_cdata_to_text(const char *s, size_t len, struct buf *out)
{
	const char *lt, *e, *c;
	size_t i = 0, from = 0, n = 0;
	long depth = 0;
	bool empty;

	buf_reset(out);
	while (i < len && (lt = memchr(s + i, '<', len - i)) != NULL) {
		i = (size_t)(lt - s);
		if (i + 1 >= len)
			break;
		if (s[i + 1] == '?') {
			e = feed_find_term(s, len, i + 2, "?>", 2);
			if (e == NULL)
				break;
			i = (size_t)(e - s) + 2;
		} else if (len - i >= 4 && !memcmp(s + i, "<!--", 4)) {
			e = feed_find_term(s, len, i + 4, "-->", 3);
			if (e == NULL)
				break;
			i = (size_t)(e - s) + 3;
		} else if (len - i >= 9 && !memcmp(s + i, "<![CDATA[", 9)) {
			e = feed_find_term(s, len, i + 9, "]]>", 3);
			if (e == NULL)
				break;
			c = s + i + 9;
			if (depth > 0 && e > c) {
				if (n == 0)
					buf_grow(out, len + len / 4);
				buf_add(out, s + from, i - from);
				from = i;
				if (cdata_text(c, (size_t)(e - c), out)) {
					from = (size_t)(e - s) + 3;
					n++;
				}
			}
			i = (size_t)(e - s) + 3;
		} else if (s[i + 1] == '!')
			break;		/* a DOCTYPE, or not well-formed */
		else if (s[i + 1] == '/') {
			if ((e = memchr(s + i, '>', len - i)) == NULL)
				break;
			depth--;
			i = (size_t)(e - s) + 1;
		} else {
			empty = false;
			if ((i = tag_end(s, len, i + 1, &empty)) >= len)
				break;
			depth += !empty;
			i++;
		}
	}
	if (n > 0)
		buf_add(out, s + from, len - from);
	else
		buf_reset(out);
	return n;
}

