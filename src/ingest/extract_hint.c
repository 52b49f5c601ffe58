/* SPDX-License-Identifier: MIT */
/*
 * What class and id names say about an element. Each name is lowercased
 * and matched against one keyword table (English plus German, French,
 * Spanish, Italian, Portuguese and Russian-transliterated words sites use
 * in their templates) with an index by first letter, so a page with
 * thousands of classed elements costs a few memcmp per name byte. Short
 * keywords such as "ad" only match whole tokens ("top-ad", not "header").
 *
 * The weight is Readability's: +25 for a positive and -25 for a negative
 * class, the same for the id. The other bits steer the cleaning of the
 * story (extract_clean.c). What a line's own words say is extract_lines.c.
 */
#include <pthread.h>
#include <stdbool.h>
#include <string.h>

#include "ingest/dom.h"
#include "ingest/extract.h"

#define U	HINT_UNLIKELY
#define M	HINT_MAYBE
#define P	HINT_POSITIVE
#define N	HINT_NEGATIVE
#define S	HINT_SHARE
#define B	HINT_BYLINE
#define X	HINT_BOILER
#define C	HINT_CAPTION
#define D	HINT_BODY
#define K	HINT_COMMENT
#define L	HINT_LEAD
#define H	(HINT_BOILER | HINT_BOX)
#define TOKEN	0x8000		/* whole token only */

struct kw {
	const char	*w;
	unsigned	 bits;
};

