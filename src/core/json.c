/* SPDX-License-Identifier: MIT */
/*
 * Writing JSON strings by hand: escaping is a few lines and much faster
 * than building a library tree. Control characters become \uXXXX (\n, \t,
 * \r, \", \\ short forms); invalid UTF-8 becomes U+FFFD.
 */
#include <stdint.h>
#include <string.h>

#include "core/buf.h"
#include "core/json.h"
#include "core/swar.h"
#include "core/utf8.h"

/*
 * The end of the run from p that goes out as it is: printable ASCII but
 * '"' and '\\' (eight bytes at a time), and valid UTF-8 sequences.
 */
static const unsigned char *
plain_run(const unsigned char *p, const unsigned char *end)
{
	uint64_t	 w;
	size_t		 n;

	for (;;) {
		while (end - p >= 8) {
			w = swar_load(p);
			if (swar_high(w) | swar_below(w, 0x20) |
			    swar_has(w, '"') | swar_has(w, '\\'))
				break;
			p += 8;
		}
		while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' &&
		    *p != '\\')
			p++;
		if (p < end && *p >= 0x80 &&
		    (n = utf8_valid_prefix(p, (size_t)(end - p))) > 0) {
			p += n;
			continue;
		}
		return p;
	}
}

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
		p = plain_run(p, end);
		buf_add(b, run, (size_t)(p - run));
		if (p >= end)
			break;
		if (*p >= 0x80) {
			/* not valid UTF-8 */
			buf_adds(b, "\xef\xbf\xbd");
			p++;
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
