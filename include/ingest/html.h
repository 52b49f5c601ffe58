/* SPDX-License-Identifier: MIT */
/*
 * An HTML page to one article record: libxml2's HTML parser (no network,
 * recover mode), then metadata (title, authors, published, url, outlet,
 * lang, tags) and main-content extraction. See newsframe-ingest(1),
 * EXTRACTION, for how the body is chosen.
 */
#ifndef NF_INGEST_HTML_H
#define NF_INGEST_HTML_H

#include <stddef.h>

struct arena;
struct record;

/* Page facts known from outside the bytes. */
struct html_hint {
	const char	*url;		/* the page's address, or NULL */
	const char	*fetched;	/* RFC 3339 UTC fetch time, or NULL */
	int		 max_depth;	/* element nesting kept; deeper elements
					   are flattened (0: 256) */
	double		 deadline;	/* CLOCK_MONOTONIC seconds, 0: none */
};

/*
 * Parses html (UTF-8, len bytes) and fills r (strings in a). Returns 0 when
 * an article body was found, 1 when the page parsed but holds no article
 * text (r may still carry metadata), -1 when it could not be parsed, 2
 * when parsing ran past hint->deadline (r is then empty). When a credit
 * line names another outlet, r->outlet (and r->domain when the line gives
 * an address) name it and r->via is the page's URL (the hint's, else the
 * canonical one; NULL when neither is known).
 */
int	html_extract(const char *html, size_t len, const struct html_hint *,
	    struct record *r, struct arena *a);

/*
 * Converts an HTML fragment (feed content) to text without boilerplate
 * removal: blocks become paragraphs separated by a blank line, scripts,
 * styles and comments dropped, entities decoded. Result in a, or NULL when
 * no text.
 */
const char *html_fragment_text(const char *html, size_t len,
	    struct arena *a);

/* Initializes libxml2 once; call before parsing from several threads. */
void	html_library_init(void);

/* Frees the parser this thread keeps between parses (at thread exit). */
void	html_thread_release(void);

#endif
