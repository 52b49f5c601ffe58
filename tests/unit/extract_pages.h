/* SPDX-License-Identifier: MIT */
/*
 * What the extraction unit tests share: a story body long enough to win
 * the scoring (BODY, and LONG_BODY past the 500 characters after which
 * only the strictest pass runs, TWO_PARAS for pages whose other parts
 * are tested), extracting an inline page or a page of
 * tests/fixtures/extract/, and asserting what its text holds. Include it
 * after <cmocka.h>. The texts live in the caller's arena.
 */
#ifndef NF_TEST_EXTRACT_PAGES_H
#define NF_TEST_EXTRACT_PAGES_H

#include <stdio.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/record.h"
#include "ingest/html.h"

#define FIXTURES	"tests/fixtures/extract/"

#define BODY \
	"<p>The first paragraph of the story is long enough to be scored, " \
	"with commas, clauses, and a proper ending of its own.</p>" \
	"<p>The second paragraph adds more words, more commas, and more " \
	"sentences, so that the container wins the scoring easily.</p>" \
	"<p>A third paragraph goes on, with commas, numbers, and facts, " \
	"about the grant, the farms, and the people who run them.</p>" \
	"<p>A fourth paragraph ends the story, with a last word, a last " \
	"comma, and a last full stop, as stories do.</p>"

#define LONG_BODY BODY \
	"<p>A fifth paragraph, with commas, adds what the council said, " \
	"what the farmers said, and what happens next, in the spring.</p>" \
	"<p>A sixth paragraph, with commas, closes the story with a quote " \
	"from the minister, who said little, but said it well.</p>"

/* The text of an inline page, or NULL. */
static inline const char *
text_of(const char *html, struct arena *a)
{
	struct record	r;

	record_init(&r);
	html_extract(html, strlen(html), NULL, &r, a);
	return r.text;
}

/* Reads a page of tests/fixtures/extract/ into b (initialised here). */
static inline void
read_fixture(const char *name, struct buf *b)
{
	char		 path[256], tmp[4096];
	FILE		*f;
	size_t		 n;

	snprintf(path, sizeof(path), FIXTURES "%s", name);
	if ((f = fopen(path, "rb")) == NULL)
		fail_msg("cannot open %s", path);
	buf_init(b);
	while ((n = fread(tmp, 1, sizeof(tmp), f)) > 0)
		buf_add(b, tmp, n);
	fclose(f);
}

/* The text of a page in tests/fixtures/extract/, or NULL. */
static inline const char *
text_of_file(const char *name, struct arena *a)
{
	struct buf	 b;
	const char	*t;

	read_fixture(name, &b);
	buf_addc(&b, '\0');
	t = text_of(b.data, a);
	buf_release(&b);
	return t;
}

/* A fixture page extracted into its own arena (freed by the test). */
struct page {
	struct arena	*a;
	struct record	 r;
	int		 rc;
};

static inline void
load(struct page *p, const char *name, const char *url)
{
	struct html_hint	 h = { url, NULL, 0, 0 };
	struct buf		 b;

	read_fixture(name, &b);
	p->a = arena_new();
	record_init(&p->r);
	p->rc = html_extract(b.data, b.len, &h, &p->r, p->a);
	buf_release(&b);
}

/* The number of paragraphs of a record's text. */
static inline size_t
paragraphs(const char *text)
{
	size_t		 n = 1;
	const char	*p;

	for (p = text; (p = strstr(p, "\n\n")) != NULL; p += 2)
		n++;
	return n;
}

/* Extracts an inline page with an optional address and fetch time. */
static inline int
inline_page(const char *html, const char *url, const char *fetched,
    struct record *r, struct arena *a)
{
	struct html_hint	h = { url, fetched, 0, 0 };

	record_init(r);
	return html_extract(html, strlen(html), &h, r, a);
}

/* Two paragraphs, for pages whose other parts are tested. */
#define TWO_PARAS \
	"<p>The first paragraph of the story is long enough to be scored, " \
	"with commas, clauses, and a proper ending of its own.</p>" \
	"<p>The second paragraph adds more words, more commas, and more " \
	"sentences, so that the container wins the scoring easily.</p>"

static inline void
has(const char *text, const char *s)
{
	if (text == NULL || strstr(text, s) == NULL)
		fail_msg("text lacks \"%s\"", s);
}

static inline void
lacks(const char *text, const char *s)
{
	if (text != NULL && strstr(text, s) != NULL)
		fail_msg("text has \"%s\"", s);
}

#endif
