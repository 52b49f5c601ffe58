/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of src/stats/keyness.c. Expected values are worked out from
 * the formulas in the man pages (a calculator's logs, 6 decimals).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <cmocka.h>

#include "stats/keyness.h"

#define NEAR(x, y)	assert_true(fabs((x) - (y)) < 1e-5)

static void
test_balanced(void **state)
{
	struct keyness	 k;

	(void)state;
	/*
	 * 10 of 1000 vs 5 of 1000: E = 7.5 each;
	 * G2 = 2 (10 ln(10/7.5) + 5 ln(5/7.5)) = 1.698990.
	 */
	keyness_compute(10, 5, 1000, 1000, &k);
	NEAR(k.a_pm, 10000);
	NEAR(k.b_pm, 5000);
	NEAR(k.g2, 1.698990);
	NEAR(k.p, 0.192420);
	NEAR(k.log_ratio, 1.0);
	/* 1 +- 1.96 sqrt(1/10 + 1/5) / ln 2 = [-0.5488, 2.5488]: spans 0. */
	NEAR(k.lrc, 0.0);
	NEAR(k.pct_diff, 100.0);
	assert_int_equal(k.dir, 1);
	/* Same rate: nothing to see. */
	keyness_compute(4, 8, 1000, 2000, &k);
	NEAR(k.g2, 0.0);
	NEAR(k.p, 1.0);
	NEAR(k.log_ratio, 0.0);
	NEAR(k.pct_diff, 0.0);
	assert_int_equal(k.dir, 0);
}

static void
test_zeros(void **state)
{
	struct keyness	 k;

	(void)state;
	/* 20 of 1000 vs 0 of 2000: E1 = 6.667, G2 = 40 ln 3. */
	keyness_compute(20, 0, 1000, 2000, &k);
	NEAR(k.g2, 43.944492);
	NEAR(k.p, 3.378217e-11);
	NEAR(k.log_ratio, 6.321928);	/* log2((20/1000) / (0.5/2000)) */
	NEAR(k.lrc, 2.273378);		/* 6.3219 - 1.96 sqrt(2.05) / ln 2 */
	assert_true(isinf(k.pct_diff) && k.pct_diff > 0);
	assert_int_equal(k.dir, 1);
	/* 0 of 5000 vs 30 of 1000: E2 = 5, G2 = 60 ln 6. */
	keyness_compute(0, 30, 5000, 1000, &k);
	NEAR(k.g2, 107.505568);
	NEAR(k.log_ratio, -8.228819);	/* log2((0.5/5000) / (30/1000)) */
	NEAR(k.lrc, -4.196759);
	NEAR(k.pct_diff, -100.0);
	assert_int_equal(k.dir, -1);
	NEAR(chi2_1_sf(0), 1.0);
	NEAR(chi2_1_sf(3.841459), 0.05);
	NEAR(chi2_1_sf(6.634897), 0.01);
}

static void
test_corrections(void **state)
{
	double	 p[] = { 0.01, 0.03, 0.04, 0.5 };
	double	 q[] = { 0.01, 0.03, 0.3, 0.5 };

	(void)state;
	/* n/i: 0.04, 0.06, 0.0533, 0.5; monotone from the end. */
	p_adjust_bh(p, 4);
	NEAR(p[0], 0.04);
	NEAR(p[1], 0.053333);
	NEAR(p[2], 0.053333);
	NEAR(p[3], 0.5);
	p_adjust_bonferroni(q, 4);
	NEAR(q[0], 0.04);
	NEAR(q[1], 0.12);
	NEAR(q[2], 1.0);
	NEAR(q[3], 1.0);
}

static void
test_collocation(void **state)
{
	struct colloc	 c;

	(void)state;
	/* O 10, node 20, collocate 50, N 10000. */
	colloc_compute(10, 20, 50, 10000, &c);
	NEAR(c.mi, 6.643856);		/* log2(100) */
	NEAR(c.t, 3.130655);		/* (10 - 0.1) / sqrt(10) */
	NEAR(c.logdice, 12.192645);	/* 14 + log2(20/70) */
	NEAR(c.g2, 80.459254);
	/* Independence: O = E gives MI 0, t 0, G2 0. */
	colloc_compute(1, 100, 100, 10000, &c);
	NEAR(c.mi, 0.0);
	NEAR(c.t, 0.0);
	NEAR(c.g2, 0.0);
	colloc_compute(0, 10, 10, 1000, &c);
	assert_true(isinf(c.mi) && c.mi < 0);
	NEAR(c.t, 0.0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_balanced),
		cmocka_unit_test(test_zeros),
		cmocka_unit_test(test_corrections),
		cmocka_unit_test(test_collocation),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
