/* SPDX-License-Identifier: MIT */
/*
 * Internal to the tokenizer's fast path (token_fast.c, which lists plain
 * words as tokens; termize_uni.c, which looks them up as they are cut):
 * scanning and folding a plain word of ASCII letters and digits and
 * Cyrillic letters, and telling whether the rules certainly end it
 * there. Inline, so that each caller's loop keeps the word in registers.
 *
 * Where the compiler has SSE2, a word is read 16 bytes at a time: ASCII
 * letters and digits classified and folded as one vector, and the basic
 * Russian alphabet (U+0400-U+045F) as eight two-byte lanes, decoded,
 * lowercased and encoded again; the rest of the Cyrillic block goes a
 * letter at a time by the table. The plain C path (tok_text_portable)
 * reads ASCII eight bytes at a time by SWAR and Cyrillic by the table;
 * the tests check it too.
 */
#ifndef NF_TEXT_TOKEN_SCAN_H
#define NF_TEXT_TOKEN_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "text/fold.h"
#include "token_int.h"

/* Could the byte begin a letter or a digit? */
static inline bool
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
static inline bool
ends_at(const struct tk *t, size_t j)
{
	uint32_t	 cp;
	size_t		 n;

	if (j >= t->len || t->s[j] == ' ')
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

/* Can a URL begin at i (an ASCII letter)? http:// ftp:// www. */
static inline bool
tk_maybe_url(const struct tk *t, size_t i)
{
	unsigned char	 b = t->s[i] | 0x20, b2;

	if (b != 'h' && b != 'f' && b != 'w')
		return false;
	/* A t or a w second, first. */
	b2 = i + 1 < t->len ? t->s[i + 1] | 0x20 : 0;
	return ((b != 'w' && b2 == 't') || (b == 'w' && b2 == 'w')) &&
	    fold_ascii_cls[t->s[i]] == C_LETTER && tk_url_scheme(t, i);
}

/*
 * Eight bytes at a time: how many of the 8 at s are ASCII letters and
 * digits (0 to 8), their lower case written to d (8 bytes are written).
 */
static inline size_t
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
 * letter was seen, *k gets the folded length. In plain C.
 */
static inline size_t
scan_fold_portable(const struct tk *t, size_t i, char *d, size_t *k,
    bool *letter)
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

#ifdef __SSE2__
/*
 * The ASCII letters and digits the 16 bytes at s begin with: their
 * number (0 to 16), their lower case written to d (16 bytes are
 * written); *letter is set if a letter is among them.
 */
static inline size_t
ascii16(const unsigned char *s, char *d, bool *letter, __m128i *out)
{
	const __m128i	 v = _mm_loadu_si128((const __m128i *)(const void *)s);
	const __m128i	 lc = _mm_or_si128(v, _mm_set1_epi8(0x20));
	/* Shifted so that a-z (0-9) become the lowest signed bytes. */
	const __m128i	 l = _mm_cmplt_epi8(_mm_add_epi8(lc,
	    _mm_set1_epi8((char)(0x80 - 'a'))), _mm_set1_epi8(-128 + 26));
	const __m128i	 dg = _mm_cmplt_epi8(_mm_add_epi8(v,
	    _mm_set1_epi8((char)(0x80 - '0'))), _mm_set1_epi8(-128 + 10));
	unsigned	 m, n;

	m = (unsigned)_mm_movemask_epi8(_mm_or_si128(l, dg));
	n = (unsigned)__builtin_ctz(~m | 0x10000);
	*out = _mm_or_si128(v, _mm_and_si128(l, _mm_set1_epi8(0x20)));
	_mm_storeu_si128((__m128i *)(void *)d, *out);
	*letter |= ((unsigned)_mm_movemask_epi8(l) & ((1u << n) - 1)) != 0;
	return n;
}

/*
 * The letters U+0400-U+045F the 16 bytes at s begin with, as eight
 * two-byte lanes: how many bytes (an even number, 0 to 16), their lower
 * case written to d (16 bytes are written).
 */
static inline size_t
cyr16(const unsigned char *s, char *d, __m128i *out)
{
	const __m128i	 v = _mm_loadu_si128((const __m128i *)(const void *)s);
	/* Lead byte low, continuation high: 110xxxxx 10xxxxxx. */
	const __m128i	 shape = _mm_cmpeq_epi16(_mm_and_si128(v,
	    _mm_set1_epi16((short)0xC0E0)), _mm_set1_epi16((short)0x80C0));
	const __m128i	 cp = _mm_or_si128(_mm_slli_epi16(_mm_and_si128(v,
	    _mm_set1_epi16(0x1F)), 6), _mm_and_si128(_mm_srli_epi16(v, 8),
	    _mm_set1_epi16(0x3F)));
	const __m128i	 ok = _mm_and_si128(shape, _mm_and_si128(
	    _mm_cmpgt_epi16(cp, _mm_set1_epi16(0x3FF)),
	    _mm_cmplt_epi16(cp, _mm_set1_epi16(0x460))));
	/* А-Я (U+0410-U+042F) + 0x20, Ѐ-Џ (U+0400-U+040F) + 0x50. */
	const __m128i	 up = _mm_and_si128(_mm_cmpgt_epi16(cp,
	    _mm_set1_epi16(0x40F)), _mm_cmplt_epi16(cp, _mm_set1_epi16(0x430)));
	const __m128i	 up0 = _mm_cmplt_epi16(cp, _mm_set1_epi16(0x410));
	const __m128i	 lc = _mm_add_epi16(cp, _mm_or_si128(_mm_and_si128(up,
	    _mm_set1_epi16(0x20)), _mm_and_si128(up0, _mm_set1_epi16(0x50))));
	unsigned	 m;

	*out = _mm_or_si128(_mm_set1_epi16((short)0x80C0), _mm_or_si128(
	    _mm_srli_epi16(lc, 6), _mm_slli_epi16(_mm_and_si128(lc,
	    _mm_set1_epi16(0x3F)), 8)));
	_mm_storeu_si128((__m128i *)(void *)d, *out);
	m = (unsigned)_mm_movemask_epi8(ok);
	return (size_t)__builtin_ctz(~m | 0x10000) & ~(size_t)1;
}

/*
 * scan_fold_portable by 16-byte vectors: the same result. The last 15
 * bytes of the text are read from a copy padded with NULs, which end
 * every word.
 */
static inline size_t
scan_fold_sse2(const struct tk *t, size_t i, char *d, size_t *k,
    bool *letter)
{
	const unsigned char	*s = t->s, *p, *end = t->s + t->len;
	unsigned char		 tail[32], b;
	size_t			 j = i, n = 0, m;
	uint16_t		 pair;
	__m128i			 f;

	for (;;) {
		p = s + j;
		if (end - p < 16) {
			memset(tail, 0, sizeof(tail));
			memcpy(tail, p, (size_t)(end - p));
			p = tail;
		}
		b = p[0];
		if (b < 0x80) {
			if ((m = ascii16(p, d + n, letter, &f)) == 0)
				break;
		} else if ((b == 0xD0 || b == 0xD1) &&
		    (m = cyr16(p, d + n, &f)) > 0)
			*letter = true;
		else {
			/* The rest of the block, a letter at a time. */
			if (b < 0xD0 || b > 0xD4 || (p[1] & 0xC0) != 0x80 ||
			    (pair = t->cyr[((b - 0xD0) << 6) |
			    (p[1] & 0x3F)]) == 0)
				break;
			d[n] = (char)(pair >> 8);
			d[n + 1] = (char)(pair & 0xFF);
			*letter = true;
			m = 2;
		}
		if ((n += m) > TOK_FAST_MAX)
			return 0;
		j += m;
		if (m < 16 && p[m] < 0x80 && fold_ascii_word[p[m]] == 0)
			break;
	}
	*k = n;
	return j;
}
#endif

/*
 * The fast scan, by SSE2 unless the caller asked for plain C. A word
 * that one vector holds, ASCII or Cyrillic, and that the next byte ends
 * (not a letter or digit of the other script) is done here; longer and
 * mixed ones, and those in the text's last 15 bytes, by scan_fold_sse2.
 */
static inline size_t
scan_fold(const struct tk *t, size_t i, char *d, size_t *k, bool *letter)
{
#ifdef __SSE2__
	const unsigned char	*p = t->s + i;
	size_t			 m;
	__m128i			 f;

	if (!t->simd)
		return scan_fold_portable(t, i, d, k, letter);
	if (t->len - i >= 16) {
		if (p[0] < 0x80) {
			if ((m = ascii16(p, d, letter, &f)) < 16 &&
			    p[m] < 0x80) {
				*k = m;
				return i + m;
			}
		} else if ((m = cyr16(p, d, &f)) > 0 && m < 16 &&
		    p[m] < 0x80 && fold_ascii_word[p[m]] == 0) {
			*letter = true;
			*k = m;
			return i + m;
		}
		*letter = false;
	}
	return scan_fold_sse2(t, i, d, k, letter);
#else
	return scan_fold_portable(t, i, d, k, letter);
#endif
}

#endif
