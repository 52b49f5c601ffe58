/* SPDX-License-Identifier: MIT */
/*
 * Safe output files: -o FILE writes to FILE.tmp.XXXXXX in the same
 * directory and renames it over FILE only when the run succeeded, so an
 * interrupted run never leaves a half-written file that looks complete;
 * SIGINT, SIGTERM and SIGHUP remove the temporary file before ending.
 */
#ifndef NF_CORE_OUTPUT_H
#define NF_CORE_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

struct output;

/* path NULL or "-": stdout. Returns NULL after reporting an error. */
struct output	*output_open(const char *path);
FILE		*output_file(struct output *);
/* Writes all of p or exits 1 (unwritable output is fatal). */
void		 output_write(struct output *, const void *p, size_t n);
/* Flushes; on success renames into place. Returns 0 or -1. Frees. */
int		 output_close(struct output *, bool success);

#endif
