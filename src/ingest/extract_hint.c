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
 * story (extract_clean.c).
 */
#include <pthread.h>
#include <stdbool.h>
#include <string.h>

#include "ingest/date.h"
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
	{ "app-store", X }, { "google-play", X }, { "ad", N | X | TOKEN },
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
static bool	 credit_tail(const char *, size_t);
static bool	 ends_with_any(const char *, size_t, const char *const *);
static bool	 comment_prompt(const char *, size_t);
static unsigned	 match(const char *);
static bool	 exempt(const char *, const char *);
static size_t	 term_token(const char *);
static bool	 heading_slug(const struct dom_node *);

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

static const char *const boiler[] = {
	"advertisement", "advertising", "ad", "ads", "anzeige", "werbung",
	"publicité", "publicite", "publicidad", "pubblicità", "реклама",
	"Реклама", "РЕКЛАМА", "sponsored", "sponsored content", "read more",
	"continue reading", "share", "share this", "share this article",
	"share this story", "share on facebook", "share on twitter", "tweet",
	"email", "e-mail", "print", "comments", "leave a comment",
	"weiterlesen", "mehr lesen", "mehr zum thema", "lire aussi",
	"lire la suite", "à lire aussi", "leer más", "lee también",
	"читать далее", "Читать далее", "читайте также", "Читайте также",
	"подробнее", "Подробнее", "also read", "see also", "related",
	"related articles", "related stories", "more stories", "subscribe",
	"sign up", "follow us", "get it on google play",
	"download on the app store", "skip to content", "back to top",
	"skip to main content", "zum inhalt springen", "direkt zum inhalt",
	"aller au contenu", "ir al contenido", "menu", "menü", "search",
	"suche",
	"listen to this article", "artikel anhören", "teilen", "partager",
	"compartir", "поделиться", "Поделиться", "copy link", "copied",
	"close", "schließen", "fermer", "cerrar", "закрыть",
	/* byline leads left alone once the names went with the byline */
	"by", "por", "par", "von", "door", "di", "av", "af",
};

bool
hint_boiler_text(const char *text)
{
	char		 low[64];
	size_t		 n = 0, i;
	const char	*p;
	bool		 only_a = true, has_a = false;

	if (text == NULL)
		return false;
	while (*text == ' ')
		text++;
	for (p = text; *p && n < sizeof(low) - 1; p++) {
		char c = *p >= 'A' && *p <= 'Z' ? *p + 32 : *p;

		low[n++] = c;
		if (c == 'a')
			has_a = true;
		else if (c != ' ' && c != '-' && c != '+' && c != '|')
			only_a = false;
	}
	if (*p)
		return false;
	/* Font-size widgets: "Aa Aa Aa", "- A +", "A A A" */
	if (only_a && has_a)
		return true;
	while (n > 0 && (low[n - 1] == ' ' || low[n - 1] == ':' ||
	    low[n - 1] == '.' || low[n - 1] == '>'))
		n--;
	low[n] = '\0';
	for (i = 0; i < sizeof(boiler) / sizeof(boiler[0]); i++)
		if (strcmp(low, boiler[i]) == 0)
			return true;
	return false;
}

/*
 * A line that is a date with a label ("Aktualisiert: 11.04.2020, 10:27",
 * "Published 7 Jan 2022"): at most three words of letters beside it.
 */
