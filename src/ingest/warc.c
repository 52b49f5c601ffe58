/* SPDX-License-Identifier: MIT */
/*
 * The WARC/ARC reader: a byte stream (plain, or gzip through core/gz.h,
 * member after member) and the record parser on top of it.
 *
 * Offsets: with one gzip member per record (the .warc.gz convention) a
 * record's offset is its member's offset in the compressed file, what CDX
 * indexes give and what a user can seek to; otherwise it is the byte
 * offset in the uncompressed stream. A corrupt member is reported at its
 * offset and skipped up to the next gzip header; a record cut short at
 * the end is reported at its own offset.
 */
#define _GNU_SOURCE	/* memmem */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/gz.h"
#include "core/xmalloc.h"
#include "ingest/warc.h"

#define IN_SIZE		65536
#define LINE_MAX_LEN	65536
#define HEADER_MAX	(1u << 20)

struct warc {
	FILE		*fp;
	size_t		 limit;
	int		 gz;		/* -1 not known yet, 0 plain, 1 gzip */
	struct gz	*z;		/* when gz is 1 */
	unsigned char	 in[IN_SIZE];
	const unsigned char *next;	/* unread compressed bytes in in[] */
	size_t		 avail;
	long long	 in_base;	/* file offset of in[0] */
	long long	 nread;		/* bytes read from fp */
	struct buf	 out;		/* decoded bytes */
	size_t		 pos;		/* next unread byte in out */
	long long	 upos;		/* stream offset of out[pos] */
	long long	 member_c;	/* current member: file offset */
	long long	 member_u;	/* and stream offset of its start */
	bool		 in_member;	/* inside a gzip member */
	bool		 eof;
	bool		 arc;		/* an ARC file */
	bool		 dead;		/* give up (unsupported input) */
	const char	*err;		/* pending stream error */
	long long	 err_off;
};

static int	fill(struct warc *, size_t);
static int	fill_gz(struct warc *);
static void	resync_gz(struct warc *);
static const char *get_line(struct warc *, size_t *);
static void	consume(struct warc *, size_t);

struct warc *
warc_new(FILE *fp, size_t limit)
{
	struct warc *w = xcalloc(1, sizeof(*w));

	w->fp = fp;
	w->limit = limit;
	w->gz = -1;
	buf_init(&w->out);
	return w;
}

void
warc_free(struct warc *w)
{
	if (w == NULL)
		return;
	gz_free(w->z);
	buf_release(&w->out);
	free(w);
}

long long
warc_bytes_read(const struct warc *w)
{
	return w->nread;
}

/* Drops consumed bytes at the front of the buffer. */
static void
compact(struct warc *w)
{
	if (w->pos == 0)
		return;
	memmove(w->out.data, w->out.data + w->pos, w->out.len - w->pos);
	w->out.len -= w->pos;
	w->pos = 0;
}

static void
consume(struct warc *w, size_t n)
{
	w->pos += n;
	w->upos += (long long)n;
}

/* Refills the compressed input; false at the end of the file. */
static bool
refill_in(struct warc *w)
{
	size_t n;

	w->in_base += (long long)(w->next ? (size_t)(w->next - w->in) : 0);
	n = fread(w->in, 1, IN_SIZE, w->fp);
	w->nread += (long long)n;
	w->next = w->in;
	w->avail = n;
	return n > 0;
}

