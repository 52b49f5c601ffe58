/* SPDX-License-Identifier: MIT */
/*
 * newsframe report: the comparative framing report. One pass over the
 * corpus feeds every analyzer from the same record (the text is tokenized
 * once): corpus counts and the time series (report_corpus.c), frame
 * matches, distinctive terms, cited sources, near-duplicates and evidence
 * lines. finish turns the counts into a struct report (cmd/report.h) and
 * renders it as HTML (default), Markdown or JSON on stdout or -o FILE.
 * It keeps counts and fingerprints, never the articles. With -j each
 * worker has passes of its own, added up by report_join; dedup's
 * numbering and the list of inputs are kept in input order
 * (report_ordered).
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
#include "core/utf8.h"
#include "core/xmalloc.h"
#include "stats/group.h"
#include "text/hits.h"
#include "text/lexicon.h"
#include "text/match.h"

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
	struct group		 group;		/* the --by field, as frames */
	char			*notes;
	struct lexicon		*lx;
	struct matcher		*m;
	struct rep_corpus	*corpus;
	struct rep_frames	*frames;
	struct rep_terms_pass	*terms;
	struct rep_sources_pass	*sources;
	struct rep_evid		*evid;
	struct rep_dedup	*dedup;
	struct report		*rep;
	const char		*last_path;	/* last input seen, interned */
	bool			 worker;	/* a fork: its own passes */
};

static void	report_init(void *);
static int	report_start(void *, int, char **, struct run *);
static int	report_record(void *, struct record *, struct run *);
static int	report_ordered(void *, const char *, size_t, struct run *);
static int	report_finish(void *, struct run *);
static void	report_cmd_free(void *);
static int	read_notes(struct report_cmd *);
static void	note_input(struct report_cmd *, const char *path);
static void	add_excluded(struct report *, const char *why, long n);
static int	parse_choices(struct report_cmd *);
static int	load_lexicon(struct report_cmd *);
static void	render(const struct report_cmd *, struct buf *);
static void	*report_fork(const void *);
static void	report_join(void *, void *);
static void	free_passes(struct report_cmd *);

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
	.ordered = report_ordered,
	.finish = report_finish,
	.free = report_cmd_free,
	.fork = report_fork,
	.join = report_join,
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
	FILE		*f;
	struct buf	 b;
	char		 chunk[8192];
	size_t		 n;
	int		 err;

	if ((f = fopen(rc->notes_path, "r")) == NULL)
		return nf_error(rc->notes_path, "%s", strerror(errno));
	buf_init(&b);
	while (b.len <= NOTES_MAX && (n = fread(chunk, 1, sizeof(chunk),
	    f)) > 0)
		buf_add(&b, chunk, n);
	err = ferror(f) ? errno : 0;
	fclose(f);
	if (err != 0 || b.len > NOTES_MAX || !utf8_valid(b.data, b.len)) {
		buf_release(&b);
		return nf_error(rc->notes_path, "%s", err ? strerror(err) :
		    (b.len > NOTES_MAX ? "longer than 1 MB" :
		    "not valid UTF-8"));
	}
	while (b.len > 0 && (b.data[b.len - 1] == '\n' ||
	    b.data[b.len - 1] == '\r'))
		buf_truncate(&b, b.len - 1);
	rc->notes = buf_detach(&b, NULL);
	return 0;
}

static int
parse_choices(struct report_cmd *rc)
{
	const char	*err;

	if (rc->lexicon == NULL) {
		nf_usage_error("-l LEXICON is required");
		return -1;
	}
	if (strcmp(rc->by, "outlet") != 0 && strcmp(rc->by, "group") != 0) {
		nf_usage_error("--by: expected outlet or group, not '%s'",
		    rc->by);
		return -1;
	}
	rc->by_group = strcmp(rc->by, "group") == 0;
	if (group_parse(&rc->group, rc->by, &err) != 0) {
		nf_usage_error("--by: %s", err);
		return -1;
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
		return -1;
	}
	return 0;
}

/* Loads and compiles the lexicon; the report lists its frames. */
static int
load_lexicon(struct report_cmd *rc)
{
	struct report	*r = rc->rep;
	size_t		 f;

	rc->lx = lexicon_new();
	if (lexicon_load(rc->lx, rc->lexicon) != 0)
		return -1;
	if ((rc->m = matcher_new(rc->lx, 0)) == NULL)
		return -1;
	r->nframes = rc->lx->n_frames;
	r->frames = arena_calloc(r->arena, r->nframes + 1, sizeof(*r->frames));
	for (f = 0; f < r->nframes; f++) {
		r->frames[f].name = rc->lx->frames[f].name;
		r->frames[f].note = rc->lx->frames[f].definition;
	}
	return 0;
}

