/* SPDX-License-Identifier: MIT */
/*
 * The state of the dedup subcommand, shared by src/cmd/dedup.c (reading,
 * fingerprints, clustering) and src/cmd/dedup_out.c (the output modes).
 * Everything is owned by the state and freed by dedup's free().
 */
#ifndef NF_CMD_DEDUP_H
#define NF_CMD_DEDUP_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

struct arena;
struct run;
struct uf;

#define DEDUP_BANDS	32	/* LSH bands x rows = MINHASH_PERMS */
#define DEDUP_ROWS	4
#define DEDUP_NONE	UINT32_MAX	/* record without words */

struct dedup_rec {
	const char	*id, *outlet, *published, *by;	/* in dedup.arena */
	uint32_t	 uniq;		/* distinct text number, or DEDUP_NONE */
	uint32_t	 seg;		/* --drop: input segment */
	long		 line;		/* --drop: line in it */
	double		 sim;		/* similarity to its cluster's origin */
	bool		 copy;		/* in a cluster, not its origin */
};

struct dedup_slot {			/* exact-text table */
	uint64_t	 h;
	uint32_t	 uniq;
	int		 used;
};

struct dedup_seg {			/* a run of records from one input */
	const char	*path;		/* argv string, "-" for stdin */
	int		 spool;		/* read back from dedup.spool */
};

struct dedup_pair {			/* verified pair of distinct texts */
	uint32_t	 a, b;
	double		 sim;
};

struct dedup_cluster {			/* a run of dedup.order */
	size_t		 start, len;
};

struct dedup {
	bool		 drop, pairs;	/* options */
	const char	*by;
	int		 shingle;
	double		 threshold;

	struct arena	*arena;
	struct dedup_rec *recs;		/* one per record read */
	size_t		 nrec, recs_cap;
	struct dedup_slot *tab;		/* exact hash -> distinct text */
	size_t		 tab_cap;
	uint32_t	*sigs;		/* MINHASH_PERMS per distinct text */
	size_t		 nuniq, sigs_cap;
	struct dedup_seg *segs;
	size_t		 nseg, segs_cap;
	FILE		*spool;		/* --drop: records read from stdin */
	long		 spooled;
	size_t		 kept;		/* --drop: records written */
	struct uf	*uf;		/* over distinct texts */
	struct dedup_pair *vp;		/* --pairs: verified pairs */
	size_t		 nvp, vp_cap;
	uint32_t	*order;		/* clustered records, cluster by cluster */
	struct dedup_cluster *cl;	/* clusters of 2 or more, origin first */
	size_t		 ncl;
};

/* Builds order and cl from the union-find; marks copies and sim. */
void	dedup_clusters(struct dedup *);
void	dedup_write_clusters(struct dedup *, struct run *);
void	dedup_write_pairs(struct dedup *, struct run *);
void	dedup_write_by(struct dedup *, struct run *);
/* Re-reads the inputs and writes the records that are not copies. */
int	dedup_write_drop(struct dedup *, struct run *);

#endif
