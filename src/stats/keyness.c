/* SPDX-License-Identifier: MIT */
/*
 * Keyness and collocation statistics (include/stats/keyness.h).
 * G2 follows Rayson & Garside (2000): expected values from the pooled
 * rate, 2 * sum O ln(O/E) over the two cells, 0 ln 0 = 0. The log ratio
 * follows Hardie (2014), with 0.5 standing in for a zero count; its
 * conservative variant takes the Wald interval of the log relative
 * frequency (standard error sqrt(1/a + 1/b)). %DIFF follows Gabrielatos
 * & Marchi (2012). Collocation measures are those of Church & Hanks (MI),
 * Church et al. (t-score), Rychly (logDice) and Dunning (G2).
 */
#include <math.h>

#include "stats/keyness.h"

static double
xlogx_over(double o, double e)
{
	return o > 0 && e > 0 ? o * log(o / e) : 0.0;
}

double
chi2_1_sf(double x)
{
	return x <= 0 ? 1.0 : erfc(sqrt(x / 2.0));
}

void
keyness_compute(double a, double b, double c, double d, struct keyness *k)
{
	double	 e1 = c * (a + b) / (c + d), e2 = d * (a + b) / (c + d);
	double	 a2 = a > 0 ? a : 0.5, b2 = b > 0 ? b : 0.5, se, lo, hi;

	k->a_pm = a / c * 1e6;
	k->b_pm = b / d * 1e6;
	k->g2 = 2.0 * (xlogx_over(a, e1) + xlogx_over(b, e2));
	k->p = chi2_1_sf(k->g2);
	k->log_ratio = log2((a2 / c) / (b2 / d));
	se = sqrt(1.0 / a2 + 1.0 / b2) * KEYNESS_Z95 / log(2.0);
	lo = k->log_ratio - se;
	hi = k->log_ratio + se;
	k->lrc = lo > 0 ? lo : (hi < 0 ? hi : 0.0);
	k->pct_diff = b > 0 ? (k->a_pm - k->b_pm) * 100.0 / k->b_pm :
	    (a > 0 ? INFINITY : 0.0);
	k->dir = a / c > b / d ? 1 : (a / c < b / d ? -1 : 0);
}

void
p_adjust_bonferroni(double *p, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		p[i] = p[i] * (double)n < 1.0 ? p[i] * (double)n : 1.0;
}

void
p_adjust_bh(double *p, size_t n)
{
	double	 run = 1.0, v;
	size_t	 i;

	for (i = n; i-- > 0;) {
		v = p[i] * (double)n / (double)(i + 1);
		if (v < run)
			run = v;
		p[i] = run;
	}
}

void
colloc_compute(double o, double f1, double f2, double n, struct colloc *c)
{
	double	 o12 = f1 - o, o21 = f2 - o, o22, r2 = n - f1, c2 = n - f2;

	if (o12 < 0)
		o12 = 0;
	if (o21 < 0)
		o21 = 0;
	o22 = n - o - o12 - o21;
	if (o22 < 0)
		o22 = 0;
	c->mi = o > 0 ? log2(o * n / (f1 * f2)) : -INFINITY;
	c->t = o > 0 ? (o - f1 * f2 / n) / sqrt(o) : 0.0;
	c->logdice = o > 0 ? 14.0 + log2(2.0 * o / (f1 + f2)) : -INFINITY;
	c->g2 = 2.0 * (xlogx_over(o, f1 * f2 / n) +
	    xlogx_over(o12, f1 * c2 / n) + xlogx_over(o21, r2 * f2 / n) +
	    xlogx_over(o22, r2 * c2 / n));
}
