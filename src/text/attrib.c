/* SPDX-License-Identifier: MIT */
/*
 * Finding attributions (text/attrib.h). The text is cut into sentences
 * (text/sentence.h) and each sentence into tokens: words, punctuation,
 * and whole top-level quotations as single tokens, so patterns see
 * «…», — заявил Песков as QUOTE , — CUE NAME. At each word the longest
 * cue (text/cue.h) is tried: a speech verb takes the noun phrase before
 * it (over skip words, an appositive ", the spokesman," or a list
 * "X, Y and Z"), else the one after it; a source phrase takes the one
 * after it, in the grammatical case its entry gives; anonymous phrases
 * stand alone. Noun phrases are runs of capitalized words, with role and
 * organisation words inside them; text/names.c turns them into names.
 */
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/xmalloc.h"
#include "text/attrib.h"
#include "text/attrib_np.h"
#include "text/cue.h"
#include "text/names.h"
#include "text/quote.h"
#include "text/sentence.h"

#define M_SAY	(1u << CUE_SAY)
#define M_PREP	(1u << CUE_PREP)
#define M_ANON	(1u << CUE_ANON)

/* The quotation token nearest to token i, or -1. */
static long
nearest_quote(const struct actx *x, size_t i)
{
	size_t	 k, best = 0, bd = (size_t)-1, d;

	for (k = 0; k < x->nt; k++) {
		if (x->t[k].t != T_QUOTE)
			continue;
		d = k > i ? k - i : i - k;
		if (d < bd) {
			bd = d;
			best = k;
		}
	}
	return bd == (size_t)-1 ? -1 : (long)best;
}

static struct attrib *
new_attrib(struct actx *x, size_t cue_a, size_t cue_b)
{
	struct attrib	*at;
	long		 q;

	x->v = xgrow(x->v, &x->cap, x->n + 1, sizeof(*x->v));
	at = &x->v[x->n++];
	memset(at, 0, sizeof(*at));
	at->cue = arena_strndup(x->a, x->text + x->t[cue_a].s,
	    x->t[cue_b].e - x->t[cue_a].s);
	at->sent_start = x->ss;
	at->sent_end = x->se;
	if ((q = nearest_quote(x, cue_a)) >= 0) {
		const struct quote *qq = &x->qs->v[x->t[q].q];

		at->direct = true;
		at->q_start = qq->in_start;
		at->q_end = qq->in_end;
	}
	return at;
}

static void
remember(struct actx *x, const char *name, enum src_kind k)
{
	x->last_any = name;
	x->last_any_kind = k;
	if (k == SRC_PERSON || (k == SRC_UNKNOWN && strchr(name, ' ') == NULL)) {
		x->last_person = name;
		x->last_person_kind = k;
	}
}

/* True when name is already a source of the current sentence. */
static bool
said_here(const struct actx *x, const char *name)
{
	size_t	 i;

	for (i = x->n; name != NULL && i > 0 &&
	    x->v[i - 1].sent_start == x->ss; i--)
		if (strcmp(x->v[i - 1].name, name) == 0)
			return true;
	return false;
}