static const struct kw kws[] = {
	{ "-ad-", U | N }, { "ai2html", U }, { "banner", U | N },
	{ "breadcrumb", U | X }, { "combx", U | N }, { "comment", U | N | X | K },
	{ "community", U }, { "cover-wrap", U }, { "disqus", U | X | K },
	{ "extra", U }, { "footer", U | N }, { "gdpr", U | N | H },
	{ "header", U }, { "legends", U }, { "menu", U }, { "related", U | N | X },
	{ "remark", U }, { "replies", U | X | K }, { "rss", U }, { "shoutbox", U | N },
	{ "sidebar", U | N }, { "skyscraper", U | N }, { "social", U | S },
	{ "sponsor", U | N | X }, { "supplemental", U }, { "ad-break", U },
	{ "agegate", U }, { "pagination", U | P }, { "pager", U },
	{ "popup", U | X }, { "dialog", N }, { "modal", N },
	{ "overlay", N }, { "yom-remote", U }, { "cookie", U | N | H },
	{ "consent", U | N | H }, { "newsletter", U | N | H },
	{ "outbrain", U | N | H }, { "taboola", U | N | H },
	{ "recommend", N | X }, { "navbar", U }, { "topbar", U },
	{ "masthead", N }, { "kommentar", U | N | X | K },
	{ "commentaire", U | N | X | K }, { "comentario", U | N | X | K },
	{ "commenti", U | N | X | K }, { "and", M | TOKEN }, { "article", M | P },
	{ "body", M | P }, { "column", M }, { "content", M | P }, { "main", M | P },
	{ "mathjax", M }, { "shadow", M }, { "entry", P }, { "hentry", P },
	{ "h-entry", P }, { "page", P }, { "post", P }, { "text", P },
	{ "blog", P }, { "story", P }, { "artikel", P }, { "inhalt", P },
	{ "texte", P }, { "cuerpo", P }, { "noticia", P }, { "materia", P },
	{ "articolo", P }, { "contenu", P }, { "beitrag", P },
	{ "hidden", N }, { "hid", N | TOKEN }, { "com-", N }, { "contact", N },
	{ "media", N }, { "meta", N }, { "promo", N | X }, { "scroll", N },
	{ "share", N | S }, { "sharing", S }, { "shopping", N },
	{ "tags", N | X }, { "widget", N }, { "subscribe", N | H },
	{ "advert", N | X }, { "werbung", N | X }, { "anzeige", N | X },
	{ "print", S }, { "font-size", S }, { "fontsize", S },
	{ "textsize", S }, { "text-size", S }, { "toolbar", S },
	{ "teilen", S }, { "partage", S }, { "compartir", S },
	{ "byline", B }, { "author", B }, { "dateline", B },
	{ "writtenby", B }, { "p-author", B }, { "autor", B }, { "auteur", B },
	{ "submitted", B },
	{ "more-stories", X }, { "read-more", X }, { "readmore", X },
	{ "signup", H }, { "sign-up", H }, { "adslot", X }, { "ad-slot", X },
	{ "ad-container", X }, { "adcontainer", X }, { "ad-wrapper", X },
	{ "dfp", X | TOKEN }, { "tag-list", X }, { "taglist", X },
	{ "verwandt", X }, { "empfehl", X }, { "also-read", X },
	{ "see-also", X }, { "app-promo", X }, { "appstore", X },
	{ "app-store", X }, { "google-play", X }, { "toast", H | TOKEN },
	{ "snackbar", H }, { "ad", N | X | TOKEN },
	{ "ads", N | X | TOKEN }, { "adv", N | X | TOKEN },
	{ "author-box", H }, { "authorbox", H }, { "author-bio", H },
	{ "authorbio", H }, { "author-info", H }, { "authorinfo", H },
	{ "about-author", H }, { "about-the-author", H }, { "autorinfo", H },
	{ "disclosure", H }, { "affiliate", H }, { "wp-embedded-content", H },
	{ "autoreninfo", H }, { "author-profile", H }, { "license", H },
	{ "licence", H }, { "lizenz", H }, { "caption", C }, { "credit", C }, { "bildunterschrift", C },
	{ "legende", C }, { "wp-caption-text", C },
	{ "article-body", D }, { "articlebody", D }, { "article_body", D },
	{ "story-body", D }, { "storybody", D }, { "entry-content", D },
	{ "post-content", D }, { "post-body", D }, { "article-content", D },
	{ "article__body", D }, { "article-text", D }, { "story-content", D },
	{ "articletext", D }, { "text-body", D }, { "main-text", D },
	{ "artikel-text", D }, { "article__content", D },
	{ "lead", L | TOKEN }, { "lede", L | TOKEN }, { "intro", L },
	{ "chapo", L }, { "chapeau", L }, { "standfirst", L },
	{ "teaser", L }, { "abstract", L }, { "summary", L },
	{ "excerpt", L }, { "dek", L | TOKEN }, { "deck", L | TOKEN },
	{ "vorspann", L }, { "einleitung", L }, { "entradilla", L },
	{ "bajada", L }, { "sottotitolo", L }, { "sapo", L | TOKEN },
};

#define NKW	(sizeof(kws) / sizeof(kws[0]))

static unsigned char	 by_first[128][48];	/* kws index + 1 */
static size_t		 kw_len[NKW];		/* strlen(kws[i].w) */
static pthread_once_t	 once = PTHREAD_ONCE_INIT;

static void	 build_index(void);
static unsigned	 match(const char *);
static bool	 exempt(const char *, const char *);
static size_t	 term_token(const char *);
static bool	 heading_slug(const struct dom_node *);
static bool	 bem_part(const char *);

/* An ASCII letter or digit. */
static inline bool
alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

static void
build_index(void)
{
	size_t	i, k;

	for (i = 0; i < NKW; i++) {
		unsigned char c = (unsigned char)kws[i].w[0];

		kw_len[i] = strlen(kws[i].w);
		for (k = 0; k < sizeof(by_first[0]) - 1 && by_first[c][k]; k++)
			;
		by_first[c][k] = (unsigned char)(i + 1);
	}
}

/*
 * Words that contain a keyword without meaning it: Drupal marks every
 * node shown on the front page "node-promoted"; "authorization" and
 * "authority" are not bylines.
 */
static bool
exempt(const char *at, const char *kw)
{
	static const char *const words[] = { "promoted", "authoriz",
	    "authorit", NULL };
	size_t	i, l = strlen(kw);

	for (i = 0; words[i] != NULL; i++)
		if (strncmp(words[i], kw, l) == 0 &&
		    strncmp(at, words[i], strlen(words[i])) == 0)
			return true;
	return false;
}

