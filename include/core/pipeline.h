/* SPDX-License-Identifier: MIT */
/*
 * The parallel corpus reader behind -j: the calling thread reads lines in
 * batches, worker threads parse them and call the command's record() on
 * their own states (command.fork), and batches' output is written in input
 * order, so stdout is the same whatever -j is.
 */
#ifndef NF_CORE_PIPELINE_H
#define NF_CORE_PIPELINE_H

struct command;
struct run;

/*
 * Runs c over the corpora in paths (npaths may be 0: stdin) with run->jobs
 * workers, then joins the worker states into st. Returns 1 when a record()
 * asked to stop, else 0.
 */
int	pipeline_run(const struct command *c, void *st, char **paths,
	    int npaths, struct run *run);

#endif
