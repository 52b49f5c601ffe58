/* SPDX-License-Identifier: MIT */
/*
 * Finding quotations (text/quote.h). One pass over the code points with a
 * stack of open marks. Typographic marks say which side they are on,
 * except “ (closing in „…“, opening in “…”) and the straight ", which
 * opens after a space, an opening bracket or the start and closes
 * otherwise. ’ between letters is an apostrophe, not a quote.
 */
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/utf8.h"
#include "core/xmalloc.h"
#include "text/quote.h"

#define MAXDEPTH	32

enum mark { M_GUIL, M_SGUIL, M_LOW, M_CURLY, M_STRAIGHT, M_SINGLE };

struct open {
	enum mark	 m;
	size_t		 start, in_start;
	size_t		 slot;		/* index in the output */
};

struct qstate {
	const unsigned char	*t;
	size_t			 len;
	struct open		 st[MAXDEPTH];
	unsigned		 depth;
	struct quote		*v;
	size_t			 n, cap;
};

static bool
is_letter(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || (c >= 0xC0 && c != 0xD7 && c != 0xF7 &&
	    !(c >= 0x2000 && c <= 0x206F) && c != 0xAB && c != 0xBB);
}

/* The code point before byte i (0 at the start). */
static uint32_t
prev_cp(const unsigned char *t, size_t i)
{
	uint32_t	 c;
	size_t		 j = i;

	if (i == 0)
		return 0;
	while (j > 0 && (t[j - 1] & 0xC0) == 0x80 && i - j < 3)
		j--;
	j = j > 0 ? j - 1 : 0;
	if (utf8_decode(t + j, i - j, &c) == 0)
		return 0xFFFD;
	return c;
}

static uint32_t
next_cp(const unsigned char *t, size_t len, size_t i)
{
	uint32_t	 c = 0;

	if (i < len)
		utf8_decode(t + i, len - i, &c);
	return c;
}

static void
push(struct qstate *q, enum mark m, size_t at, size_t n)
{
	struct open	*o;

	if (q->depth == MAXDEPTH)
		return;
	q->v = xgrow(q->v, &q->cap, q->n + 1, sizeof(*q->v));
	memset(&q->v[q->n], 0, sizeof(q->v[q->n]));
	q->v[q->n].start = at;
	q->v[q->n].in_start = at + n;
	q->v[q->n].depth = q->depth;
	o = &q->st[q->depth++];
	o->m = m;
	o->start = at;
	o->in_start = at + n;
	o->slot = q->n++;
}

/* Closes the innermost open mark of type m (and all inside it). */
static bool
close_mark(struct qstate *q, enum mark m, size_t at, size_t n, bool closed)
{
	unsigned	 d;
	struct quote	*v;

	for (d = q->depth; d > 0; d--)
		if (q->st[d - 1].m == m)
			break;
	if (d == 0)
		return false;
	while (q->depth >= d) {
		v = &q->v[q->st[q->depth - 1].slot];
		v->in_end = at;
		v->end = at + n;
		v->closed = closed && q->depth == d;
		if (!v->closed) {
			v->end = at;
		}
		q->depth--;
	}
	return true;
}

static bool
has_open(const struct qstate *q, enum mark m)
{
	unsigned	 d;

	for (d = 0; d < q->depth; d++)
		if (q->st[d].m == m)
			return true;
	return false;
}

static bool
opens_after(uint32_t p)
{
	return p == 0 || p == ' ' || p == '\n' || p == '\t' || p == '(' ||
	    p == '[' || p == 0xA0 || p == 0x2014 || p == 0x2013 || p == ':' ||
	    p == 0xAB || p == 0x201E || p == 0x201C || p == 0x2018 || p == '-';
}

/* Ends every open quote at a paragraph break. */
static void
close_all(struct qstate *q, size_t at)
{
	while (q->depth > 0)
		close_mark(q, q->st[0].m, at, 0, false);
}

static void
mark(struct qstate *q, uint32_t c, size_t i, size_t n)
{
	uint32_t	 p = prev_cp(q->t, i), x = next_cp(q->t, q->len, i + n);
	enum mark	 top = q->depth ? q->st[q->depth - 1].m : M_GUIL;

	switch (c) {
	case 0xAB: push(q, M_GUIL, i, n); break;
	case 0xBB: close_mark(q, M_GUIL, i, n, true); break;
	case 0x2039: push(q, M_SGUIL, i, n); break;
	case 0x203A: close_mark(q, M_SGUIL, i, n, true); break;
	case 0x201E: push(q, M_LOW, i, n); break;
	case 0x201C:
		if (q->depth && top == M_LOW)
			close_mark(q, M_LOW, i, n, true);
		else
			push(q, M_CURLY, i, n);
		break;
	case 0x201D:
		if (!close_mark(q, top == M_LOW ? M_LOW : M_CURLY, i, n, true) &&
		    opens_after(p))
			push(q, M_CURLY, i, n);
		break;
	case '"':
		if (q->depth && top == M_STRAIGHT)
			close_mark(q, M_STRAIGHT, i, n, true);
		else if (opens_after(p))
			push(q, M_STRAIGHT, i, n);
		else if (has_open(q, M_STRAIGHT))
			close_mark(q, M_STRAIGHT, i, n, true);
		break;
	case 0x2018:
		if (q->depth > 0 && opens_after(p))
			push(q, M_SINGLE, i, n);
		break;
	case 0x2019:
		if (q->depth && top == M_SINGLE && !is_letter(x))
			close_mark(q, M_SINGLE, i, n, true);
		break;
	}
}

void
quote_find(const char *text, size_t len, struct arena *a, struct quotes *out)
{
	struct qstate	 q;
	size_t		 i = 0, n;
	uint32_t	 c;

	memset(&q, 0, sizeof(q));
	q.t = (const unsigned char *)text;
	q.len = len;
	while (i < len) {
		n = utf8_decode(q.t + i, len - i, &c);
		if (n == 0)
			n = 1;
		if (c == '\n' && i + 1 < len && text[i + 1] == '\n')
			close_all(&q, i);
		else if (c == '"' || c == 0xAB || c == 0xBB ||
		    (c >= 0x2018 && c <= 0x201E) || c == 0x2039 || c == 0x203A)
			mark(&q, c, i, n);
		i += n;
	}
	close_all(&q, len);
	out->n = q.n;
	out->v = arena_alloc(a, (q.n ? q.n : 1) * sizeof(*out->v));
	if (q.n)
		memcpy(out->v, q.v, q.n * sizeof(*q.v));
	out->top = arena_alloc(a, (q.n ? q.n : 1) * sizeof(*out->top));
	out->ntop = 0;
	for (i = 0; i < q.n; i++)
		if (q.v[i].depth == 0)
			out->top[out->ntop++] = i;
	free(q.v);
}

long
quote_at(const struct quotes *qs, size_t off)
{
	size_t	 lo = 0, hi = qs->ntop, mid;

	/* Depth-0 quotes do not overlap: find the last starting at or
	 * before off. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (qs->v[qs->top[mid]].start <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0 || off >= qs->v[qs->top[lo - 1]].end)
		return -1;
	return (long)qs->top[lo - 1];
}
