/* SPDX-License-Identifier: MIT */
/*
 * Sorting count tables for printing (src/stats/table_int.h): by group,
 * totals row first, then the kind's order, ties by key bytewise. The
 * rows' keys are compared only when all else ties, through a compact
 * entry per row; rows already in key order (table_write_ordered) are
 * sorted without reading keys at all.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/htab.h"
#include "core/xmalloc.h"
#include "stats/table.h"
#include "table_int.h"

/*
 * Sorting: a compact entry per row holds everything the order needs in
 * the common case (group rank, totals flag, the primary value, the first
 * 24 key bytes), so comparisons stay in cache; only ties on all of these
 * look at the keys.
 */
struct sent {
	uint64_t	 kpfx[3];	/* key bytes 0-23, big-endian */
	double		 primary;
	uint32_t	 grank;
	uint32_t	 idx;
	int		 total;
};

static const struct trow	*sort_rows;
static int	(*sort_kind_cmp)(const struct trow *, const struct trow *);

static uint64_t
key_prefix(const char *k, size_t len)
{
	uint64_t	 v = 0;
	size_t		 i;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (len >= 8) {
		memcpy(&v, k, 8);
		return __builtin_bswap64(v);
	}
#endif
	for (i = 0; i < 8; i++)
		v = (v << 8) | (i < len ? (unsigned char)k[i] : 0);
	return v;
}

static int
sent_cmp(const void *pa, const void *pb)
{
	const struct sent	*a = pa, *b = pb;
	const struct trow	*x, *y;
	size_t			 na, nb, skip;
	int			 i;

	if (a->grank != b->grank)
		return a->grank < b->grank ? -1 : 1;
	if (a->total != b->total)
		return a->total ? -1 : 1;
	if (sort_kind_cmp != NULL)
		return sort_kind_cmp(&sort_rows[a->idx], &sort_rows[b->idx]);
	if (a->primary != b->primary)
		return a->primary > b->primary ? -1 : 1;
	for (i = 0; i < 3; i++)
		if (a->kpfx[i] != b->kpfx[i])
			return a->kpfx[i] < b->kpfx[i] ? -1 : 1;
	x = &sort_rows[a->idx];
	y = &sort_rows[b->idx];
	na = x->len - x->glen;
	nb = y->len - y->glen;
	/* Both past the prefix: its 24 bytes are the same. */
	skip = na > sizeof(a->kpfx) && nb > sizeof(a->kpfx) ?
	    sizeof(a->kpfx) : 0;
	return table_bytes_cmp(x->key + x->glen + skip, na - skip,
	    y->key + y->glen + skip, nb - skip);
}

/*
 * Merge sort of the entries: sent_cmp inlined and entries moved whole,
 * where qsort would call through a pointer and sort pointers to them.
 * sent_cmp is a total order (keys are unique), so any sort gives the same
 * result.
 */
#define SORT_RUN	16

