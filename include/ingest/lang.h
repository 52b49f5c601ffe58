/* SPDX-License-Identifier: MIT */
/*
 * Language of a text when the page did not say: the script first (Latin,
 * Cyrillic), then letters only some languages have, then the share of
 * each language's commonest words. Knows en, ru, uk, kk, de, fr, es, pl.
 */
#ifndef NF_INGEST_LANG_H
#define NF_INGEST_LANG_H

#include <stddef.h>

/* ISO 639-1 code (static), or NULL when the text is too short or unclear. */
const char	*lang_detect(const char *text, size_t len);

/* A language tag ("en-GB", "RU", "uk_UA") reduced to its lowercase
   primary subtag ("en"), in buf (8 bytes); NULL when it is not one. */
const char	*lang_primary(const char *tag, char buf[8]);

#endif
