/* SPDX-License-Identifier: MIT */
/*
 * Finding the byline in the page tree. Four kinds of evidence: elements
 * the template marks as bylines (class or id byline/author/dateline,
 * rel=author, itemprop=author), a short text that starts like a byline
 * ("By", "Von", "Par", "Autor:", "Posted by"), a link to an author's page
 * (/author/, /autor/, /profile/, ..., or a user's page by a number the
 * query names as the user's: /member-profile/?u=9081,
 * /userinfo.php?uid=42, not /member-news/?page=2), and a line that holds
 * only a date and persons' names. Comment threads, menus, forms and
 * boxes of other stories are not read.
 *
 * The headline anchors the search: the first <h1> that reads as the
 * page's title, else such an <h2>, else the first <h1>. Sites put
 * teasers of other stories and their authors above the headline and the
 * story's byline just below it, so a marked byline within 80 text nodes
 * after the headline wins; then a byline text or an author link there;
 * then a marked byline further down; then the marked byline nearest
 * above the headline; last a line of its own among the first three
 * below the headline that holds only a date and persons' names
 * ("04.05.2020 - Jonas Brandt", "Anna Blum | 3. März 2021"): each name
 * two to four capitalized words, none in capitals or a job title, and
 * none the page's <title> holds (that is the site's). Inside a marked
 * byline, itemprop=name gives the names, and links to author pages cut
 * what the text adds after a name ("Matthias herrpfleger", "Ben
 * Silverman Games Editor"). What is found after extraction is
 * byline_story.c.
 */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "ingest/date.h"
#include "ingest/dom.h"
#include "ingest/extract.h"
#include "ingest/meta.h"

#include "byline_int.h"

#define NEAR		80	/* text nodes after the headline */
#define MARKED_MAX	120	/* bytes of a marked byline's text */
#define PRE_NEAR	10	/* text nodes before it an author link counts */
#define DATED_NEAR	3	/* lines after it a dated name counts */

/* The ranks of a candidate, best last. */
enum { R_NONE, R_DATED, R_BEFORE, R_LATER, R_NEAR_TEXT, R_NEAR_MARKED };

struct search {
	struct dom_node	*anchor;
	bool		 after;		/* past the anchor */
	int		 seen;		/* text nodes since the anchor */
	int		 lines;		/* of them, not blank */
	int		 rank;
	struct byline_names	 best;
	struct arena	*a;
	const char	*title;		/* the page's <title>, or NULL */
};

static bool	 author_href(const char *);
static bool	 person_segment(const char *);
static bool	 author_link(const struct dom_node *);
static struct dom_node *headline(struct dom *, const char *,
		    struct arena *);
static bool	 same_title(const char *, const char *);
static bool	 prose(const char *);
static int	 marked_names(struct dom_node *, struct byline_names *,
		    struct arena *);
static void	 refine(struct byline_names *, const struct byline_names *,
		    struct arena *);
static void	 link_names(const char *, struct byline_names *,
		    struct arena *);
static void	 offer(struct search *, int, struct byline_names *);
static bool	 capitalized(const char *);
static void	 visit_text(struct search *, struct dom_node *);
static void	 dated_name(struct search *, struct dom_node *);

/* Subtrees that hold other people's names or none. */
bool
byline_box(const struct dom_node *k)
{
	if (k->tag == T_BODY || k->tag == T_HTML)
		return false;
	/* Not <form>: ASP.NET pages are one form. */
	if (k->tag == T_NAV || k->tag == T_INPUT || k->tag == T_TEXTAREA ||
	    k->tag == T_SELECT || k->tag == T_BUTTON ||
	    (k->hints & (HINT_ROLE | HINT_COMMENT)))
		return true;
	/* Asides and footers may hold the article's byline, and a box
	   that holds the story is not one to skip. */
	return (k->hints & (HINT_BOILER | HINT_BYLINE)) == HINT_BOILER &&
	    !(k->flags & DOM_HAS_BODY);
}

/*
 * True when the path segment at p names a person's page by a word and
 * the query gives the person's number: "member-profile/?u=9081",
 * "userinfo.php?uid=42". Without a number it is a page about users
 * ("/user-deals/deals/", "/mitglied-werden/"); the number must be one
 * by name (u, id, uid, user_id, ...), not a page's or a campaign's
 * ("/member-news/?page=2").
 */
