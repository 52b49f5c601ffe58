/* SPDX-License-Identifier: MIT */
/*
 * MinHash signatures over word shingles (see stats/minhash.h). Words are
 * found without a library: a code point is part of a word when it is an
 * ASCII letter or digit, or any code point from U+00C0 up that is not in
 * the punctuation blocks (so quotes, dashes and spaces split words).
 * Each word is folded and hashed once; a shingle's hash is xxh64 of its
 * k word hashes; the MINHASH_PERMS hash functions remix that value with
 * fixed seeds (xxh64 of the function's number), which is far cheaper than
 * hashing the shingle 128 times and just as well spread.
 */
#include <pthread.h>
#include <string.h>

#include "core/hash.h"
#include "core/utf8.h"
#include "stats/minhash.h"

static uint64_t	perm_seed[MINHASH_PERMS];
/* Seeded once, by whichever -j worker comes first. */
static pthread_once_t	seeded = PTHREAD_ONCE_INIT;

static void
seed_perms(void)
{
	uint64_t	 i;

	for (i = 0; i < MINHASH_PERMS; i++)
		perm_seed[i] = hash64_seed(&i, sizeof(i), 0x6d696e68ULL);
}

static int
is_word_cp(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z');
	if (c < 0xC0 || c == 0xD7 || c == 0xF7)
		return 0;
	if ((c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) ||
	    (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF0F) ||
	    c == 0xFEFF || c == 0xFFFD)
		return 0;
	return 1;
}

static uint32_t
fold_cp(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 32;
	if (c >= 0x410 && c <= 0x42F)
		return c + 32;
	if (c == 0x401 || c == 0x451)
		return 0x435;	/* Ё, ё -> е */
	if (c >= 0x400 && c <= 0x40F)
		return c + 80;
	return c;
}

/*
 * Finds the next word at or after *pos; returns its folded hash and moves
 * *pos past it, or returns 0 with *pos == len at the end.
 */
static int
next_word(const char *text, size_t len, size_t *pos, uint64_t *h)
{
	const unsigned char	*p = (const unsigned char *)text;
	char			 w[256];
	size_t			 i = *pos, n, wl = 0;
	uint32_t		 c;
	int			 in = 0;

	while (i < len) {
		n = utf8_decode(p + i, len - i, &c);
		if (n == 0)
			n = 1;
		if (!is_word_cp(c)) {
			if (in)
				break;
			i += n;
			continue;
		}
		in = 1;
		if (wl + 4 <= sizeof(w))
			wl += utf8_encode(fold_cp(c), w + wl);
		i += n;
	}
	*pos = i;
	if (!in)
		return 0;
	*h = hash64(w, wl);
	return 1;
}

static void
add_shingle(uint32_t *sig, uint64_t sh)
{
	uint64_t	 x;
	uint32_t	 v;
	int		 i;

	for (i = 0; i < MINHASH_PERMS; i++) {
		x = (sh ^ perm_seed[i]) * 0xff51afd7ed558ccdULL;
		x ^= x >> 33;
		x *= 0xc4ceb9fe1a85ec53ULL;
		v = (uint32_t)(x >> 32);
		if (v < sig[i])
			sig[i] = v;
	}
}

size_t
minhash_text(const char *text, size_t len, int k, uint32_t *sig,
    uint64_t *exact)
{
	uint64_t	 ring[MINHASH_MAX_K], win[MINHASH_MAX_K], h, e = 0;
	size_t		 pos = 0, words = 0;
	int		 i;

	pthread_once(&seeded, seed_perms);
	if (k < 1)
		k = 1;
	if (k > MINHASH_MAX_K)
		k = MINHASH_MAX_K;
	memset(sig, 0xff, MINHASH_PERMS * sizeof(*sig));
	while (next_word(text, len, &pos, &h)) {
		ring[words % (size_t)k] = h;
		words++;
		e = (e ^ h) * 0x9e3779b97f4a7c15ULL;
		e ^= e >> 29;
		if (words < (size_t)k)
			continue;
		for (i = 0; i < k; i++)
			win[i] = ring[(words + (size_t)i) % (size_t)k];
		add_shingle(sig, hash64(win, (size_t)k * sizeof(*win)));
	}
	if (words > 0 && words < (size_t)k) {
		for (i = 0; i < (int)words; i++)
			win[i] = ring[i];
		add_shingle(sig, hash64(win, words * sizeof(*win)));
	}
	*exact = hash64(&e, sizeof(e)) ^ words;
	return words;
}

double
minhash_similarity(const uint32_t *a, const uint32_t *b)
{
	int	 i, same = 0;

	for (i = 0; i < MINHASH_PERMS; i++)
		same += a[i] == b[i];
	return (double)same / MINHASH_PERMS;
}
