/* SPDX-License-Identifier: MIT */
/*
 * Reading an input whole, plain or gzip, within a size limit (the
 * inflater of core/gz.h, driven by hand so the limit stops a bomb
 * mid-stream and a truncated stream is told apart from a complete one).
 * Members of a multi-member stream are read one after another; bytes
 * after the last member that do not start another one are ignored, as
 * gzip(1) does.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/gz.h"
#include "ingest/input.h"

#define CHUNK	(64 * 1024)

/* Where the compressed bytes come from: an fd, or memory. */
struct zsrc {
	int			 fd;		/* -1: memory */
	unsigned char		 in[CHUNK];
	const unsigned char	*next;		/* unread input */
	size_t			 avail;		/* bytes at next */
	bool			 eof;
};

static void	set_error(struct input_error *, const char *reason,
		    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void
set_error(struct input_error *e, const char *reason, const char *fmt, ...)
{
	va_list	 ap;

	e->reason = reason;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
}

bool
input_is_gzip(const unsigned char *p, size_t len)
{
	return gz_magic(p, len);
}

static ssize_t
read_full(int fd, void *p, size_t n)
{
	size_t	 got = 0;
	ssize_t	 r;

	while (got < n) {
		r = read(fd, (char *)p + got, n - got);
		if (r == -1 && errno == EINTR)
			continue;
		if (r == -1)
			return -1;
		if (r == 0)
			break;
		got += (size_t)r;
	}
	return (ssize_t)got;
}

static void
too_large(struct input_error *e, size_t limit)
{
	set_error(e, "too large", "too large: more than %zu bytes "
	    "(see --max-doc-bytes)", limit);
}

/* Refills the input from the source. Returns 0, or -1 on read error. */
static int
zsrc_fill(struct zsrc *s, struct input_error *e)
{
	ssize_t	 r;

	if (s->fd == -1) {
		s->eof = true;
		return 0;
	}
	r = read_full(s->fd, s->in, sizeof(s->in));
	if (r < 0) {
		set_error(e, "unreadable", "%s", strerror(errno));
		return -1;
	}
	if (r == 0)
		s->eof = true;
	s->next = s->in;
	s->avail = (size_t)r;
	return 0;
}

/* After a member's end: is another member next? */
static int
next_member(struct zsrc *s, struct input_error *e)
{
	if (s->avail == 0 && !s->eof && zsrc_fill(s, e) != 0)
		return -1;
	if (s->avail == 1 && !s->eof) {
		/* One byte left in the chunk: look at the next one too. */
		unsigned char	 first = s->next[0];

		s->in[0] = first;
		if (read_full(s->fd, s->in + 1, 1) == 1) {
			s->next = s->in;
			s->avail = 2;
		} else
			s->eof = true;
	}
	return gz_magic(s->next, s->avail) ? 1 : 0;
}

static int
inflate_all(struct zsrc *s, struct gz *z, size_t limit, struct buf *out,
    struct input_error *e)
{
	enum gz_status	 zr;
	unsigned char	*o;
	size_t		 room;

	for (;;) {
		if (s->avail == 0 && !s->eof && zsrc_fill(s, e) != 0)
			return -1;
		if (out->cap - out->len < CHUNK + 1)
			buf_grow(out, CHUNK);
		o = (unsigned char *)out->data + out->len;
		room = out->cap - out->len - 1;
		if (out->len + room > limit + 1)
			room = limit + 1 - out->len;
		zr = gz_inflate(z, &s->next, &s->avail, &o, &room);
		out->len = (size_t)((char *)o - out->data);
		out->data[out->len] = '\0';
		if (out->len > limit) {
			too_large(e, limit);
			return -1;
		}
		if (zr == GZ_END) {
			int more = next_member(s, e);

			if (more < 0)
				return -1;
			if (more == 0)
				return 0;
			gz_reset(z);
			continue;
		}
		if (zr == GZ_STALL && s->avail == 0 && s->eof) {
			set_error(e, "truncated gzip", "truncated gzip stream");
			return -1;
		}
		if (zr == GZ_ERROR) {
			set_error(e, "corrupt gzip", "corrupt gzip stream: %s",
			    gz_error(z));
			return -1;
		}
	}
}

static int
gunzip(struct zsrc *s, size_t limit, struct buf *out, struct input_error *e)
{
	struct gz	*z;
	int		 rc;

	if ((z = gz_new(GZ_GZIP)) == NULL) {
		set_error(e, "unreadable", "cannot start gzip decoder");
		return -1;
	}
	rc = inflate_all(s, z, limit, out, e);
	gz_free(z);
	return rc;
}

static int
slurp_plain(int fd, size_t limit, struct buf *out, struct input_error *e)
{
	ssize_t	 r;

	for (;;) {
		if (out->cap - out->len < CHUNK + 1)
			buf_grow(out, CHUNK);
		r = read_full(fd, out->data + out->len, CHUNK);
		if (r < 0) {
			set_error(e, "unreadable", "%s", strerror(errno));
			return -1;
		}
		out->len += (size_t)r;
		out->data[out->len] = '\0';
		if (out->len > limit) {
			too_large(e, limit);
			return -1;
		}
		if (r < CHUNK)
			return 0;
	}
}

int
input_slurp(int fd, size_t limit, struct buf *out, bool *gzipped,
    struct input_error *e)
{
	static __thread struct zsrc	 s;
	ssize_t				 r;

	buf_reset(out);
	*gzipped = false;
	memset(e, 0, sizeof(*e));
	r = read_full(fd, s.in, 2);
	if (r < 0) {
		set_error(e, "unreadable", "%s", strerror(errno));
		return -1;
	}
	if (r == 2 && input_is_gzip(s.in, 2)) {
		*gzipped = true;
		s.fd = fd;
		s.next = s.in;
		s.avail = 2;
		s.eof = false;
		return gunzip(&s, limit, out, e);
	}
	buf_add(out, s.in, (size_t)r);
	if (out->len > limit) {
		too_large(e, limit);
		return -1;
	}
	if (r < 2)
		return 0;
	return slurp_plain(fd, limit, out, e);
}

int
input_gunzip(const unsigned char *p, size_t len, size_t limit,
    struct buf *out, struct input_error *e)
{
	struct zsrc	 s;

	buf_reset(out);
	memset(e, 0, sizeof(*e));
	memset(&s, 0, sizeof(s));
	s.fd = -1;
	s.next = p;
	s.avail = len;
	s.eof = true;
	return gunzip(&s, limit, out, e);
}