/* Skips compressed input up to the next gzip header after a bad member. */
static void
resync_gz(struct warc *w)
{
	const unsigned char *p, *e;
	size_t keep, n;

	for (;;) {
		e = w->next + w->avail;
		p = w->avail > 3 ? memchr(w->next + 1, 0x1f, w->avail - 1) :
		    NULL;
		while (p != NULL && p + 2 < e && !(p[1] == 0x8b && p[2] == 8))
			p = memchr(p + 1, 0x1f, (size_t)(e - p - 1));
		if (p != NULL && p + 2 < e) {
			w->avail -= (size_t)(p - w->next);
			w->next = p;
			break;
		}
		/* Keep the last two bytes, at the front: a header may
		   straddle the refill. */
		keep = w->avail > 2 ? 2 : w->avail;
		memmove(w->in, e - keep, keep);
		w->in_base += (long long)(w->next - w->in) +
		    (long long)(w->avail - keep);
		w->next = w->in;
		w->avail = keep;
		n = fread(w->in + keep, 1, IN_SIZE - keep, w->fp);
		w->nread += (long long)n;
		if (n == 0) {
			w->avail = 0;
			w->eof = true;
			return;
		}
		w->avail += n;
	}
	gz_reset(w->z);
	w->in_member = false;
}

/* Inflates one more piece; 0, or -1 at the end of the input. */
static int
fill_gz(struct warc *w)
{
	enum gz_status rc;
	unsigned char *o;
	size_t room;

	if (w->avail == 0 && !refill_in(w)) {
		w->eof = true;
		if (w->in_member && w->err == NULL) {
			w->err = "truncated gzip member";
			w->err_off = w->member_c;
		}
		return -1;
	}
	if (!w->in_member) {
		w->member_c = w->in_base + (w->next - w->in);
		w->member_u = w->upos + (long long)(w->out.len - w->pos);
		w->in_member = true;
	}
	buf_grow(&w->out, IN_SIZE * 4);
	o = (unsigned char *)w->out.data + w->out.len;
	room = w->out.cap - w->out.len - 1;
	rc = gz_inflate(w->z, &w->next, &w->avail, &o, &room);
	w->out.len = (size_t)((char *)o - w->out.data);
	if (rc == GZ_END) {
		gz_reset(w->z);
		w->in_member = false;
	} else if (rc == GZ_ERROR) {
		if (w->err == NULL) {
			w->err = "corrupt gzip member";
			w->err_off = w->member_c;
		}
		/* What the bad member gave is dropped with it. */
		w->upos += (long long)(w->out.len - w->pos);
		w->pos = w->out.len;
		resync_gz(w);
	}
	return 0;
}

/* Makes n bytes available at pos if the input has them; 0 or -1. */
static int
fill(struct warc *w, size_t n)
{
	unsigned char peek[2];
	size_t got;

	if (w->gz < 0) {
		got = fread(peek, 1, 2, w->fp);
		w->nread += (long long)got;
		w->gz = got == 2 && peek[0] == 0x1f && peek[1] == 0x8b;
		if (w->gz) {
			if ((w->z = gz_new(GZ_GZIP)) == NULL)
				return -1;
			memcpy(w->in, peek, 2);
			w->next = w->in;
			w->avail = 2;
		} else
			buf_add(&w->out, peek, got);
	}
	while (w->out.len - w->pos < n && !w->eof && w->err == NULL) {
		if (w->pos > (1u << 20) || w->pos > w->out.len / 2)
			compact(w);
		if (w->gz) {
			if (fill_gz(w) < 0)
				break;
			continue;
		}
		buf_grow(&w->out, IN_SIZE);
		got = fread(w->out.data + w->out.len, 1, IN_SIZE, w->fp);
		w->nread += (long long)got;
		if (got == 0)
			w->eof = true;
		w->out.len += got;
	}
	return w->out.len - w->pos >= n ? 0 : -1;
}

/* A line (without CR LF) at pos, consumed; NULL at the end or on error. */
static const char *
get_line(struct warc *w, size_t *n)
{
	const char *s, *e;
	size_t have = 0;

	for (;;) {
		s = w->out.data + w->pos;
		e = w->out.len > w->pos ? memchr(s + have, '\n',
		    w->out.len - w->pos - have) : NULL;
		if (e != NULL)
			break;
		have = w->out.len - w->pos;
		if (have > LINE_MAX_LEN || fill(w, have + 1) < 0) {
			if (have == 0 || w->err != NULL)
				return NULL;
			e = w->out.data + w->out.len;
			s = w->out.data + w->pos;
			*n = have;
			consume(w, have);
			return s;
		}
	}
	*n = (size_t)(e - s);
	consume(w, *n + 1);
	if (*n > 0 && s[*n - 1] == '\r')
		(*n)--;
	return s;
}

