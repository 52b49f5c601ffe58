/* SPDX-License-Identifier: MIT */
/*
 * The inside of struct ingest, shared by the files of src/ingest/ that
 * run an ingest (ingest.c, emit.c, page.c, tally.c). Other modules see
 * only include/ingest/ingest.h.
 */
#ifndef NF_INGEST_STATE_H
#define NF_INGEST_STATE_H

#include <stdbool.h>
#include <stdio.h>

#include "core/buf.h"
#include "ingest/ingest.h"

struct outlets;
struct pool;
struct progress;

#define TALLY_MAX	64
#define DOC_DEPTH_MAX	16

/* Counts by reason ("empty", "min-words"), in first-seen order. */
struct tally {
	char	*key[TALLY_MAX];
	long	 n[TALLY_MAX];
	size_t	 len;
	long	 total;
};

struct ingest {
	struct ingest_config	 cfg;
	struct run		*run;
	struct outlets		*map;
	FILE			*report;	/* --report-errors */
	struct progress		*progress;
	struct buf		 raw;		/* the input being read */
	struct buf		 text;		/* it, converted to UTF-8 */
	long			 inputs;	/* read: leaves + skips */
	long			 records;	/* emitted */
	long			 filtered;
	unsigned long long	 bytes;		/* raw bytes read */
	unsigned long long	 replaced;	/* invalid sequences */
	struct tally		 skips;
	struct tally		 filters;
	struct tally		 counts;	/* ingest_count */
	int			 depth;		/* nested ingest_doc calls */
	double			 doc_start;	/* CLOCK_MONOTONIC, last
						   ingest_doc */
	bool			 container[DOC_DEPTH_MAX];
	bool			 stop;		/* --strict met an error */
	struct pool		*pool;		/* -j workers, or NULL */
	unsigned long		 entry;		/* walk entries seen */
};

/* tally.c */
void	tally_add(struct tally *, const char *key);
void	tally_release(struct tally *);
/* Adds from's counts to to, keys in from's first-seen order. */
void	tally_merge(struct tally *to, const struct tally *from);
/* "1 empty, 2 truncated gzip" (sorted by key), or just "empty" when
   there is one key, appended to b. */
void	tally_format(const struct tally *, struct buf *b);

/*
 * pool.c: -j workers. pool_new starts them; ingest_path and ingest_list
 * bracket their walk with pool_hold (which returns the reading thread's
 * struct ingest, to walk with) and pool_release. ingest_doc at depth 0
 * on that reader calls pool_submit, which queues a copy of the document.
 * pool_end writes what is left and stops the workers; the counts are then
 * in the struct ingest given to pool_new.
 */
struct pool	*pool_new(struct ingest *, int jobs);
struct ingest	*pool_hold(struct pool *);
void		 pool_release(struct pool *);
int		 pool_submit(struct pool *, const struct doc *);
void		 pool_end(struct pool *);
void		 pool_free(struct pool *);	/* NULL is fine */

/* page.c: the HTML page handler of the dispatch table. */
int	page_doc(struct ingest *, const struct doc *);

#endif