static void
sent_sort(struct sent *e, size_t n)
{
	struct sent	*tmp, *src = e, *dst, *sw, x;
	size_t		 i, j, k, lo, mid, hi, w;

	for (lo = 0; lo < n; lo += SORT_RUN) {
		hi = lo + SORT_RUN < n ? lo + SORT_RUN : n;
		for (i = lo + 1; i < hi; i++) {
			x = e[i];
			for (j = i; j > lo && sent_cmp(&x, &e[j - 1]) < 0; j--)
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
				dst[k] = sent_cmp(&src[j], &src[i]) < 0 ?
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

static int
hitem_cmp(const void *pa, const void *pb)
{
	const struct hitem	*a = pa, *b = pb;

	return table_bytes_cmp(a->key, a->len, b->key, b->len);
}

/* Ranks of the distinct group parts, bytewise, into grank[i]. */
static void
group_ranks(const struct trow *rows, size_t n, uint32_t *grank)
{
	struct htab	*g = htab_new(sizeof(uint32_t));
	struct hitem	*it;
	size_t		 i, ng;

	for (i = 0; i < n; i++)
		htab_put(g, rows[i].key, rows[i].glen, NULL);
	it = htab_items(g, &ng);
	qsort(it, ng, sizeof(*it), hitem_cmp);
	for (i = 0; i < ng; i++)
		*(uint32_t *)it[i].val = (uint32_t)i;
	for (i = 0; i < n; i++)
		grank[i] = *(uint32_t *)htab_find(g, rows[i].key,
		    rows[i].glen);
	free(it);
	htab_free(g);
}

/*
 * Can rows[0..n) be sorted without comparing keys, rows[0..nord) being
 * in key order? Only if every row from nord is a totals row and none
 * before: a totals row never ties with another on group and totals flag.
 * The order is checked (group part, then the rest, as the sort compares
 * them), since a wrong hint would print a wrong table.
 */
static bool
in_key_order(const struct table *t, const struct trow *rows, size_t nord,
    size_t n)
{
	const struct trow	*a, *b;
	size_t			 i;
	int			 c;

	if (t->kind->cmp != NULL)
		return false;
	for (i = 0; i < n; i++)
		if (rows[i].total != (i >= nord))
			return false;
	for (i = 1; i < nord; i++) {
		a = &rows[i - 1];
		b = &rows[i];
		c = a->glen + b->glen == 0 ? 0 :
		    table_bytes_cmp(a->key, a->glen, b->key, b->glen);
		if (c > 0 || (c == 0 && table_bytes_cmp(a->key + a->glen,
		    a->len - a->glen, b->key + b->glen, b->len - b->glen) >= 0))
			return false;
	}
	return true;
}

/* The order of the rows by their entries (sent_cmp), into order. */
static void
entry_order(const struct table *t, const struct trow *rows,
    const uint32_t *grank, bool ordered, size_t n, uint32_t *order)
{
	struct sent	*e = xcalloc(n ? n : 1, sizeof(*e));
	int		 sd = t->kind->sort_derived;
	size_t		 i, k;

	for (i = 0; i < n; i++) {
		e[i].grank = grank[i];
		e[i].idx = (uint32_t)i;
		e[i].total = rows[i].total;
		e[i].primary = sd > 0 ? rows[i].derived[sd - 1] :
		    (double)rows[i].counts[0];
		if (ordered) {
			e[i].kpfx[0] = i;	/* unique: no key is read */
			continue;
		}
		for (k = 0; k < 3; k++)
			e[i].kpfx[k] = rows[i].len - rows[i].glen > 8 * k ?
			    key_prefix(rows[i].key + rows[i].glen + 8 * k,
			    rows[i].len - rows[i].glen - 8 * k) : 0;
	}
	sort_rows = rows;
	sort_kind_cmp = t->kind->cmp;
	sent_sort(e, n);
	for (i = 0; i < n; i++)
		order[i] = e[i].idx;
	free(e);
}

static unsigned
bits_of(uint64_t v)
{
	unsigned	 b = 0;

	for (; v != 0; v >>= 1)
		b++;
	return b;
}

/* A radix sort entry: the row's place in the order as one integer. */
struct rent {
	uint64_t	 k;
	uint64_t	 idx;
};

#define DIGIT	11

/*
 * Rows in key order sort by group rank, totals first and the first
 * count, largest first, ties in index order: when that fits one 64-bit
 * integer, a stable LSD radix sort of those gives the order, in a few
 * passes where the merge sort takes twenty. False (order untouched) when
 * the kind sorts otherwise, or a count is negative or past 2^53 (where
 * sent_cmp's doubles would tie unequal counts).
 */
static bool
radix_order(const struct table *t, const struct trow *rows,
    const uint32_t *grank, size_t n, uint32_t *order)
{
	struct rent	*a, *b, *sw;
	int64_t		 max = 0;
	uint32_t	 gmax = 0;
	size_t		 count[1 << DIGIT], i, d, sum;
	unsigned	 cb, bits, shift;

	if (t->kind->sort_derived != 0 || t->kind->cmp != NULL)
		return false;
	for (i = 0; i < n; i++) {
		if (rows[i].counts[0] < 0 || rows[i].counts[0] > (1LL << 53))
			return false;
		max = rows[i].counts[0] > max ? rows[i].counts[0] : max;
		gmax = grank[i] > gmax ? grank[i] : gmax;
	}
	cb = bits_of((uint64_t)max);
	bits = bits_of(gmax) + 1 + cb;
	if (bits > 64)
		return false;
	a = xcalloc(n + 1, sizeof(*a));
	b = xcalloc(n + 1, sizeof(*b));
	for (i = 0; i < n; i++) {
		a[i].k = (uint64_t)(max - rows[i].counts[0]) |
		    (uint64_t)!rows[i].total << cb;
		if (gmax > 0)	/* then cb + 1 < 64 */
			a[i].k |= (uint64_t)grank[i] << (cb + 1);
		a[i].idx = i;
	}
	for (shift = 0; shift < bits; shift += DIGIT) {
		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			count[(a[i].k >> shift) & ((1 << DIGIT) - 1)]++;
		for (d = 0, sum = 0; d < (1 << DIGIT); d++) {
			i = count[d];
			count[d] = sum;
			sum += i;
		}
		for (i = 0; i < n; i++)
			b[count[(a[i].k >> shift) & ((1 << DIGIT) - 1)]++] =
			    a[i];
		sw = a;
		a = b;
		b = sw;
	}
	for (i = 0; i < n; i++)
		order[i] = (uint32_t)a[i].idx;
	free(a);
	free(b);
	return true;
}

/* When rows[0..nord) are in key order (see in_key_order), a row's index
   stands for its key, and the order may not need the entries. */
struct trow *
table_sort(const struct table *t, struct trow *rows, size_t nord, size_t n)
{
	uint32_t	*grank = xcalloc(n ? n : 1, sizeof(*grank));
	uint32_t	*order = xcalloc(n ? n : 1, sizeof(*order));
	struct trow	*sorted;
	size_t		 i;
	bool		 ordered = nord > 0 && in_key_order(t, rows, nord, n);

	if (t->ngroups > 0)
		group_ranks(rows, n, grank);	/* else all 0, as calloc'ed */
	if (!ordered || !radix_order(t, rows, grank, n, order))
		entry_order(t, rows, grank, ordered, n, order);
	free(grank);
	/* Gathered, not permuted in place: the reads are independent, so
	   their cache misses overlap (a cycle's are one after another). */
	sorted = xcalloc(n ? n : 1, sizeof(*sorted));
	for (i = 0; i < n; i++)
		sorted[i] = rows[order[i]];
	free(order);
	free(rows);
	return sorted;
}

/* The entries and the merge sort's copy (more than the radix sort's),
   a group rank and a place in the order. */
size_t
table_sort_bytes(void)
{
	return 2 * sizeof(struct sent) + 2 * sizeof(uint32_t);
}
