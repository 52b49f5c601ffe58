/* SPDX-License-Identifier: MIT */
/*
 * ingest: raw documents to corpus records. (Being built: see issue 2.)
 */
#include "cmd/commands.h"
#include "core/diag.h"

static int
ingest_start(void *st, int argc, char **argv, struct run *run)
{
	(void)st; (void)argc; (void)argv; (void)run;
	return nf_error(NULL, "not built yet");
}

const struct command cmd_ingest = {
	.name = "ingest",
	.synopsis = "[-q] [-o FILE] path ...",
	.summary = "turn pages, feeds and archives into a JSON Lines corpus",
	.flags = CMD_NO_CORPUS,
	.start = ingest_start,
};
