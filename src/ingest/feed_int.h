/* SPDX-License-Identifier: MIT */
/*
 * Internal to the XML feed reader (feed*.c): the byte-level preparation
 * that runs before libxml2 sees a feed. Not part of the ingest interface.
 */
#ifndef NF_INGEST_FEED_INT_H
#define NF_INGEST_FEED_INT_H

#include <stddef.h>

struct arena;
struct buf;

/*
 * Converts the feed bytes to UTF-8 (BOM, then the XML declaration, then
 * the transport's charset, then UTF-8 when valid, else windows-1252, as
 * feed readers do) into out. *enc is set to the charset used (static).
 */
void	feed_to_utf8(const unsigned char *p, size_t len, const char *charset,
	    struct buf *out, const char **enc);

/*
 * Rewrites UTF-8 XML in place of in into out so that libxml2 never meets
 * an undeclared entity: HTML named entities become numeric references,
 * unknown names and bare '&' become "&amp;", references to C1 controls
 * become their windows-1252 characters. CDATA, comments and the DOCTYPE
 * are copied as they are.
 */
void	feed_fix_entities(const char *in, size_t len, struct buf *out);

/*
 * Rewrites the CDATA sections in element content of the len bytes of
 * UTF-8 XML at s as character data into out, '<', '&', ']' and a leading
 * '>' as character references: libxml2 reads CDATA a character at a time
 * and character data in runs, at half the cost. Only sections of valid
 * XML characters without CR, not empty, are rewritten; the scan follows
 * the markup as a well-formed document has it and stops at a DOCTYPE or
 * any other "<!". Returns the number of sections rewritten; with 0, out
 * is empty. When the result is well-formed XML it parses to the same
 * tree as s, text nodes holding the same characters; when it is not, s
 * must be parsed instead, since libxml2 recovers differently (entity
 * references after an error are dropped, for one).
 */
size_t	feed_cdata_to_text(const char *s, size_t len, struct buf *out);

/*
 * The first term (n bytes) in s[i, len), or NULL: memchr for its first
 * byte, which is rare where it is looked for (']' in CDATA, '-' in
 * comments, '?' in instructions), is faster than memmem.
 */
const char *feed_find_term(const char *s, size_t len, size_t i,
	    const char *term, size_t n);

/* The windows-1252 character for byte b (0x80-0x9f), or b itself. */
unsigned	feed_cp1252(unsigned b);

/*
 * A feed's date string normalized (date_parse after feed readers' usual
 * repairs; a time without a zone is UTC). Result in a, or NULL.
 */
const char *feed_date(const char *s, struct arena *a);

#endif
