/* SPDX-License-Identifier: MIT */
/*
 * Feed dates: date_parse, after the rewrites feed readers have always
 * applied to what feeds actually carry. RFC 822 dates in feeds must have
 * a zone; when one is missing the time is taken as UTC (feedparser's
 * rule), where date_parse would keep only the day. The one-letter-less
 * North American names AT/ET/CT/MT/PT and "Etc/GMT" are read as zones,
 * and asctime and JavaScript's Date.toString() orders ("Sun Jan  4
 * 16:29:06 2004", "Thu Aug 30 2012 17:26:16 +0200") are put in RFC 822
 * order first.
 *
 * The other forms feedparser reads are read as it reads them (feed
 * software writes them, and readers have long accepted them):
 * Google's extra zero in the month ("2003-012-31"), a month name in an
 * ISO date ("2004-július-13T9:15-05:00"), Korean blog dates in Korean
 * time ("2004년 05월 28일 01:31:15", "2004-05-25 오후 11:23:17"),
 * Perforce's "Fri, 2006/09/15 08:19:53 EDT", and ISO 8601's reduced
 * forms: a year and month or a year alone (its first day), an ordinal
 * day ("2003-335"), and two-digit years of this century ("03-12-31",
 * "031231", "-03-12", "-0312", "03-335").
 *
 * A feed date is machine-made, so an RFC 822 date whose time or zone
 * cannot be read ("16 Dec 2012 1:2:3:4 GMT", "11:47:32 +zz:00") is left
 * out rather than cut to its day.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "ingest/date.h"
#include "ingest/date_cal.h"
#include "ingest/date_names.h"
#include "feed_int.h"

#define TOKENS	8
#define KST	"+09:00"	/* Korean time: Korean blog dates are in it */

static const struct {
	const char	*name;
	const char	*offset;
} us_zones[] = {
	{ "AT", "-0400" }, { "ET", "-0500" }, { "CT", "-0600" },
	{ "MT", "-0700" }, { "PT", "-0800" }, { "Etc/GMT", "GMT" },
	{ "Etc/UTC", "UTC" },
};

static bool
is_digits(const char *s, size_t n)
{
	return n > 0 && strspn(s, "0123456789") >= n;
}

static bool
is_time(const char *s, size_t n)
{
	return n >= 4 && s[1] != '\0' && (s[1] == ':' || s[2] == ':') &&
	    is_digits(s, 1);
}

/*
 * Splits s at spaces into at most TOKENS tokens; rewrites the asctime
 * and Date.toString orders and the feed zone names into out. Returns
 * true when the date has a time but no zone.
 */
static bool
rewrite(const char *s, char *out, size_t size)
{
	char copy[128], *tok[TOKENS], *p, *save = NULL;
	size_t n = 0, i, k;
	bool zone = false, time = false;

	snprintf(copy, sizeof(copy), "%s", s);
	for (p = strtok_r(copy, " \t\r\n", &save); p != NULL && n < TOKENS;
	    p = strtok_r(NULL, " \t\r\n", &save))
		tok[n++] = p;
	for (i = 0; i < n; i++)
		for (k = 0; k < sizeof(us_zones) / sizeof(us_zones[0]); k++)
			if (!strcmp(tok[i], us_zones[k].name))
				tok[i] = (char *)us_zones[k].offset;
	/* Www Mmm d (hh:mm:ss yyyy | yyyy hh:mm:ss) [zone...] */
	if (n >= 5 && strlen(tok[0]) >= 3 && strlen(tok[1]) >= 3 &&
	    !is_digits(tok[1], 1) && is_digits(tok[2], strlen(tok[2])) &&
	    ((is_time(tok[3], strlen(tok[3])) && is_digits(tok[4], 4)) ||
	    (is_digits(tok[3], 4) && is_time(tok[4], strlen(tok[4]))))) {
		p = is_digits(tok[3], 4) ? tok[3] : tok[4];
		tok[4] = is_digits(tok[3], 4) ? tok[4] : tok[3];
		tok[3] = p;
		p = tok[1];
		tok[1] = tok[2];
		tok[2] = p;
	}
	out[0] = '\0';
	for (i = 0; i < n; i++) {
		p = strchr(tok[i], ':');
		if (time)
			zone = true;
		else if (p != NULL && p > tok[i] && is_digits(p - 1, 1) &&
		    is_digits(p + 1, 2)) {
			time = true;
			/* An ISO time carries its zone in the same token. */
			zone = strpbrk(p, "Zz+-") != NULL;
		}
		snprintf(out + strlen(out), size - strlen(out), "%s%s",
		    i ? " " : "", tok[i]);
	}
	return time && !zone;
}

