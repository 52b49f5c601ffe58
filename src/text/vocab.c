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

#define TAG(h)	VOCAB_TAG(h)

struct vocab {
	uint64_t	*slots;
	size_t		 mask;
	struct vword	*w;		/* w[id], w[0] unused */
	uint32_t	 n;		/* ids handed out */
	size_t		 cap;		/* of w */
	struct arena	*a;		/* long strings */
	struct vocab_view view;	/* the arrays above, for inline lookups */
};

/* The view after the arrays moved. */
static void
view_update(struct vocab *v)
{
	v->view.slots = v->slots;
	v->view.mask = v->mask;
	v->view.w = v->w;
}

struct vocab *
vocab_new(void)
{
	struct vocab	*v = xcalloc(1, sizeof(*v));

	v->mask = 1023;
	v->slots = xbig_calloc((v->mask + 1) * sizeof(*v->slots));
	v->cap = 512;
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
	xbig_free(v->w, v->cap * sizeof(*v->w));
	arena_free(v->a);
	free(v);
}

/* The slot of s[0..len) with hash h, or the free one for it. */
static size_t
find(const struct vocab *v, const char *s, size_t len, uint64_t h)
{
	return vocab_view_slot(&v->view, s, len, h);
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
	view_update(v);
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
		view_update(v);
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
	vocab_view_prefetch(&v->view, h);
}

void
vocab_prefetch_word(const struct vocab *v, uint64_t h)
{
	vocab_view_prefetch_word(&v->view, h);
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
