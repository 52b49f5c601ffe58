/* SPDX-License-Identifier: MIT */
/*
 * The vocabulary (include/text/vocab.h): open addressing with linear
 * probing over a power-of-two array of 8-byte slots, each the upper half
 * of the string's hash and the word's id (0: free), grown at 5/8 load;
 * by id, the words' keys (their first 24 bytes and length, 32 bytes)
 * and the words (one cache line each, the string inline when short).
 * A word of up to 24 bytes is found by its slot and its key alone: the
 * words are read only for longer words, new words, stems and output.
 * Ids come in the order words first appear, so the keys of the common
 * words of a corpus sit together at the front of their array, and
 * probes read slots eight to a cache line.
 */
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/diag.h"
#include "core/hash.h"
#include "core/xmalloc.h"
#include "text/vocab.h"

_Static_assert(sizeof(struct vword) == 64, "a word is one cache line");

/* The shift masked to 0..7 bytes: only those are ever taken (clang
   warns about the others, in the branches not taken). */
#define M(n)	((n) <= 0 ? 0 : (n) >= 8 ? ~0ULL : (1ULL << (8 * ((n) & 7))) - 1)
#define ROW(n)	{ M(n), M((n) - 8), M((n) - 16) }
const uint64_t vocab_mask[VOCAB_KEY + 1][3] = {
	ROW(0), ROW(1), ROW(2), ROW(3), ROW(4), ROW(5), ROW(6), ROW(7),
	ROW(8), ROW(9), ROW(10), ROW(11), ROW(12), ROW(13), ROW(14), ROW(15),
	ROW(16), ROW(17), ROW(18), ROW(19), ROW(20), ROW(21), ROW(22),
	ROW(23), ROW(24),
};
#undef ROW
#undef M
_Static_assert(sizeof(struct vkey) == 32, "two keys to a cache line");

#define TAG(h)	VOCAB_TAG(h)

struct vocab {
	uint64_t	*slots;
	size_t		 mask;
	struct vkey	*keys;		/* keys[id], keys[0] unused */
	struct vword	*w;		/* w[id], w[0] unused */
	uint32_t	 n;		/* ids handed out */
	size_t		 cap;		/* of w */
	size_t		 chars;		/* bytes of the strings */
	struct arena	*a;		/* long strings */
	struct vocab_view view;	/* the arrays above, for inline lookups */
};

/* The view after the arrays moved. */
static void
view_update(struct vocab *v)
{
	v->view.slots = v->slots;
	v->view.mask = v->mask;
	v->view.keys = v->keys;
	v->view.w = v->w;
}

struct vocab *
vocab_new(void)
{
	struct vocab	*v = xcalloc(1, sizeof(*v));

	v->mask = 1023;
	v->slots = xbig_calloc((v->mask + 1) * sizeof(*v->slots));
	v->cap = 512;
	v->keys = xbig_calloc(v->cap * sizeof(*v->keys));
	v->w = xbig_calloc(v->cap * sizeof(*v->w));
	v->a = arena_new();
	view_update(v);
	return v;
}

void
vocab_free(struct vocab *v)
{
	if (v == NULL)
		return;
	xbig_free(v->slots, (v->mask + 1) * sizeof(*v->slots));
	xbig_free(v->keys, v->cap * sizeof(*v->keys));
	xbig_free(v->w, v->cap * sizeof(*v->w));
	arena_free(v->a);
	free(v);
}

/* The free slot for hash h (the word is known not to be there). */
static size_t
free_slot(const struct vocab *v, uint64_t h)
{
	size_t	 j;

	for (j = h & v->mask; v->slots[j] != 0; j = (j + 1) & v->mask)
		;
	return j;
}

static void
grow_slots(struct vocab *v)
{
	uint64_t		*old = v->slots;
	const struct vword	*w;
	const struct vkey	*e;
	size_t			 i, oldcap = v->mask + 1;

	v->mask = oldcap * 2 - 1;
	v->slots = xbig_calloc((v->mask + 1) * sizeof(*v->slots));
	for (i = 0; i < oldcap; i++) {
		if (old[i] == 0)
			continue;
		/* A slot keeps the hash's upper half: hash the key again. */
		e = &v->keys[(uint32_t)old[i]];
		w = &v->w[(uint32_t)old[i]];
		v->slots[free_slot(v, vocab_hash_key(e->k, vocab_str(w),
		    e->len))] = old[i];
	}
	xbig_free(old, oldcap * sizeof(*old));
	view_update(v);
}

/* Room for id v->n + 1 in the arrays by id. */
static void
grow_ids(struct vocab *v)
{
	struct vword	*w;
	struct vkey	*e;

	w = xbig_calloc(2 * v->cap * sizeof(*w));
	memcpy(w, v->w, v->cap * sizeof(*w));
	xbig_free(v->w, v->cap * sizeof(*w));
	v->w = w;
	e = xbig_calloc(2 * v->cap * sizeof(*e));
	memcpy(e, v->keys, v->cap * sizeof(*e));
	xbig_free(v->keys, v->cap * sizeof(*e));
	v->keys = e;
	v->cap *= 2;
	view_update(v);
}

static struct vword *
add(struct vocab *v, const char *s, size_t len, const uint64_t k[3],
    uint64_t h)
{
	struct vword	*w;
	struct vkey	*e;

	if ((size_t)v->n + 1 >= UINT32_MAX)
		nf_fatal("vocabulary: more than 4 billion words");
	if (len >= UINT32_MAX)
		nf_fatal("vocabulary: a word of 4 GB or more");
	if (((size_t)v->n + 1) * 8 > (v->mask + 1) * 5)
		grow_slots(v);
	if ((size_t)v->n + 1 >= v->cap)
		grow_ids(v);
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
	e = &v->keys[w->id];
	memcpy(e->k, k, sizeof(e->k));
	e->len = (uint32_t)len;
	e->space = w->space;
	v->slots[free_slot(v, h)] = TAG(h) | w->id;
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
	vocab_view_prefetch(&v->view, h);
}

void
vocab_prefetch_word(const struct vocab *v, uint64_t h)
{
	uint64_t	 x = v->slots[h & v->mask];

	if (x != 0 && TAG(x) == TAG(h))
		__builtin_prefetch(&v->w[(uint32_t)x]);
}

struct vword *
vocab_intern_hashed(struct vocab *v, const char *s, size_t len, uint64_t h)
{
	uint64_t	 k[3];
	uint32_t	 id;

	vocab_key(s, len, k);
	if ((id = vocab_view_find(&v->view, s, len, k, h)) != 0)
		return &v->w[id];
	return add(v, s, len, k, h);
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

const struct vocab_view *
vocab_view(const struct vocab *v)
{
	return &v->view;
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
	return (v->mask + 1) * sizeof(*v->slots) +
	    v->cap * (sizeof(*v->w) + sizeof(*v->keys)) + arena_used(v->a);
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
	/* As add grows them: slots past 5/8 full, words and keys when full. */
	return grown(v->mask + 1, sizeof(*v->slots), v->n + n + 1, 5, 8) +
	    grown(v->cap, sizeof(*v->w) + sizeof(*v->keys), v->n + n + 2,
	    1, 1) +
	    arena_used(v->a);
}

size_t
vocab_chars(const struct vocab *v)
{
	return v != NULL ? v->chars : 0;
}
