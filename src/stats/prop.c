/* SPDX-License-Identifier: MIT */
/*
 * Wilson intervals and the chi-square test (contracts in
 * include/stats/prop.h). The chi-square tail is the regularized upper
 * incomplete gamma function Q(df/2, x/2), by its series below a + 1 and
 * by Lentz's continued fraction above, to double precision.
 */
#include <math.h>

#include "stats/prop.h"

#define EPS	1e-15
#define ITMAX	1000
#define TINY	1e-300

void
prop_wilson(long k, long n, double z, double *lo, double *hi)
{
	double	 p, z2, den, mid, half;

	if (n <= 0) {
		*lo = *hi = 0;
		return;
	}
	p = (double)k / (double)n;
	z2 = z * z;
	den = 1 + z2 / (double)n;
	mid = (p + z2 / (2.0 * (double)n)) / den;
	half = z * sqrt(p * (1 - p) / (double)n + z2 / (4.0 * (double)n *
	    (double)n)) / den;
	*lo = mid - half < 0 ? 0 : mid - half;
	*hi = mid + half > 1 ? 1 : mid + half;
	if (k == 0)
		*lo = 0;
	if (k == n)
		*hi = 1;
}

/* P(a, x) by its series; valid for x < a + 1. */
static double
gamma_p_series(double a, double x)
{
	double	 sum = 1.0 / a, term = sum, ap = a;
	int	 i;

	for (i = 0; i < ITMAX; i++) {
		ap += 1;
		term *= x / ap;
		sum += term;
		if (fabs(term) < fabs(sum) * EPS)
			break;
	}
	return sum * exp(-x + a * log(x) - lgamma(a));
}

/* Q(a, x) by its continued fraction; valid for x >= a + 1. */
static double
gamma_q_cf(double a, double x)
{
	double	 b = x + 1 - a, c = 1 / TINY, d = 1 / b, h = d, an, del;
	int	 i;

	for (i = 1; i < ITMAX; i++) {
		an = -i * (i - a);
		b += 2;
		d = an * d + b;
		if (fabs(d) < TINY)
			d = TINY;
		c = b + an / c;
		if (fabs(c) < TINY)
			c = TINY;
		d = 1 / d;
		del = d * c;
		h *= del;
		if (fabs(del - 1) < EPS)
			break;
	}
	return exp(-x + a * log(x) - lgamma(a)) * h;
}

double
chisq_upper(double x, double df)
{
	double	 a = df / 2, y = x / 2;

	if (x <= 0)
		return 1;
	if (y < a + 1)
		return 1 - gamma_p_series(a, y);
	return gamma_q_cf(a, y);
}

int
prop_chisq(const long *k, const long *n, size_t groups, struct chisq *out)
{
	long	 tk = 0, tn = 0;
	double	 stat = 0, e1, e0, share;
	size_t	 i;

	out->stat = out->p = out->v = 0;
	out->df = 0;
	out->groups = 0;
	for (i = 0; i < groups; i++) {
		if (n[i] <= 0)
			continue;
		out->groups++;
		tk += k[i];
		tn += n[i];
	}
	out->n = tn;
	if (out->groups < 2 || tk == 0 || tk == tn)
		return -1;
	share = (double)tk / (double)tn;
	for (i = 0; i < groups; i++) {
		if (n[i] <= 0)
			continue;
		e1 = (double)n[i] * share;
		e0 = (double)n[i] - e1;
		stat += ((double)k[i] - e1) * ((double)k[i] - e1) / e1;
		stat += ((double)(n[i] - k[i]) - e0) *
		    ((double)(n[i] - k[i]) - e0) / e0;
	}
	out->stat = stat;
	out->df = (int)out->groups - 1;
	out->p = chisq_upper(stat, out->df);
	out->v = sqrt(stat / (double)tn);
	return 0;
}
