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
#include "core/utf8.h"
#include "core/xmalloc.h"
#include "text/attrib.h"
#include "text/cue.h"
#include "text/names.h"
#include "text/quote.h"
#include "text/sentence.h"

#define MAXNP	8		/* speakers in one list */
#define M_SAY	(1u << CUE_SAY)
#define M_PREP	(1u << CUE_PREP)
#define M_ANON	(1u << CUE_ANON)

enum ttype { T_WORD, T_PUNCT, T_QUOTE };

struct tok {
	size_t		 s, e;
	enum ttype	 t;
	const char	*f;		/* folded word */
	bool		 cap;
	long		 q;		/* T_QUOTE: quote index */
};

struct np {
	size_t		 a, b;		/* token range, inclusive */
	bool		 pron;
	bool		 in_pp;		/* after a preposition: "of X" */
};

struct actx {
	const char		*text;
	const struct cues	*cs;
	struct arena		*a;
	const struct quotes	*qs;
	size_t			 ss, se;	/* the sentence */
	struct tok		*t;
	size_t			 nt, tcap;
	size_t			*wi;		/* word tokens */
	const char		**fw;		/* their folded forms */
	size_t			 nw, wcap, fcap;
	long			 anon_a, anon_b;	/* anonymous phrase */
	struct attrib		*v;
	size_t			 n, cap;
	const char		**cand;		/* full names seen anywhere */
	size_t			 ncand, ccap;
	const char		*last_person, *last_any;
	enum src_kind		 last_person_kind, last_any_kind;
};

static bool
word_cp(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z');
	return c >= 0xC0 && c != 0xD7 && c != 0xF7 && c != 0xAB &&
	    c != 0xBB && !(c >= 0x2000 && c <= 0x206F) && c != 0xFEFF;
}

static bool
upper_cp(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE) ||
	    (c >= 0x400 && c <= 0x42F);
}

static void
add_tok(struct actx *x, size_t s, size_t e, enum ttype t, long q)
{
	struct tok	*k;
	uint32_t	 c;

	x->t = xgrow(x->t, &x->tcap, x->nt + 1, sizeof(*x->t));
	k = &x->t[x->nt++];
	memset(k, 0, sizeof(*k));
	k->s = s;
	k->e = e;
	k->t = t;
	k->q = q;
	if (t != T_WORD)
		return;
	k->f = cue_fold(x->text + s, e - s, x->a);
	utf8_decode((const unsigned char *)x->text + s, e - s, &c);
	k->cap = upper_cp(c);
	x->wi = xgrow(x->wi, &x->wcap, x->nw + 1, sizeof(*x->wi));
	x->fw = xgrow(x->fw, &x->fcap, x->nw + 1, sizeof(*x->fw));
	x->wi[x->nw] = x->nt - 1;
	x->fw[x->nw++] = k->f;
}

/* Length of the word at i (letters with inner - ' ’), 0 if none. */
static size_t
word_len(const unsigned char *p, size_t len)
{
	size_t		 i = 0, n, m;
	uint32_t	 c, d;

	while (i < len) {
		n = utf8_decode(p + i, len - i, &c);
		if (n == 0)
			break;
		if (word_cp(c)) {
			i += n;
			continue;
		}
		if (i > 0 && (c == '-' || c == '\'' || c == 0x2019) &&
		    i + n < len && (m = utf8_decode(p + i + n, len - i - n,
		    &d)) > 0 && word_cp(d)) {
			i += n;
			continue;
		}
		break;
	}
	return i;
}

/*
 * A short quotation right after a media or organisation word is a name:
 * газета «Вечерний Кельмар», агентство «Интерфакс».
 */
static bool
quoted_name(const struct actx *x, const struct quote *q)
{
	const struct tok	*p;
	size_t			 i;

	if (x->nt == 0 || !q->closed || q->in_end - q->in_start > 48 ||
	    q->in_end == q->in_start)
		return false;
	p = &x->t[x->nt - 1];
	if (p->t != T_WORD || !(cues_is(x->cs, p->f, CUE_MEDIA) ||
	    cues_is(x->cs, p->f, CUE_ORG)))
		return false;
	for (i = q->in_start; i < q->in_end; i++)
		if (strchr(".,!?:;", x->text[i]) != NULL)
			return false;
	return true;
}

