/* SPDX-License-Identifier: MIT */
/*
 * Calendar arithmetic for the report's time series: dates to day numbers
 * (days since 1970-01-01, proleptic Gregorian, after H. Hinnant's
 * "chrono-compatible low-level date algorithms"), the unit that fits a
 * date range, and period labels: 2024-03-05 (day), 2024-W10 (ISO 8601
 * week, Monday first, the year of its Thursday), 2024-03 (month), 2024.
 */
#include <stdio.h>

#include "cmd/report.h"

static long	days_from_civil(long y, unsigned m, unsigned d);
static void	civil_from_days(long z, long *y, unsigned *m, unsigned *d);
static int	two_digits(const char *);
static long	weekday(long);

static long
days_from_civil(long y, unsigned m, unsigned d)
{
	long		 era;
	unsigned	 yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

static void
civil_from_days(long z, long *y, unsigned *m, unsigned *d)
{
	long		 era;
	unsigned	 doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = (long)yoe + era * 400 + (*m <= 2);
}

static int
two_digits(const char *s)
{
	if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
		return -1;
	return (s[0] - '0') * 10 + (s[1] - '0');
}

bool
report_day(const char *s, long *day)
{
	int		 c, m, d, i;
	long		 y = 0, yy;
	unsigned	 mm, dd;

	if (s == NULL)
		return false;
	for (i = 0; i < 4; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		y = y * 10 + (s[i] - '0');
	}
	if (s[4] != '-' || (m = two_digits(s + 5)) < 1 || m > 12 ||
	    s[7] != '-' || (d = two_digits(s + 8)) < 1 || d > 31)
		return false;
	c = s[10];
	if (c != '\0' && c != 'T' && c != ' ')
		return false;
	*day = days_from_civil(y, (unsigned)m, (unsigned)d);
	/* Reject 2023-02-30 and the like: the day must round-trip. */
	civil_from_days(*day, &yy, &mm, &dd);
	return yy == y && (int)mm == m && (int)dd == d;
}

enum rep_unit
report_unit_for(long first, long last)
{
	long	 span = last - first;

	if (span <= 31)
		return REP_DAY;
	if (span <= 2 * 366)
		return REP_WEEK;
	if (span <= 15 * 366)
		return REP_MONTH;
	return REP_YEAR;
}

/* Monday = 0; 1970-01-01 was a Thursday. */
static long
weekday(long day)
{
	long	 w = (day + 3) % 7;

	return w < 0 ? w + 7 : w;
}

long
report_period_start(enum rep_unit u, long day)
{
	long		 y;
	unsigned	 m, d;

	switch (u) {
	case REP_DAY:
		return day;
	case REP_WEEK:
		return day - weekday(day);
	case REP_MONTH:
		civil_from_days(day, &y, &m, &d);
		return days_from_civil(y, m, 1);
	default:
		civil_from_days(day, &y, &m, &d);
		return days_from_civil(y, 1, 1);
	}
}

long
report_period_next(enum rep_unit u, long start)
{
	long		 y;
	unsigned	 m, d;

	switch (u) {
	case REP_DAY:
		return start + 1;
	case REP_WEEK:
		return start + 7;
	case REP_MONTH:
		civil_from_days(start, &y, &m, &d);
		return m == 12 ? days_from_civil(y + 1, 1, 1) :
		    days_from_civil(y, m + 1, 1);
	default:
		civil_from_days(start, &y, &m, &d);
		return days_from_civil(y + 1, 1, 1);
	}
}

void
report_period(enum rep_unit u, long day, char *out, size_t n)
{
	long		 y, thu;
	unsigned	 m, d;

	switch (u) {
	case REP_DAY:
		civil_from_days(day, &y, &m, &d);
		snprintf(out, n, "%04ld-%02u-%02u", y, m, d);
		break;
	case REP_WEEK:
		/* The ISO week belongs to the year of its Thursday. */
		thu = day - weekday(day) + 3;
		civil_from_days(thu, &y, &m, &d);
		snprintf(out, n, "%04ld-W%02ld", y,
		    (thu - days_from_civil(y, 1, 1)) / 7 + 1);
		break;
	case REP_MONTH:
		civil_from_days(day, &y, &m, &d);
		snprintf(out, n, "%04ld-%02u", y, m);
		break;
	default:
		civil_from_days(day, &y, &m, &d);
		snprintf(out, n, "%04ld", y);
	}
}
