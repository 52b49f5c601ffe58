/* SPDX-License-Identifier: MIT */
/*
 * A growable byte buffer, always NUL-terminated. Embedded: buf_init before
 * use, buf_release after; buf_detach hands the bytes to the caller, who
 * frees them.
 */
#ifndef NF_CORE_BUF_H
#define NF_CORE_BUF_H

#include <stddef.h>

struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

void	 buf_init(struct buf *);
void	 buf_release(struct buf *);
void	 buf_reset(struct buf *);
void	 buf_grow(struct buf *, size_t extra);
void	 buf_add(struct buf *, const void *, size_t);
void	 buf_adds(struct buf *, const char *);
void	 buf_addc(struct buf *, int);
void	 buf_addf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 buf_truncate(struct buf *, size_t len);
char	*buf_detach(struct buf *, size_t *len);

#endif
