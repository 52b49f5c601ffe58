/* SPDX-License-Identifier: MIT */
/*
 * Keyword-in-context cutting (contract in include/text/context.h). Byte
 * offsets come from the tokens, so the cut never splits a character; with
 * a width in characters it steps over whole UTF-8 sequences.
 */
#include <string.h>

#include "core/arena.h"
#include "text/context.h"
#include "text/token.h"

static int
blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

char *
context_clean(const char *s, size_t len, struct arena *a)
{
	char	*out = arena_alloc(a, len + 1), *p = out;
	size_t	 i;
	int	 pending = 0;

	for (i = 0; i < len; i++) {
		if (blank((unsigned char)s[i])) {
			pending = p > out;
			continue;
		}
		if (pending)
			*p++ = ' ';
		pending = 0;
		*p++ = s[i];
	}
	*p = '\0';
	return out;
}

/* Steps back n characters from byte offset at (not before 0). */
static size_t
back_chars(const char *s, size_t at, int n)
{
	while (n-- > 0 && at > 0) {
		at--;
		while (at > 0 && ((unsigned char)s[at] & 0xc0) == 0x80)
			at--;
	}
	return at;
}

static size_t
fwd_chars(const char *s, size_t len, size_t at, int n)
{
	while (n-- > 0 && at < len) {
		at++;
		while (at < len && ((unsigned char)s[at] & 0xc0) == 0x80)
			at++;
	}
	return at;
}

void
context_get(const char *text, size_t len, const struct tokens *toks,
    size_t first, size_t last, int width, int chars, struct arena *a,
    struct context *out)
{
	size_t	 ms = toks->v[first].start, me = toks->v[last].end;
	size_t	 ls, re;

	if (chars > 0) {
		ls = back_chars(text, ms, chars);
		re = fwd_chars(text, len, me, chars);
	} else {
		ls = first >= (size_t)width ? toks->v[first - width].start :
		    (width > 0 ? toks->v[0].start : ms);
		re = last + (size_t)width < toks->n ?
		    toks->v[last + width].end :
		    (width > 0 ? toks->v[toks->n - 1].end : me);
	}
	out->left = context_clean(text + ls, ms - ls, a);
	out->match = context_clean(text + ms, me - ms, a);
	out->right = context_clean(text + me, re - me, a);
}
