/* SPDX-License-Identifier: MIT */
/*
 * Calendar pieces shared by the date parsers (date.c, date_text.c): a
 * broken-down date, validation, conversion to UTC and from other
 * calendars, and formatting. Month and weekday names are in
 * date_names.h. Strings are allocated in the arena given; nothing here
 * keeps state.
 */
#ifndef NF_INGEST_DATE_CAL_H
#define NF_INGEST_DATE_CAL_H

#include <stdbool.h>

struct arena;

struct dcal {
	int	year, mon, day;		/* mon 1..12, day 1..31 */
	int	hour, min, sec;		/* valid when has_time */
	int	zone;			/* minutes east of UTC, when has_zone */
	bool	has_time;
	bool	has_zone;
};

/* Days in a month of a year (0 for a month out of range). */
int	dcal_days_in_month(int year, int mon);

/* True when the day exists and the year is 1990..2099. */
bool	dcal_valid(const struct dcal *);

/*
 * Normalizes c: "YYYY-MM-DDTHH:MM:SSZ" when time and zone are known (the
 * zone applied), else "YYYY-MM-DD". NULL when c is not valid.
 */
const char *dcal_format(const struct dcal *c, struct arena *a);

/* Sets c to the UTC time of t seconds since 1970. */
void	dcal_from_epoch(struct dcal *c, long long t);

/* Days since 1970-01-01 of a civil date (negative before). */
long long dcal_days(int year, int mon, int day);

/* The calendar a month name belongs to. */
enum dcal_calendar {
	DCAL_GREGORIAN,
	DCAL_JALALI,	/* Solar Hijri, Persian names */
	DCAL_BUDDHIST,	/* Gregorian months, Thai names, Buddhist-era years */
};

/*
 * Makes c, read with months of calendar cal, a Gregorian date: converts
 * a Solar Hijri date, takes 543 from a Buddhist-era year. False when c
 * cannot be one.
 */
bool	dcal_convert(struct dcal *c, int cal);

#endif
