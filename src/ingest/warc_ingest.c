/* SPDX-License-Identifier: MIT */
/*
 * Web archive records to documents. A response's HTTP message is parsed
 * (http.c) and only 2xx HTML or feed bodies go on; resource and
 * conversion records carry the document itself. Everything else is
 * counted by what it is ("warc request", "warc status 404", "warc media
 * image/png"), so the summary accounts for every record. WARC-Date
 * becomes the document's fetch time, never its publication date.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "ingest/http.h"
#include "ingest/ingest.h"
#include "ingest/warc.h"

static bool	wanted_type(const char *);
static const char *fetch_time(const char *, struct arena *);
static int	record_doc(struct ingest *, const char *, struct warc_record *,
		    struct arena *);

/* Media types that may hold an article or a feed; NULL: let sniff say. */
static bool
wanted_type(const char *t)
{
	static const char *ok[] = {
		"text/html", "application/xhtml+xml", "application/rss+xml",
		"application/atom+xml", "application/rdf+xml",
		"application/xml", "text/xml", "application/feed+json",
		"application/json", "text/rss+xml", NULL,
	};
	size_t i;

	if (t == NULL)
		return true;
	for (i = 0; ok[i] != NULL; i++)
		if (!strcmp(t, ok[i]))
			return true;
	return false;
}

/* WARC-Date to RFC 3339 UTC seconds ("...T10:00:00.123Z" loses .123). */
static const char *
fetch_time(const char *d, struct arena *a)
{
	if (d == NULL || strlen(d) < 10 || d[4] != '-' || d[7] != '-')
		return NULL;
	if (strlen(d) >= 19 && d[10] == 'T' && d[13] == ':')
		return arena_printf(a, "%.19sZ", d);
	return arena_printf(a, "%.10s", d);
}

static int
record_doc(struct ingest *ig, const char *path, struct warc_record *r,
    struct arena *a)
{
	struct http_response h;
	struct doc d;
	const char *err, *type, *charset;
	char what[80];

	doc_init(&d, a);
	d.path = path;
	d.offset = r->offset;
	d.format = !strcmp(r->version, "ARC") ? "arc" : "warc";
	d.url = r->target_uri;
	d.fetched = fetch_time(r->date, a);
	http_content_type(r->content_type, &type, &charset, a);
	if (!strcmp(r->type, "response") && r->block_len >= 5 &&
	    !memcmp(r->block, "HTTP/", 5)) {
		if (http_parse(r->block, r->block_len,
		    ingest_max_doc_bytes(ig), &h, a, &err) < 0)
			return ingest_fail(ig, path, r->offset, "bad HTTP response",
			    "%s", err);
		if (h.status < 200 || h.status > 299) {
			snprintf(what, sizeof(what), "%s status %dxx",
			    d.format, h.status / 100);
			ingest_count(ig, what);
			return 0;
		}
		type = h.content_type;
		charset = h.charset;
		d.data = h.body;
		d.len = h.body_len;
	} else if (!strcmp(r->type, "response") ||
	    !strcmp(r->type, "resource") || !strcmp(r->type, "conversion")) {
		d.data = r->block;
		d.len = r->block_len;
	} else {
		snprintf(what, sizeof(what), "%s %s", d.format, r->type);
		ingest_count(ig, what);
		return 0;
	}
	if (!wanted_type(type)) {
		snprintf(what, sizeof(what), "%s media %.40s", d.format, type);
		ingest_count(ig, what);
		return 0;
	}
	d.content_type = type;
	d.charset = charset;
	return ingest_doc(ig, &d);
}

int
warc_ingest(struct ingest *ig, const char *path, FILE *fp)
{
	struct arena *a = arena_new();
	struct warc *w = warc_new(fp, ingest_max_doc_bytes(ig));
	struct warc_record r;
	const char *err;
	long long off;
	int rc, n = 0, k;

	while ((rc = warc_next(w, &r, a, &err, &off)) != 0) {
		if (rc < 0)
			(void)ingest_fail(ig, path, off, strstr(err, "gzip") ?
			    "corrupt gzip" : strstr(err, "truncated") ?
			    "truncated record" : strstr(err, "larger") ?
			    "too large" : "bad WARC record", "%s", err);
		else if ((k = record_doc(ig, path, &r, a)) > 0)
			n += k;
		arena_reset(a);
	}
	if (ferror(fp))
		(void)ingest_fail(ig, path, -1, "read error", "read error");
	warc_free(w);
	arena_free(a);
	return n;
}

int
warc_ingest_doc(struct ingest *ig, const struct doc *d)
{
	FILE *fp;
	int n;

	if (d->len == 0)
		return 0;
	fp = fmemopen((void *)d->data, d->len, "rb");
	if (fp == NULL)
		return ingest_fail(ig, d->path, d->offset, "read error",
		    "cannot open in memory");
	n = warc_ingest(ig, d->path, fp);
	fclose(fp);
	return n;
}
