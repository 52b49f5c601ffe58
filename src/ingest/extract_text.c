/* SPDX-License-Identifier: MIT */
/*
 * Writing the story's nodes as text: every block element (paragraph,
 * heading, list item, table cell, quote, pre...) becomes a paragraph,
 * paragraphs are separated by one blank line, whitespace is collapsed
 * except inside <pre>, one <br> is a line break and two in a row end a
 * paragraph. Dropped and junk subtrees are skipped; so are, when
 * filtering, label lines, a bare © credit under a picture, and a
 * paragraph the page repeats for another screen size.
 */
#include <stdbool.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "ingest/dom.h"
#include "ingest/extract.h"

struct writer {
	struct buf	 out;
	struct buf	 para;
	bool		 space;		/* whitespace seen since last char */
	int		 brs;		/* <br> since the last text */
	int		 pre;		/* inside <pre> */
	bool		 filter;	/* drop label and dateline lines */
	bool		 after_img;	/* a picture since the last paragraph */
	int		 in_a;		/* inside <a> */
	size_t		 link_bytes;	/* of para, inside <a> */
	size_t		 last_at;	/* where the last paragraph starts */
	bool		 last_link;	/* it is one link */
	const struct dom_node *box;	/* block the paragraph's text is in */
	const struct dom_node *last_box; /* the last paragraph's */
};

static bool	picture_credit(const char *);
static bool	twin(const struct writer *);
static bool	blank(const char *, size_t);
static void	flush(struct writer *);
static void	add_text(struct writer *, const struct dom_node *);
static void	open_node(struct writer *, const struct dom_node *);
static void	close_node(struct writer *, const struct dom_node *);
static void	emit(struct writer *, const struct dom_node *);
static const char *word(const char *, char *, size_t, size_t *);

/*
 * True when a line is only a copyright credit ("©iStock", "© Jane Doe /
 * Agency"): under a picture, the picture's; elsewhere it may name the
 * story's source, which credit.c reads.
 */
static bool
picture_credit(const char *t)
{
	return strncmp(t, "\xc2\xa9", 2) == 0 && strlen(t) <= 60 &&
	    strstr(t, ". ") == NULL;
}

/*
 * True when the paragraph repeats the last one word for word from a
 * block under another parent: the page sets the same text twice, once
 * for wide and once for narrow screens. The same text twice in one
 * parent is the author's.
 */
static bool
twin(const struct writer *w)
{
	size_t	len = w->out.len - w->last_at;

	if (w->last_box == NULL || w->box == NULL || w->para.len < 60 ||
	    w->last_box->parent == w->box->parent)
		return false;
	if (w->last_at > 0)
		len -= 2;
	return len == w->para.len && memcmp(w->out.data + w->out.len - len,
	    w->para.data, len) == 0;
}

static void
flush(struct writer *w)
{
	while (w->para.len > 0 && (w->para.data[w->para.len - 1] == ' ' ||
	    w->para.data[w->para.len - 1] == '\n'))
		w->para.len--;
	/* Only blanks (a <pre> keeps them as they are: a table cell of
	   &nbsp; there) is no paragraph. */
	if (w->pre && blank(w->para.data, w->para.len))
		w->para.len = 0;
	if (w->para.len > 0 && w->filter) {
		w->para.data[w->para.len] = '\0';
		if ((w->para.len < 64 && (hint_boiler_text(w->para.data) ||
		    hint_dateline(w->para.data))) ||
		    hint_label_line(w->para.data, w->para.len) ||
		    hint_byline_line(w->para.data, w->para.len) ||
		    (w->after_img && picture_credit(w->para.data)) ||
		    twin(w))
			w->para.len = 0;
	}
	if (w->para.len > 0)
		w->after_img = false;
	if (w->para.len > 0) {
		w->last_at = w->out.len;
		w->last_link = w->para.len < 300 &&
		    w->link_bytes * 10 >= w->para.len * 9;
		if (w->out.len > 0)
			buf_add(&w->out, "\n\n", 2);
		buf_add(&w->out, w->para.data, w->para.len);
		w->last_box = w->box;
	}
	w->box = NULL;
	buf_reset(&w->para);
	w->link_bytes = 0;
	w->space = false;
	w->brs = 0;
}

