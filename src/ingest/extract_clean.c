/* SPDX-License-Identifier: MIT */
/*
 * Cleaning the chosen containers, as Readability's prepArticle does, plus
 * the boilerplate it lets through. First pass, in document order: drop
 * asides, footers, share and font-size widgets, bylines, captions,
 * related/newsletter/comment/promo/author boxes by class, headings with a
 * negative class or repeating the title, and short blocks whose whole
 * text is a label ("Advertisement", "Aa Aa Aa"), a dateline or a share
 * counter. Second pass, innermost first: conditional cleaning of forms,
 * tables, lists and divs that look like link lists, image strips or form
 * controls rather than prose (link density, paragraph/image/item counts,
 * class weight; a negative class alone no longer removes a long run of
 * prose, and code listings and data tables stay). Last, headings, labels
 * and teasers left at the end of the story are trimmed (extract_trim.c).
 * Each
 * drop subtracts its text from its ancestors' sums, so an outer container
 * is judged on what is left of it, as when Readability removes nodes.
 */
#include <ctype.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "core/buf.h"
#include "ingest/dom.h"
#include "ingest/extract.h"
#include "ingest/meta.h"
#include "extract_clean_int.h"

struct counts {
	unsigned	p, img, li, input, embed, code;
	uint32_t	heading_chars, li_chars;
	uint32_t	data_chars;	/* text inside data tables */
};

static uint32_t	 ink(const struct dom_node *, uint32_t);
static bool	 in_running_text(const struct dom_node *);
static bool	 prose_box(const struct dom_node *, char *, size_t);
static bool	 first_pass_drop(struct dom_node *, const char *, int,
		    bool *);
static void	 count(const struct dom_node *, struct counts *);
static bool	 data_table(const struct dom_node *);
static bool	 link_list(const struct dom_node *);
static bool	 home_link(const struct dom_node *);
static bool	 share_link(const struct dom_node *);
static const struct dom_node *nearest_block(const struct dom_node *);
static unsigned	 element_children(const struct dom_node *);
static bool	 linked_heading(const struct dom_node *);
static bool	 cond_remove(struct dom_node *, int);
static void	 clean_root(struct dom_node *, const char *, int, bool *,
		    struct buf *);

bool
clean_is_heading(int tag)
{
	return tag >= T_H1 && tag <= T_H6;
}

void
clean_drop(struct dom_node *n)
{
	struct dom_node	*p;
	uint32_t	 links = n->tag == T_A ? extract_link_weight(n) :
			    n->link_chars;

	n->mark |= MARK_DROP;
	for (p = n->parent; p != NULL; p = p->parent) {
		p->chars -= n->chars <= p->chars ? n->chars : p->chars;
		p->commas -= n->commas <= p->commas ? n->commas : p->commas;
		p->link_chars -= links <= p->link_chars ? links : p->link_chars;
		if (p->tag == T_A)
			links = n->chars;
		if (p->mark & MARK_KEEP)
			break;
	}
}

/* Bytes of ink (not blanks) in text node t, up to max. */
static uint32_t
ink(const struct dom_node *t, uint32_t max)
{
	uint32_t	i, k = 0;

	for (i = 0; i < t->len && k < max; i++)
		k += t->text[i] != ' ' && t->text[i] != '\n' &&
		    t->text[i] != '\t' && t->text[i] != '\r';
	return k;
}

/*
 * Forty bytes or more of text beside n, in text nodes among its eight
 * nearest siblings on either side: n is part of running text, not a box
 * of its own. Bounded, so that a row of many siblings costs no more.
 */
static bool
in_running_text(const struct dom_node *n)
{
	const struct dom_node	*k;
	uint32_t		 got = 0;
	int			 i;

	for (k = n->prev, i = 0; k != NULL && i < 8 && got < 40;
	    k = k->prev, i++)
		if (k->tag == T_TEXT && !(k->mark & MARK_DROP))
			got += ink(k, 40 - got);
	for (k = n->next, i = 0; k != NULL && i < 8 && got < 40;
	    k = k->next, i++)
		if (k->tag == T_TEXT && !(k->mark & MARK_DROP))
			got += ink(k, 40 - got);
	return got >= 40;
}

