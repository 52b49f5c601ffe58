/* SPDX-License-Identifier: MIT */
/*
 * Dates written for people and dates in URL paths. date_parse_text walks
 * a short text once and tries, at each number or word start, the shapes
 * datelines take: "2022-01-07", "07.01.2022", "01/07/2022" (with
 * slashes month first, or day first as the page's language writes them,
 * unless the numbers say otherwise), "7 января 2022",
 * "7. Januar 2022", "7 de enero de 2022", "Jan. 7, 2022", "January 7th
 * 2022", "2022年1月7日", "2022년 1월 7일", "2022. január 7.", "٧ يناير
 * ٢٠٢٢" (Arabic-Indic, Persian, Thai, Devanagari and Bengali digits read
 * as digits; a month
 * named twice, "يناير/ كانون الثاني", read once), "۱۷ دی ۱۴۰۰" (Solar
 * Hijri), "7 มกราคม 2565" (Buddhist era), "7 tháng 1 năm 2022". The
 * first valid one wins; only the day is kept (a dateline's clock time
 * has no zone).
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "core/arena.h"
#include "core/utf8.h"
#include "ingest/date.h"
#include "ingest/date_cal.h"
#include "ingest/date_names.h"

static const char *num(const char *, int *, int *);
static size_t	 space(const char *);
static const char *gap(const char *);
static const char *suffix(const char *);
static bool	 try_numeric(const char *, struct dcal *, unsigned);
static bool	 try_day_month(const char *, struct dcal *);
static bool	 try_month_day(const char *, struct dcal *);
static const char *past_clock(const char *);
static bool	 try_year_month(const char *, struct dcal *);
static bool	 is_digit(int);
static int	 digit(const char *, int *);
static bool	 try_at(const char *, struct dcal *, unsigned);
static bool	 find_text_date(const char *, struct dcal *, size_t *,
		    unsigned);

static bool
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* The digit at p, ASCII, Arabic-Indic (U+0660-0669), Persian
   (U+06F0-06F9), Thai, Devanagari or Bengali, and its bytes in *k; -1 if
   none. */
static int
digit(const char *p, int *k)
{
	const unsigned char	*u = (const unsigned char *)p;

	if (is_digit(*p)) {
		*k = 1;
		return *p - '0';
	}
	if ((u[0] == 0xD9 && u[1] >= 0xA0 && u[1] <= 0xA9) ||
	    (u[0] == 0xDB && u[1] >= 0xB0 && u[1] <= 0xB9)) {
		*k = 2;
		return u[1] & 0x0F;
	}
	if (u[0] == 0xE0 && u[1] == 0xB9 && u[2] >= 0x90 && u[2] <= 0x99) {
		*k = 3;			/* Thai, U+0E50-0E59 */
		return u[2] - 0x90;
	}
	if (u[0] == 0xE0 && (u[1] == 0xA5 || u[1] == 0xA7) && u[2] >= 0xA6 &&
	    u[2] <= 0xAF) {
		*k = 3;			/* Devanagari, Bengali */
		return u[2] - 0xA6;
	}
	return -1;
}

/* A run of up to nine digits: value and count (0: none, or more). */
static const char *
num(const char *p, int *v, int *len)
{
	int	n = 0, x = 0, d, k;

	while (n < 9 && (d = digit(p, &k)) >= 0) {
		x = x * 10 + d;
		n++;
		p += k;
	}
	*v = x;
	*len = digit(p, &k) >= 0 ? 0 : n;
	return p;
}

/* The month named again after a slash ("يناير/ كانون الثاني"), passed. */
static const char *
past_second_month(const char *q)
{
	const char	*r = gap(q);
	int		 m;

	if (*r != '/')
		return q;
	r = dcal_month(gap(r + 1), &m);
	return r != NULL ? r : q;
}

/*
 * The bytes of one space at p: ASCII, no-break (U+00A0), thin (U+2009)
 * or narrow no-break (U+202F), as typeset datelines use; 0 if none.
 */
