/* SPDX-License-Identifier: MIT */
/*
 * newsframe frames: how often each frame of a lexicon is used, per group
 * of articles (newsframe-frames(1)). Each record's title and text are
 * matched (text/hits.h) and the hit counts go into a count table
 * (stats/frametab.h) that is written at the end: the frame table, the
 * between-group test (--compare) or frame co-occurrence (--cooccur).
 * --per-doc instead writes one row per article and frame as it reads.
 * --voice splits the hits by whose words they are in (text/hits.h,
 * hits_voice) into a generic count table (stats/table.h). Under -j every
 * worker has its own tables and matcher copy; they are added up at the
 * end.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/command.h"
#include "core/diag.h"
#include "core/json.h"
#include "core/record.h"
#include "core/xmalloc.h"
#include "stats/frametab.h"
#include "stats/group.h"
#include "stats/table.h"
#include "text/cue.h"
#include "text/hits.h"
#include "text/lexicon.h"
#include "text/match.h"

struct frames {
	const char		*lexicon;	/* -l */
	const char		*by;		/* --by */
	int			 min_hits;	/* --min-hits */
	bool			 json;
	bool			 compare;
	bool			 per_doc;
	bool			 cooccur;
	bool			 stem;
	bool			 voice;		/* --voice */
	bool			 list;		/* --list */
	struct group		 group;		/* from --by */
	struct lexicon		*lx;		/* shared with workers */
	const char		**names;	/* frame names (shared) */
	size_t			*order;		/* frames by name (shared) */
	struct matcher		*m;
	struct frametab		*tab;
	struct cues		*cues;		/* --voice (shared) */
	struct table		*vtab;		/* --voice counts */
	bool			 worker;
	bool			 doc_group;	/* --per-doc group column */
};

static const struct opt frames_opts[] = {
	OPT_FLAG(0, "compare", struct frames, compare,
	    "test whether groups differ in each frame's share"),
	OPT_FLAG(0, "cooccur", struct frames, cooccur,
	    "frame x frame co-occurrence within articles"),
	OPT_FLAG(0, "json", struct frames, json, "JSON lines instead of TSV"),
	OPT_FLAG(0, "list", struct frames, list,
	    "list the lexicon's frames and read no corpus"),
	OPT_FLAG(0, "per-doc", struct frames, per_doc,
	    "one row per article and frame"),
	OPT_FLAG(0, "stem", struct frames, stem,
	    "stem entries and text (Snowball, en and ru)"),
	OPT_FLAG(0, "voice", struct frames, voice,
	    "split hits into the outlet's words and quoted sources"),
	OPT_STR(0, "by", struct frames, by, "KEY",
	    "group by a record field, or day, week, month, year"),
	OPT_STR('l', "lexicon", struct frames, lexicon, "FILE",
	    "the lexicon (newsframe-lexicon(5))"),
	OPT_INT_RANGE(0, "min-hits", struct frames, min_hits, "N", 1,
	    1000000, "hits an article needs to use a frame (default 1)"),
	OPT_END
};

static void
frames_init(void *st)
{
	((struct frames *)st)->min_hits = 1;
}

/* The --voice table: [by] frame voice | source | hits docs. */
static struct table *
voice_table(const struct frames *fr)
{
	const char	*cols[3];
	size_t		 n = 0;

	if (fr->by != NULL)
		cols[n++] = fr->by;
	cols[n++] = "frame";
	cols[n++] = "voice";
	return table_new(&table_frames_voice, cols, n);
}

struct vcount {
	unsigned	 frame;
	const char	*source;	/* NULL: the outlet's own words */
	long		 hits;
};

/* Counts one record's hits by frame, voice and source. */
static void
voice_count(struct frames *fr, const struct doc_hits *d, const char *group,
    struct arena *a)
{
	struct vcount	*v;
	struct buf	 key;
	size_t		 n = 0, i, k, j, cap = d->f[0].n + d->f[1].n;
	int64_t		*row;

