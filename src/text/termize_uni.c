/* SPDX-License-Identifier: MIT */
/*
 * termize_unigrams and termize_seq (include/text/termize.h): a text's
 * terms by id in one pass over its bytes. A plain word, one the
 * tokenizer's fast path would list as it is (token_scan.h: the same scan
 * and the same tests of where it ends), is folded into a buffer on the
 * stack, looked up in the vocabulary from there and its id listed; it is
 * copied only into the vocabulary, when new. Anything else goes to the
 * general path (tk_step in token.c) a token at a time, looked up from
 * its norm. Unigrams need no sentence numbers, so nothing keeps them and
 * the token array holds one token at most. termize_seq, for n-grams,
 * keeps the sentence state of struct tk as the general path does: a
 * plain word takes a waiting break as tk_commit would, and before the
 * general path reads anything the last token is made whole in the token
 * array, where its rule for a "." (dot_break) looks. One loop serves
 * both, inlined twice with seq constant. The terms are those termize_ids
 * gives: tests/unit/test_termize.c and the token fuzzer check it.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/arena.h"
#include "core/xmalloc.h"
#include "text/fold.h"
#include "text/stopwords.h"
#include "text/termize.h"
#include "text/token.h"
#include "text/vocab.h"
#include "termize_int.h"
#include "token_int.h"
#include "token_scan.h"

/* A word folded: TOK_FAST_MAX bytes and the 17 a vector store may
   write past them (as token_fast.c reserves). vocab_key_padded reads the
   first 24. No NUL: the lookups take lengths, and a byte stored there
   would keep the key's loads from being forwarded the vector's store. */
#define WORD_BUF	(TOK_FAST_MAX + 17)

_Static_assert(WORD_BUF >= VOCAB_KEY, "keys are read 24 bytes at a time");

/*
 * Words are looked up AHEAD tokens after they are cut, their slots
 * fetched then, so the misses overlap (as termize_ids does). A power of
 * two.
 */
#define AHEAD	16

/* A token waiting for its lookup: its string, key and hash. */
struct pending {
	uint64_t	 k[3];
	uint64_t	 h;
	const char	*s;		/* 24 bytes readable */
	size_t		 len;
	unsigned	 sentence;	/* seq */
	bool		 general;	/* cut by the general path */
};

/* One termize_unigrams call. */
struct uni {
	struct termize		*tz;
	const struct vocab_view	*vv;
	const char		*lang;
	int			 slot;		/* of lang, or -1 */
	bool			 stops;		/* lang has stop words */
	uint8_t			*st;		/* its stop-word cache, or NULL */
	size_t			 n;		/* ids listed */
	size_t			 tokens;	/* cut so far */
	size_t			 done;		/* looked up so far */
	struct pending		 q[AHEAD];	/* tokens done to tokens - 1 */
	char			 buf[AHEAD][WORD_BUF];	/* plain words */
	/* termize_seq: every token listed, with sentences (below). */
	struct arena		*a;
	struct gram_id		*g;		/* u.n of gcap listed */
	size_t			 gcap;
	bool			 space;		/* a term holds a space */
	struct tk		*t;
	struct token		 last;		/* the last token cut */
	bool			 last_fused;	/* its norm in buf, no NUL */
	char			 lastnorm[TOK_FAST_MAX + TOK_NORM_READABLE];
};

/* Inlined into the one loop: a call per token shows. */
#define HOT	static inline __attribute__((always_inline))

/* The id of a word not in the vocabulary yet, its stop-word cache grown. */
static uint32_t
new_word(struct uni *u, const struct pending *p)
{
	uint32_t	 id = vocab_intern_hashed(u->tz->vocab, p->s, p->len,
	    p->h)->id;

	u->st = termize_stop_cache(u->tz, u->slot, 0);
	return id;
}

/*
 * The id of a word of up to VOCAB_KEY bytes, or 0 (vocab_view_find
 * without the comparison of longer words: nothing here calls out, so
 * the loop keeps its registers).
 */
