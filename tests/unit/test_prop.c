/* SPDX-License-Identifier: MIT */
/* Unit tests of src/stats/prop.c, against values computed by hand and
 * checked against the closed forms (Wilson: z^2/(n+z^2) at k = 0). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "stats/prop.h"

#define Z95	1.959963984540054

static void
test_wilson(void **state)
{
	double	 lo, hi;

	(void)state;
	prop_wilson(5, 10, Z95, &lo, &hi);
	assert_float_equal(lo, 0.2365931, 1e-6);
	assert_float_equal(hi, 0.7634069, 1e-6);
	prop_wilson(0, 20, Z95, &lo, &hi);
	assert_float_equal(lo, 0, 1e-12);
	assert_float_equal(hi, 0.1611252, 1e-6);
	prop_wilson(20, 20, Z95, &lo, &hi);
	assert_float_equal(lo, 0.8388748, 1e-6);
	assert_float_equal(hi, 1, 1e-12);
	prop_wilson(0, 0, Z95, &lo, &hi);
	assert_float_equal(lo, 0, 1e-12);
	assert_float_equal(hi, 0, 1e-12);
}

static void
test_chisq_tail(void **state)
{
	(void)state;
	assert_float_equal(chisq_upper(3.841459, 1), 0.05, 1e-6);
	assert_float_equal(chisq_upper(5.991465, 2), 0.05, 1e-6);
	assert_float_equal(chisq_upper(0.5, 3), 0.9188914, 1e-6);
	assert_float_equal(chisq_upper(30, 4), 4.894437e-06, 1e-10);
	assert_float_equal(chisq_upper(0, 2), 1, 1e-12);
}

static void
test_chisq_table(void **state)
{
	long		 k[] = { 10, 20, 7 }, n[] = { 50, 50, 0 };
	long		 all_k[] = { 5, 5 }, all_n[] = { 5, 5 };
	struct chisq	 c;

	(void)state;
	/* The empty third group is left out: a 2 x 2 table. */
	assert_int_equal(prop_chisq(k, n, 3, &c), 0);
	assert_int_equal(c.groups, 2);
	assert_int_equal(c.df, 1);
	assert_int_equal(c.n, 100);
	assert_float_equal(c.stat, 4.761905, 1e-6);
	assert_float_equal(c.p, 0.02909633, 1e-7);
	assert_float_equal(c.v, 0.2182179, 1e-6);
	/* Every article has the frame: no test. */
	assert_int_equal(prop_chisq(all_k, all_n, 2, &c), -1);
	assert_int_equal(c.n, 10);
	/* One group only: no test. */
	assert_int_equal(prop_chisq(k, n, 1, &c), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wilson),
		cmocka_unit_test(test_chisq_tail),
		cmocka_unit_test(test_chisq_table),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
