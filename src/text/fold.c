/* SPDX-License-Identifier: MIT */
/*
 * Character classes and normal forms for the tokenizer (text/fold.h):
 * the one module including utf8proc. Classes come from a switch for
 * ASCII and from the Unicode general category otherwise; normal forms are
 * made the cheapest exact way (fold levels), into a bump pool in an arena.
 * NFC for the strings ingest writes into records lives here too.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "core/arena.h"
#include "core/swar.h"
#include "core/utf8.h"
#include "text/fold.h"
#include "text/token.h"

#define FOLD_OPTS	(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT \
			 | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE)

#define L	C_LETTER
#define D	C_DIGIT
#define O	C_OTHER
#define S	C_SPACE
const unsigned char fold_ascii_cls[128] = {
	O, O, O, O, O, O, O, O, O, S, C_NL, S, S, S, O, O,
	O, O, O, O, O, O, O, O, O, O, O, O, O, O, O, O,
	S, C_TERM, O, C_HASH, O, O, O, C_APOS,
	O, O, O, O, C_COMMA, C_HYPHEN, C_DOT, O,
	D, D, D, D, D, D, D, D, D, D, O, O, O, O, O, C_TERM,
	C_AT, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
	L, L, L, L, L, L, L, L, L, L, L, O, O, O, O, C_UNDER,
	O, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
	L, L, L, L, L, L, L, L, L, L, L, O, O, O, O, O,
};
#undef L
#undef D
#undef O
#undef S

const unsigned char fold_ascii_word[128] = {
	['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
	['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
#define LC(c)	[c] = c, [c - 0x20] = c
	LC('a'), LC('b'), LC('c'), LC('d'), LC('e'), LC('f'), LC('g'),
	LC('h'), LC('i'), LC('j'), LC('k'), LC('l'), LC('m'), LC('n'),
	LC('o'), LC('p'), LC('q'), LC('r'), LC('s'), LC('t'), LC('u'),
	LC('v'), LC('w'), LC('x'), LC('y'), LC('z'),
#undef LC
};

static enum cls
ascii_cls(unsigned c)
{
	if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
		return C_LETTER;
	if (c >= '0' && c <= '9')
		return C_DIGIT;
	switch (c) {
	case ' ': case '\t': case '\r': case '\f': case '\v':
		return C_SPACE;
	case '\n':
		return C_NL;
	case '\'':
		return C_APOS;
	case '-':
		return C_HYPHEN;
	case '.':
		return C_DOT;
	case ',':
		return C_COMMA;
	case '!': case '?':
		return C_TERM;
	case '@':
		return C_AT;
	case '#':
		return C_HASH;
	case '_':
		return C_UNDER;
	}
	return C_OTHER;
}

static bool
is_ideograph(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) ||
	    (cp >= 0x3400 && cp <= 0x4DBF) ||
	    (cp >= 0xF900 && cp <= 0xFAFF) ||
	    (cp >= 0x20000 && cp <= 0x3134F);
}

enum cls
cls_of(uint32_t cp)
{
	if (cp < 0x80)
		return ascii_cls(cp);
	switch (cp) {
	case 0x2019: case 0x02BC:
		return C_APOS;
	case 0x2010: case 0x2011:
		return C_HYPHEN;
	case 0x2026:
		return C_DOT;
	case 0x3002: case 0xFF01: case 0xFF1F: case 0x203C: case 0x2047:
	case 0x2048: case 0x2049: case 0x061F: case 0x0964:
		return C_TERM;
	case 0x0085: case 0x2028: case 0x2029:
		return C_NL;
	}
	if ((cp >= 0x0400 && cp <= 0x0481) || (cp >= 0x048A && cp <= 0x052F))
		return C_LETTER;	/* Cyrillic, the common case */
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
		return C_LETTER;
	case UTF8PROC_CATEGORY_LO:
		return is_ideograph(cp) ? C_IDEO : C_LETTER;
	case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		return C_MARK;
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return C_DIGIT;
	case UTF8PROC_CATEGORY_ZS:
		return C_SPACE;
	case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
		return C_NL;
	case UTF8PROC_CATEGORY_CF:
		return C_FORMAT;
	default:
		return C_OTHER;
	}
}

