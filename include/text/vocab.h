/* SPDX-License-Identifier: MIT */
/*
 * A vocabulary: byte strings interned to dense ids 1, 2, 3, ... in the
 * order they first come, so that counting can key terms and n-grams by
 * small integers and rebuild the strings only for output. Each word has
 * a few fields its user may cache per word (termize: stop-word bits and
 * the stem). vocab_new returns a vocabulary the caller frees with
 * vocab_free; words and their strings belong to it. Not thread-safe.
 */
#ifndef NF_TEXT_VOCAB_H
#define NF_TEXT_VOCAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct vocab;

/* Words of up to VOCAB_INLINE - 1 bytes are kept in the entry itself. */
#define VOCAB_INLINE	40

/* A word: one cache line, its string inline when short. */
struct vword {
	uint32_t	 id;
	uint32_t	 len;
	uint32_t	 stem;		/* cached stem id in stem_lang, or 0 */
	uint32_t	 stop_known;	/* bit per language slot: looked up */
	uint32_t	 stop;		/* bit per language slot: a stop word */
	uint8_t		 stem_lang;	/* language slot + 1 of stem, or 0 */
	bool		 space;		/* the string holds a space */
	union {
		char		 in[VOCAB_INLINE];	/* len < VOCAB_INLINE */
		const char	*out;			/* in the arena */
	}		 s;
};

struct vocab	*vocab_new(void);
/* NULL is fine. */
void		 vocab_free(struct vocab *);

/*
 * The word of s[0..len), added (fields zeroed) when new. The pointer is
 * valid until the next vocab_intern; the id for ever.
 */
struct vword	*vocab_intern(struct vocab *, const char *s, size_t len);
/*
 * For batches: the hash vocab_intern uses, hints to fetch the slot of a
 * string and then its word ahead of time (they change nothing), and
 * vocab_intern with the hash already computed.
 */
static inline uint64_t	vocab_hash(const char *s, size_t len);
void		 vocab_prefetch(const struct vocab *, uint64_t hash);
/* Once that is in cache: fetch the word the slot points to. */
void		 vocab_prefetch_word(const struct vocab *, uint64_t hash);
struct vword	*vocab_intern_hashed(struct vocab *, const char *s,
		    size_t len, uint64_t hash);
/* Long strings: xxh3 (core/hash.h). */
uint64_t	 vocab_hash_long(const char *s, size_t len);

/*
 * Words are short: up to 16 bytes they are hashed here, inline, by two
 * (overlapping) loads and one 64x64->128-bit multiply folded (as wyhash
 * does). Values live in memory only; nothing printed depends on them.
 */
static inline uint64_t
vocab_hash(const char *s, size_t len)
{
	uint64_t	 a, b;
	uint32_t	 x, y;
	__uint128_t	 m;

	if (len > 16)
		return vocab_hash_long(s, len);
	if (len >= 8) {
		__builtin_memcpy(&a, s, 8);
		__builtin_memcpy(&b, s + len - 8, 8);
	} else if (len >= 4) {
		__builtin_memcpy(&x, s, 4);
		__builtin_memcpy(&y, s + len - 4, 4);
		a = x;
		b = y;
	} else {
		a = len > 0 ? ((uint64_t)(unsigned char)s[0] << 16) |
		    ((uint64_t)(unsigned char)s[len / 2] << 8) |
		    (unsigned char)s[len - 1] : 0;
		b = 0;
	}
	m = (__uint128_t)(a ^ 0xA0761D6478BD642FULL) *
	    (b ^ 0xE7037ED1A0B428DBULL ^ len);
	m = (__uint128_t)((uint64_t)m ^ (uint64_t)(m >> 64)) *
	    0x8EBC6AF09C88C6E3ULL;
	return (uint64_t)m ^ (uint64_t)(m >> 64);
}

/* The string of a word (NUL-terminated). */
static inline const char *
vocab_str(const struct vword *w)
{
	return w->len < VOCAB_INLINE ? w->s.in : w->s.out;
}

/*
 * Lookups inline, for the hot loops of counting: the slot array and the
 * words as vocab.c keeps them. The view is the vocabulary's for its
 * life; the arrays it points to move at a vocab_intern that adds a word.
 * Outside vocab.c only the words' cached fields may be written.
 */
struct vocab_view {
	const uint64_t	*slots;		/* upper half of the hash | id; 0 free */
	size_t		 mask;		/* slots - 1 (a power of two - 1) */
	struct vword	*w;		/* w[id] */
};

const struct vocab_view	*vocab_view(const struct vocab *);

#define VOCAB_TAG(h)	((h) & 0xFFFFFFFF00000000ULL)

/* vocab_prefetch and vocab_prefetch_word, inline. */
static inline void
vocab_view_prefetch(const struct vocab_view *v, uint64_t h)
{
	__builtin_prefetch(&v->slots[h & v->mask]);
}

static inline void
vocab_view_prefetch_word(const struct vocab_view *v, uint64_t h)
{
	uint64_t	 s = v->slots[h & v->mask];

	if (s != 0 && VOCAB_TAG(s) == VOCAB_TAG(h))
		__builtin_prefetch(&v->w[(uint32_t)s]);
}

/* Equal strings of len bytes: loads of 8 and 4 bytes, overlapping. */
static inline bool
vocab_same(const char *a, const char *b, size_t len)
{
	uint64_t	 x, y, x2, y2;
	uint32_t	 u, w, u2, w2;

	if (len > 16)
		return __builtin_memcmp(a, b, len) == 0;
	if (len >= 8) {
		__builtin_memcpy(&x, a, 8);
		__builtin_memcpy(&y, b, 8);
		__builtin_memcpy(&x2, a + len - 8, 8);
		__builtin_memcpy(&y2, b + len - 8, 8);
		return ((x ^ y) | (x2 ^ y2)) == 0;
	}
	if (len >= 4) {
		__builtin_memcpy(&u, a, 4);
		__builtin_memcpy(&w, b, 4);
		__builtin_memcpy(&u2, a + len - 4, 4);
		__builtin_memcpy(&w2, b + len - 4, 4);
		return ((u ^ w) | (u2 ^ w2)) == 0;
	}
	while (len > 0 && *a == *b) {
		a++;
		b++;
		len--;
	}
	return len == 0;
}

/*
 * The slot of s[0..len) with hash h (vocab_hash), or the free slot that
 * ends its probe.
 */
static inline size_t
vocab_view_slot(const struct vocab_view *v, const char *s, size_t len,
    uint64_t h)
{
	const struct vword	*w;
	size_t			 j;
	uint64_t		 x;

	for (j = h & v->mask; (x = v->slots[j]) != 0; j = (j + 1) & v->mask) {
		if (VOCAB_TAG(x) != VOCAB_TAG(h))
			continue;
		w = &v->w[(uint32_t)x];
		if (w->len == len && vocab_same(vocab_str(w), s, len))
			break;
	}
	return j;
}

/* The word of s[0..len) with hash h, or NULL when it is not there yet. */
static inline struct vword *
vocab_view_find(const struct vocab_view *v, const char *s, size_t len,
    uint64_t h)
{
	uint64_t	 x = v->slots[vocab_view_slot(v, s, len, h)];

	return x != 0 ? &v->w[(uint32_t)x] : NULL;
}

/* The word of an id, likewise valid until the next vocab_intern. */
struct vword	*vocab_get(const struct vocab *, uint32_t id);
/* Ids handed out so far (the largest id). */
uint32_t	 vocab_size(const struct vocab *);

#endif
