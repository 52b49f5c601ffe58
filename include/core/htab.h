/* SPDX-License-Identifier: MIT */
/*
 * A hash table from byte strings to fixed-size values: the one map every
 * count table, word set and interning pool is built on. Keys are copied
 * (interned) into the table's own arena and stay valid, like the values,
 * until htab_free; values start zeroed and are aligned for int64_t,
 * double and pointers. Open addressing with the key's xxh64, so lookups
 * touch one cache line in the common case. Not thread-safe.
 */
#ifndef NF_CORE_HTAB_H
#define NF_CORE_HTAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct htab;

/* One entry, for iteration and sorting (pointers borrowed from the table). */
struct hitem {
	const char	*key;		/* NUL-terminated (keys may hold NULs) */
	size_t		 len;
	void		*val;
};

/* A table whose values are val_size bytes (0 for a set). */
struct htab	*htab_new(size_t val_size);
/* NULL is fine. */
void		 htab_free(struct htab *);

/* The value of key, or NULL when absent. */
void	*htab_find(const struct htab *, const void *key, size_t len);
/*
 * The value of key, created zeroed when absent (*created, may be NULL,
 * tells which). Never NULL.
 */
void	*htab_put(struct htab *, const void *key, size_t len, bool *created);
/*
 * For batches of lookups: the hash htab uses for a key, a hint to fetch
 * its slot (and, once that is in cache, its entry) ahead of time, and
 * htab_put with the hash already computed. Prefetching is only a hint:
 * it changes nothing and is always safe.
 */
uint64_t htab_hash(const void *key, size_t len);
void	 htab_prefetch(const struct htab *, uint64_t hash);
void	 htab_prefetch_entry(const struct htab *, uint64_t hash);
void	*htab_put_hashed(struct htab *, const void *key, size_t len,
	    uint64_t hash, bool *created);

/* The interned key of an entry, from its value (len may be NULL). */
const char *htab_key(const struct htab *, const void *val, size_t *len);
size_t	 htab_count(const struct htab *);
/* Bytes the table holds: its slot array and its entries' nodes. */
size_t	 htab_bytes(const struct htab *);
/*
 * Removes every entry (keys and values die; the slot array keeps its
 * size, so a table filled again does not grow again).
 */
void	 htab_clear(struct htab *);

/*
 * Iteration in table order (not sorted): start with *pos = 0; returns
 * false at the end. Do not insert while iterating.
 */
bool	htab_next(const struct htab *, size_t *pos, struct hitem *);
/*
 * All entries in an array the caller frees with free(3); *n gets their
 * number. Sort it before printing anything from it.
 */
struct hitem *htab_items(const struct htab *, size_t *n);

#endif
