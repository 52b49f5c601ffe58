/* SPDX-License-Identifier: MIT */
/*
 * MinHash fingerprints of texts for near-duplicate detection. A text is
 * read as words (runs of letters and digits, case-folded for Latin and
 * Cyrillic, ё read as е); its shingles are the runs of k consecutive
 * words; the signature keeps, for each of MINHASH_PERMS hash functions
 * (xxh64 of the shingle, remixed with a per-function seed), the least
 * value over all shingles. The share of equal positions in two
 * signatures estimates the Jaccard similarity of their shingle sets.
 * Nothing here allocates: callers own the signature arrays.
 */
#ifndef NF_STATS_MINHASH_H
#define NF_STATS_MINHASH_H

#include <stddef.h>
#include <stdint.h>

#define MINHASH_PERMS	128	/* hash functions (signature length) */
#define MINHASH_MAX_K	16	/* longest shingle, in words */

/*
 * Fills sig[MINHASH_PERMS] from len bytes of text with k-word shingles
 * (1 <= k <= MINHASH_MAX_K; a text shorter than k words is one shingle)
 * and sets *exact to a hash of its word sequence, so texts that differ
 * only in case, punctuation and spacing share it. Returns the number of
 * words; with 0 the signature and *exact are meaningless.
 */
size_t	minhash_text(const char *text, size_t len, int k, uint32_t *sig,
	    uint64_t *exact);

/* Estimated Jaccard similarity of two signatures, in [0, 1]. */
double	minhash_similarity(const uint32_t *a, const uint32_t *b);

#endif
