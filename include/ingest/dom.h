/* SPDX-License-Identifier: MIT */
/*
 * The page as the extractors see it: a compact tree built in one pass of
 * libxml2's HTML parser (html.c is the only file that sees libxml2). Script,
 * style and other non-content subtrees are not built; JSON-LD scripts, the
 * <title>, <meta> and <link> elements are kept aside in struct dom. Every
 * node and string lives in the arena given to dom_parse; nothing is freed
 * separately.
 */
#ifndef NF_INGEST_DOM_H
#define NF_INGEST_DOM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct arena;

enum tag {
	T_TEXT, T_OTHER, T_A, T_ADDRESS, T_ARTICLE, T_ASIDE, T_B, T_BLOCKQUOTE,
	T_BODY, T_BR, T_BUTTON, T_CAPTION, T_CENTER, T_CODE, T_DD, T_DETAILS,
	T_DIALOG, T_DIV, T_DL, T_DT, T_EM, T_EMBED, T_FIELDSET, T_FIGCAPTION,
	T_FIGURE, T_FONT, T_FOOTER, T_FORM, T_H1, T_H2, T_H3, T_H4, T_H5, T_H6,
	T_HEADER, T_HR, T_HTML, T_I, T_IFRAME, T_IMG, T_INPUT, T_LABEL, T_LI,
	T_MAIN, T_MENU, T_NAV, T_OBJECT, T_OL, T_P, T_PICTURE, T_PRE, T_Q,
	T_SECTION, T_SELECT, T_SMALL, T_SPAN, T_STRONG, T_SUMMARY, T_SUP,
	T_TABLE, T_TBODY, T_TD, T_TEXTAREA, T_TFOOT, T_TH, T_THEAD, T_TIME,
	T_TR, T_U, T_UL, T_VIDEO, T_AUDIO, T_CITE, T_SUB, T_MARK, T_ABBR,
	T_S, T_DEL, T_INS, T_KBD, T_VAR, T_SAMP, T_DFN, T_BIG, T_TT, T_WBR,
	T_NOBR, T_SOURCE, T_OUTPUT, T_METER, T_PROGRESS, T_DATA, T_RUBY,
	T_RT, T_RP, T_BDI, T_BDO, T_COL, T_COLGROUP, T_AREA, T_MAP, T_HGROUP,
	T_NTAGS
};

/* Node flags, set while building. */
#define DOM_HIDDEN	0x01	/* hidden, display:none, aria-hidden */
#define DOM_BLOCK	0x02	/* a block-level element */
#define DOM_HAS_BLOCK	0x04	/* has a block-level descendant */
#define DOM_HAS_BODY	0x08	/* holds a node hinted as the story body */
#define DOM_HAS_TEXTAREA 0x10	/* had a <textarea> child (left out of
				   the tree with its content) */

struct dom_node {
	struct dom_node	*parent;
	struct dom_node	*first;		/* children */
	struct dom_node	*last;
	struct dom_node	*next;		/* siblings */
	struct dom_node	*prev;
	const char	*text;		/* T_TEXT: raw text (not collapsed) */
	const char	**attr;		/* name, value pairs; NULL-ended */
	const char	*cls;		/* class attribute or NULL */
	const char	*id;		/* id attribute or NULL */
	uint32_t	 len;		/* T_TEXT: bytes of text */
	uint16_t	 tag;		/* enum tag */
	uint16_t	 flags;
	int16_t		 weight;	/* class/id weight (extract_hint.c) */
	uint16_t	 depth;
	uint16_t	 hints;		/* HINT_* bits of class and id */
	/* Filled by extract_stats(): */
	uint32_t	 chars;		/* weighted visible characters */
	uint32_t	 link_chars;	/* of which inside <a> */
	uint32_t	 commas;
	uint32_t	 own_chars;	/* outside block descendants */
	uint32_t	 own_commas;
	float		 score;
	uint32_t	 mark;		/* extractor scratch */
};

/* One <meta> or <link>, in document order. */
struct dom_meta {
	const char	*name;		/* name, property, itemprop or
					   http-equiv (lowercased) */
	const char	*content;	/* content, or href for <link> */
	const char	*rel;		/* <link rel> lowercased, else NULL */
	bool		 is_link;
};

struct dom {
	struct dom_node	*root;
	struct dom_node	*body;		/* <body>, else root */
	const char	*title;		/* <title> text, or NULL */
	const char	*lang;		/* <html lang>, or NULL */
	const char	*base;		/* <base href>, or NULL */
	struct dom_meta	*meta;
	size_t		 n_meta;
	const char	**jsonld;	/* JSON-LD script bodies */
	size_t		 n_jsonld;
	const char	*script_date;	/* a publication date in other
					   scripts' data (date_script.h) */
	size_t		 n_nodes;
	bool		 timed_out;	/* stopped at limits->deadline */
};

/*
 * Limits of one parse: elements nested deeper than max_depth are
 * flattened into their deepest kept ancestor (0: 256, at most 60000);
 * past deadline (CLOCK_MONOTONIC seconds, 0: none) parsing stops and
 * dom->timed_out is set.
 */
struct dom_limits {
	int		 max_depth;
	double		 deadline;
};

/*
 * Parses len bytes of UTF-8 HTML; elements nested deeper than max_depth
 * (0: 256) are flattened into the deepest one. NULL when libxml2 gives up.
 */
struct dom *dom_parse(const char *html, size_t len, int max_depth,
	    struct arena *);
/* The same within limits (NULL: the defaults). */
struct dom *dom_parse_limited(const char *html, size_t len,
	    const struct dom_limits *, struct arena *);

/* The value of an attribute (name lowercase), or NULL. */
const char *dom_attr(const struct dom_node *, const char *name);

/* The enum tag of a lowercase element name (T_OTHER when unknown). */
int	dom_tag_lookup(const char *name);

/* The tag's name as written in HTML ("div"); "" for T_OTHER, T_TEXT. */
const char *dom_tag_name(int tag);

/* True for block-level tags (p, div, li, h1, table, ...). */
bool	dom_is_block(int tag);

/*
 * Appends the visible text of n to the arena-backed string it returns,
 * whitespace collapsed, no paragraph structure. NULL when empty.
 */
const char *dom_text(const struct dom_node *n, struct arena *);

/* Same, but NULL when the text is longer than max bytes (it stops
   reading there, so a large subtree costs little). */
const char *dom_text_max(const struct dom_node *n, size_t max,
	    struct arena *);

/* Same as dom_text_max, with a space before every element too: a date
   widget's <span>18</span><span>2009</span> reads "18 2009". */
const char *dom_text_spaced(const struct dom_node *n, size_t max,
	    struct arena *);

/* Next node in document order below top (pre-order); NULL at the end. */
struct dom_node *dom_next(const struct dom_node *n, const struct dom_node *top);

/* Same, but skipping n's children. */
struct dom_node *dom_skip(const struct dom_node *n, const struct dom_node *top);

#endif
