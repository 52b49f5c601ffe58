/* SPDX-License-Identifier: MIT */
/*
 * Walking and reading the page tree of dom.h: tag names, block-level
 * elements, attributes, document-order traversal without recursion, and
 * the flat visible text of a subtree. No libxml2 here.
 */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "ingest/dom.h"

static const char *const tag_names[T_NTAGS] = {
	[T_TEXT] = "", [T_OTHER] = "", [T_A] = "a", [T_ADDRESS] = "address",
	[T_ARTICLE] = "article", [T_ASIDE] = "aside", [T_B] = "b",
	[T_BLOCKQUOTE] = "blockquote", [T_BODY] = "body", [T_BR] = "br",
	[T_BUTTON] = "button", [T_CAPTION] = "caption",
	[T_CENTER] = "center", [T_CODE] = "code", [T_DD] = "dd",
	[T_DETAILS] = "details", [T_DIALOG] = "dialog", [T_DIV] = "div",
	[T_DL] = "dl", [T_DT] = "dt", [T_EM] = "em", [T_EMBED] = "embed",
	[T_FIELDSET] = "fieldset", [T_FIGCAPTION] = "figcaption",
	[T_FIGURE] = "figure", [T_FONT] = "font", [T_FOOTER] = "footer",
	[T_FORM] = "form", [T_H1] = "h1", [T_H2] = "h2", [T_H3] = "h3",
	[T_H4] = "h4", [T_H5] = "h5", [T_H6] = "h6", [T_HEADER] = "header",
	[T_HR] = "hr", [T_HTML] = "html", [T_I] = "i", [T_IFRAME] = "iframe",
	[T_IMG] = "img", [T_INPUT] = "input", [T_LABEL] = "label",
	[T_LI] = "li", [T_MAIN] = "main", [T_MENU] = "menu", [T_NAV] = "nav",
	[T_OBJECT] = "object", [T_OL] = "ol", [T_P] = "p",
	[T_PICTURE] = "picture", [T_PRE] = "pre", [T_Q] = "q",
	[T_SECTION] = "section", [T_SELECT] = "select", [T_SMALL] = "small",
	[T_SPAN] = "span", [T_STRONG] = "strong", [T_SUMMARY] = "summary",
	[T_SUP] = "sup", [T_TABLE] = "table", [T_TBODY] = "tbody",
	[T_TD] = "td", [T_TEXTAREA] = "textarea", [T_TFOOT] = "tfoot",
	[T_TH] = "th", [T_THEAD] = "thead", [T_TIME] = "time", [T_TR] = "tr",
	[T_U] = "u", [T_UL] = "ul", [T_VIDEO] = "video", [T_AUDIO] = "audio",
	[T_CITE] = "cite", [T_SUB] = "sub", [T_MARK] = "mark",
	[T_ABBR] = "abbr", [T_S] = "s", [T_DEL] = "del", [T_INS] = "ins",
	[T_KBD] = "kbd", [T_VAR] = "var", [T_SAMP] = "samp", [T_DFN] = "dfn",
	[T_BIG] = "big", [T_TT] = "tt", [T_WBR] = "wbr", [T_NOBR] = "nobr",
	[T_SOURCE] = "source", [T_OUTPUT] = "output", [T_METER] = "meter",
	[T_PROGRESS] = "progress", [T_DATA] = "data", [T_RUBY] = "ruby",
	[T_RT] = "rt", [T_RP] = "rp", [T_BDI] = "bdi", [T_BDO] = "bdo",
	[T_COL] = "col", [T_COLGROUP] = "colgroup", [T_AREA] = "area",
	[T_MAP] = "map", [T_HGROUP] = "hgroup",
};

struct tag_entry {
	const char	*name;
	int		 tag;
};

