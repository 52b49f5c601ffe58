/* SPDX-License-Identifier: MIT */
/*
 * Reading a file line by line, plain or gzip-compressed (detected by its
 * magic bytes), with lines of any length. The returned line is borrowed
 * until the next call and has no '\n' (nor a trailing '\r').
 */
#ifndef NF_CORE_LINES_H
#define NF_CORE_LINES_H

#include <stddef.h>

struct lines;

/* path "-" is stdin. Returns NULL after reporting an error. */
struct lines	*lines_open(const char *path);
/* 1: a line; 0: end; -1: read error (reported). */
int		 lines_next(struct lines *, const char **line, size_t *len);
void		 lines_close(struct lines *);	/* NULL is fine */

#endif
