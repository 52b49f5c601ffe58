/* SPDX-License-Identifier: MIT */
/*
 * Test double of the ingest plumbing, html_fragment_text and date_parse,
 * for running the feed, WARC and archive readers alone:
 * `stub ingest FILE...` prints the records of each file. Development aid
 * only; the real modules live in src/ingest/.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/HTMLparser.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/record.h"
#include "ingest/date.h"
#include "ingest/archive.h"
#include "ingest/feed.h"
#include "ingest/warc.h"
#include "ingest/jsonl_import.h"
#include "ingest/html.h"
#include "ingest/ingest.h"

struct ingest {
	struct buf	 out;
};

void
doc_init(struct doc *d, struct arena *a)
{
	memset(d, 0, sizeof(*d));
	d->offset = -1;
	d->arena = a;
}

int
ingest_doc(struct ingest *ig, const struct doc *d)
{
	if (warc_sniff(d->data, d->len))
		return warc_ingest_doc(ig, d);
	if (archive_sniff(d->data, d->len))
		return archive_ingest_doc(ig, d);
	if (jsonl_sniff(d->data, d->len))
		return jsonl_import(ig, d, NULL);
	if (feed_sniff(d->data, d->len))
		return feed_ingest(ig, d);
	if (jsonfeed_sniff(d->data, d->len))
		return jsonfeed_ingest(ig, d);
	printf("{\"doc\":\"%s\",\"offset\":%lld,\"len\":%zu,\"url\":\"%s\",\"fetched\":\"%s\",\"type\":\"%s\",\"charset\":\"%s\",\"head\":\"%.12s\"}\n",
	    d->path, d->offset, d->len, d->url ? d->url : "", d->fetched ? d->fetched : "",
	    d->content_type ? d->content_type : "", d->charset ? d->charset : "", d->len ? (const char *)d->data : "");
	return -1;
}

int
ingest_emit(struct ingest *ig, const struct doc *d, struct record *r)
{
	r->source_path = d->path;
	r->source_offset = d->offset;
	if (d->format)
		r->source_format = d->format;
	if (d->fetched)
		r->fetched = d->fetched;
	if (r->id == NULL)
		record_set_id(r, d->arena);
	buf_reset(&ig->out);
	record_write(r, &ig->out);
	fwrite(ig->out.data, 1, ig->out.len, stdout);
	return 1;
}

static void
report(const char *where, long long off, const char *reason, const char *fmt,
    va_list ap)
{
	fprintf(stderr, "stub: %s", where ? where : "-");
	if (off >= 0)
		fprintf(stderr, ":%lld", off);
	fprintf(stderr, ": [%s] ", reason);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
ingest_skip(struct ingest *ig, const char *where, long long off,
    const char *reason, const char *fmt, ...)
{
	va_list ap;

	(void)ig;
	va_start(ap, fmt);
	report(where, off, reason, fmt, ap);
	va_end(ap);
}

int
ingest_fail(struct ingest *ig, const char *where, long long off,
    const char *reason, const char *fmt, ...)
{
	va_list ap;

	(void)ig;
	va_start(ap, fmt);
	report(where, off, reason, fmt, ap);
	va_end(ap);
	return -1;
}

void
ingest_count(struct ingest *ig, const char *what)
{
	(void)ig;
	fprintf(stderr, "stub: count %s\n", what);
}

size_t
ingest_max_doc_bytes(const struct ingest *ig)
{
	(void)ig;
	return 64u << 20;
}

static void
walk(xmlNode *n, struct buf *b)
{
	for (; n != NULL; n = n->next) {
		if (n->type == XML_TEXT_NODE && n->content)
			buf_adds(b, (const char *)n->content);
		else if (n->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)n->name, "script") &&
		    strcmp((const char *)n->name, "style")) {
			walk(n->children, b);
			if (!strcmp((const char *)n->name, "p") ||
			    !strcmp((const char *)n->name, "div") ||
			    !strcmp((const char *)n->name, "br"))
				buf_adds(b, "\n\n");
		}
	}
}

const char *
html_fragment_text(const char *html, size_t len, struct arena *a)
{
	htmlDocPtr doc;
	struct buf b;
	const char *s = NULL;
	size_t i, j;

	doc = htmlReadMemory(html, (int)len, NULL, "UTF-8",
	    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_NONET);
	if (doc == NULL)
		return NULL;
	buf_init(&b);
	walk(xmlDocGetRootElement(doc), &b);
	xmlFreeDoc(doc);
	for (i = 0; i < b.len && strchr(" \t\r\n", b.data[i]); i++)
		;
	for (j = b.len; j > i && strchr(" \t\r\n", b.data[j - 1]); j--)
		;
	if (j > i)
		s = arena_strndup(a, b.data + i, j - i);
	buf_release(&b);
	return s;
}

#ifndef REAL_DATE
const char *
date_parse(const char *s, struct arena *a)
{
	struct tm tm;
	const char *fmts[] = { "%a, %d %b %Y %H:%M:%S", "%Y-%m-%dT%H:%M:%S",
	    "%d %b %Y %H:%M:%S", "%Y-%m-%d", NULL };
	int i;

	for (i = 0; fmts[i]; i++) {
		memset(&tm, 0, sizeof(tm));
		if (strptime(s, fmts[i], &tm) != NULL)
			return arena_printf(a, i == 3 ? "%04d-%02d-%02d" :
			    "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
			    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
			    tm.tm_sec);
	}
	return NULL;
}
#endif

static int
run_file(struct ingest *ig, const char *path)
{
	FILE *fp = fopen(path, "rb");
	struct arena *a;
	struct doc d;
	struct buf b;
	char chunk[65536];
	size_t n;

	if (fp == NULL)
		return perror(path), 1;
	buf_init(&b);
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		buf_add(&b, chunk, n);
	fclose(fp);
	a = arena_new();
	doc_init(&d, a);
	d.path = path;
	d.data = (const unsigned char *)(b.data ? b.data : "");
	d.len = b.len;
	ingest_doc(ig, &d);
	arena_free(a);
	buf_release(&b);
	return 0;
}

int
main(int argc, char **argv)
{
	struct ingest ig;
	int i, rc = 0;

	buf_init(&ig.out);
	for (i = 2; i < argc; i++)
		rc |= run_file(&ig, argv[i]);
	buf_release(&ig.out);
	xmlCleanupParser();
	return rc;
}