/* Two sentences or more, under half of it links: prose, not a row of
   buttons. */
static bool
prose_box(const struct dom_node *n, char *tmp, size_t size)
{
	const char	*t, *p;
	int		 ends = 0;

	if (n->link_chars * 2 >= n->chars)
		return false;
	t = clean_short_text(n, tmp, size);
	for (p = t; *p; p++)
		if (p > t && p[-1] != ' ' && p[-1] != '.' &&
		    extract_sentence_end(p) > 0)
			ends++;
	return ends >= 2;
}

static bool
first_pass_drop(struct dom_node *n, const char *title, int flags,
    bool *title_seen)
{
	const struct dom_node	*b;
	const char		*t;
	char			 tmp[1024];

	switch (n->tag) {
	case T_ASIDE: case T_FOOTER: case T_NAV: case T_INPUT: case T_FIGCAPTION:
		return !(n->hints & HINT_BODY);
	default:
		break;
	}
	if (n->hints & HINT_BODY)
		return false;
	/* A link or span inside a sentence is the sentence's, whatever its
	   class ("am a <a class=popup>rather elderly</a> man"), and so is
	   a highlighted word of code ("<span class=comment>"). */
	if ((n->hints & (HINT_SHARE | HINT_BYLINE | HINT_CAPTION |
	    HINT_BOILER)) && !(n->flags & DOM_BLOCK) && (in_running_text(n) ||
	    clean_has_ancestor(n, T_PRE, 0) || clean_has_ancestor(n, T_CODE,
	    0)))
		return false;
	/* A share button, whatever its class: a link to a share endpoint
	   ("Click to share on Twitter (Opens in new window)") in a block
	   of links, not a sentence's "click here". */
	if (n->tag == T_A && share_link(n) && (b = nearest_block(n)) != NULL &&
	    b->link_chars * 2 >= b->chars)
		return true;
	/* A tool row (share, print, text size), unless only a tool word
	   names it and it reads as prose: "print" and "font-size" also name
	   printable steps and a lead set large. */
	if ((n->hints & HINT_SHARE) && n->chars < 500 && ((n->hints &
	    (HINT_UNLIKELY | HINT_NEGATIVE)) || !prose_box(n, tmp,
	    sizeof(tmp))))
		return true;
	if ((n->hints & HINT_BYLINE) && n->chars < 100)
		return true;
	if ((n->hints & HINT_CAPTION) && n->chars < 300)
		return true;
	/* A boilerplate class that also says "content" ("RelatedContent")
	   still names a box of other stories when half of it is links. */
	if ((n->hints & HINT_BOILER) && (!(n->hints & HINT_POSITIVE) ||
	    (n->hints & HINT_BOX) || n->link_chars * 2 >= n->chars) &&
	    n->chars < 2000)
		return true;
	if ((n->tag == T_H1 || n->tag == T_H2) &&
	    (flags & EX_WEIGHT_CLASSES) && n->weight < 0)
		return true;
	if (n->tag == T_P && link_list(n))
		return true;
	if ((clean_is_heading(n->tag) || n->tag == T_P) && n->chars < 200 &&
	    home_link(n))
		return true;
	if ((n->hints & HINT_LEAD) && !clean_is_heading(n->tag) && n->chars < 1000 &&
	    linked_heading(n))
		return true;
	if ((n->flags & DOM_BLOCK) && n->chars > 0 && n->chars < 48) {
		t = clean_short_text(n, tmp, sizeof(tmp));
		if (hint_boiler_text(t) || hint_dateline(t))
			return true;
		/* Share counters; numbers in tables and lists are data. */
		if (n->tag != T_TD && n->tag != T_TH && n->tag != T_LI &&
		    n->tag != T_DD && !clean_has_ancestor(n, T_TABLE, 0) &&
		    hint_counter_text(t))
			return true;
	}
	/* The first h1 or h2 repeating the headline (Readability's test). */
	if ((n->tag == T_H1 || n->tag == T_H2) && title != NULL &&
	    !*title_seen && n->chars > 0 && n->chars < 400) {
		t = clean_short_text(n, tmp, sizeof(tmp));
		if (extract_similarity(title, t) > 0.75) {
			*title_seen = true;
			return true;
		}
	}
	return false;
}

