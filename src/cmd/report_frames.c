/* SPDX-License-Identifier: MIT */
/*
 * The frame part of the report's pass: per group and frame the matches
 * and the articles using the frame (at least one match, as `frames` counts
 * by default), per group the articles and words; finish computes shares,
 * 95% Wilson intervals and the chi-square test per frame with the same
 * functions `frames` and `frames --compare` use (stats/prop.h), so the
 * report's numbers are theirs.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd/report.h"
#include "core/arena.h"
#include "core/xmalloc.h"
#include "stats/prop.h"

#define Z95	1.959963984540054	/* as frametab.c */

struct rep_frames {
	size_t	 nframes;
	size_t	 ngroups, cap;
	long	*hits;		/* [g * nframes + f] */
	long	*docs;
	long	*total;		/* [g] */
	long	*words;
};

static void	grow(struct rep_frames *, size_t g);
static void	fill_tests(const struct rep_frames *, struct report *,
		    const size_t *order);

struct rep_frames *
rep_frames_new(size_t nframes)
{
	struct rep_frames	*t = xcalloc(1, sizeof(*t));

	t->nframes = nframes;
	return t;
}

void
rep_frames_free(struct rep_frames *t)
{
	if (t == NULL)
		return;
	free(t->hits);
	free(t->docs);
	free(t->total);
	free(t->words);
	free(t);
}

static void
grow(struct rep_frames *t, size_t g)
{
	size_t	 old = t->cap, cap = t->cap ? t->cap : 16, nf = t->nframes;

	while (cap <= g)
		cap *= 2;
	t->hits = xrealloc(t->hits, cap * (nf + 1) * sizeof(long));
	t->docs = xrealloc(t->docs, cap * (nf + 1) * sizeof(long));
	t->total = xrealloc(t->total, cap * sizeof(long));
	t->words = xrealloc(t->words, cap * sizeof(long));
	memset(t->hits + old * nf, 0, (cap - old) * nf * sizeof(long));
	memset(t->docs + old * nf, 0, (cap - old) * nf * sizeof(long));
	memset(t->total + old, 0, (cap - old) * sizeof(long));
	memset(t->words + old, 0, (cap - old) * sizeof(long));
	t->cap = cap;
}

void
rep_frames_add(struct rep_frames *t, size_t g, const long *hits,
    long words, bool *has)
{
	size_t	 f, nf = t->nframes;

	if (g >= t->cap)
		grow(t, g);
	if (g >= t->ngroups)
		t->ngroups = g + 1;
	t->total[g]++;
	t->words[g] += words;
	for (f = 0; f < nf; f++) {
		t->hits[g * nf + f] += hits[f];
		has[f] = hits[f] >= 1;
		if (has[f])
			t->docs[g * nf + f]++;
	}
}

void
rep_frames_join(struct rep_frames *t, const struct rep_frames *w,
    const size_t *map)
{
	size_t	 g, f, m, nf = t->nframes;

	for (g = 0; g < w->ngroups; g++) {
		m = map[g];
		if (m >= t->cap)
			grow(t, m);
		if (m >= t->ngroups)
			t->ngroups = m + 1;
		t->total[m] += w->total[g];
		t->words[m] += w->words[g];
		for (f = 0; f < nf; f++) {
			t->hits[m * nf + f] += w->hits[g * nf + f];
			t->docs[m * nf + f] += w->docs[g * nf + f];
		}
	}
}

static void
fill_tests(const struct rep_frames *t, struct report *r, const size_t *order)
{
	long		*k = xcalloc(r->ngroups + 1, sizeof(long));
	long		*n = xcalloc(r->ngroups + 1, sizeof(long));
	struct chisq	 x;
	size_t		 f, g, nf = t->nframes;

	r->tests = arena_calloc(r->arena, nf + 1, sizeof(*r->tests));
	for (f = 0; f < nf; f++) {
		for (g = 0; g < r->ngroups; g++) {
			k[g] = order[g] < t->ngroups ?
			    t->docs[order[g] * nf + f] : 0;
			n[g] = order[g] < t->ngroups ? t->total[order[g]] : 0;
		}
		if (prop_chisq(k, n, r->ngroups, &x) != 0)
			continue;
		r->tests[f] = (struct rep_test){ x.stat, x.df, x.p, x.v, true };
	}
	free(k);
	free(n);
}

void
rep_frames_finish(const struct rep_frames *t, struct report *r,
    const size_t *order)
{
	struct rep_cell	*c;
	size_t		 g, f, o, nf = t->nframes;

	r->cells = arena_calloc(r->arena, r->ngroups * nf + 1,
	    sizeof(*r->cells));
	for (g = 0; g < r->ngroups; g++) {
		if ((o = order[g]) >= t->ngroups)
			continue;
		for (f = 0; f < nf; f++) {
			c = &r->cells[g * nf + f];
			c->hits = t->hits[o * nf + f];
			c->docs = t->docs[o * nf + f];
			c->total = t->total[o];
			c->words = t->words[o];
			c->share = c->total > 0 ? (double)c->docs /
			    (double)c->total : 0;
			prop_wilson(c->docs, c->total, Z95, &c->lo, &c->hi);
		}
	}
	fill_tests(t, r, order);
}