/* Ends in a zone date_parse knows: Z, GMT, UT(C), +hh:mm, -hhmm. */
static bool
has_zone(const char *s)
{
	size_t n = strlen(s);

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n' ||
	    s[n - 1] == '\r' || s[n - 1] == '\t'))
		n--;
	if (n >= 1 && s[n - 1] == 'Z')
		return true;
	if ((n >= 4 && !strncmp(s + n - 4, " GMT", 4)) ||
	    (n >= 3 && !strncmp(s + n - 3, " UT", 3)) ||
	    (n >= 4 && !strncmp(s + n - 4, " UTC", 4)))
		return true;
	if (n >= 6 && (s[n - 6] == '+' || s[n - 6] == '-') &&
	    is_digits(s + n - 5, 2) && s[n - 3] == ':' &&
	    is_digits(s + n - 2, 2))
		return true;
	return n >= 5 && (s[n - 5] == '+' || s[n - 5] == '-') &&
	    is_digits(s + n - 4, 4);
}

/* Exactly n digits at p; their value in *v. */
static bool
read_n(const char *p, int n, int *v)
{
	int	i, x = 0;

	for (i = 0; i < n; i++) {
		if (p[i] < '0' || p[i] > '9')
			return false;
		x = x * 10 + (p[i] - '0');
	}
	if (p[n] >= '0' && p[n] <= '9')
		return false;
	*v = x;
	return true;
}

