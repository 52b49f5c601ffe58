/* SPDX-License-Identifier: MIT */
/*
 * Keys are found by the stems they share ("ublish", "ublicat", "reated"),
 * so a script costs three memmem passes whatever its size; a hit is kept
 * only when the whole key, between quotes, is one of the list and its
 * value, a string, reads as a machine date. Numbers (epoch seconds) are
 * not read: their unit and zone are guesses.
 */
#define _GNU_SOURCE
#include <stdbool.h>
#include <string.h>

#include "core/arena.h"
#include "ingest/date.h"
#include "ingest/date_script.h"

#define KEY_MAX		24
#define VALUE_MAX	40

struct key {
	const char	*name;
	int		 rank;
};

static const struct key keys[] = {
	{ "datePublished", 2 }, { "publishedDate", 2 }, { "publishDate", 2 },
	{ "published_at", 2 }, { "publishedAt", 2 }, { "published_date", 2 },
	{ "publish_date", 2 }, { "publicationDate", 2 },
	{ "publication_date", 2 }, { "firstPublishedDate", 2 },
	{ "first_published_at", 2 }, { "publishedTime", 2 },
	{ "published_time", 2 }, { "dateCreated", 1 }, { "createdAt", 1 },
	{ "created_at", 1 }, { "creationDate", 1 }, { NULL, 0 }
};

static const char *const stems[] = { "ublish", "ublicat", "reated", NULL };

static bool	key_char(char);
static int	key_rank(const char *, size_t);
static const char *value_at(const char *, const char *, size_t *);

static bool
key_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int
key_rank(const char *k, size_t n)
{
	size_t	i;

	for (i = 0; keys[i].name != NULL; i++)
		if (strlen(keys[i].name) == n && memcmp(keys[i].name, k, n) == 0)
			return keys[i].rank;
	return 0;
}

/* After a key's closing quote at p: [\]" ws : ws [\]" value [\]"; the
   value's start and length, or NULL. */
static const char *
value_at(const char *p, const char *e, size_t *n)
{
	const char	*v;

	if (p < e && *p == '\\')
		p++;
	if (p >= e || *p++ != '"')
		return NULL;
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	if (p >= e || *p++ != ':')
		return NULL;
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	if (p < e && *p == '\\')
		p++;
	if (p >= e || *p++ != '"')
		return NULL;
	for (v = p; p < e && p - v <= VALUE_MAX && *p != '"' && *p != '\\';
	    p++)
		;
	if (p >= e || p - v > VALUE_MAX || p == v)
		return NULL;
	*n = (size_t)(p - v);
	return v;
}

void
date_script_scan(const char *s, size_t len, struct script_date *best,
    struct arena *a)
{
	const char	*e = s + len, *p, *k, *ke, *v, *d;
	char		 val[VALUE_MAX + 1];
	size_t		 i, n;
	int		 rank;

	for (i = 0; stems[i] != NULL; i++) {
		size_t sl = strlen(stems[i]);

		for (p = s; (p = memmem(p, (size_t)(e - p), stems[i], sl)) !=
		    NULL; p += sl) {
			for (k = p; k > s && p - k < KEY_MAX && key_char(k[-1]);
			    k--)
				;
			for (ke = p + sl; ke < e && ke - k < KEY_MAX &&
			    key_char(*ke); ke++)
				;
			if (k == s || (k[-1] != '"') || ke >= e)
				continue;
			rank = key_rank(k, (size_t)(ke - k));
			if (rank <= best->rank)
				continue;
			if ((v = value_at(ke, e, &n)) == NULL)
				continue;
			memcpy(val, v, n);
			val[n] = '\0';
			if ((d = date_parse(val, a)) == NULL)
				continue;
			best->date = d;
			best->rank = rank;
		}
	}
}
