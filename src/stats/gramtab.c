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
 *
 * A paired table's entries have the counts of the key without its last
 * id (struct gram_lower) between the counts and the key, so that one
 * lookup counts an n-gram and the (n-1)-gram it starts with; an entry is
 * free when both counts are 0, and one with a lower count only is no row.
 */
#include <stdlib.h>
#include <string.h>

#include "core/xmalloc.h"
#include "stats/gramtab.h"

struct gramtab {
	char		*e;		/* entries, stride bytes each */
	size_t		 stride;
	size_t		 koff;		/* bytes before an entry's key */
	size_t		 width;
	size_t		 mask;
	size_t		 n;		/* entries taken */
	size_t		 rows;		/* entries with a count */
	size_t		 lower;		/* with a lower count (paired) */
	bool		 paired;
	bool		 folded;	/* the lower counts are in their table */
};

/* An entry's parts; koff is GRAM_COUNTS_BYTES or, paired, PAIR_BYTES. */
#define PAIR_BYTES	(GRAM_COUNTS_BYTES + sizeof(struct gram_lower))
#define KEY_AT(p, koff)	((uint32_t *)(void *)((p) + (koff)))
#define KEY(t, p)	KEY_AT(p, (t)->koff)
#define COUNTS(p)	((struct gram_counts *)(void *)(p))
#define LOWER(p)	((struct gram_lower *)(void *)((p) + GRAM_COUNTS_BYTES))

/* Free: no count, and (paired) no lower count either. */
#define FREE_AT(p, paired)						\
	(COUNTS(p)->count == 0 && (!(paired) || LOWER(p)->count == 0))

static struct gramtab *
new_table(size_t width, bool paired)
{
	struct gramtab	*t = xcalloc(1, sizeof(*t));

	if (width < (paired ? 2u : 1u) || width > GRAMTAB_MAX_WIDTH)
		abort();
	t->width = width;
	t->paired = paired;
	t->koff = paired ? PAIR_BYTES : GRAM_COUNTS_BYTES;
	t->stride = t->koff + width * 4;
	t->mask = 1023;
	t->e = xbig_calloc((t->mask + 1) * t->stride);
	return t;
}

struct gramtab *
gramtab_new(size_t width)
{
	return new_table(width, false);
}

