/* SPDX-License-Identifier: MIT */
/*
 * The subcommands, one per src/cmd/<name>.c. Add a line here and in
 * src/main.c's table for a new one.
 */
#ifndef NF_CMD_COMMANDS_H
#define NF_CMD_COMMANDS_H

#include "core/command.h"

extern const struct command cmd_collocates;
extern const struct command cmd_dedup;
extern const struct command cmd_frames;
extern const struct command cmd_ingest;
extern const struct command cmd_keyness;
extern const struct command cmd_kwic;
extern const struct command cmd_merge;
extern const struct command cmd_report;
extern const struct command cmd_select;
extern const struct command cmd_sources;
extern const struct command cmd_stats;
extern const struct command cmd_terms;
extern const struct command cmd_validate;

#endif
