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
#include "ingest/date_cal.h"
#include "ingest/dom.h"
#include "ingest/extract.h"
#include "ingest/meta.h"

static const char *const leads[] = {
	"by ", "by:", "von ", "par ", "por ", "di ", "door ", "af ", "av ",
	"autor:", "autorin:", "autoren:", "author:", "authors:", "auteur:",
	"auteurs:", "text:", "texte:", "written by ", "posted by ",
	"reported by ", "words by ", "story by ", "текст:", "Текст:",
	"автор:", "Автор:", "авторы:", "Авторы:", "автор ", "Автор ",
	"Автор материала:", "Автор статьи:", "Автор: ", "text von ",
	"texte de ", "gespeichert von ", "eingestellt von ", "erstellt von ",
	"veröffentlicht von ", "publiziert von ", "geschrieben von ",
	"ein beitrag von ", "beitrag von ", "blog beitrag von ",
	"interview: ", "von:", "author ", "beitrag von ", "beitragvon ",
	"publié par ", "écrit par ", "escrito por ",
	"publicado por ", "scritto da ", "vom ", NULL
};

/* Words bylines carry that are not names. */
static const char *const not_names[] = {
	"posted", "posted on", "posted in", "published", "updated", "datum",
	"date", "publiziert am", "veröffentlicht", "veröffentlicht am",
	"aktualisiert", "admin", "administrator", "wordpressadmin", "human",
	"editor", "staff", "team", "anonymous", "guest", "gast",
	"unknown", "author", "autor", "by", "von", "hinterlasse einen kommentar",
	"leave a comment", "comments", "kommentare", "share", "sign in",
	"sign up", "log in", "login", "subscribe", "follow", "follow author",
	NULL
};

static const char *const joins[] = {
	" and ", " und ", " et ", " y ", " e ", " i ", " и ", " та ", " і ",
	" & ", ",", ";", " | ", " / ", " · ", "\n", NULL
};

static const char *strip_lead(const char *);
static bool	 byline_lead(const char *);
static void	 byline_text(struct dom *, const char ***, size_t *,
		    struct arena *);
static bool	 plausible_name(const char *, size_t);
static void	 trim_tail(const char *, size_t *);
static bool	 de_weekday(const char *, size_t);
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
		/* "ByAnna Smith": the lead glued to the name by markup */
		if (!again && (strncmp(s, "By", 2) == 0 ||
		    strncmp(s, "Von", 3) == 0) && s[s[0] == 'B' ? 2 : 3] >= 'A' &&
		    s[s[0] == 'B' ? 2 : 3] <= 'Z') {
			s += s[0] == 'B' ? 2 : 3;
			again = true;
		}
	}
	return s;
}

static bool
plausible_name(const char *s, size_t n)
{
	size_t	i, words = 1, letters = 0;
	int	month;

	if (n < 2 || n > 60)
		return false;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '@' || c == '/' || c == '=' || c == '<' || c == '>' ||
		    c == '{' || c == ':')
			return false;
		if (c == ' ')
			words++;
		if (c >= 0x80 || (c | 0x20) >= 'a')
			letters++;
	}
	if (words > 6 || letters < 2)
		return false;
	for (i = 0; not_names[i] != NULL; i++)
		if (strlen(not_names[i]) == n &&
		    strncasecmp(s, not_names[i], n) == 0)
			return false;
	if (dcal_month(s, &month) == s + n || dcal_weekday(s) == s + n)
		return false;
	return strncasecmp(s, "http", 4) != 0 && strncasecmp(s, "www.", 4) != 0;
}

/* Words after which a byline goes on with a date or place. */
static const char *const stops[] = {
	" am ", " um ", " on ", " at ", " le ", " el ", " il ", " в ",
	" - ", " – ", " — ", " | ", " (", " Monday", " Tuesday",
	" Wednesday", " Thursday", " Friday", " Saturday", " Sunday",
	" Montag", " Dienstag", " Mittwoch", " Donnerstag", " Freitag",
	" Samstag", " Sonntag", " Mon,", " Tue,", " Wed,", " Thu,", " Fri,",
	" Sat,", " Sun,", " Mo,", " Di,", " Mi,", " Do,", " Fr,", " Sa,",
	" So,", " Mo.", " Di.", " Mi.", " Do.", " Fr.", " Sa.", " So.",
	" Publiziert", " Veröffentlicht", " Aktualisiert", " Published",
	" Updated", " Posted", NULL
};

/* German weekday abbreviations ("Fr", "Mo.") left from a date. */
static bool
de_weekday(const char *w, size_t n)
{
	static const char *const d[] = { "Mo", "Di", "Mi", "Do", "Fr", "Sa",
	    "So", NULL };
	size_t	i;

	if (n == 3 && w[2] == '.')
		n = 2;
	for (i = 0; d[i] != NULL; i++)
		if (n == 2 && strncmp(w, d[i], 2) == 0)
			return true;
	return false;
}

/*
 * Drops what trails a name: spaces, dots, bullets and dashes, and a month
 * or weekday left over from a date ("Joshua Sokol May").
 */