static const char *
skip_blank(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

/* "2003-012-31...": Google's feeds wrote the month with three digits. */
static bool
google_month(const char *s, char *out, size_t size)
{
	int	y, m;

	if (!read_n(s, 4, &y) || s[4] != '-' || s[5] != '0' ||
	    !read_n(s + 6, 2, &m) || s[8] != '-')
		return false;
	snprintf(out, size, "%.5s%s", s, s + 6);
	return true;
}

/* "2004-július-13T9:15-05:00": a month name between the dashes. */
static bool
named_month(const char *s, char *out, size_t size)
{
	const char	*q;
	int		 y, m;

	if (!read_n(s, 4, &y) || s[4] != '-' ||
	    (q = dcal_month(s + 5, &m)) == NULL || *q != '-')
		return false;
	snprintf(out, size, "%.4s-%02d%s", s, m, q);
	return true;
}

/* One or two digits at p: their value in *v and their end, or NULL. */
static const char *
read_12(const char *p, int *v)
{
	if (read_n(p, 2, v))
		return p + 2;
	return read_n(p, 1, v) ? p + 1 : NULL;
}

/* The Korean words the two forms below use. */
#define KO_YEAR		"\xeb\x85\x84"			/* 년 */
#define KO_MONTH	"\xec\x9b\x94"			/* 월 */
#define KO_DAY		"\xec\x9d\xbc"			/* 일 */
#define KO_AM		"\xec\x98\xa4\xec\xa0\x84"	/* 오전 */
#define KO_PM		"\xec\x98\xa4\xed\x9b\x84"	/* 오후 */

/* "2004년 05월 28일 01:31:15" (OnBlog), in Korean time. */
static bool
korean_words(const char *s, char *out, size_t size)
{
	const char	*p;
	int		 y, m, d;

	if (!read_n(s, 4, &y) || strncmp(s + 4, KO_YEAR, 3) != 0)
		return false;
	if ((p = read_12(skip_blank(s + 7), &m)) == NULL ||
	    strncmp(p, KO_MONTH, 3) != 0)
		return false;
	if ((p = read_12(skip_blank(p + 3), &d)) == NULL ||
	    strncmp(p, KO_DAY, 3) != 0)
		return false;
	p = skip_blank(p + 3);
	if (*p == '\0')
		snprintf(out, size, "%04d-%02d-%02d", y, m, d);
	else
		snprintf(out, size, "%04d-%02d-%02d %s %s", y, m, d, p, KST);
	return true;
}

/* "2004-05-25 오후 11:23:17" (Nate: 오전 morning, 오후 afternoon). */
static bool
korean_half_day(const char *s, char *out, size_t size)
{
	const char	*p;
	int		 y, m, d, h;
	bool		 after;

	if (!read_n(s, 4, &y) || s[4] != '-' || !read_n(s + 5, 2, &m) ||
	    s[7] != '-' || !read_n(s + 8, 2, &d))
		return false;
	p = skip_blank(s + 10);
	if (strncmp(p, KO_AM, 6) != 0 && strncmp(p, KO_PM, 6) != 0)
		return false;
	after = strncmp(p, KO_PM, 6) == 0;
	if ((p = read_12(skip_blank(p + 6), &h)) == NULL || *p != ':' ||
	    h > 12)
		return false;
	h = after ? (h < 12 ? h + 12 : h) : (h == 12 ? 0 : h);
	snprintf(out, size, "%.10s %02d%s %s", s, h, p, KST);
	return true;
}

/* "Fri, 2006/09/15 08:19:53 EDT": a weekday before an ISO-ordered date. */
static bool
perforce(const char *s, char *out, size_t size)
{
	const char	*p;
	int		 y;

	if ((p = dcal_weekday(s)) == NULL || *p != ',')
		return false;
	p = skip_blank(p + 1);
	if (!read_n(p, 4, &y) || p[4] != '/')
		return false;
	snprintf(out, size, "%s", p);
	return true;
}

/* Day of year yday of y as out's "YYYY-MM-DD" then rest. */
static bool
ordinal(int y, int yday, const char *rest, char *out, size_t size)
{
	int	m = 1;

	if (yday < 1)
		return false;
	while (m <= 12 && yday > dcal_days_in_month(y, m))
		yday -= dcal_days_in_month(y, m++);
	if (m > 12)
		return false;
	snprintf(out, size, "%04d-%02d-%02d%s", y, m, yday, rest);
	return true;
}

/*
 * ISO 8601's reduced and two-digit-year forms: YYYY and YYYY-MM alone,
 * and before nothing or "T" and a time YYYY-DDD, YYYYDDD, YY-MM-DD, YYMMDD,
 * YY-DDD, -YY-MM, -YYMM. Five digits alone (YYDDD to ISO 8601, a year
 * too long to W3C-DTF) are too ambiguous to read.
 */
static bool
reduced_iso(const char *s, char *out, size_t size)
{
	const char	*e;
	int		 y, m, d;
	size_t		 n;

	if (*s == '-') {
		if (read_n(s + 1, 2, &y) && s[3] == '-' && read_n(s + 4, 2, &m))
			e = s + 6;
		else if (read_n(s + 1, 4, &m))
			y = m / 100, m %= 100, e = s + 5;
		else
			return false;
		if (*e != '\0')
			return false;
		snprintf(out, size, "20%02d-%02d-01", y, m);
		return true;
	}
	n = strspn(s, "0123456789");
	e = s + n;
	if (n == 4 && *e == '-' && read_n(e + 1, 2, &m) && e[3] == '\0') {
		snprintf(out, size, "%.4s-%02d-01", s, m);
		return true;
	}
	if (n == 4 && *e == '-' && read_n(e + 1, 3, &d) &&
	    (e[4] == '\0' || e[4] == 'T'))
		return read_n(s, 4, &y) && ordinal(y, d, e + 4, out, size);
	if (n == 2 && *e == '-' && read_n(e + 1, 3, &d) &&
	    (e[4] == '\0' || e[4] == 'T'))
		return read_n(s, 2, &y) && ordinal(2000 + y, d, e + 4, out,
		    size);
	if (n == 2 && *e == '-' && read_n(e + 1, 2, &m) && e[3] == '-' &&
	    read_n(e + 4, 2, &d) && (e[6] == '\0' || e[6] == 'T')) {
		snprintf(out, size, "20%.2s-%02d-%02d%s", s, m, d, e + 6);
		return true;
	}
	if (*e != '\0' && *e != 'T')
		return false;
	if (n == 4 && *e == '\0') {
		snprintf(out, size, "%.4s-01-01", s);
		return true;
	}
	if (n == 7)
		return sscanf(s, "%4d%3d", &y, &d) == 2 &&
		    ordinal(y, d, e, out, size);
	if (n == 6) {
		snprintf(out, size, "20%.2s-%.2s-%.2s%s", s, s + 2, s + 4, e);
		return true;
	}
	return false;
}

/* The forms above, as ISO 8601 in out; false when s is none of them. */
static bool
feedparser_form(const char *s, char *out, size_t size)
{
	s = skip_blank(s);
	return google_month(s, out, size) || named_month(s, out, size) ||
	    korean_words(s, out, size) || korean_half_day(s, out, size) ||
	    perforce(s, out, size) ||
	    reduced_iso(s, out, size);
}

/* "[Wdy,] DD Mon YYYY" and then a digit: a time no parser could read. */
static bool
broken_clock(const char *s)
{
	const char	*p = skip_blank(s), *q;
	int		 v;

	if ((q = dcal_weekday(p)) != NULL) {
		p = skip_blank(q);
		if (*p == ',')
			p = skip_blank(p + 1);
	}
	if ((q = read_12(p, &v)) == NULL)
		return false;
	p = skip_blank(q);
	if ((q = dcal_month(p, &v)) == NULL)
		return false;
	p = skip_blank(q);
	if (*p == ',')
		p = skip_blank(p + 1);
	if (!read_n(p, 4, &v) && !read_n(p, 2, &v))
		return false;
	p += p[2] >= '0' && p[2] <= '9' ? 4 : 2;
	return (*p == ' ' || *p == '\t') && skip_blank(p)[0] >= '0' &&
	    skip_blank(p)[0] <= '9';
}

const char *
feed_date(const char *s, struct arena *a)
{
	char fixed[160], utc[176], form[176];
	const char *d;
	bool no_zone;

	if (s == NULL || strlen(s) > 100)
		return date_parse(s, a);
	/* The common case: a zoned date read whole, time and all. */
	if (has_zone(s) && (d = date_parse_machine(s, a)) != NULL &&
	    strlen(d) > 10)
		return d;
	if (feedparser_form(s, form, sizeof(form)))
		return date_parse_machine(form, a);
	no_zone = rewrite(s, fixed, sizeof(fixed));
	if (no_zone) {
		snprintf(utc, sizeof(utc), "%s%s", fixed,
		    strchr(fixed, 'T') != NULL || (strlen(fixed) > 10 &&
		    fixed[4] == '-') ? "Z" : " GMT");
		if ((d = date_parse_machine(utc, a)) != NULL)
			return d;
	}
	if ((d = date_parse_machine(fixed, a)) != NULL)
		return d;
	if (broken_clock(fixed))
		return NULL;
	return date_parse(s, a);
}
