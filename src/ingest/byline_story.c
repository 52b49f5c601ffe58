/* SPDX-License-Identifier: MIT */
/*
 * Bylines found after extraction, for pages whose template names no
 * person: the first and last lines of the story extraction kept (a
 * byline line, "Von Cosima Künzel"; the dateline of wire copy, "Hamburg
 * (dpa/lno) – "), a labeled byline anywhere after the headline
 * ("Autorin: Uta Staschewski"), and the comment WordPress marks as the
 * post's author's ("bypostauthor").
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "ingest/dom.h"
#include "ingest/extract.h"
#include "ingest/meta.h"

#include "byline_int.h"

#define STORY_EDGE	12	/* text nodes read at each end of the story */

static bool	 agency(const char *, size_t);
static const char *dateline_agency(const char *, struct arena *);
static bool	 class_token(const char *, const char *);
static void	 story_root(struct dom_node *, struct byline_names *,
		    struct arena *);
static void	 labeled(struct dom *, struct byline_names *, struct arena *);

/* True when the n bytes at s name a news agency ("dpa", "dpa/lno"). */
static bool
agency(const char *s, size_t n)
{
	static const char *const names[] = { "dpa", "AFP", "AP", "Reuters",
	    "KNA", "epd", "APA", "sda", "SDA", "Keystone-SDA", "dts", "ANSA",
	    "EFE", "Xinhua", "TASS", "ТАСС", "Interfax", "PAP", "UPI", "PTI",
	    "IANS", "Kyodo", "Yonhap", "Belga", "ANP", "AGI", "Lusa", NULL };
	size_t	i, l;

	for (i = 0; names[i] != NULL; i++) {
		l = strlen(names[i]);
		if (l <= n && strncmp(s, names[i], l) == 0 &&
		    (l == n || s[l] == '/'))
			return true;
	}
	return false;
}

/*
 * "Hamburg (dpa/lno) – Trotz...": the news agency a story's first
 * paragraph credits in its dateline; NULL when it credits none (a
 * country in parentheses is no credit).
 */
static const char *
dateline_agency(const char *t, struct arena *a)
{
	const char	*o, *c;
	size_t		 words = 1;

	t += strspn(t, " \t\r\n");
	if (!((*t >= 'A' && *t <= 'Z') || (unsigned char)*t >= 0x80) ||
	    (o = strstr(t, " (")) == NULL || o - t > 40)
		return NULL;
	for (c = t; c < o; c++)
		if (*c == ' ')
			words++;
		else if (*c == '.' || *c == ',' || (*c >= '0' && *c <= '9'))
			return NULL;
	if (words > 3 || (c = strchr(o + 2, ')')) == NULL ||
	    !agency(o + 2, (size_t)(c - o - 2)))
		return NULL;
	/* a dash or a colon after it */
	c++;
	c += strspn(c, " ");
	if (!(*c == '-' || *c == ':' || strncmp(c, "\xe2\x80\x93", 3) == 0 ||
	    strncmp(c, "\xe2\x80\x94", 3) == 0))
		return NULL;
	return arena_strndup(a, o + 2, (size_t)(strchr(o, ')') - o - 2));
}

/* Bylines at the start or the end of the kept story root r. */
static void
story_root(struct dom_node *r, struct byline_names *c, struct arena *a)
{
	struct dom_node	*k, *tail[STORY_EDGE];
	const char	*l, *t;
	size_t		 i, seen = 0;

	for (k = r; k != NULL && c->n == 0; k = dom_next(k, r)) {
		if (k->tag != T_TEXT || byline_blank(k))
			continue;
		tail[seen++ % STORY_EDGE] = k;
		if (seen <= STORY_EDGE && k->len <= 200 &&
		    (l = byline_lead(k->text)) != NULL)
			byline_names_from(k->parent, l, c, a);
		if (seen <= STORY_EDGE && c->n == 0 &&
		    (t = dateline_agency(k->text, a)) != NULL) {
			c->v = arena_alloc(a, sizeof(*c->v));
			c->v[0] = t;
			c->n = 1;
		}
	}
	for (i = 0; i < STORY_EDGE && i < seen && c->n == 0; i++) {
		k = tail[(seen - 1 - i) % STORY_EDGE];
		if (k->len <= 200 && (l = byline_lead(k->text)) != NULL)
			byline_names_from(k->parent, l, c, a);
	}
}

/*
 * A byline labeled so anywhere on the page ("Autorin: Uta Staschewski",
 * "Auteur : Kossivi Tiassou"), outside the boxes byline_box skips: the
 * label with its colon, not a bare "By", which sentences start with.
 */
static void
labeled(struct dom *d, struct byline_names *c, struct arena *a)
{
	struct dom_node	*k;
	const char	*l, *colon;

	for (k = d->body; k != NULL && c->n == 0; ) {
		if (byline_box(k)) {
			k = dom_skip(k, d->body);
			continue;
		}
		if (k->tag == T_TEXT && k->len <= 200 &&
		    memchr(k->text, ':', k->len < 40 ? k->len : 40) != NULL &&
		    (l = byline_lead(k->text)) != NULL &&
		    (colon = strchr(l, ':')) != NULL && colon - l <= 12 &&
		    strcspn(l, "0123456789") > (size_t)(colon - l))
			byline_names_from(k->parent, l, c, a);
		k = dom_next(k, d->body);
	}
}

void
byline_story(struct dom *d, const char ***names, size_t *n, struct arena *a)
{
	struct byline_names	 c = { NULL, 0 };
	struct dom_node		*k, *b, *before[STORY_EDGE];
	const char		*l;
	size_t			 i, seen = 0;

	for (k = d->body; k != NULL && c.n == 0; ) {
		if (k->mark & MARK_KEEP) {
			story_root(k, &c, a);
			/* then the lines just before the story, nearest
			   first */
			for (i = 0; i < STORY_EDGE && i < seen && c.n == 0;
			    i++) {
				b = before[(seen - 1 - i) % STORY_EDGE];
				if ((l = byline_lead(b->text)) != NULL)
					byline_names_from(b->parent, l, &c, a);
			}
			seen = 0;
			k = dom_skip(k, d->body);
			continue;
		}
		if (byline_box(k)) {
			k = dom_skip(k, d->body);
			continue;
		}
		if (k->tag == T_TEXT && k->len <= 200 && !byline_blank(k))
			before[seen++ % STORY_EDGE] = k;
		k = dom_next(k, d->body);
	}
	if (c.n == 0)
		labeled(d, &c, a);
	for (i = 0; i < c.n; i++)
		byline_put(c.v[i], names, n, a);
}

/* True when the class list cls holds the token w. */
static bool
class_token(const char *cls, const char *w)
{
	size_t		 l = strlen(w);
	const char	*p;

	for (p = cls; p != NULL && (p = strstr(p, w)) != NULL; p += l)
		if ((p == cls || p[-1] == ' ') && (p[l] == '\0' || p[l] == ' '))
			return true;
	return false;
}

void
byline_post_author(struct dom *d, const char ***names, size_t *n,
    struct arena *a)
{
	struct dom_node	*k, *m;

	for (k = d->body; k != NULL; k = dom_next(k, d->body)) {
		if (k->cls == NULL || !class_token(k->cls, "bypostauthor"))
			continue;
		for (m = k->first; m != NULL; m = dom_next(m, k))
			if (m->cls != NULL && class_token(m->cls, "fn")) {
				byline_split(dom_text_max(m, 80, a), names, n,
				    a);
				return;
			}
	}
}
