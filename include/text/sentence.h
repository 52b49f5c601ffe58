/* SPDX-License-Identifier: MIT */
/*
 * Sentence boundaries that respect quotations, for text/attrib.c.
 */
#ifndef NF_TEXT_SENTENCE_H
#define NF_TEXT_SENTENCE_H

#include <stddef.h>

struct quotes;

/*
 * The byte offset where the sentence starting at from ends (exclusive,
 * after its final punctuation), or len. qs are the text's quotations.
 */
size_t	sentence_end(const char *text, size_t len, size_t from,
	    const struct quotes *qs);

#endif
