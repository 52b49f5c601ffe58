/* SPDX-License-Identifier: MIT */
/*
 * Allocation that never returns NULL: on failure it prints one line and
 * exits 1. Callers own what these return and free it with free(3).
 */
#ifndef NF_CORE_XMALLOC_H
#define NF_CORE_XMALLOC_H

#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
/* Grows an array of n elements of size sz to hold at least want elements. */
void	*xgrow(void *, size_t *cap, size_t want, size_t sz);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);

#endif
