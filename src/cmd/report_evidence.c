/* SPDX-License-Identifier: MIT */
/*
 * The evidence lines of the report: for each group and frame, the first
 * match in each of the K articles with the least hash of their id (a
 * sample that does not depend on input order, so runs and shards agree),
 * with its context cut from the original text (text/context.h, as kwic
 * does); of articles with one hash (one id), the first in the input.
 * With -j each worker keeps its own K per cell and the join keeps the K
 * least of them all, which are the K of the whole input. Only K lines per group and frame are kept; lines pushed out by
 * an article with a smaller hash stay in the arena until the end, a few
 * dozen per cell on any corpus.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd/report.h"
#include "core/arena.h"
#include "core/hash.h"
#include "core/record.h"
#include "core/xmalloc.h"
#include "text/context.h"
#include "text/hits.h"

#define CONTEXT_TOKENS	10

struct eslot {
	uint64_t	 key;
	unsigned long	 seq;		/* the record's place in the input */
	struct rep_kwic	 k;
};

struct rep_evid {
	size_t		 nframes;
	int		 per;		/* K */
	struct arena	*arena;
	struct eslot	*slots;		/* [(g * nframes + f) * K + i] */
	size_t		*n;		/* [g * nframes + f] */
	size_t		 cap;		/* groups */
};

static void	grow(struct rep_evid *, size_t g);
static const struct match *first_hit(const struct doc_hits *, unsigned f,
		    const struct field_hits **where);
static const char *dup_or_null(struct arena *, const char *);
static bool	before(uint64_t key, unsigned long seq, const struct eslot *);
static size_t	make_room(struct rep_evid *, size_t cell, uint64_t key,
		    unsigned long seq);
static void	keep(struct rep_evid *, size_t g, unsigned f, uint64_t key,
		    unsigned long seq, const struct record *,
		    const struct doc_hits *, struct arena *);

struct rep_evid *
rep_evid_new(size_t nframes, int per)
{
	struct rep_evid	*e = xcalloc(1, sizeof(*e));

	e->nframes = nframes;
	e->per = per;
	e->arena = arena_new();
	return e;
}

void
rep_evid_free(struct rep_evid *e)
{
	if (e == NULL)
		return;
	arena_free(e->arena);
	free(e->slots);
	free(e->n);
	free(e);
}

static void
grow(struct rep_evid *e, size_t g)
{
	size_t	 old = e->cap, cap = e->cap ? e->cap : 16;
	size_t	 cells;

	while (cap <= g)
		cap *= 2;
	cells = cap * e->nframes;
	e->slots = xrealloc(e->slots, (cells * (size_t)e->per + 1) *
	    sizeof(*e->slots));
	e->n = xrealloc(e->n, (cells + 1) * sizeof(*e->n));
	memset(e->n + old * e->nframes, 0, (cap - old) * e->nframes *
	    sizeof(*e->n));
	e->cap = cap;
}

/* The first hit of frame f: in the text, else in the title. */
static const struct match *
first_hit(const struct doc_hits *d, unsigned f,
    const struct field_hits **where)
{
	static const enum hits_field order[] = { HITS_TEXT, HITS_TITLE };
	size_t	 i, k;

	for (i = 0; i < 2; i++) {
		*where = &d->f[order[i]];
		for (k = 0; k < (*where)->n; k++)
			if ((*where)->v[k].frame == f)
				return &(*where)->v[k];
	}
	return NULL;
}

/* Does (key, seq) come before slot s? */
static bool
before(uint64_t key, unsigned long seq, const struct eslot *s)
{
	return key < s->key || (key == s->key && seq < s->seq);
}

/*
 * Opens the slot of (key, seq) in cell's sorted K slots, dropping the
 * last when they are full. Returns its index, or K when it ranks after
 * all K.
 */
static size_t
make_room(struct rep_evid *e, size_t cell, uint64_t key, unsigned long seq)
{
	struct eslot	*s = e->slots + cell * (size_t)e->per;
	size_t		 i, n = e->n[cell];

	if (n == (size_t)e->per && !before(key, seq, &s[n - 1]))
		return (size_t)e->per;
	i = n < (size_t)e->per ? n : n - 1;
	for (; i > 0 && before(key, seq, &s[i - 1]); i--)
		s[i] = s[i - 1];
	if (n < (size_t)e->per)
		e->n[cell]++;
	s[i].key = key;
	s[i].seq = seq;
	return i;
}

