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

#include <stdbool.h>

/*
 * The plain prefix: 32 bytes at a time by AVX2 where the processor has it
 * (jscan_have_avx2), else 16 by SSE2 where the compiler has it. Each
 * variant is there for the tests to check they all agree: the AVX2 one
 * only where jscan_have_avx2 (else it is the SSE2 one), the SSE2 one the
 * portable one without SSE2, the portable one plain C, 8 bytes at a time.
 */
size_t	jscan_plain(const char *s, size_t len);
size_t	jscan_plain_avx2(const char *s, size_t len);
size_t	jscan_plain_sse2(const char *s, size_t len);
size_t	jscan_plain_portable(const char *s, size_t len);
bool	jscan_have_avx2(void);

#endif