/* The nearest block element above n, or NULL. */
static const struct dom_node *
nearest_block(const struct dom_node *n)
{
	for (n = n->parent; n != NULL && !(n->flags & DOM_BLOCK); n = n->parent)
		;
	return n;
}

/*
 * True when link a points to a share endpoint: a social network's "share
 * this page" address, a mail with no recipient, or a WordPress share
 * button's "?share=twitter".
 */
static bool
share_link(const struct dom_node *a)
{
	static const char *const ends[] = { "facebook.com/sharer",
	    "facebook.com/share.php", "facebook.com/dialog/share",
	    "facebook.com/dialog/feed", "twitter.com/intent/tweet",
	    "twitter.com/share", "x.com/intent/tweet", "x.com/intent/post",
	    "linkedin.com/sharearticle", "linkedin.com/cws/share",
	    "linkedin.com/sharing/share-offsite", "pinterest.com/pin/create",
	    "reddit.com/submit", "api.whatsapp.com/send", "wa.me/?",
	    "whatsapp://send", "t.me/share", "telegram.me/share",
	    "xing.com/spi/shares", "vk.com/share.php", "tumblr.com/share",
	    "tumblr.com/widgets/share", "getpocket.com/save",
	    "getpocket.com/edit", "plus.google.com/share",
	    "share=twitter", "share=facebook", "share=email",
	    "share=linkedin", "share=pinterest", "share=reddit",
	    "share=tumblr", "share=pocket", "share=telegram",
	    "share=jetpack-whatsapp", "share=print", NULL };
	const char	*h = dom_attr(a, "href");
	char		 low[160];
	size_t		 i, n;

	if (h == NULL)
		return false;
	h += strspn(h, " \t\r\n");
	if (strncasecmp(h, "mailto:?", 8) == 0)
		return true;
	for (n = 0; h[n] != '\0' && n < sizeof(low) - 1; n++)
		low[n] = (char)tolower((unsigned char)h[n]);
	low[n] = '\0';
	for (i = 0; ends[i] != NULL; i++)
		if (strstr(low, ends[i]) != NULL)
			return true;
	return false;
}

/*
 * True when all of block n's text is one link to the site's home page,
 * "/": the site's name by its logo, or a pointer to its front page, not
 * the story's words. (A link to another site's home page, as "https://
 * artist.example/", is the story's reference.)
 */
static bool
home_link(const struct dom_node *n)
{
	const struct dom_node	*k, *a = NULL;
	const char		*h;

	if (n->chars == 0 || n->link_chars * 10 < n->chars * 9)
		return false;
	for (k = n->first; k != NULL; k = dom_next(k, n))
		if (k->tag == T_A) {
			if (a != NULL)
				return false;
			a = k;
		}
	return a != NULL && (h = dom_attr(a, "href")) != NULL &&
	    strcmp(h, "/") == 0;
}

/*
 * True when a paragraph is a list of links ("See also" and three titles
 * under it, one a line): three links or more, and links make 70% of its
 * text. Conditional cleaning looks at lists and boxes, not paragraphs.
 */
static bool
link_list(const struct dom_node *p)
{
	const struct dom_node	*k;
	int			 links = 0;

	if (p->chars == 0 || p->link_chars * 10 < p->chars * 7)
		return false;
	for (k = p->first; k != NULL && links < 3; k = dom_next(k, p))
		links += k->tag == T_A && !(k->mark & MARK_DROP);
	return links >= 3;
}

/*
 * True when a heading below n is one link: a teaser box for another story
 * (its title links to it), not the story's lead.
 */
static bool
linked_heading(const struct dom_node *n)
{
	const struct dom_node	*k;

	for (k = n->first; k != NULL; k = dom_next(k, n))
		if (clean_is_heading(k->tag) && k->chars > 0 &&
		    k->link_chars * 10 >= k->chars * 9)
			return true;
	return false;
}

