/* SPDX-License-Identifier: MIT */
/*
 * Machine date formats to the record's normalized form. One hand-written
 * scanner covers ISO 8601 / RFC 3339 / W3C-DTF (with the usual breakage:
 * a space for the T, fractions, "+0300", "+03", a space before the zone),
 * RFC 822 / 1123 / 850 (day names optional, full month names, two-digit
 * years, North American and a few other zone names) and asctime. A time
 * with a known zone becomes UTC ("...Z"); a time without a zone says
 * nothing certain about the UTC day and is cut to the local day, and so
 * is midnight at an offset ("2022-01-28T00:00:00+01:00"), which is a day
 * written as a time rather than a moment.
 *
 * Human datelines and URL dates are in date_text.c; the calendar helpers
 * shared with it are in date_cal.c.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "ingest/date.h"
#include "ingest/date_cal.h"
#include "ingest/date_names.h"

struct zone {
	const char	*name;
	int		 minutes;
};

static const struct zone zones[] = {
	{ "gmt", 0 }, { "ut", 0 }, { "utc", 0 }, { "z", 0 }, { "wet", 0 },
	{ "est", -300 }, { "edt", -240 }, { "cst", -360 }, { "cdt", -300 },
	{ "mst", -420 }, { "mdt", -360 }, { "pst", -480 }, { "pdt", -420 },
	{ "akst", -540 }, { "akdt", -480 }, { "hst", -600 },
	{ "bst", 60 }, { "cet", 60 }, { "cest", 120 }, { "met", 60 },
	{ "mest", 120 }, { "west", 60 }, { "eet", 120 }, { "eest", 180 },
	{ "msk", 180 }, { "jst", 540 }, { "kst", 540 }, { "hkt", 480 },
	{ "sgt", 480 }, { "aest", 600 }, { "aedt", 660 }, { "nzst", 720 },
	{ "nzdt", 780 },
};

static const char *skip_space(const char *);
static const char *read_int(const char *, int, int, int *);
static const char *read_zone(const char *, int *, bool *);
static const char *read_time(const char *, struct dcal *);
static bool	 parse_iso(const char *, struct dcal *);
static bool	 parse_rfc822(const char *, struct dcal *);
static bool	 parse_asctime(const char *, struct dcal *);
static bool	 parse_epoch(const char *, struct dcal *);
static bool	 at_end(const char *);
static const char *fallback(const char *, struct arena *);

static const char *
skip_space(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

/* Reads min..max digits; NULL when fewer than min. */
static const char *
read_int(const char *p, int min, int max, int *v)
{
	int	n = 0, x = 0;

	while (n < max && p[n] >= '0' && p[n] <= '9') {
		x = x * 10 + (p[n] - '0');
		n++;
	}
	if (n < min)
		return NULL;
	*v = x;
	return p + n;
}

/* True when only spaces (or a trailing zone comment) remain. */
static bool
at_end(const char *p)
{
	p = skip_space(p);
	if (*p == '(')
		return strchr(p, ')') != NULL;
	return *p == '\0';
}

/*
 * A zone: Z, +HH:MM, +HHMM, +HH, or a name. *known is false when no zone
 * is there (p unchanged); NULL when something unreadable is.
 */
static const char *
read_zone(const char *p, int *minutes, bool *known)
{
	const char	*q = skip_space(p);
	int		 h, m = 0, sign;
	size_t		 i, n;
	char		 name[8];

	*known = false;
	if (*q == '+' || *q == '-' || (*q == '\xe2' && q[1] == '\x88' &&
	    q[2] == '\x92')) {
		sign = *q == '+' ? 1 : -1;
		q += *q == '\xe2' ? 3 : 1;
		if (q[0] >= '0' && q[0] <= '9' && q[1] >= '0' && q[1] <= '9' &&
		    q[2] >= '0' && q[2] <= '9' && q[3] >= '0' && q[3] <= '9') {
			h = (q[0] - '0') * 10 + (q[1] - '0');
			m = (q[2] - '0') * 10 + (q[3] - '0');
			q += 4;
		} else {
			if ((q = read_int(q, 1, 2, &h)) == NULL)
				return NULL;
			if (*q == ':' && (q = read_int(q + 1, 2, 2, &m)) == NULL)
				return NULL;
		}
		if (h > 14 || m > 59)
			return NULL;
		*minutes = sign * (h * 60 + m);
		*known = true;
		return q;
	}
	for (n = 0; n < sizeof(name) - 1 && ((q[n] >= 'a' && q[n] <= 'z') ||
	    (q[n] >= 'A' && q[n] <= 'Z')); n++)
		name[n] = (char)(q[n] | 0x20);
	if (n == 0)
		return p;
	name[n] = '\0';
	for (i = 0; i < sizeof(zones) / sizeof(zones[0]); i++) {
		if (strcmp(zones[i].name, name) == 0) {
			*minutes = zones[i].minutes;
			*known = true;
			q += n;
			/* "GMT+3", "UTC+03:00" */
			if ((*q == '+' || *q == '-') && *minutes == 0)
				return read_zone(q, minutes, known);
			return q;
		}
	}
	return q + n;	/* an unknown zone name: the time stays local */
}

