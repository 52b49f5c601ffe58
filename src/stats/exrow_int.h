/* SPDX-License-Identifier: MIT */
/*
 * The sort entry of a row, shared by the in-memory sort (exrow_sort.c)
 * and the k-way merge of runs (extsort.c). Private to src/stats.
 */
#ifndef NF_STATS_EXROW_INT_H
#define NF_STATS_EXROW_INT_H

#include <stddef.h>
#include <stdint.h>

#include "stats/extsort.h"

/*
 * A sort entry: what orders a row, in integers, so that most comparisons
 * need not follow the pointer to the key. Keys are compared from their
 * byte skip on, skip being the length of a start all of them share.
 */
#define PFX_WORDS	3

struct skey {
	uint64_t		 major;		/* count rank, or 0 */
	uint64_t		 pfx[PFX_WORDS];	/* key bytes from skip,
						   big-endian, 0-padded */
	uint32_t		 len;		/* key bytes from skip */
	uint32_t		 skip;
	const struct exrow	*r;
};

/* Sets e to what orders r in o, its key compared from byte skip on. */
void	skey_set(struct skey *e, enum exorder o, const struct exrow *r,
	    size_t skip);
int	skey_cmp(const struct skey *, const struct skey *);

#endif