static void
tokenize(struct actx *x)
{
	const unsigned char	*p = (const unsigned char *)x->text;
	size_t			 i = x->ss, n, qi = 0;
	uint32_t		 c;

	x->nt = x->nw = 0;
	while (qi < x->qs->n && x->qs->v[qi].start < i)
		qi++;
	while (i < x->se) {
		while (qi < x->qs->n && (x->qs->v[qi].depth > 0 ||
		    x->qs->v[qi].start < i))
			qi++;
		if (qi < x->qs->n && x->qs->v[qi].start == i &&
		    quoted_name(x, &x->qs->v[qi])) {
			add_tok(x, x->qs->v[qi].in_start, x->qs->v[qi].in_end,
			    T_WORD, -1);
			i = x->qs->v[qi].end;
			continue;
		}
		if (qi < x->qs->n && x->qs->v[qi].start == i) {
			add_tok(x, i, x->qs->v[qi].end, T_QUOTE, (long)qi);
			i = x->qs->v[qi].end > i ? x->qs->v[qi].end : i + 1;
			continue;
		}
		if ((n = word_len(p + i, x->se - i)) > 0) {
			add_tok(x, i, i + n, T_WORD, -1);
			i += n;
			continue;
		}
		n = utf8_decode(p + i, x->se - i, &c);
		if (n == 0)
			n = 1;
		if (c != ' ' && c != '\n' && c != '\t' && c != 0xA0)
			add_tok(x, i, i + n, T_PUNCT, -1);
		i += n;
	}
}

static bool
is(const struct actx *x, size_t i, enum cue_kind k)
{
	return x->t[i].t == T_WORD && cues_is(x->cs, x->t[i].f, k);
}

static bool
punct(const struct actx *x, size_t i, const char *p)
{
	size_t	 n = strlen(p);

	return x->t[i].t == T_PUNCT && x->t[i].e - x->t[i].s == n &&
	    memcmp(x->text + x->t[i].s, p, n) == 0;
}

/* A capitalized word that may be part of a name. */
static bool
capword(const struct actx *x, size_t i)
{
	return x->t[i].t == T_WORD && x->t[i].cap && !is(x, i, CUE_STOP);
}

/* A lowercase word that may sit inside a name phrase. */
static bool
inner(const struct actx *x, size_t i)
{
	return x->t[i].t == T_WORD && !x->t[i].cap && (is(x, i, CUE_ROLE) ||
	    is(x, i, CUE_ORG) || is(x, i, CUE_MEDIA));
}

static bool
is_conj(const struct actx *x, size_t i)
{
	return x->t[i].t == T_WORD && (strcmp(x->t[i].f, "and") == 0 ||
	    strcmp(x->t[i].f, "и") == 0);
}

/* The name phrase ending at token j, or false. */
static bool
np_ending(const struct actx *x, size_t j, struct np *np)
{
	size_t	 a = j;

	if (!capword(x, j) && !(inner(x, j) && !is(x, j, CUE_ROLE) && j > 0 &&
	    capword(x, j - 1)))
		return false;
	while (a > 0 && (capword(x, a - 1) || (inner(x, a - 1) && a > 1 &&
	    capword(x, a - 2))))
		a--;
	if (a > 0 && inner(x, a - 1) && !is(x, a - 1, CUE_ROLE))
		a--;		/* "the newspaper Valley Times" */
	np->a = a;
	np->b = j;
	np->pron = false;
	np->in_pp = false;
	return true;
}

/* The name phrase starting at token i (over leading roles), or false. */
static bool
article(const struct actx *x, size_t i)
{
	return strcmp(x->t[i].f, "the") == 0 || strcmp(x->t[i].f, "a") == 0 ||
	    strcmp(x->t[i].f, "an") == 0;
}

static bool
np_starting(const struct actx *x, size_t i, struct np *np, bool loose)
{
	size_t	 a = i, b;
	bool	 role = false;

	while (a < x->nt && a < i + 4 && x->t[a].t == T_WORD && !x->t[a].cap) {
		if (inner(x, a) || article(x, a))
			role |= is(x, a, CUE_ROLE);
		else if (!role && !loose)
			break;
		a++;
	}
	if (a >= x->nt || !capword(x, a))
		return false;
	for (b = a; b + 1 < x->nt && (capword(x, b + 1) || (inner(x, b + 1) &&
	    b + 2 < x->nt && capword(x, b + 2))); b++)
		;
	if (b + 1 < x->nt && inner(x, b + 1) && !is(x, b + 1, CUE_ROLE))
		b++;		/* "the NEXTA Telegram channel" */
	np->a = i < a && (inner(x, i) || is(x, i, CUE_ROLE)) ? i : a;
	np->b = b;
	np->pron = false;
	np->in_pp = false;
	return true;
}

