/* SPDX-License-Identifier: MIT */
/*
 * newsframe: global options, the command table, dispatch; nothing else.
 * Names match exactly (no prefixes), so a new subcommand never changes
 * what an old script runs.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cmd/commands.h"
#include "core/diag.h"
#include "core/stage.h"

/* Alphabetical, NULL-terminated. */
static const struct command *const commands[] = {
	&cmd_collocates,
	&cmd_dedup,
	&cmd_frames,
	&cmd_ingest,
	&cmd_keyness,
	&cmd_kwic,
	&cmd_merge,
	&cmd_report,
	&cmd_select,
	&cmd_sources,
	&cmd_stats,
	&cmd_terms,
	&cmd_validate,
	NULL
};

static const char usage_line[] =
    "usage: newsframe [--version] [--help] COMMAND [ARGS]\n";

static const struct command *
find_command(const char *name)
{
	size_t	 i;

	for (i = 0; commands[i] != NULL; i++)
		if (strcmp(commands[i]->name, name) == 0)
			return commands[i];
	return NULL;
}

static void
print_help(FILE *f)
{
	size_t	 i;

	fputs(usage_line, f);
	fputs("\nA media-coverage corpus analyzer: ingest scraped pages, "
	    "feeds and archives\ninto a JSON Lines corpus, then count terms, "
	    "frames and sources per outlet.\n\nCommands:\n", f);
	for (i = 0; commands[i] != NULL; i++)
		fprintf(f, "  %-12s %s\n", commands[i]->name,
		    commands[i]->summary);
	fputs("  help         show help for a command\n"
	    "\n'newsframe help COMMAND' or 'newsframe COMMAND --help' "
	    "for one command;\nnewsframe(1) for conventions.\n", f);
}

static int
help(int argc, char **argv)
{
	const struct command	*c;
	char			 page[64];

	if (argc < 2) {
		print_help(stdout);
		return 0;
	}
	if ((c = find_command(argv[1])) == NULL) {
		nf_usage_error("help: unknown command '%s'", argv[1]);
		fputs(usage_line, stderr);
		return 2;
	}
	/* On a terminal, open the manual page; otherwise print the help. */
	if (isatty(STDOUT_FILENO)) {
		snprintf(page, sizeof(page), "newsframe-%s", c->name);
		fflush(stdout);
		execlp("man", "man", page, (char *)NULL);
	}
	stage_usage(c, stdout);
	return 0;
}

int
main(int argc, char **argv)
{
	const struct command	*c;

	if (argc < 2) {
		fputs(usage_line, stderr);
		return 2;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("newsframe %s\n", NF_VERSION);
		return 0;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		print_help(stdout);
		return 0;
	}
	if (strcmp(argv[1], "help") == 0)
		return help(argc - 1, argv + 1);
	if (argv[1][0] == '-') {
		nf_usage_error("unknown option %s", argv[1]);
		fputs(usage_line, stderr);
		return 2;
	}
	if ((c = find_command(argv[1])) == NULL) {
		nf_usage_error("unknown command '%s'", argv[1]);
		fputs(usage_line, stderr);
		return 2;
	}
	return stage_main(c, argc - 1, argv + 1);
}