/* HH:MM[:SS[.frac]] [am|pm] */
static const char *
read_time(const char *p, struct dcal *c)
{
	int	h, m, s = 0;

	if ((p = read_int(p, 1, 2, &h)) == NULL || *p != ':')
		return NULL;
	if ((p = read_int(p + 1, 2, 2, &m)) == NULL)
		return NULL;
	if (*p == ':') {
		if ((p = read_int(p + 1, 2, 2, &s)) == NULL)
			return NULL;
		/* A fraction, also as ":123" (milliseconds after a colon,
		   as some CMSes write them). */
		if (*p == '.' || *p == ',' || (*p == ':' && p[1] >= '0' &&
		    p[1] <= '9' && p[2] >= '0' && p[2] <= '9' &&
		    p[3] >= '0' && p[3] <= '9' && !(p[4] >= '0' &&
		    p[4] <= '9'))) {
			p++;
			while (*p >= '0' && *p <= '9')
				p++;
		}
	}
	{
		const char *q = skip_space(p);

		if ((q[0] | 0x20) == 'a' && (q[1] | 0x20) == 'm') {
			if (h == 12)
				h = 0;
			p = q + 2;
		} else if ((q[0] | 0x20) == 'p' && (q[1] | 0x20) == 'm') {
			if (h < 12)
				h += 12;
			p = q + 2;
		}
	}
	if (s == 60)
		s = 59;
	if (h > 23 || m > 59 || s > 59)
		return NULL;
	c->hour = h;
	c->min = m;
	c->sec = s;
	c->has_time = true;
	return p;
}

/* YYYY-MM-DD[(T| )time[zone]], YYYY/MM/DD, YYYYMMDD[Thhmmss[Z]] */
static bool
parse_iso(const char *p, struct dcal *c)
{
	const char	*q;
	bool		 known;
	char		 sep;
	int		 h, m, s;

	if ((q = read_int(p, 4, 4, &c->year)) == NULL)
		return false;
	sep = *q;
	if (sep == '-' || sep == '/' || sep == '.') {
		if ((q = read_int(q + 1, 1, 2, &c->mon)) == NULL || *q != sep)
			return false;
		if ((q = read_int(q + 1, 1, 2, &c->day)) == NULL)
			return false;
	} else if (sep >= '0' && sep <= '9') {
		if ((q = read_int(q, 2, 2, &c->mon)) == NULL ||
		    (q = read_int(q, 2, 2, &c->day)) == NULL)
			return false;
		if (*q == 'T' && read_int(q + 1, 6, 6, &h) != NULL) {
			s = h % 100;
			m = h / 100 % 100;
			h /= 10000;
			if (h > 23 || m > 59 || s > 60)
				return false;
			c->hour = h, c->min = m, c->sec = s > 59 ? 59 : s;
			c->has_time = true;
			q += 7;
		}
	} else
		return false;
	if (!c->has_time && (*q == 'T' || *q == 't' || *q == ' ' ||
	    *q == '_') && q[1] >= '0' && q[1] <= '9') {
		if ((q = read_time(q + 1, c)) == NULL)
			return false;
	} else if (!c->has_time && *q == ',' && q[1] == ' ' &&
	    q[2] >= '0' && q[2] <= '9') {
		if ((q = read_time(q + 2, c)) == NULL)
			return false;
	}
	if (c->has_time) {
		if ((q = read_zone(q, &c->zone, &known)) == NULL)
			return false;
		c->has_zone = known;
	}
	return at_end(q);
}

