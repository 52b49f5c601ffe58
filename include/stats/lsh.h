/* SPDX-License-Identifier: MIT */
/*
 * Locality-sensitive hashing of MinHash signatures by banding: the
 * signature is cut into `bands` bands of `rows` values; two signatures
 * that agree on all values of at least one band become a candidate pair.
 * Pairs with Jaccard similarity s are found with probability
 * 1 - (1 - s^rows)^bands, an S-curve whose steepest point lies near
 * (1/bands)^(1/rows). The work is one sort per band: O(n log n), not
 * O(n^2). Also a union-find for turning pairs into clusters.
 */
#ifndef NF_STATS_LSH_H
#define NF_STATS_LSH_H

#include <stddef.h>
#include <stdint.h>

/*
 * Calls pair(a, b, arg) with a < b for every candidate pair among n
 * signatures, sig(i) = sigs + i * stride, each bands * rows values long.
 * A pair may be reported once per band it shares. Inside a bucket larger
 * than LSH_BUCKET_MAX each signature is paired only with the
 * LSH_BUCKET_MAX before it, so a flood of near-identical texts stays
 * linear (their clusters are still joined through the chain).
 */
#define LSH_BUCKET_MAX	64
void	lsh_candidates(const uint32_t *sigs, size_t n, size_t stride,
	    int bands, int rows, void (*pair)(size_t, size_t, void *),
	    void *arg);

/* The similarity at which banding starts to catch pairs: (1/b)^(1/r). */
double	lsh_threshold(int bands, int rows);

/* Union-find over 0..n-1 (path halving, union by size). */
struct uf;
struct uf	*uf_new(size_t n);	/* free with uf_free */
size_t		 uf_find(struct uf *, size_t);
void		 uf_union(struct uf *, size_t, size_t);
void		 uf_free(struct uf *);	/* NULL is fine */

#endif