static size_t
space(const char *p)
{
	const unsigned char	*u = (const unsigned char *)p;

	if (*p == ' ' || *p == '\t' || *p == '\n')
		return 1;
	if (u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x89 || u[2] == 0xAF))
		return 3;
	return 0;
}

/* Spaces and commas between dateline parts. */
static const char *
gap(const char *p)
{
	for (;;) {
		if (*p == ',')
			p++;
		else if (space(p) > 0)
			p += space(p);
		else
			return p;
	}
}

/* English ordinals and the German/Czech day period: "7th", "7.". */
static const char *
suffix(const char *p)
{
	if (*p == '.')
		return p + 1;
	if ((p[0] == 's' && p[1] == 't') || (p[0] == 'n' && p[1] == 'd') ||
	    (p[0] == 'r' && p[1] == 'd') || (p[0] == 't' && p[1] == 'h'))
		return p + 2;
	if ((p[0] == 'e' && p[1] == 'r') || p[0] == 'e')	/* 1er, 1e */
		return p + (p[1] == 'r' ? 2 : 1);
	return p;
}

/* YYYY-MM-DD, YYYY/MM/DD (Solar Hijri with the habit), DD.MM.YYYY,
   MM/DD/YYYY or DD/MM/YYYY (as the habits say, unless the numbers say
   otherwise), YYYY年M月D日 */
static bool
try_numeric(const char *p, struct dcal *c, unsigned habits)
{
	int		a, la, b, lb, y, ly;
	char		s1, s2;
	const char	*q;

	q = num(p, &a, &la);
	if (la == 4 && strncmp(q, "年", 3) == 0) {
		q = num(q + 3, &b, &lb);
		if (lb == 0 || strncmp(q, "月", 3) != 0)
			return false;
		q = num(q + 3, &y, &ly);
		c->year = a, c->mon = b, c->day = y;
		return ly > 0 && dcal_valid(c);
	}
	if (la == 4 && strncmp(q, "년", 3) == 0) {
		q = num(gap(q + 3), &b, &lb);
		if (lb == 0 || strncmp(q, "월", 3) != 0)
			return false;
		q = num(gap(q + 3), &y, &ly);
		c->year = a, c->mon = b, c->day = y;
		return ly > 0 && dcal_valid(c);
	}
	s1 = *q;
	if (la == 0 || (s1 != '-' && s1 != '.' && s1 != '/'))
		return false;
	if (s1 == '.')			/* "7. 1. 2022" */
		q += space(q + 1);
	q = num(q + 1, &b, &lb);
	if (lb == 0 || lb > 2)
		return false;
	s2 = *q;
	if (s2 != s1)
		return false;
	if (s1 == '.')
		q += space(q + 1);
	q = num(q + 1, &y, &ly);
	if (la <= 2 && ly == 2 && s1 != '-')	/* "30.10.23", "26/10/13" */
		y += y < 90 ? 2000 : 1900, ly = 4;
	if (la == 4 && ly >= 1 && ly <= 2) {
		c->year = a, c->mon = b, c->day = y;
		if ((habits & DATE_SOLAR_HIJRI) && a < 1990 &&
		    !dcal_convert(c, DCAL_JALALI))
			return false;
	} else if (la <= 2 && ly == 4) {
		c->year = y;
		if (s1 == '/' && a <= 12 &&
		    (!(habits & DATE_DAY_FIRST) || b > 12))
			c->mon = a, c->day = b;	/* US order */
		else
			c->day = a, c->mon = b;
	} else
		return false;
	if (digit(q, &la) >= 0 || (*q == s1 && digit(q + 1, &la) >= 0))
		return false;
	return dcal_valid(c);
}

