/* SPDX-License-Identifier: MIT */
/* Unit tests of src/stats/gramtab.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "stats/gramtab.h"

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t	 x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static void
count(struct gramtab *t, uint32_t a, uint32_t b, uint32_t c, int64_t doc)
{
	uint32_t	 key[3] = { a, b, c };
	uint64_t	 h = gramtab_hash(t, key);

	gramtab_prefetch(t, h);
	gramtab_count(t, key, h, doc);
}

/* The counts of key (a, b, c), found by iterating. */
static const struct gram_counts *
get(const struct gramtab *t, uint32_t a, uint32_t b, uint32_t c)
{
	struct gram_counts		*gc;
	const uint32_t			*k;
	size_t				 pos = 0;

	while (gramtab_next(t, &pos, &k, &gc))
		if (k[0] == a && k[1] == b && k[2] == c)
			return gc;
	return NULL;
}

static void
test_counts_and_docs(void **state)
{
	struct gramtab	*t = gramtab_new(3);

	(void)state;
	count(t, 1, 2, 0, 1);
	count(t, 1, 2, 0, 1);
	count(t, 1, 2, 3, 1);
	count(t, 1, 2, 0, 2);
	count(t, 2, 1, 0, 3);
	assert_int_equal(gramtab_rows(t), 3);
	assert_int_equal(get(t, 1, 2, 0)->count, 3);
	assert_int_equal(get(t, 1, 2, 0)->docs, 2);
	assert_int_equal(get(t, 1, 2, 3)->count, 1);
	assert_int_equal(get(t, 2, 1, 0)->docs, 1);
	assert_null(get(t, 3, 0, 0));
	gramtab_free(t);
	gramtab_free(NULL);
}

/* A batch counts as its keys one by one, past a growth and the lookahead. */
static void
test_count_keys(void **state)
{
	struct gramtab	*t = gramtab_new(2);
	uint32_t	 keys[2 * 3000];
	size_t		 i, pos = 0, n = 0;
	const uint32_t	*k;
	struct gram_counts *gc;

	(void)state;
	for (i = 0; i < 3000; i++) {
		keys[2 * i] = (uint32_t)(i % 1500) + 1;
		keys[2 * i + 1] = 7;
	}
	gramtab_count_keys(t, keys, 3000, 1);
	gramtab_count_keys(t, keys, 5, 2);
	gramtab_count_keys(t, keys, 0, 3);
	assert_int_equal(gramtab_rows(t), 1500);
	while (gramtab_next(t, &pos, &k, &gc)) {
		assert_int_equal(k[1], 7);
		assert_int_equal(gc->count, k[0] <= 5 ? 3 : 2);
		assert_int_equal(gc->docs, k[0] <= 5 ? 2 : 1);
		n++;
	}
	assert_int_equal(n, 1500);
	gramtab_free(t);
}

/* Past many growths (and the huge-page size) every key keeps its counts. */
static void
test_growth(void **state)
{
	struct gramtab	*t = gramtab_new(3);
	uint32_t	 i;
	size_t		 n = 0, pos = 0;
	struct gram_counts		*gc;
	const uint32_t			*k;

	(void)state;
	for (i = 1; i <= 200000; i++) {
		count(t, i, i % 5, 7, i);
		if (i % 3 == 0)
			count(t, i, i % 5, 7, i + 1);
	}
	assert_int_equal(gramtab_rows(t), 200000);
	while (gramtab_next(t, &pos, &k, &gc)) {
		assert_int_equal(k[1], k[0] % 5);
		assert_int_equal(gc->count, k[0] % 3 == 0 ? 2 : 1);
		assert_int_equal(gc->docs, gc->count);
		n++;
	}
	assert_int_equal(n, 200000);
	gramtab_free(t);
}

/*
 * What the table may hold while rows come: its size while they fit below
 * the growth, the old and the new array together when they make it grow,
 * and never less than it then holds.
 */
static void
test_bytes_within(void **state)
{
	struct gramtab	*t = gramtab_new(3);
	size_t		 b = gramtab_bytes(t), want;
	uint32_t	 i;

	(void)state;
	assert_int_equal(gramtab_bytes_within(t, 0), b);
	/* 1,024 entries to begin with, grown past 3/4. */
	assert_int_equal(gramtab_bytes_within(t, 768), b);
	assert_int_equal(gramtab_bytes_within(t, 769), 3 * b);
	assert_int_equal(gramtab_bytes_within(t, 1537), 6 * b);
	assert_int_equal(gramtab_bytes_within(NULL, 5), 0);
	for (i = 1; i <= 768; i++)
		count(t, i, 0, 0, 1);
	assert_int_equal(gramtab_bytes(t), b);
	want = gramtab_bytes_within(t, 5000);
	for (i = 769; i <= 5768; i++)
		count(t, i, 0, 0, 1);
	assert_true(gramtab_bytes(t) * 3 / 2 == want);
	gramtab_free(t);
}

/* A table's rows as sorted (key ids..., count, docs) tuples, w ids each. */
static uint64_t *
dump(const struct gramtab *t, size_t w, size_t *n)
{
	uint64_t		*v = NULL;
	size_t			 pos = 0, i, cap = 0;
	const uint32_t		*k;
	struct gram_counts	*gc;

	*n = 0;
	while (gramtab_next(t, &pos, &k, &gc)) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 1024;
			v = realloc(v, cap * 5 * sizeof(*v));
			assert_non_null(v);
		}
		/* Packed (ids and counts under 4096) to sort with one compare. */
		v[*n] = 0;
		for (i = 0; i < w; i++)
			v[*n] = v[*n] << 12 | k[i];
		v[*n] = v[*n] << 24 | (uint64_t)gc->count << 12 | gc->docs;
		(*n)++;
	}
	qsort(v, *n, sizeof(*v), cmp_u64);
	return v;
}

