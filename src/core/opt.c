/* SPDX-License-Identifier: MIT */
/*
 * Option parsing from tables. Unlike getopt_long it needs no second list of
 * names and checks ranges itself, so every subcommand's errors read alike:
 *	newsframe: terms: --ngram: must be at least 1
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/opt.h"
#include "core/xmalloc.h"

static const struct opt *
find_short(const struct opt *t, int c)
{
	for (; t != NULL && t->type != OPT_T_END; t++)
		if (t->short_name == c)
			return t;
	return NULL;
}

static const struct opt *
find_long(const struct opt *t, const char *name, size_t len)
{
	for (; t != NULL && t->type != OPT_T_END; t++)
		if (t->long_name != NULL && strlen(t->long_name) == len &&
		    strncmp(t->long_name, name, len) == 0)
			return t;
	return NULL;
}

static void
opt_name(const struct opt *o, char *out, size_t n)
{
	if (o->long_name != NULL)
		snprintf(out, n, "--%s", o->long_name);
	else
		snprintf(out, n, "-%c", o->short_name);
}

/* v in the largest unit that divides it: 1024 is "1K". */
static void
size_name(double v, char *out, size_t n)
{
	static const char	 units[] = "TGMK";
	unsigned long long	 u = (unsigned long long)v, m;
	size_t			 i;

	for (i = 0; i < 4; i++) {
		m = 1ULL << (10 * (4 - i));
		if (u >= m && u % m == 0) {
			snprintf(out, n, "%llu%c", u / m, units[i]);
			return;
		}
	}
	snprintf(out, n, "%llu", u);
}

/*
 * "500000", "64K", "512M", "2G", "1T" (also "64KB", "64KiB"): bytes, in
 * [o->min, o->max]. Returns 0 or -1 after a usage error naming the option.
 */
static int
set_size(const struct opt *o, const char *name, const char *val,
    size_t *slot)
{
	static const char	 units[] = "kmgt";
	const char		*u;
	char			*end, lim[32];
	unsigned long long	 v;
	int			 shift = 0;

	errno = 0;
	v = strtoull(val, &end, 10);
	if (*val >= '0' && *val <= '9' && *end != '\0' &&
	    (u = strchr(units, *end | 0x20)) != NULL) {
		shift = 10 * (int)(u - units + 1);
		end++;
		if (*end == 'i')
			end++;
		if (*end == 'B')
			end++;
	}
	if (*val < '0' || *val > '9' || *end != '\0') {
		nf_usage_error("%s: expected a size such as 500000, 64K, 512M "
		    "or 2G, not '%s'", name, val);
		return -1;
	}
	if (errno == ERANGE || v > ((unsigned long long)o->max >> shift)) {
		size_name(o->max, lim, sizeof(lim));
		nf_usage_error("%s: must be at most %s", name, lim);
		return -1;
	}
	if ((v << shift) < (unsigned long long)o->min) {
		size_name(o->min, lim, sizeof(lim));
		nf_usage_error("%s: must be at least %s", name, lim);
		return -1;
	}
	*slot = (size_t)(v << shift);
	return 0;
}

static int
set_value(const struct opt *o, void *state, const char *val)
{
	char	 name[64], *end;
	void	*slot = (char *)state + o->offset;
	double	 d;
	long	 l;

	opt_name(o, name, sizeof(name));
	switch (o->type) {
	case OPT_T_FLAG:
		*(bool *)slot = true;
		return 0;
	case OPT_T_STR:
		*(const char **)slot = val;
		return 0;
	case OPT_T_LIST: {
		struct strv *sv = slot;

		sv->v = xrealloc(sv->v, (sv->n + 1) * sizeof(char *));
		sv->v[sv->n++] = val;
		return 0;
	}
	case OPT_T_INT:
		errno = 0;
		l = strtol(val, &end, 10);
		if (*val == '\0' || *end != '\0' || errno != 0) {
			nf_usage_error("%s: '%s' is not a whole number", name,
			    val);
			return -1;
		}
		if (l < (long)o->min) {
			nf_usage_error("%s: must be at least %ld", name,
			    (long)o->min);
			return -1;
		}
		if (l > (long)o->max) {
			nf_usage_error("%s: must be at most %ld", name,
			    (long)o->max);
			return -1;
		}
		*(int *)slot = (int)l;
		return 0;
	case OPT_T_DOUBLE:
		errno = 0;
		d = strtod(val, &end);
		if (*val == '\0' || *end != '\0' || errno != 0 || isnan(d)) {
			nf_usage_error("%s: '%s' is not a number", name, val);
			return -1;
		}
		if (d < o->min || d > o->max) {
			nf_usage_error("%s: must be between %g and %g", name,
			    o->min, o->max);
			return -1;
		}
		*(double *)slot = d;
		return 0;
	case OPT_T_SIZE:
		return set_size(o, name, val, slot);
	case OPT_T_END:
		break;
	}
	return -1;
}

