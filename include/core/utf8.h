/* SPDX-License-Identifier: MIT */
/*
 * Minimal UTF-8 helpers that need no library: validation and decoding of
 * one code point. Unicode properties live in text/ (utf8proc).
 */
#ifndef NF_CORE_UTF8_H
#define NF_CORE_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Length of the valid multi-byte or ASCII sequence at p (1..4), or 0 when
 * the bytes there are not valid UTF-8 (overlong, surrogate, truncated).
 */
size_t	utf8_valid_prefix(const unsigned char *p, size_t len);
/* Decodes one code point; returns its length, or 0 (and *cp = 0xFFFD). */
size_t	utf8_decode(const unsigned char *p, size_t len, uint32_t *cp);
/* Encodes cp into out (4 bytes room); returns the length. */
size_t	utf8_encode(uint32_t cp, char *out);
/* True when all len bytes are valid UTF-8. */
bool	utf8_valid(const char *s, size_t len);

#endif
