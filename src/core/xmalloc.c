/* SPDX-License-Identifier: MIT */
/*
 * Allocation wrappers that exit on failure, so no caller checks for NULL.
 */
#include <sys/mman.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/diag.h"
#include "core/xmalloc.h"

void *
xmalloc(size_t n)
{
	void	*p = malloc(n ? n : 1);

	if (p == NULL)
		nf_fatal("out of memory (%zu bytes)", n);
	return p;
}

void *
xcalloc(size_t n, size_t sz)
{
	void	*p = calloc(n ? n : 1, sz ? sz : 1);

	if (p == NULL)
		nf_fatal("out of memory (%zu bytes)", n * sz);
	return p;
}

void *
xrealloc(void *old, size_t n)
{
	void	*p = realloc(old, n ? n : 1);

	if (p == NULL)
		nf_fatal("out of memory (%zu bytes)", n);
	return p;
}

void *
xgrow(void *p, size_t *cap, size_t want, size_t sz)
{
	size_t	 n = *cap ? *cap : 8;

	if (want <= *cap)
		return p;
	while (n < want)
		n *= 2;
	p = xrealloc(p, n * sz);
	*cap = n;
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char	*p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

#define BIG	((size_t)2 << 20)

static size_t
page_round(size_t n)
{
	size_t	 pg = (size_t)sysconf(_SC_PAGESIZE);

	return (n + pg - 1) / pg * pg;
}

void *
xbig_calloc(size_t n)
{
	uintptr_t	 base, p;
	void		*m;

	if (n < BIG) {
		if (posix_memalign(&m, 64, n ? n : 1) != 0)
			nf_fatal("out of memory (%zu bytes)", n);
		return memset(m, 0, n);
	}
	n = page_round(n);
	m = mmap(NULL, n + BIG, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		nf_fatal("out of memory (%zu bytes)", n);
	/* Keep the 2 MB aligned part only. */
	base = (uintptr_t)m;
	p = (base + BIG - 1) & ~(uintptr_t)(BIG - 1);
	if (p > base)
		munmap(m, p - base);
	if (base + n + BIG > p + n)
		munmap((void *)(p + n), base + n + BIG - (p + n));
#ifdef MADV_HUGEPAGE
	(void)madvise((void *)p, n, MADV_HUGEPAGE);
#endif
	return (void *)p;
}

void
xbig_free(void *p, size_t n)
{
	if (p == NULL)
		return;
	if (n < BIG)
		free(p);
	else
		munmap(p, page_round(n));
}
