/* SPDX-License-Identifier: MIT */
/*
 * Record text to terms (include/text/termize.h): the pipeline every
 * counting analyzer shares, so terms, keyness and collocates agree on
 * what a term is.
 */
#include <string.h>

#include "core/arena.h"
#include "text/stem.h"
#include "text/stopwords.h"
#include "text/termize.h"

int
termize_init(struct termize *tz, const char *stopwords, bool stem,
    const char *ngram, const char **opt, const char **err)
{
	memset(tz, 0, sizeof(*tz));
	buf_init(&tz->gram);
	tz->nmin = tz->nmax = 1;
	if (ngram != NULL && ngram_parse(ngram, &tz->nmin, &tz->nmax,
	    err) != 0) {
		*opt = "--ngram";
		return -1;
	}
	if ((tz->sw = stopwords_new(stopwords, err)) == NULL) {
		*opt = "--stopwords";
		return -1;
	}
	if (stem)
		tz->stem = stem_new();
	return 0;
}

void
termize_release(struct termize *tz)
{
	stopwords_free(tz->sw);
	stem_free(tz->stem);
	buf_release(&tz->gram);
	memset(tz, 0, sizeof(*tz));
}

static struct gram_tok *
gram_toks(struct termize *tz, const struct tokens *tk, const char *lang,
    struct arena *a)
{
	struct gram_tok	*g = arena_alloc(a, (tk->n ? tk->n : 1) * sizeof(*g));
	const char	*s;
	size_t		 i, n;

	for (i = 0; i < tk->n; i++) {
		g[i].s = tk->v[i].norm;
		g[i].len = tk->v[i].norm_len;
		g[i].sentence = tk->v[i].sentence;
		g[i].stop = stopwords_has(tz->sw, lang, g[i].s, g[i].len);
		if (tz->stem != NULL && tk->v[i].kind == TOK_WORD &&
		    !g[i].stop) {
			s = stem_word(tz->stem, lang, g[i].s, g[i].len, &n);
			if (s != g[i].s)
				s = arena_strndup(a, s, n);
			g[i].s = s;
			g[i].len = n;
		}
	}
	return g;
}

void
termize_text(struct termize *tz, const char *text, const char *lang,
    struct arena *a, ngram_fn fn, void *arg, struct tokens *tk,
    struct gram_tok **g)
{
	struct tokens	 local;
	struct gram_tok	*gt;

	if (tk == NULL)
		tk = &local;
	tok_text(text ? text : "", text ? strlen(text) : 0, a, tk);
	gt = gram_toks(tz, tk, lang, a);
	if (g != NULL)
		*g = gt;
	if (fn != NULL)
		ngram_each(gt, tk->n, tz->nmin, tz->nmax, &tz->gram, fn, arg);
}
