/* SPDX-License-Identifier: MIT */
/*
 * The vocabulary (include/text/vocab.h): open addressing with linear
 * probing over a power-of-two array of words, each one cache line with
 * the string inline when it is short, grown at 5/8 load. A lookup reads
 * one line in the common case; where each id's word is (slot_of) is
 * only read to rebuild strings and when a stem is cached.
 */
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/diag.h"
#include "core/hash.h"
#include "core/xmalloc.h"
#include "text/vocab.h"

struct vocab {
	struct vword	*w;		/* the table, 64-byte aligned */
	size_t		 mask;
	uint32_t	*slot_of;	/* slot_of[id], [0] unused */
	uint32_t	 n;		/* ids handed out */
	size_t		 cap;		/* of slot_of */
	struct arena	*a;		/* long strings */
};

_Static_assert(sizeof(struct vword) == 64, "a word is one cache line");

static struct vword *
table_new(size_t n)
{
	return xbig_calloc(n * sizeof(struct vword));
}

struct vocab *
vocab_new(void)
{
	struct vocab	*v = xcalloc(1, sizeof(*v));

	v->mask = 1023;
	v->w = table_new(v->mask + 1);
	v->cap = 512;
	v->slot_of = xcalloc(v->cap, sizeof(*v->slot_of));
	v->a = arena_new();
	return v;
}

void
vocab_free(struct vocab *v)
{
	if (v == NULL)
		return;
	xbig_free(v->w, (v->mask + 1) * sizeof(struct vword));
	free(v->slot_of);
	arena_free(v->a);
	free(v);
}

static bool
same(const char *a, const char *b, size_t len)
{
	while (len > 0 && *a == *b) {
		a++;
		b++;
		len--;
	}
	return len == 0;
}

/* Where the word of s[0..len) with hash h is, or the free entry for it. */
static size_t
find(const struct vocab *v, const char *s, size_t len, uint64_t h)
{
	const struct vword	*w;
	uint32_t		 tag = (uint32_t)(h >> 32);
	size_t			 j;

	for (j = h & v->mask;; j = (j + 1) & v->mask) {
		w = &v->w[j];
		if (w->id == 0 || (w->hash == tag && w->len == len &&
		    same(vocab_str(w), s, len)))
			return j;
	}
}

static void
grow(struct vocab *v)
{
	struct vword	*old = v->w;
	size_t		 i, j, oldcap = v->mask + 1;

	v->mask = oldcap * 2 - 1;
	v->w = table_new(v->mask + 1);
	for (i = 0; i < oldcap; i++) {
		if (old[i].id == 0)
			continue;
		/* The entry keeps the hash's upper half: rehash the word. */
		j = find(v, vocab_str(&old[i]), old[i].len,
		    hash64_mem(vocab_str(&old[i]), old[i].len));
		v->w[j] = old[i];
		v->slot_of[old[i].id] = (uint32_t)j;
	}
	xbig_free(old, oldcap * sizeof(struct vword));
}

static struct vword *
add(struct vocab *v, const char *s, size_t len, uint64_t h)
{
	struct vword	*w;
	size_t		 j;

	if ((size_t)v->n + 1 >= UINT32_MAX || v->mask >= UINT32_MAX / 2)
		nf_fatal("vocabulary: more than 2 billion words");
	if (((size_t)v->n + 1) * 8 > (v->mask + 1) * 5)
		grow(v);
	if ((size_t)v->n + 1 >= v->cap) {
		v->cap *= 2;
		v->slot_of = xrealloc(v->slot_of, v->cap *
		    sizeof(*v->slot_of));
	}
	j = find(v, s, len, h);
	w = &v->w[j];
	memset(w, 0, sizeof(*w));
	w->hash = (uint32_t)(h >> 32);
	w->id = ++v->n;
	w->len = (uint32_t)len;
	if (len < VOCAB_INLINE) {
		memcpy(w->s.in, s, len);
		w->s.in[len] = '\0';
	} else
		w->s.out = arena_strndup(v->a, s, len);
	w->space = memchr(s, ' ', len) != NULL;
	v->slot_of[w->id] = (uint32_t)j;
	return w;
}

uint64_t
vocab_hash(const char *s, size_t len)
{
	return hash64_mem(s, len);
}

void
vocab_prefetch(const struct vocab *v, uint64_t h)
{
	__builtin_prefetch(&v->w[h & v->mask]);
}

struct vword *
vocab_intern_hashed(struct vocab *v, const char *s, size_t len, uint64_t h)
{
	size_t	 j = find(v, s, len, h);

	if (v->w[j].id != 0)
		return &v->w[j];
	return add(v, s, len, h);
}

struct vword *
vocab_intern(struct vocab *v, const char *s, size_t len)
{
	return vocab_intern_hashed(v, s, len, hash64_mem(s, len));
}

struct vword *
vocab_get(const struct vocab *v, uint32_t id)
{
	return &v->w[v->slot_of[id]];
}

uint32_t
vocab_size(const struct vocab *v)
{
	return v->n;
}
