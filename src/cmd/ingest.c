/* SPDX-License-Identifier: MIT */
/*
 * ingest: raw documents (HTML pages, and through their handlers feeds,
 * archives and WARC files) to a JSON Lines corpus, one record per
 * article. This file only reads the command line; src/ingest/ does the
 * work (include/ingest/ingest.h). See newsframe-ingest(1).
 */
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd/commands.h"
#include "core/arena.h"
#include "core/diag.h"
#include "core/xmalloc.h"
#include "ingest/ingest.h"
#include "ingest/jsonl_import.h"
#include "ingest/lang.h"

struct ingest_cmd {
	const char	*outlet_map;
	const char	*from_list;
	const char	*report_errors;
	const char	*since;
	const char	*until;
	const char	*max_doc_bytes;
	const char	*max_doc_seconds;
	struct strv	 langs;
	struct strv	 maps;
	struct jsonl_map *map;		/* from --map */
	int		 min_words;
	int		 max_depth;
	bool		 strict;
	struct ingest	*ing;
	struct arena	*arena;		/* option values */
};

static const struct opt ingest_opts[] = {
	OPT_FLAG(0, "strict", struct ingest_cmd, strict,
	    "stop at the first input that cannot be read"),
	OPT_STR(0, "from-list", struct ingest_cmd, from_list, "FILE",
	    "also read the paths listed in FILE (- for stdin)"),
	OPT_LIST(0, "lang", struct ingest_cmd, langs, "LIST",
	    "keep only these languages (e.g. en,ru)"),
	OPT_LIST(0, "map", struct ingest_cmd, maps, "FIELD=NAME,...",
	    "JSON Lines input: read record FIELD from NAME (a.b: nested)"),
	OPT_INT_RANGE(0, "max-depth", struct ingest_cmd, max_depth, "N", 1,
	    1000000, "deepest element nesting parsed (default 256)"),
	OPT_STR(0, "max-doc-bytes", struct ingest_cmd, max_doc_bytes, "N",
	    "largest document, after decompression (default 64M)"),
	OPT_STR(0, "max-doc-seconds", struct ingest_cmd, max_doc_seconds, "S",
	    "time budget to parse one document (default 30, 0: none)"),
	OPT_INT(0, "min-words", struct ingest_cmd, min_words, "N",
	    "drop records with fewer words of text"),
	OPT_STR(0, "outlet-map", struct ingest_cmd, outlet_map, "FILE",
	    "domain or URL prefix to outlet and group (TSV)"),
	OPT_STR(0, "report-errors", struct ingest_cmd, report_errors, "FILE",
	    "write every skipped input to FILE (TSV)"),
	OPT_STR(0, "since", struct ingest_cmd, since, "DATE",
	    "keep only records published on or after DATE"),
	OPT_STR(0, "until", struct ingest_cmd, until, "DATE",
	    "keep only records published on or before DATE"),
	OPT_END
};

static void
ingest_init(void *st)
{
	struct ingest_cmd	*c = st;

	c->max_depth = INGEST_MAX_DEPTH;
}

