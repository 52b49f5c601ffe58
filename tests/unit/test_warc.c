/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of src/ingest/warc.c and src/ingest/http.c: every record
 * type, WARC 1.0/1.1/0.18 and ARC headers, plain, per-record gzip and
 * whole-file gzip streams with their offsets, truncated and corrupt
 * input with resumption, and HTTP bodies (chunked, gzip, deflate, br).
 * Fixtures are built here, in memory.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <zlib.h>

#include "core/arena.h"
#include "core/buf.h"
#include "ingest/http.h"
#include "ingest/warc.h"

#define HTML	"<html><body><p>Hello</p></body></html>"

/* One WARC record; uri NULL leaves WARC-Target-URI out. */
static void
add_record(struct buf *b, const char *version, const char *type,
    const char *uri, const char *ctype, const char *block, size_t n)
{
	buf_addf(b, "%s\r\nWARC-Type: %s\r\n", version, type);
	if (uri != NULL)
		buf_addf(b, "WARC-Target-URI: %s\r\n", uri);
	buf_addf(b, "WARC-Date: 2024-03-01T10:20:30Z\r\n"
	    "Content-Type: %s\r\nContent-Length: %zu\r\n\r\n", ctype, n);
	buf_add(b, block, n);
	buf_adds(b, "\r\n\r\n");
}

static void
gzip_append(struct buf *out, const void *p, size_t n)
{
	z_stream z;

	memset(&z, 0, sizeof(z));
	assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 31, 8,
	    Z_DEFAULT_STRATEGY), Z_OK);
	buf_grow(out, deflateBound(&z, n) + 32);
	z.next_in = (unsigned char *)p;
	z.avail_in = (uInt)n;
	z.next_out = (unsigned char *)out->data + out->len;
	z.avail_out = (uInt)(out->cap - out->len - 1);
	assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
	out->len += z.total_out;
	deflateEnd(&z);
}

/* The seven record types, each record's start offset in *offs. */
static void
all_types(struct buf *b, long long *offs)
{
	static const char http[] = "HTTP/1.1 200 OK\r\n"
	    "Content-Type: text/html\r\n\r\n" HTML;
	int i = 0;

	offs[i++] = (long long)b->len;
	add_record(b, "WARC/1.0", "warcinfo", NULL, "application/warc-fields",
	    "software: t\r\n", 13);
	offs[i++] = (long long)b->len;
	add_record(b, "WARC/1.0", "request", "http://example.com/a",
	    "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n", 18);
	offs[i++] = (long long)b->len;
	add_record(b, "WARC/1.0", "response", "http://example.com/a",
	    "application/http; msgtype=response", http, sizeof(http) - 1);
	offs[i++] = (long long)b->len;
	add_record(b, "WARC/1.1", "resource", "<http://example.com/r>",
	    "text/html", HTML, strlen(HTML));
	offs[i++] = (long long)b->len;
	add_record(b, "WARC/1.0", "metadata", "http://example.com/a",
	    "application/warc-fields", "via: x\r\n", 8);
	offs[i++] = (long long)b->len;
	add_record(b, "WARC/1.0", "revisit", "http://example.com/a",
	    "application/http", "", 0);
	offs[i++] = (long long)b->len;
	add_record(b, "WARC/0.18", "conversion", "http://example.com/c",
	    "text/plain", "converted", 9);
}

static const char *types[] = { "warcinfo", "request", "response",
	"resource", "metadata", "revisit", "conversion" };

/* Reads data, expecting the seven records at offs. */
static void
check_all(const char *data, size_t len, const long long *offs)
{
	FILE *fp = fmemopen((void *)data, len, "rb");
	struct arena *a = arena_new();
	struct warc *w = warc_new(fp, 1 << 20);
	struct warc_record r;
	const char *err;
	long long eo;
	int i;

	for (i = 0; i < 7; i++) {
		assert_int_equal(warc_next(w, &r, a, &err, &eo), 1);
		assert_string_equal(r.type, types[i]);
		assert_int_equal(r.offset, offs[i]);
		if (i == 2) {
			assert_string_equal(r.target_uri,
			    "http://example.com/a");
			assert_string_equal(r.date, "2024-03-01T10:20:30Z");
			assert_true(r.block_len > strlen(HTML));
		}
		if (i == 3) {
			/* WARC 1.1 angle brackets are taken off. */
			assert_string_equal(r.target_uri,
			    "http://example.com/r");
			assert_string_equal(r.version, "WARC/1.1");
			assert_int_equal(r.block_len, strlen(HTML));
			assert_memory_equal(r.block, HTML, strlen(HTML));
		}
		if (i == 5)
			assert_int_equal(r.block_len, 0);
		if (i == 6)
			assert_string_equal(r.version, "WARC/0.18");
	}
	assert_int_equal(warc_next(w, &r, a, &err, &eo), 0);
	assert_int_equal(warc_next(w, &r, a, &err, &eo), 0);
	warc_free(w);
	arena_free(a);
	fclose(fp);
}