/*
 * Length of a taxonomy token at s: WordPress classes a post by its type
 * and terms ("type-post ... tag-bundestagswahl category-empfehlungen"),
 * words of the story's subject, not of the layout; 0 when s starts none.
 */
static size_t
term_token(const char *s)
{
	static const char *const pre[] = { "tag-", "category-", NULL };
	size_t	i;

	for (i = 0; pre[i] != NULL; i++)
		if (strncmp(s, pre[i], strlen(pre[i])) == 0)
			return strcspn(s, " ");
	return 0;
}

/*
 * True when s, just past a story-body name, makes it a BEM element that
 * is not the body: "story-body__h1", "article-body__right-rail--ad",
 * "article-content__share-link" (a heading or title, or an element whose
 * own name is a page part). "story-body__inner" and "article-body__
 * section" are the body's.
 */
static bool
bem_part(const char *s)
{
	char		 el[64];
	size_t		 n;
	unsigned	 bits;

	if (s[0] != '_' || s[1] != '_')
		return false;
	s += 2;
	for (n = 0; s[n] && s[n] != ' ' && n < sizeof(el) - 1; n++)
		el[n] = s[n];
	el[n] = '\0';
	if ((el[0] == 'h' && el[1] >= '1' && el[1] <= '6') ||
	    strstr(el, "title") != NULL || strstr(el, "headline") != NULL ||
	    strstr(el, "heading") != NULL)
		return true;
	bits = match(el);
	return (bits & (U | N | S | X | B | C | K)) != 0;
}

/* Hint bits of one class or id value. */
static unsigned
match(const char *s)
{
	char		 low[256];
	size_t		 n, i, k, l;
	unsigned	 bits = 0;
	bool		 terms;

	for (n = 0; s[n] && n < sizeof(low) - 1; n++)
		low[n] = (s[n] >= 'A' && s[n] <= 'Z') ? s[n] + 32 : s[n];
	low[n] = '\0';
	terms = (n >= 5 && memcmp(low, "type-", 5) == 0) ||
	    strstr(low, " type-") != NULL;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)low[i];

		if (terms && (i == 0 || low[i - 1] == ' ') &&
		    (k = term_token(low + i)) > 0) {
			i += k;
			continue;
		}
		if (c >= 128)
			continue;
		for (k = 0; by_first[c][k]; k++) {
			const struct kw *w = &kws[by_first[c][k] - 1];

			l = kw_len[by_first[c][k] - 1];
			if (l > n - i || (l > 1 && low[i + 1] != w->w[1]) ||
			    memcmp(low + i, w->w, l) != 0)
				continue;
			if ((w->bits & TOKEN) && ((i > 0 && low[i - 1] != ' ' &&
			    low[i - 1] != '-' && low[i - 1] != '_') ||
			    (low[i + l] && low[i + l] != ' ' &&
			    low[i + l] != '-' && low[i + l] != '_')))
				continue;
			if (exempt(low + i, w->w))
				continue;
			if ((w->bits & D) && bem_part(low + i + l))
				continue;
			bits |= w->bits & ~TOKEN;
		}
	}
	return bits;
}

/*
 * True when n is a heading whose id is made from its own text, as
 * publishing tools make anchors ("x-sammelt-lizenzen-in-..." on "X
 * sammelt Lizenzen in..."): the story's words, not a layout name, so a
 * heading "Related research" is not a box of related stories. The id
 * must spell the heading's first two words at least, joined by '-' or
 * '_' (ASCII letters and digits compared, case aside), and nothing past
 * the heading's text but a number.
 */
