/* SPDX-License-Identifier: MIT */
/*
 * Stable 64-bit hashing (xxh64, seed 0): the same bytes give the same hash
 * on every machine, so ids, shards and fingerprints are reproducible.
 */
#ifndef NF_CORE_HASH_H
#define NF_CORE_HASH_H

#include <stddef.h>
#include <stdint.h>

uint64_t	hash64(const void *, size_t);
uint64_t	hash64_seed(const void *, size_t, uint64_t seed);

/*
 * A faster hash (xxh3) for in-memory tables only: never store its values
 * or let an output's order depend on them.
 */
uint64_t	hash64_mem(const void *, size_t);

#endif