	v = arena_calloc(a, cap + 1, sizeof(*v));
	for (i = 0; i < HITS_NFIELDS; i++)
		for (k = 0; k < d->f[i].n; k++) {
			const char	*src = d->f[i].source[k];
			unsigned	 f = d->f[i].v[k].frame;

			for (j = 0; j < n; j++)
				if (v[j].frame == f && (v[j].source == src ||
				    (src != NULL && v[j].source != NULL &&
				    strcmp(v[j].source, src) == 0)))
					break;
			if (j == n) {
				v[n].frame = f;
				v[n++].source = src;
			}
			v[j].hits++;
		}
	buf_init(&key);
	for (j = 0; j < n; j++) {
		buf_reset(&key);
		if (group != NULL)
			buf_addf(&key, "%s\t", group);
		buf_addf(&key, "%s\t%s\t%s", fr->names[v[j].frame],
		    v[j].source ? "quoted" : "author",
		    v[j].source ? v[j].source : "");
		for (i = 0; i < key.len; i++)
			if (key.data[i] == '\n' || key.data[i] == '\r')
				key.data[i] = ' ';
		row = table_row(fr->vtab, key.data, key.len);
		row[0] += v[j].hits;
		row[1] += v[j].hits >= fr->min_hits;
	}
	buf_release(&key);
}

static void	put_cell(struct buf *, bool, const char *, const char *,
		    bool);

/* --list: frame, entries, exclusions, definition, in name order. */
static void
list_frames(const struct frames *fr, struct buf *out)
{
	const struct lexicon	*lx = fr->lx;
	size_t			*order, i, e, f, excl;

	order = xcalloc(lx->n_frames, sizeof(*order));
	for (i = 0; i < lx->n_frames; i++)
		order[i] = i;
	for (i = 1; i < lx->n_frames; i++)	/* insertion sort by name */
		for (e = i; e > 0 && strcmp(lx->frames[order[e - 1]].name,
		    lx->frames[order[e]].name) > 0; e--) {
			f = order[e];
			order[e] = order[e - 1];
			order[e - 1] = f;
		}
	if (!fr->json)
		buf_adds(out, "frame\tentries\texclusions\tdefinition\n");
	for (i = 0; i < lx->n_frames; i++) {
		f = order[i];
		for (excl = e = 0; e < lx->n_entries; e++)
			excl += lx->entries[e].frame == f &&
			    lx->entries[e].exclude;
		put_cell(out, fr->json, "frame", lx->frames[f].name, true);
		if (fr->json)
			buf_addf(out, ",\"entries\":%zu,\"exclusions\":%zu",
			    lx->frames[f].n_entries, excl);
		else
			buf_addf(out, "\t%zu\t%zu", lx->frames[f].n_entries,
			    excl);
		put_cell(out, fr->json, "definition", lx->frames[f].definition,
		    false);
		buf_adds(out, fr->json ? "}\n" : "\n");
	}
	free(order);
}

static const char	**sort_names;

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(sort_names[*(const size_t *)a],
	    sort_names[*(const size_t *)b]);
}

static int
frames_start(void *st, int argc, char **argv, struct run *run)
{
	struct frames	*fr = st;
	const char	*err;
	size_t		 i;

	(void)argc;
	(void)argv;
	if (fr->lexicon == NULL) {
		nf_usage_error("a lexicon is required (-l FILE)");
		return STAGE_USAGE;
	}
	if (fr->compare + fr->per_doc + fr->cooccur + fr->voice > 1) {
		nf_usage_error("--compare, --cooccur, --per-doc and --voice "
		    "exclude each other");
		return STAGE_USAGE;
	}
	if (group_parse(&fr->group, fr->by, &err) != 0) {
		nf_usage_error("--by: %s", err);
		return STAGE_USAGE;
	}
	if (fr->compare && fr->by == NULL) {
		nf_usage_error("--compare needs groups (--by)");
		return STAGE_USAGE;
	}
	fr->lx = lexicon_new();
	if (lexicon_load(fr->lx, fr->lexicon) != 0)
		return -1;
	if (fr->list) {
		list_frames(fr, run->out);
		return STAGE_STOP;	/* done: no corpus is read */
	}
	if ((fr->m = matcher_new(fr->lx, fr->stem ? MATCH_STEM : 0)) == NULL)
		return -1;
	fr->names = xcalloc(fr->lx->n_frames, sizeof(*fr->names));
	for (i = 0; i < fr->lx->n_frames; i++)
		fr->names[i] = fr->lx->frames[i].name;
	fr->order = xcalloc(fr->lx->n_frames, sizeof(*fr->order));
	for (i = 0; i < fr->lx->n_frames; i++)
		fr->order[i] = i;
	sort_names = fr->names;
	qsort(fr->order, fr->lx->n_frames, sizeof(*fr->order), name_cmp);
	fr->tab = frametab_new(fr->names, fr->lx->n_frames, fr->cooccur);
	if (fr->voice) {
		fr->cues = cues_new();
		fr->vtab = voice_table(fr);
	}
	/* per-doc rows show the group unless it is a column already */
	fr->doc_group = fr->by != NULL && strcmp(fr->by, "id") != 0 &&
	    strcmp(fr->by, "outlet") != 0 && strcmp(fr->by, "published") != 0;
	if (fr->per_doc && !fr->json)
		buf_addf(run->out, "id\toutlet\tpublished\t%s%sframe\thits\n",
		    fr->doc_group ? fr->by : "", fr->doc_group ? "\t" : "");
	return 0;
}

