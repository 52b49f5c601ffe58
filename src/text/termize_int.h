/* SPDX-License-Identifier: MIT */
/*
 * Internal to termize (termize.c; termize_uni.c, the fused unigram
 * path): the per-language caches both keep in struct termize.
 */
#ifndef NF_TEXT_TERMIZE_INT_H
#define NF_TEXT_TERMIZE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "text/termize.h"

/*
 * The cache slot of lang (NULL is a language of its own), made when new;
 * -1 past TERMIZE_LANGS languages.
 */
int	 termize_lang_slot(struct termize *, const char *lang);
/*
 * The stop-word cache of a slot, with room for every id the vocabulary
 * holds and n more: by id, 0 not looked up, 1 no, 2 a stop word. NULL
 * for slot -1. Moves when it grows.
 */
uint8_t	*termize_stop_cache(struct termize *, int slot, size_t n);

#endif
