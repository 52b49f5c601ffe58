/* SPDX-License-Identifier: MIT */
/*
 * Record groups for --by (include/stats/group.h). Periods are cut from
 * the leading YYYY-MM-DD of `published`; ISO weeks use the Thursday rule
 * (a week belongs to the year of its Thursday), with day numbers from the
 * proleptic Gregorian calendar.
 */
#include <stdio.h>
#include <string.h>

#include "core/arena.h"
#include "core/record.h"
#include "stats/group.h"

int
group_parse(struct group *g, const char *by, const char **err)
{
	static const struct {
		const char	*name;
		enum group_by	 by;
	} periods[] = {
		{ "day", GROUP_DAY }, { "week", GROUP_WEEK },
		{ "month", GROUP_MONTH }, { "year", GROUP_YEAR },
	};
	size_t	 i;

	g->by = GROUP_NONE;
	g->name = by;
	if (by == NULL)
		return 0;
	for (i = 0; i < sizeof(periods) / sizeof(periods[0]); i++)
		if (strcmp(by, periods[i].name) == 0) {
			g->by = periods[i].by;
			return 0;
		}
	if (!record_field_known(by)) {
		*err = "unknown field (see newsframe-corpus(5))";
		return -1;
	}
	g->by = GROUP_FIELD;
	return 0;
}

/* Days since 1970-01-01 (H. Hinnant's days_from_civil). */
static long
days_from_civil(int y, int m, int d)
{
	long		 era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int
days_in_month(int y, int m)
{
	static const int	 dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

bool
group_iso_week(int y, int m, int d, char *out)
{
	long	 days, wd, thu, jan1;
	int	 wy, week;

	if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
		return false;
	days = days_from_civil(y, m, d);
	wd = ((days % 7) + 7 + 3) % 7;	/* 0 = Monday (1970-01-01 was Thu) */
	thu = days - wd + 3;
	wy = y;
	if (thu < days_from_civil(y, 1, 1))
		wy = y - 1;
	else if (thu >= days_from_civil(y + 1, 1, 1))
		wy = y + 1;
	jan1 = days_from_civil(wy, 1, 1);
	week = (int)((thu - jan1) / 7) + 1;
	snprintf(out, 16, "%04d-W%02d", wy % 10000, week % 100);
	return true;
}

static const char *
period(const struct group *g, const char *p, struct arena *a)
{
	int	 y, m, d;
	char	 w[16];

	if (p == NULL || sscanf(p, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
	    strlen(p) < 10)
		return "";
	switch (g->by) {
	case GROUP_DAY:
		return arena_strndup(a, p, 10);
	case GROUP_MONTH:
		return arena_strndup(a, p, 7);
	case GROUP_YEAR:
		return arena_strndup(a, p, 4);
	default:
		return group_iso_week(y, m, d, w) ? arena_strdup(a, w) : "";
	}
}

const char *
group_of(const struct group *g, const struct record *r, struct arena *a)
{
	const char	*v;
	char		*s, *q;

	if (g->by == GROUP_NONE)
		return "";
	if (g->by != GROUP_FIELD)
		return period(g, r->published, a);
	if ((v = record_field(r, g->name, a, NULL)) == NULL)
		return "";
	if (strpbrk(v, "\t\n\r") == NULL)
		return v;
	s = arena_strdup(a, v);
	for (q = s; (q = strpbrk(q, "\t\n\r")) != NULL; q++)
		*q = ' ';
	return s;
}