/* Makes one attribution per speaker phrase. */
static void
emit(struct actx *x, size_t cue_a, size_t cue_b, struct np *np, size_t n,
    int gcase)
{
	const char	*words[32], *folded[32], *name;
	struct attrib	*at;
	enum src_kind	 kind;
	size_t		 i, k, m;

	for (i = 0; i < n; i++) {
		if (x->anon_a >= 0 && (long)np[i].a >= x->anon_a &&
		    (long)np[i].a <= x->anon_b + 2)
			continue;
		if (np[i].pron) {
			bool they = strcmp(x->t[np[i].a].f, "they") == 0 ||
			    strcmp(x->t[np[i].a].f, "они") == 0;

			if (said_here(x, they ? x->last_any : x->last_person))
				continue;	/* "X said she wrote" */
			at = new_attrib(x, cue_a, cue_b);
			at->name = they ? x->last_any : x->last_person;
			at->kind = they ? x->last_any_kind : x->last_person_kind;
			if (at->name == NULL) {
				at->name = "unresolved";
				at->kind = SRC_UNKNOWN;
			}
			continue;
		}
		for (m = 0, k = np[i].a; k <= np[i].b && m < 32; k++)
			if (x->t[k].t == T_WORD) {
				words[m] = arena_strndup(x->a, x->text +
				    x->t[k].s, x->t[k].e - x->t[k].s);
				folded[m++] = x->t[k].f;
			}
		/* "Glaciologist Yara Quinn said": a title opening the sentence. */
		if (m == 3 && np[i].a == 0 && x->t[0].t == T_WORD &&
		    strlen(folded[1]) > 2 && !cues_is(x->cs, folded[0], CUE_ORG) &&
		    cues_match(x->cs, folded, 1, 1u << CUE_MEDIA) == NULL)
			words[0] = folded[0] = "the";
		if (names_make(x->cs, words, folded, m, np[i].loc ? NAME_LOC :
		    gcase, x->a, &name, &kind) != 0)
			continue;
		if (np[i].in_pp && kind != SRC_ORG && kind != SRC_MEDIA)
			continue;	/* "Residents of Harbour Lane say" */
		at = new_attrib(x, cue_a, cue_b);
		at->name = name;
		at->kind = kind;
		remember(x, name, kind);
	}
}

/* Regular-expression cues of the sentence, by the word they start at. */
struct rxm {
	size_t			 k, n;		/* words */
	const struct cue	*c;
};

/*
 * Finds the anonymous phrase of the sentence (a list entry, or a regular
 * expression among rx), if any, and records it.
 */
static void
find_anon(struct actx *x, const struct rxm *rx, size_t nrx)
{
	const struct cue	*c;
	struct attrib		*at;
	size_t			 k, n, r;

	x->anon_a = x->anon_b = -1;
	for (k = 0; k < x->nw; k++) {
		c = cues_match(x->cs, x->fw + k, x->nw - k,
		    M_SAY | M_PREP | M_ANON);
		n = c != NULL && c->kind == CUE_ANON ? c->n : 0;
		for (r = 0; r < nrx; r++)
			if (rx[r].k == k && rx[r].c->kind == CUE_ANON)
				n = rx[r].n;
		if (n == 0)
			continue;
		at = new_attrib(x, x->wi[k], x->wi[k + n - 1]);
		at->name = "anonymous";
		at->kind = SRC_ANON;
		x->anon_a = (long)x->wi[k];
		x->anon_b = (long)x->wi[k + n - 1];
		return;
	}
}

static const char *
join_words(const char *const *w, size_t n, struct arena *a)
{
	size_t	 i, len = 0;
	char	*s, *p;

	for (i = 0; i < n; i++)
		len += strlen(w[i]) + 1;
	p = s = arena_alloc(a, len + 1);
	for (i = 0; i < n; i++) {
		if (i > 0)
			*p++ = ' ';
		memcpy(p, w[i], strlen(w[i]));
		p += strlen(w[i]);
	}
	*p = '\0';
	return s;
}

/* Collects the full person names of the sentence, for joining. */
static void
candidates(struct actx *x)
{
	const char	*w[16], *f[16];
	size_t		 i = 0, j, k, m, r;

	if (x->nt < 5 && !strchr(".!?", x->text[x->se - 1]))
		return;		/* a headline or caption */
	while (i < x->nt) {
		for (j = i; j < x->nt && j - i < 16 && attrib_capword(x, j); j++)
			;
		if (j - i >= 2) {
			for (m = 0, k = i; k < j; k++, m++) {
				w[m] = arena_strndup(x->a, x->text + x->t[k].s,
				    x->t[k].e - x->t[k].s);
				f[m] = x->t[k].f;
			}
			r = names_person_tail(x->cs, w, f, m);
			if (m - r >= 2) {
				x->cand = xgrow(x->cand, &x->ccap, x->ncand + 1,
				    sizeof(*x->cand));
				x->cand[x->ncand++] = join_words(w + r, m - r,
				    x->a);
			}
		}
		i = j > i ? j : i + 1;
	}
}

