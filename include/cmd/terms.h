/* SPDX-License-Identifier: MIT */
/*
 * Internal to `terms` (src/cmd/terms.c, the command and its records;
 * src/cmd/terms_ids.c, counting by id and writing the table;
 * src/cmd/terms_spill.c, --max-memory): the command's state. Nothing
 * here is borrowed by other commands.
 */
#ifndef NF_CMD_TERMS_H
#define NF_CMD_TERMS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "stats/gramtab.h"
#include "stats/group.h"
#include "text/termize.h"

struct htab;
struct run;
struct spill;
struct table;
struct table_out;

/* Unigram counts fetched ahead: memory latency, not work, bounds them. */
#define TERMS_AHEAD	16

/* A group's totals row, and its name (borrowed from groups). */
struct gtotal {
	const char	*name;
	size_t		 len;
	int64_t		 tokens;
	int64_t		 records;
};

/* A unigram's counts without --by, indexed by the term's id (the same
   layout as struct gram_counts). */
struct ucount {
	int64_t		 count;
	int64_t		 docs;
	int64_t		 stamp;
};

/*
 * The lower n-grams (of the paired table) the record doc has had so far:
 * their words, open addressing (src/cmd/terms_pair.c); the slots taken,
 * to empty them for the next record.
 */
struct lower_seen {
	uint32_t		*slot;
	uint32_t		*used;
	size_t			 mask, n;
	int64_t			 doc;
};

struct terms {
	const char		*by;
	const char		*ngram;
	const char		*stopwords;
	const char		*tmpdir;
	size_t			 max_memory;
	int			 top;
	int			 min_count;
	bool			 tfidf;
	bool			 totals;
	bool			 json;
	bool			 stem;
	bool			 title;

	struct termize		 tz;
	struct group		 group;
	struct table		*table;		/* printed; string-counted */
	bool			 by_string;	/* table holds term rows */
	struct buf		 key;		/* group prefix + term */
	size_t			 prefix;	/* bytes of the group prefix */
	int64_t			 doc;		/* records seen, the current */
	/* Counting by id. */
	struct htab		*groups;	/* value -> index in gt */
	struct gtotal		*gt;
	size_t			 ngt, gtcap;
	uint32_t		 gid;		/* the record's group */
	struct ucount		*uc;		/* unigrams without --by */
	size_t			 uccap;
	bool			 uni;		/* uc counts unigrams */
	/*
	 * Everything else, a table per n-gram size (NULL: not counted, or
	 * in uc), keyed by the group (with --by) and the n words: tables
	 * that small keys keep small stay in the caches longer.
	 */
	struct gramtab		*grams[NGRAM_MAX + 1];
	size_t			 off;		/* 1 with --by: the group id */
	/* A record's keys for each table, counted in one call. */
	uint32_t		*batch[NGRAM_MAX + 1];
	size_t			 bn[NGRAM_MAX + 1], bcap[NGRAM_MAX + 1];
	/*
	 * 0, or the longest size when the one below it is counted in its
	 * table (src/cmd/terms_pair.c): the flags of its batch's keys.
	 */
	size_t			 pair;
	uint8_t			*bflags;
	size_t			 bfcap;
	struct lower_seen	 seen;
	/* --max-memory. */
	struct spill		*spill;		/* shared by -j workers */
	size_t			 parts;		/* tables counting at once */
	size_t			 gchars;	/* bytes of the groups' names */
	/* Rows and words a record added, the most so far, and the last. */
	size_t			 step_rows, step_words;
	size_t			 last_rows, last_words;
	/*
	 * The n-gram tables' counts are 32 bits (stats/gramtab.h): the
	 * records and text bytes (no fewer than the keys) counted in them
	 * since they were made, kept to count_max (GRAMTAB_COUNT_MAX; less
	 * in tests) by spilling them first.
	 */
	uint64_t		 tab_records, tab_bytes, count_max;
};

