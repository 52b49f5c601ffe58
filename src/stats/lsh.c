/* SPDX-License-Identifier: MIT */
/*
 * LSH banding over MinHash signatures and a union-find (stats/lsh.h).
 * One band at a time: hash each signature's band, sort (hash, index)
 * pairs, and walk the runs of equal hashes. Equal band hashes with
 * different band values (a 64-bit collision) only cost a verification
 * the caller does anyway.
 */
#include <math.h>
#include <stdlib.h>

#include "core/hash.h"
#include "core/xmalloc.h"
#include "stats/lsh.h"

struct slot {
	uint64_t	 h;
	size_t		 i;
};

struct uf {
	size_t	*parent;
	size_t	*size;
};

static int
slot_cmp(const void *a, const void *b)
{
	const struct slot	*x = a, *y = b;

	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	return x->i < y->i ? -1 : (x->i > y->i);
}

static void
walk_bucket(const struct slot *s, size_t n,
    void (*pair)(size_t, size_t, void *), void *arg)
{
	size_t	 i, j, from;

	for (i = 1; i < n; i++) {
		from = i > LSH_BUCKET_MAX ? i - LSH_BUCKET_MAX : 0;
		for (j = from; j < i; j++)
			pair(s[j].i, s[i].i, arg);
	}
}

void
lsh_candidates(const uint32_t *sigs, size_t n, size_t stride, int bands,
    int rows, void (*pair)(size_t, size_t, void *), void *arg)
{
	struct slot	*s;
	size_t		 i, run;
	int		 b;

	if (n < 2)
		return;
	s = xcalloc(n, sizeof(*s));
	for (b = 0; b < bands; b++) {
		for (i = 0; i < n; i++) {
			s[i].h = hash64_seed(sigs + i * stride +
			    (size_t)b * (size_t)rows,
			    (size_t)rows * sizeof(*sigs), (uint64_t)b);
			s[i].i = i;
		}
		qsort(s, n, sizeof(*s), slot_cmp);
		for (i = 0; i < n; i += run) {
			for (run = 1; i + run < n && s[i + run].h == s[i].h;
			    run++)
				;
			if (run > 1)
				walk_bucket(s + i, run, pair, arg);
		}
	}
	free(s);
}

double
lsh_threshold(int bands, int rows)
{
	return pow(1.0 / bands, 1.0 / rows);
}

struct uf *
uf_new(size_t n)
{
	struct uf	*u = xcalloc(1, sizeof(*u));
	size_t		 i;

	u->parent = xcalloc(n ? n : 1, sizeof(*u->parent));
	u->size = xcalloc(n ? n : 1, sizeof(*u->size));
	for (i = 0; i < n; i++) {
		u->parent[i] = i;
		u->size[i] = 1;
	}
	return u;
}

size_t
uf_find(struct uf *u, size_t x)
{
	while (u->parent[x] != x) {
		u->parent[x] = u->parent[u->parent[x]];
		x = u->parent[x];
	}
	return x;
}

void
uf_union(struct uf *u, size_t a, size_t b)
{
	size_t	 t;

	a = uf_find(u, a);
	b = uf_find(u, b);
	if (a == b)
		return;
	if (u->size[a] < u->size[b]) {
		t = a;
		a = b;
		b = t;
	}
	u->parent[b] = a;
	u->size[a] += u->size[b];
}

void
uf_free(struct uf *u)
{
	if (u == NULL)
		return;
	free(u->parent);
	free(u->size);
	free(u);
}