static int
fail(const char *msg, long long off, const char **err, long long *eo)
{
	*err = msg;
	*eo = off;
	return -1;
}

static int
stream_error(struct warc *w, const char **err, long long *eo)
{
	*err = w->err;
	*eo = w->err_off;
	w->err = NULL;
	return -1;
}

/* True when the line at pos looks like the start of a record. */
static bool
at_record(struct warc *w)
{
	const char *s = w->out.data + w->pos, *e;
	size_t n = w->out.len - w->pos;

	if (!w->arc)
		return n >= 5 && !memcmp(s, "WARC/", 5);
	e = memchr(s, '\n', n);
	return e != NULL && memmem(s, (size_t)(e - s), "://", 3) != NULL;
}

/* Skips lines up to the next record header (or the end). */
static void
resync(struct warc *w)
{
	size_t n;

	for (;;) {
		(void)fill(w, 512);
		if (w->err != NULL || w->out.len == w->pos || at_record(w))
			return;
		if (get_line(w, &n) == NULL)
			return;
	}
}

/* "20050614070144" to "2005-06-14T07:01:44Z". */
static const char *
arc_date(const char *s, size_t n, struct arena *a)
{
	if (n < 14 || strspn(s, "0123456789") < 14)
		return NULL;
	return arena_printf(a, "%.4s-%.2s-%.2sT%.2s:%.2s:%.2sZ", s, s + 4,
	    s + 6, s + 8, s + 10, s + 12);
}

/* An ARC header line: URL IP DATE MIME [...] LENGTH. */
static long long
arc_header(struct warc_record *r, const char *l, size_t n, struct arena *a)
{
	const char *f[16];
	size_t fl[16], k = 0, i = 0, j;

	while (i < n && k < 16) {
		for (j = i; j < n && l[j] != ' '; j++)
			;
		f[k] = l + i;
		fl[k++] = j - i;
		for (i = j; i < n && l[i] == ' '; i++)
			;
	}
	if (k < 5 || strspn(f[k - 1], "0123456789") < fl[k - 1])
		return -1;
	r->version = "ARC";
	r->target_uri = arena_strndup(a, f[0], fl[0]);
	r->date = arc_date(f[2], fl[2], a);
	r->content_type = arena_strndup(a, f[3], fl[3]);
	r->type = !strncmp(r->target_uri, "filedesc:", 9) ? "warcinfo" :
	    "response";
	return strtoll(f[k - 1], NULL, 10);
}

/* One "Name: value" header of a WARC record. */
static void
warc_field(struct warc_record *r, const char *l, size_t n, long long *clen,
    struct arena *a)
{
	size_t k = strcspn(l, ":"), i;
	const char *v;
	char *t;

	if (k >= n)
		return;
	v = l + k + 1;
	while (v < l + n && (*v == ' ' || *v == '\t'))
		v++;
	if (k == 14 && !strncasecmp(l, "Content-Length", 14))
		*clen = strtoll(v, NULL, 10);
	else if (k == 9 && !strncasecmp(l, "WARC-Type", 9)) {
		t = arena_strndup(a, v, (size_t)(l + n - v));
		for (i = 0; t[i] != '\0'; i++)
			if (t[i] >= 'A' && t[i] <= 'Z')
				t[i] |= 0x20;
		r->type = t;
	} else if (k == 15 && !strncasecmp(l, "WARC-Target-URI", 15)) {
		if (*v == '<' && l[n - 1] == '>')
			r->target_uri = arena_strndup(a, v + 1,
			    (size_t)(l + n - v - 2));
		else
			r->target_uri = arena_strndup(a, v,
			    (size_t)(l + n - v));
	} else if (k == 9 && !strncasecmp(l, "WARC-Date", 9))
		r->date = arena_strndup(a, v, (size_t)(l + n - v));
	else if (k == 12 && !strncasecmp(l, "Content-Type", 12))
		r->content_type = arena_strndup(a, v, (size_t)(l + n - v));
}

