/* SPDX-License-Identifier: MIT */
/*
 * Id-tuple count tables (include/stats/gramtab.h): one power-of-two array
 * of entries, each the three 32-bit counts then the key (12 + 4 bytes an
 * id, so that more of a table stays in the caches; an entry may cross
 * two cache lines, and both are fetched ahead), linear probing, a count
 * of 0 marking a free entry, grown at 3/4 load. The
 * hash mixes the key's words with a multiply each and a 64-bit finalizer
 * (its low bits pick the entry). Big arrays are on huge pages
 * (core/xmalloc.h, xbig_calloc): a table of n-grams is far bigger than
 * the caches, and its pages would miss the TLB on every count.
 */
#include <stdlib.h>
#include <string.h>

#include "core/xmalloc.h"
#include "stats/gramtab.h"

struct gramtab {
	char		*e;		/* entries, stride bytes each */
	size_t		 stride;
	size_t		 width;
	size_t		 mask;
	size_t		 n;
};

#define KEY(p)	((uint32_t *)(void *)((p) + GRAM_COUNTS_BYTES))

struct gramtab *
gramtab_new(size_t width)
{
	struct gramtab	*t = xcalloc(1, sizeof(*t));

	if (width < 1 || width > GRAMTAB_MAX_WIDTH)
		abort();
	t->width = width;
	t->stride = GRAM_COUNTS_BYTES + width * 4;
	t->mask = 1023;
	t->e = xbig_calloc((t->mask + 1) * t->stride);
	return t;
}

void
gramtab_free(struct gramtab *t)
{
	if (t == NULL)
		return;
	xbig_free(t->e, (t->mask + 1) * t->stride);
	free(t);
}

/*
 * The hot functions take the key's width: gramtab_count_keys calls them
 * with it constant, so the loops over a key's ids unroll.
 */
#define HOT	static inline __attribute__((always_inline))

HOT uint64_t
hash_w(const uint32_t *key, size_t w)
{
	uint64_t	 h = 0x9E3779B97F4A7C15ULL;
	size_t		 i;

	for (i = 0; i < w; i++)
		h = (h ^ key[i]) * 0xFF51AFD7ED558CCDULL;
	h ^= h >> 33;
	h *= 0xC4CEB9FE1A85EC53ULL;
	h ^= h >> 33;
	return h;
}

static uint64_t
hash_key(const struct gramtab *t, const uint32_t *key)
{
	return hash_w(key, t->width);
}

uint64_t
gramtab_hash(const struct gramtab *t, const uint32_t *key)
{
	return hash_key(t, key);
}

void
gramtab_prefetch(const struct gramtab *t, uint64_t hash)
{
	__builtin_prefetch(t->e + (hash & t->mask) * t->stride);
}

