/* SPDX-License-Identifier: MIT */
/*
 * Bytes in any charset to UTF-8 text (iconv and uchardet live here and
 * nowhere else). The charset is chosen in this order: a byte order mark;
 * a declaration in the first 4 KB (the first <meta charset> or <meta
 * http-equiv="Content-Type">, else <?xml encoding?>); the transport's
 * (HTTP) charset; detection by uchardet when nothing is declared or the
 * declaration is provably wrong (declared UTF-8 but invalid; declared a
 * legacy charset but the bytes are multi-byte UTF-8). Bytes that are
 * UTF-8 but for a few stray invalid ones (eight valid multi-byte
 * sequences or more per invalid byte) count as UTF-8. uchardet's MacCyrillic
 * verdict is taken as windows-1251, the charset such pages really use.
 * Invalid sequences become U+FFFD and are counted; NUL bytes too.
 */
#ifndef NF_INGEST_CHARSET_H
#define NF_INGEST_CHARSET_H

#include <stddef.h>

struct buf;

struct charset_info {
	const char	*charset;	/* iconv name used, static */
	const char	*from;		/* "bom", "meta", "xml", "transport",
					   "detected", "utf-8" (valid, none
					   declared) */
	size_t		 replaced;	/* invalid sequences -> U+FFFD */
};

/*
 * Converts len bytes at p to UTF-8 in out (reset first, NUL-terminated,
 * without BOM). transport may be NULL. Returns 0; -1 only when no
 * converter exists (info->charset names it).
 */
int	charset_to_utf8(const unsigned char *p, size_t len,
	    const char *transport, struct buf *out, struct charset_info *info);

/*
 * The charset declared in the first 4 KB, as a canonical iconv name, or
 * NULL; *where is set to "meta" or "xml". For tests and sniffing.
 */
const char *charset_declared(const unsigned char *p, size_t len,
	    const char **where);

/* uchardet's guess as a canonical iconv name (never NULL). */
const char *charset_detect(const unsigned char *p, size_t len);

/* A label ("latin1", "x-mac-cyrillic", "utf8") as an iconv name, or NULL
   when iconv does not know it. Static string. */
const char *charset_canonical(const char *label);

/*
 * Converters and the detector are kept per thread; a worker thread calls
 * this before it ends to free its own.
 */
void	charset_thread_release(void);

#endif