static bool
relative(const struct actx *x, size_t i)
{
	static const char *const rel[] = { "who", "который", "которая",
	    "которые", NULL };
	size_t	 k;

	if (i >= x->nt || x->t[i].t != T_WORD)
		return false;
	for (k = 0; rel[k] != NULL; k++)
		if (strcmp(x->t[i].f, rel[k]) == 0)
			return true;
	return false;
}

/* A lowercase preposition: a name after it is not the speaker. */
static bool
preposition(const struct actx *x, size_t i)
{
	static const char *const pp[] = { "of", "in", "at", "from", "near",
	    "for", "with", "about", "than", "into", "из", "в", "во", "на",
	    "у", "от", "для", "при", "о", "об", "к", "около", NULL };
	size_t	 k;

	if (x->t[i].t != T_WORD || x->t[i].cap)
		return false;
	for (k = 0; pp[k] != NULL; k++)
		if (strcmp(x->t[i].f, pp[k]) == 0)
			return true;
	return false;
}

/*
 * The start of the lowercase role phrase before token a ("министр
 * образования" in "X и министр образования Y"), or a.
 */
static size_t
role_left(const struct actx *x, size_t a)
{
	size_t	 k = a;
	bool	 role = false;

	while (k > 0 && a - k < 3 && x->t[k - 1].t == T_WORD &&
	    !x->t[k - 1].cap && !is_conj(x, k - 1)) {
		role |= is(x, k - 1, CUE_ROLE);
		k--;
	}
	return role ? k : a;
}

/* Speakers before the cue at token ti: returns how many (into np). */
static size_t
left_speakers(const struct actx *x, size_t ti, struct np *np)
{
	size_t	 j, m, n = 0, skips = 0;

	if (ti == 0)
		return 0;
	j = ti - 1;
	while (j > 0 && skips < 3 && x->t[j].t == T_WORD && !x->t[j].cap &&
	    is(x, j, CUE_SKIP)) {
		j--;
		skips++;
	}
	if (x->t[j].t == T_WORD && is(x, j, CUE_PRON) &&
	    (!x->t[j].cap || j == 0 || x->t[j - 1].t != T_WORD)) {
		np[0].a = np[0].b = j;
		np[0].pron = true;
		return 1;
	}
	if (relative(x, j) && j >= 2 && punct(x, j - 1, ","))
		j--;		/* "X, who said" */
	if (punct(x, j, ",") && j >= 2) {
		/* An appositive: "X, the Kremlin spokesman, (who) said". */
		for (m = j - 1; m > 0 && m + 12 > j && x->t[m].t == T_WORD; m--)
			;
		if (m > 0 && punct(x, m, ",") && m < j - 1 &&
		    np_ending(x, m - 1, &np[0]))
			j = m - 1;
		else if (m > 0 && punct(x, m, ",") && m < j - 1 &&
		    np_ending(x, j - 1, &np[0]) && np[0].a == m + 1)
			return 1;	/* "Her coach, Viktor Hale, said" */
		else if (relative(x, j + 1))
			j--;
		else
			return 0;
	}
	if (!np_ending(x, j, &np[n]))
		return 0;
	np[n].in_pp = np[n].a > 0 && preposition(x, np[n].a - 1);
	n++;
	/* A list: "X, Y and Z said": the link next to the verb is "and". */
	for (;;) {
		m = role_left(x, np[n - 1].a);
		if (n >= MAXNP || m < 2 || !(is_conj(x, m - 1) ||
		    (n > 1 && punct(x, m - 1, ","))) ||
		    !np_ending(x, m - 2, &np[n]))
			break;
		if (n == 1 && !is_conj(x, m - 1))
			break;
		n++;
	}
	return n;
}

/* True when the cue at ti follows a quotation: «…», — заявил; "…," said. */
static bool
after_quote(const struct actx *x, size_t ti)
{
	size_t	 k = ti;

	while (k > 0 && x->t[k - 1].t == T_PUNCT && ti - k < 3)
		k--;
	return k > 0 && x->t[k - 1].t == T_QUOTE;
}

/* Speakers after token i (the cue's end + 1). */
static size_t
right_speakers(const struct actx *x, size_t i, struct np *np, bool loose)
{
	size_t	 n = 0, skips = 0;

	while (i < x->nt && skips < 2 && x->t[i].t == T_WORD &&
	    !x->t[i].cap && is(x, i, CUE_SKIP)) {
		i++;
		skips++;
	}
	if (loose && i < x->nt && x->t[i].t == T_WORD && !x->t[i].cap &&
	    is(x, i, CUE_PRON)) {
		np[0].a = np[0].b = i;
		np[0].pron = true;
		return 1;
	}
	if (i >= x->nt || !np_starting(x, i, &np[0], loose))
		return 0;
	n = 1;
	while (n < MAXNP && np[n - 1].b + 2 < x->nt &&
	    is_conj(x, np[n - 1].b + 1) &&
	    np_starting(x, np[n - 1].b + 2, &np[n], false))
		n++;
	return n;
}

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
		if (names_make(x->cs, words, folded, m, gcase, x->a, &name,
		    &kind) != 0)
			continue;
		if (np[i].in_pp && kind != SRC_ORG && kind != SRC_MEDIA)
			continue;	/* "Residents of Harbour Lane say" */
		at = new_attrib(x, cue_a, cue_b);
		at->name = name;
		at->kind = kind;
		remember(x, name, kind);
	}
}