static bool
person_segment(const char *p)
{
	static const char *const words[] = { "user", "member", "author",
	    "autor", "auteur", "profil", "benutzer", "nutzer", "mitglied",
	    "utilisateur", "usuario", "utente", "gebruiker", NULL };
	const char	*q, *v, *e;
	size_t		 i;

	for (i = 0; words[i] != NULL; i++)
		if (strncasecmp(p, words[i], strlen(words[i])) == 0)
			break;
	if (words[i] == NULL)
		return false;
	p += strlen(words[i]);
	if (strncmp(p, "info", 4) == 0)
		p += 4;
	else if (*p == '-' || *p == '_')
		p += strspn(p, "-_abcdefghijklmnopqrstuvwxyz");
	else
		return false;
	if (*p == '.')
		p += 1 + strspn(p + 1, "abcdefghijklmnopqrstuvwxyz");
	p += *p == '/';
	if (*p != '?')
		return false;
	for (q = p + 1; *q && *q != '#'; q = e + (*e == '&')) {
		e = q + strcspn(q, "&#");
		if ((v = memchr(q, '=', (size_t)(e - q))) == NULL ||
		    v + 1 == e || strncmp(q, "utm_", 4) == 0 ||
		    strspn(v + 1, "0123456789") != (size_t)(e - v - 1))
			continue;
		if ((v - q == 1 && (*q == 'u' || *q == 'U')) ||
		    (v - q >= 2 && strncasecmp(v - 2, "id", 2) == 0))
			return true;
	}
	return false;
}

/* True when a link's target is an author's page. */
static bool
author_href(const char *h)
{
	static const char *const paths[] = { "/author/", "/authors/",
	    "/autor/", "/autoren/", "/autorin/", "/auteur/", "/auteurs/",
	    "/redaktion/", "/redakteur/", "/journalist/", "/journalisten/",
	    "/writer/", "/writers/", "/contributor/", "/contributors/",
	    "/people/", "/staff/", "/profile/", "/profil/", "/user/",
	    "/users/", "/member/", "/members/", "?author=", "&author=",
	    NULL };
	static const char *const social[] = { "youtube.", "twitter.",
	    "//x.com", "facebook.", "instagram.", "linkedin.", "xing.",
	    "tiktok.", "pinterest.", "vimeo.", "flickr.", NULL };
	const char	*p;
	size_t		 i;

	if (h == NULL)
		return false;
	/* A profile on a social network is not the site's author page. */
	for (i = 0; social[i] != NULL; i++)
		if (strstr(h, social[i]) != NULL)
			return false;
	for (i = 0; paths[i] != NULL; i++)
		if (strstr(h, paths[i]) != NULL)
			return true;
	for (p = strchr(h, '/'); p != NULL; p = strchr(p + 1, '/'))
		if (person_segment(p + 1))
			return true;
	return false;
}

static bool
author_link(const struct dom_node *k)
{
	const char	*rel;

	if (k->tag != T_A)
		return false;
	rel = dom_attr(k, "rel");
	return (rel != NULL && strstr(rel, "author") != NULL) ||
	    author_href(dom_attr(k, "href"));
}

/*
 * Where a byline starts in a text that starts like one, after separators
 * and a date ("| By Cara Stiles", "06.11.2023 13:30 von Olga"); NULL
 * when it does not.
 */
const char *
byline_lead(const char *t)
{
	static const char *const l[] = { "by ", "by: ", "von ", "von: ",
	    "text von ", "text: ", "texte: ", "autor: ", "autorin: ",
	    "autoren: ", "author: ", "authors: ", "auteur: ", "auteur : ",
	    "par ", "por ", "posted by ", "written by ", "written by: ",
	    "words by ", "story by ", "reported by ", "gespeichert von ",
	    "eingestellt von ", "erstellt von ", "geschrieben von ",
	    "verfasst von ", "veröffentlicht von ", "ein beitrag von ",
	    "beitrag von ", "blog beitrag von ", "beitragvon ",
	    "publié par ", "écrit par ", "escrito por ", "publicado por ",
	    "scritto da ", "автор: ", "Автор: ", "Автор ", "Текст: ", NULL };
	size_t	i;

	t += strspn(t, " \t\r\n|-0123456789.:/,");
	if (strncmp(t, "Uhr ", 4) == 0)
		t += 4;
	t += strspn(t, " \t\r\n|-");
	for (i = 0; l[i] != NULL; i++)
		if (strncasecmp(t, l[i], strlen(l[i])) == 0)
			return t;
	return NULL;
}

