/* SPDX-License-Identifier: MIT */
/*
 * Statistics of proportions for frame tables: the Wilson score interval
 * of a share, and the chi-square test of independence of a groups x 2
 * table (articles with / without a frame per group) with its p-value and
 * Cramér's V. Pure functions; nothing to free.
 */
#ifndef NF_STATS_PROP_H
#define NF_STATS_PROP_H

#include <stddef.h>

/* The 95% (z = 1.959964) Wilson interval of k successes out of n; for
 * n == 0 both bounds are 0. */
void	prop_wilson(long k, long n, double z, double *lo, double *hi);

struct chisq {
	double	 stat;		/* Pearson's X^2 */
	int	 df;		/* (groups used - 1) */
	double	 p;		/* upper tail of chi-square(df) at stat */
	double	 v;		/* Cramér's V */
	long	 n;		/* articles in the groups used */
	size_t	 groups;	/* groups with at least one article */
};

/*
 * Tests whether the share k[i]/n[i] differs between groups (groups with
 * n[i] == 0 are left out). Returns 0, or -1 when the test is undefined:
 * fewer than two groups, or no article (or every article) has the frame;
 * out->n and out->groups are set either way.
 */
int	prop_chisq(const long *k, const long *n, size_t groups,
	    struct chisq *out);

/* P(X > x) for X ~ chi-square(df). */
double	chisq_upper(double x, double df);

#endif
