/* SPDX-License-Identifier: MIT */
/*
 * The one module including libstemmer. Stemmers are made the first time
 * a language asks and kept (Snowball stemmers are cheap but not free to
 * create); a language without one is remembered as such.
 */
#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xmalloc.h"
#include "text/stem.h"

#define MAX_LANGS	16

struct stem {
	char			 langs[MAX_LANGS][8];
	struct sb_stemmer	*sb[MAX_LANGS];
	size_t			 n;
};

struct stem *
stem_new(void)
{
	return xcalloc(1, sizeof(struct stem));
}

void
stem_free(struct stem *s)
{
	size_t	 i;

	if (s == NULL)
		return;
	for (i = 0; i < s->n; i++)
		if (s->sb[i] != NULL)
			sb_stemmer_delete(s->sb[i]);
	free(s);
}

/* "en-GB" -> "en" into out (8 bytes); false when it does not fit. */
static bool
base_lang(const char *lang, char *out)
{
	size_t	 n;

	for (n = 0; lang[n] != '\0' && lang[n] != '-' && lang[n] != '_'; n++)
		;
	if (n == 0 || n >= 8)
		return false;
	memcpy(out, lang, n);
	out[n] = '\0';
	return true;
}

static struct sb_stemmer *
stemmer_for(struct stem *s, const char *lang)
{
	char	 base[8];
	size_t	 i;

	if (lang == NULL || !base_lang(lang, base))
		return NULL;
	for (i = 0; i < s->n; i++)
		if (strcmp(s->langs[i], base) == 0)
			return s->sb[i];
	if (s->n == MAX_LANGS)
		return NULL;
	memcpy(s->langs[s->n], base, sizeof(base));
	s->sb[s->n] = sb_stemmer_new(base, "UTF_8");
	return s->sb[s->n++];
}

const char *
stem_word(struct stem *s, const char *lang, const char *w, size_t len,
    size_t *out_len)
{
	struct sb_stemmer	*sb = stemmer_for(s, lang);
	const sb_symbol		*r;

	*out_len = len;
	if (sb == NULL || len > 1000)
		return w;
	r = sb_stemmer_stem(sb, (const sb_symbol *)w, (int)len);
	if (r == NULL)
		return w;
	*out_len = (size_t)sb_stemmer_length(sb);
	return (const char *)r;
}

bool
stem_supported(const char *lang)
{
	struct sb_stemmer	*sb;
	char			 base[8];

	if (lang == NULL || !base_lang(lang, base) ||
	    (sb = sb_stemmer_new(base, "UTF_8")) == NULL)
		return false;
	sb_stemmer_delete(sb);
	return true;
}