static void
test_plain(void **state)
{
	struct buf b;
	long long offs[7];

	(void)state;
	buf_init(&b);
	all_types(&b, offs);
	assert_true(warc_sniff((unsigned char *)b.data, b.len));
	check_all(b.data, b.len, offs);
	buf_release(&b);
}

/* One gzip member per record: offsets are the members' offsets. */
static void
test_gzip_members(void **state)
{
	struct buf b, gz;
	long long offs[7], goffs[7];
	int i;

	(void)state;
	buf_init(&b);
	buf_init(&gz);
	all_types(&b, offs);
	for (i = 0; i < 7; i++) {
		goffs[i] = (long long)gz.len;
		gzip_append(&gz, b.data + offs[i], (size_t)((i < 6 ?
		    offs[i + 1] : (long long)b.len) - offs[i]));
	}
	assert_true(warc_sniff((unsigned char *)gz.data, gz.len));
	check_all(gz.data, gz.len, goffs);
	buf_release(&b);
	buf_release(&gz);
}

/* A whole-file gzip stream: offsets are uncompressed offsets. */
static void
test_gzip_whole(void **state)
{
	struct buf b, gz;
	long long offs[7];

	(void)state;
	buf_init(&b);
	buf_init(&gz);
	all_types(&b, offs);
	gzip_append(&gz, b.data, b.len);
	offs[0] = 0;	/* the first record starts the only member */
	check_all(gz.data, gz.len, offs);
	buf_release(&b);
	buf_release(&gz);
}

static void
test_truncated(void **state)
{
	struct buf b;
	long long offs[7];
	struct warc_record r;
	struct arena *a = arena_new();
	const char *err;
	long long eo;
	FILE *fp;
	struct warc *w;
	int i;

	(void)state;
	buf_init(&b);
	all_types(&b, offs);
	fp = fmemopen(b.data, b.len - 8, "rb");
	w = warc_new(fp, 1 << 20);
	for (i = 0; i < 6; i++)
		assert_int_equal(warc_next(w, &r, a, &err, &eo), 1);
	assert_int_equal(warc_next(w, &r, a, &err, &eo), -1);
	assert_string_equal(err, "truncated record");
	assert_int_equal(eo, offs[6]);
	assert_int_equal(warc_next(w, &r, a, &err, &eo), 0);
	warc_free(w);
	fclose(fp);
	arena_free(a);
	buf_release(&b);
}

/* A damaged member is reported at its offset; the next one is read. */
static void
test_corrupt_member(void **state)
{
	struct buf b, gz;
	long long offs[7], goffs[7];
	struct warc_record r;
	struct arena *a = arena_new();
	const char *err;
	long long eo;
	FILE *fp;
	struct warc *w;
	int i;

	(void)state;
	buf_init(&b);
	buf_init(&gz);
	all_types(&b, offs);
	for (i = 0; i < 7; i++) {
		goffs[i] = (long long)gz.len;
		gzip_append(&gz, b.data + offs[i], (size_t)((i < 6 ?
		    offs[i + 1] : (long long)b.len) - offs[i]));
	}
	memset(gz.data + goffs[2] + 12, 'X', 12);
	fp = fmemopen(gz.data, gz.len, "rb");
	w = warc_new(fp, 1 << 20);
	assert_int_equal(warc_next(w, &r, a, &err, &eo), 1);
	assert_int_equal(warc_next(w, &r, a, &err, &eo), 1);
	assert_int_equal(warc_next(w, &r, a, &err, &eo), -1);
	assert_string_equal(err, "corrupt gzip member");
	assert_int_equal(eo, goffs[2]);
	assert_int_equal(warc_next(w, &r, a, &err, &eo), 1);
	assert_string_equal(r.type, "resource");
	assert_int_equal(r.offset, goffs[3]);
	for (i = 4; i < 7; i++)
		assert_int_equal(warc_next(w, &r, a, &err, &eo), 1);
	assert_int_equal(warc_next(w, &r, a, &err, &eo), 0);
	warc_free(w);
	fclose(fp);
	arena_free(a);
	buf_release(&b);
	buf_release(&gz);
}