/* The collapsed text of a short subtree, cut at size - 1 bytes. */
const char *
clean_short_text(const struct dom_node *top, char *buf, size_t size)
{
	const struct dom_node	*k;
	const char		*p;
	size_t			 len = 0;
	bool			 sp = false;

	for (k = top; k != NULL && len + 2 < size; ) {
		if (k != top && (k->mark & MARK_DROP)) {
			k = dom_skip(k, top);
			continue;
		}
		if (k->tag == T_TEXT) {
			for (p = k->text; p < k->text + k->len &&
			    len + 2 < size; p++) {
				if (*p == ' ' || *p == '\n' || *p == '\t' ||
				    *p == '\r') {
					sp = len > 0;
					continue;
				}
				if (sp)
					buf[len++] = ' ';
				sp = false;
				buf[len++] = *p;
			}
		}
		k = dom_next(k, top);
	}
	buf[len] = '\0';
	return buf;
}

bool
clean_has_ancestor(const struct dom_node *n, int tag, int data)
{
	for (n = n->parent; n != NULL; n = n->parent) {
		if (n->tag == tag && (!data || data_table(n)))
			return true;
		if (n->mark & MARK_KEEP)
			break;
	}
	return false;
}

/* Readability's guess that a table holds data rather than layout. */
static bool
data_table(const struct dom_node *t)
{
	const struct dom_node	*n;
	const char		*role = dom_attr(t, "role");
	unsigned		 rows = 0, cols = 0, c = 0;

	if (role != NULL && strcmp(role, "presentation") == 0)
		return false;
	for (n = t->first; n != NULL; n = dom_next(n, t)) {
		if (n->tag == T_TABLE)
			return false;
		if (n->tag == T_TH || n->tag == T_THEAD || n->tag == T_TFOOT ||
		    n->tag == T_CAPTION)
			return true;
		if (n->tag == T_TR) {
			rows++;
			if (c > cols)
				cols = c;
			c = 0;
		} else if (n->tag == T_TD)
			c++;
	}
	if (c > cols)
		cols = c;
	return rows >= 10 || cols > 4 || rows * cols > 10;
}

static void
count(const struct dom_node *top, struct counts *c)
{
	const struct dom_node	*n;

	memset(c, 0, sizeof(*c));
	for (n = top->first; n != NULL; ) {
		if (n->mark & MARK_DROP) {
			n = dom_skip(n, top);
			continue;
		}
		switch (n->tag) {
		case T_P:
			c->p++;
			break;
		case T_DIV: case T_SECTION:
			if (!(n->flags & DOM_HAS_BLOCK) && n->chars > 0)
				c->p++;
			break;
		case T_IMG: case T_PICTURE:
			c->img++;
			break;
		case T_LI:
			c->li++;
			c->li_chars += n->chars;
			/* An item of prose (a step; 25 characters, as a
			   paragraph), not a link (a teaser with its
			   thumbnail), is a paragraph beside its picture. */
			if (n->chars >= 25 && !(n->flags & DOM_HAS_BLOCK) &&
			    n->link_chars * 2 < n->chars)
				c->p++;
			break;
		case T_INPUT:
			c->input++;
			break;
		case T_EMBED: case T_OBJECT: case T_IFRAME:
			c->embed++;
			break;
		case T_PRE: case T_CODE:
			c->code++;
			break;
		case T_TABLE:
			if (data_table(n))
				c->data_chars += n->chars;
			break;
		default:
			if (clean_is_heading(n->tag))
				c->heading_chars += n->chars;
		}
		n = dom_next(n, top);
	}
}

