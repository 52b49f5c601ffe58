/* SPDX-License-Identifier: MIT */
/*
 * The stage driver: what every subcommand shares. It parses the options
 * (the command's table plus the common -o, -j, -q, --shard), calls start,
 * feeds each corpus line as a parsed record to record() in a per-record
 * arena, calls finish and free, and turns output failures into exit 1.
 * Malformed lines never reach a stage: they are reported as path:line and
 * counted, and reading goes on.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/command.h"
#include "core/diag.h"
#include "core/hash.h"
#include "core/lines.h"
#include "core/output.h"
#include "core/pipeline.h"
#include "core/record.h"
#include "core/stage.h"
#include "core/xmalloc.h"

#define FLUSH_AT	(64 * 1024)

struct common {
	const char	*output;
	const char	*shard;
	int		 jobs;
	bool		 quiet;
};

static const struct opt common_opts[] = {
	OPT_FLAG('q', "quiet", struct common, quiet,
	    "no summary or progress on stderr"),
	OPT_INT_RANGE('j', "jobs", struct common, jobs, "N", 1, 256,
	    "worker threads (default: number of cores)"),
	OPT_STR('o', "output", struct common, output, "FILE",
	    "write to FILE (atomically) instead of stdout"),
	OPT_STR(0, "shard", struct common, shard, "K/N",
	    "process only shard K of N (by record id hash)"),
	OPT_END
};

static struct output	*stage_output;

void
stage_usage(const struct command *c, FILE *f)
{
	fprintf(f, "usage: newsframe %s %s\n", c->name, c->synopsis);
	if (f == stdout) {
		fprintf(f, "%s\n\n", c->summary);
		opt_print_help(c->opts, f);
		opt_print_help(common_opts, f);
		fprintf(f, "  %-26s %s\n", "-h, --help", "show this help");
		fprintf(f, "\nSee newsframe-%s(1).\n", c->name);
	}
}

void
run_flush(struct run *run, bool force)
{
	/* Outside a stage run (unit tests, fuzz harnesses) output stays. */
	if (stage_output == NULL || run->hold)
		return;
	if (run->out->len == 0 || (!force && run->out->len < FLUSH_AT))
		return;
	output_write(stage_output, run->out->data, run->out->len);
	buf_reset(run->out);
}

bool
run_in_shard(const struct run *run, const struct record *r)
{
	const char	*key;

	if (run->shard_n <= 1)
		return true;
	key = r->id ? r->id : (r->url ? r->url : (r->text ? r->text : ""));
	return hash64_seed(key, strlen(key), 0x5a4dULL) % run->shard_n ==
	    run->shard_k - 1;
}

static int
parse_shard(const char *s, struct run *run)
{
	unsigned	 k, n;
	char		 extra;

	if (sscanf(s, "%u/%u%c", &k, &n, &extra) != 2 || n == 0 || k == 0 ||
	    k > n) {
		nf_usage_error("--shard: expected K/N with 1 <= K <= N, "
		    "not '%s'", s);
		return -1;
	}
	run->shard_k = k;
	run->shard_n = n;
	return 0;
}

static int
default_jobs(void)
{
	long	 n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : (n > 256 ? 256 : (int)n);
}

static int
read_corpus(const struct command *c, void *st, const char *path,
    struct run *run)
{
	struct lines	*l;
	struct record	 r;
	const char	*line, *err;
	char		 where[4096];
	size_t		 len;
	int		 rc, stop = 0;

	if ((l = lines_open(path)) == NULL)
		return 0;
	run->path = path;
	run->line = 0;
	while (!stop && (rc = lines_next(l, &line, &len)) == 1) {
		run->line++;
		run->seq++;
		if (len == 0)
			continue;
		if (record_parse(&r, run->arena, line, len, &err) != 0) {
			snprintf(where, sizeof(where), "%s:%ld", path,
			    run->line);
			nf_error(where, "%s", err);
			run->bad_lines++;
		} else if (run_in_shard(run, &r)) {
			run->records++;
			buf_reset(run->note);
			if (c->record(st, &r, run) == STAGE_STOP)
				stop = 1;
			/* The arena is the record's until ordered() is done. */
			if (c->ordered != NULL && c->ordered(st,
			    run->note->data, run->note->len, run) == STAGE_STOP)
				stop = 1;
		}
		arena_reset(run->arena);
		run_flush(run, false);
	}
	lines_close(l);
	return stop;
}

static int
run_stage(const struct command *c, void *st, int argc, char **argv,
    struct run *run)
{
	int	 want = c->operand_count ? c->operand_count(st) : c->operands;
	int	 nstart = (c->flags & CMD_NO_CORPUS) ? argc : want;
	int	 i, rc;

	if (argc < want) {
		nf_usage_error("missing operand");
		return STAGE_USAGE;
	}
	if (c->start != NULL &&
	    (rc = c->start(st, nstart, argv, run)) != 0)
		return rc == STAGE_STOP ? 0 : rc;	/* STOP: output complete */
	if (!(c->flags & CMD_NO_CORPUS) && c->record != NULL && c->fork &&
	    c->join && run->jobs > 1) {
		pipeline_run(c, st, argv + nstart, argc - nstart, run);
	} else if (!(c->flags & CMD_NO_CORPUS) && c->record != NULL) {
		if (argc == nstart) {
			read_corpus(c, st, "-", run);
		} else {
			for (i = nstart; i < argc; i++)
				if (read_corpus(c, st, argv[i], run))
					break;
		}
	}
	if (c->finish != NULL && c->finish(st, run) != 0)
		return -1;
	return 0;
}

int
stage_main(const struct command *c, int argc, char **argv)
{
	struct common	 co = { 0 };
	struct run	 run = { 0 };
	struct buf	 out, note;
	void		*st = xcalloc(1, c->size ? c->size : 1);
	int		 ind = 1, rc;

	diag_set_command(c->name);
	if (c->init != NULL)
		c->init(st);
	rc = opt_parse(c->opts, st, common_opts, &co, argc, argv, &ind);
	if (rc == 1) {
		stage_usage(c, stdout);
		rc = 0;
		goto done;
	}
	if (rc != 0 || (co.shard != NULL && parse_shard(co.shard, &run))) {
		stage_usage(c, stderr);
		rc = 2;
		goto done;
	}
	run.cmd = c->name;
	run.jobs = co.jobs ? co.jobs : default_jobs();
	run.quiet = co.quiet;
	run.arena = arena_new();
	buf_init(&out);
	buf_init(&note);
	run.out = &out;
	run.note = &note;
	if ((stage_output = output_open(co.output)) == NULL) {
		rc = 2;
		goto out;
	}
	rc = run_stage(c, st, argc - ind, argv + ind, &run);
	if (rc == STAGE_USAGE) {
		stage_usage(c, stderr);
		rc = 2;
	}
	if (rc == 0) {
		run_flush(&run, true);
		if (output_close(stage_output, true) != 0)
			rc = 1;
	} else {
		/* A failed start or finish leaves -o FILE as it was. */
		output_close(stage_output, false);
		if (rc != 2 && diag_status() == 0)
			nf_error(NULL, "stopped");
	}
	stage_output = NULL;
	if (rc != 2)
		rc = diag_status();
out:
	buf_release(&out);
	buf_release(&note);
	arena_free(run.arena);
done:
	if (c->free != NULL)
		c->free(st);
	free(st);
	return rc;
}