/* A space, tab, newline, CR, form feed, or U+00A0, at p < e. */
static inline size_t
space_at(const unsigned char *p, const unsigned char *e)
{
	switch (*p) {
	case ' ': case '\n': case '\t': case '\r': case '\f':
		return 1;
	case 0xC2:
		return p + 1 < e && p[1] == 0xA0 ? 2 : 0;
	default:
		return 0;
	}
}

/* True when the len bytes at s are all spaces and no-break spaces. */
static bool
blank(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s, *e = p + len;
	size_t			 n;

	for (; p < e; p += n)
		if ((n = space_at(p, e)) == 0)
			return false;
	return true;
}

/*
 * Appends a text node, whitespace runs folded into one space (none at
 * the start of a paragraph or a line). The result is never longer than
 * the text plus one space, so it is written straight into the buffer.
 */
static void
add_text(struct writer *w, const struct dom_node *t)
{
	const unsigned char	*p = (const unsigned char *)t->text;
	const unsigned char	*e = p + t->len, *q;
	unsigned char		*o, *start;
	size_t			 n;

	if (w->box == NULL)
		for (w->box = t->parent; w->box != NULL &&
		    !(w->box->flags & DOM_BLOCK); w->box = w->box->parent)
			;
	if (w->pre) {
		buf_add(&w->para, t->text, t->len);
		w->brs = 0;
		return;
	}
	buf_grow(&w->para, (size_t)t->len + 1);
	start = (unsigned char *)w->para.data;
	o = start + w->para.len;
	while (p < e) {
		if ((n = space_at(p, e)) > 0) {
			w->space = true;
			p += n;
			continue;
		}
		if (w->space && o > start && o[-1] != '\n')
			*o++ = ' ';
		w->space = false;
		w->brs = 0;
		/* A run of non-space bytes goes in at once. */
		q = p;
		do
			*o++ = *p++;
		while (p < e && space_at(p, e) == 0);
		if (w->in_a > 0)
			w->link_bytes += (size_t)(p - q) + 1;
	}
	w->para.len = (size_t)(o - start);
	*o = '\0';
}

static void
open_node(struct writer *w, const struct dom_node *n)
{
	if (n->tag == T_TEXT) {
		add_text(w, n);
		return;
	}
	if (n->tag == T_BR) {
		if (++w->brs >= 2)
			flush(w);
		else if (w->para.len > 0) {
			buf_addc(&w->para, '\n');
			w->space = false;
		}
		return;
	}
	if (n->flags & DOM_BLOCK)
		flush(w);
	if (n->tag == T_PRE)
		w->pre++;
	if (n->tag == T_IMG || n->tag == T_PICTURE)
		w->after_img = true;
	if (n->tag == T_A)
		w->in_a++;
}

static void
close_node(struct writer *w, const struct dom_node *n)
{
	if (n->tag == T_PRE)
		w->pre--;
	if (n->tag == T_A && w->in_a > 0)
		w->in_a--;
	if (n->flags & DOM_BLOCK)
		flush(w);
}

/* Walks root's subtree without recursion, skipping dropped subtrees. */
static void
emit(struct writer *w, const struct dom_node *root)
{
	const struct dom_node	*n = root;
	bool			 skip;

	for (;;) {
		/* The root is written: a lead may sit in a box set aside. */
		skip = n != root && (n->mark & (MARK_DROP | MARK_JUNK)) != 0;
		if (!skip)
			open_node(w, n);
		if (!skip && n->tag != T_TEXT && n->first != NULL) {
			n = n->first;
			continue;
		}
		for (;;) {
			if (!skip && n->tag != T_TEXT && n->tag != T_BR)
				close_node(w, n);
			if (n == root)
				return;
			if (n->next != NULL) {
				n = n->next;
				break;
			}
			n = n->parent;
			skip = false;
		}
	}
}

const char *
extract_text(struct dom *d, const struct dom_node *lead, bool filter,
    struct arena *a, size_t *chars)
{
	struct writer	 w;
	struct dom_node	*n;
	const char	*s = NULL;

