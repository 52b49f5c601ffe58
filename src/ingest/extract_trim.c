/* SPDX-License-Identifier: MIT */
/*
 * The story's end, after the cleaning: headings and labels left there once
 * the lists they introduced are gone ("Related stories", "Ähnliche
 * Beiträge", "Was this helpful?"), and teasers for other pages (a closing
 * block that is one link, or ends in a "more" link: "mehr •••", "Read
 * more »", "Подробнее →"), are dropped one at a time, up to eight; a data
 * table's cells, prose and a credit line stop it.
 */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "ingest/dom.h"
#include "ingest/extract.h"
#include "ingest/meta.h"
#include "extract_clean_int.h"

static bool	 weak_tail(const struct dom_node *, const char *);
static bool	 has_ink(const struct dom_node *);
static struct dom_node *nearest_block(struct dom_node *);
static size_t	 sign_len(const unsigned char *, size_t);
static bool	 more_link(const struct dom_node *, const struct dom_node *);

/* A closing block that is a heading, label or question, not prose. */
static bool
weak_tail(const struct dom_node *n, const char *t)
{
	size_t	l = strlen(t);
	char	c = l > 0 ? t[l - 1] : 0;

	if (clean_is_heading(n->tag))
		return true;
	if (l >= 60 || credit_is_line(t))
		return false;
	return c == '?' || c == ':' || !(c == '.' || c == '!' || c == ')' ||
	    c == '"' || (unsigned char)c >= 0x80);
}

static bool
has_ink(const struct dom_node *t)
{
	uint32_t	i;

	for (i = 0; i < t->len; i++)
		if (t->text[i] != ' ' && t->text[i] != '\n' &&
		    t->text[i] != '\t' && t->text[i] != '\r')
			return true;
	return false;
}

/* The block element holding text node t. */
static struct dom_node *
nearest_block(struct dom_node *t)
{
	struct dom_node *b = t->parent;

	while (b != NULL && !(b->flags & DOM_BLOCK) && !(b->mark & MARK_KEEP))
		b = b->parent;
	return b;
}

/* Link texts that send the reader to the rest of a text elsewhere. */
static const char *const more_words[] = {
	"more", "read more", "continue reading", "mehr", "mehr lesen",
	"weiterlesen", "lire la suite", "la suite", "leer más",
	"seguir leyendo", "leggi tutto", "leggi di più", "lees meer",
	"подробнее", "Подробнее", "читать далее", "Читать далее", "далее",
	"Далее", "детальніше", "Детальніше", "читати далі", "Читати далі",
	NULL,
};

/* Bytes of a space, ASCII punctuation or a typographic sign at p. */
static size_t
sign_len(const unsigned char *p, size_t n)
{
	if (n >= 1 && p[0] < 0x80 && (p[0] == ' ' || (p[0] > ' ' &&
	    !((p[0] | 0x20) >= 'a' && (p[0] | 0x20) <= 'z') &&
	    !(p[0] >= '0' && p[0] <= '9'))))
		return 1;
	if (n >= 2 && p[0] == 0xC2 && (p[1] == 0xA0 || p[1] == 0xAB ||
	    p[1] == 0xB7 || p[1] == 0xBB))
		return 2;
	if (n >= 3 && p[0] == 0xE2 && (p[1] == 0x80 || p[1] == 0x86 ||
	    p[1] == 0x96 || p[1] == 0x9E))	/* …, •, ›, arrows, ▶ */
		return 3;
	return 0;
}

/*
 * True when text node t ends its block inside a link that reads "more"
 * ("mehr •••", "Read more »", "Подробнее →"): the block is another
 * page's teaser.
 */
static bool
more_link(const struct dom_node *t, const struct dom_node *block)
{
	const struct dom_node	*a = t->parent;
	char			 buf[64];
	const char		*s;
	size_t			 n, k, i;

	while (a != NULL && a != block && a->tag != T_A)
		a = a->parent;
	if (a == NULL || a->tag != T_A)
		return false;
	s = clean_short_text(a, buf, sizeof(buf));
	n = strlen(s);
	while (n > 0) {		/* trailing signs: "mehr •••" */
		for (k = 1; k <= 3 && k <= n; k++)
			if (sign_len((const unsigned char *)s + n - k, k) == k)
				break;
		if (k > 3 || k > n)
			break;
		n -= k;
	}
	while (n > 0 && (k = sign_len((const unsigned char *)s, n)) > 0)
		s += k, n -= k;
	for (i = 0; more_words[i] != NULL; i++)
		if (strlen(more_words[i]) == n &&
		    strncasecmp(s, more_words[i], n) == 0)
			return true;
	return false;
}

/*
 * Headings and labels left at the end of the story once the lists they
 * introduced are gone ("Related stories", "Ähnliche Beiträge", "Was this
 * helpful?") are not the story's words.
 */
void
clean_trim_edges(struct dom *d)
{
	struct dom_node	*n, *k, *last, *last_text;
	char		 tmp[128];
	const char	*t;
	int		 round;

	for (round = 0; round < 8; round++) {
		last = last_text = NULL;
		for (n = d->root; n != NULL; ) {
			if (!(n->mark & MARK_KEEP)) {
				n = dom_next(n, d->root);
				continue;
			}
			for (k = n; k != NULL; ) {
				if (k->mark & (MARK_DROP | MARK_JUNK)) {
					k = dom_skip(k, n);
					continue;
				}
				if (k->tag == T_TEXT && has_ink(k)) {
					last = nearest_block(k);
					last_text = k;
				}
				k = dom_next(k, n);
			}
			n = dom_skip(n, d->root);
		}
		if (last == NULL || (last->mark & MARK_KEEP))
			return;
		/* Teasers for other pages: a closing block that is a link,
		   or ends in a "more" link. */
		if (last->chars < 300 && ((last->link_chars * 10 >=
		    last->chars * 9 && last->chars > 0) ||
		    more_link(last_text, last))) {
			clean_drop(last);
			continue;
		}
		if (last->chars >= 60 && !clean_is_heading(last->tag))
			return;
		/* A data table's last cells are data, not a label. */
		if ((last->tag == T_TD || last->tag == T_TH ||
		    clean_has_ancestor(last, T_TABLE, 0)) &&
		    clean_has_ancestor(last, T_TABLE, 1))
			return;
		t = clean_short_text(last, tmp, sizeof(tmp));
		if (!weak_tail(last, t))
			return;
		clean_drop(last);
	}
}
