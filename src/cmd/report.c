/* SPDX-License-Identifier: MIT */
/*
 * newsframe report: the comparative framing report. One pass over the
 * corpus feeds every analyzer from the same record (the text is tokenized
 * once): corpus counts and the time series (report_corpus.c), frame
 * matches, distinctive terms, cited sources, near-duplicates and evidence
 * lines. finish turns the counts into a struct report (cmd/report.h) and
 * renders it as HTML (default), Markdown or JSON on stdout or -o FILE.
 * It keeps counts and fingerprints, never the articles.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/commands.h"
#include "cmd/report.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/diag.h"
#include "core/record.h"
#include "core/xmalloc.h"

#define NOTES_MAX	(1 << 20)

enum rfmt {
	RF_HTML,
	RF_MD,
	RF_JSON,
};

struct report_cmd {
	const char		*lexicon;	/* -l */
	const char		*by;		/* --by */
	const char		*format;	/* --format */
	const char		*title;		/* --title */
	const char		*notes_path;	/* --lexicon-notes */
	int			 top;		/* --top */
	int			 examples;	/* --examples */

	enum rfmt		 fmt;
	bool			 by_group;
	char			*notes;
	struct rep_corpus	*corpus;
	struct rep_dedup	*dedup;
	struct report		*rep;
	const char		*last_path;	/* last input seen, interned */
};

static void	report_init(void *);
static int	report_start(void *, int, char **, struct run *);
static int	report_record(void *, struct record *, struct run *);
static int	report_finish(void *, struct run *);
static void	report_cmd_free(void *);
static int	read_notes(struct report_cmd *);
static void	note_input(struct report_cmd *, const char *path);
static void	add_excluded(struct report *, const char *why, long n);

static const struct opt report_opts[] = {
	OPT_STR('l', "lexicon", struct report_cmd, lexicon, "LEXICON",
	    "the frames' lexicon (required)"),
	OPT_STR(0, "by", struct report_cmd, by, "outlet|group",
	    "compare outlets or outlet groups (default outlet)"),
	OPT_STR(0, "format", struct report_cmd, format, "html|md|json",
	    "output format (default html)"),
	OPT_STR(0, "title", struct report_cmd, title, "T",
	    "the report's title"),
	OPT_STR(0, "lexicon-notes", struct report_cmd, notes_path, "FILE",
	    "text about the lexicon to include in the report"),
	OPT_INT_RANGE(0, "top", struct report_cmd, top, "N", 1, 1000,
	    "terms and sources shown per group (default 15)"),
	OPT_INT_RANGE(0, "examples", struct report_cmd, examples, "N", 0, 100,
	    "evidence lines per frame and group (default 3)"),
	OPT_END
};

const struct command cmd_report = {
	.name = "report",
	.synopsis = "-l LEXICON [--by outlet | group] [--format html | md | json] "
	    "[--title T] [--lexicon-notes FILE] [--top N] [--examples N] "
	    "[-o FILE] [corpus ...]",
	.summary = "write a comparative framing report (HTML, Markdown, JSON)",
	.opts = report_opts,
	.size = sizeof(struct report_cmd),
	.init = report_init,
	.start = report_start,
	.record = report_record,
	.finish = report_finish,
	.free = report_cmd_free,
};

static void
report_init(void *st)
{
	struct report_cmd	*rc = st;

	rc->by = "outlet";
	rc->format = "html";
	rc->title = "Framing report";
	rc->top = 15;
	rc->examples = 3;
}

static int
read_notes(struct report_cmd *rc)
{
	FILE	*f;
	struct buf b;
	char	 chunk[8192];
	size_t	 n;

	if ((f = fopen(rc->notes_path, "r")) == NULL)
		return nf_error(rc->notes_path, "%s", strerror(errno));
	buf_init(&b);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0 &&
	    b.len < NOTES_MAX)
		buf_add(&b, chunk, n);
	if (ferror(f)) {
		fclose(f);
		buf_release(&b);
		return nf_error(rc->notes_path, "%s", strerror(errno));
	}
	fclose(f);
	while (b.len > 0 && (b.data[b.len - 1] == '\n' ||
	    b.data[b.len - 1] == '\r'))
		buf_truncate(&b, b.len - 1);
	rc->notes = buf_detach(&b, NULL);
	return 0;
}

