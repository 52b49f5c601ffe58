/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: corpus line reading (src/core/lines.c) over any
 * bytes, from a memory file. Bytes that do not start as gzip must come
 * back as the lines a plain split on '\n' gives (a '\r' before it
 * dropped, a last line without '\n' kept); a gzip stream, whole, cut or
 * corrupt, must end in a bounded number of calls with lines no longer
 * than LINES_MAX.
 */
#define _GNU_SOURCE	/* memfd_create */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "core/diag.h"
#include "core/lines.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* The next line of the plain split from *p, or 0 at the end. */
static int
split_next(const uint8_t **p, const uint8_t *e, size_t *n,
    const uint8_t **line)
{
	const uint8_t	*nl;

	if (*p >= e)
		return 0;
	nl = memchr(*p, '\n', (size_t)(e - *p));
	*line = *p;
	*n = (size_t)((nl != NULL ? nl : e) - *p);
	*p = nl != NULL ? nl + 1 : e;
	if (*n > 0 && (*line)[*n - 1] == '\r')
		(*n)--;
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct lines	*l;
	const uint8_t	*p = data, *want;
	const char	*line;
	size_t		 n, wn, calls = 0;
	char		 path[64];
	int		 fd, rc;
	int		 gz = len >= 2 && data[0] == 0x1f && data[1] == 0x8b;

	diag_set_quiet(true);
	if ((fd = memfd_create("lines", 0)) < 0)
		abort();
	if (len > 0 && write(fd, data, len) != (ssize_t)len)
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	if ((l = lines_open(path)) == NULL)
		abort();
	while ((rc = lines_next(l, &line, &n)) == 1) {
		if (n > LINES_MAX || ++calls > len * 1100 + 16)
			abort();
		if (gz)
			continue;
		if (!split_next(&p, data + len, &wn, &want) || wn != n ||
		    (n > 0 && memcmp(want, line, n) != 0))
			abort();
	}
	/* Plain bytes read to their end, never an error. */
	if (!gz && (rc != 0 || split_next(&p, data + len, &wn, &want)))
		abort();
	lines_close(l);
	close(fd);
	return 0;
}
