/* SPDX-License-Identifier: MIT */
/*
 * Calendar arithmetic (Howard Hinnant's days-from-civil, exact for the
 * proleptic Gregorian calendar), the conversion of dates read in other
 * calendars (Solar Hijri, Buddhist era), validation and formatting of
 * normalized dates. The names the parsers read are in date_names.c.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/arena.h"
#include "ingest/date.h"
#include "ingest/date_cal.h"

int
dcal_days_in_month(int year, int mon)
{
	static const int	days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30,
				    31, 30, 31 };
	bool			leap;

	if (mon < 1 || mon > 12)
		return 0;
	leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	return mon == 2 && leap ? 29 : days[mon - 1];
}

bool
dcal_valid(const struct dcal *c)
{
	return c->year >= 1990 && c->year <= 2099 && c->day >= 1 &&
	    c->day <= dcal_days_in_month(c->year, c->mon);
}

long long
dcal_days(int y, int m, int d)
{
	long long	era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
dcal_from_epoch(struct dcal *c, long long t)
{
	long long	z, era, doe, yoe, doy, mp, secs;

	z = t >= 0 ? t / 86400 : (t - 86399) / 86400;
	secs = t - z * 86400;
	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	c->day = (int)(doy - (153 * mp + 2) / 5 + 1);
	c->mon = (int)(mp < 10 ? mp + 3 : mp - 9);
	c->year = (int)(yoe + era * 400 + (c->mon <= 2));
	c->hour = (int)(secs / 3600);
	c->min = (int)(secs / 60 % 60);
	c->sec = (int)(secs % 60);
	c->has_time = true;
	c->has_zone = true;
	c->zone = 0;
}

/* Two digits of v (0-99) at p. */
static char *
put2(char *p, int v)
{
	p[0] = (char)('0' + v / 10);
	p[1] = (char)('0' + v % 10);
	return p + 2;
}

/*
 * Written by hand, not by printf (a tenth of a feed item's cost): a valid
 * date has a four-digit year and two-digit fields, and a time from
 * dcal_from_epoch has its fields in range.
 */
static const char *
format(const struct dcal *c, bool time, struct arena *a)
{
	char	*s = arena_alloc(a, 21), *p = s;

	p = put2(p, c->year / 100);
	p = put2(p, c->year % 100);
	*p++ = '-';
	p = put2(p, c->mon);
	*p++ = '-';
	p = put2(p, c->day);
	if (time) {
		*p++ = 'T';
		p = put2(p, c->hour);
		*p++ = ':';
		p = put2(p, c->min);
		*p++ = ':';
		p = put2(p, c->sec);
		*p++ = 'Z';
	}
	*p = '\0';
	return s;
}

const char *
dcal_format(const struct dcal *c, struct arena *a)
{
	struct dcal	u;
	long long	t;

	if (!dcal_valid(c))
		return NULL;
	if (!c->has_time || !c->has_zone)
		return format(c, false, a);
	t = dcal_days(c->year, c->mon, c->day) * 86400 + c->hour * 3600 +
	    c->min * 60 + c->sec - (long long)c->zone * 60;
	dcal_from_epoch(&u, t);
	if (!dcal_valid(&u))
		return NULL;
	return format(&u, true, a);
}

/* Solar Hijri to Gregorian, by the arithmetic of the jdf library (its
   33-year cycles hold for the years newsframe reads). */
static void
jalali_to_gregorian(struct dcal *c)
{
	static const int	 mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30,
				    31, 30, 31 };
	long			 jy = c->year + 1595, days, gy;
	int			 gm, len;

	days = -355668 + 365 * jy + jy / 33 * 8 + (jy % 33 + 3) / 4 + c->day +
	    (c->mon < 7 ? (c->mon - 1) * 31 : (c->mon - 7) * 30 + 186);
	gy = 400 * (days / 146097);
	days %= 146097;
	if (days > 36524) {
		days--;
		gy += 100 * (days / 36524);
		days %= 36524;
		if (days >= 365)
			days++;
	}
	gy += 4 * (days / 1461);
	days %= 1461;
	if (days > 365) {
		gy += (days - 1) / 365;
		days = (days - 1) % 365;
	}
	days++;
	for (gm = 0; gm < 12; gm++) {
		len = gm == 1 ? dcal_days_in_month((int)gy, 2) : mdays[gm];
		if (days <= len)
			break;
		days -= len;
	}
	c->year = (int)gy, c->mon = gm + 1, c->day = (int)days;
}

bool
dcal_convert(struct dcal *c, int cal)
{
	if (cal == DCAL_JALALI) {
		/* 1369 to 1478 are 1990 to 2099; a day past the month's
		   length (31 in the first six, 30 after, 29 or 30 in the
		   last) is no date */
		if (c->year < 1369 || c->year > 1478 || c->day < 1 ||
		    c->day > (c->mon <= 6 ? 31 : 30))
			return false;
		jalali_to_gregorian(c);
	} else if (cal == DCAL_BUDDHIST && c->year >= 2533)
		c->year -= 543;		/* 2533 BE is 1990 */
	return true;
}

bool
date_days(const char *d, long long *days)
{
	int	y, m, day;

	if (d == NULL || sscanf(d, "%4d-%2d-%2d", &y, &m, &day) != 3 ||
	    day < 1 || day > dcal_days_in_month(y, m))
		return false;
	*days = dcal_days(y, m, day);
	return true;
}

bool
date_plausible(const char *d, const char *fetched)
{
	int		y, m, day;
	long long	n, f;

	if (d == NULL || sscanf(d, "%4d-%2d-%2d", &y, &m, &day) != 3)
		return false;
	if (y < 1990 || day < 1 || day > dcal_days_in_month(y, m))
		return false;
	n = dcal_days(y, m, day);
	if (fetched == NULL)
		return true;
	if (sscanf(fetched, "%4d-%2d-%2d", &y, &m, &day) != 3 ||
	    day < 1 || day > dcal_days_in_month(y, m))
		return true;
	f = dcal_days(y, m, day);
	return n <= f + 1;
}