/* Sorted by name for bsearch. */
static const struct tag_entry sorted[] = {
	{ "a", T_A }, { "abbr", T_ABBR }, { "address", T_ADDRESS },
	{ "area", T_AREA }, { "article", T_ARTICLE }, { "aside", T_ASIDE },
	{ "audio", T_AUDIO }, { "b", T_B }, { "bdi", T_BDI },
	{ "bdo", T_BDO }, { "big", T_BIG }, { "blockquote", T_BLOCKQUOTE },
	{ "body", T_BODY }, { "br", T_BR }, { "button", T_BUTTON },
	{ "caption", T_CAPTION }, { "center", T_CENTER }, { "cite", T_CITE },
	{ "code", T_CODE }, { "col", T_COL }, { "colgroup", T_COLGROUP },
	{ "data", T_DATA }, { "dd", T_DD }, { "del", T_DEL },
	{ "details", T_DETAILS }, { "dfn", T_DFN }, { "dialog", T_DIALOG },
	{ "div", T_DIV }, { "dl", T_DL }, { "dt", T_DT }, { "em", T_EM },
	{ "embed", T_EMBED }, { "fieldset", T_FIELDSET },
	{ "figcaption", T_FIGCAPTION }, { "figure", T_FIGURE },
	{ "font", T_FONT }, { "footer", T_FOOTER }, { "form", T_FORM },
	{ "h1", T_H1 }, { "h2", T_H2 }, { "h3", T_H3 }, { "h4", T_H4 },
	{ "h5", T_H5 }, { "h6", T_H6 }, { "header", T_HEADER },
	{ "hgroup", T_HGROUP }, { "hr", T_HR }, { "html", T_HTML },
	{ "i", T_I }, { "iframe", T_IFRAME }, { "img", T_IMG },
	{ "input", T_INPUT }, { "ins", T_INS }, { "kbd", T_KBD },
	{ "label", T_LABEL }, { "li", T_LI }, { "main", T_MAIN },
	{ "map", T_MAP }, { "mark", T_MARK }, { "menu", T_MENU },
	{ "meter", T_METER }, { "nav", T_NAV }, { "nobr", T_NOBR },
	{ "object", T_OBJECT }, { "ol", T_OL }, { "output", T_OUTPUT },
	{ "p", T_P }, { "picture", T_PICTURE }, { "pre", T_PRE },
	{ "progress", T_PROGRESS }, { "q", T_Q }, { "rp", T_RP },
	{ "rt", T_RT }, { "ruby", T_RUBY }, { "s", T_S }, { "samp", T_SAMP },
	{ "section", T_SECTION }, { "select", T_SELECT },
	{ "small", T_SMALL }, { "source", T_SOURCE }, { "span", T_SPAN },
	{ "strong", T_STRONG }, { "sub", T_SUB }, { "summary", T_SUMMARY },
	{ "sup", T_SUP }, { "table", T_TABLE }, { "tbody", T_TBODY },
	{ "td", T_TD }, { "textarea", T_TEXTAREA }, { "tfoot", T_TFOOT },
	{ "th", T_TH }, { "thead", T_THEAD }, { "time", T_TIME },
	{ "tr", T_TR }, { "tt", T_TT }, { "u", T_U }, { "ul", T_UL },
	{ "var", T_VAR }, { "video", T_VIDEO }, { "wbr", T_WBR }
};

#define N_SORTED	(sizeof(sorted) / sizeof(sorted[0]))

static bool	text_into(const struct dom_node *, struct buf *, size_t, bool);

/*
 * Where the names of each first letter start in sorted[]: a lookup
 * compares a few names of its letter (at every start tag of every page).
 */
static unsigned char	 first[27];
static pthread_once_t	 first_once = PTHREAD_ONCE_INIT;

static void
first_build(void)
{
	size_t	 i = 0;
	int	 c;

	for (c = 0; c < 26; c++) {
		while (i < N_SORTED && sorted[i].name[0] < 'a' + c)
			i++;
		first[c] = (unsigned char)i;
	}
	first[26] = (unsigned char)N_SORTED;
}

int
dom_tag_lookup(const char *name)
{
	size_t	 i, end;
	int	 c = (unsigned char)name[0] - 'a';

	if (c < 0 || c >= 26)
		return T_OTHER;
	pthread_once(&first_once, first_build);
	for (i = first[c], end = first[c + 1]; i < end; i++)
		if (strcmp(sorted[i].name, name) == 0)
			return sorted[i].tag;
	return T_OTHER;
}

