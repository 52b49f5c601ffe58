/* SPDX-License-Identifier: MIT */
/*
 * What a short line of text says about itself, where extract_hint.c reads
 * what class and id names say: a line that is a label ("Advertisement",
 * "Read more", "Share"), a dateline, a byline, a reading time, a call to
 * sign up or to comment, a consent banner's opening, a counter. The text
 * writer (extract_text.c) and the cleaning (extract_clean.c) drop such
 * lines from the story. The lists hold English, German, French, Spanish,
 * Italian and Russian forms.
 */
#define _GNU_SOURCE	/* strcasestr */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "ingest/date.h"
#include "ingest/date_names.h"
#include "ingest/extract.h"
#include "ingest/meta.h"

static bool	 credit_tail(const char *, size_t);
static bool	 ends_with_any(const char *, size_t, const char *const *);
static bool	 comment_prompt(const char *, size_t);
static bool	 starts_with_any(const char *, const char *const *);
static bool	 holds_any(const char *, const char *const *, bool);
static bool	 result_count(const char *);

static const char *const boiler[] = {
	"advertisement", "advertising", "ad", "ads", "anzeige", "werbung",
	"publicité", "publicite", "publicidad", "pubblicità", "реклама",
	"Реклама", "РЕКЛАМА", "sponsored", "sponsored content", "read more",
	"continue reading", "share", "share this", "share this article",
	"share this story", "share on facebook", "share on twitter", "tweet",
	"email", "e-mail", "print", "comments", "leave a comment",
	"kommentare", "kommentar schreiben", "commentaires", "comentarios",
	"commenti", "комментарии", "Комментарии",
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
	/* wiki jump links, breadcrumbs' first step, translation menus */
	"jump to: navigation, search", "jump to navigation", "jump to search",
	"wechseln zu: navigation, suche", "aller à : navigation, rechercher",
	"ir a la navegación ir a la búsqueda", "перейти к: навигация, поиск",
	"Перейти к: навигация, поиск", "home", "startseite", "accueil",
	"inicio", "this post is also available in",
	"dieser beitrag ist auch verfügbar in",
	/* a recipe's buttons */
	"jump to recipe", "print recipe", "pin recipe", "pin it", "pin",
	"zum rezept", "rezept drucken", "pinnen",
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
	if (*text == '\0')
		return false;	/* no text: a picture's box, say */
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
	for (;;) {
		if (n > 0 && (low[n - 1] == ' ' || low[n - 1] == ':' ||
		    low[n - 1] == '.' || low[n - 1] == '>'))
			n--;
		/* a breadcrumb's separator: "Home ›", "Home »" */
		else if (n >= 3 && memcmp(low + n - 3, "\xe2\x80\xba", 3) == 0)
			n -= 3;
		else if (n >= 2 && memcmp(low + n - 2, "\xc2\xbb", 2) == 0)
			n -= 2;
		else
			break;
	}
	low[n] = '\0';
	/* One label, or a row of them ("Zum Rezept Pinnen": two buttons
	   in one line). */
	for (p = low; *p; ) {
		size_t	 best = 0, l;

		for (i = 0; i < sizeof(boiler) / sizeof(boiler[0]); i++) {
			l = strlen(boiler[i]);
			if (l > best && strncmp(p, boiler[i], l) == 0 &&
			    (p[l] == '\0' || p[l] == ' '))
				best = l;
		}
		if (best == 0)
			return false;
		for (p += best; *p == ' ' || *p == '|'; p++)
			;
	}
	return true;
}

/* Words of a dateline beside its dates: labels and times. */
static const char *const date_words[] = {
	"published", "updated", "posted", "modified", "last", "on", "at",
	"am", "pm", "utc", "gmt", "est", "edt", "pst", "pdt", "cet", "cest",
	"veröffentlicht", "aktualisiert", "zuletzt", "stand", "um", "uhr",
	"publié", "mis", "jour", "le", "publicado", "actualizado", "el",
	"pubblicato", "aggiornato", NULL
};

/* True when the word at p (len bytes) is a month, a weekday or one of
   date_words. */
static bool
date_word(const char *p, size_t len)
{
	const char	*e;
	size_t		 i;
	int		 mon;

	if (((e = dcal_month(p, &mon)) != NULL || (e = dcal_weekday(p)) !=
	    NULL) && (size_t)(e - p) >= len - (p[len - 1] == '.'))
		return true;
	for (i = 0; date_words[i] != NULL; i++)
		if (strlen(date_words[i]) == len &&
		    strncasecmp(p, date_words[i], len) == 0)
			return true;
	return false;
}

/*
 * A line that is a date with a label ("Aktualisiert: 11.04.2020, 10:27",
 * "Published 7 Jan 2022"): at most four words of letters beside it, or
 * up to eight when all of them are labels, months, weekdays and times
 * ("Published Thursday 27 July 2017 Published Thu 27 Jul 2017", "Dec.
 * 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024").
 */