bool
hint_dateline(const char *t)
{
	const char	*p;
	int		 words = 0;
	bool		 in = false, letters = false;

	if (!date_in_text(t))
		return false;
	for (p = t; ; p++) {
		bool w = *p && *p != ' ' && *p != ',' && *p != ':' &&
		    *p != '|' && *p != '-';

		if (w && !in)
			letters = false;
		if (w && ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
			letters = true;
		if (!w && in && letters)
			words++;
		in = w;
		if (!*p)
			break;
	}
	return words <= 4;
}


/* Leads of lines that are not the story's words. */
static const char *const label_leads[] = {
	/* image credits */
	"Titelbild:", "Foto:", "Fotos:", "Bild:", "Bilder:", "Abbildung:",
	"Abb.:", "Abb:",
	"Photo:", "Photos:", "Image:", "Images:", "Photograph:", "Credit:",
	"Crédit photo", "Vergrößern", "Фото:",
	/* pointers to other stories */
	"Lesen Sie auch", "Lesen Sie hier", "Lesen Sie mehr", "Siehe auch",
	"Mehr zum Thema", "Auch interessant", "Das könnte Sie auch",
	"Read also", "Read more:", "READ MORE:", "See also:", "Related:",
	"RELATED:", "Читайте также", "Читайте также:", "Lire aussi",
	"À lire aussi", "A lire aussi", "Leer también", "Lee también",
	"Leggi anche", ">>", "Schon gelesen?", "Auch interessant:",
	"Weiterführende Links", "You may also like", "You might also like",
	/* advertising labels */
	"ANZEIGE", "Anzeige:", "Anzeige -", "Anzeige –", "Anzeige |",
	"WERBUNG", "Werbung:", "ADVERTISEMENT", "Advertisement:",
	"SPONSORED", "Sponsored:", "PUBLICITÉ", "Publicité :",
	/* widgets and calls to action */
	"Loading...", "(Noch keine Bewertungen)", "War der Artikel nützlich",
	"War dieser Artikel hilfreich", "Wie bewerten Sie diesen Artikel",
	"Möchten Sie den Artikel teilen", "Was this article helpful",
	"Did you find this article helpful", "Du musst eingeloggt sein",
	"Du musst Eingeloggt sein", "You must be logged in",
	"Sign up here", "Sign up for our", "Subscribe to our",
	"Never miss the latest", "Werden Sie Mitglied",
	"Abonnieren Sie unseren", "Melden Sie sich für unseren",
	"Folgen Sie uns auf", "Liken Sie uns auf", "Follow us on",
	"Wenn Ihnen unser Artikel gefallen hat", "Unterstützen Sie unseren",
	"Abonnez-vous à", "Inscrivez-vous à notre", "Suscríbete a",
	"Подписывайтесь на", "Подпишитесь на", NULL
};

/* Calls to action the story ends with: a line ending so is the page's. */
static const char *const action_tails[] = {
	"Sign up here", "Sign up now", "Subscribe here", "Subscribe now",
	"Hier anmelden", "Jetzt anmelden", "Jetzt abonnieren",
	"Inscrivez-vous ici", "Abonnez-vous", "Suscríbete aquí", NULL
};

/* Prompts to comment ("Tell us in the comments: ...?"). */
static const char *const comment_prompts[] = {
	"in the comments", "in den Kommentaren", "dans les commentaires",
	"en los comentarios", "nei commenti", NULL
};

static const char *const reading_time[] = {
	"min read", "Min. Lesezeit", "Minuten Lesezeit", "Lesezeit:",
	"min de lecture", "minutes de lecture", "мин. чтения", "мин чтения",
	/* download buttons */
	"PDF herunterladen", "Download PDF", "Download as PDF",
	"Download the PDF", "Télécharger le PDF", "Descargar PDF", NULL
};

/* Consent banners open with one of these. */
static const char *const cookie_leads[] = {
	"We use cookies", "This website uses cookies", "This site uses cookies",
	"Wir verwenden Cookies", "Diese Website verwendet Cookies",
	"Diese Webseite verwendet Cookies", "Wir nutzen Cookies",
	"Nous utilisons des cookies", "Ce site utilise des cookies",
	"Utilizamos cookies", "Este sitio web utiliza cookies",
	"Utilizziamo i cookie", "Мы используем файлы cookie",
	"Мы используем cookie", NULL
};

/*
 * True when a one-line paragraph ends in a copyright credit after some
 * words of its own ("Lee Elder at the Masters. | © Augusta National/Getty
 * Images"): a picture's caption, not the story.
 */
static bool
credit_tail(const char *t, size_t len)
{
	const char	*c = NULL, *p;

	for (p = t; (p = strstr(p, "\xc2\xa9")) != NULL; p += 2)
		c = p;
	/* A line that opens with the credit names the story's source
	   (credit.c reads it); a caption comes before its credit. */
	if (c == NULL || c - t < 10 || (size_t)(t + len - c) > 64 ||
	    memchr(t, '\n', len) != NULL)
		return false;
	for (p = c; *p; p++)
		if ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' ')
			return false;
	return true;
}

