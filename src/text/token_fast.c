/* SPDX-License-Identifier: MIT */
/*
 * The tokenizer's fast path (src/text/token_int.h). Most tokens of news
 * text are runs of ASCII letters and digits or of Cyrillic letters that
 * end at a space or at plain punctuation: such a run is scanned, folded
 * and listed here in one pass over its bytes. Whatever the rules of
 * include/text/token.h would treat otherwise (a URL, an e-mail address,
 * an elision, a ' - . or , that may join what follows, any other letter,
 * mark or format character, a word longer than TOK_FAST_MAX bytes) is
 * left to the general path in token.c, which stays the judge: the unit
 * tests check that both give the same tokens.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "text/fold.h"
#include "text/token.h"
#include "token_int.h"

/* Could the byte begin a letter or a digit? */
static bool
maybe_word(unsigned char b)
{
	return b >= 0x80 || fold_ascii_cls[b] == C_LETTER ||
	    fold_ascii_cls[b] == C_DIGIT;
}

/*
 * Does a word of letters and digits certainly end before j? ' - . ,
 * join what follows only when a letter or digit comes next (scan_word in
 * token.c), so they end it when the next byte cannot begin one.
 */
static bool
ends_at(const struct tk *t, size_t j)
{
	uint32_t	 cp;
	size_t		 n;

	if (j >= t->len)
		return true;
	switch (tk_cls_at(t, j, &cp, &n)) {
	case C_LETTER:
	case C_DIGIT:
	case C_MARK:
	case C_FORMAT:
		return false;
	case C_APOS:
	case C_HYPHEN:
	case C_DOT:
	case C_COMMA:
		return j + n >= t->len || !maybe_word(t->s[j + n]);
	default:
		return true;
	}
}

/*
 * Can the token at i (ASCII) be a URL or an e-mail address? (An elision
 * needs no test: its apostrophe comes before a letter, so ends_at sends
 * it to the general path.)
 */
static bool
not_plain(struct tk *t, size_t i)
{
	unsigned char	 b = t->s[i] | 0x20;

	if ((b == 'h' || b == 'f' || b == 'w') &&
	    fold_ascii_cls[t->s[i]] == C_LETTER && tk_url_scheme(t, i))
		return true;
	return t->has_at && tk_scan_email(t, i) > 0;
}

/*
 * Eight bytes at a time: how many of the 8 at s are ASCII letters and
 * digits (0 to 8), their lower case written to d (8 bytes are written).
 */
static size_t
ascii8(const unsigned char *s, char *d, bool *letter)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t	 k = 0x0101010101010101ULL, h = 0x80 * k;
	uint64_t	 x, v, lc, l, dg, stop, m;
	size_t		 n;

	memcpy(&x, s, 8);
	/* Per byte, below 0x80: v + (0x80 - lo) sets the high bit when
	   v >= lo, v + (0x7F - hi) when v > hi; no carry crosses bytes. */
	v = x & ~h;
	lc = v | 0x20 * k;
	l = (lc + (0x80 - 'a') * k) & ~(lc + (0x7F - 'z') * k) & h & ~x;
	dg = (v + (0x80 - '0') * k) & ~(v + (0x7F - '9') * k) & h & ~x;
	stop = ~(l | dg) & h;
	n = stop == 0 ? 8 : (size_t)__builtin_ctzll(stop) / 8;
	if (n == 0)
		return 0;
	m = n == 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * n)) - 1;
	x |= l >> 2;
	memcpy(d, &x, 8);
	*letter |= (l & m) != 0;
	return n;
#else
	(void)s;
	(void)d;
	(void)letter;
	return 0;
#endif
}

/*
 * Scans letters and digits from i, folded into d (at most TOK_FAST_MAX
 * bytes). Returns the end, or 0 if too long; *letter tells whether a
 * letter was seen, *k gets the folded length.
 */
static size_t
scan_fold(const struct tk *t, size_t i, char *d, size_t *k, bool *letter)
{
	const unsigned char	*s = t->s;
	size_t			 j = i, n = 0, n8, len = t->len;
	uint16_t		 pair;
	unsigned char		 b;

	while (j < len) {
		b = s[j];
		if (b < 0x80 && len - j >= 8) {
			if ((n8 = ascii8(s + j, d + n, letter)) == 0)
				break;
			if (n + n8 > TOK_FAST_MAX)
				return 0;
			n += n8;
			j += n8;
			if (n8 < 8 && s[j] < 0x80)
				break;	/* not a letter or digit */
			continue;
		}
		if (b < 0x80) {
			if ((b = fold_ascii_word[b]) == 0)
				break;
			if (n == TOK_FAST_MAX)
				return 0;
			*letter |= b > '9';
			d[n++] = (char)b;
			j++;
			continue;
		}
		if (b < 0xD0 || b > 0xD4 || j + 1 >= len ||
		    (s[j + 1] & 0xC0) != 0x80 ||
		    (pair = t->cyr[((b - 0xD0) << 6) | (s[j + 1] & 0x3F)]) == 0)
			break;
		if (n + 2 > TOK_FAST_MAX)
			return 0;
		d[n++] = (char)(pair >> 8);
		d[n++] = (char)(pair & 0xFF);
		*letter = true;
		j += 2;
	}
	*k = n;
	return j;
}

size_t
tk_fast_word(struct tk *t, size_t i)
{
	const unsigned char	*s = t->s;
	struct token		*tok;
	size_t			 j, k;
	uint32_t		 cp, lc;
	char			*d;
	bool			 letter = false, upper, lower;

	if (s[i] < 0x80 && not_plain(t, i))
		return 0;
	/* 8 bytes of slack: ascii8 writes 8 at a time. */
	d = fold_reserve(&t->fp, TOK_FAST_MAX + 9);
	if ((j = scan_fold(t, i, d, &k, &letter)) <= i || !ends_at(t, j))
		return 0;
	d[k] = '\0';
	if (s[i] < 0x80) {
		upper = s[i] >= 'A' && s[i] <= 'Z';
		lower = s[i] >= 'a' && s[i] <= 'z';
	} else {
		cp = ((uint32_t)(s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F);
		lc = fold_cyr_lower(cp);
		upper = lc != cp;
		lower = lc == cp;
	}
	tok = tk_next(t);
	tok->start = i;
	tok->end = j;
	tok->kind = letter ? TOK_WORD : TOK_NUMBER;
	tok->norm = d;
	tok->norm_len = k;
	fold_take(&t->fp, k + 1);
	tk_commit(t, upper, lower);
	return j;
}
