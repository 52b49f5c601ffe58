/* SPDX-License-Identifier: MIT */
/*
 * Snowball stemming of normalized words (libstemmer; this module is the
 * one including it). The language is chosen per word by its script:
 * Cyrillic words get the Russian stemmer, every other word the English
 * one, so a lexicon entry and the text it matches are stemmed alike
 * whatever the record's language field says. A stemmer is used by one
 * thread at a time; stemmer_free frees it (NULL is fine).
 */
#ifndef NF_TEXT_STEM_H
#define NF_TEXT_STEM_H

#include <stddef.h>

struct arena;
struct stemmer;

struct stemmer	*stemmer_new(void);
void		 stemmer_free(struct stemmer *);

/* The stem of s (len bytes, normalized), NUL-terminated in a. */
const char	*stemmer_word(struct stemmer *, const char *s, size_t len,
		    struct arena *a, size_t *out_len);

#endif
