/* SPDX-License-Identifier: MIT */
/*
 * newsframe kwic: the passages a pattern or a lexicon matches, with their
 * context from the original text (newsframe-kwic(1)). Matching is the
 * one frames counts with (text/hits.h), so the rows are exactly the hits
 * frames counted. Rows stream out as records are read, unless --sort or
 * --sample need them all: then they are kept (as finished lines with a
 * sort key) and written at the end. --sample keeps a uniform reservoir
 * sample drawn with a seeded generator, so a sample can be drawn again.
 * With -j, workers match and cut the rows (record) and leave them in the
 * record's note; the reading thread takes them in input order (ordered):
 * streams, samples or keeps them and counts --limit, so the rows and the
 * sample are the same whatever -j is.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/command.h"
#include "core/diag.h"
#include "core/note.h"
#include "core/record.h"
#include "core/xmalloc.h"
#include "text/context.h"
#include "text/cue.h"
#include "text/hits.h"
#include "text/lexicon.h"
#include "text/match.h"

enum sort { SORT_NONE, SORT_LEFT, SORT_RIGHT, SORT_OUTLET, SORT_DATE };

struct row {
	char		*line;		/* the TSV line, '\n' included */
	char		*key;		/* sort key */
	uint64_t	 seq;		/* input order */
};

struct kwic {
	const char	*lexicon;	/* -l */
	const char	*frame;		/* --frame */
	const char	*sort_name;	/* --sort */
	int		 width;		/* -w */
	int		 chars;		/* -c */
	int		 limit;		/* --limit */
	int		 sample;	/* --sample */
	int		 seed;		/* --seed */
	bool		 stem;
	bool		 voice;		/* --voice */
	bool		 worker;	/* a fork: shares the lexicon */
	enum sort	 sort;
	int		 frame_idx;	/* -1: all */
	struct lexicon	*lx;
	struct matcher	*m;
	struct cues	*cues;		/* --voice */
	struct row	*rows;
	size_t		 n_rows, cap_rows;
	uint64_t	 seen;		/* rows produced */
	uint64_t	 rng;
};

static const struct opt kwic_opts[] = {
	OPT_FLAG(0, "stem", struct kwic, stem,
	    "stem the pattern and the text (Snowball, en and ru)"),
	OPT_FLAG(0, "voice", struct kwic, voice,
	    "whose voice each hit is in: author, or quoted and who"),
	OPT_INT_RANGE('c', "chars", struct kwic, chars, "N", 1, 100000,
	    "N characters of context instead of tokens"),
	OPT_STR(0, "frame", struct kwic, frame, "NAME",
	    "only the hits of this frame of the lexicon"),
	OPT_STR('l', "lexicon", struct kwic, lexicon, "FILE",
	    "show the hits of a lexicon instead of a pattern"),
	OPT_INT_RANGE(0, "limit", struct kwic, limit, "N", 1, 2147483647,
	    "at most N rows"),
	OPT_INT_RANGE(0, "sample", struct kwic, sample, "N", 1, 10000000,
	    "a random sample of N rows"),
	OPT_INT_RANGE(0, "seed", struct kwic, seed, "S", 0, 2147483647,
	    "seed of --sample (default 1)"),
	OPT_STR(0, "sort", struct kwic, sort_name, "KEY",
	    "sort by left, right, outlet or date"),
	OPT_INT_RANGE('w', "width", struct kwic, width, "N", 0, 1000,
	    "N tokens of context on each side (default 5)"),
	OPT_END
};

static void
kwic_init(void *st)
{
	struct kwic	*k = st;

	k->width = -1;
	k->seed = 1;
	k->frame_idx = -1;
}