	memset(&w, 0, sizeof(w));
	buf_init(&w.out);
	buf_init(&w.para);
	w.filter = filter;
	if (lead != NULL) {
		emit(&w, lead);
		flush(&w);
	}
	for (n = d->root; n != NULL; ) {
		if (n->mark & MARK_KEEP) {
			emit(&w, n);
			flush(&w);
			n = dom_skip(n, d->root);
		} else
			n = dom_next(n, d->root);
	}
	flush(&w);
	/* A closing line that is one link points to another page, even
	   when it shares its block with the story, after two <br>s. */
	if (filter && w.last_link && w.last_at > 0)
		w.out.len = w.last_at;
	if (chars != NULL)
		*chars = extract_weighted_len(w.out.data, w.out.len);
	if (w.out.len > 0)
		s = arena_strndup(a, w.out.data, w.out.len);
	buf_release(&w.out);
	buf_release(&w.para);
	return s;
}

/* Next lowercase word of s into w (ASCII folded); NULL at the end. */
static const char *
word(const char *s, char *w, size_t size, size_t *len)
{
	size_t	n = 0;

	while (*s && !((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'z') ||
	    (*s >= 'A' && *s <= 'Z') || (unsigned char)*s >= 0x80))
		s++;
	if (*s == '\0')
		return NULL;
	while ((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'z') ||
	    (*s >= 'A' && *s <= 'Z') || (unsigned char)*s >= 0x80) {
		if (n + 1 < size)
			w[n++] = (*s >= 'A' && *s <= 'Z') ? *s + 32 : *s;
		s++;
	}
	w[n] = '\0';
	*len = n;
	return s;
}

/* Readability's textSimilarity: share of b's words (by length) in a. */
double
extract_similarity(const char *a, const char *b)
{
	char		 wb[128], wa[128];
	const char	*p, *q;
	size_t		 lb, la, total = 0, missing = 0;
	bool		 found;

	if (a == NULL || b == NULL)
		return 0;
	for (p = b; (p = word(p, wb, sizeof(wb), &lb)) != NULL; ) {
		total += lb + 1;
		found = false;
		for (q = a; !found && (q = word(q, wa, sizeof(wa), &la)) != NULL; )
			found = la == lb && memcmp(wa, wb, la) == 0;
		if (!found)
			missing += lb + 1;
	}
	if (total == 0)
		return 0;
	return 1.0 - (double)missing / total;
}

const char *
extract_prefer_ld(const char *text, size_t chars, const char *ld_body,
    bool steps, struct arena *a)
{
	struct buf	 b;
	const char	*p, *s;
	size_t		 ld_chars;
	bool		 nl = false;

	if (ld_body == NULL)
		return text;
	ld_chars = extract_weighted_len(ld_body, strlen(ld_body));
	if (ld_chars < 500 || ld_chars < (steps ? 1 : 2) * chars ||
	    strchr(ld_body, '<'))
		return text;
	/* Newlines in articleBody separate paragraphs. */
	buf_init(&b);
	for (p = ld_body + strspn(ld_body, " \n\r\t"); *p; p++) {
		if (*p == '\n' || *p == '\r') {
			nl = true;
			continue;
		}
		if (nl) {
			while (b.len > 0 && b.data[b.len - 1] == ' ')
				b.len--;
			buf_add(&b, "\n\n", 2);
			nl = false;
			if (*p == ' ' || *p == '\t')
				continue;
		}
		if ((*p == ' ' || *p == '\t') && b.len > 0 &&
		    (b.data[b.len - 1] == ' ' || b.data[b.len - 1] == '\n'))
			continue;
		buf_addc(&b, *p == '\t' ? ' ' : *p);
	}
	while (b.len > 0 && (b.data[b.len - 1] == ' ' ||
	    b.data[b.len - 1] == '\n'))
		b.len--;
	s = b.len > 0 ? arena_strndup(a, b.data, b.len) : text;
	buf_release(&b);
	return s;
}

bool
extract_holds(const char *text, const char *story)
{
	size_t		 n = strcspn(story, "\n");
	const char	*p;

	for (p = text; p != NULL; p = (p = strstr(p, "\n\n")) ? p + 2 : NULL)
		if (strncmp(p, story, n) == 0)
			return true;
	return false;
}
