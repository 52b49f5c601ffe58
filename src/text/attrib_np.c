/* SPDX-License-Identifier: MIT */
/*
 * Tokens and speakers for the attribution finder (text/attrib_np.h): a
 * sentence becomes words, punctuation and whole top-level quotations as
 * single tokens (a short quotation after a media word, as in агентство
 * «Интерфакс», is a name instead); a speaker is a run of capitalized
 * words with role and organisation words inside it, found before a
 * speech verb (over skip words, an appositive ", the spokesman," or a
 * list "X, Y and Z") or after a verb or source phrase.
 */
#include <string.h>

#include "core/arena.h"
#include "core/utf8.h"
#include "core/xmalloc.h"
#include "text/attrib_np.h"
#include "text/cue.h"
#include "text/quote.h"

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

void
attrib_tokenize(struct actx *x)
{
	const unsigned char	*p = (const unsigned char *)x->text;
	size_t			 i = x->ss, n, qi = x->qi;
	uint32_t		 c;

	x->nt = x->nw = 0;
	while (qi < x->qs->n && x->qs->v[qi].start < i)
		qi++;
	x->qi = qi;
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
bool
attrib_capword(const struct actx *x, size_t i)
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

/*
 * A medium or organisation word after a name, as English puts it ("the
 * NEXTA Telegram channel"); Russian puts it first (телеканал «Дождь»),
 * so a Cyrillic one after a name belongs to the next phrase.
 */
static bool
trailing_marker(const struct actx *x, size_t i)
{
	return inner(x, i) && !is(x, i, CUE_ROLE) &&
	    (unsigned char)x->text[x->t[i].s] < 0x80;
}

/* The name phrase ending at token j, or false. */
static bool
np_ending(const struct actx *x, size_t j, struct np *np)
{
	size_t	 a = j;

	if (!attrib_capword(x, j) && !(trailing_marker(x, j) && j > 0 &&
	    attrib_capword(x, j - 1)))
		return false;
	while (a > 0 && (attrib_capword(x, a - 1) || (inner(x, a - 1) && a > 1 &&
	    attrib_capword(x, a - 2))))
		a--;
	if (a > 0 && inner(x, a - 1) && !is(x, a - 1, CUE_ROLE))
		a--;		/* "the newspaper Valley Times" */
	np->a = a;
	np->b = j;
	np->pron = false;
	np->in_pp = false;
	np->loc = false;
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
	if (a >= x->nt || !attrib_capword(x, a))
		return false;
	for (b = a; b + 1 < x->nt && (attrib_capword(x, b + 1) || (inner(x, b + 1) &&
	    b + 2 < x->nt && attrib_capword(x, b + 2))); b++)
		;
	if (b + 1 < x->nt && trailing_marker(x, b + 1))
		b++;		/* "the NEXTA Telegram channel" */
	np->a = i < a && (inner(x, i) || is(x, i, CUE_ROLE)) ? i : a;
	np->b = b;
	np->pron = false;
	np->in_pp = false;
	np->loc = false;
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

	if (x->t[i].t != T_WORD || (x->t[i].cap && i > 0))
		return false;
	for (k = 0; pp[k] != NULL; k++)
		if (strcmp(x->t[i].f, pp[k]) == 0)
			return true;
	return false;
}

/* в or во: an organisation after it is in the locative ("в Кремле"). */
static bool
locative(const struct actx *x, size_t i)
{
	return x->t[i].t == T_WORD && (strcmp(x->t[i].f, "в") == 0 ||
	    strcmp(x->t[i].f, "во") == 0);
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
size_t
attrib_left(const struct actx *x, size_t ti, struct np *np)
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
	np[n].loc = np[n].in_pp && locative(x, np[n].a - 1);
	if (np[n].in_pp && np[n].b >= np[n].a + 2 && x->t[np[n].a].cap &&
	    attrib_capword(x, np[n].a + 1)) {
		/* "В Берлине Анна Келлер заявила": the place goes. */
		np[n].a++;
		np[n].in_pp = np[n].loc = false;
	}
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
bool
attrib_after_quote(const struct actx *x, size_t ti)
{
	size_t	 k = ti;

	while (k > 0 && x->t[k - 1].t == T_PUNCT && ti - k < 3)
		k--;
	return k > 0 && x->t[k - 1].t == T_QUOTE;
}

/* Speakers after token i (the cue's end + 1). */
size_t
attrib_right(const struct actx *x, size_t i, struct np *np, bool loose)
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
	/* "сообщили в МИД"; an unnamed "в правительстве", like "the
	 * government said", is no named source. */
	if (i + 1 < x->nt && !x->t[i].cap && locative(x, i) &&
	    np_starting(x, i + 1, &np[0], false)) {
		np[0].in_pp = np[0].loc = true;
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
