/* SPDX-License-Identifier: MIT */
/*
 * Record text to terms (include/text/termize.h): the pipeline every
 * counting analyzer shares, so terms, keyness and collocates agree on
 * what a term is. termize_ids gives the same terms as ids of a
 * vocabulary, each word's stop-word status and stem cached in the word
 * per language slot (the lang strings seen, in order; past
 * TERMIZE_LANGS of them nothing is cached).
 */
#include <string.h>

#include <stdlib.h>

#include "core/arena.h"
#include "core/xmalloc.h"
#include "text/stem.h"
#include "text/stopwords.h"
#include "text/termize.h"
#include "text/vocab.h"

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
	int	 i;

	stopwords_free(tz->sw);
	stem_free(tz->stem);
	vocab_free(tz->vocab);
	for (i = 0; i < tz->nlangs; i++)
		free(tz->langs[i]);
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

/* One termize_ids call. */
struct idctx {
	struct termize	*tz;
	const char	*lang;
	int		 slot;		/* of lang, or -1 */
};

/* The slot of lang (NULL is a language of its own), or -1. */
static int
lang_slot(struct termize *tz, const char *lang)
{
	int	 i;

	for (i = 0; i < tz->nlangs; i++)
		if (lang == NULL ? tz->langs[i] == NULL :
		    tz->langs[i] != NULL && strcmp(tz->langs[i], lang) == 0)
			return i;
	if (tz->nlangs == TERMIZE_LANGS)
		return -1;
	tz->langs[tz->nlangs] = lang != NULL ? xstrdup(lang) : NULL;
	return tz->nlangs++;
}

static bool
is_stop(struct idctx *c, struct vword *w)
{
	uint32_t	 bit;

	if (c->slot < 0)
		return stopwords_has(c->tz->sw, c->lang, vocab_str(w), w->len);
	bit = (uint32_t)1 << c->slot;
	if (!(w->stop_known & bit)) {
		w->stop_known |= bit;
		if (stopwords_has(c->tz->sw, c->lang, vocab_str(w), w->len))
			w->stop |= bit;
	}
	return (w->stop & bit) != 0;
}

/* The stem of w as a word of the vocabulary. */
static struct vword *
stem_of(struct idctx *c, struct vword *w)
{
	const char	*s;
	size_t		 n;
	uint32_t	 id = w->id;
	struct vword	*t;

	if (c->slot >= 0 && w->stem_lang == c->slot + 1)
		return vocab_get(c->tz->vocab, w->stem);
	s = stem_word(c->tz->stem, c->lang, vocab_str(w), w->len, &n);
	if (n == w->len && memcmp(s, vocab_str(w), n) == 0)
		t = w;
	else {
		t = vocab_intern(c->tz->vocab, s, n);
		w = vocab_get(c->tz->vocab, id);
	}
	if (c->slot >= 0) {
		w->stem = t->id;
		w->stem_lang = (uint8_t)(c->slot + 1);
	}
	return vocab_get(c->tz->vocab, t->id);
}

/*
 * Words looked up ahead of the one interned, their slots AHEAD words
 * ahead and then their entries half as far, so the misses overlap.
 */
#define AHEAD	16

size_t
termize_ids(struct termize *tz, const char *text, const char *lang,
    struct arena *a, struct gram_id **out, bool *space)
{
	struct idctx		 c = { 0 };
	struct tokens		 tk;
	struct gram_id		*v;
	struct vword		*w;
	const struct vocab_view	*vv;
	uint64_t		*h;
	size_t			 i;

	if (tz->vocab == NULL)
		tz->vocab = vocab_new();
	vv = vocab_view(tz->vocab);
	c.tz = tz;
	c.lang = lang;
	c.slot = lang_slot(tz, lang);
	tok_text(text ? text : "", text ? strlen(text) : 0, a, &tk);
	h = arena_alloc(a, (tk.n ? tk.n : 1) * sizeof(*h));
	v = arena_alloc(a, (tk.n ? tk.n : 1) * sizeof(*v));
	for (i = 0; i < tk.n; i++) {
		h[i] = vocab_hash(tk.v[i].norm, tk.v[i].norm_len);
		if (i < AHEAD)
			vocab_view_prefetch(vv, h[i]);
	}
	*space = false;
	for (i = 0; i < tk.n; i++) {
		if (i + AHEAD < tk.n)
			vocab_view_prefetch(vv, h[i + AHEAD]);
		if (i + AHEAD / 2 < tk.n)
			vocab_view_prefetch_word(vv, h[i + AHEAD / 2]);
		if ((w = vocab_view_find(vv, tk.v[i].norm, tk.v[i].norm_len,
		    h[i])) == NULL)
			w = vocab_intern_hashed(tz->vocab, tk.v[i].norm,
			    tk.v[i].norm_len, h[i]);
		v[i].stop = is_stop(&c, w);
		if (tz->stem != NULL && tk.v[i].kind == TOK_WORD &&
		    !v[i].stop)
			w = stem_of(&c, w);
		v[i].id = w->id;
		v[i].sentence = tk.v[i].sentence;
		*space |= w->space;
	}
	*out = v;
	return tk.n;
}
