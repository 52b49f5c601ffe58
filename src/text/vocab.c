/* SPDX-License-Identifier: MIT */
/*
 * The vocabulary (include/text/vocab.h): open addressing with linear
 * probing over a power-of-two array of 8-byte slots, each the upper half
 * of the string's hash and the word's id (0: free), grown at 5/8 load;
 * the words in an array indexed by id, one cache line each with the
 * string inline when short. Ids come in the order words first appear,
 * so the common words of a corpus sit together at the front of that
 * array, and probes read slots eight to a cache line.
 */
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/diag.h"
#include "core/hash.h"
#include "core/xmalloc.h"
#include "text/vocab.h"

_Static_assert(sizeof(struct vword) == 64, "a word is one cache line");

#define TAG(h)	((h) & 0xFFFFFFFF00000000ULL)

struct vocab {
	uint64_t	*slots;
	size_t		 mask;
	struct vword	*w;		/* w[id], w[0] unused */
	uint32_t	 n;		/* ids handed out */
	size_t		 cap;		/* of w */
	size_t		 chars;		/* bytes of the strings */
	struct arena	*a;		/* long strings */
};

struct vocab *
vocab_new(void)
{
	struct vocab	*v = xcalloc(1, sizeof(*v));

	v->mask = 1023;
	v->slots = xbig_calloc((v->mask + 1) * sizeof(*v->slots));
	v->cap = 512;
	v->w = xbig_calloc(v->cap * sizeof(*v->w));
	v->a = arena_new();
	return v;
}

void
vocab_free(struct vocab *v)
{
	if (v == NULL)
		return;
	xbig_free(v->slots, (v->mask + 1) * sizeof(*v->slots));
	xbig_free(v->w, v->cap * sizeof(*v->w));
	arena_free(v->a);
	free(v);
}

/* Equal strings of len bytes: loads of 8 and 4 bytes, overlapping. */
static bool
same(const char *a, const char *b, size_t len)
{
	uint64_t	 x, y, x2, y2;
	uint32_t	 u, w, u2, w2;

	if (len > 16)
		return memcmp(a, b, len) == 0;
	if (len >= 8) {
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		memcpy(&x2, a + len - 8, 8);
		memcpy(&y2, b + len - 8, 8);
		return x == y && x2 == y2;
	}
	if (len >= 4) {
		memcpy(&u, a, 4);
		memcpy(&w, b, 4);
		memcpy(&u2, a + len - 4, 4);
		memcpy(&w2, b + len - 4, 4);
		return u == w && u2 == w2;
	}
	while (len > 0 && *a == *b) {
		a++;
		b++;
		len--;
	}
	return len == 0;
}

/* The slot of s[0..len) with hash h, or the free one for it. */
static size_t
find(const struct vocab *v, const char *s, size_t len, uint64_t h)
{
	const struct vword	*w;
	size_t			 j;

	for (j = h & v->mask; v->slots[j] != 0; j = (j + 1) & v->mask) {
		if (TAG(v->slots[j]) != TAG(h))
			continue;
		w = &v->w[(uint32_t)v->slots[j]];
		if (w->len == len && same(vocab_str(w), s, len))
			break;
	}
	return j;
}

static void
grow_slots(struct vocab *v)
{
	uint64_t		*old = v->slots;
	const struct vword	*w;
	size_t			 i, j, oldcap = v->mask + 1;

	v->mask = oldcap * 2 - 1;
	v->slots = xbig_calloc((v->mask + 1) * sizeof(*v->slots));
	for (i = 0; i < oldcap; i++) {
		if (old[i] == 0)
			continue;
		/* A slot keeps the hash's upper half: rehash the word. */
		w = &v->w[(uint32_t)old[i]];
		for (j = vocab_hash(vocab_str(w), w->len) & v->mask;
		    v->slots[j] != 0; j = (j + 1) & v->mask)
			;
		v->slots[j] = old[i];
	}
	xbig_free(old, oldcap * sizeof(*old));
}

static struct vword *
add(struct vocab *v, const char *s, size_t len, uint64_t h)
{
	struct vword	*w;

	if ((size_t)v->n + 1 >= UINT32_MAX)
		nf_fatal("vocabulary: more than 4 billion words");
	if (((size_t)v->n + 1) * 8 > (v->mask + 1) * 5)
		grow_slots(v);
	if ((size_t)v->n + 1 >= v->cap) {
		w = xbig_calloc(2 * v->cap * sizeof(*w));
		memcpy(w, v->w, v->cap * sizeof(*w));
		xbig_free(v->w, v->cap * sizeof(*w));
		v->w = w;
		v->cap *= 2;
	}
	w = &v->w[++v->n];
	memset(w, 0, sizeof(*w));
	w->id = v->n;
	w->len = (uint32_t)len;
	if (len < VOCAB_INLINE) {
		memcpy(w->s.in, s, len);
		w->s.in[len] = '\0';
	} else
		w->s.out = arena_strndup(v->a, s, len);
	w->space = memchr(s, ' ', len) != NULL;
	v->chars += len;
	v->slots[find(v, s, len, h)] = TAG(h) | w->id;
	return w;
}

uint64_t
vocab_hash_long(const char *s, size_t len)
{
	return hash64_mem(s, len);
}

void
vocab_prefetch(const struct vocab *v, uint64_t h)
{
	__builtin_prefetch(&v->slots[h & v->mask]);
}

void
vocab_prefetch_word(const struct vocab *v, uint64_t h)
{
	uint64_t	 s = v->slots[h & v->mask];

	if (s != 0 && TAG(s) == TAG(h))
		__builtin_prefetch(&v->w[(uint32_t)s]);
}

struct vword *
vocab_intern_hashed(struct vocab *v, const char *s, size_t len, uint64_t h)
{
	size_t	 j = find(v, s, len, h);

	if (v->slots[j] != 0)
		return &v->w[(uint32_t)v->slots[j]];
	return add(v, s, len, h);
}

struct vword *
vocab_intern(struct vocab *v, const char *s, size_t len)
{
	return vocab_intern_hashed(v, s, len, vocab_hash(s, len));
}

struct vword *
vocab_get(const struct vocab *v, uint32_t id)
{
	return &v->w[id];
}

uint32_t
vocab_size(const struct vocab *v)
{
	return v->n;
}

size_t
vocab_bytes(const struct vocab *v)
{
	if (v == NULL)
		return 0;
	return (v->mask + 1) * sizeof(*v->slots) + v->cap * sizeof(*v->w) +
	    arena_used(v->a);
}

/* An array of cap items of size bytes each as it grows for n in all. */
static size_t
grown(size_t cap, size_t size, size_t n, size_t num, size_t den)
{
	size_t	 peak = cap * size;

	for (; n * den > cap * num; cap *= 2)
		peak = 3 * cap * size;
	return peak;
}

size_t
vocab_bytes_within(const struct vocab *v, size_t n)
{
	if (v == NULL)
		return 0;
	/* As add grows them: slots past 5/8 full, words when full. */
	return grown(v->mask + 1, sizeof(*v->slots), v->n + n + 1, 5, 8) +
	    grown(v->cap, sizeof(*v->w), v->n + n + 2, 1, 1) +
	    arena_used(v->a);
}

size_t
vocab_chars(const struct vocab *v)
{
	return v != NULL ? v->chars : 0;
}
