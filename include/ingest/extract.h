/* SPDX-License-Identifier: MIT */
/*
 * Main-content extraction on the page tree (dom.h), in these pieces:
 * extract_hint.c reads class and id names, extract.c scores containers
 * and extract_pick.c picks the best, extract_keep.c adds its story
 * container and siblings, extract_split.c adds the pieces of a split
 * story and extract_sections.c the sections of one cut by its template,
 * extract_clean.c drops what does not belong inside them (extract_trim.c
 * at the story's end), extract_lead.c finds a lead they missed,
 * extract_text.c writes the lead and the kept nodes as paragraphs. The
 * strings returned live in the arena given; the tree's scratch fields
 * (score, mark, chars...) are overwritten by each call.
 */
#ifndef NF_INGEST_EXTRACT_H
#define NF_INGEST_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct arena;
struct dom;
struct dom_node;

/* Class/id hint bits (dom_node.hints). */
#define HINT_UNLIKELY	0x001	/* navigation, sidebars, comments... */
#define HINT_MAYBE	0x002	/* "article", "content", "main"... */
#define HINT_POSITIVE	0x004
#define HINT_NEGATIVE	0x008
#define HINT_SHARE	0x010	/* share, social, print, font size */
#define HINT_BYLINE	0x020	/* byline, author, dateline */
#define HINT_BOILER	0x040	/* related, newsletter, promo, comments:
				   dropped even inside the story */
#define HINT_CAPTION	0x080	/* caption, credit, photo */
#define HINT_BODY	0x100	/* article-body, story-body, entry-content */
#define HINT_ROLE	0x200	/* role=navigation, complementary, dialog... */
#define HINT_COMMENT	0x400	/* comments, replies */
#define HINT_LEAD	0x800	/* lead, standfirst, chapo, teaser */
#define HINT_BOX	0x1000	/* author box, newsletter, consent, affiliate
				   note: boilerplate whatever else the class
				   says ("affiliate-text") */

/* Node marks (dom_node.mark) used between the pieces. */
#define MARK_JUNK	0x01	/* left out of scoring and text */
#define MARK_CAND	0x02	/* a scored candidate */
#define MARK_DROP	0x04	/* removed from the story by cleaning */
#define MARK_KEEP	0x08	/* a root of the story */
#define MARK_TITLE	0x10	/* a heading that repeats the title */

/* Extraction passes, most to least strict (Readability's retry flags). */
#define EX_STRIP_UNLIKELY	0x1
#define EX_WEIGHT_CLASSES	0x2
#define EX_CLEAN_COND		0x4
#define EX_ALL			0x7

/* Sets hints and weight of every element from its class and id. */
void	hint_apply(struct dom *);

/* The HINT_* bits of one class or id value. */
unsigned hint_of(const char *name);

/* True when a short block's whole text is a widget or label
   ("Advertisement", "Aa Aa Aa", "- A +", "Share"). */
bool	hint_boiler_text(const char *text);

/* True when a short text is only numbers: share counters ("21 0 0"). */
bool	hint_counter_text(const char *text);

/* True when a short line is a date with a label ("Updated: 7.1.2022"). */
bool	hint_dateline(const char *text);

/* True when a line (len bytes, NUL-terminated) is an image credit, a
   pointer to another story ("Read also: ...") or a reading time. */
bool	hint_label_line(const char *text, size_t len);

/* True when a line is only a byline ("By Anna Smith and Bob Jones"). */
bool	hint_byline_line(const char *text, size_t len);

/*
 * Extracts the body of d with the passes allowed by flags (EX_*); title
 * (may be NULL) helps drop a heading that repeats it, desc (the page's
 * description, may be NULL) finds a deck set under the headline. Returns
 * the text, paragraphs separated by a blank line, or NULL; *chars gets
 * its weighted length.
 */
const char *extract_body(struct dom *d, const char *title, const char *desc,
	    int flags, struct arena *a, size_t *chars);

/*
 * Keeps the other pieces of a story split into containers of their own:
 * elements of best's tag and class elsewhere in the same article that
 * read as prose.
 */
void	extract_split(struct dom *d, const struct dom_node *best);

/*
 * Keeps the other sections of a story cut into sections several blocks
 * deep: children of an ancestor of top that hold prose paragraphs in the
 * shape of top's longest one.
 */
void	extract_sections(struct dom *d, const struct dom_node *top,
	    int flags);

/*
 * The story's own container a few levels above top, when most of its
 * text is top's and it is not a list of links; else top.
 */
struct dom_node *extract_promote(struct dom *d, struct dom_node *top);

/*
 * Marks top and the siblings that belong with it as kept; none beside
 * main, the page's main landmark (NULL if none).
 */
void	extract_keep_siblings(struct dom *d, struct dom_node *top,
	    const struct dom_node *main);

/*
 * True when s holds other stories than top: both are <article>s, or s
 * holds two <article>s or more.
 */
bool	extract_other_stories(const struct dom_node *top,
	    const struct dom_node *s);

/* A block container (div, section, article, main, center). */
bool	extract_div_like(int tag);

/* Marks nodes under the kept roots that do not belong to the story. */
void	extract_clean(struct dom *d, const char *title, int flags);

/* The characters an <a> adds to link text (anchors 0.3, script 0). */
uint32_t extract_link_weight(const struct dom_node *a);

/* Link density of n (0..1). */
double	extract_link_density(const struct dom_node *n);

/*
 * The story's lead outside the kept nodes: a block between the headline
 * and top whose class names a lead, or whose text is desc (the page's
 * description; NULL if none), and which reads as prose; or NULL.
 */
const struct dom_node *extract_lead(const struct dom *d,
	    const struct dom_node *top, const char *desc, struct arena *a);

/*
 * Writes lead (may be NULL), then the kept, undropped nodes as paragraphs;
 * NULL when empty. With filter, paragraphs that are labels, datelines,
 * image credits or pointers to other stories are left out. *chars gets
 * the text's weighted length (extract_weighted_len) unless chars is NULL.
 */
const char *extract_text(struct dom *d, const struct dom_node *lead,
	    bool filter, struct arena *a, size_t *chars);

/*
 * The body to keep given the tree's text (chars weighted characters) and
 * the JSON-LD articleBody (may be NULL): the articleBody, split into
 * paragraphs, when the tree gave much less than it promises (paywalls,
 * pages built by scripts); else text. A recipe's or HowTo's body (steps
 * set: its description, ingredients and steps) is kept when it is as
 * long as the tree's text, which then holds less of the recipe.
 */
const char *extract_prefer_ld(const char *text, size_t chars,
	    const char *ld_body, bool steps, struct arena *a);

/* True when text holds the first paragraph of story. */
bool	extract_holds(const char *text, const char *story);

/*
 * The bytes of the sentence end at p, 0 if none: a full stop, "!" or "?"
 * before a space or the end, or a stop that needs no space after it
 * (CJK "。", "！", "？", Devanagari "।", Arabic "؟").
 */
size_t	extract_sentence_end(const char *p);

/* Weighted length of a UTF-8 string: CJK characters count double. */
size_t	extract_weighted_len(const char *s, size_t len);

/* Text similarity of two strings by shared words (0..1). */
double	extract_similarity(const char *a, const char *b);

#endif
