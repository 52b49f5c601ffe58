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

/*
 * n zeroed bytes for a big table, aligned to 64: from 2 MB on they are
 * mapped (zero already, no memset) and 2 MB aligned on huge pages when
 * the system has them (fewer TLB misses). Freed with xbig_free(p, n),
 * not free(3); xbig_free(NULL, n) is a no-op.
 */
void	*xbig_calloc(size_t n);
void	 xbig_free(void *, size_t n);

#endif