/* A heading's text reads as the title: equal, or one holds the other
   and is at least half its length. */
static bool
same_title(const char *h, const char *t)
{
	size_t	hn = strlen(h), tn = strlen(t);

	if (hn == tn)
		return strcasecmp(h, t) == 0;
	if (hn < tn)
		return 2 * hn >= tn && strstr(t, h) != NULL;
	return 2 * tn >= hn && strstr(h, t) != NULL;
}

/* The first <h1> that reads as the title, else such an <h2> (teasers
   of the same story come as <h2> too), else the first <h1>. */
static struct dom_node *
headline(struct dom *d, const char *title, struct arena *a)
{
	struct dom_node	*k, *h1 = NULL, *h2 = NULL;
	const char	*t;

	for (k = d->body; k != NULL; k = dom_next(k, d->body)) {
		if (k->tag != T_H1 && (k->tag != T_H2 || h2 != NULL))
			continue;
		if (h1 == NULL && k->tag == T_H1)
			h1 = k;
		if (title == NULL || (t = dom_text_max(k, 400, a)) == NULL ||
		    !same_title(t, title))
			continue;
		if (k->tag == T_H1)
			return k;
		h2 = k;
	}
	return h2 != NULL ? h2 : h1;
}

/*
 * Names the part of a byline that is a link to an author's page or is
 * marked itemprop=name, when the byline's text adds words after it: "Ben
 * Silverman Games Editor" is "Ben Silverman".
 */
static void
refine(struct byline_names *t, const struct byline_names *l,
    struct arena *a)
{
	size_t	i, k;

	for (i = 0; i < t->n; i++)
		for (k = 0; k < l->n; k++)
			if (strlen(l->v[k]) < strlen(t->v[i]) &&
			    strncmp(t->v[i], l->v[k], strlen(l->v[k])) == 0) {
				t->v[i] = l->v[k];
				break;
			}
	/* a name the text lost ("7 News WSVN" is cut as a date) */
	for (k = 0; k < l->n; k++) {
		for (i = 0; i < t->n && strcasecmp(t->v[i], l->v[k]) != 0; i++)
			;
		if (i == t->n)
			byline_put(l->v[k], &t->v, &t->n, a);
	}
	for (i = 0; i < t->n; i++)
		for (k = i + 1; k < t->n; k++)
			if (strcmp(t->v[i], t->v[k]) == 0) {
				memmove(t->v + k, t->v + k + 1,
				    (t->n - k - 1) * sizeof(*t->v));
				t->n--;
				k--;
			}
}

/* True when t holds a sentence: five words in a row in lower case (an
   author box's biography, not a byline). */
static bool
prose(const char *t)
{
	int	run = 0;

	for (; *t; t++)
		if (t[0] == ' ' && t[1] != '\0') {
			run = t[1] >= 'a' && t[1] <= 'z' ? run + 1 : 0;
			if (run >= 5)
				return true;
		}
	return false;
}

/*
 * The names of a link to an author's page. Its text may be a station's
 * or a desk's name that starts with a number ("7 News WSVN"), which in
 * other bylines starts a date.
 */
static void
link_names(const char *t, struct byline_names *l, struct arena *a)
{
	const char	*w;

	if (t == NULL)
		return;
	if (t[0] >= '0' && t[0] <= '9' && (w = strchr(t, ' ')) != NULL &&
	    w[1] >= 'A' && w[1] <= 'Z' && capitalized(w + 1) &&
	    strcspn(w, "0123456789") == strlen(w) && strlen(t) <= 40)
		byline_put(t, &l->v, &l->n, a);
	else
		byline_split(t, &l->v, &l->n, a);
}

/*
 * The names of a marked byline k: 1 when it gave some, 0 when none, -1
 * when its text is too long to be one byline or reads as prose (its
 * parts may be a byline).
 */
