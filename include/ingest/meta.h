/* SPDX-License-Identifier: MIT */
/*
 * Page metadata for html_extract: JSON-LD (meta_jsonld.c), <meta> and
 * <link> tags and the page tree (meta.c), authors (meta_authors.c,
 * byline*.c) and credit lines naming the original outlet (credit.c).
 * Every string is in the arena given; NULL means not found.
 */
#ifndef NF_INGEST_META_H
#define NF_INGEST_META_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct dom;
struct record;
struct html_hint;

/* What the page's JSON-LD says about its article. */
struct ld_info {
	const char	 *headline;
	const char	 *published;	/* as written */
	const char	 *modified;	/* dateModified, as written */
	const char	**authors;	/* persons */
	size_t		  n_authors;
	const char	**org_authors;	/* organizations named as author */
	size_t		  n_org_authors;
	const char	 *publisher;
	const char	 *site_name;	/* a WebSite's name */
	const char	 *body;		/* articleBody, or the steps of a
					   HowTo or Recipe (may hold HTML) */
	bool		  steps;	/* body is a HowTo's or Recipe's */
	const char	 *url;
	const char	 *lang;
	const char	 *description;
	const char	**tags;
	size_t		  n_tags;
};

/* Reads every JSON-LD script of d (tolerantly) into ld. */
void	meta_jsonld(const struct dom *d, struct ld_info *ld, struct arena *);

/*
 * Fills r's title, authors, published (+ published_from), url, outlet,
 * lang, tags and summary from ld, the meta tags and the tree, each in its
 * documented order of precedence.
 */
void	meta_fill(struct dom *d, const struct ld_info *ld,
	    const struct html_hint *h, struct record *r, struct arena *a);

/* The first non-empty content of a <meta> (or <link rel>) named name. */
const char *meta_value(const struct dom *d, const char *name);

/*
 * Sets r->authors (meta_authors.c) from ld, the author metas and the
 * visible byline; site is og:site_name or NULL. Reads r->title, r->url
 * and r->outlet, so it runs after they are set.
 */
void	meta_authors(struct dom *d, const struct ld_info *ld,
	    const char *site, struct record *r, struct arena *a);

/* Sets r->published and r->published_from (meta_date.c). */
void	meta_date(struct dom *d, const struct ld_info *ld,
	    const struct html_hint *h, struct record *r, struct arena *a);

/*
 * When meta_fill found no date: a dateline near the first <h1>, at the
 * start of the story or just above it (after extraction marked it), in
 * the <title>, else the last-modified date of the metadata.
 */
void	meta_late_date(struct dom *d, const struct ld_info *ld,
	    const struct html_hint *h, struct record *r, struct arena *a);

/* Cleans one author string into names ("By A and B" -> A, B); appends
   them to *names (arena array of *n). */
void	byline_split(const char *s, const char ***names, size_t *n,
	    struct arena *a);

/* True when s reads as a person's name: two to four words, each
   capitalized but not in capitals ("ACLU"), none a job title. */
bool	byline_person(const char *s);

/* Looks for a visible byline in the tree, near the headline that reads
   as title (may be NULL); appends names as byline_split does. */
void	byline_find(struct dom *d, const char *title, const char ***names,
	    size_t *n, struct arena *a);

/*
 * Looks at the start and the end of the story extraction kept (MARK_KEEP)
 * for a byline ("Von Cosima Künzel", "Autorin: Uta Staschewski, ...") or
 * an agency's dateline ("Hamburg (dpa/lno) – "); appends the names.
 */
void	byline_story(struct dom *d, const char ***names, size_t *n,
	    struct arena *a);

/*
 * WordPress classes a comment by the post's author "bypostauthor": the
 * name of the first such comment (its hCard "fn"), appended to names.
 */
void	byline_post_author(struct dom *d, const char ***names, size_t *n,
	    struct arena *a);

/*
 * After extraction: when no author found so far is a person (none, or
 * the site's or an organization's name), a byline in the story names
 * them (byline_story); when there is none either, the post's author's
 * comment does (byline_post_author), else the site the metadata names.
 */
void	meta_late_authors(struct dom *d, const struct ld_info *ld,
	    struct record *r, struct arena *a);

/*
 * Looks at the last paragraphs of r->text for a credit line ("© Outlet",
 * "Source: Outlet", "Originally published by Outlet", "Источник: ...").
 * When one is found it is cut from the text, and r->outlet (and r->domain
 * when the line names a web address) are set to the outlet it names.
 */
void	credit_apply(struct record *r, struct arena *a);

/* Trims and collapses whitespace (decoding entities left escaped); a
   copy in a, or NULL when nothing is left. */
const char *meta_collapse(const char *s, struct arena *a);

/* The page's title (meta_title.c); site is the site's name or NULL,
   url the page's address or NULL. */
const char *meta_title(struct dom *d, const struct ld_info *ld,
	    const char *site, const char *url, struct arena *a);

/* The letters and digits of the first n bytes of s, lower-cased (ASCII),
   into buf (NUL-terminated); returns their count. */
size_t	meta_squash(const char *s, size_t n, char *buf, size_t size);

/* The site's name in the host of url ("volksblatt" for
   https://www.volksblatt.at/x), squashed as meta_squash; 0 if none. */
size_t	meta_host_label(const char *url, char *buf, size_t size);

/* Decodes HTML character references in s (a copy in a, or s). */
const char *meta_unescape(const char *s, struct arena *a);

/* True when the line t starts like a credit line ("© ...", "Source:"). */
bool	credit_is_line(const char *t);

/* True when the n bytes at s say "all rights reserved" (in English,
   German, French, Spanish, Italian, Portuguese, Russian or Ukrainian). */
bool	credit_rights_line(const char *s, size_t n);

/* Resolves ref against base (both may be NULL); absolute http(s) URL or
   NULL. */
const char *meta_abs_url(const char *ref, const char *base, struct arena *);

#endif