/* Readability's _cleanConditionally for one node. */
static bool
cond_remove(struct dom_node *n, int flags)
{
	struct counts	 c;
	int		 weight = (flags & EX_WEIGHT_CLASSES) ? n->weight : 0;
	bool		 list, rm, fig;
	double		 ld, hd;
	long		 li;
	const struct dom_node *k;

	if (n->tag == T_TABLE && data_table(n))
		return false;
	if (clean_has_ancestor(n, T_TABLE, 1) || clean_has_ancestor(n, T_CODE, 0))
		return false;
	/* Never the story body the page marks, nor a box holding it. */
	if ((n->hints & HINT_BODY) || (n->flags & DOM_HAS_BODY))
		return false;
	/* A negative class alone does not remove a long run of prose
	   ("media" wrapping a story), unless it names boilerplate. */
	if (weight < 0 && (n->chars < 1000 || extract_link_density(n) > 0.2 ||
	    (n->hints & (HINT_BOILER | HINT_COMMENT | HINT_UNLIKELY))))
		return true;
	if (weight < 0)
		weight = 0;
	if (n->commas >= 10)
		return false;
	ld = extract_link_density(n);
	count(n, &c);
	if (c.code > 0 && ld < 0.5)
		return false;	/* a code listing */
	/* A box around a data table is the table: its icons and short
	   cells are not a gallery's or a menu's. */
	if (n->chars > 0 && c.data_chars * 10 >= n->chars * 8 && ld < 0.5)
		return false;
	list = n->tag == T_UL || n->tag == T_OL ||
	    (n->chars > 0 && (double)c.li_chars / n->chars > 0.9);
	hd = n->chars > 0 ? (double)c.heading_chars / n->chars : 0;
	li = (long)c.li - 100;
	fig = clean_has_ancestor(n, T_FIGURE, 0);
	rm = (c.img > 1 && (double)c.p / c.img < 0.5 && !fig) ||
	    (!list && li > (long)c.p) ||
	    (c.input > c.p / 3) ||
	    (!list && hd < 0.9 && n->chars < 25 && (c.img == 0 || c.img > 2) &&
	    !fig) ||
	    (!list && weight < 25 && ld > 0.2) ||
	    (weight >= 25 && ld > 0.5) ||
	    (c.embed == 1 && n->chars < 75) || c.embed > 1;
	/* Readability's exception for lists of pictures: no item holds
	   more than one element (text is not one), and there are as many
	   pictures as items (steps with a photo each). */
	if (list && rm) {
		for (k = n->first; k != NULL; k = k->next)
			if (element_children(k) > 1)
				return rm;
		if (c.li == c.img)
			return false;
	}
	return rm;
}

/* The number of element children of n, text aside. */
static unsigned
element_children(const struct dom_node *n)
{
	const struct dom_node	*k;
	unsigned		 e = 0;

	for (k = n->first; k != NULL; k = k->next)
		e += k->tag != T_TEXT;
	return e;
}

/* First pass over one kept root; queues conditional candidates. */
static void
clean_root(struct dom_node *root, const char *title, int flags,
    bool *title_seen, struct buf *cond)
{
	struct dom_node	*n;

	for (n = root; n != NULL; ) {
		if (n->tag == T_TEXT || (n->mark & MARK_DROP)) {
			n = n->tag == T_TEXT ? dom_next(n, root) :
			    dom_skip(n, root);
			continue;
		}
		if (n->mark & MARK_JUNK) {
			n->mark |= MARK_DROP;
			n = dom_skip(n, root);
			continue;
		}
		if (n != root && first_pass_drop(n, title, flags, title_seen)) {
			clean_drop(n);
			n = dom_skip(n, root);
			continue;
		}
		if (n != root && (flags & EX_CLEAN_COND) &&
		    (n->tag == T_FORM || n->tag == T_FIELDSET ||
		    n->tag == T_TABLE || n->tag == T_UL || n->tag == T_DIV))
			buf_add(cond, &n, sizeof(n));
		n = dom_next(n, root);
	}
}

void
extract_clean(struct dom *d, const char *title, int flags)
{
	struct dom_node	*n, **v, *p;
	struct buf	 cond;
	size_t		 i;
	bool		 title_seen = false;

	buf_init(&cond);
	for (n = d->root; n != NULL; ) {
		if (n->mark & MARK_KEEP) {
			clean_root(n, title, flags, &title_seen, &cond);
			n = dom_skip(n, d->root);
		} else
			n = dom_next(n, d->root);
	}
	/* Innermost first: queued in document order, so walk backwards. */
	v = (struct dom_node **)cond.data;
	for (i = cond.len / sizeof(*v); i-- > 0; ) {
		for (p = v[i]; p != NULL && !(p->mark & (MARK_DROP | MARK_KEEP));
		    p = p->parent)
			;
		if (p != NULL && (p->mark & MARK_DROP))
			continue;
		if (cond_remove(v[i], flags)) {
			clean_drop(v[i]);
		}
	}
	buf_release(&cond);
	clean_trim_edges(d);
}
