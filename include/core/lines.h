/* SPDX-License-Identifier: MIT */
/*
 * Reading a file line by line, plain or gzip-compressed (detected by its
 * magic bytes). The returned line is borrowed until the next call and has
 * no '\n' (nor a trailing '\r'). A line longer than LINES_MAX is never
 * held in memory: it is reported ("path:N: line longer than 64 MB,
 * skipped", exit status 1) and returned empty, which callers skip, so
 * their line numbers stay right.
 */
#ifndef NF_CORE_LINES_H
#define NF_CORE_LINES_H

#include <stddef.h>

struct lines;

#define LINES_MAX	((size_t)64 << 20)

/* path "-" is stdin. Returns NULL after reporting an error. */
struct lines	*lines_open(const char *path);
/* 1: a line; 0: end; -1: read error (reported). */
int		 lines_next(struct lines *, const char **line, size_t *len);
void		 lines_close(struct lines *);	/* NULL is fine */

#endif
