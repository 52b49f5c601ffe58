/* SPDX-License-Identifier: MIT */
/*
 * Credit lines: aggregators and republishers name the original outlet in
 * a short line at the end of the body ("© New Eastern Outlook", "Source:
 * Reuters", "Originally published by The Conversation", "Источник: ТАСС").
 * The last three paragraphs are read; a short one that starts with such a
 * lead gives the outlet: years, "All rights reserved" and trailing
 * punctuation are cut, and a web address in it gives the domain. The line
 * and what follows it leave the text: they are not the article's words.
 */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "core/record.h"
#include "ingest/meta.h"

static const char *const leads[] = {
	"©", "(c) ", "(C) ", "copyright ©", "copyright ", "Copyright ©",
	"Copyright ", "source: ", "sources: ", "source : ", "quelle: ",
	"fuente: ", "fonte: ", "fonte : ", "źródło: ", "источник: ",
	"Источник: ", "джерело: ", "Джерело: ", "дереккөз: ", "Дереккөз: ",
	"originally published by ", "originally published in ",
	"originally published at ", "originally published on ",
	"this article was originally published by ",
	"this article was originally published in ",
	"this article was originally published on ",
	"this article first appeared in ", "this article first appeared on ",
	"this story first appeared in ", "this story first appeared on ",
	"first published by ", "first published in ", "first published on ",
	"republished with permission from ", "republished from ",
	"reprinted with permission from ", "courtesy of ",
	"Первоисточник: ", "первоисточник: ", NULL
};

static const char *const tails[] = {
	"all rights reserved", "alle rechte vorbehalten",
	"tous droits réservés", "todos los derechos reservados",
	"Все права защищены", "все права защищены", "Усі права захищені",
	"tutti i diritti riservati", "todos os direitos reservados", NULL
};

static const char *lead_of(const char *, size_t);
static const char *clean_name(const char *, size_t, const char **,
		    struct arena *);
static const char *find_domain(const char *, size_t, struct arena *);
static bool	 contains(const char *, const char *);
static bool	 trademark(const char *, size_t);

/* ASCII case-insensitive substring test. */
static bool
contains(const char *hay, const char *needle)
{
	size_t	n = strlen(needle);

	for (; *hay; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return true;
	return false;
}

bool
credit_rights_line(const char *s, size_t n)
{
	size_t	i, l;
	const char *p;

	for (i = 0; tails[i] != NULL; i++) {
		l = strlen(tails[i]);
		for (p = s; p + l <= s + n; p++)
			if (strncasecmp(p, tails[i], l) == 0)
				return true;
	}
	return false;
}

static const char *
lead_of(const char *p, size_t n)
{
	size_t	i, l;

	for (i = 0; leads[i] != NULL; i++) {
		l = strlen(leads[i]);
		if (l < n && strncasecmp(p, leads[i], l) == 0)
			return p + l;
	}
	return NULL;
}

/* A host named in the line ("www.example.com", "https://x.org/a"). */
static const char *
find_domain(const char *s, size_t n, struct arena *a)
{
	size_t		 i, j, dots;
	const char	*h;

	for (i = 0; i < n; i++) {
		if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '/' &&
		    s[i - 1] != '(')
			continue;
		for (j = i, dots = 0; j < n && (s[j] == '.' || s[j] == '-' ||
		    (s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' &&
		    s[j] <= 'Z') || (s[j] >= '0' && s[j] <= '9')); j++)
			dots += s[j] == '.';
		while (j > i && s[j - 1] == '.')
			j--, dots--;
		if (dots >= 1 && j - i >= 4 && s[j - 1] != '.') {
			h = s + i;
			if (strncasecmp(h, "www.", 4) == 0)
				h += 4;
			/* The last label must be letters (a TLD). */
			{
				const char *t = memchr(h, '.', (size_t)(s + j - h));
				const char *last = t;

				while (t != NULL && (t = memchr(t + 1, '.',
				    (size_t)(s + j - t - 1))) != NULL)
					last = t;
				if (last == NULL || s + j - last < 3)
					continue;
				for (t = last + 1; t < s + j; t++)
					if (!((*t | 0x20) >= 'a' &&
					    (*t | 0x20) <= 'z'))
						break;
				if (t < s + j)
					continue;
			}
			{
				char *d = arena_strndup(a, h, (size_t)(s + j - h));
				char *c;

				for (c = d; *c; c++)
					if (*c >= 'A' && *c <= 'Z')
						*c += 32;
				return d;
			}
		}
		i = j;
	}
	return NULL;
}

