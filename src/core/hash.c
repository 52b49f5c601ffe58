/* SPDX-License-Identifier: MIT */
/*
 * The one place xxhash is included.
 */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "core/hash.h"

uint64_t
hash64(const void *p, size_t n)
{
	return XXH64(p, n, 0);
}

uint64_t
hash64_seed(const void *p, size_t n, uint64_t seed)
{
	return XXH64(p, n, seed);
}

uint64_t
hash64_mem(const void *p, size_t n)
{
	return XXH3_64bits(p, n);
}