HOT uint32_t
find_short(const struct vocab_view *v, const struct pending *p)
{
	const struct vkey	*e;
	uint64_t		 x;
	size_t			 j;

	for (j = p->h & v->mask; (x = v->slots[j]) != 0; j = (j + 1) & v->mask) {
		if (VOCAB_TAG(x) != VOCAB_TAG(p->h))
			continue;
		e = &v->keys[(uint32_t)x];
		if (((e->k[0] ^ p->k[0]) | (e->k[1] ^ p->k[1]) |
		    (e->k[2] ^ p->k[2]) | (e->len ^ p->len)) == 0)
			return (uint32_t)x;
	}
	return 0;
}

/* The id of a word longer than VOCAB_KEY bytes, added when new. */
static uint32_t
long_word(struct uni *u, const struct pending *p)
{
	uint32_t	 id;

	if ((id = vocab_view_find(u->vv, p->s, p->len, p->k, p->h)) == 0)
		id = new_word(u, p);
	return id;
}

/* Is id (s[0..len)) a stop word, not cached yet? As termize_ids tells. */
static bool
stop_miss(struct uni *u, uint32_t id, const char *s, size_t len)
{
	bool	 stop = stopwords_has(u->tz->sw, u->lang, s, len);

	if (u->st != NULL)
		u->st[id] = stop ? 2 : 1;
	return stop;
}

/* Room for a term more in u->g (in the arena: the list is the caller's). */
static void
grow_seq(struct uni *u)
{
	struct gram_id	*g;

	u->gcap *= 2;
	g = arena_alloc(u->a, u->gcap * sizeof(*g));
	memcpy(g, u->g, u->n * sizeof(*g));
	u->g = g;
}

/* termize_seq: lists id, its sentence and whether it is a stop word. */
HOT void
list_seq(struct uni *u, uint32_t id, const struct pending *p)
{
	struct gram_id	*g;

	if (u->n == u->gcap)
		grow_seq(u);
	g = &u->g[u->n++];
	g->id = id;
	g->sentence = p->sentence;
	g->stop = u->stops && (u->st != NULL && u->st[id] != 0 ?
	    u->st[id] == 2 : stop_miss(u, id, p->s, p->len));
	/* A plain word holds no space; the general path's may. */
	if (p->general)
		u->space |= u->vv->keys[id].space != 0;
}

/* Lists id, unless a stop word. */
HOT void
list_id(struct uni *u, uint32_t id, const struct pending *p, bool seq)
{
	struct termize	*tz = u->tz;

	if (seq) {
		list_seq(u, id, p);
		return;
	}
	if (u->stops && (u->st != NULL && u->st[id] != 0 ? u->st[id] == 2 :
	    stop_miss(u, id, p->s, p->len)))
		return;
	if (u->n == tz->uidcap) {
		tz->uidcap = tz->uidcap ? 2 * tz->uidcap : 1024;
		tz->uids = xrealloc(tz->uids, tz->uidcap * sizeof(*tz->uids));
	}
	tz->uids[u->n++] = id;
}

/* Looks up the oldest token waiting and lists its id. */
HOT void
lookup(struct uni *u, bool seq)
{
	const struct pending	*p = &u->q[u->done++ % AHEAD];
	uint32_t		 id;

	if (p->len > VOCAB_KEY)
		id = long_word(u, p);
	else if ((id = find_short(u->vv, p)) == 0)
		id = new_word(u, p);
	list_id(u, id, p, seq);
}

/* The slot of the next token's entry (in q and buf), the oldest token
   looked up first if need be. */
HOT size_t
next_entry(struct uni *u, bool seq)
{
	if (u->tokens - u->done == AHEAD)
		lookup(u, seq);
	/* Half way: the slot is in, fetch the key it points to. */
	if (u->tokens - u->done >= AHEAD / 2)
		vocab_view_prefetch_key(u->vv,
		    u->q[(u->tokens - AHEAD / 2) % AHEAD].h);
	return u->tokens % AHEAD;
}

/* Queues the token s[0..len) (slot e, from next_entry) for lookup. */
HOT void
add_term(struct uni *u, size_t e, const char *s, size_t len)
{
	struct pending	*p = &u->q[e];

	vocab_key_padded(s, len, p->k);
	p->h = vocab_hash_key(p->k, s, len);
	p->s = s;
	p->len = len;
	p->general = false;
	vocab_view_prefetch(u->vv, p->h);
	u->tokens++;
}

