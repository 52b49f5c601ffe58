/* SPDX-License-Identifier: MIT */
/*
 * A bump allocator for everything that lives as long as one record (or one
 * document in ingest) or as long as a stage. Pointers it returns belong to
 * the arena: never free them; they die at arena_reset or arena_free.
 */
#ifndef NF_CORE_ARENA_H
#define NF_CORE_ARENA_H

#include <stddef.h>

struct arena;

struct arena	*arena_new(void);
/* Aligned to max_align_t; never NULL. */
void		*arena_alloc(struct arena *, size_t);
void		*arena_calloc(struct arena *, size_t, size_t);
char		*arena_strndup(struct arena *, const char *, size_t);
char		*arena_strdup(struct arena *, const char *);
char		*arena_printf(struct arena *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));
/* Keeps one block, drops the rest. */
void		 arena_reset(struct arena *);
/* NULL is fine. */
void		 arena_free(struct arena *);
/* Bytes handed out since the last reset (for limits and tests). */
size_t		 arena_used(const struct arena *);

#endif
