/* SPDX-License-Identifier: MIT */
/*
 * Rows sorted in memory (include/stats/extsort.h): a merge sort on sort
 * entries that hold integer prefixes of what orders a row (its count
 * rank, then its key's bytes past the start all keys share), so most
 * comparisons never follow the pointer to the key; as table.c sorts.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/xmalloc.h"
#include "stats/extsort.h"
#include "exrow_int.h"

static int
bytes_cmp(const char *a, size_t na, const char *b, size_t nb)
{
	int	 c = memcmp(a, b, na < nb ? na : nb);

	if (c != 0)
		return c;
	return na < nb ? -1 : (na > nb);
}

int
exrow_cmp(enum exorder o, const struct exrow *a, const struct exrow *b)
{
	if (o == EX_BY_COUNT && a->counts[0] != b->counts[0])
		return a->counts[0] > b->counts[0] ? -1 : 1;
	return bytes_cmp(a->key, a->len, b->key, b->len);
}

static uint64_t
load_be64(const unsigned char *p)
{
	uint64_t	 v = 0;
	size_t		 i;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(&v, p, 8);
	return __builtin_bswap64(v);
#endif
	for (i = 0; i < 8; i++)
		v = (v << 8) | p[i];
	return v;
}

void
skey_set(struct skey *e, enum exorder o, const struct exrow *r, size_t skip)
{
	unsigned char	 b[8 * PFX_WORDS] = { 0 };
	size_t		 len = r->len - skip, i;

	/* Counts in descending order as unsigned ascending. */
	e->major = o == EX_BY_COUNT ?
	    ~((uint64_t)r->counts[0] ^ ((uint64_t)1 << 63)) : 0;
	memcpy(b, r->key + skip, len < sizeof(b) ? len : sizeof(b));
	for (i = 0; i < PFX_WORDS; i++)
		e->pfx[i] = load_be64(b + 8 * i);
	e->len = len > UINT32_MAX ? UINT32_MAX : (uint32_t)len;
	e->skip = (uint32_t)skip;
	e->r = r;
}

int
skey_cmp(const struct skey *a, const struct skey *b)
{
	size_t	 i, off;

	if (a->major != b->major)
		return a->major < b->major ? -1 : 1;
	for (i = 0; i < PFX_WORDS; i++)
		if (a->pfx[i] != b->pfx[i])
			return a->pfx[i] < b->pfx[i] ? -1 : 1;
	/*
	 * Equal prefixes: a key that ends within them is a start of the
	 * other (the padding equals the other's bytes), so shorter first.
	 */
	if (a->len <= 8 * PFX_WORDS || b->len <= 8 * PFX_WORDS)
		return a->len < b->len ? -1 : (a->len > b->len);
	off = a->skip + 8 * PFX_WORDS;
	return bytes_cmp(a->r->key + off, a->r->len - off, b->r->key + off,
	    b->r->len - off);
}

/* The length of the start all keys share. */
static size_t
shared_start(const struct exrow *rows, size_t n)
{
	size_t	 i, j, s = rows[0].len;

	for (i = 1; i < n && s > 0; i++) {
		for (j = 0; j < s && j < rows[i].len &&
		    rows[i].key[j] == rows[0].key[j]; j++)
			;
		s = j;
	}
	return s > UINT32_MAX ? 0 : s;
}

/* Merge sort, runs of SORT_RUN by insertion first (as table.c sorts). */
#define SORT_RUN	16

static void
skey_sort(struct skey *e, size_t n)
{
	struct skey	*tmp, *src = e, *dst, *sw, x;
	size_t		 i, j, k, lo, mid, hi, w;

	for (lo = 0; lo < n; lo += SORT_RUN) {
		hi = lo + SORT_RUN < n ? lo + SORT_RUN : n;
		for (i = lo + 1; i < hi; i++) {
			x = e[i];
			for (j = i; j > lo && skey_cmp(&x, &e[j - 1]) < 0; j--)
				e[j] = e[j - 1];
			e[j] = x;
		}
	}
	if (n <= SORT_RUN)
		return;
	dst = tmp = xcalloc(n, sizeof(*tmp));
	for (w = SORT_RUN; w < n; w *= 2) {
		for (lo = 0; lo < n; lo += 2 * w) {
			mid = lo + w < n ? lo + w : n;
			hi = lo + 2 * w < n ? lo + 2 * w : n;
			for (i = lo, j = mid, k = lo; i < mid && j < hi; k++)
				dst[k] = skey_cmp(&src[j], &src[i]) < 0 ?
				    src[j++] : src[i++];
			while (i < mid)
				dst[k++] = src[i++];
			while (j < hi)
				dst[k++] = src[j++];
		}
		sw = src;
		src = dst;
		dst = sw;
	}
	if (src != e)
		memcpy(e, src, n * sizeof(*e));
	free(tmp);
}

size_t
exrow_sort_bytes(size_t n)
{
	return n * (2 * sizeof(struct skey) + sizeof(struct exrow));
}

void
exrow_sort(enum exorder o, struct exrow *rows, size_t n)
{
	struct skey	*e;
	struct exrow	*out;
	size_t		 i, skip;

	if (n < 2)
		return;
	e = xcalloc(n, sizeof(*e));
	skip = shared_start(rows, n);
	for (i = 0; i < n; i++)
		skey_set(&e[i], o, &rows[i], skip);
	skey_sort(e, n);
	out = xcalloc(n, sizeof(*out));
	for (i = 0; i < n; i++)
		out[i] = *e[i].r;
	free(e);
	memcpy(rows, out, n * sizeof(*rows));
	free(out);
}