/*
 * termize_seq: the plain word s[i..j), folded to d[0..k), queued in
 * slot e, starts a sentence when a break waits and it may (tk_commit),
 * and is the last token, for a "." after it (punct in token.c).
 */
/* The sentence break waiting before the plain word at i: taken or not
   (tk_commit), by the case of its first letter. Out of line: rare. */
static __attribute__((noinline)) void
plain_break(struct tk *t, size_t i)
{
	const unsigned char	*s = t->s;
	uint32_t		 cp;
	bool			 lower;

	if (s[i] < 0x80)
		lower = (unsigned)(s[i] - 'a') < 26u;
	else {
		cp = ((uint32_t)(s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F);
		lower = fold_cyr_lower(cp) == cp;
	}
	if (t->out->n > 0 && (t->brk == BRK_HARD || !lower))
		t->sent++;
	t->brk = BRK_NONE;
}

HOT void
commit_plain(struct uni *u, size_t e, size_t i, size_t j, const char *d,
    size_t k, bool letter)
{
	struct tk	*t = u->t;

	if (t->brk != BRK_NONE)
		plain_break(t, i);
	u->q[e].sentence = t->sent;
	/* The rest of the token is made only when a rule reads it. */
	u->last.norm = d;
	u->last.norm_len = k;
	u->last.start = i;
	u->last.end = j;
	u->last.kind = letter || t->s[i] >= 0x80 ? TOK_WORD : TOK_NUMBER;
	u->last_fused = true;
	/* Listed: the general path's commits count it (tk_commit). */
	t->out->n = 1;
}

/*
 * Could the ASCII word at i, ending at j, be the start of an e-mail
 * address? Its local part runs on past j only through these, and ends
 * at an '@' (tk_scan_email): a cheap test that saves looking for one.
 */
static inline bool
maybe_email(const struct tk *t, size_t j)
{
	if (j >= t->len)
		return false;
	switch (t->s[j]) {
	case '@': case '.': case '_': case '%': case '+': case '-':
		return true;
	default:
		return false;
	}
}

/*
 * The plain word at i (an ASCII letter or digit or a Cyrillic lead)
 * counted, as tk_fast_run would list it; returns its end, or 0 when the
 * general path must decide.
 */
HOT size_t
plain_word(struct uni *u, const struct tk *t, size_t i, bool seq)
{
	size_t		 e = next_entry(u, seq), j, k = 0;
	char		*d = u->buf[e];
	bool		 letter = false;

	if ((j = scan_fold(t, i, d, &k, &letter)) <= i || !ends_at(t, j))
		return 0;
	if (t->s[i] < 0x80 && (tk_maybe_url(t, i) || (maybe_email(t, j) &&
	    tk_scan_email(t, i) > 0)))
		return 0;
	add_term(u, e, d, k);
	if (seq)
		commit_plain(u, e, i, j, d, k, letter);
	return j;
}

#if defined(__SSE2__) && defined(__x86_64__)
/*
 * After a plain word: 1 where it certainly ends it with no e-mail address
 * going on (ends_at, tk_scan_email: not a letter, digit, mark, '@' or a
 * byte of a local part), 2 for ' - . , which end it when a byte of the
 * first kind comes next, 0 for the rest (the full tests decide).
 */
static const unsigned char word_end[128] = {
	[0x00] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	[' '] = 1, ['!'] = 1, ['"'] = 1, ['#'] = 1, ['$'] = 1, ['&'] = 1,
	['('] = 1, [')'] = 1, ['*'] = 1, ['/'] = 1, [':'] = 1, [';'] = 1,
	['<'] = 1, ['='] = 1, ['>'] = 1, ['?'] = 1, ['['] = 1, ['\\'] = 1,
	[']'] = 1, ['^'] = 1, ['`'] = 1, ['{'] = 1, ['|'] = 1, ['}'] = 1,
	['~'] = 1, [0x7F] = 1,
	['\''] = 2, ['-'] = 2, ['.'] = 2, [','] = 2,
};

/*
 * Where to go on after a word of m bytes at p, when what follows ends it
 * for sure: past a space, or past ' - . , and a space (no token starts
 * there), else at the byte after it ('#' may start a hashtag). 0 when
 * the full tests must decide. sp: where the vector at p has a space, pd:
 * a . or , before a space; from them the common cases need no load.
 */
HOT size_t
quick_end(const unsigned char *p, size_t m, unsigned sp, unsigned pd,
    bool seq)
{
	unsigned char	 c;

	if (m < 16 && ((sp | pd) >> m & 1) != 0)
		return m + (sp >> m & 1 ? 1 : 2);
	if ((c = p[m] < 0x80 ? word_end[p[m]] : 0) == 1)
		return m + (p[m] == ' ');
	if (c == 2 && p[m + 1] < 0x80 && word_end[p[m + 1]] == 1)
		/* With sentences, a "." is the loop's to read. */
		return seq && p[m] == '.' ? m : m + 1 + (p[m + 1] == ' ');
	return 0;
}

/*
 * The commonest word, whole in the 32 bytes at i (t->len - i >= 32):
 * ASCII letters and digits, or basic Russian letters, then a byte that
 * ends it for sure. Folded by one or two vectors into its slot of buf
 * and queued as plain_word would; returns where to go on (quick_end),
 * or 0 to leave it to plain_word.
 */
HOT size_t
quick_word(struct uni *u, const struct tk *t, size_t i, bool seq)
{
	const unsigned char	*p = t->s + i;
	const __m128i		 v = _mm_loadu_si128((const __m128i *)(const
	    void *)p), iota = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
	    11, 12, 13, 14, 15);
	unsigned		 sp, pd;
	struct pending		*q;
	size_t			 e = next_entry(u, seq), m, next;
	char			*d = u->buf[e];
	__m128i			 f, f2, k;
	bool			 letter = false;

	sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
	pd = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v,
	    _mm_set1_epi8(seq ? ',' : '.')), _mm_cmpeq_epi8(v,
	    _mm_set1_epi8(','))));
	pd &= sp >> 1;
	if (p[0] < 0x80) {
		if (tk_maybe_url(t, i))
			return 0;
		if ((m = ascii16(p, d, &letter, &f)) == 16 &&
		    (m += ascii16(p + 16, d + 16, &letter, &f2)) == 32)
			return 0;
	} else if ((m = cyr16(p, d, &f)) == 0 || (m == 16 &&
	    (m += cyr16(p + 16, d + 16, &f2)) == 32))
		return 0;
	if ((next = quick_end(p, m, sp, pd, seq)) == 0)
		return 0;
	q = &u->q[e];
	if (m < 16) {
		/* The key straight from the vector: no store to wait for. */
		k = _mm_and_si128(f, _mm_cmplt_epi8(iota,
		    _mm_set1_epi8((char)m)));
		q->k[0] = (uint64_t)_mm_cvtsi128_si64(k);
		q->k[1] = (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(k,
		    k));
		q->k[2] = 0;
	} else
		vocab_key_padded(d, m, q->k);
	q->h = vocab_hash_key(q->k, d, m);
	q->s = d;
	q->len = m;
	q->general = false;
	vocab_view_prefetch(u->vv, q->h);
	u->tokens++;
	if (seq)
		commit_plain(u, e, i, i + m, d, m, letter);
	return i + next;
}
#endif

