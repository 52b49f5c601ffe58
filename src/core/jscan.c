/* SPDX-License-Identifier: MIT */
/*
 * The plain prefix of JSON string content (include/core/jscan.h). The
 * SSE2 version classifies 16 bytes at once into plain ASCII, two-byte
 * leads (0xC2-0xDF) and continuations (0x80-0xBF) as bit masks; the
 * block is plain when every byte is one of them and the continuations
 * are exactly the bytes after leads (a lead in a block's last byte
 * carries into the next). The portable version skips eight ASCII bytes
 * at a time by SWAR and reads the rest a sequence at a time; the SSE2
 * one ends with it on the last 15 bytes. On x86-64, jscan_plain takes
 * 32 bytes at once by AVX2 where the processor has it (asked at run
 * time: the build is for any x86-64), the same classification.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define HAVE_AVX2_BUILD	1
#endif

#include "core/jscan.h"

/* Does any of the 8 bytes in w need a look: '"', '\\', < 0x20, >= 0x80? */
static uint64_t
special8(uint64_t w)
{
	const uint64_t	 ones = 0x0101010101010101ULL, high = ones * 0x80;
	uint64_t	 q = w ^ (ones * '"'), b = w ^ (ones * '\\');

	return (((q - ones) & ~q) | ((b - ones) & ~b) |
	    ((w - ones * 0x20) & ~w) | w) & high;
}

size_t
jscan_plain_portable(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0;
	uint64_t		 w;

	while (i < len) {
		if (len - i >= 8 && (memcpy(&w, p + i, 8), !special8(w))) {
			i += 8;
			continue;
		}
		if (p[i] < 0x80) {
			if (p[i] < 0x20 || p[i] == '"' || p[i] == '\\')
				break;
			i++;
		} else if (p[i] >= 0xC2 && p[i] <= 0xDF && i + 1 < len &&
		    (p[i + 1] & 0xC0) == 0x80)
			i += 2;
		else
			break;
	}
	return i;
}

#ifdef __SSE2__
size_t
jscan_plain_sse2(const char *s, size_t len)
{
	const __m128i	 quote = _mm_set1_epi8('"');
	const __m128i	 bslash = _mm_set1_epi8('\\');
	const __m128i	 ctl = _mm_set1_epi8(0x1F);
	/* Signed bytes: continuations are below (char)0xC0, two-byte
	   leads above (char)0xC1 and below (char)0xE0. */
	const __m128i	 c0 = _mm_set1_epi8((char)0xC0);
	const __m128i	 c1 = _mm_set1_epi8((char)0xC1);
	const __m128i	 e0 = _mm_set1_epi8((char)0xE0);
	__m128i		 v, asc;
	unsigned	 carry = 0, lead, cont, ascii, expect, bad, at;
	size_t		 i = 0;

	while (len - i >= 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		asc = _mm_andnot_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote),
		    _mm_cmpeq_epi8(v, bslash)), _mm_cmpgt_epi8(v, ctl));
		ascii = (unsigned)_mm_movemask_epi8(asc);
		cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, c0));
		lead = (unsigned)_mm_movemask_epi8(_mm_and_si128(
		    _mm_cmpgt_epi8(v, c1), _mm_cmplt_epi8(v, e0)));
		expect = ((lead << 1) | carry) & 0xFFFF;
		bad = (~(ascii | lead | cont) | (cont ^ expect)) & 0xFFFF;
		if (bad != 0) {
			at = (unsigned)__builtin_ctz(bad);
			/* A lead whose continuation is missing is not plain. */
			if (at > 0 ? (lead >> (at - 1)) & 1 : carry)
				return i + at - 1;
			return i + at;
		}
		carry = lead >> 15;
		i += 16;
	}
	if (carry)
		i--;
	return i + jscan_plain_portable(s + i, len - i);
}
#else
size_t
jscan_plain_sse2(const char *s, size_t len)
{
	return jscan_plain_portable(s, len);
}
#endif

#ifdef HAVE_AVX2_BUILD
/* jscan_plain_sse2 with 32-byte blocks. */
__attribute__((target("avx2"))) size_t
jscan_plain_avx2(const char *s, size_t len)
{
	const __m256i	 quote = _mm256_set1_epi8('"');
	const __m256i	 bslash = _mm256_set1_epi8('\\');
	const __m256i	 ctl = _mm256_set1_epi8(0x1F);
	const __m256i	 c0 = _mm256_set1_epi8((char)0xC0);
	const __m256i	 c1 = _mm256_set1_epi8((char)0xC1);
	const __m256i	 e0 = _mm256_set1_epi8((char)0xE0);
	__m256i		 v, asc;
	uint64_t	 carry = 0, lead, cont, ascii, expect, bad;
	size_t		 i = 0, at;

	while (len - i >= 32) {
		v = _mm256_loadu_si256((const __m256i *)(const void *)(s + i));
		asc = _mm256_andnot_si256(_mm256_or_si256(_mm256_cmpeq_epi8(v,
		    quote), _mm256_cmpeq_epi8(v, bslash)),
		    _mm256_cmpgt_epi8(v, ctl));
		ascii = (uint32_t)_mm256_movemask_epi8(asc);
		cont = (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(c0, v));
		lead = (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(
		    _mm256_cmpgt_epi8(v, c1), _mm256_cmpgt_epi8(e0, v)));
		expect = ((lead << 1) | carry) & 0xFFFFFFFFU;
		bad = (~(ascii | lead | cont) | (cont ^ expect)) & 0xFFFFFFFFU;
		if (bad != 0) {
			at = (size_t)__builtin_ctzll(bad);
			/* A lead whose continuation is missing is not plain. */
			if (at > 0 ? (lead >> (at - 1)) & 1 : carry)
				return i + at - 1;
			return i + at;
		}
		carry = lead >> 31;
		i += 32;
	}
	if (carry)
		i--;
	return i + jscan_plain_sse2(s + i, len - i);
}

bool
jscan_have_avx2(void)
{
	return __builtin_cpu_supports("avx2");
}
#else
size_t
jscan_plain_avx2(const char *s, size_t len)
{
	return jscan_plain_sse2(s, len);
}

bool
jscan_have_avx2(void)
{
	return false;
}
#endif

size_t
jscan_plain(const char *s, size_t len)
{
	/* __builtin_cpu_supports reads what libgcc found at startup. */
	if (jscan_have_avx2())
		return jscan_plain_avx2(s, len);
	return jscan_plain_sse2(s, len);
}