/*
 * A paired table counts keys and their lower keys as a table of each
 * would: random records of keys (a, b, x), x 0 at times, with random
 * flags, past several growths; the fold sums the lower keys' entries,
 * once, and an entry with only a lower count is no row.
 */
static void
test_pairs(void **state)
{
	struct gramtab	*p = gramtab_new_paired(3), *low = gramtab_new(2);
	struct gramtab	*up_ref = gramtab_new(3), *low_ref = gramtab_new(2);
	uint32_t	 keys[3 * 64], k[3];
	uint8_t		 flags[64];
	uint64_t	*a, *b;
	unsigned	 seed = 5;
	size_t		 i, j, na, nb, lower_only = 0;
	int64_t		 doc;

	(void)state;
	for (doc = 1; doc <= 3000; doc++) {
		for (i = 0; i < 64; i++) {
			seed = seed * 1103515245 + 12345;
			k[0] = keys[3 * i] = 1 + (seed >> 8) % 200;
			k[1] = keys[3 * i + 1] = 1 + (seed >> 16) % 60;
			seed = seed * 1103515245 + 12345;
			keys[3 * i + 2] = (seed >> 8) % 7 == 0 ? 0 :
			    1 + (seed >> 12) % 40;
			flags[i] = keys[3 * i + 2] == 0 ? GRAM_PAIR_LOWER :
			    1 + (seed >> 20) % 3;
			if ((flags[i] & GRAM_PAIR_LOWER) && (seed >> 24) % 2)
				flags[i] |= GRAM_PAIR_FIRST;
			if (flags[i] & GRAM_PAIR_UPPER)
				gramtab_count_keys(up_ref, keys + 3 * i, 1,
				    doc);
			if (flags[i] & GRAM_PAIR_LOWER)
				gramtab_add(low_ref, k, gramtab_hash(low_ref,
				    k), 1, (flags[i] & GRAM_PAIR_FIRST) != 0);
			lower_only += flags[i] == GRAM_PAIR_LOWER;
		}
		/* Split in two calls now and then: one record, two texts. */
		j = doc % 3 == 0 ? 20 : 64;
		gramtab_count_pairs(p, keys, flags, j, doc);
		gramtab_count_pairs(p, keys + 3 * j, flags + j, 64 - j, doc);
	}
	assert_true(lower_only > 0);
	assert_true(gramtab_lower_rows(p) >= gramtab_rows(low_ref));
	assert_int_equal(gramtab_rows(p), gramtab_rows(up_ref));
	assert_true(gramtab_rows(p) > 10000);
	gramtab_fold_lower(p, low);
	gramtab_fold_lower(p, low);
	assert_int_equal(gramtab_lower_rows(p), 0);
	a = dump(p, 3, &na);
	b = dump(up_ref, 3, &nb);
	assert_int_equal(na, nb);
	assert_memory_equal(a, b, na * sizeof(*a));
	free(a);
	free(b);
	a = dump(low, 2, &na);
	b = dump(low_ref, 2, &nb);
	assert_int_equal(na, nb);
	assert_memory_equal(a, b, na * sizeof(*a));
	free(a);
	free(b);
	gramtab_free(p);
	gramtab_free(low);
	gramtab_free(up_ref);
	gramtab_free(low_ref);
}

/*
 * Keys added a batch at a time count as added one by one, repeats and
 * growth included; a table reserved for them never grows while they come
 * and is never made smaller.
 */
static void
test_add_keys(void **state)
{
	struct gramtab	*a = gramtab_new(2), *b = gramtab_new(2);
	uint32_t	 keys[2 * 5000], counts[2 * 5000];
	uint64_t	*x, *y;
	size_t		 i, nx, ny, bytes;

	(void)state;
	for (i = 0; i < 5000; i++) {
		keys[2 * i] = 1 + (uint32_t)(i * 7919 % 3000);
		keys[2 * i + 1] = 1 + (uint32_t)(i % 11);
		counts[2 * i] = 1 + (uint32_t)(i % 5);
		counts[2 * i + 1] = 1;
		gramtab_add(a, keys + 2 * i, gramtab_hash(a, keys + 2 * i),
		    counts[2 * i], counts[2 * i + 1]);
	}
	bytes = gramtab_bytes(b);
	gramtab_reserve(b, 5000);
	assert_true(gramtab_bytes(b) >= 8 * bytes);
	bytes = gramtab_bytes(b);
	gramtab_add_keys(b, keys, counts, 5000);
	gramtab_add_keys(b, keys, counts, 0);
	assert_int_equal(gramtab_bytes(b), bytes);
	gramtab_reserve(b, 10);
	assert_int_equal(gramtab_bytes(b), bytes);
	x = dump(a, 2, &nx);
	y = dump(b, 2, &ny);
	assert_int_equal(nx, ny);
	assert_true(nx > 1000);
	assert_memory_equal(x, y, nx * sizeof(*x));
	free(x);
	free(y);
	gramtab_free(a);
	gramtab_free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts_and_docs),
		cmocka_unit_test(test_count_keys),
		cmocka_unit_test(test_growth),
		cmocka_unit_test(test_bytes_within),
		cmocka_unit_test(test_pairs),
		cmocka_unit_test(test_add_keys),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