/* The last token, a plain word, made whole (commit_plain made a part). */
static void
make_last(struct uni *u, const struct tk *t)
{
	const unsigned char	*s = t->s + u->last.start;
	uint32_t		 cp;

	memcpy(u->lastnorm, u->last.norm, u->last.norm_len);
	u->lastnorm[u->last.norm_len] = '\0';
	u->last.norm = u->lastnorm;
	if (s[0] < 0x80)
		u->last.upper = (unsigned)(s[0] - 'A') < 26u;
	else {
		cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
		u->last.upper = fold_cyr_lower(cp) != cp;
	}
	u->last.sentence = t->sent;
	u->last_fused = false;
}

/*
 * termize_seq: the general path at i, the last token (t->out->v[0]) as
 * its rules read it (dot_break, tk_commit), the token it cuts, if any,
 * queued with its sentence and kept as the last.
 */
static size_t
general_step(struct uni *u, struct tk *t, size_t i)
{
	struct tokens	*tk = t->out;
	struct token	*nt;
	size_t		 had = tk->n, e;

	if (had > 0) {
		if (u->last_fused)
			make_last(u, t);
		tk->v[0] = u->last;
	}
	i = tk_step(t, i);
	if (tk->n > had) {
		nt = &tk->v[tk->n - 1];
		e = next_entry(u, true);
		add_term(u, e, nt->norm, nt->norm_len);
		u->q[e].sentence = nt->sentence;
		u->q[e].general = true;
		u->last = *nt;
		tk->n = 1;
	}
	return i;
}

