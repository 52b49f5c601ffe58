/* SPDX-License-Identifier: MIT */
/*
 * Month and weekday names in the languages newsframe reads
 * (src/ingest/date_names.c), for the date parsers, the byline splitter
 * and the dateline filters. A table built once; no other state.
 */
#ifndef NF_INGEST_DATE_NAMES_H
#define NF_INGEST_DATE_NAMES_H

/*
 * Reads a month name or abbreviation at p (any case; Greek accents, the
 * Hebrew prefix bet and Arabic hamza ignored; the languages are listed
 * in date_names.c and newsframe-ingest(1)). Returns the end of the name,
 * or NULL; *mon is 1..12 of the name's calendar.
 */
const char *dcal_month(const char *p, int *mon);
/* The same, and *cal the calendar of the name (enum dcal_calendar of
   date_cal.h). */
const char *dcal_month_of(const char *p, int *mon, int *cal);

/* Reads an English or Greek weekday name or abbreviation; end of word or
   NULL. */
const char *dcal_weekday(const char *p);

#endif