static bool
cyr_letter(uint32_t c)
{
	return (c >= 0x400 && c <= 0x481) || (c >= 0x48A && c <= 0x52F);
}

static uint16_t		 cyr_pairs[5 * 64];
static pthread_once_t	 cyr_once = PTHREAD_ONCE_INIT;

static void
cyr_build(void)
{
	uint32_t	 cp, lc;

	for (cp = 0x400; cp < 0x540; cp++) {
		if ((cp >= 0x482 && cp <= 0x489) || cp > 0x52F)
			continue;
		lc = fold_cyr_lower(cp);
		cyr_pairs[cp - 0x400] = (uint16_t)(((0xC0 | (lc >> 6)) << 8) |
		    (0x80 | (lc & 0x3F)));
	}
}

const uint16_t *
fold_cyr_pairs(void)
{
	pthread_once(&cyr_once, cyr_build);
	return cyr_pairs;
}

bool
cls_upper(uint32_t cp)
{
	utf8proc_category_t	 c;

	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	if (cyr_letter(cp))
		return fold_cyr_lower(cp) != cp;
	c = utf8proc_category((utf8proc_int32_t)cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool
cls_lower(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	if (cyr_letter(cp))
		return fold_cyr_lower(cp) == cp;
	return utf8proc_category((utf8proc_int32_t)cp) ==
	    UTF8PROC_CATEGORY_LL;
}

char *
fold_reserve(struct fold_pool *t, size_t n)
{
	if (n > t->left) {
		t->left = n > t->chunk ? n : t->chunk;
		t->pool = arena_alloc(t->a, t->left + FOLD_SLACK);
	}
	return t->pool;
}

void
fold_take(struct fold_pool *t, size_t n)
{
	t->pool += n;
	t->left -= n;
}

static char *
pool_alloc(struct fold_pool *t, size_t n)
{
	char	*p = fold_reserve(t, n);

	fold_take(t, n);
	return p;
}

static utf8proc_int32_t
fold_custom(utf8proc_int32_t cp, void *data)
{
	(void)data;
	if (cp == 0x2019 || cp == 0x02BC)
		return '\'';
	if (cp == 0x2010 || cp == 0x2011)
		return '-';
	return cp;
}

/* NFKC + case fold of s[0..len) into the pool; returns the length. */
static size_t
fold_full(struct fold_pool *t, const unsigned char *s, size_t len, char **out)
{
	utf8proc_ssize_t	 r;

	for (;;) {
		r = utf8proc_decompose_custom(s, (utf8proc_ssize_t)len,
		    t->scratch, (utf8proc_ssize_t)t->scratch_cap, FOLD_OPTS,
		    fold_custom, NULL);
		if (r < 0 || (size_t)r <= t->scratch_cap)
			break;
		t->scratch_cap = (size_t)r * 2;
		t->scratch = arena_alloc(t->a,
		    t->scratch_cap * sizeof(int32_t));
	}
	if (r < 0) {
		/* Not reached for spans the scanner made; copy as is. */
		*out = pool_alloc(t, len + 1);
		memcpy(*out, s, len);
		(*out)[len] = '\0';
		return len;
	}
	r = utf8proc_reencode(t->scratch, r, FOLD_OPTS);
	if (r < 0)
		r = 0;
	*out = pool_alloc(t, (size_t)r + 1);
	memcpy(*out, t->scratch, (size_t)r);
	(*out)[r] = '\0';
	return (size_t)r;
}

/*
 * Cyrillic letters (U+0400-U+052F) are NFKC-stable and fold to their
 * single lower-case code point (the unit test checks the whole block).
 */
enum fold
fold_level(uint32_t cp)
{
	if (cp < 0x80)
		return F_ASCII;
	return cp >= 0x400 && cp <= 0x52F ? F_SIMPLE : F_FULL;
}

static size_t
fold_simple(struct fold_pool *t, const unsigned char *s, size_t len, char **out)
{
	char		*p = pool_alloc(t, len + 1);
	size_t		 i = 0, j = 0, n;
	uint32_t	 cp;

	while (i < len) {
		if (s[i] < 0x80) {
			p[j++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ?
			    s[i] | 0x20 : s[i]);
			i++;
			continue;
		}
		/* Only ASCII and U+0400-U+052F (two bytes) come here. */
		if (i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
			cp = ((uint32_t)(s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F);
			/* а-я as they are, А-Я by an offset, the rest by rule. */
			if (cp >= 0x410 && cp <= 0x42F)
				cp += 0x20;
			else if (cp < 0x430 || cp > 0x44F)
				cp = fold_cyr_lower(cp);
			p[j++] = (char)(0xC0 | (cp >> 6));
			p[j++] = (char)(0x80 | (cp & 0x3F));
			i += 2;
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		i += n ? n : 1;
		j += utf8_encode(fold_cyr_lower(cp), p + j);
	}
	p[j] = '\0';
	*out = p;
	return j;
}

static size_t
fold_ascii(struct fold_pool *t, const unsigned char *s, size_t len, size_t upto,
    char **out)
{
	size_t	 i;
	char	*p = pool_alloc(t, len + 1);

	for (i = 0; i < len; i++)
		p[i] = (i < upto && s[i] >= 'A' && s[i] <= 'Z') ?
		    (char)(s[i] | 0x20) : (char)s[i];
	p[len] = '\0';
	*out = p;
	return len;
}

size_t
fold_span(struct fold_pool *fp, enum fold f, const char *s, size_t len,
    size_t upto, char **out)
{
	const unsigned char	*u = (const unsigned char *)s;

	if (f == F_ASCII)
		return fold_ascii(fp, u, len, upto, out);
	if (f == F_SIMPLE)
		return fold_simple(fp, u, len, out);
	return fold_full(fp, u, len, out);
}

char *
tok_fold(const char *s, size_t len, struct arena *a, size_t *out_len)
{
	struct fold_pool	 fp = { 0 };
	int32_t			 scratch[256];
	char			*norm;
	size_t			 i, n;
	bool			 ascii = true;

	fp.a = a;
	for (i = 0; i < len && ascii; i++)
		ascii = (unsigned char)s[i] < 0x80;
	fp.scratch_cap = 256;
	fp.scratch = scratch;
	n = fold_span(&fp, ascii ? F_ASCII : F_FULL, s, len, len, &norm);
	if (out_len != NULL)
		*out_len = n;
	return norm;
}

/* Most news text is already NFC and much of it ASCII: ASCII is skipped
   without a call, and a string utf8proc leaves unchanged is returned as
   it is. */
const char *
fold_nfc(const char *s, struct arena *a)
{
	const unsigned char	*p, *e;
	utf8proc_uint8_t	*nfc;
	const char		*r;

	if (s == NULL)
		return NULL;
	/* Eight ASCII bytes at a time up to the NUL strlen found. */
	p = (const unsigned char *)s;
	e = p + strlen(s);
	while (e - p >= 8 && !swar_high(swar_load(p)))
		p += 8;
	while (p < e && *p < 0x80)
		p++;
	if (p == e)
		return s;
	nfc = utf8proc_NFC((const utf8proc_uint8_t *)s);
	if (nfc == NULL)
		return s;	/* invalid UTF-8: the writer replaces it */
	r = strcmp((const char *)nfc, s) == 0 ? s :
	    arena_strdup(a, (const char *)nfc);
	free(nfc);
	return r;
}
