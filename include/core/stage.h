/* SPDX-License-Identifier: MIT */
/*
 * The stage driver: runs one subcommand over its operands as described in
 * STYLE.md section 2. Returns the process exit status (0, 1 or 2).
 */
#ifndef NF_CORE_STAGE_H
#define NF_CORE_STAGE_H

struct command;

int	stage_main(const struct command *, int argc, char **argv);
/* Prints "usage: newsframe CMD SYNOPSIS" and the option lines. */
void	stage_usage(const struct command *, FILE *);

#endif