static int
marked_names(struct dom_node *k, struct byline_names *out, struct arena *a)
{
	static const char *const labels[] = { "Autor:", "Autorin:",
	    "Author:", "Auteur :", "Auteur:", "Von:", "By:", NULL };
	struct byline_names	 l = { NULL, 0 }, p = { NULL, 0 };
	struct dom_node	*m;
	const char	*t, *s;
	size_t		 i;

	if ((t = dom_text_max(k, MARKED_MAX, a)) == NULL || prose(t))
		return -1;
	/* "Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet" */
	for (i = 0; labels[i] != NULL; i++)
		if ((s = strstr(t, labels[i])) != NULL && s > t) {
			t = s;
			break;
		}
	byline_split(t, &out->v, &out->n, a);
	for (m = k->first; m != NULL; ) {
		if ((s = dom_attr(m, "itemprop")) != NULL &&
		    strcmp(s, "name") == 0) {
			if ((s = dom_attr(m, "content")) == NULL)
				s = dom_text_max(m, 80, a);
			byline_split(s, &p.v, &p.n, a);
		} else if (author_link(m))
			link_names(dom_text_max(m, 80, a), &l, a);
		else {
			m = dom_next(m, k);
			continue;
		}
		m = dom_skip(m, k);
	}
	/* Names marked as such are the names. */
	if (p.n > 0)
		*out = p;
	else if (out->n == 0)
		*out = l;
	else
		refine(out, &l, a);
	return out->n > 0;
}

static void
offer(struct search *s, int rank, struct byline_names *c)
{
	if (c->n == 0 || rank < s->rank ||
	    (rank == s->rank && rank != R_BEFORE))
		return;
	s->rank = rank;
	s->best = *c;
}

/*
 * Names in running text are capitalized but for particles ("Ursula von
 * der Leyen"): "Von Berlin aus fuhr er" is no byline.
 */
static bool
capitalized(const char *s)
{
	static const char *const particles[] = { "von", "van", "vom", "zu",
	    "de", "der", "den", "des", "du", "da", "di", "del", "la", "le",
	    "y", "e", "bin", "al", "ten", "ter", NULL };
	const char	*w;
	size_t		 i, l;

	for (w = s; *w; w += l, w += strspn(w, " ")) {
		l = strcspn(w, " ");
		if (!(*w >= 'a' && *w <= 'z'))
			continue;
		for (i = 0; particles[i] != NULL; i++)
			if (strlen(particles[i]) == l &&
			    strncmp(w, particles[i], l) == 0)
				break;
		if (particles[i] == NULL || w == s)
			return false;
	}
	return true;
}

/* The names of a byline starting at lead l in the text of node b. */
void
byline_names_from(const struct dom_node *b, const char *l,
    struct byline_names *c, struct arena *a)
{
	const char	*t, *p;
	size_t		 i;

	if ((t = dom_text_max(b, 160, a)) == NULL)
		return;
	/* The block may start before the byline: "Stars (1 / 1) 06.11.2023
	   von Olga" */
	if ((p = strstr(t, arena_strndup(a, l, strcspn(l, " \t\r\n")))) !=
	    NULL)
		t = p;
	byline_split(t, &c->v, &c->n, a);
	/* "By Anna Smith, senior writer": the names end at the words */
	for (i = 0; i < c->n; i++)
		if (!capitalized(c->v[i]))
			c->n = i;
}

/*
 * A text node near after the headline that starts like a byline: the
 * names follow in its inline element ("<span>12.03.2021 von Olga</span>")
 * or in the block around it ("<p><span>By </span><a>Anna</a></p>").
 */
static void
visit_text(struct search *s, struct dom_node *k)
{
	struct byline_names	 c = { NULL, 0 };
	struct dom_node	*b = k->parent;
	const char	*l;

	if (k->len > 200 || (l = byline_lead(k->text)) == NULL)
		return;
	if (b != NULL && !(b->flags & DOM_BLOCK))
		byline_names_from(b, l, &c, s->a);
	for (; b != NULL && !(b->flags & DOM_BLOCK); b = b->parent)
		;
	if (c.n == 0)
		byline_names_from(b != NULL ? b : k, l, &c, s->a);
	offer(s, R_NEAR_TEXT, &c);
}

/*
 * "04.05.2020 - Jonas Brandt", "Anna Blum | 3. März 2021": a line of its
 * own among the first three below the headline that holds a date and
 * persons' names and nothing else is a byline without a lead word, the
 * last resort of the search. A name the page's <title> holds is the
 * site's ("Kreisblatt Nord • 01.02.2022" under "Story - Kreisblatt
 * Nord").
 */
