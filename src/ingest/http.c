/* SPDX-License-Identifier: MIT */
/*
 * HTTP responses from web archives: the status line and headers, then the
 * body made plain: chunked transfer coding removed, gzip/deflate (core/gz.h)
 * and br (libbrotlidec) content codings decoded, with a size limit so a
 * compression bomb stops at the document size cap. Lenient as crawlers
 * must be: bare LF line ends, missing reason phrases, chunk extensions,
 * a chunked body cut short (what arrived is kept).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <brotli/decode.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/gz.h"
#include "ingest/http.h"

static const char *line(const unsigned char **, const unsigned char *,
		    size_t *);
static int	dechunk(const unsigned char *, size_t, struct buf *);
static int	inflate_all(const unsigned char *, size_t, enum gz_format,
		    size_t, struct buf *);
static int	brotli_all(const unsigned char *, size_t, size_t,
		    struct buf *);
static int	parse(const unsigned char *, size_t, size_t,
		    struct http_response *, struct arena *, const char **, int);

/* Next line (without CR LF) from *p; NULL at the end of the input. */
static const char *
line(const unsigned char **p, const unsigned char *end, size_t *n)
{
	const unsigned char *s = *p, *e;

	if (s >= end)
		return NULL;
	e = memchr(s, '\n', (size_t)(end - s));
	if (e == NULL)
		e = end;
	*p = e < end ? e + 1 : end;
	*n = (size_t)(e - s);
	if (*n > 0 && s[*n - 1] == '\r')
		(*n)--;
	return (const char *)s;
}

void
http_content_type(const char *v, const char **type, const char **charset,
    struct arena *a)
{
	const char *p, *e;
	char *t;
	size_t n, i;

	*type = *charset = NULL;
	if (v == NULL)
		return;
	v += strspn(v, " \t");
	n = strcspn(v, "; \t");
	if (n > 0) {
		t = arena_strndup(a, v, n);
		for (i = 0; i < n; i++)
			if (t[i] >= 'A' && t[i] <= 'Z')
				t[i] |= 0x20;
		*type = t;
	}
	for (p = v; (p = strchr(p, ';')) != NULL; ) {
		p++;
		p += strspn(p, " \t");
		if (strncasecmp(p, "charset=", 8) != 0)
			continue;
		p += 8;
		if (*p == '"' || *p == '\'')
			p++;
		e = p + strcspn(p, "\"'; \t");
		if (e > p)
			*charset = arena_strndup(a, p, (size_t)(e - p));
		break;
	}
}

/* Removes chunked transfer coding; a body cut short keeps its chunks. */
static int
dechunk(const unsigned char *p, size_t len, struct buf *out)
{
	const unsigned char *end = p + len;
	unsigned long long size;
	const char *l;
	size_t n, i;
	int digit;

	while ((l = line(&p, end, &n)) != NULL) {
		for (i = 0, size = 0; i < n; i++) {
			digit = l[i] >= '0' && l[i] <= '9' ? l[i] - '0' :
			    (l[i] | 0x20) >= 'a' && (l[i] | 0x20) <= 'f' ?
			    (l[i] | 0x20) - 'a' + 10 : -1;
			if (digit < 0 || size > (1ULL << 40))
				break;
			size = size * 16 + (unsigned)digit;
		}
		if (i == 0)
			return out->len > 0 ? 0 : -1;
		if (size == 0)
			return 0;
		if (size > (size_t)(end - p))
			size = (size_t)(end - p);
		buf_add(out, p, (size_t)size);
		p += size;
		if (p < end && *p == '\r')
			p++;
		if (p < end && *p == '\n')
			p++;
	}
	return 0;
}

/* Inflates all of p in format f, member after member for gzip. */
static int
inflate_all(const unsigned char *p, size_t len, enum gz_format f,
    size_t limit, struct buf *out)
{
	struct gz *z;
	enum gz_status rc;
	unsigned char *o;
	size_t room;

	if ((z = gz_new(f)) == NULL)
		return -1;
	do {
		buf_grow(out, 65536);
		o = (unsigned char *)out->data + out->len;
		room = out->cap - out->len - 1;
		rc = gz_inflate(z, &p, &len, &o, &room);
		out->len = (size_t)((char *)o - out->data);
		if (rc == GZ_END && len > 0 && f != GZ_RAW) {
			/* Another gzip member follows. */
			gz_reset(z);
			rc = GZ_OK;
		}
	} while (rc == GZ_OK && out->len <= limit && (len > 0 || room == 0));
	gz_free(z);
	if (out->len > limit)
		return -2;
	return rc == GZ_END || (rc == GZ_OK && out->len > 0) ||
	    (rc == GZ_STALL && out->len > 0) ? 0 : -1;
}

static int
brotli_all(const unsigned char *p, size_t len, size_t limit,
    struct buf *out)
{
	BrotliDecoderState *s = BrotliDecoderCreateInstance(NULL, NULL, NULL);
	BrotliDecoderResult rc;
	size_t avail_in = len, avail_out;
	const uint8_t *in = p;
	uint8_t *o;