/* Returns 1 for help, 0 taken, -1 error; *used tells if next arg was eaten. */
static int
take_long(const struct opt *t, void *st, const struct opt *c, void *cst,
    const char *arg, const char *next, int *used)
{
	const char	*eq = strchr(arg, '=');
	size_t		 len = eq ? (size_t)(eq - arg) : strlen(arg);
	const struct opt *o;
	void		*s = st;

	*used = 0;
	if (len == 4 && strncmp(arg, "help", 4) == 0)
		return 1;
	if ((o = find_long(t, arg, len)) == NULL) {
		o = find_long(c, arg, len);
		s = cst;
	}
	if (o == NULL) {
		nf_usage_error("unknown option --%.*s", (int)len, arg);
		return -1;
	}
	if (o->type == OPT_T_FLAG) {
		if (eq != NULL) {
			nf_usage_error("--%s takes no value", o->long_name);
			return -1;
		}
		return set_value(o, s, NULL);
	}
	if (eq != NULL)
		return set_value(o, s, eq + 1);
	if (next == NULL) {
		nf_usage_error("--%s needs a value (%s)", o->long_name, o->arg);
		return -1;
	}
	*used = 1;
	return set_value(o, s, next);
}

static int
take_short(const struct opt *t, void *st, const struct opt *c, void *cst,
    const char *arg, const char *next, int *used)
{
	const struct opt *o;
	void		*s;

	*used = 0;
	for (; *arg; arg++) {
		if (*arg == 'h')
			return 1;
		s = st;
		if ((o = find_short(t, *arg)) == NULL) {
			o = find_short(c, *arg);
			s = cst;
		}
		if (o == NULL) {
			nf_usage_error("unknown option -%c", *arg);
			return -1;
		}
		if (o->type == OPT_T_FLAG) {
			if (set_value(o, s, NULL) != 0)
				return -1;
			continue;
		}
		if (arg[1] != '\0')
			return set_value(o, s, arg + 1);
		if (next == NULL) {
			nf_usage_error("-%c needs a value (%s)", *arg, o->arg);
			return -1;
		}
		*used = 1;
		return set_value(o, s, next);
	}
	return 0;
}

int
opt_parse(const struct opt *t, void *st, const struct opt *c, void *cst,
    int argc, char **argv, int *ind)
{
	char	**operands = xcalloc((size_t)argc + 1, sizeof(char *));
	int	 i, n = 0, used, rc = 0, start = *ind;

	for (i = start; i < argc; i++) {
		const char *a = argv[i];
		const char *next = i + 1 < argc ? argv[i + 1] : NULL;

		if (strcmp(a, "--") == 0) {
			for (i++; i < argc; i++)
				operands[n++] = argv[i];
			break;
		}
		if (a[0] != '-' || a[1] == '\0') {
			operands[n++] = argv[i];
			continue;
		}
		if (a[1] == '-')
			rc = take_long(t, st, c, cst, a + 2, next, &used);
		else
			rc = take_short(t, st, c, cst, a + 1, next, &used);
		if (rc != 0)
			break;
		i += used;
	}
	if (rc == 0) {
		/* Operands go last, in order, so argv[*ind..] are operands. */
		int k = argc - n;

		memcpy(argv + k, operands, (size_t)n * sizeof(char *));
		*ind = k;
	}
	free(operands);
	return rc;
}

void
opt_print_help(const struct opt *t, FILE *f)
{
	char	 left[80];

	for (; t != NULL && t->type != OPT_T_END; t++) {
		int n = 0;

		if (t->short_name && t->long_name)
			n = snprintf(left, sizeof(left), "-%c, --%s",
			    t->short_name, t->long_name);
		else if (t->short_name)
			n = snprintf(left, sizeof(left), "-%c", t->short_name);
		else
			n = snprintf(left, sizeof(left), "    --%s",
			    t->long_name);
		if (t->arg != NULL && n > 0 && (size_t)n < sizeof(left))
			snprintf(left + n, sizeof(left) - (size_t)n, " %s",
			    t->arg);
		fprintf(f, "  %-26s %s\n", left, t->help);
	}
}
