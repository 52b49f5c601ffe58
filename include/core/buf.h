/* SPDX-License-Identifier: MIT */
/*
 * A growable byte buffer, always NUL-terminated. Embedded: buf_init before
 * use, buf_release after; buf_detach hands the bytes to the caller, who
 * frees them.
 */
#ifndef NF_CORE_BUF_H
#define NF_CORE_BUF_H

#include <stddef.h>
#include <string.h>

struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

void	 buf_init(struct buf *);
void	 buf_release(struct buf *);
void	 buf_reset(struct buf *);
void	 buf_grow(struct buf *, size_t extra);
void	 buf_adds(struct buf *, const char *);

/*
 * Appending, inline: tables print a few of these per row, and the call
 * to buf_grow is only needed when the room runs out.
 */
static inline void
buf_add(struct buf *b, const void *p, size_t n)
{
	if (n == 0)
		return;
	if (b->len + n >= b->cap)
		buf_grow(b, n);
	memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

static inline void
buf_addc(struct buf *b, int c)
{
	if (b->len + 1 >= b->cap)
		buf_grow(b, 1);
	b->data[b->len++] = (char)c;
	b->data[b->len] = '\0';
}

void	 buf_addf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 buf_truncate(struct buf *, size_t len);
char	*buf_detach(struct buf *, size_t *len);

#endif
