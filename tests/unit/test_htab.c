/* SPDX-License-Identifier: MIT */
/* Unit tests of src/core/htab.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/htab.h"

static void
test_put_find_grow(void **state)
{
	struct htab	*h = htab_new(sizeof(int64_t));
	char		 k[32];
	int64_t		*v;
	bool		 created;
	size_t		 i, n, len;
	struct hitem	*items;
	int64_t		 sum = 0;

	(void)state;
	for (i = 0; i < 10000; i++) {
		snprintf(k, sizeof(k), "key%zu", i % 2500);
		v = htab_put(h, k, strlen(k), &created);
		assert_int_equal(created, i < 2500);
		assert_int_equal((uintptr_t)v % 16, 0);
		(*v)++;
	}
	assert_int_equal(htab_count(h), 2500);
	v = htab_find(h, "key42", 5);
	assert_non_null(v);
	assert_int_equal(*v, 4);
	assert_string_equal(htab_key(h, v, &len), "key42");
	assert_int_equal(len, 5);
	assert_null(htab_find(h, "key2500", 7));
	assert_null(htab_find(h, "key4", 3));
	items = htab_items(h, &n);
	assert_int_equal(n, 2500);
	for (i = 0; i < n; i++)
		sum += *(int64_t *)items[i].val;
	assert_int_equal(sum, 10000);
	free(items);
	htab_free(h);
	htab_free(NULL);
}

static void
test_binary_keys_and_sets(void **state)
{
	struct htab	*h = htab_new(0);

	(void)state;
	/* Keys with NULs inside are distinct by their full length. */
	htab_put(h, "a\0b", 3, NULL);
	htab_put(h, "a\0c", 3, NULL);
	htab_put(h, "", 0, NULL);
	assert_int_equal(htab_count(h), 3);
	assert_non_null(htab_find(h, "a\0b", 3));
	assert_non_null(htab_find(h, "", 0));
	assert_null(htab_find(h, "a", 1));
	htab_free(h);
}

/*
 * Past 2 MB of slots (131,072) the array is mapped on huge pages, and
 * past 8 MB the nodes' arena takes 2 MB blocks: values and keys survive
 * the moves, every key is found once, iteration sees each once.
 */
static void
test_big_table(void **state)
{
	struct htab	*h = htab_new(3 * sizeof(int64_t));
	struct hitem	 it;
	char		 k[32];
	int64_t		*v, sum = 0;
	size_t		 i, pos = 0, n = 300000, seen = 0;
	int		 len;

	(void)state;
	for (i = 0; i < n; i++) {
		len = snprintf(k, sizeof(k), "gram %zu x", i * 7919);
		v = htab_put(h, k, (size_t)len, NULL);
		assert_int_equal(v[0], 0);
		v[0] = (int64_t)i;
		v[2] = (int64_t)i * 2;
	}
	assert_int_equal(htab_count(h), n);
	for (i = 0; i < n; i += 997) {
		len = snprintf(k, sizeof(k), "gram %zu x", i * 7919);
		v = htab_find(h, k, (size_t)len);
		assert_non_null(v);
		assert_int_equal(v[0], (int64_t)i);
		assert_int_equal(v[2], (int64_t)i * 2);
	}
	assert_null(htab_find(h, "gram 1 x", 8));
	while (htab_next(h, &pos, &it)) {
		sum += ((int64_t *)it.val)[0];
		seen++;
	}
	assert_int_equal(seen, n);
	assert_int_equal(sum, (int64_t)(n * (n - 1) / 2));
	htab_free(h);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_put_find_grow),
		cmocka_unit_test(test_binary_keys_and_sets),
		cmocka_unit_test(test_big_table),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
