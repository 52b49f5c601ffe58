/* SPDX-License-Identifier: MIT */
/*
 * The subcommand interface. Each src/cmd/<name>.c exports one
 * `const struct command cmd_<name>`; the stage driver (core/stage.h) runs
 * it: options, start, one record call per corpus line, finish, free.
 */
#ifndef NF_CORE_COMMAND_H
#define NF_CORE_COMMAND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "core/opt.h"

struct arena;
struct buf;
struct record;

#define CMD_NO_CORPUS	0x01	/* reads no records: start gets all operands */
#define STAGE_STOP	1	/* record(): stop reading, go to finish */

/* What the driver shares with a running stage. */
struct run {
	const char	*cmd;		/* subcommand name */
	const char	*path;		/* current input ("-" for stdin) */
	long		 line;		/* current line number in it */
	struct buf	*out;		/* stdout buffer: append, the driver
					   flushes between records */
	struct arena	*arena;		/* the record's arena */
	struct buf	*note;		/* record() to ordered(): emptied by
					   the driver before each record */
	unsigned long	 seq;		/* the line's place in the whole input
					   (all corpora, 1-based), the same
					   whatever -j is */
	int		 jobs;		/* -j: worker threads wanted */
	unsigned	 shard_k;	/* --shard K/N (0/0: all) */
	unsigned	 shard_n;
	bool		 quiet;		/* -q */
	bool		 hold;		/* a -j worker's: run_flush leaves
					   out for the ordered writer */
	long		 records;	/* records read so far */
	long		 bad_lines;	/* lines that were not records */
};

struct command {
	const char		*name;
	const char		*synopsis;	/* word for word the man page */
	const char		*summary;	/* one line for `newsframe help` */
	const struct opt	*opts;		/* ends with OPT_END */
	size_t			 size;		/* state bytes, zeroed */
	int			 operands;	/* leading non-corpus operands */
	int			 flags;		/* CMD_* */
	/* Sets defaults in the zeroed state before options are parsed. */
	void	(*init)(void *st);
	/*
	 * Returns 0; STAGE_STOP when its output is complete and no corpus is
	 * to be read (frames --list); STAGE_USAGE; or -1 after reporting.
	 */
	int	(*start)(void *st, int argc, char **argv, struct run *);
	int	(*record)(void *st, struct record *, struct run *);
	int	(*finish)(void *st, struct run *);
	void	(*free)(void *st);
	/*
	 * Optional, for -j: fork makes a worker's state (its own tables;
	 * read-only parts of st may be shared); record() is then called on
	 * worker states from several threads, each with its own run (arena,
	 * out). join adds a worker's tables into st and frees the worker.
	 * Output written to run->out keeps input order whatever -j is.
	 */
	void	*(*fork)(const void *st);
	void	(*join)(void *st, void *worker);
	/*
	 * Optional: the part of the work that must see records in input
	 * order (first occurrences, numbering, a sample drawn in sequence, a
	 * limit over the whole output). record() does the per-record work
	 * and leaves in run->note what this step needs; ordered() then gets
	 * that note (note, len; len may be 0) on st, one record at a time, in
	 * input order, with run->path, line and seq of that record and
	 * run->arena to itself. Without -j it follows each record() at once.
	 * With -j record() runs on a worker's state, ordered() on the reading
	 * thread, so record() must leave what ordered() keeps alone. The
	 * record's output from record() comes before ordered()'s. Returns 0,
	 * STAGE_STOP (nothing after this record is then written, counted or
	 * reported, as when record() returns it), or -1 after reporting.
	 */
	int	(*ordered)(void *st, const char *note, size_t len,
		    struct run *);
	/* Optional: the number of leading operands when the options decide
	 * it (kwic PATTERN, but no pattern with -l); replaces operands. */
	int	(*operand_count)(const void *st);
};

/* start() returns this for a usage error: exit 2, synopsis on stderr. */
#define STAGE_USAGE	(-2)

/*
 * Flushes run->out to stdout (or -o FILE) when it is large enough. Outside
 * stage_main (a test driving a module with its own struct run) it does
 * nothing: the output stays in run->out for the caller to read.
 */
void	run_flush(struct run *, bool force);

/* True when the record's id falls into the --shard K/N selection. */
bool	run_in_shard(const struct run *, const struct record *);

#endif
