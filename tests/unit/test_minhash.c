/* SPDX-License-Identifier: MIT */
/* Unit tests of src/stats/minhash.c and src/stats/lsh.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "stats/lsh.h"
#include "stats/minhash.h"

static const char base[] = "The river burst its banks in the town early on "
    "Tuesday after three days of heavy rain. Emergency crews evacuated more "
    "than four hundred residents from the low streets near the old mill. "
    "Volunteers filled sandbags through the night outside the school.";

static void
test_exact(void **state)
{
	uint32_t	 a[MINHASH_PERMS], b[MINHASH_PERMS];
	uint64_t	 ea, eb;
	const char	*other = "THE RIVER burst its banks -- in the town, early "
	    "on Tuesday after three days of heavy rain! Emergency crews "
	    "evacuated more than four hundred residents from the low streets "
	    "near the old mill. Volunteers filled sandbags through the night "
	    "outside the school";

	(void)state;
	assert_int_equal(minhash_text(base, strlen(base), 5, a, &ea), 42);
	minhash_text(other, strlen(other), 5, b, &eb);
	/* Case, punctuation and spacing do not matter. */
	assert_true(ea == eb);
	assert_true(minhash_similarity(a, b) == 1.0);
}

static void
test_similarity(void **state)
{
	uint32_t	 a[MINHASH_PERMS], b[MINHASH_PERMS], c[MINHASH_PERMS];
	uint64_t	 ea, eb, ec;
	char		 edited[sizeof(base) + 64];
	const char	*unrelated = "The national chess championship ended in a "
	    "dramatic final round in the port city on Sunday, when the young "
	    "challenger beat the defending champion after six hours of play.";

	(void)state;
	snprintf(edited, sizeof(edited), "%s Subscribe to our newsletter.",
	    base);
	minhash_text(base, strlen(base), 5, a, &ea);
	minhash_text(edited, strlen(edited), 5, b, &eb);
	minhash_text(unrelated, strlen(unrelated), 5, c, &ec);
	assert_true(ea != eb);
	/* 38 shingles against 38 + 4: Jaccard 0.90. */
	assert_true(minhash_similarity(a, b) > 0.75);
	assert_true(minhash_similarity(a, c) < 0.1);
	assert_int_equal(minhash_text("", 0, 5, c, &ec), 0);
}

static size_t	npairs;
static size_t	pa, pb;

static void
pair(size_t a, size_t b, void *arg)
{
	(void)arg;
	npairs++;
	pa = a;
	pb = b;
}

static void
test_lsh(void **state)
{
	uint32_t	 s[3][MINHASH_PERMS];
	uint64_t	 e;
	const char	*unrelated = "Completely different words about a chess "
	    "tournament and a young champion who won the final game.";

	(void)state;
	minhash_text(unrelated, strlen(unrelated), 5, s[0], &e);
	minhash_text(base, strlen(base), 5, s[1], &e);
	minhash_text(base, strlen(base), 5, s[2], &e);
	lsh_candidates(&s[0][0], 3, MINHASH_PERMS, 32, 4, pair, NULL);
	/* Identical signatures share all 32 bands; the other shares none. */
	assert_int_equal(npairs, 32);
	assert_int_equal(pa, 1);
	assert_int_equal(pb, 2);
	assert_true(lsh_threshold(32, 4) > 0.42 && lsh_threshold(32, 4) < 0.43);
}

static void
test_union_find(void **state)
{
	struct uf	*u = uf_new(5);

	(void)state;
	uf_union(u, 0, 1);
	uf_union(u, 3, 4);
	uf_union(u, 1, 4);
	assert_int_equal(uf_find(u, 0), uf_find(u, 3));
	assert_true(uf_find(u, 2) != uf_find(u, 0));
	uf_free(u);
	uf_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exact),
		cmocka_unit_test(test_similarity),
		cmocka_unit_test(test_lsh),
		cmocka_unit_test(test_union_find),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
