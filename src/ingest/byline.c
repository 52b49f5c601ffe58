/* SPDX-License-Identifier: MIT */
/*
 * Author names from bylines. byline_split turns what pages write ("By
 * Anna Smith and Bob Jones | Reuters", "Von Max Muster, Berlin", "Автор:
 * Иван Петров") into names: the lead word goes, the list is cut at "and"
 * in several languages, commas, semicolons and ampersands, and parts that
 * are dates, e-mail or web addresses, too long to be a name, or a job
 * title after a name ("Anna Smith, Staff Writer"), are left out. Where
 * bylines are looked for in the page is byline_find.c.
 */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "ingest/date_names.h"
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
	"publié par ", "écrit par ", "escrito por ", "published by ",
	"written by:", "auteur :", "autorin ", "geschrieben von ",
	"verfasst von ", "reported by:",
	"publicado por ", "scritto da ", "vom ", "alles von ",
	"alle artikel von ", "alle beiträge von ", "mehr von ",
	"view all posts by ", "all posts by ", "more from ", "posts by ",
	"articles by ", "zeige alle artikel von ", "zeige alle beiträge von ",
	NULL
};

/* Words bylines carry that are not names. */
static const char *const not_names[] = {
	"posted", "posted on", "posted in", "posted by", "published",
	"published by", "updated", "datum",
	"date", "publiziert am", "veröffentlicht", "veröffentlicht am",
	"aktualisiert", "admin", "administrator", "wordpressadmin", "human",
	"editor", "staff", "team", "anonymous", "guest", "gast",
	"unknown", "author", "autor", "by", "von", "hinterlasse einen kommentar",
	"leave a comment", "comments", "kommentare", "share", "sign in",
	"sign up", "log in", "login", "subscribe", "follow", "follow author",
	"authors", "autoren", "autorinnen", "autor*innen", "auteurs",
	"about the author", "über den autor", "über die autorin", "ceo",
	"reporter", "redakteur", "redakteurin", "correspondent",
	"contributor", "journalist", "journalistin", "last", "zuletzt", "alle artikel", "alle beiträge", "all posts",
	"view all posts", "mehr", "more", NULL
};

/* Words of job titles: "Anna Smith, Staff Writer" names one person. */
static const char *const roles[] = {
	"Editor", "Correspondent", "Reporter", "Writer", "Staff", "Senior",
	"Chief", "Director", "Technologist", "Contributor", "Producer",
	"Team", "Engineer", "Developer", "Manager", "Scientist", "Analyst",
	"Designer", "Columnist", "Photographer", "Officer", "President",
	"Advocate", "Redakteur", "Redakteurin", "Korrespondent",
	"Korrespondentin", NULL
};

static const char *const joins[] = {
	" and ", " und ", " et ", " y ", " e ", " i ", " и ", " та ", " і ",
	" & ", ",", ";", " | ", " / ", " · ", "\n", NULL
};

static const char *strip_lead(const char *);
static bool	 has_label_word(const char *, size_t);
static bool	 plausible_name(const char *, size_t);
static bool	 role_in(const char *, size_t);
static void	 trim_tail(const char *, size_t *, bool);
static bool	 inner_paren(const char *, const char *);
static size_t	 cut(const char *, size_t);
static const char *kind_von(const char *, size_t *);
static bool	 de_weekday(const char *, size_t);
static void	 add(const char *, size_t, const char ***, size_t *,
		    size_t, struct arena *);

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

/*
 * True when a word of s is one that labels a date ("Zuletzt geändert
 * am", "Last updated"): such a part of a byline is no name.
 */
static bool
has_label_word(const char *s, size_t n)
{
	static const char *const words[] = { "geändert", "aktualisiert",
	    "veröffentlicht", "updated", "modified", "published", "publié",
	    "modifié", "actualizado", "publicado", "aggiornato", "pubblicato",
	    NULL };
	const char	*w, *e = s + n;
	size_t		 i, l;

	for (w = s; w < e; w++) {
		if (w > s && w[-1] != ' ')
			continue;
		for (i = 0; words[i] != NULL; i++) {
			l = strlen(words[i]);
			if ((size_t)(e - w) >= l &&
			    strncasecmp(w, words[i], l) == 0 &&
			    (w + l == e || w[l] == ' '))
				return true;
		}
	}
	return false;
}