static bool
digits(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ, with plausible fields. */
static bool
valid_date(const char *s)
{
	size_t	 n = strlen(s);
	int	 mo, d;

	if ((n != 10 && n != 20) || !digits(s, 4) || s[4] != '-' ||
	    !digits(s + 5, 2) || s[7] != '-' || !digits(s + 8, 2))
		return false;
	mo = atoi(s + 5);
	d = atoi(s + 8);
	if (mo < 1 || mo > 12 || d < 1 || d > 31)
		return false;
	if (n == 10)
		return true;
	return s[10] == 'T' && digits(s + 11, 2) && s[13] == ':' &&
	    digits(s + 14, 2) && s[16] == ':' && digits(s + 17, 2) &&
	    s[19] == 'Z' && atoi(s + 11) < 24 && atoi(s + 14) < 60 &&
	    atoi(s + 17) < 61;
}

/* "64M", "1G", "500000": bytes; 0 when malformed. */
static size_t
parse_size(const char *s)
{
	char			*end;
	unsigned long long	 v;

	if (*s < '0' || *s > '9')
		return 0;
	v = strtoull(s, &end, 10);
	if (*end == 'k' || *end == 'K')
		v <<= 10, end++;
	else if (*end == 'm' || *end == 'M')
		v <<= 20, end++;
	else if (*end == 'g' || *end == 'G')
		v <<= 30, end++;
	if (*end == 'i' && end[-1] != *s)
		end++;
	if (*end == 'B')
		end++;
	if (*end != '\0' || v == 0 || v > ((unsigned long long)1 << 40))
		return 0;
	return (size_t)v;
}

/* "30", "0.5": seconds, 0 to one day; -1 when malformed. */
static int
parse_seconds(const char *s, double *out)
{
	char	*end;

	if (*s < '0' || *s > '9')
		return -1;
	*out = strtod(s, &end);
	return *end != '\0' || *out > 86400 ? -1 : 0;
}

/* Splits the --lang lists into codes; -1 after a usage error. */
static int
parse_langs(struct ingest_cmd *c, struct ingest_config *cfg)
{
	size_t	 i, cap = 0;
	char	*s, *tok, *save;
	char	 tag[8];

	for (i = 0; i < c->langs.n; i++) {
		s = arena_strdup(c->arena, c->langs.v[i]);
		for (tok = strtok_r(s, ", ", &save); tok != NULL;
		    tok = strtok_r(NULL, ", ", &save)) {
			if (lang_primary(tok, tag) == NULL ||
			    strcmp(tag, tok) != 0) {
				nf_usage_error("--lang: '%s' is not an ISO 639-1 "
				    "code such as en or ru", tok);
				return -1;
			}
			if (cfg->n_langs == cap) {
				const char **v = arena_alloc(c->arena,
				    (cap * 2 + 4) * sizeof(*v));

				if (cfg->n_langs)
					memcpy(v, cfg->langs,
					    cfg->n_langs * sizeof(*v));
				cfg->langs = v;
				cap = cap * 2 + 4;
			}
			cfg->langs[cfg->n_langs++] = tok;
		}
	}
	return 0;
}

static int
make_config(struct ingest_cmd *c, int argc, char **argv,
    struct ingest_config *cfg, const struct run *run)
{
	int	 i;

	memset(cfg, 0, sizeof(*cfg));
	if (argc == 0 && c->from_list == NULL) {
		nf_usage_error("no input: give paths, - for stdin, or "
		    "--from-list FILE");
		return -1;
	}
	if (c->since != NULL && !valid_date(c->since)) {
		nf_usage_error("--since: expected YYYY-MM-DD or "
		    "YYYY-MM-DDTHH:MM:SSZ, not '%s'", c->since);
		return -1;
	}
	if (c->until != NULL && !valid_date(c->until)) {
		nf_usage_error("--until: expected YYYY-MM-DD or "
		    "YYYY-MM-DDTHH:MM:SSZ, not '%s'", c->until);
		return -1;
	}
	cfg->max_doc_bytes = INGEST_MAX_DOC_BYTES;
	if (c->max_doc_bytes != NULL &&
	    (cfg->max_doc_bytes = parse_size(c->max_doc_bytes)) == 0) {
		nf_usage_error("--max-doc-bytes: expected a size such as "
		    "1000000, 512K or 64M, not '%s'", c->max_doc_bytes);
		return -1;
	}
	cfg->max_doc_seconds = INGEST_MAX_DOC_SECONDS;
	if (c->max_doc_seconds != NULL &&
	    parse_seconds(c->max_doc_seconds, &cfg->max_doc_seconds) != 0) {
		nf_usage_error("--max-doc-seconds: expected a number of "
		    "seconds such as 30 or 0.5, not '%s'", c->max_doc_seconds);
		return -1;
	}
	if (parse_langs(c, cfg) != 0)
		return -1;
	for (i = 0; i < (int)c->maps.n; i++) {
		const char	*err;

		if ((c->map = jsonl_map_new(c->map, c->maps.v[i], &err)) ==
		    NULL) {
			nf_usage_error("--map: %s: '%s'", err, c->maps.v[i]);
			return -1;
		}
	}
	cfg->jsonl_map = c->map;
	cfg->outlet_map = c->outlet_map;
	cfg->report_errors = c->report_errors;
	cfg->since = c->since;
	cfg->until = c->until;
	cfg->min_words = c->min_words;
	cfg->max_depth = c->max_depth;
	cfg->strict = c->strict;
	cfg->jobs = run->jobs;
	cfg->progress = !run->quiet && isatty(STDERR_FILENO);
	/* The total is known when every operand is a plain file. */
	cfg->total_inputs = c->from_list == NULL ? argc : 0;
	for (i = 0; i < argc; i++) {
		struct stat st;

		if (stat(argv[i], &st) != 0 || !S_ISREG(st.st_mode))
			cfg->total_inputs = 0;
	}
	return 0;
}

static int
ingest_start(void *st, int argc, char **argv, struct run *run)
{
	struct ingest_cmd	*c = st;
	struct ingest_config	 cfg;
	bool			 usage;
	int			 i;

	c->arena = arena_new();
	if (make_config(c, argc, argv, &cfg, run) != 0)
		return STAGE_USAGE;
	if ((c->ing = ingest_new(&cfg, run, &usage)) == NULL)
		return usage ? 2 : -1;
	for (i = 0; i < argc && !ingest_stopped(c->ing); i++)
		ingest_path(c->ing, argv[i]);
	if (c->from_list != NULL && !ingest_stopped(c->ing))
		ingest_list(c->ing, c->from_list);
	return 0;
}

static int
ingest_finish_cmd(void *st, struct run *run)
{
	struct ingest_cmd	*c = st;

	if (c->ing != NULL)
		ingest_finish(c->ing, run->quiet);
	return 0;
}

static void
ingest_free_cmd(void *st)
{
	struct ingest_cmd	*c = st;

	ingest_free(c->ing);
	jsonl_map_free(c->map);
	arena_free(c->arena);
	free(c->langs.v);	/* the option parser's arrays */
	free(c->maps.v);
}

const struct command cmd_ingest = {
	.name = "ingest",
	.synopsis = "[-q] [--strict] [-o FILE] [--from-list FILE] "
	    "[--lang LIST] [--map FIELD=NAME,...] [--max-depth N] "
	    "[--max-doc-bytes N] [--max-doc-seconds S] "
	    "[--min-words N] [--outlet-map FILE] [--report-errors FILE] "
	    "[--since DATE] [--until DATE] [path ...]",
	.summary = "turn pages, feeds and archives into a JSON Lines corpus",
	.opts = ingest_opts,
	.size = sizeof(struct ingest_cmd),
	.flags = CMD_NO_CORPUS,
	.init = ingest_init,
	.start = ingest_start,
	.finish = ingest_finish_cmd,
	.free = ingest_free_cmd,
};
