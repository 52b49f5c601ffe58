/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: the XML feed and JSON Feed readers, over test
 * doubles of the ingest plumbing that write each record as JSON (so the
 * strings are walked) and check they are valid UTF-8 where the reader
 * promises it. Entity bombs, cut documents and odd encodings must end
 * quickly without a crash.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/diag.h"
#include "core/record.h"
#include "core/utf8.h"
#include "ingest/feed.h"
#include "ingest/ingest.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct buf out;

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
	(void)ig;
	(void)d;
	return -1;
}

int
ingest_emit(struct ingest *ig, const struct doc *d, struct record *r)
{
	(void)ig;
	(void)d;
	if (r->title != NULL && !utf8_valid(r->title, strlen(r->title)))
		abort();
	if (r->text != NULL && !utf8_valid(r->text, strlen(r->text)))
		abort();
	buf_reset(&out);
	record_write(r, &out);
	return 1;
}

void
ingest_skip(struct ingest *ig, const char *where, long long off,
    const char *reason, const char *fmt, ...)
{
	(void)ig; (void)where; (void)off; (void)reason; (void)fmt;
}

int
ingest_fail(struct ingest *ig, const char *where, long long off,
    const char *reason, const char *fmt, ...)
{
	(void)ig; (void)where; (void)off; (void)reason; (void)fmt;
	return -1;
}

void
ingest_count(struct ingest *ig, const char *what)
{
	(void)ig;
	(void)what;
}

size_t
ingest_max_doc_bytes(const struct ingest *ig)
{
	(void)ig;
	return 1 << 20;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct arena	*a = arena_new();
	struct doc	 d;

	diag_set_quiet(true);
	doc_init(&d, a);
	d.path = "fuzz";
	d.data = data;
	d.len = len;
	if (jsonfeed_sniff(data, len))
		(void)jsonfeed_ingest(NULL, &d);
	else
		(void)feed_ingest(NULL, &d);
	arena_free(a);
	buf_release(&out);
	buf_init(&out);
	return 0;
}
