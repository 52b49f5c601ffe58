/* SPDX-License-Identifier: MIT */
/*
 * What the two halves of the lexicon matcher share (not a public header):
 * match_compile.c builds a struct matcher from a lexicon, match.c runs it
 * over a text. Both cut words into the same units.
 */
#ifndef NF_TEXT_MATCH_INT_H
#define NF_TEXT_MATCH_INT_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct stem;

#define MAX_UNITS	64	/* units of one expanded entry variant */

struct matcher {
	const struct lexicon	*lx;
	struct trie		*trie;
	struct pattern		**re;	/* per entry; NULL unless a regex */
	size_t			 n_re;	/* regex entries */
	struct stem		*stem;	/* MATCH_STEM; else NULL */
	bool			 owner;	/* owns trie (not a matcher_dup) */
};

/* A unit of a compiled entry: a word, a glob or a gap. */
struct upat {
	const char	*s;		/* NULL for a gap */
	size_t		 len;
	bool		 glob;
	unsigned	 min, max;
};


/*
 * The matching key of a normalized word: s itself, or its stem in the
 * arena; *klen gets its length.
 */
const char	*match_unit_key(struct stem *, const char *s, size_t len,
		    struct arena *, size_t *klen);

/*
 * Stores the hyphen-separated parts of s as word units in out, at most
 * max; returns how many there are, which may be more than max.
 */
size_t		 match_split_parts(const char *s, size_t len, struct upat *out,
		    size_t max);

#endif
