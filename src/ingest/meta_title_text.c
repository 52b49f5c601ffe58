/* SPDX-License-Identifier: MIT */
/*
 * The text of a title (for meta_title.c): the separators that join a
 * headline to its site's and section's names, taking the site's name off
 * ("Headline | Site", "Site - Headline"), and the leading parts that are
 * not the headline's words (the host's name, a blog engine's "Blog
 * Archive", a numeric dateline).
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "ingest/meta.h"
#include "meta_title_int.h"

/* The separators that join a headline to the names of its site and
   section in a metadata title. */
static const char *const part_seps[] = { " | ", " - ", " – ", " — ",
    " :: ", " » ", " · ", " // ", " / ", NULL };

static const char *no_host_prefix(const char *, const char *);
static const char *digits(const char *, int, int);
static const char *no_date_prefix(const char *, struct arena *);

/* Moves e back over spaces and separators (|, -, :, /, », ·, –, —). */
const char *
meta_title_trim(const char *t, const char *e)
{
	static const char *const seps[] = { " ", "|", "-", ":", "/", "»",
	    "·", "–", "—", NULL };
	size_t	i, l;
	bool	again = true;

	while (again) {
		again = false;
		for (i = 0; seps[i] != NULL; i++) {
			l = strlen(seps[i]);
			if ((size_t)(e - t) >= l &&
			    memcmp(e - l, seps[i], l) == 0) {
				e -= l;
				again = true;
			}
		}
	}
	return e;
}

/* True when the text is only separators and spaces ("-", " – "). */
bool
meta_title_only_seps(const char *t)
{
	return meta_title_trim(t, t + strlen(t)) == t;
}

/* True when e starts (after spaces) with a separator, or is the end. */
bool
meta_title_sep_follows(const char *e)
{
	static const char *const seps[] = { ":", "|", "-", "/", "»", "·",
	    "–", "—", NULL };
	size_t	i;

	e += strspn(e, " ");
	if (*e == '\0')
		return true;
	for (i = 0; seps[i] != NULL; i++)
		if (strncmp(e, seps[i], strlen(seps[i])) == 0)
			return true;
	return false;
}

/*
 * Removes a site name joined to the headline by a separator. With guess,
 * an unknown site name is taken to be the shorter side.
 */
const char *
meta_title_strip(const char *t, const char *site, bool guess, struct arena *a)
{
	const char *const *seps = part_seps;
	const char	*p, *last = NULL, *first = NULL;
	size_t		 i, sl = 0, tl = strlen(t), l = 0;

	for (i = 0; seps[i] != NULL; i++) {
		if ((p = strstr(t, seps[i])) == NULL)
			continue;
		if (first == NULL || p < first)
			first = p, l = strlen(seps[i]);
		for (; p != NULL; p = strstr(p + 1, seps[i]))
			if (last == NULL || p > last)
				last = p, sl = strlen(seps[i]);
	}
	if (last == NULL)
		return t;
	if (site != NULL) {
		size_t n = strlen(site);

		/* "Headline » Site - Tagline" with the whole site name, after
		   a separator ("... on Example.com" is the headline's) */
		if (n + 4 < tl && strcasecmp(t + tl - n, site) == 0) {
			const char *e = t + tl - n, *b = meta_title_trim(t, e), *s;

			for (s = b; s < e && *s == ' '; s++)
				;
			if (s < e && b > t)
				return arena_strndup(a, t, (size_t)(b - t));
		}

		if (strcasecmp(last + sl, site) == 0)
			return arena_strndup(a, t, (size_t)(last - t));
		if (strncasecmp(t, site, n) == 0 && t + n == first)
			return first + l;
		if (!guess)
			return t;
	}
	if (!guess)
		return t;
	/* The headline is the longer side of the outermost separator. */
	if ((size_t)(last - t) >= tl - (size_t)(last - t) - sl)
		return arena_strndup(a, t, (size_t)(last - t));
	return first + l;
}

/* Drops a blog engine's "Blog Archive" part left before the headline. */
const char *
meta_title_no_archive(const char *t)
{
	static const char *const w[] = { "Blog Archive", "Blog Archiv", NULL };
	const char	*p;
	size_t		 i, n;

	for (i = 0; t != NULL && w[i] != NULL; i++) {
		n = strlen(w[i]);
		if (strncasecmp(t, w[i], n) != 0 || t[n] != ' ' ||
		    !meta_title_sep_follows(t + n))
			continue;
		p = t + n + strspn(t + n, " ");
		p += strcspn(p, " ");
		p += strspn(p, " ");
		if (*p != '\0')
			return p;
	}
	return t;
}

const char *
meta_title_part(const char *p, size_t *sl)
{
	const char	*e = p + strlen(p), *q;
	size_t		 k;

	*sl = 0;
	for (k = 0; part_seps[k] != NULL; k++)
		if ((q = strstr(p, part_seps[k])) != NULL && q < e)
			e = q, *sl = strlen(part_seps[k]);
	return e;
}

/*
 * Drops a leading part that is the host's name ("BMAS - Headline" on
 * bmas.de, "example.ch - News - Headline" on example.ch).
 */
static const char *
no_host_prefix(const char *t, const char *url)
{
	char		 h[64], w[64];
	const char	*p, *e;
	size_t		 nh;

	if (t == NULL || (nh = meta_host_label(url, h, sizeof(h))) < 2)
		return t;
	for (p = t; *p && !(*p == ' ' && meta_title_sep_follows(p)); p++)
		;
	if (*p == '\0' || p == t ||
	    meta_squash(t, (size_t)(p - t), w, sizeof(w)) == 0 ||
	    (strcmp(w, h) != 0 && !(strncmp(w, h, nh) == 0 &&
	    strlen(w) <= nh + 3)))
		return t;
	p += strspn(p, " ");
	e = p + strcspn(p, " ");
	e += strspn(e, " ");
	return *e ? e : t;
}

/* Skips n to m ASCII digits at s; NULL unless there are. */
static const char *
digits(const char *s, int n, int m)
{
	int	k;

	for (k = 0; k < m && s[k] >= '0' && s[k] <= '9'; k++)
		;
	return k >= n ? s + k : NULL;
}

/*
 * Drops a leading numeric date joined to the headline by a separator
 * ("23.01.2022 - Headline", "2022-01-23 | Headline"): a dateline, not
 * words of the headline.
 */
static const char *
no_date_prefix(const char *t, struct arena *a)
{
	const char	*p, *e;

	if (t == NULL)
		return NULL;
	if ((p = digits(t, 4, 4)) != NULL && *p == '-' &&
	    (p = digits(p + 1, 2, 2)) != NULL && *p == '-')
		p = digits(p + 1, 2, 2);
	else if ((p = digits(t, 1, 2)) != NULL && (*p == '.' || *p == '/') &&
	    (p = digits(p + 1, 1, 2)) != NULL && (*p == '.' || *p == '/'))
		p = digits(p + 1, 4, 4);
	else
		return t;
	if (p == NULL || *p != ' ')
		return t;
	p += strspn(p, " ");
	e = p + strcspn(p, " ");
	/* the separator, standing alone: "- ", "| ", ": " */
	if (e == p || *e != ' ' || !meta_title_only_seps(arena_strndup(a, p,
	    (size_t)(e - p))))
		return t;
	e += strspn(e, " ");
	return *e ? e : t;
}

const char *
meta_title_clean(const char *t, const char *url, struct arena *a)
{
	return no_date_prefix(no_host_prefix(t, url), a);
}
