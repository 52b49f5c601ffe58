/* SPDX-License-Identifier: MIT */
/*
 * Line reading through zlib's gzread, which passes plain files through
 * unchanged, so corpora may be stored as .jsonl or .jsonl.gz. A regular
 * file that does not start as gzip does is read with read(2) instead:
 * gzread copies plain data once more, through its own buffer.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "core/buf.h"
#include "core/diag.h"
#include "core/lines.h"
#include "core/xmalloc.h"

#define LINES_CHUNK	(256 * 1024)

struct lines {
	gzFile		 gz;		/* NULL: plain, read from fd */
	int		 fd;
	const char	*path;
	char		*chunk;
	size_t		 pos, len;
	struct buf	 line;
	int		 eof;
	long		 no;		/* lines returned */
	bool		 cut;		/* this line is over LINES_MAX */
};

/*
 * Whether fd is for gzread: a pipe or anything else that cannot be read
 * twice, or a regular file starting with gzip's magic bytes.
 */
static bool
gzip_file(int fd)
{
	struct stat	 st;
	unsigned char	 m[2];

	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
		return true;
	return pread(fd, m, 2, 0) != 2 || (m[0] == 0x1f && m[1] == 0x8b) ||
	    lseek(fd, 0, SEEK_CUR) != 0;
}

/* Plain: read(2) into the chunk, as many bytes as come. */
static ssize_t
read_plain(struct lines *l)
{
	ssize_t	 n;

	while ((n = read(l->fd, l->chunk, LINES_CHUNK)) < 0 && errno == EINTR)
		;
	return n;
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
	if (!gzip_file(fd))
		l->gz = NULL;
	else if ((l->gz = gzdopen(fd, "rb")) == NULL) {
		nf_error(path, "%s", strerror(errno));
		close(fd);
		free(l);
		return NULL;
	}
	if (l->gz != NULL)
		gzbuffer(l->gz, LINES_CHUNK);
	l->path = path;
	l->chunk = xmalloc(LINES_CHUNK);
	buf_init(&l->line);
	return l;
}

static int
fill(struct lines *l)
{
	ssize_t	 n;
	int	 err;

	if (l->eof)
		return 0;
	if (l->gz == NULL) {
		if ((n = read_plain(l)) < 0) {
			nf_error(l->path, "%s", strerror(errno));
			l->eof = 1;
			return -1;
		}
		l->eof = n == 0;
		l->pos = 0;
		l->len = (size_t)n;
		return n > 0;
	}
	n = gzread(l->gz, l->chunk, LINES_CHUNK);
	if (n < 0) {
		const char *msg = gzerror(l->gz, &err);

		nf_error(l->path, "%s",
		    err == Z_ERRNO ? strerror(errno) : msg);
		l->eof = 1;
		return -1;
	}
	if (n == 0) {
		/* A truncated gzip stream reads as a short file: say so. */
		const char *msg = gzerror(l->gz, &err);

		if (err != Z_OK && err != Z_STREAM_END) {
			nf_error(l->path, "%s", msg);
			l->eof = 1;
			return -1;
		}
		l->eof = 1;
		return 0;
	}
	l->pos = 0;
	l->len = (size_t)n;
	return 1;
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
	if (l->gz != NULL)
		gzclose(l->gz);
	else
		close(l->fd);
	free(l->chunk);
	buf_release(&l->line);
	free(l);
}
