/* SPDX-License-Identifier: MIT */
/* Unit tests of src/text/vocab.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "text/vocab.h"

static void
test_ids(void **state)
{
	struct vocab	*v = vocab_new();
	struct vword	*w;
	uint32_t	 a, b;

	(void)state;
	a = vocab_intern(v, "war", 3)->id;
	b = vocab_intern(v, "peace", 5)->id;
	assert_int_equal(a, 1);
	assert_int_equal(b, 2);
	assert_int_equal(vocab_intern(v, "war", 3)->id, 1);
	/* Prefixes and NUL bytes make other words. */
	assert_int_equal(vocab_intern(v, "wa", 2)->id, 3);
	assert_int_equal(vocab_intern(v, "w\0r", 3)->id, 4);
	assert_int_equal(vocab_intern(v, "", 0)->id, 5);
	assert_int_equal(vocab_size(v), 5);
	w = vocab_get(v, 2);
	assert_string_equal(vocab_str(w), "peace");
	assert_int_equal(w->len, 5);
	assert_false(w->space);
	assert_true(vocab_intern(v, "a b", 3)->space);
	/* Fields stay with the word. */
	vocab_get(v, 1)->stem = 4;
	assert_int_equal(vocab_intern(v, "war", 3)->stem, 4);
	vocab_free(v);
	vocab_free(NULL);
}

/* Many words, long and short: ids and strings survive the growth. */
static void
test_growth(void **state)
{
	struct vocab	*v = vocab_new();
	char		 s[200];
	uint32_t	 i;
	int		 n;

	(void)state;
	for (i = 1; i <= 100000; i++) {
		n = snprintf(s, sizeof(s), "%u%s", i, i % 7 ? "" :
		    "-a-word-longer-than-the-inline-part-of-an-entry");
		assert_int_equal(vocab_intern(v, s, (size_t)n)->id, i);
		vocab_get(v, i)->stem = i;
	}
	assert_int_equal(vocab_size(v), 100000);
	for (i = 1; i <= 100000; i += 997) {
		n = snprintf(s, sizeof(s), "%u%s", i, i % 7 ? "" :
		    "-a-word-longer-than-the-inline-part-of-an-entry");
		assert_string_equal(vocab_str(vocab_get(v, i)), s);
		assert_int_equal(vocab_get(v, i)->stem, i);
		assert_int_equal(vocab_intern_hashed(v, s, (size_t)n,
		    vocab_hash(s, (size_t)n))->id, i);
	}
	vocab_free(v);
}

/*
 * What the vocabulary may hold while words come covers what it holds
 * after them, and its strings' bytes add up.
 */
static void
test_bytes_within(void **state)
{
	struct vocab	*v = vocab_new();
	char		 s[32];
	size_t		 before = vocab_bytes(v), want, chars = 0;
	uint32_t	 i;
	int		 n;

	(void)state;
	assert_int_equal(vocab_bytes_within(v, 0), before);
	want = vocab_bytes_within(v, 20000);
	assert_true(want > 3 * before);
	for (i = 1; i <= 20000; i++) {
		n = snprintf(s, sizeof(s), "w%u", i);
		vocab_intern(v, s, (size_t)n);
		chars += (size_t)n;
	}
	assert_true(vocab_bytes(v) > before);
	assert_true(vocab_bytes(v) <= want);
	assert_int_equal(vocab_chars(v), chars);
	assert_int_equal(vocab_bytes(NULL), 0);
	assert_int_equal(vocab_bytes_within(NULL, 9), 0);
	assert_int_equal(vocab_chars(NULL), 0);
	vocab_free(v);
}

/* The key of s[0..len) byte by byte: the first 24, zero-padded. */
static void
key_ref(const char *s, size_t len, uint64_t k[3])
{
	size_t	 i;

	k[0] = k[1] = k[2] = 0;
	for (i = 0; i < len && i < VOCAB_KEY; i++)
		k[i / 8] |= (uint64_t)(unsigned char)s[i] << (8 * (i % 8));
}

/*
 * Keys by vocab_key and vocab_key_padded (from a buffer readable past
 * the string) are the bytes' at every length; words that share a key or
 * differ past it, NUL bytes among them, are told apart by the lookups.
 */
static void
test_keys(void **state)
{
	struct vocab		*v = vocab_new();
	const struct vocab_view	*vv = vocab_view(v);
	char			 s[64], t[64];
	uint64_t		 k[3], p[3], r[3];
	size_t			 len, i;
	uint32_t		 ids[41];

	(void)state;
	for (i = 0; i < sizeof(s); i++)
		s[i] = (char)(0xA0 + i * 7);
	for (len = 0; len <= 40; len++) {
		key_ref(s, len, r);
		vocab_key(s, len, k);
		vocab_key_padded(s, len, p);
		assert_memory_equal(k, r, sizeof(r));
		assert_memory_equal(p, r, sizeof(r));
		assert_true(vocab_hash(s, len) == vocab_hash_key(k, s, len));
		ids[len] = vocab_intern(v, s, len)->id;
		assert_int_equal(ids[len], len + 1);
	}
	/* Every prefix is a word of its own, found by the view too. */
	for (len = 0; len <= 40; len++) {
		vocab_key(s, len, k);
		assert_int_equal(vocab_view_find(vv, s, len, k,
		    vocab_hash(s, len)), ids[len]);
		assert_int_equal(vocab_intern(v, s, len)->id, ids[len]);
	}
	/* Past 24 bytes and at a NUL byte: other words. */
	memcpy(t, s, sizeof(t));
	t[30] ^= 1;
	vocab_key(t, 31, k);
	assert_memory_equal(k, r, sizeof(k));
	assert_int_equal(vocab_view_find(vv, t, 31, k, vocab_hash(t, 31)), 0);
	assert_int_equal(vocab_intern(v, t, 31)->id, 42);
	assert_int_equal(vocab_view_find(vv, t, 31, k, vocab_hash(t, 31)),
	    42);
	t[2] = '\0';
	assert_int_equal(vocab_intern(v, t, 3)->id, 43);
	assert_int_equal(vocab_intern(v, t, 2)->id, ids[2]);
	vocab_free(v);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ids),
		cmocka_unit_test(test_growth),
		cmocka_unit_test(test_bytes_within),
		cmocka_unit_test(test_keys),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
