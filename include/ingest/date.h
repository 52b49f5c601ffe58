/* SPDX-License-Identifier: MIT */
/*
 * Dates as they appear in pages and feeds, normalized to the record's form:
 * "YYYY-MM-DDTHH:MM:SSZ" (UTC; offsets applied) or "YYYY-MM-DD" when only
 * the day is known. Parsers return NULL for anything they cannot read or
 * that is impossible (before 1990, after the fetch date when given).
 */
#ifndef NF_INGEST_DATE_H
#define NF_INGEST_DATE_H

#include <stdbool.h>
#include <stddef.h>

struct arena;

/*
 * Machine formats: ISO 8601 / RFC 3339 / W3C-DTF, RFC 822 / 1123 and
 * asctime, with their common broken variants. Result in a.
 */
const char *date_parse(const char *s, struct arena *a);

/* The same without the human forms date_parse also accepts in machine
   fields ("January 7, 2022"): for values that must be machine-made. */
const char *date_parse_machine(const char *s, struct arena *a);

/*
 * Human datelines in several languages ("7 января 2022", "Jan. 7, 2022",
 * "07.01.2022", "2022-01-07"), found anywhere in a short text.
 */
const char *date_parse_text(const char *s, struct arena *a);

/* How a page's language writes dates (date_habits). */
#define DATE_DAY_FIRST		0x1u	/* "07/01/2022" is 7 January */
#define DATE_SOLAR_HIJRI	0x2u	/* "1400/10/17" is Solar Hijri */

/*
 * The same, and *at set to the byte offset where the date starts (at may
 * be NULL). A slash date whose two numbers could each be the month is
 * read day first with DATE_DAY_FIRST, month first otherwise (US order,
 * date_parse_text's); a numeric date of years 1369-1478 is converted
 * from the Solar Hijri calendar with DATE_SOLAR_HIJRI.
 */
const char *date_find_text(const char *s, size_t *at, unsigned habits,
	    struct arena *a);
/*
 * The habits of pages in language tag lang ("fr", "en-GB", "pt_BR",
 * "fa"): DATE_DAY_FIRST for all but English of the US, Canada or no
 * region ("en") and Filipino; DATE_SOLAR_HIJRI for Persian, Dari and
 * Pashto. 0 for NULL.
 */
unsigned	date_habits(const char *lang);

/* True when s holds a digit the dateline parser reads: ASCII,
   Arabic-Indic, Persian, Thai, Devanagari or Bengali (a cheap test before
   date_find_text). */
bool	date_has_digit(const char *s);
/* True when date_parse_text would find a date in s (no allocation). */
bool	date_in_text(const char *s);

/* A date in a URL path: /2022/01/07/, /20220107/, /2022-01-07-... */
const char *date_from_url(const char *url, struct arena *a);

/* The day of normalized date d as days since 1970-01-01; false when d
   is not one. */
bool	date_days(const char *d, long long *days);

/*
 * True when normalized date d is plausible: not before 1990-01-01 and not
 * after the fetch date (normalized, may be NULL) plus one day.
 */
bool	date_plausible(const char *d, const char *fetched);

#endif
