/* SPDX-License-Identifier: MIT */
/*
 * Corpus statistics on count tables, as corpus linguists define them:
 * keyness of a term in a target corpus against a reference corpus, and
 * association of a collocate with a node word. Pure functions of counts;
 * man/newsframe-keyness.1 and man/newsframe-collocates.1 give the formulas.
 */
#ifndef NF_STATS_KEYNESS_H
#define NF_STATS_KEYNESS_H

#include <stddef.h>

/* z of the two-sided 95% interval, used by the LRC. */
#define KEYNESS_Z95	1.959963984540054

struct keyness {
	double	 a_pm, b_pm;	/* per million in target and reference */
	double	 g2;		/* log-likelihood, Rayson & Garside */
	double	 p;		/* P(chi2 with 1 df >= g2) */
	double	 log_ratio;	/* Hardie: log2 of the ratio of relative
				   frequencies, a zero count taken as 0.5 */
	double	 lrc;		/* the bound of the 95% interval of
				   log_ratio nearer 0; 0 if it spans 0 */
	double	 pct_diff;	/* Gabrielatos & Marchi %DIFF (inf when the
				   reference frequency is 0) */
	int	 dir;		/* +1 over-use in target, -1 under, 0 */
};

/*
 * a, b: the term's frequency in target and reference; c, d: the sizes of
 * target and reference (c, d > 0).
 */
void	keyness_compute(double a, double b, double c, double d,
	    struct keyness *k);

/* Upper tail of the chi-squared distribution with one degree of freedom. */
double	chi2_1_sf(double x);

/* Bonferroni: p[i] * n, capped at 1, in place. */
void	p_adjust_bonferroni(double *p, size_t n);
/*
 * Benjamini-Hochberg, in place, for p sorted ascending (ties in any
 * order): p[i] * n / (i + 1), made monotone from the largest, capped at 1.
 */
void	p_adjust_bh(double *p, size_t n);

struct colloc {
	double	 mi;		/* log2(O N / (f1 f2)) */
	double	 t;		/* (O - f1 f2 / N) / sqrt(O) */
	double	 logdice;	/* 14 + log2(2 O / (f1 + f2)) */
	double	 g2;		/* log-likelihood of the 2x2 table */
};

/*
 * o: co-occurrences of node and collocate; f1: node frequency; f2:
 * collocate frequency; n: corpus size in tokens.
 */
void	colloc_compute(double o, double f1, double f2, double n,
	    struct colloc *c);

#endif
