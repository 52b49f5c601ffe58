/* SPDX-License-Identifier: MIT */
/*
 * Turning an operand into inputs: a file, a directory walked recursively
 * in bytewise-sorted order, or "-" for stdin. Inside directories symbolic
 * links are followed, but a directory that is its own ancestor (a link
 * loop) is skipped, and anything that is neither a regular file nor a
 * directory (FIFO, socket, device) is skipped without being opened, so a
 * walk never blocks. An operand named explicitly is opened whatever its
 * type, so `<(command)` and /dev/stdin work.
 */
#ifndef NF_INGEST_SOURCE_H
#define NF_INGEST_SOURCE_H

#include <stdbool.h>

/* What the walk reports; ctx is passed back. Strings are borrowed. */
struct source_cb {
	/* An open input (fd is closed by the walk after the call). */
	void	(*file)(void *ctx, const char *path, int fd);
	/* An input that cannot be read (error) or is skipped (warning). */
	void	(*skip)(void *ctx, const char *path, const char *reason,
		    const char *msg, bool error);
	/* Polled between inputs: true stops the walk. May be NULL. */
	bool	(*stop)(void *ctx);
	void	 *ctx;
};

/* Walks one operand. */
void	source_walk(const char *path, const struct source_cb *);

#endif
