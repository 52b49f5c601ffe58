/* SPDX-License-Identifier: MIT */
/*
 * A vocabulary: byte strings interned to dense ids 1, 2, 3, ... in the
 * order they first come, so that counting can key terms and n-grams by
 * small integers and rebuild the strings only for output. Each word has
 * a few fields its user may cache per word (termize: the stem).
 * vocab_new returns a vocabulary the caller frees with vocab_free; words
 * and their strings belong to it. Not thread-safe.
 */
#ifndef NF_TEXT_VOCAB_H
#define NF_TEXT_VOCAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct vocab;

/* Words of up to VOCAB_INLINE - 1 bytes are kept in the entry itself. */
#define VOCAB_INLINE	48

/* A word: one cache line, its string inline when short. */
struct vword {
	uint32_t	 id;
	uint32_t	 len;
	uint32_t	 stem;		/* cached stem id in stem_lang, or 0 */
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
 * A word's key: its first 24 bytes, zero-padded, as three little-endian
 * words (on any machine: the value is the bytes'). The vocabulary keeps
 * the keys of its words in an array of their own, so that words of up
 * to 24 bytes are compared without reading the words themselves.
 */
#define VOCAB_KEY	24

static inline void
vocab_key(const char *s, size_t len, uint64_t k[3])
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint32_t	 x, y;

	k[0] = k[1] = k[2] = 0;
	if (len >= 24) {
		__builtin_memcpy(k, s, 24);
	} else if (len > 16) {
		__builtin_memcpy(k, s, 16);
		__builtin_memcpy(&k[2], s + len - 8, 8);
		k[2] >>= 8 * (24 - len);
	} else if (len > 8) {
		__builtin_memcpy(&k[0], s, 8);
		__builtin_memcpy(&k[1], s + len - 8, 8);
		k[1] >>= 8 * (16 - len);
	} else if (len == 8) {
		__builtin_memcpy(&k[0], s, 8);
	} else if (len >= 4) {
		__builtin_memcpy(&x, s, 4);
		__builtin_memcpy(&y, s + len - 4, 4);
		k[0] = x | (uint64_t)y << (8 * (len - 4));
	} else if (len > 0) {
		k[0] = (uint64_t)(unsigned char)s[0] |
		    (uint64_t)(unsigned char)s[len / 2] << (8 * (len / 2)) |
		    (uint64_t)(unsigned char)s[len - 1] << (8 * (len - 1));
	}
#else
	size_t	 i;

	k[0] = k[1] = k[2] = 0;
	for (i = 0; i < len && i < VOCAB_KEY; i++)
		k[i / 8] |= (uint64_t)(unsigned char)s[i] << (8 * (i % 8));
#endif
}

/* vocab_mask[n]: the masks of the key's words that keep n bytes. */
extern const uint64_t	 vocab_mask[VOCAB_KEY + 1][3];

/*
 * vocab_key of a string that can be read 24 bytes from s whatever len
 * is (a token's norm, text/token.h): three loads, masked by the length.
 */
static inline void
vocab_key_padded(const char *s, size_t len, uint64_t k[3])
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t	*m = vocab_mask[len < VOCAB_KEY ? len : VOCAB_KEY];
	uint64_t	 a, b, c;

	__builtin_memcpy(&a, s, 8);
	__builtin_memcpy(&b, s + 8, 8);
	__builtin_memcpy(&c, s + 16, 8);
	k[0] = a & m[0];
	k[1] = b & m[1];
	k[2] = c & m[2];
#else
	vocab_key(s, len, k);
#endif
}

/* The folded 128-bit product (wyhash's mum). */
static inline uint64_t
vocab_mum(uint64_t a, uint64_t b)
{
	__uint128_t	 m = (__uint128_t)a * b;

	return (uint64_t)m ^ (uint64_t)(m >> 64);
}

/*
 * The hash of a word with key k (vocab_key): up to 24 bytes the key's
 * words and the length through two folded 64x64->128-bit multiplies (as
 * wyhash mixes), inline; longer words by vocab_hash_long. Values live
 * in memory only; nothing printed depends on them.
 */
static inline uint64_t
vocab_hash_key(const uint64_t k[3], const char *s, size_t len)
{
	if (len > VOCAB_KEY)
		return vocab_hash_long(s, len);
	return vocab_mum(vocab_mum(k[0] ^ 0xA0761D6478BD642FULL,
	    k[1] ^ 0xE7037ED1A0B428DBULL ^ len) ^ k[2] ^ 0x589965CC75374CC3ULL,
	    0x8EBC6AF09C88C6E3ULL);
}