/* Junk between records: reported, then the next record is found. */
static void
test_garbage_resync(void **state)
{
	struct buf b;
	struct warc_record r;
	struct arena *a = arena_new();
	const char *err;
	long long eo, second;
	FILE *fp;
	struct warc *w;

	(void)state;
	buf_init(&b);
	add_record(&b, "WARC/1.0", "resource", "http://e.com/1", "text/html",
	    HTML, strlen(HTML));
	buf_adds(&b, "garbage line\r\nmore junk\r\n");
	second = (long long)b.len;
	add_record(&b, "WARC/1.0", "resource", "http://e.com/2", "text/html",
	    HTML, strlen(HTML));
	fp = fmemopen(b.data, b.len, "rb");
	w = warc_new(fp, 1 << 20);
	assert_int_equal(warc_next(w, &r, a, &err, &eo), 1);
	assert_int_equal(warc_next(w, &r, a, &err, &eo), -1);
	assert_string_equal(err, "not a WARC record header");
	assert_int_equal(warc_next(w, &r, a, &err, &eo), 1);
	assert_string_equal(r.target_uri, "http://e.com/2");
	assert_int_equal(r.offset, second);
	assert_int_equal(warc_next(w, &r, a, &err, &eo), 0);
	warc_free(w);
	fclose(fp);
	arena_free(a);
	buf_release(&b);
}

/* Legacy ARC (version 1 header lines) and the size limit. */
static void
test_arc_and_limit(void **state)
{
	static const char arc[] =
	    "filedesc://x.arc 0.0.0.0 20050614070144 text/plain 9\n"
	    "1 0 IA\n\n\n"
	    "http://example.com/p 10.0.0.1 20050614070159 text/html 50\n"
	    "HTTP/1.0 200 OK\nContent-Type: text/html\n\n<p>x</p>\n";
	struct warc_record r;
	struct arena *a = arena_new();
	const char *err;
	long long eo;
	FILE *fp;
	struct warc *w;

	(void)state;
	assert_true(warc_sniff((const unsigned char *)arc, sizeof(arc) - 1));
	fp = fmemopen((void *)arc, sizeof(arc) - 1, "rb");
	w = warc_new(fp, 1 << 20);
	assert_int_equal(warc_next(w, &r, a, &err, &eo), 1);
	assert_string_equal(r.type, "warcinfo");
	assert_int_equal(warc_next(w, &r, a, &err, &eo), 1);
	assert_string_equal(r.version, "ARC");
	assert_string_equal(r.type, "response");
	assert_string_equal(r.target_uri, "http://example.com/p");
	assert_string_equal(r.date, "2005-06-14T07:01:59Z");
	assert_int_equal(r.block_len, 50);
	assert_int_equal(warc_next(w, &r, a, &err, &eo), 0);
	warc_free(w);
	fclose(fp);

	fp = fmemopen((void *)arc, sizeof(arc) - 1, "rb");
	w = warc_new(fp, 20);
	assert_int_equal(warc_next(w, &r, a, &err, &eo), 1);
	assert_int_equal(warc_next(w, &r, a, &err, &eo), -1);
	assert_string_equal(err, "record larger than the document size limit");
	assert_int_equal(warc_next(w, &r, a, &err, &eo), 0);
	warc_free(w);
	fclose(fp);
	arena_free(a);
	assert_false(warc_sniff((const unsigned char *)"<html>", 6));
}

static void
test_http_bodies(void **state)
{
	static const char br[] = "\x0b\x09\x80\x3c\x70\x3e\x68\x65\x6c\x6c"
	    "\x6f\x20\x62\x72\x6f\x74\x6c\x69\x3c\x2f\x70\x3e\x03";
	struct arena *a = arena_new();
	struct http_response h;
	struct buf b;
	const char *err;
	size_t hdr;

	(void)state;
	buf_init(&b);
	buf_adds(&b, "HTTP/1.1 200 OK\r\nContent-Type: text/html; "
	    "charset=\"ISO-8859-1\"\r\nTransfer-Encoding: chunked\r\n\r\n"
	    "5;ext=1\r\n<p>he\r\n6\r\nllo</p\r\n1\r\n>\r\n0\r\n\r\n");
	assert_int_equal(http_parse((unsigned char *)b.data, b.len, 1 << 20,
	    &h, a, &err), 0);
	assert_int_equal(h.status, 200);
	assert_string_equal(h.content_type, "text/html");
	assert_string_equal(h.charset, "ISO-8859-1");
	assert_int_equal(h.body_len, 12);
	assert_memory_equal(h.body, "<p>hello</p>", 12);

	buf_reset(&b);
	buf_adds(&b, "HTTP/1.1 404 Not Found\nContent-Encoding: gzip\n\n");
	hdr = b.len;
	gzip_append(&b, HTML, strlen(HTML));
	assert_int_equal(http_parse((unsigned char *)b.data, b.len, 1 << 20,
	    &h, a, &err), 0);
	assert_int_equal(h.status, 404);
	assert_int_equal(h.body_len, strlen(HTML));
	assert_memory_equal(h.body, HTML, strlen(HTML));
	/* A bomb stops at the limit. */
	assert_int_equal(http_parse((unsigned char *)b.data, b.len, 10,
	    &h, a, &err), -1);
	/* A cut gzip body is an error, not a crash. */
	assert_int_equal(http_parse((unsigned char *)b.data, hdr + 5,
	    1 << 20, &h, a, &err), -1);

	buf_reset(&b);
	buf_adds(&b, "HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n");
	buf_add(&b, br, sizeof(br) - 1);
	assert_int_equal(http_parse((unsigned char *)b.data, b.len, 1 << 20,
	    &h, a, &err), 0);
	assert_int_equal(h.body_len, 19);
	assert_memory_equal(h.body, "<p>hello brotli</p>", 19);

	assert_int_equal(http_parse((const unsigned char *)"GET / HTTP/1.1",
	    14, 100, &h, a, &err), -1);
	assert_string_equal(err, "no HTTP status line");
	buf_release(&b);
	arena_free(a);
}