static int
report_start(void *st, int argc, char **argv, struct run *run)
{
	struct report_cmd	*rc = st;
	struct report		*r;

	(void)argc, (void)argv;
	if (parse_choices(rc) != 0)
		return STAGE_USAGE;
	if (rc->notes_path != NULL && read_notes(rc) != 0)
		return -1;
	r = rc->rep = report_new();
	r->by = rc->by_group ? "group" : "outlet";
	r->title = rc->title;
	r->lexicon = rc->lexicon;
	r->lexicon_notes = rc->notes;
	if (load_lexicon(rc) != 0)
		return -1;
	rc->corpus = rep_corpus_new(r->nframes);
	rc->frames = rep_frames_new(r->nframes);
	rc->terms = rep_terms_new();
	rc->sources = rep_sources_new();
	rc->evid = rep_evid_new(r->nframes, rc->examples);
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

/*
 * One record, tokenized once: the matcher tokenizes title and text, and
 * every analysis takes its tokens from there (dedup and the attribution
 * finder read the text by their own rules).
 */
static int
report_record(void *st, struct record *r, struct run *run)
{
	struct report_cmd	*rc = st;
	size_t			 g, nf = rc->rep->nframes;
	struct doc_hits		 d;
	long			*hits;
	bool			*has;

	/* As frames: records without the field are the group "". */
	g = rep_corpus_group(rc->corpus, group_of(&rc->group, r, run->arena));
	hits = arena_calloc(run->arena, nf + 1, sizeof(*hits));
	has = arena_calloc(run->arena, nf + 1, sizeof(*has));
	hits_record(rc->m, r, run->arena, &d);
	hits_count(&d, hits);
	rep_frames_add(rc->frames, g, hits, (long)d.words, has);
	rep_corpus_add(rc->corpus, g, r, (long)d.words, has);
	rep_terms_add(rc->terms, g, &d.f[HITS_TEXT].toks, r->lang,
	    run->arena);
	rep_evid_add(rc->evid, g, r, run->seq, hits, &d, run->arena);
	rep_sources_add(rc->sources, g, r, run->arena);
	rep_dedup_add(rc->dedup, r, run);
	return 0;
}

/* In input order: the inputs named in the report, dedup's numbering. */
static int
report_ordered(void *st, const char *note, size_t len, struct run *run)
{
	struct report_cmd	*rc = st;

	note_input(rc, run->path);
	rep_dedup_ordered(rc->dedup, note, len, run);
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

static void
render(const struct report_cmd *rc, struct buf *out)
{
	switch (rc->fmt) {
	case RF_HTML:
		report_html(rc->rep, out);
		break;
	case RF_MD:
		report_md(rc->rep, out);
		break;
	default:
		report_json(rc->rep, out);
	}
}

static int
report_finish(void *st, struct run *run)
{
	struct report_cmd	*rc = st;
	struct report		*r = rc->rep;
	const size_t		*order;

	add_excluded(r, "lines that are not records (reported above)",
	    run->bad_lines);
	order = rep_corpus_finish(rc->corpus, r, true);
	/* Without any article, the corpus section says it all. */
	if (r->ngroups > 0) {
		rep_frames_finish(rc->frames, r, order);
		rep_terms_finish(rc->terms, r, order, rc->top);
		rep_sources_finish(rc->sources, r, order, rc->top);
		rep_evid_finish(rc->evid, r, order);
		rep_dedup_finish(rc->dedup, r, run);
	}
	render(rc, run->out);
	return 0;
}

static void
free_passes(struct report_cmd *rc)
{
	rep_corpus_free(rc->corpus);
	rep_frames_free(rc->frames);
	rep_terms_free(rc->terms);
	rep_sources_free(rc->sources);
	rep_evid_free(rc->evid);
	rep_dedup_free(rc->dedup);
	matcher_free(rc->m);
}

/*
 * A -j worker: passes of its own and a matcher over the shared lexicon;
 * the report (frame count) and the --by group are read only.
 */
static void *
report_fork(const void *st)
{
	const struct report_cmd	*rc = st;
	struct report_cmd	*w = xmalloc(sizeof(*w));
	size_t			 nf = rc->rep->nframes;

	*w = *rc;
	w->worker = true;
	w->m = matcher_dup(rc->m);
	w->corpus = rep_corpus_new(nf);
	w->frames = rep_frames_new(nf);
	w->terms = rep_terms_new();
	w->sources = rep_sources_new();
	w->evid = rep_evid_new(nf, rc->examples);
	w->dedup = rep_dedup_fork(rc->dedup);
	return w;
}

static void
report_join(void *st, void *worker)
{
	struct report_cmd	*rc = st, *w = worker;
	size_t			*map;

	map = rep_corpus_join(rc->corpus, w->corpus);
	rep_frames_join(rc->frames, w->frames, map);
	rep_terms_join(rc->terms, w->terms, map);
	rep_sources_join(rc->sources, w->sources, map);
	rep_evid_join(rc->evid, w->evid, map);
	free(map);
	free_passes(w);
	free(w);
}

static void
report_cmd_free(void *st)
{
	struct report_cmd	*rc = st;

	free_passes(rc);
	lexicon_free(rc->lx);
	if (rc->rep != NULL)
		free(rc->rep->inputs);
	report_free(rc->rep);
	free(rc->notes);
}