bool
hint_dateline(const char *t)
{
	const char	*p, *w = NULL;
	int		 words = 0, other = 0;
	bool		 letters = false;

	if (!date_in_text(t))
		return false;
	for (p = t; ; p++) {
		bool in = *p && *p != ' ' && *p != ',' && *p != ':' &&
		    *p != '|' && *p != '-';

		if (in && w == NULL) {
			w = p;
			letters = false;
		}
		if (in && ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
			letters = true;
		if (!in && w != NULL) {
			/* "3rd", "0h00", "10:00PM" are parts of dates */
			if (letters && !(*w >= '0' && *w <= '9')) {
				words++;
				if (!date_word(w, (size_t)(p - w)))
					other++;
			}
			w = NULL;
		}
		if (!*p)
			break;
	}
	return words <= 4 || (other == 0 && words <= 8);
}

/* Leads of lines that are not the story's words. */
static const char *const label_leads[] = {
	/* image credits */
	"Titelbild:", "Foto:", "Fotos:", "Bild:", "Bilder:", "Abbildung:",
	"Abb.:", "Abb:",
	"Photo:", "Photos:", "Image:", "Images:", "Photograph:", "Credit:",
	"Credits:", "(Credit:", "(Credits:", "(Photo:", "(Foto:", "(Bild:",
	"Bildquelle:", "Fotoquelle:", "Photo courtesy",
	"Image courtesy", "Crédit photo", "Vergrößern", "Фото:",
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

/* Words of a list's count of what it shows (result_count). */
static const char *const listing_words[] = {
	"result", "showing", "shown", "items", "entries", "products",
	"ergebnis", "treffer", "angezeigt", "einträge", "artikel",
	"produkte", "résultats", "resultados", "risultati", "результат",
	NULL
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
	char	c;

	while (len > 0 && t[len - 1] == ' ')
		len--;
	c = len > 0 ? t[len - 1] : 0;
	if (c != '?' && c != ':' && c != '!')
		return false;
	return holds_any(t, comment_prompts, false);
}

/* True when t starts with one of list. */
static bool
starts_with_any(const char *t, const char *const *list)
{
	size_t	i;

	for (i = 0; list[i] != NULL; i++)
		if (strncmp(t, list[i], strlen(list[i])) == 0)
			return true;
	return false;
}

/* True when t holds one of list, ASCII case aside when fold is set. */
static bool
holds_any(const char *t, const char *const *list, bool fold)
{
	size_t	i;

	for (i = 0; list[i] != NULL; i++)
		if ((fold ? strcasestr(t, list[i]) : strstr(t, list[i])) !=
		    NULL)
			return true;
	return false;
}

/* Reads a number at *p (digits, dots and commas between them) into *v,
   moving *p past it. */
static bool
number_at(const char **p, unsigned long *v)
{
	const char	*q = *p;

	if (*q < '0' || *q > '9')
		return false;
	for (*v = 0; (*q >= '0' && *q <= '9') || ((*q == '.' || *q == ',') &&
	    q[1] >= '0' && q[1] <= '9'); q++)
		if (*q >= '0' && *q <= '9' && *v < 100000000)
			*v = *v * 10 + (unsigned long)(*q - '0');
	*p = q;
	return true;
}

/* Reads one of words at *p, moving *p past it. */
static bool
word_at(const char **p, const char *const *words)
{
	size_t	i, l;

	for (i = 0; words[i] != NULL; i++) {
		l = strlen(words[i]);
		if (strncmp(*p, words[i], l) == 0) {
			*p += l;
			return true;
		}
	}
	return false;
}

/*
 * A list's count of what it shows: "1 - 5 of 218 results", "Showing
 * 1–12 of 30", "Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt":
 * the first shown, the last and the total, in rising order.
 */
static bool
result_count(const char *t)
{
	static const char *const to[] = { " - ", "-", " \xe2\x80\x93 ",
	    "\xe2\x80\x93", " bis ", " to ", " \xc3\xa0 ", " a ", NULL };
	static const char *const of[] = { " of ", " von insgesamt ", " von ",
	    " sur ", " de ", " из ", NULL };
	const char	*p;
	unsigned long	 from, upto, all;

	for (p = t; *p; p++) {
		const char *q = p;

		if (p > t && p[-1] >= '0' && p[-1] <= '9')
			continue;
		/* The first shown, the last, all of them, in order. */
		if (number_at(&q, &from) && word_at(&q, to) &&
		    number_at(&q, &upto) && word_at(&q, of) &&
		    number_at(&q, &all) && from <= upto && upto <= all)
			return true;
	}
	return false;
}

bool
hint_label_line(const char *t, size_t len)
{
	static const char *const copyright[] = { "\xc2\xa9", "copyright",
	    "(c)", NULL };

	/* A bare web address is a link, not prose. */
	if ((strncmp(t, "http://", 7) == 0 || strncmp(t, "https://", 8) == 0 ||
	    strncmp(t, "www.", 4) == 0) && strpbrk(t, " \n") == NULL)
		return true;
	if (len < 800 && starts_with_any(t, cookie_leads))
		return true;
	if (len < 300 && credit_tail(t, len))
		return true;
	if (len < 200 && starts_with_any(t, label_leads))
		return true;
	if (len < 200 && (ends_with_any(t, len, action_tails) ||
	    comment_prompt(t, len)))
		return true;
	if (len < 60 && holds_any(t, reading_time, false))
		return true;
	if (len < 100 && holds_any(t, listing_words, true) && result_count(t))
		return true;
	/* A rating widget: "6.0 out of 6 based on 1 rating". */
	if (len < 120 && strstr(t, " out of ") != NULL &&
	    strstr(t, " based on ") != NULL && strstr(t, " rating") != NULL)
		return true;
	/* A line that opens with the credit is credit.c's to read. */
	return len < 160 && holds_any(t, copyright, true) &&
	    credit_rights_line(t, len) && !credit_is_line(t);
}

/*
 * A line that is only a byline: "By Anna Smith and Bob Jones". After the
 * lead every word is capitalized or joins names.
 */
bool
hint_byline_line(const char *t, size_t len)
{
	static const char *const leads[] = { "By ", "BY ", "by ", "Von ",
	    "VON ", "von ", "Par ", "PAR ", "par ", "Por ", "POR ", "por ",
	    "Text: ", "Text von ", "Автор: ", "Автор ", NULL };
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
