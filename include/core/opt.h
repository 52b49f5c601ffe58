/* SPDX-License-Identifier: MIT */
/*
 * Option tables: each subcommand lists its options once, with where the
 * value lands in its state struct. The driver parses argv against the
 * table (GNU-style: -x VAL, -xVAL, --long VAL, --long=VAL, flags bundled),
 * range-checks numbers naming the option, and prints help from it.
 */
#ifndef NF_CORE_OPT_H
#define NF_CORE_OPT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum opt_type {
	OPT_T_END,
	OPT_T_FLAG,	/* bool */
	OPT_T_INT,	/* int, within [min, max] */
	OPT_T_DOUBLE,	/* double, within [min, max] */
	OPT_T_SIZE,	/* size_t bytes, K/M/G/T suffixes, within [min, max] */
	OPT_T_STR,	/* const char *, the argv string */
	OPT_T_LIST,	/* struct strv: each use appends */
};

/* A repeatable option's values, in order (argv strings, borrowed). */
struct strv {
	const char	**v;
	size_t		  n;
};

struct opt {
	int		 short_name;	/* 0: long only */
	const char	*long_name;
	enum opt_type	 type;
	size_t		 offset;
	const char	*arg;		/* metavariable, NULL for flags */
	const char	*help;
	double		 min, max;
};

#define OPT_FLAG(s, l, T, f, h) \
	{ (s), (l), OPT_T_FLAG, offsetof(T, f), NULL, (h), 0, 0 }
#define OPT_INT(s, l, T, f, a, h) \
	{ (s), (l), OPT_T_INT, offsetof(T, f), (a), (h), 0, 2147483647.0 }
#define OPT_INT_RANGE(s, l, T, f, a, lo, hi, h) \
	{ (s), (l), OPT_T_INT, offsetof(T, f), (a), (h), (lo), (hi) }
#define OPT_DOUBLE(s, l, T, f, a, lo, hi, h) \
	{ (s), (l), OPT_T_DOUBLE, offsetof(T, f), (a), (h), (lo), (hi) }
/* Bytes: 500000, 64K, 512M, 2G, 1T (powers of 1024; "KB", "KiB" too). */
#define OPT_SIZE(s, l, T, f, a, lo, hi, h) \
	{ (s), (l), OPT_T_SIZE, offsetof(T, f), (a), (h), (lo), (hi) }
#define OPT_STR(s, l, T, f, a, h) \
	{ (s), (l), OPT_T_STR, offsetof(T, f), (a), (h), 0, 0 }
#define OPT_LIST(s, l, T, f, a, h) \
	{ (s), (l), OPT_T_LIST, offsetof(T, f), (a), (h), 0, 0 }
#define OPT_END	{ 0, NULL, OPT_T_END, 0, NULL, NULL, 0, 0 }

/*
 * Parses options from argv[*ind] on into state (two tables: the command's
 * and the driver's common one, with its own state). Stops at the first
 * operand or "--" (options after operands are still taken, GNU style:
 * operands are moved to the end). Returns 0, 1 when -h/--help was given,
 * or -1 after printing a usage error. Values borrow argv.
 */
int	opt_parse(const struct opt *, void *state, const struct opt *common,
	    void *common_state, int argc, char **argv, int *ind);

/* Prints the option lines of a table, aligned, to f. */
void	opt_print_help(const struct opt *, FILE *f);

#endif
