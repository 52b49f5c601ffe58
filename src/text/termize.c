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
#include "termize_int.h"

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
	for (i = 0; i < tz->nlangs; i++) {
		free(tz->langs[i]);
		free(tz->stopc[i]);
	}
	buf_release(&tz->gram);
	free(tz->uids);
	memset(tz, 0, sizeof(*tz));
}

void
termize_drop_vocab(struct termize *tz)
{
	int	 i;

	vocab_free(tz->vocab);
	tz->vocab = NULL;
	for (i = 0; i < tz->nlangs; i++)
		if (tz->stopc[i] != NULL)
			memset(tz->stopc[i], 0, tz->stopcap[i]);
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

int
termize_lang_slot(struct termize *tz, const char *lang)
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

uint8_t *
termize_stop_cache(struct termize *tz, int slot, size_t n)
{
	size_t		 need, *cap;

	if (slot < 0)
		return NULL;
	cap = &tz->stopcap[slot];
	need = (size_t)vocab_size(tz->vocab) + n + 1;
	if (need > *cap) {
		need = need > 2 * *cap ? need : 2 * *cap;
		tz->stopc[slot] = xrealloc(tz->stopc[slot], need);
		memset(tz->stopc[slot] + *cap, 0, need - *cap);
		*cap = need;
	}
	return tz->stopc[slot];
}

/* Is id (s[0..len)) a stop word? Cached in st (may be NULL) at once. */
static bool
stop_lookup(struct idctx *c, uint8_t *st, uint32_t id, const char *s,
    size_t len)
{
	bool	 stop = stopwords_has(c->tz->sw, c->lang, s, len);

	if (st != NULL)
		st[id] = stop ? 2 : 1;
	return stop;
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

/* Words looked up ahead of the one interned: their slots are fetched
   AHEAD words ahead, so the misses overlap. */
#define AHEAD	16

/* A token as the lookups see it: its key, hash and length. */
struct tkey {
	uint64_t	 k[3];
	uint64_t	 h;
	uint32_t	 len;
	uint32_t	 sentence;
};

/* The id of a token's word, added to the vocabulary (not in it yet). */
static uint32_t
add_word(struct termize *tz, const struct token *t, uint64_t h,
    uint32_t *space)
{
	struct vword	*w = vocab_intern_hashed(tz->vocab, t->norm,
	    t->norm_len, h);

	*space |= w->space;
	return w->id;
}

/* The id of a token's stem, for a word that is no stop word. */
static uint32_t
stem_id(struct idctx *c, uint32_t id, uint32_t *space)
{
	struct vword	*w = stem_of(c, vocab_get(c->tz->vocab, id));

	*space |= w->space;
	return w->id;
}

size_t
termize_ids(struct termize *tz, const char *text, const char *lang,
    struct arena *a, struct gram_id **out, bool *space)
{
	struct idctx		 c = { 0 };
	struct tokens		 tk;
	struct gram_id		*v;
	const struct vocab_view	*vv;
	const struct token	*t;
	const struct vkey	*e;
	struct tkey		*k, *x;
	uint8_t			*st;
	size_t			 i, j, n;
	uint64_t		 y;
	uint32_t		 id, sp = 0;
	bool			 stop;

	if (tz->vocab == NULL)
		tz->vocab = vocab_new();
	vv = vocab_view(tz->vocab);
	c.tz = tz;
	c.lang = lang;
	c.slot = termize_lang_slot(tz, lang);
	tok_text(text ? text : "", text ? strlen(text) : 0, a, &tk);
	n = tk.n;
	k = arena_alloc(a, (n ? n : 1) * sizeof(*k));
	v = arena_alloc(a, (n ? n : 1) * sizeof(*v));
	for (i = 0, t = tk.v; i < n; i++, t++) {
		vocab_key_padded(t->norm, t->norm_len, k[i].k);
		k[i].h = vocab_hash_key(k[i].k, t->norm, t->norm_len);
		k[i].len = (uint32_t)t->norm_len;
		k[i].sentence = t->sentence;
		if (i < AHEAD)
			vocab_view_prefetch(vv, k[i].h);
	}
	/* Each token may add a word and its stem. */
	st = termize_stop_cache(tz, c.slot, 2 * n);
	for (i = 0; i < n; i++) {
		x = &k[i];
		if (i + AHEAD < n)
			vocab_view_prefetch(vv, k[i + AHEAD].h);
		/* vocab_view_find, on the fields at hand. */
		for (j = x->h & vv->mask;; j = (j + 1) & vv->mask) {
			if ((y = vv->slots[j]) == 0) {
				id = add_word(tz, &tk.v[i], x->h, &sp);
				break;
			}
			if (VOCAB_TAG(y) != VOCAB_TAG(x->h))
				continue;
			e = &vv->keys[id = (uint32_t)y];
			if (((e->k[0] ^ x->k[0]) | (e->k[1] ^ x->k[1]) |
			    (e->k[2] ^ x->k[2]) | (e->len ^ x->len)) == 0 &&
			    (x->len <= VOCAB_KEY || vocab_view_is(vv, id,
			    tk.v[i].norm, x->len, x->k))) {
				sp |= e->space;
				break;
			}
		}
		if (st != NULL && st[id] != 0)
			stop = st[id] == 2;
		else
			stop = stop_lookup(&c, st, id, tk.v[i].norm, x->len);
		if (tz->stem != NULL && !stop && tk.v[i].kind == TOK_WORD)
			id = stem_id(&c, id, &sp);
		v[i].id = id;
		v[i].sentence = x->sentence;
		v[i].stop = stop;
	}
	*space = sp != 0;
	*out = v;
	return n;
}