static void
keep(struct rep_evid *e, size_t g, unsigned f, uint64_t key,
    unsigned long seq, const struct record *r, const struct doc_hits *d,
    struct arena *tmp)
{
	size_t			 cell = g * e->nframes + f, i, n = e->n[cell];
	struct eslot		*s = e->slots + cell * (size_t)e->per;
	const struct field_hits	*fh;
	const struct match	*m;
	struct context		 c;
	struct arena		*a = e->arena;

	if (n == (size_t)e->per && !before(key, seq, &s[n - 1]))
		return;
	if ((m = first_hit(d, f, &fh)) == NULL)
		return;
	i = make_room(e, cell, key, seq);
	context_get(fh->text, fh->len, &fh->toks, m->first, m->last,
	    CONTEXT_TOKENS, 0, tmp, &c);
	s[i].k = (struct rep_kwic){
		arena_strdup(a, c.left), arena_strdup(a, c.match),
		arena_strdup(a, c.right),
		r->url ? arena_strdup(a, r->url) : NULL,
		r->title ? arena_strdup(a, r->title) : NULL,
		r->outlet ? arena_strdup(a, r->outlet) : "(none)",
		r->published ? arena_strndup(a, r->published, 10) : NULL,
	};
}

void
rep_evid_add(struct rep_evid *e, size_t g, const struct record *r,
    unsigned long seq, const long *hits, const struct doc_hits *d,
    struct arena *tmp)
{
	const char	*id;
	uint64_t	 key;
	unsigned	 f;

	if (e->per == 0)
		return;
	if (g >= e->cap)
		grow(e, g);
	id = r->id ? r->id : (r->url ? r->url : (r->title ? r->title : ""));
	key = hash64(id, strlen(id));
	for (f = 0; f < e->nframes; f++)
		if (hits[f] > 0)
			keep(e, g, f, key, seq, r, d, tmp);
}

static const char *
dup_or_null(struct arena *a, const char *s)
{
	return s != NULL ? arena_strdup(a, s) : NULL;
}

void
rep_evid_join(struct rep_evid *e, const struct rep_evid *w,
    const size_t *map)
{
	const struct eslot	*ws;
	struct eslot		*s;
	struct arena		*a = e->arena;
	size_t			 g, f, i, k, cell, nf = e->nframes;

	if (e->per == 0)
		return;
	/* Cells of groups w never saw are empty: map is read for its own. */
	for (g = 0; g < w->cap; g++)
		for (f = 0; f < nf; f++) {
			cell = g * nf + f;
			for (i = 0; i < w->n[cell]; i++) {
				ws = &w->slots[cell * (size_t)w->per + i];
				if (map[g] >= e->cap)
					grow(e, map[g]);
				k = make_room(e, map[g] * nf + f, ws->key,
				    ws->seq);
				if (k == (size_t)e->per)
					break;	/* the rest rank lower still */
				s = &e->slots[(map[g] * nf + f) *
				    (size_t)e->per + k];
				s->k = (struct rep_kwic){
					arena_strdup(a, ws->k.left),
					arena_strdup(a, ws->k.match),
					arena_strdup(a, ws->k.right),
					dup_or_null(a, ws->k.url),
					dup_or_null(a, ws->k.title),
					arena_strdup(a, ws->k.outlet),
					dup_or_null(a, ws->k.published),
				};
			}
		}
}

void
rep_evid_finish(const struct rep_evid *e, struct report *r,
    const size_t *order)
{
	size_t	 g, f, i, o, nf = e->nframes;

	if (e->per == 0)
		return;
	r->evidence = arena_calloc(r->arena, nf * r->ngroups + 1,
	    sizeof(*r->evidence));
	for (g = 0; g < r->ngroups; g++) {
		if ((o = order[g]) >= e->cap)
			continue;
		for (f = 0; f < nf; f++) {
			struct rep_evidence *ev = &r->evidence[f * r->ngroups
			    + g];
			const struct eslot *s = e->slots + (o * nf + f) *
			    (size_t)e->per;

			ev->n = e->n[o * nf + f];
			ev->v = arena_calloc(r->arena, ev->n + 1,
			    sizeof(*ev->v));
			for (i = 0; i < ev->n; i++)
				ev->v[i] = s[i].k;
		}
	}
}