HOT bool
same(const uint32_t *a, const uint32_t *b, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

/* The entry of key (w ids), or the free one where it goes. */
HOT char *
find_w(const struct gramtab *t, const uint32_t *key, uint64_t hash, size_t w)
{
	size_t	 j = hash & t->mask;
	char	*p;

	for (;; j = (j + 1) & t->mask) {
		p = t->e + j * t->stride;
		if (((struct gram_counts *)p)->count == 0 ||
		    same(KEY(p), key, w))
			return p;
	}
}

static char *
find(const struct gramtab *t, const uint32_t *key, uint64_t hash)
{
	return find_w(t, key, hash, t->width);
}

static void
grow(struct gramtab *t)
{
	struct gramtab	 old = *t;
	size_t		 i;
	char		*p, *q;

	t->mask = (old.mask + 1) * 2 - 1;
	t->e = xbig_calloc((t->mask + 1) * t->stride);
	for (i = 0; i <= old.mask; i++) {
		p = old.e + i * old.stride;
		if (((struct gram_counts *)p)->count == 0)
			continue;
		q = find(t, KEY(p), hash_key(t, KEY(p)));
		memcpy(q, p, t->stride);
	}
	xbig_free(old.e, (old.mask + 1) * old.stride);
}

/* A new entry for key, at p unless the table grows first. */
static __attribute__((noinline)) char *
add_key(struct gramtab *t, char *p, const uint32_t *key, uint64_t hash)
{
	if ((t->n + 1) * 4 > (t->mask + 1) * 3) {
		grow(t);
		p = find(t, key, hash);
	}
	memset(p, 0, t->stride);
	memcpy(KEY(p), key, t->width * 4);
	t->n++;
	return p;
}

/* The counts of key, a new entry made when absent (out of line: the
   lookup is what runs for nearly every key). */
HOT struct gram_counts *
entry(struct gramtab *t, const uint32_t *key, uint64_t hash, size_t w)
{
	char	*p = find_w(t, key, hash, w);

	if (((struct gram_counts *)p)->count == 0)
		p = add_key(t, p, key, hash);
	return (struct gram_counts *)p;
}

void
gramtab_add(struct gramtab *t, const uint32_t *key, uint64_t hash,
    int64_t count, int64_t docs)
{
	struct gram_counts	*c = entry(t, key, hash, t->width);

	/* Within GRAMTAB_COUNT_MAX: the caller's part. */
	c->count += (uint32_t)count;
	c->docs += (uint32_t)docs;
}

HOT void
count(struct gramtab *t, const uint32_t *key, uint64_t hash, int64_t doc,
    size_t w)
{
	struct gram_counts	*c = entry(t, key, hash, w);

	c->count++;
	if (c->stamp != (uint32_t)doc) {
		c->docs++;
		c->stamp = (uint32_t)doc;
	}
}

void
gramtab_count(struct gramtab *t, const uint32_t *key, uint64_t hash,
    int64_t doc)
{
	count(t, key, hash, doc, t->width);
}

/*
 * Each key is hashed and its entry prefetched GRAMTAB_AHEAD keys before
 * it is counted, all in here: a call or three per key showed. A grow
 * between the two only makes the prefetch useless.
 */
HOT void
count_keys(struct gramtab *t, const uint32_t *keys, size_t n, int64_t doc,
    size_t w)
{
	uint64_t	 h[GRAMTAB_AHEAD];
	size_t		 i;
	const char	*p;

	for (i = 0; i < n + GRAMTAB_AHEAD; i++) {
		if (i >= GRAMTAB_AHEAD)
			count(t, keys + (i - GRAMTAB_AHEAD) * w,
			    h[i % GRAMTAB_AHEAD], doc, w);
		if (i < n) {
			h[i % GRAMTAB_AHEAD] = hash_w(keys + i * w, w);
			p = t->e + (h[i % GRAMTAB_AHEAD] & t->mask) * t->stride;
			__builtin_prefetch(p);
			__builtin_prefetch(p + t->stride - 1);
		}
	}
}

void
gramtab_count_keys(struct gramtab *t, const uint32_t *keys, size_t n,
    int64_t doc)
{
	_Static_assert(GRAMTAB_MAX_WIDTH == 6, "a case per width");
	switch (t->width) {
	case 1:
		count_keys(t, keys, n, doc, 1);
		break;
	case 2:
		count_keys(t, keys, n, doc, 2);
		break;
	case 3:
		count_keys(t, keys, n, doc, 3);
		break;
	case 4:
		count_keys(t, keys, n, doc, 4);
		break;
	case 5:
		count_keys(t, keys, n, doc, 5);
		break;
	default:
		count_keys(t, keys, n, doc, 6);
		break;
	}
}

size_t
gramtab_rows(const struct gramtab *t)
{
	return t->n;
}

size_t
gramtab_bytes(const struct gramtab *t)
{
	return t != NULL ? (t->mask + 1) * t->stride : 0;
}

size_t
gramtab_bytes_within(const struct gramtab *t, size_t rows)
{
	size_t	 cap, peak;

	if (t == NULL)
		return 0;
	cap = t->mask + 1;
	peak = cap * t->stride;
	/* As add_key grows it: past 3/4, twice the entries. */
	for (; (t->n + rows) * 4 > cap * 3; cap *= 2)
		peak = 3 * cap * t->stride;
	return peak;
}

bool
gramtab_next(const struct gramtab *t, size_t *pos, const uint32_t **key,
    struct gram_counts **c)
{
	char	*p;

	for (; *pos <= t->mask; (*pos)++) {
		p = t->e + *pos * t->stride;
		if (((struct gram_counts *)p)->count == 0)
			continue;
		*key = KEY(p);
		*c = (struct gram_counts *)p;
		(*pos)++;
		return true;
	}
	return false;
}
