/* SPDX-License-Identifier: MIT */
/*
 * Bump allocation in a chain of blocks. Large requests get a block of their
 * own so a 100 MB document does not make every later block 100 MB. An
 * arena past ARENA_GROWN bytes (a big hash table's nodes) takes 2 MB
 * blocks on huge pages where the system has them: random access over
 * hundreds of MB would otherwise miss the TLB at every step.
 */
#include <sys/mman.h>

#include <stdarg.h>
#include <stdalign.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/diag.h"
#include "core/xmalloc.h"

#define ARENA_BLOCK	(64 * 1024)
#define ARENA_ALIGN	(alignof(max_align_t))
#define ARENA_HUGE	((size_t)2 << 20)
#define ARENA_GROWN	((size_t)8 << 20)

struct block {
	struct block	*next;
	size_t		 size;
	size_t		 used;
	alignas(max_align_t) unsigned char data[];
};

struct arena {
	struct block	*head;
	size_t		 total;
};

struct arena *
arena_new(void)
{
	return xcalloc(1, sizeof(struct arena));
}

static struct block *
block_new(size_t size)
{
	struct block	*b;
	void		*p;

	if (size == ARENA_HUGE - sizeof(*b) &&
	    posix_memalign(&p, ARENA_HUGE, ARENA_HUGE) == 0) {
#ifdef MADV_HUGEPAGE
		(void)madvise(p, ARENA_HUGE, MADV_HUGEPAGE);
#endif
		b = p;
	} else
		b = xmalloc(sizeof(*b) + size);

	b->next = NULL;
	b->size = size;
	b->used = 0;
	return b;
}

/* Size of the arena's next ordinary block. */
static size_t
block_size(const struct arena *a)
{
	return a->total > ARENA_GROWN ? ARENA_HUGE - sizeof(struct block) :
	    ARENA_BLOCK;
}

void *
arena_alloc(struct arena *a, size_t n)
{
	struct block	*b = a->head;
	size_t		 need = (n + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);

	if (need < n)
		nf_fatal("out of memory (%zu bytes)", n);
	if (need == 0)
		need = ARENA_ALIGN;
	if (b == NULL || b->size - b->used < need) {
		if (need > ARENA_BLOCK / 4 && b != NULL) {
			/* Big request: its own block, behind the current one. */
			struct block *big = block_new(need);

			big->next = b->next;
			b->next = big;
			big->used = need;
			a->total += need;
			return big->data;
		}
		b = block_new(need > block_size(a) ? need : block_size(a));
		b->next = a->head;
		a->head = b;
	}
	b->used += need;
	a->total += need;
	return b->data + b->used - need;
}

void *
arena_calloc(struct arena *a, size_t n, size_t sz)
{
	void	*p;

	if (sz != 0 && n > SIZE_MAX / sz)
		nf_fatal("out of memory");
	p = arena_alloc(a, n * sz);
	memset(p, 0, n * sz);
	return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char	*p = arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *
arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;
	char	*p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	p = arena_alloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void
arena_reset(struct arena *a)
{
	struct block	*b, *next, *keep = NULL;

	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		if (keep == NULL && b->size == ARENA_BLOCK)
			keep = b;
		else
			free(b);
	}
	if (keep != NULL) {
		keep->next = NULL;
		keep->used = 0;
	}
	a->head = keep;
	a->total = 0;
}

void
arena_free(struct arena *a)
{
	struct block	*b, *next;

	if (a == NULL)
		return;
	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	free(a);
}

size_t
arena_used(const struct arena *a)
{
	return a->total;
}