/* True when a word of the n bytes at s is a job title's, case aside. */
static bool
role_in(const char *s, size_t n)
{
	const char	*w, *q, *e = s + n;
	size_t		 i;

	for (w = s; w < e; w = q + 1) {
		if ((q = memchr(w, ' ', (size_t)(e - w))) == NULL)
			q = e;
		for (i = 0; roles[i] != NULL; i++)
			if (strlen(roles[i]) == (size_t)(q - w) &&
			    strncasecmp(w, roles[i], (size_t)(q - w)) == 0)
				return true;
	}
	return false;
}

static bool
plausible_name(const char *s, size_t n)
{
	size_t	i, words = 1, letters = 0;
	int	month;
	bool	slash = false;

	if (n < 2 || n > 60)
		return false;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '@' || c == '=' || c == '<' || c == '>' ||
		    c == '{' || c == ':' || c == '*')
			return false;
		if (c == '/')
			slash = true;
		if (c == ' ')
			words++;
		if (c >= 0x80 || (c | 0x20) >= 'a')
			letters++;
	}
	/* An agency's credit is one word ("dpa/lno"); else a slash
	   joins other things (dates, paths). */
	/* A user name may be one letter and digits ("r23"). */
	if (words > 6 || (letters < 2 && (letters < 1 || n < 3 ||
	    words > 1)) || (slash && (words > 1 ||
	    s[0] == '/' || s[n - 1] == '/')))
		return false;
	for (i = 0; not_names[i] != NULL; i++)
		if (strlen(not_names[i]) == n &&
		    strncasecmp(s, not_names[i], n) == 0)
			return false;
	if (has_label_word(s, n))
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
	" Updated", " Posted", " Alle Artikel", " Alle Beiträge", " Mehr von",
	" View all", " All posts", " All articles", " More from", " Google+",
	" Illustration", " Foto:", " Fotos:", " Foto ", " Fotos ", " Photo:",
	" Photos:", " Photo ", " Photos ", " Bild:", " Bilder:", " Grafik:",
	NULL
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
 * Drops what trails a name: spaces, dots, bullets and dashes, a weekday
 * left over from a date ("Tomas Spahn Fr"), and a month when the date's
 * day was cut right after it ("Joshua Sokol May 20": before_day). A
 * month ending the byline otherwise is a name ("Jane May", "Ahmet
 * Kasım").
 */
static void
trim_tail(const char *s, size_t *n, bool before_day)
{
	size_t	k;
	int	m;
	bool	again = true, month = before_day;

	while (again && *n > 0) {
		again = false;
		while (*n > 0 && strchr(" :\t|,;-", s[*n - 1]) != NULL) {
			month = month && s[*n - 1] == ' ';
			(*n)--, again = true;
		}
		/* A final dot, unless it ends an initial ("Gutierrez C.") */
		if (*n >= 2 && s[*n - 1] == '.' && !(*n >= 3 &&
		    s[*n - 3] == ' ' && s[*n - 2] >= 'A' && s[*n - 2] <= 'Z'))
			(*n)--, again = true;
		if (*n >= 2 && (unsigned char)s[*n - 2] == 0xC2 &&
		    ((unsigned char)s[*n - 1] == 0xBB ||
		    (unsigned char)s[*n - 1] == 0xAB))
			*n -= 2, again = true, month = false;	/* » « */
		if (*n >= 2 && ((unsigned char)s[*n - 2] == 0xC2 &&
		    ((unsigned char)s[*n - 1] == 0xB7)))
			*n -= 2, again = true, month = false;	/* · */
		if (*n >= 3 && (unsigned char)s[*n - 3] == 0xE2 &&
		    (unsigned char)s[*n - 2] == 0x80 &&
		    ((unsigned char)s[*n - 1] == 0xA2 ||
		    (unsigned char)s[*n - 1] == 0x94 ||
		    (unsigned char)s[*n - 1] == 0x93))
			*n -= 3, again = true, month = false;	/* • — – */
		for (k = *n; k > 0 && s[k - 1] != ' '; k--)
			;
		if (k > 0 && k < *n && ((month && dcal_month(s + k, &m) ==
		    s + *n) || dcal_weekday(s + k) == s + *n ||
		    de_weekday(s + k, *n - k))) {
			*n = k;
			again = true;
			month = false;
		}
	}
}

/* True when a parenthesis at p goes on with more of the name: "Richard
   (R.J.) Eskow", not "Anna Smith (Reuters)". */
static bool
inner_paren(const char *p, const char *e)
{
	const char	*c = memchr(p, ')', (size_t)(e - p));

	return c != NULL && c + 2 < e && c[1] == ' ' &&
	    ((c[2] >= 'A' && c[2] <= 'Z') || (unsigned char)c[2] >= 0x80);
}

/* The length of s (n bytes) before what follows a name: a date, a
   place, a label ("Quelle:"), a time. */
static size_t
cut(const char *s, size_t n)
{
	size_t	i, k, l;
	bool	low;

	/* Lower-case stops match as written: "Loïc Le Clerc" is a name. */
	for (k = 0; stops[k] != NULL; k++) {
		l = strlen(stops[k]);
		low = stops[k][1] >= 'a' && stops[k][1] <= 'z';
		for (i = 0; i + l <= n; i++)
			if ((low ? strncmp(s + i, stops[k], l) :
			    strncasecmp(s + i, stops[k], l)) == 0 &&
			    !(s[i + 1] == '(' && inner_paren(s + i, s + n))) {
				n = i;
				break;
			}
	}
	/* A word ending in a colon labels what comes next. */
	for (i = 1; i < n; i++)
		if (s[i] == ':' && s[i - 1] != ' ') {
			for (k = i; k > 0 && s[k - 1] != ' '; k--)
				;
			if (k > 0) {
				n = k;
				break;
			}
		}
	/* A number starting a word begins a date or a time. */
	for (i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9' && (i == 0 || s[i - 1] == ' '))
			return i;
	return n;
}

/*
 * "Pressemitteilung von Katja Kipping": one word naming the kind of text,
 * then "von" and two capitalized words, is the name after "von"; "Otto
 * von Bismarck" and "Ursula von der Leyen" stay. A template's label
 * writes it "Von" ("Disko" "Von" "Ernst Lohoff"); "Diane Von
 * Furstenberg" stays, one word follows.
 */
static const char *
kind_von(const char *s, size_t *n)
{
	const char	*v, *w, *e = s + *n;

	if ((v = memchr(s, ' ', *n)) == NULL || (size_t)(e - v) < 9 ||
	    (strncmp(v, " von ", 5) != 0 && strncmp(v, " Von ", 5) != 0))
		return s;
	w = v + 5;
	if (!(*w >= 'A' && *w <= 'Z') || (w = memchr(w, ' ', (size_t)(e -
	    w))) == NULL || !(w[1] >= 'A' && w[1] <= 'Z'))
		return s;
	*n = (size_t)(e - v - 5);
	return v + 5;
}

static void
add(const char *s, size_t n, const char ***names, size_t *count,
    size_t start, struct arena *a)
{
	const char	**v;
	size_t		  i, full;
	bool		  day;

	/* "Posted in Category by Name", "Posted on May 2, 2020 by Name" */
	for (i = 0; i + 4 <= n; i++)
		if (strncasecmp(s + i, " by ", 4) == 0) {
			s += i + 4;
			n -= i + 4;
			i = 0;
		}
	s = kind_von(s, &n);
	full = n;
	n = cut(s, n);
	day = n < full && s[n] >= '0' && s[n] <= '9';
	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	trim_tail(s, &n, day);
	/* a job title after a name of the same byline is the name's
	   ("Anna Smith, Senior Editor"); alone it may be a pen name */
	if (!plausible_name(s, n) || (*count > start && role_in(s, n)))
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
	size_t		 i, bl = 0, bj = 0, start = *n;
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
				bj = i;
			}
		}
		/* "Mac & i" is one name: a join needs a word after it. */
		if (best != NULL && strcmp(joins[bj], " & ") == 0 &&
		    strcspn(best + bl, " ") < 2)
			best = NULL;
		if (best == NULL) {
			add(p, strlen(p), names, n, start, a);
			break;
		}
		add(p, (size_t)(best - p), names, n, start, a);
		p = strip_lead(best + bl);
		if (*n >= 12)
			break;
	}
}

/*
 * True when s reads as a person's name: two to four words, each
 * capitalized but not in capitals ("ACLU"), none a job title.
 */
bool
byline_person(const char *s)
{
	const char	*w, *e;
	size_t		 words = 0, caps;

	for (w = s; *w; w = e + strspn(e, " ")) {
		e = w + strcspn(w, " ");
		if (!((*w >= 'A' && *w <= 'Z') || (unsigned char)*w >= 0x80))
			return false;
		for (caps = 0; w + caps < e && w[caps] >= 'A' &&
		    w[caps] <= 'Z'; caps++)
			;
		if (caps >= 2 || role_in(w, (size_t)(e - w)))
			return false;
		words++;
	}
	return words >= 2 && words <= 4;
}
