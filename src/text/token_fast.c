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
 * tests check that both give the same tokens. The scan itself, by SSE2
 * vectors or in plain C (tok_text_portable), is in token_scan.h.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "text/fold.h"
#include "text/token.h"
#include "token_int.h"
#include "token_scan.h"

/*
 * Can the token at i (ASCII) be a URL or an e-mail address? (An elision
 * needs no test: its apostrophe comes before a letter, so ends_at sends
 * it to the general path.)
 */
static bool
not_plain(struct tk *t, size_t i)
{
	if (tk_maybe_url(t, i))
		return true;
	return t->has_at && tk_scan_email(t, i) > 0;
}

/*
 * The plain word or number at i (its first byte an ASCII letter or
 * digit or a Cyrillic lead), listed; returns its end, or 0 when the
 * general path must decide (state unchanged). The caller keeps the
 * token array's length in *n and the sentence state in *sent and *brk
 * (written back to t before anything that reads them there).
 */
static inline size_t
fast_word(struct tk *t, size_t i, size_t *n, unsigned *sent, enum brk *brk)
{
	const unsigned char	*s = t->s;
	struct token		*tok;
	size_t			 j, k = 0;
	uint32_t		 cp, lc;
	char			*d;
	bool			 letter = false, upper, lower;

	if (s[i] < 0x80 && not_plain(t, i))
		return 0;
	/* 16 bytes of slack: ascii16 and cyr16 write 16 at a time. */
	if (t->fp.left >= TOK_FAST_MAX + 17)
		d = t->fp.pool;
	else
		d = fold_reserve(&t->fp, TOK_FAST_MAX + 17);
	if ((j = scan_fold(t, i, d, &k, &letter)) <= i || !ends_at(t, j))
		return 0;
	d[k] = '\0';
	if (s[i] < 0x80) {
		upper = (unsigned)(s[i] - 'A') < 26u;
		lower = (unsigned)(s[i] - 'a') < 26u;
	} else {
		cp = ((uint32_t)(s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F);
		lc = fold_cyr_lower(cp);
		upper = lc != cp;
		lower = lc == cp;
	}
	if (*n == t->cap) {
		t->out->n = *n;
		tk_grow(t);
	}
	tok = &t->out->v[*n];
	tok->norm = d;
	tok->norm_len = k;
	tok->start = i;
	tok->end = j;
	tok->kind = letter ? TOK_WORD : TOK_NUMBER;
	tok->upper = upper;
	/* tk_commit, on the caller's copies. */
	if (*brk != BRK_NONE) {
		if (*n > 0 && (*brk == BRK_HARD || !lower))
			(*sent)++;
		*brk = BRK_NONE;
	}
	tok->sentence = *sent;
	(*n)++;
	t->fp.pool += k + 1;
	t->fp.left -= k + 1;
	return j;
}

size_t
tk_fast_run(struct tk *t, size_t i)
{
	const unsigned char	*s = t->s;
	size_t			 len = t->len, end, n = t->out->n;
	unsigned		 sent = t->sent;
	enum brk		 brk = t->brk;
	unsigned char		 b;

	while (i < len) {
		if ((b = s[i]) == ' ') {
			i++;
			continue;
		}
		if (!(b < 0x80 ? fold_ascii_word[b] != 0 : b >= 0xD0 &&
		    b <= 0xD4) || (end = fast_word(t, i, &n, &sent, &brk)) == 0)
			break;
		i = end;
	}
	t->out->n = n;
	t->sent = sent;
	t->brk = brk;
	return i;
}
