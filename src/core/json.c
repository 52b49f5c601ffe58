/* SPDX-License-Identifier: MIT */
/*
 * Writing JSON strings by hand: escaping is a few lines and much faster
 * than building a library tree. Control characters become \uXXXX (\n, \t,
 * \r, \", \\ short forms); invalid UTF-8 becomes U+FFFD.
 */
#include <string.h>

#include "core/buf.h"
#include "core/json.h"
#include "core/utf8.h"

void
json_string(struct buf *b, const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	const unsigned char	*end = p + len;
	const unsigned char	*run;
	static const char	 hex[] = "0123456789abcdef";

	buf_grow(b, len + 2);
	buf_addc(b, '"');
	while (p < end) {
		run = p;
		while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' &&
		    *p != '\\')
			p++;
		buf_add(b, run, (size_t)(p - run));
		if (p >= end)
			break;
		if (*p >= 0x80) {
			size_t n = utf8_valid_prefix(p, (size_t)(end - p));

			if (n > 0) {
				buf_add(b, p, n);
				p += n;
			} else {
				buf_adds(b, "\xef\xbf\xbd");
				p++;
			}
			continue;
		}
		switch (*p) {
		case '"':
			buf_adds(b, "\\\"");
			break;
		case '\\':
			buf_adds(b, "\\\\");
			break;
		case '\n':
			buf_adds(b, "\\n");
			break;
		case '\t':
			buf_adds(b, "\\t");
			break;
		case '\r':
			buf_adds(b, "\\r");
			break;
		default:
			buf_adds(b, "\\u00");
			buf_addc(b, hex[*p >> 4]);
			buf_addc(b, hex[*p & 15]);
		}
		p++;
	}
	buf_addc(b, '"');
}

void
json_key(struct buf *b, const char *key)
{
	json_string(b, key, strlen(key));
	buf_addc(b, ':');
}