static void
put_cell(struct buf *out, bool json, const char *key, const char *v,
    bool first)
{
	const char	*s;

	if (json) {
		buf_adds(out, first ? "{" : ",");
		json_key(out, key);
		if (v == NULL)
			buf_adds(out, "null");
		else
			json_string(out, v, strlen(v));
		return;
	}
	if (!first)
		buf_addc(out, '\t');
	for (s = v ? v : ""; *s != '\0'; s++)
		buf_addc(out, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' :
		    *s);
}

static void
per_doc_rows(const struct frames *fr, const struct record *r,
    const char *group, const long *hits, struct run *run)
{
	struct buf	*out = run->out;
	size_t		 i, f;

	for (i = 0; i < fr->lx->n_frames; i++) {
		f = fr->order[i];
		put_cell(out, fr->json, "id", r->id, true);
		put_cell(out, fr->json, "outlet", r->outlet, false);
		put_cell(out, fr->json, "published", r->published, false);
		if (fr->doc_group)
			put_cell(out, fr->json, fr->by, group, false);
		put_cell(out, fr->json, "frame", fr->names[f], false);
		if (fr->json)
			buf_addf(out, ",\"hits\":%ld}\n", hits[f]);
		else
			buf_addf(out, "\t%ld\n", hits[f]);
	}
}

static int
frames_record(void *st, struct record *r, struct run *run)
{
	struct frames	*fr = st;
	struct doc_hits	 d;
	const char	*group = fr->by ? group_of(&fr->group, r, run->arena) :
			    NULL;
	long		*hits;

	hits = arena_calloc(run->arena, fr->lx->n_frames, sizeof(*hits));
	hits_record(fr->m, r, run->arena, &d);
	hits_count(&d, hits);
	if (fr->per_doc)
		per_doc_rows(fr, r, group, hits, run);
	else if (fr->voice) {
		hits_voice(&d, fr->cues, run->arena);
		voice_count(fr, &d, group, run->arena);
	} else
		frametab_add(fr->tab, group, hits, d.words, fr->min_hits);
	return 0;
}

static int
frames_finish(void *st, struct run *run)
{
	struct frames	*fr = st;
	struct buf	*out = run->out;

	if (fr->per_doc)
		return 0;
	if (fr->voice) {
		struct table_out	 o = { 0 };

		o.json = fr->json;
		table_write(fr->vtab, &o, out, run);
		return 0;
	}
	frametab_write(fr->tab, fr->compare ? FRAMETAB_COMPARE :
	    (fr->cooccur ? FRAMETAB_COOCCUR : FRAMETAB_TABLE),
	    fr->by, fr->json, out);
	return 0;
}

static void *
frames_fork(const void *st)
{
	const struct frames	*fr = st;
	struct frames		*w = xcalloc(1, sizeof(*w));

	*w = *fr;
	w->worker = true;
	w->m = matcher_dup(fr->m);
	w->tab = frametab_new(fr->names, fr->lx->n_frames, fr->cooccur);
	w->vtab = fr->voice ? voice_table(fr) : NULL;
	return w;
}

static void
frames_free(void *st)
{
	struct frames	*fr = st;

	frametab_free(fr->tab);
	table_free(fr->vtab);
	matcher_free(fr->m);
	if (fr->worker)
		return;
	cues_free(fr->cues);
	free(fr->names);
	free(fr->order);
	lexicon_free(fr->lx);
}

static void
frames_join(void *st, void *worker)
{
	struct frames	*fr = st;

	frametab_join(fr->tab, ((struct frames *)worker)->tab);
	if (fr->vtab != NULL)
		table_add(fr->vtab, ((struct frames *)worker)->vtab);
	frames_free(worker);
	free(worker);
}

const struct command cmd_frames = {
	.name = "frames",
	.synopsis = "[--compare] [--cooccur] [--json] [--list] [--per-doc] "
	    "[--stem] "
	    "[--voice] "
	    "[--by KEY] [--min-hits N] -l FILE [corpus ...]",
	.summary = "count the frames of a lexicon per group of articles",
	.opts = frames_opts,
	.size = sizeof(struct frames),
	.init = frames_init,
	.start = frames_start,
	.record = frames_record,
	.finish = frames_finish,
	.free = frames_free,
	.fork = frames_fork,
	.join = frames_join,
};