/* True when t (len bytes) ends with one of list, trailing marks aside. */
static bool
ends_with_any(const char *t, size_t len, const char *const *list)
{
	size_t	i, l;

	while (len > 0 && (t[len - 1] == '.' || t[len - 1] == '!' ||
	    t[len - 1] == ' ' || t[len - 1] == ':'))
		len--;
	for (i = 0; list[i] != NULL; i++) {
		l = strlen(list[i]);
		if (l <= len && memcmp(t + len - l, list[i], l) == 0)
			return true;
	}
	return false;
}

/* True when a short line asks the reader to comment: it names the
   comments and ends in a question or a colon. */
static bool
comment_prompt(const char *t, size_t len)
{
	size_t	i;
	char	c;

	while (len > 0 && t[len - 1] == ' ')
		len--;
	c = len > 0 ? t[len - 1] : 0;
	if (c != '?' && c != ':' && c != '!')
		return false;
	for (i = 0; comment_prompts[i] != NULL; i++)
		if (strstr(t, comment_prompts[i]) != NULL)
			return true;
	return false;
}

bool
hint_label_line(const char *t, size_t len)
{
	size_t	i;

	/* A bare web address is a link, not prose. */
	if ((strncmp(t, "http://", 7) == 0 || strncmp(t, "https://", 8) == 0 ||
	    strncmp(t, "www.", 4) == 0) && strpbrk(t, " \n") == NULL)
		return true;
	if (len < 800)
		for (i = 0; cookie_leads[i] != NULL; i++)
			if (strncmp(t, cookie_leads[i],
			    strlen(cookie_leads[i])) == 0)
				return true;

	if (len < 300 && credit_tail(t, len))
		return true;
	if (len < 200)
		for (i = 0; label_leads[i] != NULL; i++)
			if (strncmp(t, label_leads[i],
			    strlen(label_leads[i])) == 0)
				return true;
	if (len < 200 && (ends_with_any(t, len, action_tails) ||
	    comment_prompt(t, len)))
		return true;
	if (len < 60)
		for (i = 0; reading_time[i] != NULL; i++)
			if (strstr(t, reading_time[i]) != NULL)
				return true;
	return false;
}

/*
 * A line that is only a byline: "By Anna Smith and Bob Jones". After the
 * lead every word is capitalized or joins names.
 */
bool
hint_byline_line(const char *t, size_t len)
{
	static const char *const leads[] = { "By ", "BY ", "Von ", "VON ",
	    "Par ", "PAR ", "Por ", "POR ", "Text: ", "Text von ", "Автор: ",
	    "Автор ", NULL };
	static const char *const joins[] = { "and", "und", "et", "y", "e",
	    "и", "&", "de", "van", "von", "der", "la", "le", NULL };
	const char	*p = NULL, *w;
	size_t		 i, n, words = 0;
	bool		 ok;

	if (len > 80 || memchr(t, '\n', len) != NULL)
		return false;
	for (i = 0; leads[i] != NULL && p == NULL; i++)
		if (strncmp(t, leads[i], strlen(leads[i])) == 0)
			p = t + strlen(leads[i]);
	if (p == NULL)
		return false;
	while (*p) {
		while (*p == ' ' || *p == ',')
			p++;
		if (*p == '\0')
			break;
		w = p;
		n = strcspn(p, " ,");
		p += n;
		ok = (*w >= 'A' && *w <= 'Z') || (unsigned char)*w >= 0x80;
		for (i = 0; joins[i] != NULL && !ok; i++)
			ok = strlen(joins[i]) == n &&
			    strncmp(w, joins[i], n) == 0;
		if (!ok || (n > 3 && memchr(w, '.', n) == w + n - 1))
			return false;
		words++;
	}
	return words >= 1 && words <= 8;
}

bool
hint_counter_text(const char *t)
{
	bool	digit = false;

	for (; *t; t++) {
		if (*t >= '0' && *t <= '9')
			digit = true;
		else if (*t != ' ' && *t != '.' && *t != ',' && *t != 'k' &&
		    *t != 'K' && *t != '|')
			return false;
	}
	return digit;
}