static void
trim_tail(const char *s, size_t *n)
{
	size_t	k;
	int	m;
	bool	again = true;

	while (again && *n > 0) {
		again = false;
		while (*n > 0 && strchr(" :\t|,;-", s[*n - 1]) != NULL)
			(*n)--, again = true;
		/* A final dot, unless it ends an initial ("Gutierrez C.") */
		if (*n >= 2 && s[*n - 1] == '.' && !(*n >= 3 &&
		    s[*n - 3] == ' ' && s[*n - 2] >= 'A' && s[*n - 2] <= 'Z'))
			(*n)--, again = true;
		if (*n >= 2 && (unsigned char)s[*n - 2] == 0xC2 &&
		    ((unsigned char)s[*n - 1] == 0xBB ||
		    (unsigned char)s[*n - 1] == 0xAB))
			*n -= 2, again = true;	/* » « */
		if (*n >= 2 && ((unsigned char)s[*n - 2] == 0xC2 &&
		    ((unsigned char)s[*n - 1] == 0xB7)))
			*n -= 2, again = true;	/* · */
		if (*n >= 3 && (unsigned char)s[*n - 3] == 0xE2 &&
		    (unsigned char)s[*n - 2] == 0x80 &&
		    ((unsigned char)s[*n - 1] == 0xA2 ||
		    (unsigned char)s[*n - 1] == 0x94 ||
		    (unsigned char)s[*n - 1] == 0x93))
			*n -= 3, again = true;	/* • — – */
		for (k = *n; k > 0 && s[k - 1] != ' '; k--)
			;
		if (k > 0 && k < *n && (dcal_month(s + k, &m) == s + *n ||
		    dcal_weekday(s + k) == s + *n || de_weekday(s + k,
		    *n - k))) {
			*n = k;
			again = true;
		}
	}
}

static void
add(const char *s, size_t n, const char ***names, size_t *count,
    struct arena *a)
{
	const char	**v;
	size_t		  i, k, l;
	bool		  low;

	/* "Posted in Category by Name", "Posted on May 2, 2020 by Name" */
	for (i = 0; i + 4 <= n; i++)
		if (strncasecmp(s + i, " by ", 4) == 0) {
			s += i + 4;
			n -= i + 4;
			i = 0;
		}
	/* Lower-case stops match as written: "Loïc Le Clerc" is a name. */
	for (k = 0; stops[k] != NULL; k++) {
		l = strlen(stops[k]);
		low = stops[k][1] >= 'a' && stops[k][1] <= 'z';
		for (i = 0; i + l <= n; i++)
			if ((low ? strncmp(s + i, stops[k], l) :
			    strncasecmp(s + i, stops[k], l)) == 0) {
				n = i;
				break;
			}
	}
	/* A number starting a word begins a date or a time. */
	for (i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9' && (i == 0 || s[i - 1] == ' ')) {
			n = i;
			break;
		}

	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	trim_tail(s, &n);
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

/* True when text t starts like a byline ("By", "Von", "Text:"...). */
static bool
byline_lead(const char *t)
{
	static const char *const l[] = { "by ", "von ", "text von ",
	    "text: ", "texte: ", "autor: ", "autorin: ", "author: ", "par ",
	    "por ", "posted by ", "written by ", "gespeichert von ",
	    "eingestellt von ", "erstellt von ", "publié par ", "автор: ",
	    "Автор: ", "Автор ", "Текст: ", NULL };
	size_t	i;

	while (*t == ' ' || *t == '\n' || *t == '\t')
		t++;
	for (i = 0; l[i] != NULL; i++)
		if (strncasecmp(t, l[i], strlen(l[i])) == 0)
			return true;
	return false;
}

/*
 * A byline written in the text near the headline ("Von Max Muster am
 * 3. März", "By Anna Smith"): the first 40 text nodes after the first
 * <h1>, read with their enclosing block.
 */
static void
byline_text(struct dom *d, const char ***names, size_t *n, struct arena *a)
{
	struct dom_node	*h, *k, *b;
	const char	*t;
	int		 seen = 0;

	for (h = d->body; h != NULL && h->tag != T_H1; h = dom_next(h, d->body))
		;
	if (h == NULL)
		return;
	for (k = dom_skip(h, d->body); k != NULL && seen < 40;
	    k = dom_next(k, d->body)) {
		if (k->tag != T_TEXT || k->len > 200)
			continue;
		seen++;
		if (!byline_lead(k->text))
			continue;
		for (b = k->parent; b != NULL && !(b->flags & DOM_BLOCK);
		    b = b->parent)
			;
		t = dom_text_max(b != NULL ? b : k, 160, a);
		if (t != NULL) {
			byline_split(t, names, n, a);
			if (*n > 0)
				return;
		}
	}
}

void
byline_find(struct dom *d, const char ***names, size_t *n, struct arena *a)
{
	struct dom_node	*k, *m, *name;
	const char	*t;

	for (k = d->body; k != NULL; ) {
		/* Asides and footers may hold the article's byline; menus
		   and comment threads hold other people's names. */
		if ((k->hints & (HINT_BOILER | HINT_BYLINE)) == HINT_BOILER ||
		    (k->hints & HINT_ROLE) || k->tag == T_NAV) {
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
			t = dom_text_max(name != NULL ? name : k, 100, a);
			if (t != NULL) {
				byline_split(t, names, n, a);
				if (*n > 0)
					return;
			}
			k = dom_skip(k, d->body);
			continue;
		}
		k = dom_next(k, d->body);
	}
	byline_text(d, names, n, a);
}
