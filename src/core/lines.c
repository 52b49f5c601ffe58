/* SPDX-License-Identifier: MIT */
/*
 * Line reading with read(2), so corpora may be stored as .jsonl or
 * .jsonl.gz: the first bytes read say which (gzip's magic bytes, from a
 * file, a pipe or a redirect alike). Gzip is inflated by core/gz.h a
 * chunk at a time, member after member; bytes after the last member that
 * do not start another are ignored, as gzip(1) does, and a cut or corrupt
 * stream is an error, not a short file.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/diag.h"
#include "core/gz.h"
#include "core/lines.h"
#include "core/xmalloc.h"

#define LINES_CHUNK	(256 * 1024)

struct lines {
	int		 fd;
	const char	*path;
	char		*chunk;		/* plain bytes */
	size_t		 pos, len;
	struct buf	 line;
	int		 eof;
	long		 no;		/* lines returned */
	bool		 cut;		/* this line is over LINES_MAX */
	bool		 sniffed;	/* the first bytes were read */
	struct gz	*gz;		/* NULL: plain */
	unsigned char	*zin;		/* gzip: compressed bytes */
	const unsigned char *znext;
	size_t		 zavail;
	bool		 zeof;		/* no more compressed bytes */
	bool		 zdone;		/* the last member ended */
};

static ssize_t	read_some(int, void *, size_t);
static int	sniff(struct lines *);
static int	zin_fill(struct lines *, size_t);
static int	fill_gzip(struct lines *);
static int	fail(struct lines *, const char *);

/* read(2) into p, as many bytes as come (at most n). */
static ssize_t
read_some(int fd, void *p, size_t n)
{
	ssize_t	 r;

	while ((r = read(fd, p, n)) < 0 && errno == EINTR)
		;
	return r;
}

static int
fail(struct lines *l, const char *msg)
{
	nf_error(l->path, "%s", msg);
	l->eof = 1;
	return -1;
}

struct lines *
lines_open(const char *path)
{
	struct lines	*l;
	int		 fd;

	if (strcmp(path, "-") == 0)
		fd = dup(STDIN_FILENO);
	else
		fd = open(path, O_RDONLY);
	if (fd == -1) {
		nf_error(path, "%s", strerror(errno));
		return NULL;
	}
	l = xcalloc(1, sizeof(*l));
	l->fd = fd;
	l->path = path;
	l->chunk = xmalloc(LINES_CHUNK);
	buf_init(&l->line);
	return l;
}

/*
 * The first read: plain bytes stay in the chunk; gzip's go to the
 * compressed buffer. 1, 0 at an empty input, -1 on error.
 */
static int
sniff(struct lines *l)
{
	ssize_t	 n, m;

	l->sniffed = true;
	if ((n = read_some(l->fd, l->chunk, LINES_CHUNK)) < 0)
		return fail(l, strerror(errno));
	if (n == 1 && (unsigned char)l->chunk[0] == 0x1f) {
		/* A pipe may hand one byte: the magic is two. */
		if ((m = read_some(l->fd, l->chunk + 1, 1)) < 0)
			return fail(l, strerror(errno));
		n += m;
	}
	if (!gz_magic((unsigned char *)l->chunk, (size_t)n)) {
		l->eof = n == 0;
		l->pos = 0;
		l->len = (size_t)n;
		return n > 0;
	}
	if ((l->gz = gz_new(GZ_GZIP)) == NULL)
		return fail(l, "cannot start gzip decoder");
	l->zin = xmalloc(LINES_CHUNK);
	memcpy(l->zin, l->chunk, (size_t)n);
	l->znext = l->zin;
	l->zavail = (size_t)n;
	return fill_gzip(l);
}

/* Reads until at least want compressed bytes are held, or the end;
   what is held moves to the front first. 0, or -1 on error. */
static int
zin_fill(struct lines *l, size_t want)
{
	ssize_t	 n;

	memmove(l->zin, l->znext, l->zavail);
	l->znext = l->zin;
	while (l->zavail < want && !l->zeof) {
		n = read_some(l->fd, l->zin + l->zavail,
		    LINES_CHUNK - l->zavail);
		if (n < 0)
			return fail(l, strerror(errno));
		if (n == 0)
			l->zeof = true;
		l->zavail += (size_t)n;
	}
	return 0;
}