static size_t
rx_matches(struct actx *x, struct rxm *m, size_t max)
{
	const struct cue	*c;
	size_t			 i, k, from, st, en, n = 0, e;

	for (i = 0; i < cues_nrx(x->cs); i++)
		for (from = x->ss; n < max && from < x->se &&
		    (c = cues_rx_find(x->cs, i, x->text, x->se, from, &st,
		    &en)) != NULL; from = en > st ? en : st + 1) {
			for (k = 0; k < x->nw && x->t[x->wi[k]].s < st; k++)
				;
			for (e = k; e < x->nw && x->t[x->wi[e]].e <= en; e++)
				;
			if (e > k) {
				m[n].k = k;
				m[n].n = e - k;
				m[n++].c = c;
			}
		}
	return n;
}

/* One cue at words k .. k + len - 1: find its speakers. */
static void
cue_at(struct actx *x, const struct cue *c, size_t k, size_t len)
{
	struct np	 np[MAXNP];
	size_t		 ti = x->wi[k], tj = x->wi[k + len - 1], n = 0;
	int		 gcase = 0;

	if (c->kind == CUE_ANON || tj - ti != len - 1)
		return;		/* anonymous: done; words not adjacent */
	if (c->kind == CUE_SAY && x->t[ti].cap)
		return;		/* "the United States" */
	if (c->kind == CUE_SAY)
		n = attrib_left(x, ti, np);
	if (n == 0 && !(c->flags & CUE_LEFT))
		n = attrib_right(x, tj + 1, np, attrib_after_quote(x, ti));
	if (c->kind == CUE_PREP)
		gcase = (c->flags & CUE_GEN) ? NAME_GEN :
		    (c->flags & CUE_ACC) ? NAME_ACC : 0;
	if (n > 0)
		emit(x, ti, tj, np, n, gcase);
}

static void
sentence(struct actx *x)
{
	const struct cue	*c;
	struct rxm		 rx[16];
	size_t			 k, len, r, nrx, ncand = x->ncand;

	attrib_tokenize(x);
	candidates(x);
	nrx = cues_nrx(x->cs) ? rx_matches(x, rx, 16) : 0;
	find_anon(x, rx, nrx);
	for (k = 0; k < x->nw; k += len ? len : 1) {
		c = cues_match(x->cs, x->fw + k, x->nw - k,
		    M_SAY | M_PREP | M_ANON);
		len = c ? c->n : 0;
		for (r = 0; r < nrx; r++)
			if (rx[r].k == k && rx[r].n > len) {
				c = rx[r].c;
				len = rx[r].n;
			}
		if (c != NULL)
			cue_at(x, c, k, len);
	}
	/* A person named in a sentence without speakers is the next "she". */
	if (x->ncand > ncand && (x->n == 0 || x->v[x->n - 1].sent_start !=
	    x->ss)) {
		x->last_person = x->cand[x->ncand - 1];
		x->last_person_kind = SRC_PERSON;
	}
}

/* Russian case endings a surname may carry in running text. */
static const char *const endings[] = {
	"а", "у", "е", "ом", "ым", "ой", "ем", "ого", "ому", "ую", "ою", NULL
};

struct fullname {
	const char	*full, *last;	/* last: its last word */
	size_t		 order;		/* attributions first, then text order */
};

static int
fullname_cmp(const void *a, const void *b)
{
	const struct fullname	*x = a, *y = b;
	int			 c = strcmp(x->last, y->last);

	if (c != 0)
		return c;
	return x->order < y->order ? -1 : (x->order > y->order);
}

/*
 * The full name for the one word w: one whose last word is w, else one
 * whose last word is w plus a case ending ("Дарио Венном" for "Венн",
 * giving "Дарио Венн"), else NULL. v is sorted by fullname_cmp.
 */
