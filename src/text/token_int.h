/* SPDX-License-Identifier: MIT */
/*
 * Internal to the tokenizer (token.c, the general path; token_fast.c,
 * the fast path for plain words; termize_uni.c, which cuts plain words
 * itself and steps the general path for the rest): the scanner's state
 * and the helpers they share. Not part of the text interface
 * (text/token.h).
 */
#ifndef NF_TEXT_TOKEN_INT_H
#define NF_TEXT_TOKEN_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/utf8.h"
#include "text/fold.h"
#include "text/token.h"

/* Longest word the fast path folds (bytes); longer ones go the general
   way. */
#define TOK_FAST_MAX	128

_Static_assert(FOLD_SLACK >= TOK_NORM_READABLE, "norms are read past them");

enum brk {
	BRK_NONE,
	BRK_DOT,	/* . or …: breaks unless the next word is lower case */
	BRK_HARD,	/* ! ? 。 or a blank line */
};

struct tk {
	const unsigned char	*s;
	size_t			 len;
	struct arena		*a;
	struct fold_pool	 fp;
	struct tokens		*out;
	size_t			 cap;
	size_t			 cap_hint;	/* first token array size */
	const uint16_t		*cyr;		/* fold_cyr_pairs() */
	bool			 has_at;	/* text holds an '@' */
	bool			 fast;		/* try the fast path */
	bool			 simd;		/* by SSE2 where built with it */
	unsigned		 sent;
	enum brk		 brk;
};

/* Class of the code point at byte i; *n gets its length (1 if invalid). */
static inline enum cls
tk_cls_at(const struct tk *t, size_t i, uint32_t *cp, size_t *n)
{
	if (i >= t->len) {
		*n = 0;
		*cp = 0;
		return C_SPACE;
	}
	if (t->s[i] < 0x80) {
		*n = 1;
		*cp = t->s[i];
		return (enum cls)fold_ascii_cls[t->s[i]];
	}
	/* Two-byte sequences (Cyrillic, Greek, Latin accents) inline. */
	if (t->s[i] >= 0xC2 && t->s[i] <= 0xDF && i + 1 < t->len &&
	    (t->s[i + 1] & 0xC0) == 0x80) {
		*n = 2;
		*cp = ((uint32_t)(t->s[i] & 0x1F) << 6) | (t->s[i + 1] & 0x3F);
		if ((*cp >= 0x0400 && *cp <= 0x0481) ||
		    (*cp >= 0x048A && *cp <= 0x052F))
			return C_LETTER;
		return cls_of(*cp);
	}
	if ((*n = utf8_decode(t->s + i, t->len - i, cp)) == 0) {
		*n = 1;
		return C_OTHER;
	}
	return cls_of(*cp);
}

/*
 * The token being made: the next slot of the array, listed by tk_commit
 * once its span, kind and norm are set, with the sentence break its
 * first letter takes (upper, lower: the case of that letter).
 */
void	tk_grow(struct tk *);

static inline void
tk_commit(struct tk *t, bool upper, bool lower)
{
	struct token	*tok = &t->out->v[t->out->n];

	if (t->brk != BRK_NONE) {
		if (t->out->n > 0 && (t->brk == BRK_HARD || !lower))
			t->sent++;
		t->brk = BRK_NONE;
	}
	tok->sentence = t->sent;
	tok->upper = upper;
	t->out->n++;
}

static inline struct token *
tk_next(struct tk *t)
{
	if (t->out->n == t->cap)
		tk_grow(t);
	return &t->out->v[t->out->n];
}

/* Does a URL scheme (http://, https://, ftp://, www.) start at i? */
bool	tk_url_scheme(const struct tk *, size_t i);
/* Length of an e-mail address at i, or 0. */
size_t	tk_scan_email(const struct tk *, size_t i);

/* Code points of the scratch buffer folding starts with. */
#define TK_SCRATCH	256

/*
 * Starts t on text[0..len): tokens into out (emptied), norms and the
 * token array in a, scratch (TK_SCRATCH code points) for folding. The
 * fast path is off; has_at is true (set it false only when the text
 * holds no '@': it saves looking for e-mail addresses).
 */
void	tk_begin(struct tk *, const char *text, size_t len, struct arena *a,
	    struct tokens *out, int32_t *scratch);
/*
 * The general path at i: the token starting there listed (at most one),
 * or the space or punctuation there passed. Returns where to go on.
 */
size_t	tk_step(struct tk *, size_t i);

/*
 * The fast path from i: spaces skipped and words or numbers of ASCII
 * letters and digits and Cyrillic letters that end where the rules
 * certainly end them listed, up to the first byte the general path must
 * read (returned; t->len at the end).
 */
size_t	tk_fast_run(struct tk *, size_t i);

#endif
