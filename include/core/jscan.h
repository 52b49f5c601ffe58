/* SPDX-License-Identifier: MIT */
/*
 * Scanning the content of a JSON string for what a reader must look at:
 * the length of the plain prefix of s[0..len), made of ASCII bytes other
 * than '"', '\\' and controls (below 0x20) and of well-formed two-byte
 * UTF-8 sequences (Latin accents, Greek, Cyrillic). A reader decodes
 * what stops the scan (a quote, an escape, a control byte, a longer
 * sequence or invalid UTF-8) and scans on. Nothing is allocated.
 */
#ifndef NF_CORE_JSCAN_H
#define NF_CORE_JSCAN_H

#include <stddef.h>

/* The plain prefix: 16 bytes at a time by SSE2 where the compiler has it. */
size_t	jscan_plain(const char *s, size_t len);
/* The same in plain C, 8 bytes at a time; tests check both agree. */
size_t	jscan_plain_portable(const char *s, size_t len);

#endif
