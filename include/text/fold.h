/* SPDX-License-Identifier: MIT */
/*
 * The tokenizer's view of Unicode (src/text/fold.c, the one module
 * including utf8proc): a class per code point and normal forms (NFKC,
 * case fold, ’ to ', ‐ to -) made into a bump pool in an arena. Strings
 * it returns live in the pool's arena.
 */
#ifndef NF_TEXT_FOLD_H
#define NF_TEXT_FOLD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct arena;

/* What a code point is to the tokenizer. */
enum cls {
	C_OTHER, C_SPACE, C_NL, C_LETTER, C_MARK, C_DIGIT, C_IDEO, C_FORMAT,
	C_APOS, C_HYPHEN, C_DOT, C_COMMA, C_TERM, C_AT, C_HASH, C_UNDER,
};

/* How a token's normal form is made: the cheapest way that is exact. */
enum fold {
	F_ASCII,	/* all ASCII: lowercase bytes */
	F_SIMPLE,	/* ASCII and Cyrillic letters: per code point tolower */
	F_FULL,		/* anything else: NFKC + case fold by utf8proc */
};

/* Where normal forms go: chunks of `chunk` bytes (0: exact sizes) bumped
   out of a, and a scratch buffer of code points (grown in a). Every
   chunk ends in FOLD_SLACK more bytes, so that a string of the pool can
   be read FOLD_SLACK bytes from its start whatever its length (what
   follows its NUL is unspecified). */
#define FOLD_SLACK	24

struct fold_pool {
	struct arena	*a;
	char		*pool;
	size_t		 left;
	size_t		 chunk;
	int32_t		*scratch;
	size_t		 scratch_cap;
};

/* cls_of of each ASCII byte, for the tokenizer's inner loop. */
extern const unsigned char	fold_ascii_cls[128];
/* Each ASCII letter's lower case and each digit itself; 0 for the rest. */
extern const unsigned char	fold_ascii_word[128];

enum cls	cls_of(uint32_t cp);
/* Upper/title case letter; lower case letter. */
bool		cls_upper(uint32_t cp);
bool		cls_lower(uint32_t cp);
/* The fold level a code point needs. */
enum fold	fold_level(uint32_t cp);

/*
 * The lower case of a Cyrillic letter (U+0400-U+052F), by the block's
 * layout; other code points are returned as they are. Every letter of
 * the block is upper case exactly when this changes it (unit-tested
 * against utf8proc).
 */
static inline uint32_t
fold_cyr_lower(uint32_t c)
{
	if (c >= 0x400 && c <= 0x40F)
		return c + 0x50;
	if (c >= 0x410 && c <= 0x42F)
		return c + 0x20;
	if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) ||
	    (c >= 0x4D0 && c <= 0x52F))
		return c % 2 == 0 ? c + 1 : c;
	if (c == 0x4C0)
		return 0x4CF;
	if (c >= 0x4C1 && c <= 0x4CE)
		return c % 2 == 1 ? c + 1 : c;
	return c;
}

/*
 * Cyrillic letters U+0400-U+052F as the tokenizer's fast path reads them:
 * indexed by ((lead - 0xD0) << 6) | (second & 0x3F) of their two UTF-8
 * bytes, the two bytes of the lower case (first byte high), or 0 for
 * U+0482-U+0489 and U+0530-U+053F, which are not letters. Built once.
 */
const uint16_t	*fold_cyr_pairs(void);

/*
 * At least n bytes of the pool, not taken: the caller writes there and
 * then takes what it used with fold_take (nothing else may come from the
 * pool in between).
 */
char	*fold_reserve(struct fold_pool *, size_t n);
void	 fold_take(struct fold_pool *, size_t n);

/*
 * The normal form of s[0..len) at level f into *out (NUL-terminated, in
 * the pool); returns its length. At F_ASCII only the first upto bytes are
 * lowercased (URLs keep their path).
 */
size_t	fold_span(struct fold_pool *, enum fold f, const char *s, size_t len,
	    size_t upto, char **out);

/* s in Unicode NFC (for record strings): s itself when unchanged, else a
   copy in a. NULL gives NULL; invalid UTF-8 is returned as it is. */
const char	*fold_nfc(const char *s, struct arena *a);

#endif