/* Finds the anonymous phrase of the sentence, if any, and records it. */
static void
find_anon(struct actx *x)
{
	const struct cue	*c;
	size_t			 k;

	x->anon_a = x->anon_b = -1;
	for (k = 0; k < x->nw; k++)
		if ((c = cues_match(x->cs, x->fw + k, x->nw - k,
		    M_SAY | M_PREP | M_ANON)) != NULL && c->kind == CUE_ANON) {
			struct attrib *at = new_attrib(x, x->wi[k],
			    x->wi[k + c->n - 1]);

			at->name = "anonymous";
			at->kind = SRC_ANON;
			x->anon_a = (long)x->wi[k];
			x->anon_b = (long)x->wi[k + c->n - 1];
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
		for (j = i; j < x->nt && j - i < 16 && capword(x, j); j++)
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

static void
sentence(struct actx *x)
{
	const struct cue	*c;
	struct np		 np[MAXNP];
	size_t			 k, ti, tj, n;
	int			 gcase;

	size_t			 ncand = x->ncand;

	tokenize(x);
	candidates(x);
	find_anon(x);
	for (k = 0; k < x->nw; k += c ? c->n : 1) {
		c = cues_match(x->cs, x->fw + k, x->nw - k,
		    M_SAY | M_PREP | M_ANON);
		if (c == NULL || c->kind == CUE_ANON)
			continue;
		ti = x->wi[k];
		if (c->kind == CUE_SAY && x->t[ti].cap)
			continue;	/* "the United States" */
		tj = x->wi[k + c->n - 1];
		if (tj - ti != c->n - 1)
			continue;	/* words of the cue not adjacent */
		n = 0;
		gcase = 0;
		if (c->kind == CUE_SAY)
			n = left_speakers(x, ti, np);
		if (n == 0 && !(c->flags & CUE_LEFT))
			n = right_speakers(x, tj + 1, np, after_quote(x, ti));
		if (c->kind == CUE_PREP)
			gcase = (c->flags & CUE_GEN) ? NAME_GEN :
			    (c->flags & CUE_ACC) ? NAME_ACC : 0;
		if (n > 0)
			emit(x, ti, tj, np, n, gcase);
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

/*
 * If full ends in the word w (or in w plus a case ending: "Дарио Венном"
 * for "Венн"), returns full with its last word made w, else NULL.
 */
static const char *
joins(const char *full, const char *w, struct arena *a)
{
	const char	*sp = strrchr(full, ' ');
	size_t		 lw = strlen(w), i;

	if (sp == NULL || strncmp(sp + 1, w, lw) != 0)
		return NULL;
	if (sp[1 + lw] == '\0')
		return full;
	for (i = 0; endings[i] != NULL; i++)
		if (strcmp(sp + 1 + lw, endings[i]) == 0)
			return arena_printf(a, "%.*s %s", (int)(sp - full), full,
			    w);
	return NULL;
}

/*
 * Joins a one-word name to the article's longer person name ending in
 * the same word ("Peskov" -> "Dmitry Peskov"): names of other
 * attributions first, then full names seen anywhere in the text.
 */
static void
join_names(struct actx *x)
{
	struct attrib	*v = x->v;
	const char	*full;
	size_t		 i, j;

	for (i = 0; i < x->n; i++) {
		if (strchr(v[i].name, ' ') != NULL || v[i].kind == SRC_ANON ||
		    v[i].kind == SRC_MEDIA || v[i].kind == SRC_ORG ||
		    strcmp(v[i].name, "unresolved") == 0)
			continue;
		full = NULL;
		for (j = 0; j < x->n && full == NULL; j++)
			if (v[j].kind == SRC_PERSON)
				full = joins(v[j].name, v[i].name, x->a);
		for (j = 0; j < x->ncand && full == NULL; j++)
			full = joins(x->cand[j], v[i].name, x->a);
		if (full != NULL) {
			v[i].name = full;
			v[i].kind = SRC_PERSON;
		}
	}
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
