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
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "ingest/date.h"
#include "feed_int.h"

#define TOKENS	8

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

const char *
feed_date(const char *s, struct arena *a)
{
	char fixed[160], utc[176];
	const char *d;
	bool no_zone;

	if (s == NULL || strlen(s) > 100)
		return date_parse(s, a);
	/* The common case: a zoned date read whole, time and all. */
	if (has_zone(s) && (d = date_parse(s, a)) != NULL && strlen(d) > 10)
		return d;
	no_zone = rewrite(s, fixed, sizeof(fixed));
	if (no_zone) {
		snprintf(utc, sizeof(utc), "%s%s", fixed,
		    strchr(fixed, 'T') != NULL || (strlen(fixed) > 10 &&
		    fixed[4] == '-') ? "Z" : " GMT");
		if ((d = date_parse(utc, a)) != NULL)
			return d;
	}
	if ((d = date_parse(fixed, a)) != NULL)
		return d;
	return date_parse(s, a);
}