/* D[.|th] [de] Month[.] [de] YYYY; Vietnamese D tháng M [năm] YYYY */
static bool
try_day_month(const char *p, struct dcal *c)
{
	int		d, ld, y, ly, cal = DCAL_GREGORIAN;
	const char	*q;

	q = num(p, &d, &ld);
	if (ld == 0 || ld > 2)
		return false;
	q = gap(suffix(q));
	if (strncmp(q, "de ", 3) == 0)
		q += 3;
	if ((strncmp(q, "th\xc3\xa1ng ", 7) == 0 ||
	    strncmp(q, "Th\xc3\xa1ng ", 7) == 0)) {
		q = num(q + 7, &c->mon, &ly);	/* "tháng 1" */
		if (ly == 0 || ly > 2)
			return false;
		q = gap(q);
		if (strncmp(q, "n\xc4\x83m ", 5) == 0)	/* "năm" */
			q += 5;
	} else if ((q = dcal_month_of(q, &c->mon, &cal)) == NULL)
		return false;
	if (*q == '.')
		q++;
	q = gap(past_second_month(q));
	if (strncmp(q, "de ", 3) == 0)
		q += 3;
	q = num(q, &y, &ly);
	if (ly != 4)
		return false;
	c->day = d, c->year = y;
	return dcal_convert(c, cal) && dcal_valid(c);
}

/* Month[.] D[st|,] [,] YYYY */
static bool
try_month_day(const char *p, struct dcal *c)
{
	int		d, ld, y, ly, cal;
	const char	*q;

	if ((q = dcal_month_of(p, &c->mon, &cal)) == NULL)
		return false;
	if (*q == '.')
		q++;
	q = num(gap(q), &d, &ld);
	if (ld == 0 || ld > 2)
		return false;
	q = gap(suffix(q));
	q = past_clock(q);
	q = num(q, &y, &ly);
	if (ly != 4)
		return false;
	c->day = d, c->year = y;
	return dcal_convert(c, cal) && dcal_valid(c);
}

/* Past a clock time and the gap after it ("09:34 ", "09:34:00 "), as
   ctime puts one between day and year ("Mon Jan  4 09:34:00 2021"). */
static const char *
past_clock(const char *p)
{
	const char	*q = p;
	int		 v, l, parts = 0;

	for (;;) {
		q = num(q, &v, &l);
		if (l == 0 || l > 2)
			return p;
		parts++;
		if (*q != ':')
			break;
		q++;
	}
	return parts >= 2 ? gap(q) : p;
}

/* YYYY. Month[.] D[.], as Hungarian datelines run ("2022. január 7."). */
static bool
try_year_month(const char *p, struct dcal *c)
{
	int		d, ld, y, ly, cal;
	const char	*q;

	q = num(p, &y, &ly);
	if (ly != 4 || *q != '.' || space(q + 1) == 0)
		return false;
	if ((q = dcal_month_of(gap(q + 1), &c->mon, &cal)) == NULL)
		return false;
	if (*q == '.')
		q++;
	num(gap(q), &d, &ld);
	if (ld == 0 || ld > 2)
		return false;
	c->day = d, c->year = y;
	return dcal_convert(c, cal) && dcal_valid(c);
}

/* The shapes a dateline date takes, tried at p. */
static bool
try_at(const char *p, struct dcal *c, unsigned habits)
{
	int	k;
	bool	d = digit(p, &k) >= 0;

	memset(c, 0, sizeof(*c));
	if (d && try_numeric(p, c, habits))
		return true;
	memset(c, 0, sizeof(*c));
	if (d && try_day_month(p, c))
		return true;
	memset(c, 0, sizeof(*c));
	if (d)
		return try_year_month(p, c);
	return try_month_day(p, c);
}