struct gramtab *
gramtab_new_paired(size_t width)
{
	return new_table(width, true);
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

/*
 * The entry of key (w ids), or the free one where it goes; koff and
 * paired are t's, constant where the hot loops call it.
 */
HOT char *
find_w(const struct gramtab *t, const uint32_t *key, uint64_t hash, size_t w,
    size_t koff, bool paired)
{
	size_t	 j = hash & t->mask;
	char	*p;

	for (;; j = (j + 1) & t->mask) {
		p = t->e + j * t->stride;
		if (FREE_AT(p, paired) || same(KEY_AT(p, koff), key, w))
			return p;
	}
}

static char *
find(const struct gramtab *t, const uint32_t *key, uint64_t hash)
{
	return find_w(t, key, hash, t->width, t->koff, t->paired);
}

/* To cap entries (a power of two), the entries rehashed. */
static void
grow_to(struct gramtab *t, size_t cap)
{
	struct gramtab	 old = *t;
	size_t		 i;
	char		*p, *q;

	t->mask = cap - 1;
	t->e = xbig_calloc((t->mask + 1) * t->stride);
	for (i = 0; i <= old.mask; i++) {
		p = old.e + i * old.stride;
		if (FREE_AT(p, t->paired))
			continue;
		q = find(t, KEY(t, p), hash_key(t, KEY(t, p)));
		memcpy(q, p, t->stride);
	}
	xbig_free(old.e, (old.mask + 1) * old.stride);
}

static void
grow(struct gramtab *t)
{
	grow_to(t, (t->mask + 1) * 2);
}

void
gramtab_reserve(struct gramtab *t, size_t rows)
{
	size_t	 cap = t->mask + 1;

	/* As add_key would grow it, in one step. */
	while (rows * 4 > cap * 3)
		cap *= 2;
	if (cap > t->mask + 1)
		grow_to(t, cap);
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
	memcpy(KEY(t, p), key, t->width * 4);
	t->n++;
	return p;
}

/* The entry of key, made when absent (out of line: the lookup is what
   runs for nearly every key). */
HOT char *
entry(struct gramtab *t, const uint32_t *key, uint64_t hash, size_t w,
    size_t koff, bool paired)
{
	char	*p = find_w(t, key, hash, w, koff, paired);

	if (FREE_AT(p, paired))
		p = add_key(t, p, key, hash);
	return p;
}

void
gramtab_add(struct gramtab *t, const uint32_t *key, uint64_t hash,
    int64_t count, int64_t docs)
{
	struct gram_counts	*c;

	if (count == 0)
		return;
	c = COUNTS(entry(t, key, hash, t->width, t->koff, t->paired));
	t->rows += c->count == 0;
	/* Within GRAMTAB_COUNT_MAX: the caller's part. */
	c->count += (uint32_t)count;
	c->docs += (uint32_t)docs;
}

HOT void
count(struct gramtab *t, const uint32_t *key, uint64_t hash, int64_t doc,
    size_t w)
{
	struct gram_counts	*c = COUNTS(entry(t, key, hash, w,
				    GRAM_COUNTS_BYTES, false));

	t->rows += c->count == 0;
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

/* A paired key: the flags say which of its counts go up (gramtab.h). */
HOT void
count_pair(struct gramtab *t, const uint32_t *key, uint64_t hash, int64_t doc,
    unsigned flags, size_t w)
{
	char			*p = entry(t, key, hash, w, PAIR_BYTES, true);
	struct gram_counts	*c = COUNTS(p);
	struct gram_lower	*l = LOWER(p);

	if (flags & GRAM_PAIR_UPPER) {
		t->rows += c->count == 0;
		c->count++;
		if (c->stamp != (uint32_t)doc) {
			c->docs++;
			c->stamp = (uint32_t)doc;
		}
	}
	if (flags & GRAM_PAIR_LOWER) {
		t->lower += l->count == 0;
		l->count++;
		l->docs += (flags & GRAM_PAIR_FIRST) != 0;
	}
}

/*
 * Each key is hashed and its entry prefetched GRAMTAB_AHEAD keys before
 * it is counted, all in here: a call or three per key showed. A grow
 * between the two only makes the prefetch useless. flags: a paired
 * table's (constant NULL for a plain one, so the branches fold away).
 */
HOT void
count_batch(struct gramtab *t, const uint32_t *keys, const uint8_t *flags,
    size_t n, int64_t doc, size_t w)
{
	uint64_t	 h[GRAMTAB_AHEAD];
	size_t		 i, j;
	const char	*p;

	for (i = 0; i < n + GRAMTAB_AHEAD; i++) {
		j = i - GRAMTAB_AHEAD;
		if (i >= GRAMTAB_AHEAD && flags != NULL)
			count_pair(t, keys + j * w, h[j % GRAMTAB_AHEAD], doc,
			    flags[j], w);
		else if (i >= GRAMTAB_AHEAD)
			count(t, keys + j * w, h[j % GRAMTAB_AHEAD], doc, w);
		if (i < n) {
			h[i % GRAMTAB_AHEAD] = hash_w(keys + i * w, w);
			p = t->e + (h[i % GRAMTAB_AHEAD] & t->mask) * t->stride;
			__builtin_prefetch(p);
			__builtin_prefetch(p + t->stride - 1);
		}
	}
}

/* count_batch with the width constant, the key loops unrolled. */
HOT void
count_by_width(struct gramtab *t, const uint32_t *keys, const uint8_t *flags,
    size_t n, int64_t doc)
{
	_Static_assert(GRAMTAB_MAX_WIDTH == 6, "a case per width");
	switch (t->width) {
	case 1:
		count_batch(t, keys, flags, n, doc, 1);
		break;
	case 2:
		count_batch(t, keys, flags, n, doc, 2);
		break;
	case 3:
		count_batch(t, keys, flags, n, doc, 3);
		break;
	case 4:
		count_batch(t, keys, flags, n, doc, 4);
		break;
	case 5:
		count_batch(t, keys, flags, n, doc, 5);
		break;
	default:
		count_batch(t, keys, flags, n, doc, 6);
		break;
	}
}

void
gramtab_count_keys(struct gramtab *t, const uint32_t *keys, size_t n,
    int64_t doc)
{
	if (t->paired)
		abort();
	count_by_width(t, keys, NULL, n, doc);
}

void
gramtab_count_pairs(struct gramtab *t, const uint32_t *keys,
    const uint8_t *flags, size_t n, int64_t doc)
{
	/* Lower counts after the fold would never be printed. */
	if (!t->paired || t->folded)
		abort();
	count_by_width(t, keys, flags, n, doc);
}

size_t
gramtab_lower_rows(const struct gramtab *t)
{
	return t != NULL && t->paired && !t->folded ? t->lower : 0;
}

void
gramtab_add_keys(struct gramtab *t, const uint32_t *keys,
    const uint32_t *counts, size_t n)
{
	uint64_t	 h[GRAMTAB_AHEAD];
	size_t		 i, j, w = t->width;
	const char	*p;

	/* As count_batch: the entries fetched ahead, the misses overlapped. */
	for (i = 0; i < n + GRAMTAB_AHEAD; i++) {
		j = i - GRAMTAB_AHEAD;
		if (i >= GRAMTAB_AHEAD)
			gramtab_add(t, keys + j * w, h[j % GRAMTAB_AHEAD],
			    counts[2 * j], counts[2 * j + 1]);
		if (i < n) {
			h[i % GRAMTAB_AHEAD] = hash_key(t, keys + i * w);
			p = t->e + (h[i % GRAMTAB_AHEAD] & t->mask) * t->stride;
			__builtin_prefetch(p);
			__builtin_prefetch(p + t->stride - 1);
		}
	}
}

/* Entries folded a batch at a time, with gramtab_add_keys. */
#define FOLD_BATCH	256

void
gramtab_fold_lower(struct gramtab *t, struct gramtab *lower)
{
	uint32_t		 keys[FOLD_BATCH * GRAMTAB_MAX_WIDTH];
	uint32_t		 counts[2 * FOLD_BATCH];
	struct gram_lower	*l;
	size_t			 i, n = 0, w = lower->width;
	char			*p;

	if (!t->paired || w != t->width - 1)
		abort();
	if (t->folded)
		return;
	for (i = 0; i <= t->mask; i++) {
		p = t->e + i * t->stride;
		l = LOWER(p);
		if (l->count == 0)
			continue;
		memcpy(keys + n * w, KEY(t, p), w * sizeof(*keys));
		counts[2 * n] = l->count;
		counts[2 * n + 1] = l->docs;
		if (++n == FOLD_BATCH) {
			gramtab_add_keys(lower, keys, counts, n);
			n = 0;
		}
	}
	gramtab_add_keys(lower, keys, counts, n);
	t->folded = true;
}

size_t
gramtab_rows(const struct gramtab *t)
{
	return t->rows;
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
		if (COUNTS(p)->count == 0)
			continue;
		*key = KEY(t, p);
		*c = (struct gram_counts *)p;
		(*pos)++;
		return true;
	}
	return false;
}
