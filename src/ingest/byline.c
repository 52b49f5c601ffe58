/* SPDX-License-Identifier: MIT */
/*
 * Author names from bylines. byline_split turns what pages write ("By
 * Anna Smith and Bob Jones | Reuters", "Von Max Muster, Berlin", "Автор:
 * Иван Петров") into names: the lead word goes, the list is cut at "and"
 * in several languages, commas, semicolons and ampersands, and parts that
 * are dates, e-mail or web addresses, or too long to be a name, are left
 * out. byline_find takes the first short element the page marks as a
 * byline (class or id byline/author/dateline, rel=author, itemprop=author)
 * outside comment sections.
 */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "ingest/dom.h"
#include "ingest/extract.h"
#include "ingest/meta.h"

static const char *const leads[] = {
	"by ", "by:", "von ", "par ", "por ", "di ", "door ", "af ", "av ",
	"autor:", "autorin:", "autoren:", "author:", "authors:", "auteur:",
	"auteurs:", "text:", "texte:", "written by ", "posted by ",
	"reported by ", "words by ", "story by ", "текст:", "Текст:",
	"автор:", "Автор:", "авторы:", "Авторы:", "автор ", "Автор ",
	"Автор материала:", "Автор статьи:", "Автор: ", NULL
};

static const char *const joins[] = {
	" and ", " und ", " et ", " y ", " e ", " i ", " и ", " та ", " і ",
	" & ", ",", ";", " | ", " / ", " · ", "\n", NULL
};

static const char *strip_lead(const char *);
static bool	 plausible_name(const char *, size_t);
static void	 add(const char *, size_t, const char ***, size_t *,
		    struct arena *);

static const char *
strip_lead(const char *s)
{
	size_t	i, l;
	bool	again = true;

	while (again) {
		again = false;
		while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '-' ||
		    *s == ':' || *s == '|')
			s++;
		for (i = 0; leads[i] != NULL; i++) {
			l = strlen(leads[i]);
			if (strncasecmp(s, leads[i], l) == 0) {
				s += l;
				again = true;
				break;
			}
		}
	}
	return s;
}

static bool
plausible_name(const char *s, size_t n)
{
	size_t	i, words = 1, letters = 0;

	if (n < 2 || n > 60)
		return false;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c >= '0' && c <= '9') || c == '@' || c == '/' ||
		    c == '=' || c == '<' || c == '>' || c == '{')
			return false;
		if (c == ' ')
			words++;
		if (c >= 0x80 || (c | 0x20) >= 'a')
			letters++;
	}
	if (words > 6 || letters < 2)
		return false;
	return strncasecmp(s, "http", 4) != 0 && strncasecmp(s, "www.", 4) != 0;
}

static void
add(const char *s, size_t n, const char ***names, size_t *count,
    struct arena *a)
{
	const char	**v;
	size_t		  i;

	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.' ||
	    s[n - 1] == ':' || s[n - 1] == '\t'))
		n--;
	if (!plausible_name(s, n))
		return;
	for (i = 0; i < *count; i++)
		if (strlen((*names)[i]) == n &&
		    strncasecmp((*names)[i], s, n) == 0)
			return;
	v = arena_alloc(a, (*count + 1) * sizeof(*v));
	if (*count > 0)
		memcpy(v, *names, *count * sizeof(*v));
	v[*count] = arena_strndup(a, s, n);
	*names = v;
	(*count)++;
}

void
byline_split(const char *s, const char ***names, size_t *n, struct arena *a)
{
	const char	*p, *best, *q;
	size_t		 i, bl = 0;
	char		*flat, *w;

	if (s == NULL)
		return;
	/* Collapse whitespace so the separators match. */
	flat = arena_strdup(a, s);
	for (p = s, w = flat; *p; p++) {
		if (*p == '\t' || *p == '\r' || *p == ' ') {
			if (w > flat && w[-1] != ' ' && w[-1] != '\n')
				*w++ = ' ';
		} else
			*w++ = *p;
	}
	*w = '\0';
	p = strip_lead(flat);
	while (*p) {
		best = NULL;
		for (i = 0; joins[i] != NULL; i++) {
			q = strstr(p, joins[i]);
			if (q != NULL && (best == NULL || q < best)) {
				best = q;
				bl = strlen(joins[i]);
			}
		}
		if (best == NULL) {
			add(p, strlen(p), names, n, a);
			break;
		}
		add(p, (size_t)(best - p), names, n, a);
		p = strip_lead(best + bl);
		if (*n >= 12)
			break;
	}
}

void
byline_find(struct dom *d, const char ***names, size_t *n, struct arena *a)
{
	struct dom_node	*k, *m, *name;
	const char	*t;

	for (k = d->body; k != NULL; ) {
		if (k->hints & (HINT_BOILER | HINT_ROLE) || k->tag == T_NAV ||
		    k->tag == T_FOOTER || k->tag == T_ASIDE) {
			k = dom_skip(k, d->body);
			continue;
		}
		if (k->tag != T_TEXT && (k->hints & HINT_BYLINE)) {
			name = NULL;
			for (m = k->first; m != NULL && name == NULL;
			    m = dom_next(m, k))
				if ((t = dom_attr(m, "itemprop")) != NULL &&
				    strcmp(t, "name") == 0)
					name = m;
			t = dom_text(name != NULL ? name : k, a);
			if (t != NULL && strlen(t) < 100) {
				byline_split(t, names, n, a);
				if (*n > 0)
					return;
			}
			k = dom_skip(k, d->body);
			continue;
		}
		k = dom_next(k, d->body);
	}
}