static const char *
lookup(const struct fullname *v, size_t n, const char *w, struct arena *a)
{
	size_t		 lo = 0, hi = n, mid, lw = strlen(w), i;
	const char	*rest;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(v[mid].last, w) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < n && strncmp(v[lo].last, w, lw) == 0; lo++) {
		rest = v[lo].last + lw;
		if (*rest == '\0')
			return v[lo].full;
		for (i = 0; endings[i] != NULL; i++)
			if (strcmp(rest, endings[i]) == 0)
				return arena_printf(a, "%.*s %s",
				    (int)(v[lo].last - 1 - v[lo].full),
				    v[lo].full, w);
	}
	return NULL;
}

/*
 * Joins a one-word name to the article's longer person name ending in
 * the same word ("Peskov" -> "Dmitry Peskov"): names of other
 * attributions first, then full names seen anywhere in the text. A
 * sorted index keeps this n log n for articles with thousands of quotes.
 */
static void
join_names(struct actx *x)
{
	struct attrib	*v = x->v;
	struct fullname	*fn = xcalloc(x->n + x->ncand + 1, sizeof(*fn));
	const char	*full, *sp;
	size_t		 i, nf = 0;

	for (i = 0; i < x->n; i++)
		if (v[i].kind == SRC_PERSON &&
		    (sp = strrchr(v[i].name, ' ')) != NULL) {
			fn[nf].full = v[i].name;
			fn[nf].last = sp + 1;
			fn[nf].order = nf;
			nf++;
		}
	for (i = 0; i < x->ncand; i++)
		if ((sp = strrchr(x->cand[i], ' ')) != NULL) {
			fn[nf].full = x->cand[i];
			fn[nf].last = sp + 1;
			fn[nf].order = nf;
			nf++;
		}
	if (nf > 1)
		qsort(fn, nf, sizeof(*fn), fullname_cmp);
	for (i = 0; i < x->n; i++) {
		if (strchr(v[i].name, ' ') != NULL || v[i].kind == SRC_ANON ||
		    v[i].kind == SRC_MEDIA || v[i].kind == SRC_ORG ||
		    strcmp(v[i].name, "unresolved") == 0)
			continue;
		if ((full = lookup(fn, nf, v[i].name, x->a)) != NULL) {
			v[i].name = full;
			v[i].kind = SRC_PERSON;
		}
	}
	free(fn);
}

void
attrib_find(const char *text, size_t len, const struct cues *cs,
    struct arena *a, struct attribs *out)
{
	struct actx	 x;
	struct quotes	 qs;
	size_t		 pos = 0, end;

	memset(&x, 0, sizeof(x));
	quote_find(text, len, a, &qs);
	x.text = text;
	x.cs = cs;
	x.a = a;
	x.qs = &qs;
	while (pos < len) {
		while (pos < len && (text[pos] == ' ' || text[pos] == '\n' ||
		    text[pos] == '\t'))
			pos++;
		if (pos >= len)
			break;
		end = sentence_end(text, len, pos, &qs);
		if (end <= pos)
			end = pos + 1;
		x.ss = pos;
		x.se = end;
		sentence(&x);
		pos = end;
	}
	join_names(&x);
	out->quotes = qs;
	out->n = x.n;
	out->v = arena_alloc(a, (x.n ? x.n : 1) * sizeof(*out->v));
	if (x.n)
		memcpy(out->v, x.v, x.n * sizeof(*x.v));
	free(x.v);
	free(x.t);
	free(x.wi);
	free(x.fw);
	free(x.cand);
}

const struct attrib *
attrib_voice(const struct attribs *as, size_t off)
{
	long	 q = quote_at(&as->quotes, off);
	size_t	 i;

	if (q < 0)
		return NULL;
	for (i = 0; i < as->n; i++)
		if (as->v[i].direct &&
		    as->v[i].q_start == as->quotes.v[q].in_start)
			return &as->v[i];
	return NULL;
}