static void
dated_name(struct search *s, struct dom_node *k)
{
	static const char *const seps[] = { " - ", " \xe2\x80\x93 ",
	    " \xe2\x80\x94 ", " | ", " \xc2\xb7 ", " \xe2\x80\xa2 ", NULL };
	struct byline_names	 c = { NULL, 0 };
	struct dom_node	*b;
	const char	*t, *p = NULL, *l, *r;
	size_t		 i, sl = 0;

	for (b = k->parent; b != NULL && !(b->flags & DOM_BLOCK); b = b->parent)
		;
	if (b == NULL || (t = dom_text_max(b, 100, s->a)) == NULL ||
	    (t = meta_collapse(t, s->a)) == NULL)
		return;
	for (i = 0; seps[i] != NULL; i++)
		if ((r = strstr(t, seps[i])) != NULL && (p == NULL || r < p)) {
			p = r;
			sl = strlen(seps[i]);
		}
	if (p == NULL)
		return;
	l = arena_strndup(s->a, t, (size_t)(p - t));
	r = p + sl;
	/* the date with a weekday and a time at most, not a sentence */
	if (strlen(l) <= 48 && date_in_text(l) && !date_in_text(r))
		byline_split(r, &c.v, &c.n, s->a);
	else if (strlen(r) <= 48 && date_in_text(r) && !date_in_text(l))
		byline_split(l, &c.v, &c.n, s->a);
	for (i = 0; i < c.n; i++)
		if (!byline_person(c.v[i]) || (s->title != NULL &&
		    strstr(s->title, c.v[i]) != NULL))
			return;
	offer(s, R_DATED, &c);
}

/* True when a text node holds only white space. */
bool
byline_blank(const struct dom_node *k)
{
	uint32_t	i;

	for (i = 0; i < k->len; i++)
		if (!strchr(" \t\r\n", k->text[i]))
			return false;
	return true;
}

/* Appends name to the list unless it is there. */
void
byline_put(const char *name, const char ***v, size_t *n, struct arena *a)
{
	const char	**w;
	size_t		  i;

	for (i = 0; i < *n; i++)
		if (strcasecmp((*v)[i], name) == 0)
			return;
	w = arena_alloc(a, (*n + 1) * sizeof(*w));
	if (*n > 0)
		memcpy(w, *v, *n * sizeof(*w));
	w[(*n)++] = name;
	*v = w;
}

void
byline_find(struct dom *d, const char *title, const char ***names,
    size_t *n, struct arena *a)
{
	struct search		 s = { NULL, false, 0, 0, R_NONE, { NULL, 0 },
	    a, d->title };
	struct byline_names	 c, pre = { NULL, 0 };
	struct dom_node		*k;
	const char		*t;
	size_t			 i;
	int			 got, total = 0, pre_at = -PRE_NEAR - 1;

	s.anchor = headline(d, title, a);
	s.after = s.anchor == NULL;
	for (k = d->body; k != NULL && s.rank < R_NEAR_MARKED; ) {
		if (k == s.anchor) {
			s.after = true;
			/* an author link just above the headline */
			if (total - pre_at <= PRE_NEAR)
				offer(&s, R_BEFORE, &pre);
			k = dom_skip(k, d->body);
			continue;
		}
		if (byline_box(k)) {
			k = dom_skip(k, d->body);
			continue;
		}
		if (k->tag == T_TEXT) {
			total++;
			if (s.after && s.anchor != NULL && ++s.seen <= NEAR)
				visit_text(&s, k);
			if (s.after && s.anchor != NULL &&
			    s.lines < DATED_NEAR && !byline_blank(k)) {
				s.lines++;
				dated_name(&s, k);
			}
			k = dom_next(k, d->body);
			continue;
		}
		c.v = NULL;
		c.n = 0;
		if (k->hints & HINT_BYLINE) {
			if ((got = marked_names(k, &c, a)) < 0) {
				k = dom_next(k, d->body);
				continue;
			}
			offer(&s, !s.after ? R_BEFORE : s.anchor != NULL &&
			    s.seen <= NEAR ? R_NEAR_MARKED : R_LATER, &c);
			k = dom_skip(k, d->body);
			continue;
		}
		if ((!s.after || (s.anchor != NULL && s.seen <= NEAR)) &&
		    author_link(k) && (t = dom_text_max(k, 80, a)) != NULL) {
			byline_split(t, &c.v, &c.n, a);
			if (s.after)
				offer(&s, R_NEAR_TEXT, &c);
			else if (c.n > 0) {
				pre = c;
				pre_at = total;
			}
			k = dom_skip(k, d->body);
			continue;
		}
		k = dom_next(k, d->body);
	}
	for (i = 0; i < s.best.n; i++)
		byline_put(s.best.v[i], names, n, a);
}