static int
report_start(void *st, int argc, char **argv, struct run *run)
{
	struct report_cmd	*rc = st;

	(void)argc, (void)argv;
	if (rc->lexicon == NULL) {
		nf_usage_error("-l LEXICON is required");
		return STAGE_USAGE;
	}
	if (strcmp(rc->by, "outlet") == 0)
		rc->by_group = false;
	else if (strcmp(rc->by, "group") == 0)
		rc->by_group = true;
	else {
		nf_usage_error("--by: expected outlet or group, not '%s'",
		    rc->by);
		return STAGE_USAGE;
	}
	if (strcmp(rc->format, "html") == 0)
		rc->fmt = RF_HTML;
	else if (strcmp(rc->format, "md") == 0)
		rc->fmt = RF_MD;
	else if (strcmp(rc->format, "json") == 0)
		rc->fmt = RF_JSON;
	else {
		nf_usage_error("--format: expected html, md or json, not '%s'",
		    rc->format);
		return STAGE_USAGE;
	}
	if (rc->notes_path != NULL && read_notes(rc) != 0)
		return -1;
	rc->rep = report_new();
	rc->rep->by = rc->by_group ? "group" : "outlet";
	rc->rep->title = rc->title;
	rc->rep->lexicon = rc->lexicon;
	rc->rep->lexicon_notes = rc->notes;
	rc->corpus = rep_corpus_new(rc->rep->nframes);
	rc->dedup = rep_dedup_new(run);
	return 0;
}

static void
note_input(struct report_cmd *rc, const char *path)
{
	struct report	*r = rc->rep;

	if (rc->last_path != NULL && strcmp(rc->last_path, path) == 0)
		return;
	r->inputs = xrealloc(r->inputs, (r->ninputs + 1) * sizeof(*r->inputs));
	r->inputs[r->ninputs++] = rc->last_path = arena_strdup(r->arena, path);
}

static int
report_record(void *st, struct record *r, struct run *run)
{
	struct report_cmd	*rc = st;
	const char		*key;
	size_t			 g;
	long			 words;

	note_input(rc, run->path);
	key = rc->by_group ? r->group : r->outlet;
	/* As in frames: records without the field are a group of their own. */
	g = rep_corpus_group(rc->corpus, key ? key : "(none)");
	words = (long)record_word_count(r->text);
	rep_corpus_add(rc->corpus, g, r, words, NULL);
	rep_dedup_add(rc->dedup, r, run);
	return 0;
}

static void
add_excluded(struct report *r, const char *why, long n)
{
	struct rep_count	*v;

	if (n == 0)
		return;
	v = arena_calloc(r->arena, r->nexcluded + 1, sizeof(*v));
	if (r->nexcluded > 0)
		memcpy(v, r->excluded, r->nexcluded * sizeof(*v));
	v[r->nexcluded].name = arena_strdup(r->arena, why);
	v[r->nexcluded++].n = n;
	r->excluded = v;
}

static int
report_finish(void *st, struct run *run)
{
	struct report_cmd	*rc = st;
	struct report		*r = rc->rep;

	add_excluded(r, "lines that are not records (reported above)",
	    run->bad_lines);
	rep_corpus_finish(rc->corpus, r, true);
	rep_dedup_finish(rc->dedup, r, run);
	switch (rc->fmt) {
	case RF_HTML:
		report_html(r, run->out);
		break;
	case RF_MD:
		report_md(r, run->out);
		break;
	default:
		report_json(r, run->out);
	}
	return 0;
}

static void
report_cmd_free(void *st)
{
	struct report_cmd	*rc = st;

	rep_corpus_free(rc->corpus);
	rep_dedup_free(rc->dedup);
	if (rc->rep != NULL)
		free(rc->rep->inputs);
	report_free(rc->rep);
	free(rc->notes);
}
