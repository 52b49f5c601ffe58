/* SPDX-License-Identifier: MIT */
/*
 * Tests on eight bytes at once, for scanners that skip plain runs a word
 * at a time (json.c, the feed preparation). swar_load reads a word at any
 * alignment and in any byte order; a test is nonzero when some byte
 * matches, with false positives possible only above a true match, so a
 * caller rescans a word that tests nonzero byte by byte. Header only.
 */
#ifndef NF_CORE_SWAR_H
#define NF_CORE_SWAR_H

#include <stdint.h>
#include <string.h>

#define SWAR_ONES	0x0101010101010101ULL
#define SWAR_HIGHS	0x8080808080808080ULL

static inline uint64_t
swar_load(const void *p)
{
	uint64_t	 w;

	memcpy(&w, p, sizeof(w));
	return w;
}

/* Some byte is 0x80 or above. */
static inline uint64_t
swar_high(uint64_t w)
{
	return w & SWAR_HIGHS;
}

/* Some byte is below c (c at most 0x80; bytes from 0x80 never are). */
static inline uint64_t
swar_below(uint64_t w, unsigned c)
{
	return (w - SWAR_ONES * c) & ~w & SWAR_HIGHS;
}

/* Some byte is c. */
static inline uint64_t
swar_has(uint64_t w, unsigned char c)
{
	return swar_below(w ^ (SWAR_ONES * c), 1);
}

#endif