static void
test_http_deflate_raw_and_zlib(void **state)
{
	struct arena *a = arena_new();
	const unsigned char *out;
	unsigned char z[256];
	uLongf zn = sizeof(z);
	size_t n;
	const char *err;

	(void)state;
	assert_int_equal(compress(z, &zn, (const Bytef *)HTML, strlen(HTML)),
	    Z_OK);
	assert_int_equal(http_decode("deflate", z, zn, 1 << 20, &out, &n, a,
	    &err), 0);
	assert_int_equal(n, strlen(HTML));
	/* Raw deflate: the zlib stream without its 2-byte header. */
	assert_int_equal(http_decode("deflate", z + 2, zn - 6, 1 << 20, &out,
	    &n, a, &err), 0);
	assert_memory_equal(out, HTML, strlen(HTML));
	assert_int_equal(http_decode("compress", z, zn, 1 << 20, &out, &n, a,
	    &err), -1);
	arena_free(a);
}

/* Header lines are not NUL-terminated: a last line without a colon, or
   the status line, at the very end of the block is read inside it
   (found by fuzzing). */
static void
test_http_unterminated(void **state)
{
	static const char in[] = "HTTP/1.1 200 OK\r\nContent-Type: text/html"
	    "\r\nno colon here";
	struct arena *a = arena_new();
	struct http_response h;
	unsigned char *p = malloc(sizeof(in) - 1);
	const char *err;

	(void)state;
	memcpy(p, in, sizeof(in) - 1);
	assert_int_equal(http_parse(p, sizeof(in) - 1, 1 << 20, &h, a, &err),
	    0);
	assert_string_equal(h.content_type, "text/html");
	assert_int_equal(h.body_len, 0);
	/* A status line that ends the block: its code is read in place. */
	memcpy(p, "HTTP/1.1 301", 12);
	assert_int_equal(http_parse(p, 12, 1 << 20, &h, a, &err), 0);
	assert_int_equal(h.status, 301);
	memcpy(p, "HTTP/1.1  30", 12);
	assert_int_equal(http_parse(p, 12, 1 << 20, &h, a, &err), -1);
	free(p);
	arena_free(a);
}

/* HTTP/2 status lines have no minor version nor reason; 1xx come first. */
static void
test_http_versions(void **state)
{
	static const char h2[] = "HTTP/2 200\r\ncontent-type: text/html\r\n"
	    "\r\n<p>x</p>";
	static const char cont[] = "HTTP/1.1 100 Continue\r\n\r\n"
	    "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\n\r\nno";
	struct arena *a = arena_new();
	struct http_response h;
	const char *err;

	(void)state;
	assert_int_equal(http_parse((const unsigned char *)h2, sizeof(h2) - 1,
	    1 << 20, &h, a, &err), 0);
	assert_int_equal(h.status, 200);
	assert_string_equal(h.content_type, "text/html");
	assert_int_equal(h.body_len, 8);
	assert_int_equal(http_parse((const unsigned char *)cont,
	    sizeof(cont) - 1, 1 << 20, &h, a, &err), 0);
	assert_int_equal(h.status, 404);
	assert_string_equal(h.content_type, "text/plain");
	assert_int_equal(h.body_len, 2);
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain),
		cmocka_unit_test(test_gzip_members),
		cmocka_unit_test(test_gzip_whole),
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_corrupt_member),
		cmocka_unit_test(test_garbage_resync),
		cmocka_unit_test(test_arc_and_limit),
		cmocka_unit_test(test_http_bodies),
		cmocka_unit_test(test_http_deflate_raw_and_zlib),
		cmocka_unit_test(test_http_unterminated),
		cmocka_unit_test(test_http_versions),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