	if (s == NULL)
		return -1;
	do {
		buf_grow(out, 65536);
		o = (uint8_t *)out->data + out->len;
		avail_out = out->cap - out->len - 1;
		rc = BrotliDecoderDecompressStream(s, &avail_in, &in,
		    &avail_out, &o, NULL);
		out->len = (size_t)((char *)o - out->data);
	} while (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT &&
	    out->len <= limit);
	BrotliDecoderDestroyInstance(s);
	if (out->len > limit)
		return -2;
	return rc == BROTLI_DECODER_RESULT_SUCCESS ? 0 : -1;
}

int
http_decode(const char *enc, const unsigned char *p, size_t len,
    size_t limit, const unsigned char **out, size_t *out_len,
    struct arena *a, const char **err)
{
	struct buf b;
	int rc;

	*out = p;
	*out_len = len;
	if (enc == NULL || *enc == '\0' || !strcasecmp(enc, "identity") ||
	    len == 0)
		return 0;
	buf_init(&b);
	if (!strcasecmp(enc, "gzip") || !strcasecmp(enc, "x-gzip")) {
		rc = inflate_all(p, len, GZ_GZIP_OR_ZLIB, limit, &b);
		*err = "corrupt gzip body";
	} else if (!strcasecmp(enc, "deflate")) {
		/* Servers send zlib-wrapped or raw deflate: try both. */
		rc = inflate_all(p, len, GZ_GZIP_OR_ZLIB, limit, &b);
		if (rc == -1) {
			buf_reset(&b);
			rc = inflate_all(p, len, GZ_RAW, limit, &b);
		}
		*err = "corrupt deflate body";
	} else if (!strcasecmp(enc, "br")) {
		rc = brotli_all(p, len, limit, &b);
		*err = "corrupt brotli body";
	} else {
		*err = "unknown content encoding";
		rc = -1;
	}
	if (rc == -2)
		*err = "decoded body too large";
	if (rc == 0) {
		*out = (const unsigned char *)arena_strndup(a,
		    b.data ? b.data : "", b.len);
		*out_len = b.len;
	}
	buf_release(&b);
	return rc == 0 ? 0 : -1;
}

int
http_parse(const unsigned char *p, size_t len, size_t limit,
    struct http_response *r, struct arena *a, const char **err)
{
	return parse(p, len, limit, r, a, err, 0);
}

/* depth: interim (1xx) responses already passed over, at most a few. */
static int
parse(const unsigned char *p, size_t len, size_t limit,
    struct http_response *r, struct arena *a, const char **err, int depth)
{
	const unsigned char *end = p + len, *body;
	const char *l, *te = NULL, *ce = NULL, *v;
	struct buf b;
	size_t n, k;
	int rc;

	memset(r, 0, sizeof(*r));
	l = line(&p, end, &n);
	/* "HTTP/1.1 200 OK", "HTTP/2 200": the reason phrase may be absent. */
	if (l == NULL || n < 10 || strncmp(l, "HTTP/", 5) != 0 ||
	    (v = memchr(l, ' ', n - 3)) == NULL || v[1] < '1' || v[1] > '5' ||
	    v[2] < '0' || v[2] > '9' || v[3] < '0' || v[3] > '9') {
		*err = "no HTTP status line";
		return -1;
	}
	/* Three digits, read in place: the line is not NUL-terminated. */
	r->status = (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
	while ((l = line(&p, end, &n)) != NULL && n > 0) {
		/* Lines are not NUL-terminated: stay inside n bytes. */
		if ((v = memchr(l, ':', n)) == NULL)
			continue;
		k = (size_t)(v - l);
		v = arena_strndup(a, l + k + 1, n - k - 1);
		v += strspn(v, " \t");
		if (k == 12 && !strncasecmp(l, "Content-Type", 12))
			http_content_type(v, &r->content_type, &r->charset, a);
		else if (k == 17 && !strncasecmp(l, "Transfer-Encoding", 17))
			te = v;
		else if (k == 16 && !strncasecmp(l, "Content-Encoding", 16))
			ce = v;
		else if (k == 8 && !strncasecmp(l, "Location", 8))
			r->location = v;
	}
	/* "100 Continue" and other interim responses precede the real one. */
	if (r->status < 200 && depth < 4 && end - p >= 5 &&
	    memcmp(p, "HTTP/", 5) == 0)
		return parse(p, (size_t)(end - p), limit, r, a, err, depth + 1);
	body = p;
	r->body = body;
	r->body_len = (size_t)(end - body);
	if (te != NULL && strstr(te, "chunked") != NULL) {
		buf_init(&b);
		rc = dechunk(body, r->body_len, &b);
		if (rc == 0) {
			r->body = (const unsigned char *)arena_strndup(a,
			    b.data ? b.data : "", b.len);
			r->body_len = b.len;
		}
		buf_release(&b);
		if (rc != 0) {
			*err = "bad chunked encoding";
			return -1;
		}
	}
	if (r->body_len > limit) {
		*err = "body too large";
		return -1;
	}
	return http_decode(ce, r->body, r->body_len, limit, &r->body,
	    &r->body_len, a, err);
}
