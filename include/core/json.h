/* SPDX-License-Identifier: MIT */
/*
 * JSON string writing: quote and escape UTF-8 text. Invalid UTF-8 bytes
 * become U+FFFD so every line written is valid JSON in valid UTF-8.
 */
#ifndef NF_CORE_JSON_H
#define NF_CORE_JSON_H

#include <stddef.h>

struct buf;

/* Appends "s" (quoted, escaped). */
void	json_string(struct buf *, const char *s, size_t len);
/* Appends "key": */
void	json_key(struct buf *, const char *key);

#endif
