/* SPDX-License-Identifier: MIT */
/*
 * Stemming with Snowball (libstemmer) by the record's language: "en",
 * "ru", "de", "fr" and the other Snowball languages by ISO 639-1 code
 * ("en-GB" uses "en"). Words of a language without a stemmer (uk, kk) are
 * returned unchanged. A stemmer set is per thread; stem_new returns one
 * the caller frees with stem_free.
 */
#ifndef NF_TEXT_STEM_H
#define NF_TEXT_STEM_H

#include <stdbool.h>
#include <stddef.h>

struct stem;

struct stem	*stem_new(void);
void		 stem_free(struct stem *);

/*
 * The stem of the folded word w[0..len) in lang (may be NULL). The result
 * is borrowed: valid until the next call (it may be w itself); *out_len
 * gets its length.
 */
const char	*stem_word(struct stem *, const char *lang, const char *w,
		    size_t len, size_t *out_len);

/* True when lang has a stemmer. */
bool		 stem_supported(const char *lang);

#endif