/*
 * The text read once, its tokens queued and looked up as they come
 * (termize_unigrams; termize_seq when seq, which sees the sentence
 * breaks too); returns the tokens.
 */
HOT size_t
run_text(struct uni *u, struct termize *tz, const char *text,
    const char *lang, struct arena *a, bool seq)
{
	int32_t		 scratch[TK_SCRATCH];
	struct tokens	 tk;
	struct tk	 t;
	size_t		 i = 0, j, len = text != NULL ? strlen(text) : 0;
	unsigned char	 b, c;

	if (tz->vocab == NULL)
		tz->vocab = vocab_new();
	u->tz = tz;
	u->vv = vocab_view(tz->vocab);
	u->lang = lang;
	u->slot = termize_lang_slot(tz, lang);
	u->stops = stopwords_any(tz->sw, lang);
	u->st = termize_stop_cache(tz, u->slot, 0);
	u->n = u->tokens = u->done = 0;
	tk_begin(&t, text != NULL ? text : "", len, a, &tk, scratch);
	t.simd = true;
	/* One token at a time (and the last, with sentences): a small
	   array is enough. */
	t.cap_hint = 16;
	u->t = &t;
	if (seq)
		tk_grow(&t);
	while (i < len) {
		b = t.s[i];
#if defined(__SSE2__) && defined(__x86_64__)
		if (len - i >= 32 && (b < 0x80 ? fold_ascii_word[b] != 0 :
		    b == 0xD0 || b == 0xD1) && (j = quick_word(u, &t, i, seq)) != 0) {
			i = j;
			continue;
		}
#endif
		if (b < 0x80) {
			c = fold_ascii_cls[b];
			if (c == C_LETTER || c == C_DIGIT) {
				if ((j = plain_word(u, &t, i, seq)) != 0) {
					i = j;
					continue;
				}
			} else if (c != C_AT && c != C_HASH && (!seq ||
			    (c != C_DOT && c != C_TERM && c != C_NL))) {
				/* Space or punctuation: no token begins here
				   (punct in token.c), no sentence break. */
				i++;
				continue;
			}
		} else if (b >= 0xD0 && b <= 0xD4 &&
		    (j = plain_word(u, &t, i, seq)) != 0) {
			i = j;
			continue;
		}
		if (seq) {
			i = general_step(u, &t, i);
			continue;
		}
		i = tk_step(&t, i);
		if (tk.n > 0) {
			j = next_entry(u, false);
			add_term(u, j, tk.v[0].norm, tk.v[0].norm_len);
			u->q[j].general = true;
			tk.n = 0;
		}
	}
	while (u->done < u->tokens)
		lookup(u, seq);
	return u->tokens;
}

size_t
termize_unigrams(struct termize *tz, const char *text, const char *lang,
    struct arena *a, const uint32_t **ids, size_t *nids)
{
	struct uni	 u;
	size_t		 n;

	n = run_text(&u, tz, text, lang, a, false);
	*ids = tz->uids;
	*nids = u.n;
	return n;
}

size_t
termize_seq(struct termize *tz, const char *text, const char *lang,
    struct arena *a, struct gram_id **out, bool *space)
{
	struct uni	 u;
	size_t		 n, len = text != NULL ? strlen(text) : 0;

	u.a = a;
	u.gcap = len / 4 + 16;
	u.g = arena_alloc(a, u.gcap * sizeof(*u.g));
	u.space = false;
	u.last_fused = false;
	n = run_text(&u, tz, text, lang, a, true);
	*out = u.g;
	*space = u.space;
	return n;
}
