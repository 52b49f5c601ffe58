/* SPDX-License-Identifier: MIT */
/*
 * Id-tuple count tables (include/stats/gramtab.h): one power-of-two array
 * of entries, each the counts then the key padded to 8 bytes, linear
 * probing, a count of 0 marking a free entry, grown at 5/8 load. The
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

#define KEY(p)	((uint32_t *)((p) + sizeof(struct gram_counts)))

struct gramtab *
gramtab_new(size_t width)
{
	struct gramtab	*t = xcalloc(1, sizeof(*t));

	if (width < 1 || width > GRAMTAB_MAX_WIDTH)
		abort();
	t->width = width;
	t->stride = sizeof(struct gram_counts) + (width * 4 + 7) / 8 * 8;
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

static inline uint64_t
hash_key(const struct gramtab *t, const uint32_t *key)
{
	uint64_t	 h = 0x9E3779B97F4A7C15ULL;
	size_t		 i;

	for (i = 0; i < t->width; i++)
		h = (h ^ key[i]) * 0xFF51AFD7ED558CCDULL;
	h ^= h >> 33;
	h *= 0xC4CEB9FE1A85EC53ULL;
	h ^= h >> 33;
	return h;
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

static bool
same(const uint32_t *a, const uint32_t *b, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

/* The entry of key, or the free one where it goes. */
static inline char *
find(const struct gramtab *t, const uint32_t *key, uint64_t hash)
{
	size_t	 j = hash & t->mask;
	char	*p;

	for (;; j = (j + 1) & t->mask) {
		p = t->e + j * t->stride;
		if (((struct gram_counts *)p)->count == 0 ||
		    same(KEY(p), key, t->width))
			return p;
	}
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
	if ((t->n + 1) * 8 > (t->mask + 1) * 5) {
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
static inline struct gram_counts *
entry(struct gramtab *t, const uint32_t *key, uint64_t hash)
{
	char	*p = find(t, key, hash);

	if (((struct gram_counts *)p)->count == 0)
		p = add_key(t, p, key, hash);
	return (struct gram_counts *)p;
}

void
gramtab_add(struct gramtab *t, const uint32_t *key, uint64_t hash,
    int64_t count, int64_t docs)
{
	struct gram_counts	*c = entry(t, key, hash);

	c->count += count;
	c->docs += docs;
}

static inline void
count(struct gramtab *t, const uint32_t *key, uint64_t hash, int64_t doc)
{
	struct gram_counts	*c = entry(t, key, hash);

	c->count++;
	if (c->stamp != doc) {
		c->docs++;
		c->stamp = doc;
	}
}

void
gramtab_count(struct gramtab *t, const uint32_t *key, uint64_t hash,
    int64_t doc)
{
	count(t, key, hash, doc);
}

/*
 * Each key is hashed and its entry prefetched GRAMTAB_AHEAD keys before
 * it is counted, all in here: a call or three per key showed. A grow
 * between the two only makes the prefetch useless.
 */
void
gramtab_count_keys(struct gramtab *t, const uint32_t *keys, size_t n,
    int64_t doc)
{
	uint64_t	 h[GRAMTAB_AHEAD];
	size_t		 i, w = t->width;

	for (i = 0; i < n + GRAMTAB_AHEAD; i++) {
		if (i >= GRAMTAB_AHEAD)
			count(t, keys + (i - GRAMTAB_AHEAD) * w,
			    h[i % GRAMTAB_AHEAD], doc);
		if (i < n) {
			h[i % GRAMTAB_AHEAD] = hash_key(t, keys + i * w);
			__builtin_prefetch(t->e + (h[i % GRAMTAB_AHEAD] &
			    t->mask) * t->stride);
		}
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
	/* As entry grows it: past 5/8, twice the entries. */
	for (; (t->n + rows) * 8 > cap * 5; cap *= 2)
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
