/* SPDX-License-Identifier: MIT */
/*
 * A page to a record: the page tree (html.c parses it), class hints,
 * JSON-LD and meta tags (meta*.c), then the body, chosen by the passes of
 * extract_body from strictest to laxest until one gives enough text, and
 * the JSON-LD body (its markup and character references read) when the
 * tree gave much less than it promises; last the
 * late dates and the credit line. Also the plain text of a feed's HTML
 * fragment, with no boilerplate removal. No libxml2 here.
 */
#include <stdbool.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/record.h"
#include "ingest/dom.h"
#include "ingest/extract.h"
#include "ingest/html.h"
#include "ingest/meta.h"

/* Extraction passes, strictest first (Readability drops its flags in
   this order when the text comes out too short). */
static const int passes[] = {
	EX_ALL, EX_WEIGHT_CLASSES | EX_CLEAN_COND, EX_CLEAN_COND, 0
};

#define MIN_CHARS	500
#define MIN_STORY	150	/* shorter: a label or a teaser */

/*
 * The text of the JSON-LD body. Markup in it is read as a page fragment
 * is, escaped markup too ("&lt;p&gt;", as some CMSs write it); character
 * references in plain text ("&mdash;") are decoded, each line a
 * paragraph.
 */
static const char *
ld_body_text(const char *body, struct arena *a)
{
	struct buf	 b;
	const char	*p, *t;

	if (strchr(body, '<') != NULL)
		return html_fragment_text(body, strlen(body), a);
	if (strchr(body, '&') == NULL)
		return body;
	if (strchr(t = meta_unescape(body, a), '<') != NULL)
		return html_fragment_text(t, strlen(t), a);
	buf_init(&b);
	buf_adds(&b, "<p>");
	for (p = body; *p; p++)
		if (*p == '\n')
			buf_adds(&b, "</p><p>");
		else
			buf_addc(&b, *p);
	t = html_fragment_text(b.data, b.len, a);
	buf_release(&b);
	return t;
}

int
html_extract(const char *html, size_t len, const struct html_hint *hint,
    struct record *r, struct arena *a)
{
	static const struct html_hint	 none;
	struct dom_limits		 lim;
	struct dom			*d;
	struct ld_info			 ld;
	const char			*text, *best = NULL, *outlet;
	size_t				 i, chars, best_chars = 0;

	if (hint == NULL)
		hint = &none;
	lim.max_depth = hint->max_depth;
	lim.deadline = hint->deadline;
	if ((d = dom_parse_limited(html, len, &lim, a)) == NULL)
		return -1;
	if (d->timed_out)
		return 2;
	hint_apply(d);
	meta_jsonld(d, &ld, a);
	meta_fill(d, &ld, hint, r, a);
	for (i = 0; i < sizeof(passes) / sizeof(passes[0]); i++) {
		text = extract_body(d, r->title, r->summary, passes[i], a,
		    &chars);
		/* A laxer pass finds more text; it replaces a short story
		   only when it holds that story too: text elsewhere on the
		   page is what the stricter pass set aside (a login dialog
		   beside a video's description). */
		if (text != NULL && chars > best_chars && (best_chars <
		    MIN_STORY || extract_holds(text, best))) {
			best = text;
			best_chars = chars;
		}
		if (best_chars >= MIN_CHARS)
			break;
	}
	if (ld.body != NULL)
		ld.body = ld_body_text(ld.body, a);
	r->text = extract_prefer_ld(best, best_chars, ld.body, ld.steps, a);
	meta_late_date(d, &ld, hint, r, a);
	meta_late_authors(d, &ld, r, a);
	outlet = r->outlet;
	credit_apply(r, a);
	/* Credited to another outlet: via marks the page it was found on
	   (ingest turns it into the host's registrable domain). */
	if (r->outlet != outlet)
		r->via = hint->url != NULL ? hint->url : r->url;
	if (r->summary != NULL && r->text != NULL &&
	    strncmp(r->text, r->summary, strlen(r->summary)) == 0)
		r->summary = NULL;
	return r->text != NULL ? 0 : 1;
}

const char *
html_fragment_text(const char *html, size_t len, struct arena *a)
{
	struct dom	*d;

	if ((d = dom_parse(html, len, 0, a)) == NULL)
		return NULL;
	d->body->mark = MARK_KEEP;
	return extract_text(d, NULL, false, a, NULL);
}