/* Reads the block of clen bytes, or skips it when too large. */
static int
block(struct warc *w, struct warc_record *r, long long clen, long long off,
    const char **err, long long *eo)
{
	size_t left, k;

	if ((unsigned long long)clen > w->limit) {
		for (left = (size_t)clen; left > 0; left -= k) {
			(void)fill(w, left < IN_SIZE ? left : IN_SIZE);
			k = w->out.len - w->pos;
			if (k == 0)
				break;
			if (k > left)
				k = left;
			consume(w, k);
		}
		if (w->err != NULL)
			return stream_error(w, err, eo);
		return fail("record larger than the document size limit",
		    off, err, eo);
	}
	if (fill(w, (size_t)clen) < 0) {
		if (w->err != NULL)
			return stream_error(w, err, eo);
		consume(w, w->out.len - w->pos);
		return fail("truncated record", off, err, eo);
	}
	r->block = (const unsigned char *)w->out.data + w->pos;
	r->block_len = (size_t)clen;
	consume(w, (size_t)clen);
	return 1;
}

int
warc_next(struct warc *w, struct warc_record *r, struct arena *a,
    const char **err, long long *eo)
{
	const char *l;
	long long off, clen = -1;
	size_t n, total = 0;
	char c;

	memset(r, 0, sizeof(*r));
	if (w->err != NULL)
		return stream_error(w, err, eo);
	for (;;) {
		if (w->dead || fill(w, 1) < 0)
			return w->err != NULL ? stream_error(w, err, eo) : 0;
		c = w->out.data[w->pos];
		if (c != '\r' && c != '\n')
			break;
		consume(w, 1);
	}
	off = w->gz == 1 && w->upos == w->member_u ? w->member_c : w->upos;
	if ((l = get_line(w, &n)) == NULL)
		return w->err != NULL ? stream_error(w, err, eo) : 0;
	if (n >= 11 && !strncmp(l, "filedesc://", 11))
		w->arc = true;
	if (w->arc) {
		if ((clen = arc_header(r, l, n, a)) < 0) {
			resync(w);
			return fail("not an ARC record header", off, err, eo);
		}
		r->offset = off;
		return block(w, r, clen, off, err, eo);
	}
	if (n < 6 || strncmp(l, "WARC/", 5) != 0) {
		resync(w);
		return fail("not a WARC record header", off, err, eo);
	}
	r->version = arena_strndup(a, l, n);
	while ((l = get_line(w, &n)) != NULL && n > 0 &&
	    (total += n) < HEADER_MAX)
		warc_field(r, l, n, &clen, a);
	if (w->err != NULL)
		return stream_error(w, err, eo);
	if (l == NULL)
		return fail("truncated record", off, err, eo);
	if (total >= HEADER_MAX) {
		resync(w);
		return fail("record header over 1 MB", off, err, eo);
	}
	if (clen < 0) {
		resync(w);
		return fail("record without Content-Length", off, err, eo);
	}
	if (r->type == NULL)
		r->type = "unknown";
	r->offset = off;
	return block(w, r, clen, off, err, eo);
}

bool
warc_sniff(const unsigned char *p, size_t len)
{
	unsigned char out[16], *o = out;
	size_t n = len > 65536 ? 65536 : len, room = sizeof(out);
	struct gz *z;

	if (gz_magic(p, len)) {
		if ((z = gz_new(GZ_GZIP)) == NULL)
			return false;
		(void)gz_inflate(z, &p, &n, &o, &room);
		gz_free(z);
		p = out;
		len = sizeof(out) - room;
	}
	return (len >= 6 && !memcmp(p, "WARC/", 5)) ||
	    (len >= 11 && !memcmp(p, "filedesc://", 11));
}