/* splitmix64: small, good enough and the same everywhere. */
static uint64_t
rng_next(uint64_t *s)
{
	uint64_t	 z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static int
parse_sort(struct kwic *k)
{
	static const char *const names[] = {
		"left", "right", "outlet", "date"
	};
	size_t	 i;

	if (k->sort_name == NULL)
		return 0;
	for (i = 0; i < 4; i++)
		if (strcmp(k->sort_name, names[i]) == 0) {
			k->sort = SORT_LEFT + (int)i;
			return 0;
		}
	nf_usage_error("--sort: expected left, right, outlet or date, not "
	    "'%s'", k->sort_name);
	return -1;
}

static int
load(struct kwic *k, int argc, char **argv)
{
	if (k->lexicon != NULL) {
		if (lexicon_load(k->lx, k->lexicon) != 0)
			return -1;
		if (k->frame != NULL &&
		    (k->frame_idx = lexicon_frame_index(k->lx, k->frame)) < 0)
			return nf_error(k->lexicon, "no frame '%s'", k->frame);
		return 0;
	}
	if (argc < 1) {
		nf_usage_error("a pattern or a lexicon (-l FILE) is required");
		return STAGE_USAGE;
	}
	if (k->frame != NULL) {
		nf_usage_error("--frame needs a lexicon (-l FILE)");
		return STAGE_USAGE;
	}
	lexicon_add_frame(k->lx, "pattern", NULL, "pattern", 1);
	if (strchr(argv[0], '\n') != NULL || argv[0][0] == '!') {
		nf_usage_error("a pattern is one line and not an exclusion");
		return STAGE_USAGE;
	}
	if (lexicon_add_entry(k->lx, 0, argv[0], "pattern", 1, false) != 0)
		return STAGE_USAGE;
	return 0;
}

static int
kwic_operands(const void *st)
{
	return ((const struct kwic *)st)->lexicon != NULL ? 0 : 1;
}

static int
kwic_start(void *st, int argc, char **argv, struct run *run)
{
	struct kwic	*k = st;
	int		 rc;

	if (parse_sort(k) != 0)
		return STAGE_USAGE;
	if (k->chars > 0 && k->width >= 0) {
		nf_usage_error("-c and -w exclude each other");
		return STAGE_USAGE;
	}
	if (k->width < 0)
		k->width = 5;
	k->lx = lexicon_new();
	if ((rc = load(k, argc, argv)) != 0)
		return rc;
	if ((k->m = matcher_new(k->lx, k->stem ? MATCH_STEM : 0)) == NULL)
		return -1;
	k->rng = (uint64_t)k->seed;
	if (k->voice)
		k->cues = cues_new();
	buf_adds(run->out, "id\toutlet\tpublished\t");
	if (k->lexicon != NULL)
		buf_adds(run->out, "frame\t");
	if (k->voice)
		buf_adds(run->out, "voice\tsource\t");
	buf_adds(run->out, "left\tmatch\tright\n");
	return 0;
}

/* Norms of up to 8 tokens from i stepping by dir, joined by \1. */
static char *
token_key(const struct tokens *t, size_t i, int dir, struct arena *a)
{
	struct buf	 b;
	char		*s;
	int		 n;

	buf_init(&b);
	for (n = 0; n < 8 && i < t->n; n++, i += (size_t)dir) {
		buf_add(&b, t->v[i].norm, t->v[i].norm_len);
		buf_addc(&b, 1);
		if (dir < 0 && i == 0)
			break;
	}
	s = arena_strndup(a, b.data ? b.data : "", b.len);
	buf_release(&b);
	return s;
}

static char *
sort_key(const struct kwic *k, const struct record *r,
    const struct field_hits *f, const struct match *m, struct arena *a)
{
	switch (k->sort) {
	case SORT_LEFT:
		return m->first == 0 ? "" : token_key(&f->toks, m->first - 1,
		    -1, a);
	case SORT_RIGHT:
		return token_key(&f->toks, m->last + 1, 1, a);
	case SORT_OUTLET:
		return arena_printf(a, "%s\1%s\1%s", r->outlet ? r->outlet :
		    "", r->published ? r->published : "", r->id ? r->id : "");
	case SORT_DATE:
		return arena_printf(a, "%s\1%s", r->published ? r->published :
		    "", r->id ? r->id : "");
	default:
		return "";
	}
}

static void
tsv_cell(struct buf *b, const char *s, bool last)
{
	for (s = s ? s : ""; *s != '\0'; s++)
		buf_addc(b, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
	buf_addc(b, last ? '\n' : '\t');
}

/* Keeps a row for the end (sort, sample) or writes it. */
static void
emit(struct kwic *k, const char *line, size_t len, const char *key,
    struct run *run)
{
	uint64_t	 j;
	size_t		 slot;

	k->seen++;
	if (k->sort == SORT_NONE && k->sample == 0) {
		buf_add(run->out, line, len);
		return;
	}
	if (k->sample > 0 && k->n_rows == (size_t)k->sample) {
		/* reservoir: the seen-th row replaces one with p = N/seen */
		j = rng_next(&k->rng) % k->seen;
		if (j >= (uint64_t)k->sample)
			return;
		slot = (size_t)j;
		free(k->rows[slot].line);
		free(k->rows[slot].key);
	} else {
		k->rows = xgrow(k->rows, &k->cap_rows, k->n_rows + 1,
		    sizeof(*k->rows));
		slot = k->n_rows++;
	}
	k->rows[slot].line = xstrndup(line, len);
	k->rows[slot].key = xstrdup(key);
	k->rows[slot].seq = k->seen;
}

static int
kwic_record(void *st, struct record *r, struct run *run)
{
	struct kwic		*k = st;
	struct doc_hits		 d;
	struct context		 c;
	struct buf		 line;
	const struct field_hits	*f;
	const struct match	*m;
	size_t			 i, h;

	hits_record(k->m, r, run->arena, &d);
	if (k->voice)
		hits_voice(&d, k->cues, run->arena);
	buf_init(&line);
	for (i = 0; i < HITS_NFIELDS; i++) {
		f = &d.f[i];
		for (h = 0; h < f->n; h++) {
			m = &f->v[h];
			if (k->frame_idx >= 0 && m->frame != (unsigned)k->frame_idx)
				continue;
			context_get(f->text, f->len, &f->toks, m->first,
			    m->last, k->chars > 0 ? 0 : k->width, k->chars,
			    run->arena, &c);
			buf_reset(&line);
			tsv_cell(&line, r->id, false);
			tsv_cell(&line, r->outlet, false);
			tsv_cell(&line, r->published, false);
			if (k->lexicon != NULL)
				tsv_cell(&line, k->lx->frames[m->frame].name,
				    false);
			if (k->voice) {
				tsv_cell(&line, f->source[h] ? "quoted" :
				    "author", false);
				tsv_cell(&line, f->source[h], false);
			}
			tsv_cell(&line, c.left, false);
			tsv_cell(&line, c.match, false);
			tsv_cell(&line, c.right, true);
			note_put(run->note, line.data, line.len);
			note_put_str(run->note, sort_key(k, r, f, m,
			    run->arena));
		}
	}
	buf_release(&line);
	return 0;
}

/* The record's rows, in input order: line and sort key, field by field. */
static int
kwic_ordered(void *st, const char *note, size_t len, struct run *run)
{
	struct kwic	*k = st;
	const char	*p = note, *end = note + len, *line, *key;
	size_t		 n;

	while (note_get(&p, end, &line, &n)) {
		key = note_get_str(&p, end);
		emit(k, line, n, key, run);
		if (k->sort == SORT_NONE && k->sample == 0 && k->limit > 0 &&
		    k->seen >= (uint64_t)k->limit)
			return STAGE_STOP;
	}
	return 0;
}

static int
row_cmp(const void *pa, const void *pb)
{
	const struct row	*a = pa, *b = pb;
	int			 c = strcmp(a->key, b->key);

	if (c != 0)
		return c;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static int
kwic_finish(void *st, struct run *run)
{
	struct kwic	*k = st;
	size_t		 i, n = k->n_rows;

	if (k->sort == SORT_NONE)
		for (i = 0; i < n; i++)
			k->rows[i].key[0] = '\0';
	if (n > 0)
		qsort(k->rows, n, sizeof(*k->rows), row_cmp);
	if (k->limit > 0 && n > (size_t)k->limit)
		n = (size_t)k->limit;
	for (i = 0; i < n; i++) {
		buf_adds(run->out, k->rows[i].line);
		run_flush(run, false);
	}
	return 0;
}

static void
kwic_free(void *st)
{
	struct kwic	*k = st;
	size_t		 i;

	for (i = 0; i < k->n_rows; i++) {
		free(k->rows[i].line);
		free(k->rows[i].key);
	}
	free(k->rows);
	cues_free(k->cues);
	matcher_free(k->m);
	if (!k->worker)
		lexicon_free(k->lx);
}

/* A -j worker: its own matcher and cues over the shared lexicon. */
static void *
kwic_fork(const void *st)
{
	const struct kwic	*k = st;
	struct kwic		*w = xmalloc(sizeof(*w));

	*w = *k;
	w->worker = true;
	w->m = matcher_dup(k->m);
	w->cues = k->cues ? cues_dup(k->cues) : NULL;
	w->rows = NULL;
	w->n_rows = w->cap_rows = 0;
	return w;
}

static void
kwic_join(void *st, void *worker)
{
	(void)st;
	kwic_free(worker);
	free(worker);
}

const struct command cmd_kwic = {
	.name = "kwic",
	.synopsis = "[--stem] [--voice] [-c N | -w N] [--limit N] [--sample N] "
	    "[--seed S] [--sort KEY] (pattern | -l FILE [--frame NAME]) "
	    "[corpus ...]",
	.summary = "show the passages a pattern or a lexicon matches",
	.opts = kwic_opts,
	.size = sizeof(struct kwic),
	.operands = 1,
	.init = kwic_init,
	.start = kwic_start,
	.record = kwic_record,
	.finish = kwic_finish,
	.free = kwic_free,
	.fork = kwic_fork,
	.join = kwic_join,
	.ordered = kwic_ordered,
	.operand_count = kwic_operands,
};