/* A trademark notice ("®/TM General Mills") names the owner of a brand
   on the page, not who wrote the story. */
static bool
trademark(const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i + 1 < n; i++)
		if ((strncmp(s + i, "\xc2\xae", 2) == 0) ||
		    (i + 2 < n && strncmp(s + i, "\xe2\x84\xa2", 3) == 0) ||
		    (i + 2 < n && strncmp(s + i, "/TM", 3) == 0))
			return true;
	return false;
}

static const char *
clean_name(const char *s, size_t n, const char **domain, struct arena *a)
{
	size_t		 i, l;
	const char	*e = s + n, *p;

	*domain = find_domain(s, n, a);
	for (;;) {
		while (s < e && (*s == ' ' || (*s >= '0' && *s <= '9') ||
		    *s == '-' || *s == ',' || *s == '.' || *s == ':'))
			s++;
		if (e - s >= 2 && (unsigned char)s[0] == 0xE2 &&
		    (unsigned char)s[1] == 0x80) {
			s += 3;		/* a dash between years */
			continue;
		}
		if ((p = lead_of(s, (size_t)(e - s))) != NULL) {
			s = p;
			continue;
		}
		break;
	}
	for (i = 0; tails[i] != NULL; i++) {
		l = strlen(tails[i]);
		for (p = s; p + l <= e; p++)
			if (strncasecmp(p, tails[i], l) == 0) {
				e = p;
				break;
			}
	}
	/* Cut at the first sentence end or separator. */
	for (p = s; p < e; p++)
		if ((*p == '.' && (p + 1 == e || p[1] == ' ')) || *p == '|' ||
		    *p == ';' || ((*p == ',' || *p == '(') && p > s) ||
		    (*p == ' ' && p + 2 < e && p[1] == '-' && p[2] == ' '))
			break;
	e = p;
	while (e > s && (e[-1] == ' ' || e[-1] == '.' || e[-1] == ',' ||
	    (e[-1] >= '0' && e[-1] <= '9')))
		e--;
	if (e - s < 2 || e - s > 60 || trademark(s, (size_t)(e - s)))
		return NULL;
	return arena_strndup(a, s, (size_t)(e - s));
}

void
credit_apply(struct record *r, struct arena *a)
{
	const char	*text = r->text, *para[3], *end, *p, *rest, *name;
	const char	*domain;
	size_t		 np = 0, i, n;
	char		*cut;

	if (text == NULL)
		return;
	end = text + strlen(text);
	for (p = end; p > text && np < 3; ) {
		const char *q = p;

		while (q > text && !(q - text >= 2 && q[-1] == '\n' &&
		    q[-2] == '\n'))
			q--;
		para[np++] = q;
		p = q > text ? q - 2 : text;
	}
	for (i = 0; i < np; i++) {
		n = strcspn(para[i], "\n");
		if (n > 160 || (rest = lead_of(para[i], n)) == NULL)
			continue;
		name = clean_name(rest, n - (size_t)(rest - para[i]), &domain,
		    a);
		/* "Copyright © 2018. All rights reserved.": the site's
		   notice, naming no one, leaves the text too. */
		if (name == NULL && !credit_rights_line(para[i], n))
			continue;
		if (name != NULL && (r->outlet == NULL ||
		    (!contains(r->outlet, name) &&
		    !contains(name, r->outlet)))) {
			r->outlet = name;
			r->domain = domain;
			/* Tells ingest_emit the outlet is credited (ingest.h). */
			r->via = r->url != NULL ? r->url : "";
		}
		while (para[i] > text && (para[i][-1] == '\n'))
			para[i]--;
		if (para[i] == text) {
			r->text = NULL;
			return;
		}
		cut = arena_strndup(a, text, (size_t)(para[i] - text));
		r->text = cut;
		return;
	}
}

bool
credit_is_line(const char *t)
{
	size_t	n = strlen(t);

	return n <= 160 && lead_of(t, n) != NULL;
}