/* [Day,] DD Mon YYYY [HH:MM[:SS] [zone]]; also DD-Mon-YY (RFC 850). */
static bool
parse_rfc822(const char *p, struct dcal *c)
{
	const char	*q;
	bool		 known;
	int		 n;

	p = skip_space(p);
	if ((q = dcal_weekday(p)) != NULL) {
		p = skip_space(q);
		if (*p == ',')
			p = skip_space(p + 1);
	}
	if ((q = read_int(p, 1, 2, &c->day)) == NULL)
		return false;
	p = *q == '-' ? q + 1 : skip_space(q);
	if ((q = dcal_month(p, &c->mon)) == NULL)
		return false;
	if (*q == '.')
		q++;
	p = *q == '-' ? q + 1 : skip_space(q);
	if (*p == ',')
		p = skip_space(p + 1);
	if ((q = read_int(p, 2, 4, &c->year)) == NULL || q - p == 3)
		return false;
	n = (int)(q - p);
	if (n == 2)
		c->year += c->year < 70 ? 2000 : 1900;
	p = skip_space(q);
	if (*p == ',')
		p = skip_space(p + 1);
	if (*p >= '0' && *p <= '9') {
		if ((p = read_time(p, c)) == NULL)
			return false;
		if ((p = read_zone(p, &c->zone, &known)) == NULL)
			return false;
		c->has_zone = known;
	}
	return at_end(p);
}

/* Fri Jan  7 10:00:00 2022 (asctime); also with a zone before the year. */
static bool
parse_asctime(const char *p, struct dcal *c)
{
	const char	*q;
	bool		 known;

	if ((q = dcal_weekday(skip_space(p))) == NULL)
		return false;
	p = skip_space(q);
	if (*p == ',')
		p = skip_space(p + 1);
	if ((q = dcal_month(p, &c->mon)) == NULL)
		return false;
	if ((q = read_int(skip_space(q), 1, 2, &c->day)) == NULL)
		return false;
	if ((q = read_time(skip_space(q), c)) == NULL)
		return false;
	if ((q = read_zone(q, &c->zone, &known)) == NULL)
		return false;
	c->has_zone = known;
	if ((q = read_int(skip_space(q), 4, 4, &c->year)) == NULL)
		return false;
	return at_end(q);
}

/* Seconds (10 digits) or milliseconds (13) since 1970, as some CMSes give. */
static bool
parse_epoch(const char *p, struct dcal *c)
{
	size_t		n = strspn(p, "0123456789");
	long long	t;

	if ((n != 10 && n != 13) || !at_end(p + n))
		return false;
	t = strtoll(p, NULL, 10);
	if (n == 13)
		t /= 1000;
	dcal_from_epoch(c, t);
	return true;
}

/*
 * Human forms in machine fields ("January 7, 2022" in a meta tag), unless
 * the value looked like ISO 8601 with a broken time, which stays rejected.
 */
static const char *
fallback(const char *p, struct arena *a)
{
	if (strlen(p) >= 80 || (strspn(p, "0123456789") == 4 && p[4] == '-'))
		return NULL;
	return date_parse_text(p, a);
}

/* The machine parsers; NULL when none reads p whole (p not empty). */
static const char *
parse_machine(const char *p, struct arena *a, bool *read)
{
	struct dcal	c;

	*read = true;
	memset(&c, 0, sizeof(c));
	if (!parse_iso(p, &c)) {
		memset(&c, 0, sizeof(c));
		if (!parse_rfc822(p, &c)) {
			memset(&c, 0, sizeof(c));
			if (!parse_asctime(p, &c)) {
				memset(&c, 0, sizeof(c));
				if (!parse_epoch(p, &c)) {
					*read = false;
					return NULL;
				}
			}
		}
	}
	/* Midnight at an offset is a day written as a time: in UTC it
	   would be the day before. */
	if (c.has_time && c.has_zone && c.zone != 0 && c.hour == 0 &&
	    c.min == 0 && c.sec == 0)
		c.has_zone = false;
	return dcal_format(&c, a);
}

const char *
date_parse_machine(const char *s, struct arena *a)
{
	const char	*p;
	bool		 read;

	if (s == NULL || *(p = skip_space(s)) == '\0')
		return NULL;
	return parse_machine(p, a, &read);
}

const char *
date_parse(const char *s, struct arena *a)
{
	const char	*p, *d;
	bool		 read;

	if (s == NULL || *(p = skip_space(s)) == '\0')
		return NULL;
	d = parse_machine(p, a, &read);
	return read ? d : fallback(p, a);
}