/* Inflates into the chunk until it holds something: 1, 0 at the end,
   -1 on a cut or corrupt stream (reported). */
static int
fill_gzip(struct lines *l)
{
	enum gz_status	 rc;
	unsigned char	*o;
	size_t		 room;
	char		 msg[200];

	for (;;) {
		if (l->zdone) {
			l->eof = 1;
			return 0;
		}
		if (l->zavail == 0 && zin_fill(l, 1) != 0)
			return -1;
		o = (unsigned char *)l->chunk;
		room = LINES_CHUNK;
		rc = gz_inflate(l->gz, &l->znext, &l->zavail, &o, &room);
		if (rc == GZ_ERROR) {
			snprintf(msg, sizeof(msg), "corrupt gzip stream: %s",
			    gz_error(l->gz));
			return fail(l, msg);
		}
		if (rc == GZ_END) {
			/* Another member, or the end (trailing bytes that do
			   not start one are not data). */
			if (l->zavail < 2 && zin_fill(l, 2) != 0)
				return -1;
			if (gz_magic(l->znext, l->zavail))
				gz_reset(l->gz);
			else
				l->zdone = true;
		}
		l->pos = 0;
		l->len = LINES_CHUNK - room;
		if (l->len > 0)
			return 1;
		if (rc != GZ_END && l->zavail == 0 && l->zeof)
			return fail(l, "truncated gzip stream");
	}
}

static int
fill(struct lines *l)
{
	ssize_t	 n;

	if (l->eof)
		return 0;
	if (!l->sniffed)
		return sniff(l);
	if (l->gz != NULL)
		return fill_gzip(l);
	if ((n = read_some(l->fd, l->chunk, LINES_CHUNK)) < 0)
		return fail(l, strerror(errno));
	l->eof = n == 0;
	l->pos = 0;
	l->len = (size_t)n;
	return n > 0;
}

/* Adds n bytes to the line being read, unless it grows past LINES_MAX. */
static void
keep(struct lines *l, const char *p, size_t n)
{
	if (l->cut)
		return;
	if (l->line.len + n > LINES_MAX) {
		l->cut = true;
		buf_release(&l->line);
		buf_init(&l->line);
		return;
	}
	buf_add(&l->line, p, n);
}

int
lines_next(struct lines *l, const char **line, size_t *len)
{
	char	 where[4096];
	int	 rc;

	buf_reset(&l->line);
	l->no++;
	for (;;) {
		char *start = l->chunk + l->pos;
		char *nl = memchr(start, '\n', l->len - l->pos);

		if (nl != NULL) {
			size_t n = (size_t)(nl - start);

			l->pos += n + 1;
			if (l->line.len == 0 && !l->cut) {
				/* Fast path: the whole line is in the chunk. */
				if (n > 0 && start[n - 1] == '\r')
					n--;
				*line = start;
				*len = n;
				return 1;
			}
			keep(l, start, n);
			break;
		}
		keep(l, start, l->len - l->pos);
		l->pos = l->len;
		if ((rc = fill(l)) <= 0) {
			if (rc < 0)
				return -1;
			if (l->line.len == 0 && !l->cut)
				return 0;
			break;
		}
	}
	if (l->cut) {
		snprintf(where, sizeof(where), "%s:%ld", l->path, l->no);
		nf_error(where, "line longer than %zu MB, skipped",
		    LINES_MAX >> 20);
		l->cut = false;
		*line = "";
		*len = 0;
		return 1;
	}
	if (l->line.len > 0 && l->line.data[l->line.len - 1] == '\r')
		buf_truncate(&l->line, l->line.len - 1);
	*line = l->line.data;
	*len = l->line.len;
	return 1;
}

void
lines_close(struct lines *l)
{
	if (l == NULL)
		return;
	gz_free(l->gz);
	close(l->fd);
	free(l->zin);
	free(l->chunk);
	buf_release(&l->line);
	free(l);
}