const char *
dom_tag_name(int tag)
{
	return tag >= 0 && tag < T_NTAGS ? tag_names[tag] : "";
}

bool
dom_is_block(int tag)
{
	switch (tag) {
	case T_ADDRESS: case T_ARTICLE: case T_ASIDE: case T_BLOCKQUOTE:
	case T_BODY: case T_CAPTION: case T_CENTER: case T_DD: case T_DETAILS:
	case T_DIALOG: case T_DIV: case T_DL: case T_DT: case T_FIELDSET:
	case T_FIGCAPTION: case T_FIGURE: case T_FOOTER: case T_FORM:
	case T_H1: case T_H2: case T_H3: case T_H4: case T_H5: case T_H6:
	case T_HEADER: case T_HGROUP: case T_HR: case T_LI: case T_MAIN:
	case T_MENU: case T_NAV: case T_OL: case T_P: case T_PRE:
	case T_SECTION: case T_SUMMARY: case T_TABLE: case T_TBODY: case T_TD:
	case T_TFOOT: case T_TH: case T_THEAD: case T_TR: case T_UL:
		return true;
	default:
		return false;
	}
}

const char *
dom_attr(const struct dom_node *n, const char *name)
{
	const char	**p;

	if (n == NULL || n->attr == NULL)
		return NULL;
	for (p = n->attr; *p != NULL; p += 2)
		if (strcmp(*p, name) == 0)
			return p[1];
	return NULL;
}

struct dom_node *
dom_skip(const struct dom_node *n, const struct dom_node *top)
{
	while (n != NULL && n != top) {
		if (n->next != NULL)
			return n->next;
		n = n->parent;
	}
	return NULL;
}

struct dom_node *
dom_next(const struct dom_node *n, const struct dom_node *top)
{
	if (n->first != NULL)
		return n->first;
	return dom_skip(n, top);
}

/*
 * Appends the text under top with whitespace collapsed; a space goes
 * between blocks, and between any two elements when every is set.
 */
static bool
text_into(const struct dom_node *top, struct buf *b, size_t max, bool every)
{
	const struct dom_node	*n;
	const char		*p, *e;
	bool			 space = b->len > 0;

	for (n = top; n != NULL; n = dom_next(n, top)) {
		if (n->tag == T_BR || (n->flags & DOM_BLOCK) ||
		    (every && n->tag != T_TEXT))
			space = b->len > 0;
		if (n->tag != T_TEXT)
			continue;
		for (p = n->text, e = p + n->len; p < e; p++) {
			unsigned char c = (unsigned char)*p;

			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
			    c == '\f' || (c == 0xC2 && p + 1 < e &&
			    (unsigned char)p[1] == 0xA0 && ++p)) {
				space = b->len > 0;
				continue;
			}
			if (space)
				buf_addc(b, ' ');
			space = false;
			buf_addc(b, c);
		}
		if (max > 0 && b->len > max)
			return false;
	}
	return true;
}

const char *
dom_text(const struct dom_node *n, struct arena *a)
{
	struct buf	 b;
	const char	*s;

	buf_init(&b);
	text_into(n, &b, 0, false);
	s = b.len > 0 ? arena_strndup(a, b.data, b.len) : NULL;
	buf_release(&b);
	return s;
}

/* The text below n, up to max bytes (NULL past them), in a. */
static const char *
text_upto(const struct dom_node *n, size_t max, bool every, struct arena *a)
{
	struct buf	 b;
	const char	*s = NULL;

	buf_init(&b);
	if (text_into(n, &b, max, every) && b.len > 0)
		s = arena_strndup(a, b.data, b.len);
	buf_release(&b);
	return s;
}

const char *
dom_text_max(const struct dom_node *n, size_t max, struct arena *a)
{
	return text_upto(n, max, false, a);
}

const char *
dom_text_spaced(const struct dom_node *n, size_t max, struct arena *a)
{
	return text_upto(n, max, true, a);
}
