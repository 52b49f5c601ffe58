/* SPDX-License-Identifier: MIT */
/*
 * Numbers for humans in the report: counts with thousands separators,
 * shares as percentages with one to three significant digits, p-values the
 * way papers print them, and HTML escaping. All of it is locale-free (the
 * C library's printf with the "C" locale's '.' and no grouping), so the
 * document is the same on every machine.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/report.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/xmalloc.h"

#define FMT_SIZE	32

static void	group_digits(char *out, const char *digits);

/* Copies digits into out with ',' every three from the right. */
static void
group_digits(char *out, const char *digits)
{
	size_t	 len = strlen(digits), i;
	char	*p = out;

	for (i = 0; i < len; i++) {
		if (i > 0 && (len - i) % 3 == 0)
			*p++ = ',';
		*p++ = digits[i];
	}
	*p = '\0';
}

char *
fmt_count(char *out, long n)
{
	char		 digits[FMT_SIZE];
	unsigned long	 u;

	u = n < 0 ? 0UL - (unsigned long)n : (unsigned long)n;
	snprintf(digits, sizeof(digits), "%lu", u);
	if (n < 0) {
		out[0] = '-';
		group_digits(out + 1, digits);
	} else
		group_digits(out, digits);
	return out;
}

char *
fmt_fixed(char *out, double x, int decimals)
{
	char		 tmp[FMT_SIZE * 2], *dot;
	const char	*sign = "";
	size_t		 len;

	if (!isfinite(x)) {
		snprintf(out, FMT_SIZE, "%s", isnan(x) ? "n/a" :
		    (x > 0 ? "\xe2\x88\x9e" : "\xe2\x88\x92\xe2\x88\x9e"));
		return out;
	}
	if (x < 0 && fabs(x) >= 0.5 * pow(10, -decimals)) {
		sign = "-";
		x = -x;
	} else
		x = fabs(x);
	if (x >= 1e15) {
		snprintf(out, FMT_SIZE, "%s%.3g", sign, x);
		return out;
	}
	snprintf(tmp, sizeof(tmp), "%.*f", decimals, x);
	dot = strchr(tmp, '.');
	if (dot != NULL)
		*dot = '\0';
	len = strlen(sign);
	memcpy(out, sign, len);
	group_digits(out + len, tmp);
	if (dot != NULL) {
		len = strlen(out);
		out[len] = '.';
		snprintf(out + len + 1, FMT_SIZE - len - 1, "%s", dot + 1);
	}
	return out;
}

char *
fmt_sig(char *out, double x)
{
	double	 a = fabs(x);
	int	 decimals;

	if (a == 0 || !isfinite(x))
		return fmt_fixed(out, x, 0);
	if (a >= 100)
		decimals = 0;
	else if (a >= 10)
		decimals = 1;
	else if (a >= 1)
		decimals = 2;
	else {
		/* Three significant digits below 1, at most 6 decimals. */
		decimals = 2 - (int)floor(log10(a));
		if (decimals > 6)
			decimals = 6;
	}
	return fmt_fixed(out, x, decimals);
}

char *
fmt_share(char *out, double x)
{
	double	 pct = x * 100;
	int	 decimals;

	if (!isfinite(x)) {
		snprintf(out, FMT_SIZE, "n/a");
		return out;
	}
	if (pct == 0) {
		snprintf(out, FMT_SIZE, "0%%");
		return out;
	}
	if (pct >= 9.95)
		decimals = 0;		/* 10% .. 100%: 2 or 3 digits */
	else if (pct >= 0.995)
		decimals = 1;		/* 1.0% .. 9.9% */
	else {
		/* Two significant digits: 0.12%, 0.012%; at most 4 decimals. */
		decimals = 1 - (int)floor(log10(pct));
		if (decimals > 4) {
			snprintf(out, FMT_SIZE, "< 0.0001%%");
			return out;
		}
	}
	snprintf(out, FMT_SIZE, "%.*f%%", decimals, pct);
	return out;
}

char *
fmt_pvalue(char *out, double p)
{
	if (!isfinite(p))
		snprintf(out, FMT_SIZE, "n/a");
	else if (p < 0.001)
		snprintf(out, FMT_SIZE, "< 0.001");
	else if (p < 0.1)
		snprintf(out, FMT_SIZE, "%.3f", p);
	else
		snprintf(out, FMT_SIZE, "%.2f", p);
	return out;
}

void
html_escape(struct buf *b, const char *s)
{
	const char	*run;

	if (s == NULL)
		return;
	while (*s != '\0') {
		run = s;
		while ((unsigned char)*s >= 0x20 && *s != '&' && *s != '<' &&
		    *s != '>' && *s != '"' && *s != '\'' && *s != 0x7f)
			s++;
		buf_add(b, run, (size_t)(s - run));
		switch (*s) {
		case '\0':
			return;
		case '\n':
		case '\t':
			buf_addc(b, *s);
			break;
		case '&':
			buf_adds(b, "&amp;");
			break;
		case '<':
			buf_adds(b, "&lt;");
			break;
		case '>':
			buf_adds(b, "&gt;");
			break;
		case '"':
			buf_adds(b, "&quot;");
			break;
		case '\'':
			buf_adds(b, "&#39;");
			break;
		default:
			/* Control characters are not allowed in HTML text. */
			buf_addc(b, ' ');
		}
		s++;
	}
}

const char *
report_unit_name(enum rep_unit u)
{
	switch (u) {
	case REP_DAY:
		return "day";
	case REP_WEEK:
		return "week";
	case REP_MONTH:
		return "month";
	default:
		return "year";
	}
}

struct report *
report_new(void)
{
	struct report	*r = xcalloc(1, sizeof(*r));

	r->arena = arena_new();
	r->by = "outlet";
	return r;
}

void
report_free(struct report *r)
{
	if (r == NULL)
		return;
	arena_free(r->arena);
	free(r);
}