/* The first dateline date in s, into c; *at its offset (may be NULL). */
static bool
find_text_date(const char *s, struct dcal *c, size_t *at, unsigned habits)
{
	const char	*p;
	bool		 start = true;
	uint32_t	 cp;
	size_t		 k;

	for (p = s; *p; p += k) {
		if (start && try_at(p, c, habits)) {
			if (at != NULL)
				*at = (size_t)(p - s);
			return true;
		}
		k = utf8_decode((const unsigned char *)p, strnlen(p, 4), &cp);
		if (k == 0)
			k = 1;
		/* A token starts after a space or punctuation, not a letter. */
		start = cp < 0x80 ? !((cp >= '0' && cp <= '9') ||
		    ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')) :
		    cp == 0xA0 || (cp >= 0x2000 && cp <= 0x206F) ||
		    (cp >= 0x3000 && cp <= 0x303F) || cp >= 0xFF00;
	}
	return false;
}

const char *
date_parse_text(const char *s, struct arena *a)
{
	return date_find_text(s, NULL, 0, a);
}

const char *
date_find_text(const char *s, size_t *at, unsigned habits, struct arena *a)
{
	struct dcal	c;

	if (s == NULL || !find_text_date(s, &c, at, habits))
		return NULL;
	return dcal_format(&c, a);
}

bool
date_has_digit(const char *s)
{
	const char	*p;
	int		 k;

	if (s == NULL)
		return false;
	for (p = s; *p; p++)
		if ((*p >= '0' && *p <= '9') || ((unsigned char)*p >= 0xD9 &&
		    digit(p, &k) >= 0))
			return true;
	return false;
}

bool
date_in_text(const char *s)
{
	struct dcal	c;

	return s != NULL && find_text_date(s, &c, NULL, 0);
}

unsigned
date_habits(const char *lang)
{
	char	l[4], r[3];
	size_t	n = 0, k = 0;

	if (lang == NULL)
		return 0;
	lang += strspn(lang, " ");
	while (n < 3 && ((lang[n] | 0x20) >= 'a' && (lang[n] | 0x20) <= 'z'))
		l[n] = (char)(lang[n] | 0x20), n++;
	l[n] = '\0';
	if (n < 2)
		return 0;
	if (strcmp(l, "fa") == 0 || strcmp(l, "prs") == 0 ||
	    strcmp(l, "ps") == 0)
		return DATE_DAY_FIRST | DATE_SOLAR_HIJRI;
	if (strcmp(l, "fil") == 0 || strcmp(l, "tl") == 0)
		return 0;
	if (strcmp(l, "en") != 0)
		return DATE_DAY_FIRST;
	if (lang[n] == '-' || lang[n] == '_')
		while (k < 2 && ((lang[n + 1 + k] | 0x20) >= 'a' &&
		    (lang[n + 1 + k] | 0x20) <= 'z'))
			r[k] = (char)(lang[n + 1 + k] | 0x20), k++;
	r[k] = '\0';
	/* English of the US, Canada, the Philippines, or of no region */
	return k == 2 && strcmp(r, "us") != 0 && strcmp(r, "ca") != 0 &&
	    strcmp(r, "ph") != 0 ? DATE_DAY_FIRST : 0;
}

/* /2022/01/07/, /2022/1/7/, /20220107/, -20220107-, /2022-01-07-slug */
const char *
date_from_url(const char *url, struct arena *a)
{
	struct dcal	 c;
	const char	*p, *q, *r;
	int		 v, n, m, lm, d, ld;

	if (url == NULL)
		return NULL;
	p = strstr(url, "://");
	p = p != NULL ? strchr(p + 3, '/') : url;
	while (p != NULL && *p) {
		if (!is_digit(*p)) {
			p++;
			continue;
		}
		memset(&c, 0, sizeof(c));
		q = num(p, &v, &n);
		if (n == 8) {
			c.year = v / 10000, c.mon = v / 100 % 100, c.day = v % 100;
			if (dcal_valid(&c))
				return dcal_format(&c, a);
		} else if (n == 4 && (*q == '/' || *q == '-' || *q == '_')) {
			r = num(q + 1, &m, &lm);
			/* "/2012/0604/": month and day in one part */
			if (lm == 4 && *q == '/' && *r == '/') {
				c.year = v, c.mon = m / 100, c.day = m % 100;
				if (dcal_valid(&c))
					return dcal_format(&c, a);
			}
			/* "/2012-06/04/" as well as "/2012-06-04" */
			if (lm >= 1 && lm <= 2 && (*r == *q ||
			    (*q == '-' && *r == '/'))) {
				r = num(r + 1, &d, &ld);
				c.year = v, c.mon = m, c.day = d;
				if (ld >= 1 && ld <= 2 && dcal_valid(&c))
					return dcal_format(&c, a);
			}
		}
		while (is_digit(*p))
			p++;
	}
	return NULL;
}
