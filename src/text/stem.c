/* SPDX-License-Identifier: MIT */
/*
 * Stemming by script (rules in include/text/stem.h). Words that are not
 * letters only (numbers, URLs, hashtags) and one-letter words are left as
 * they are, as are words longer than the stemmer's comfort (256 bytes).
 */
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/diag.h"
#include "core/xmalloc.h"
#include "text/stem.h"

#define STEM_MAX	256

struct stemmer {
	struct sb_stemmer	*en;
	struct sb_stemmer	*ru;
};

struct stemmer *
stemmer_new(void)
{
	struct stemmer	*st = xcalloc(1, sizeof(*st));

	st->en = sb_stemmer_new("english", "UTF_8");
	st->ru = sb_stemmer_new("russian", "UTF_8");
	if (st->en == NULL || st->ru == NULL)
		nf_fatal("out of memory (stemmer)");
	return st;
}

void
stemmer_free(struct stemmer *st)
{
	if (st == NULL)
		return;
	sb_stemmer_delete(st->en);
	sb_stemmer_delete(st->ru);
	free(st);
}

/* True when the first byte starts a Cyrillic letter (U+0400..U+04FF). */
static int
cyrillic(const char *s, size_t len)
{
	return len >= 2 && ((unsigned char)s[0] == 0xd0 ||
	    (unsigned char)s[0] == 0xd1 || (unsigned char)s[0] == 0xd2 ||
	    (unsigned char)s[0] == 0xd3);
}

const char *
stemmer_word(struct stemmer *st, const char *s, size_t len, struct arena *a,
    size_t *out_len)
{
	const sb_symbol	*r;
	size_t		 i;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] < 0x80 && !((s[i] | 0x20) >= 'a' &&
		    (s[i] | 0x20) <= 'z') && s[i] != '\'')
			break;
	if (i < len || len < 2 || len > STEM_MAX) {
		*out_len = len;
		return arena_strndup(a, s, len);
	}
	r = sb_stemmer_stem(cyrillic(s, len) ? st->ru : st->en,
	    (const sb_symbol *)s, (int)len);
	if (r == NULL)
		nf_fatal("out of memory (stemmer)");
	*out_len = (size_t)sb_stemmer_length(cyrillic(s, len) ? st->ru :
	    st->en);
	return arena_strndup(a, (const char *)r, *out_len);
}