static bool
heading_slug(const struct dom_node *n)
{
	const struct dom_node	*t;
	const char		*p, *e, *id = n->id;
	int			 words = 0;

	if (n->tag < T_H1 || n->tag > T_H6 || id == NULL)
		return false;
	for (t = n->first; t != NULL && t->tag != T_TEXT; t = t->first)
		;
	if (t == NULL)
		return false;
	for (p = t->text, e = p + t->len; ; words++) {
		while (p < e && !alnum(*p) && (unsigned char)*p < 128)
			p++;
		if (p == e) {
			/* The text ends: so does the id, but for a
			   number telling twins apart ("-2"). */
			if (*id == '-' || *id == '_')
				for (id++; *id >= '0' && *id <= '9'; id++)
					;
			return words >= 2 && *id == '\0';
		}
		if (!alnum(*p))
			break;		/* a letter slugs spell otherwise */
		if (words > 0 && *id != '-' && *id != '_')
			break;
		if (words > 0)
			id++;
		for (; p < e && alnum(*p) && (*p | 0x20) == (*id | 0x20); p++)
			id++;
		if (p < e && alnum(*p))
			break;		/* the word differs */
		if (*id == '\0' || alnum(*id))
			return words + 1 >= 2 && *id == '\0';
	}
	return words >= 2;
}

unsigned
hint_of(const char *name)
{
	pthread_once(&once, build_index);
	return match(name) & ~TOKEN;
}

void
hint_apply(struct dom *d)
{
	struct dom_node	*n, *p;
	unsigned	 c, i;
	const char	*role;

	pthread_once(&once, build_index);
	for (n = d->root; n != NULL; n = dom_next(n, d->root)) {
		/* A class on <body> or <html> describes the page
		   ("has-halfpage-ad", "single-post"), not a box in it. */
		if (n->tag == T_TEXT || n->tag == T_BODY || n->tag == T_HTML ||
		    (n->cls == NULL && n->id == NULL && n->attr == NULL))
			continue;
		c = n->cls != NULL ? match(n->cls) : 0;
		i = n->id != NULL && !heading_slug(n) ? match(n->id) : 0;
		n->hints = (uint16_t)(c | i);
		n->weight = (int16_t)(((c & P) ? 25 : 0) - ((c & N) ? 25 : 0) +
		    ((i & P) ? 25 : 0) - ((i & N) ? 25 : 0));
		if ((role = dom_attr(n, "role")) != NULL &&
		    (strcmp(role, "navigation") == 0 ||
		    strcmp(role, "menu") == 0 || strcmp(role, "menubar") == 0 ||
		    strcmp(role, "complementary") == 0 ||
		    strcmp(role, "alert") == 0 ||
		    strcmp(role, "alertdialog") == 0 ||
		    strcmp(role, "dialog") == 0 ||
		    strcmp(role, "contentinfo") == 0))
			n->hints |= HINT_UNLIKELY | HINT_ROLE;
		if ((role = dom_attr(n, "itemprop")) != NULL) {
			if (strstr(role, "articleBody") != NULL)
				n->hints |= HINT_BODY;
			else if (strstr(role, "author") != NULL)
				n->hints |= HINT_BYLINE;
		}
		/* The same schema.org property in RDFa. */
		if ((role = dom_attr(n, "property")) != NULL &&
		    strstr(role, "articleBody") != NULL)
			n->hints |= HINT_BODY;
		if ((role = dom_attr(n, "data-testid")) != NULL &&
		    (strstr(role, "byline") != NULL ||
		    strstr(role, "author") != NULL))
			n->hints |= HINT_BYLINE;
		if ((role = dom_attr(n, "rel")) != NULL &&
		    strcmp(role, "author") == 0)
			n->hints |= HINT_BYLINE;
		if (n->hints & HINT_BODY) {
			/* A comment's "entry-content" is not the story. */
			for (p = n->parent; p != NULL &&
			    !(p->hints & HINT_COMMENT); p = p->parent)
				;
			if (p != NULL)
				n->hints &= ~HINT_BODY;
		}
		if (n->hints & HINT_BODY)
			for (p = n->parent; p != NULL &&
			    !(p->flags & DOM_HAS_BODY); p = p->parent)
				p->flags |= DOM_HAS_BODY;
	}
}