static inline uint64_t
vocab_hash(const char *s, size_t len)
{
	uint64_t	 k[3];

	vocab_key(s, len, k);
	return vocab_hash_key(k, s, len);
}

/* The word of an id, likewise valid until the next vocab_intern. */
struct vword	*vocab_get(const struct vocab *, uint32_t id);
/* The string of a word (NUL-terminated). */
static inline const char *
vocab_str(const struct vword *w)
{
	return w->len < VOCAB_INLINE ? w->s.in : w->s.out;
}
/* Ids handed out so far (the largest id). */
uint32_t	 vocab_size(const struct vocab *);
/*
 * The bytes the vocabulary holds (slots, words, long strings), the most
 * it may hold while n more words come (growing, an old array and its new
 * one are both held), and the bytes of all its strings together. NULL is
 * fine (0).
 */
size_t		 vocab_bytes(const struct vocab *);
size_t		 vocab_bytes_within(const struct vocab *, size_t n);
size_t		 vocab_chars(const struct vocab *);

/*
 * Lookups inline, for the hot loops of counting: the arrays as vocab.c
 * keeps them. Slots: the upper half of a word's hash and its id (0: a
 * free slot); keys by id: the word's key and length. The view is the
 * vocabulary's for its life; the arrays it points to move at a
 * vocab_intern that adds a word. Outside vocab.c only the words' cached
 * fields may be written.
 */
struct vkey {
	uint64_t	 k[3];		/* vocab_key */
	uint32_t	 len;
	uint32_t	 space;		/* the word holds a space */
};

struct vocab_view {
	const uint64_t		*slots;
	size_t			 mask;	/* slots - 1 (a power of two - 1) */
	const struct vkey	*keys;	/* keys[id] */
	struct vword		*w;	/* w[id] */
};

#define VOCAB_TAG(h)	((h) & 0xFFFFFFFF00000000ULL)

const struct vocab_view	*vocab_view(const struct vocab *);

/* vocab_prefetch, inline. */
static inline void
vocab_view_prefetch(const struct vocab_view *v, uint64_t h)
{
	__builtin_prefetch(&v->slots[h & v->mask]);
}

/*
 * Once that is in cache: fetch the key of the word in the slot. Always
 * inlined: GCC takes a function that only prefetches for one without
 * effects, and drops a call to it that it has not inlined yet.
 */
static inline __attribute__((always_inline)) void
vocab_view_prefetch_key(const struct vocab_view *v, uint64_t h)
{
	uint64_t	 x = v->slots[h & v->mask];

	if (x != 0 && VOCAB_TAG(x) == VOCAB_TAG(h))
		__builtin_prefetch(&v->keys[(uint32_t)x]);
}

/* Is the word of id s[0..len) (key k)? Past 24 bytes the word is read. */
static inline bool
vocab_view_is(const struct vocab_view *v, uint32_t id, const char *s,
    size_t len, const uint64_t k[3])
{
	const struct vkey	*e = &v->keys[id];

	return ((e->k[0] ^ k[0]) | (e->k[1] ^ k[1]) | (e->k[2] ^ k[2]) |
	    (e->len ^ len)) == 0 && (len <= VOCAB_KEY ||
	    __builtin_memcmp(vocab_str(&v->w[id]) + VOCAB_KEY, s + VOCAB_KEY,
	    len - VOCAB_KEY) == 0);
}

/*
 * The slot of s[0..len) with key k and hash h, or the free slot that ends
 * its probe.
 */
static inline size_t
vocab_view_slot(const struct vocab_view *v, const char *s, size_t len,
    const uint64_t k[3], uint64_t h)
{
	size_t		 j;
	uint64_t	 x;

	for (j = h & v->mask; (x = v->slots[j]) != 0; j = (j + 1) & v->mask)
		if (VOCAB_TAG(x) == VOCAB_TAG(h) &&
		    vocab_view_is(v, (uint32_t)x, s, len, k))
			break;
	return j;
}

/* The id of s[0..len) (key k, hash h), or 0 when it is not there. */
static inline uint32_t
vocab_view_find(const struct vocab_view *v, const char *s, size_t len,
    const uint64_t k[3], uint64_t h)
{
	return (uint32_t)v->slots[vocab_view_slot(v, s, len, k, h)];
}

#endif
