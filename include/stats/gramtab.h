/* SPDX-License-Identifier: MIT */
/*
 * Count tables keyed by short tuples of ids: a group's id, then the ids of
 * an n-gram's words (text/vocab.h), 0 after the last. Each key has a
 * count and a docs count (the records it was counted in, told apart by
 * a stamp kept in the entry). Open addressing with the entries inline, so
 * counting a key touches one cache line, two at most; the strings are
 * rebuilt by the caller when it prints. gramtab_new returns a table the
 * caller frees with gramtab_free. Not thread-safe.
 */
#ifndef NF_STATS_GRAMTAB_H
#define NF_STATS_GRAMTAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define GRAMTAB_MAX_WIDTH	6

struct gramtab;

/*
 * 32 bits each, so that the entries of n-grams stay small: the caller
 * keeps a table's keys counted (every count) and the records it counts
 * in (so every docs) to GRAMTAB_COUNT_MAX, and the stamp, the record's
 * number mod 2^32, tells records apart within one table's life.
 */
#define GRAMTAB_COUNT_MAX	UINT32_MAX

struct gram_counts {
	uint32_t	 count;
	uint32_t	 docs;
	uint32_t	 stamp;		/* the last record counted in, mod 2^32 */
};

/* The bytes of an entry before its key: the counts, no tail padding. */
#define GRAM_COUNTS_BYTES	(3 * sizeof(uint32_t))

/* Keys of width ids, 1 to GRAMTAB_MAX_WIDTH. */
struct gramtab	*gramtab_new(size_t width);
/*
 * A paired table (width 2 or more): each entry also counts the key's
 * first width - 1 ids, the lower key, so that counting an n-gram and the
 * (n-1)-gram it starts with is one lookup. A lower key is counted at the
 * key that continues it (its next word's id, or 0 at the end of a
 * sentence); the entries of one lower key are summed by
 * gramtab_fold_lower. Rows, iteration and gramtab_add are the key's own
 * counts; an entry with only a lower count is no row.
 */
struct gramtab	*gramtab_new_paired(size_t width);
/* NULL is fine. */
void		 gramtab_free(struct gramtab *);

/*
 * Counting a key: its hash, a hint to fetch its entry early (so the
 * misses of a batch of keys overlap; changes nothing), then the count:
 * count + 1, and docs + 1 when doc is not the key's last record. doc is
 * the record's number in the table's life, 1 to GRAMTAB_COUNT_MAX,
 * never smaller than the last.
 */
uint64_t	 gramtab_hash(const struct gramtab *, const uint32_t *key);
void		 gramtab_prefetch(const struct gramtab *, uint64_t hash);
void		 gramtab_count(struct gramtab *, const uint32_t *key,
		    uint64_t hash, int64_t doc);

/*
 * The same for keys[0..n), width ids each (a record's n-grams), the
 * prefetches kept GRAMTAB_AHEAD keys ahead.
 */
#define GRAMTAB_AHEAD	16
void		 gramtab_count_keys(struct gramtab *, const uint32_t *keys,
		    size_t n, int64_t doc);

/*
 * Paired tables: keys[0..n) counted by flags[0..n) (the key itself, its
 * lower key, and whether this is the lower key's first time in record
 * doc: its docs + 1), prefetched as gramtab_count_keys.
 */
#define GRAM_PAIR_UPPER	1
#define GRAM_PAIR_LOWER	2
#define GRAM_PAIR_FIRST	4
struct gram_lower {
	uint32_t	 count;
	uint32_t	 docs;
};
void		 gramtab_count_pairs(struct gramtab *, const uint32_t *keys,
		    const uint8_t *flags, size_t n, int64_t doc);
/*
 * The entries with a lower count, before the fold (more than the lower
 * keys: a lower key may have several); 0 after it and for other tables.
 * The fold adds each entry's lower counts into lower (width - 1 ids),
 * once: the table takes no lower counts after it.
 */
size_t		 gramtab_lower_rows(const struct gramtab *);
void		 gramtab_fold_lower(struct gramtab *, struct gramtab *lower);

/*
 * Adds count and docs to key (-j: a worker's counts into the total); the
 * same for keys[0..n) (width ids each) and counts[0..2n) (a count and a
 * docs each), their entries fetched ahead as gramtab_count_keys.
 */
void		 gramtab_add(struct gramtab *, const uint32_t *key,
		    uint64_t hash, int64_t count, int64_t docs);
void		 gramtab_add_keys(struct gramtab *, const uint32_t *keys,
		    const uint32_t *counts, size_t n);
/*
 * Grows the table at once to hold rows keys in all without growing (no
 * smaller: the keys to come may be the ones there).
 */
void		 gramtab_reserve(struct gramtab *, size_t rows);

/*
 * Keys counted; the bytes the table holds; the most it may hold while
 * rows more keys come (growing, the old array and the new are both
 * held). NULL is fine: 0.
 */
size_t		 gramtab_rows(const struct gramtab *);
size_t		 gramtab_bytes(const struct gramtab *);
size_t		 gramtab_bytes_within(const struct gramtab *, size_t rows);
/*
 * Iteration in table order: start with *pos = 0; false at the end. The
 * pointers are borrowed until the next count or add.
 */
bool		 gramtab_next(const struct gramtab *, size_t *pos,
		    const uint32_t **key, struct gram_counts **c);

#endif