/* Counting by id: set up (start, fork, after a spill) and freed (free). */
void		terms_ids_init(struct terms *);
/*
 * Would a record of bytes text bytes take the n-gram tables past
 * count_max by itself (count it by string)? Would records and bytes
 * more (a record's, a -j worker's) take them past it (spill first)?
 */
bool		terms_record_too_big(const struct terms *, size_t bytes);
bool		terms_tables_full(const struct terms *, uint64_t records,
		    uint64_t bytes);
void		terms_ids_release(struct terms *);
/* The index of a record's group in t->gt, made when new. */
uint32_t	terms_group(struct terms *, const char *grp);
/*
 * The n-gram tables: rows counted in them; iterating them (start with
 * *n = *pos = 0; *n is the key's words after its group id; false at the
 * end; pointers borrowed as gramtab_next's); freeing them.
 */
size_t		terms_gram_rows(const struct terms *);
bool		terms_grams_next(const struct terms *, size_t *n, size_t *pos,
		    const uint32_t **key, struct gram_counts **c);
void		terms_grams_free(struct terms *);
/*
 * The paired sizes (src/cmd/terms_pair.c): chosen (terms_ids_init),
 * freed; a text's keys of size t->pair into its batch, with their flags
 * (room made); the lower size's counts summed into its table, which
 * must come before the tables are read (terms_grams_next checks).
 */
void		terms_pair_init(struct terms *);
void		terms_pair_release(struct terms *);
void		terms_batch_pairs(struct terms *, const struct gram_id *,
		    size_t n);
void		terms_grams_fold(struct terms *);
/* Counts a text's terms (termize_ids) in the record's group. */
void		terms_count(struct terms *, const struct gram_id *, size_t n);
/* Counts unigrams by id in t->uc (t->uni; termize_unigrams). */
void		terms_count_unigrams(struct terms *, const uint32_t *ids,
		    size_t n);
/* -j: adds a worker's counts into t. */
void		terms_ids_join(struct terms *t, struct terms *w);
/*
 * Calls fn for every row counted by id (and each totals row too, when
 * totals), in no order, with its key rebuilt in t->key.
 */
void		terms_ids_each(struct terms *, bool totals,
		    void (*fn)(struct terms *, int64_t count, int64_t docs,
		    void *), void *arg);
/* Adds every row counted by id to dst by key, then frees the id tables. */
void		terms_ids_flush(struct terms *, struct table *dst);
/* Prints the table with everything counted (finish): 0, or -1. */
int		terms_write(struct terms *, struct run *);

/*
 * --max-memory: the bytes the counts hold with what spilling them would
 * add, and with what printing them in memory would add instead; spilling
 * them (between records) as a run of the spill, emptying the id tables,
 * the vocabulary and the printed table (0, or -1 after an error,
 * reported once); printing what was counted and spilled (finish: 0, or
 * -1).
 */
size_t		terms_bytes(const struct terms *);
size_t		terms_print_bytes(const struct terms *);
int		terms_spill(struct terms *);
/*
 * Between records: notes what the last record added, then spills when
 * the counts and what the next record may add pass limit / parts.
 * Returns 0, or -1 after an error.
 */
int		terms_spill_check(struct terms *, size_t parts);
/*
 * The rows counted by id and the totals rows as a run, sorted by the
 * ranks of their words (src/cmd/terms_rank.c); the id tables are freed,
 * the vocabulary kept. Returns 0, -1 after an error, or 1 (nothing done
 * but the word TABLE_TOTAL interned) when ranks cannot give the order.
 */
int		terms_spill_ranked(struct terms *);
/*
 * Printing in memory (terms_write, the totals rows already in the
 * printed table): the rows counted by id sorted the same way and printed
 * with table_write_ordered; the id tables and the vocabulary are freed.
 * Returns 0, or 1 (nothing printed, the id tables kept) when ranks
 * cannot give the order.
 */
int		terms_write_ranked(struct terms *, const struct table_out *,
		    struct run *);
int		terms_spill_write(struct terms *, const struct table_out *,
		    struct run *);

#endif
