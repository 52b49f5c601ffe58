/* SPDX-License-Identifier: MIT */
/*
 * newsframe validate: a lexicon against human coding (newsframe-
 * validate(1)). The coded sample (id frame present rows) is read in
 * start; each corpus record with a coded id is matched as frames matches
 * it, and each coded frame is tallied as a true or false positive or
 * negative. The table at the end gives precision, recall and F1 with the
 * ids of the disagreements; --kwic writes the passages behind the false
 * positives instead, as they are found.
 *
 * With -j the workers match (record) and leave in the record's note which
 * frames it uses and the --kwic rows; the reading thread tallies them in
 * input order (ordered), so "the first is used" of an id found twice is
 * the first in the input whatever -j is.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/command.h"
#include "core/diag.h"
#include "core/hash.h"
#include "core/lines.h"
#include "core/note.h"
#include "core/record.h"
#include "core/xmalloc.h"
#include "text/context.h"
#include "text/hits.h"
#include "text/lexicon.h"
#include "text/match.h"

struct coded {
	char		*id;
	signed char	*code;		/* per frame: -1 uncoded, 0, 1 */
	bool		 seen;
};

struct tally {
	long		 tp, fp, fn, tn;
	char		**fp_ids, **fn_ids;
	size_t		 n_fp, n_fn, cap_fp, cap_fn;
	bool		 coded;		/* the sample codes this frame */
};

struct validate {
	const char	*lexicon;	/* -l */
	int		 min_hits;
	int		 width;		/* -w, for --kwic */
	bool		 kwic;
	bool		 stem;
	bool		 worker;	/* a fork: shares all but the matcher */
	struct lexicon	*lx;
	struct matcher	*m;
	struct coded	*docs;
	size_t		 n_docs, cap_docs;
	size_t		*slots;		/* doc index + 1; 0 empty */
	size_t		 cap_slots;
	struct tally	*t;		/* per frame */
};

static const struct opt validate_opts[] = {
	OPT_FLAG(0, "kwic", struct validate, kwic,
	    "show the passages of the false positives instead"),
	OPT_FLAG(0, "stem", struct validate, stem,
	    "stem entries and text (Snowball, en and ru)"),
	OPT_STR('l', "lexicon", struct validate, lexicon, "FILE",
	    "the lexicon (newsframe-lexicon(5))"),
	OPT_INT_RANGE(0, "min-hits", struct validate, min_hits, "N", 1,
	    1000000, "hits an article needs to use a frame (default 1)"),
	OPT_INT_RANGE('w', "width", struct validate, width, "N", 0, 1000,
	    "tokens of context with --kwic (default 5)"),
	OPT_END
};

static void
validate_init(void *st)
{
	struct validate	*v = st;

	v->min_hits = 1;
	v->width = 5;
}

static size_t
slot_of(const struct validate *v, const char *id)
{
	size_t	 j;

	for (j = hash64(id, strlen(id)) & (v->cap_slots - 1);
	    v->slots[j] != 0; j = (j + 1) & (v->cap_slots - 1))
		if (strcmp(v->docs[v->slots[j] - 1].id, id) == 0)
			break;
	return j;
}

static struct coded *
doc_get(struct validate *v, const char *id, size_t len)
{
	struct coded	*d;
	char		*key = xstrndup(id, len);
	size_t		 j, i;

	if ((v->n_docs + 1) * 2 > v->cap_slots) {
		free(v->slots);
		v->cap_slots = v->cap_slots ? v->cap_slots * 2 : 256;
		v->slots = xcalloc(v->cap_slots, sizeof(*v->slots));
		for (i = 0; i < v->n_docs; i++)
			v->slots[slot_of(v, v->docs[i].id)] = i + 1;
	}
	j = slot_of(v, key);
	if (v->slots[j] != 0) {
		free(key);
		return &v->docs[v->slots[j] - 1];
	}
	v->docs = xgrow(v->docs, &v->cap_docs, v->n_docs + 1,
	    sizeof(*v->docs));
	d = &v->docs[v->n_docs];
	d->id = key;
	d->code = xmalloc(v->lx->n_frames);
	memset(d->code, -1, v->lx->n_frames);
	d->seen = false;
	v->slots[j] = ++v->n_docs;
	return d;
}

/* One "id frame present" row; 0 or -1 after reporting at where. */
static int
coded_row(struct validate *v, const char *line, size_t len,
    const char *where)
{
	const char	*t1, *t2, *end = line + len;
	char		 frame[512];
	struct coded	*d;
	int		 f, val;

	if ((t1 = memchr(line, '\t', len)) == NULL ||
	    (t2 = memchr(t1 + 1, '\t', (size_t)(end - t1 - 1))) == NULL ||
	    memchr(t2 + 1, '\t', (size_t)(end - t2 - 1)) != NULL)
		return nf_error(where, "expected 3 tab-separated fields: id "
		    "frame present");
	if ((size_t)(t2 - t1 - 1) >= sizeof(frame))
		return nf_error(where, "frame name too long");
	memcpy(frame, t1 + 1, (size_t)(t2 - t1 - 1));
	frame[t2 - t1 - 1] = '\0';
	if ((f = lexicon_frame_index(v->lx, frame)) < 0)
		return nf_error(where, "no frame '%s' in the lexicon", frame);
	if (end - t2 != 2 || (t2[1] != '0' && t2[1] != '1'))
		return nf_error(where, "present must be 0 or 1");
	if (t1 == line)
		return nf_error(where, "empty id");
	val = t2[1] - '0';
	d = doc_get(v, line, (size_t)(t1 - line));
	if (d->code[f] >= 0 && d->code[f] != val)
		return nf_error(where, "'%s' coded both 0 and 1 for '%s'",
		    d->id, frame);
	d->code[f] = (signed char)val;
	v->t[f].coded = true;
	return 0;
}

static int
read_coded(struct validate *v, const char *path)
{
	struct lines	*l;
	const char	*line;
	char		 where[4096];
	size_t		 len;
	long		 n = 0;
	int		 rc;

	if ((l = lines_open(path)) == NULL)
		return -1;
	while ((rc = lines_next(l, &line, &len)) == 1) {
		n++;
		if (len == 0 || (n == 1 && len >= 3 &&
		    memcmp(line, "id\t", 3) == 0))
			continue;
		snprintf(where, sizeof(where), "%s:%ld", path, n);
		coded_row(v, line, len, where);
	}
	lines_close(l);
	if (rc < 0)
		return -1;
	if (v->n_docs == 0)
		return nf_error(path, "no coded articles");
	return 0;
}

static int
validate_start(void *st, int argc, char **argv, struct run *run)
{
	struct validate	*v = st;

	(void)argc;
	if (v->lexicon == NULL) {
		nf_usage_error("a lexicon is required (-l FILE)");
		return STAGE_USAGE;
	}
	v->lx = lexicon_new();
	if (lexicon_load(v->lx, v->lexicon) != 0)
		return -1;
	if ((v->m = matcher_new(v->lx, v->stem ? MATCH_STEM : 0)) == NULL)
		return -1;
	v->t = xcalloc(v->lx->n_frames, sizeof(*v->t));
	if (read_coded(v, argv[0]) != 0)
		return -1;
	if (v->kwic)
		buf_adds(run->out, "frame\tid\toutlet\tpublished\tleft\tmatch\t"
		    "right\n");
	return 0;
}

static void
add_id(char ***v, size_t *n, size_t *cap, const char *id)
{
	*v = xgrow(*v, cap, *n + 1, sizeof(**v));
	(*v)[(*n)++] = xstrdup(id);
}

static void
false_positive_rows(const struct validate *v, const struct record *r,
    const struct doc_hits *d, unsigned frame, struct buf *out,
    struct arena *a)
{
	const struct field_hits	*f;
	struct context		 c;
	size_t			 i, h;

	for (i = 0; i < HITS_NFIELDS; i++) {
		f = &d->f[i];
		for (h = 0; h < f->n; h++) {
			if (f->v[h].frame != frame)
				continue;
			context_get(f->text, f->len, &f->toks, f->v[h].first,
			    f->v[h].last, v->width, 0, a, &c);
			buf_addf(out, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
			    v->lx->frames[frame].name, r->id,
			    r->outlet ? r->outlet : "",
			    r->published ? r->published : "", c.left,
			    c.match, c.right);
		}
	}
}

/*
 * A coded record: its note is the coded entry's index, then per frame 1
 * when it uses the frame (n_frames bytes), then with --kwic the rows of
 * each false positive, frame by frame.
 */
static int
validate_record(void *st, struct record *r, struct run *run)
{
	struct validate	*v = st;
	struct coded	*d;
	struct doc_hits	 hits;
	struct buf	 rows;
	long		*n;
	size_t		 j, f, idx;
	char		*got;

	if (r->id == NULL || v->n_docs == 0)
		return 0;
	j = slot_of(v, r->id);
	if (v->slots[j] == 0)
		return 0;
	idx = v->slots[j] - 1;
	d = &v->docs[idx];
	n = arena_calloc(run->arena, v->lx->n_frames, sizeof(*n));
	got = arena_calloc(run->arena, v->lx->n_frames + 1, 1);
	hits_record(v->m, r, run->arena, &hits);
	hits_count(&hits, n);
	for (f = 0; f < v->lx->n_frames; f++)
		got[f] = n[f] >= v->min_hits;
	note_put(run->note, &idx, sizeof(idx));
	note_put(run->note, got, v->lx->n_frames);
	if (!v->kwic)
		return 0;
	buf_init(&rows);
	for (f = 0; f < v->lx->n_frames; f++) {
		if (d->code[f] != 0 || !got[f])
			continue;
		buf_reset(&rows);
		false_positive_rows(v, r, &hits, (unsigned)f, &rows,
		    run->arena);
		note_put(run->note, rows.data, rows.len);
	}
	buf_release(&rows);
	return 0;
}

/* In input order: the first record of a coded id is tallied. */
static int
validate_ordered(void *st, const char *note, size_t len, struct run *run)
{
	struct validate	*v = st;
	const char	*p = note, *end = note + len, *field, *got, *rows;
	struct coded	*d;
	struct tally	*t;
	size_t		 n, idx, f;

	if (!note_get(&p, end, &field, &n) ||
	    !note_get(&p, end, &got, &n))
		return 0;
	memcpy(&idx, field, sizeof(idx));
	d = &v->docs[idx];
	if (d->seen) {
		nf_warn(NULL, "id %s appears twice in the corpus; the first "
		    "is used", d->id);
		return 0;
	}
	d->seen = true;
	for (f = 0; f < v->lx->n_frames; f++) {
		if (d->code[f] < 0)
			continue;
		t = &v->t[f];
		if (got[f] && d->code[f]) {
			t->tp++;
		} else if (got[f]) {
			t->fp++;
			add_id(&t->fp_ids, &t->n_fp, &t->cap_fp, d->id);
			if (v->kwic && note_get(&p, end, &rows, &n))
				buf_add(run->out, rows, n);
		} else if (d->code[f]) {
			t->fn++;
			add_id(&t->fn_ids, &t->n_fn, &t->cap_fn, d->id);
		} else
			t->tn++;
	}
	return 0;
}

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
put_ids(struct buf *out, char **ids, size_t n)
{
	size_t	 i;

	if (n > 0)
		qsort(ids, n, sizeof(*ids), str_cmp);
	for (i = 0; i < n; i++) {
		if (i)
			buf_addc(out, ',');
		buf_adds(out, ids[i]);
	}
}

static void
put_ratio(struct buf *out, long num, long den)
{
	if (den == 0)
		buf_adds(out, "\tNA");
	else
		buf_addf(out, "\t%.4f", (double)num / (double)den);
}

static const struct lexicon	*sort_lx;

static int
frame_cmp(const void *a, const void *b)
{
	return strcmp(sort_lx->frames[*(const size_t *)a].name,
	    sort_lx->frames[*(const size_t *)b].name);
}

static int
validate_finish(void *st, struct run *run)
{
	struct validate	*v = st;
	struct buf	*out = run->out;
	struct tally	*t;
	size_t		*order, i, f, missing = 0;
	const char	*first = NULL;

	for (i = 0; i < v->n_docs; i++)
		if (!v->docs[i].seen && missing++ == 0)
			first = v->docs[i].id;
	if (missing > 0)
		nf_warn(NULL, "%zu coded article%s not in the corpus (%s%s)",
		    missing, missing == 1 ? "" : "s", first,
		    missing > 1 ? ", ..." : "");
	if (v->kwic)
		return 0;
	order = xcalloc(v->lx->n_frames, sizeof(*order));
	for (i = 0; i < v->lx->n_frames; i++)
		order[i] = i;
	sort_lx = v->lx;
	qsort(order, v->lx->n_frames, sizeof(*order), frame_cmp);
	buf_adds(out, "frame\tn\ttp\tfp\tfn\ttn\tprecision\trecall\tf1\t"
	    "false_positives\tfalse_negatives\n");
	for (i = 0; i < v->lx->n_frames; i++) {
		f = order[i];
		t = &v->t[f];
		if (!t->coded)
			continue;
		buf_addf(out, "%s\t%ld\t%ld\t%ld\t%ld\t%ld",
		    v->lx->frames[f].name, t->tp + t->fp + t->fn + t->tn,
		    t->tp, t->fp, t->fn, t->tn);
		put_ratio(out, t->tp, t->tp + t->fp);
		put_ratio(out, t->tp, t->tp + t->fn);
		put_ratio(out, 2 * t->tp, 2 * t->tp + t->fp + t->fn);
		buf_addc(out, '\t');
		put_ids(out, t->fp_ids, t->n_fp);
		buf_addc(out, '\t');
		put_ids(out, t->fn_ids, t->n_fn);
		buf_addc(out, '\n');
	}
	free(order);
	return 0;
}

static void
validate_free(void *st)
{
	struct validate	*v = st;
	size_t		 i, k;

	matcher_free(v->m);
	if (v->worker)
		return;
	for (i = 0; i < v->n_docs; i++) {
		free(v->docs[i].id);
		free(v->docs[i].code);
	}
	free(v->docs);
	free(v->slots);
	if (v->t != NULL)
		for (i = 0; i < v->lx->n_frames; i++) {
			for (k = 0; k < v->t[i].n_fp; k++)
				free(v->t[i].fp_ids[k]);
			for (k = 0; k < v->t[i].n_fn; k++)
				free(v->t[i].fn_ids[k]);
			free(v->t[i].fp_ids);
			free(v->t[i].fn_ids);
		}
	free(v->t);
	lexicon_free(v->lx);
}

/* A -j worker: its own matcher; the coded sample is read only. */
static void *
validate_fork(const void *st)
{
	const struct validate	*v = st;
	struct validate		*w = xmalloc(sizeof(*w));

	*w = *v;
	w->worker = true;
	w->m = matcher_dup(v->m);
	return w;
}

static void
validate_join(void *st, void *worker)
{
	(void)st;
	validate_free(worker);
	free(worker);
}

const struct command cmd_validate = {
	.name = "validate",
	.synopsis = "[--kwic] [--stem] [--min-hits N] [-w N] -l FILE "
	    "coded.tsv [corpus ...]",
	.summary = "check a lexicon against hand-coded articles",
	.opts = validate_opts,
	.size = sizeof(struct validate),
	.operands = 1,
	.init = validate_init,
	.start = validate_start,
	.record = validate_record,
	.finish = validate_finish,
	.free = validate_free,
	.fork = validate_fork,
	.join = validate_join,
	.ordered = validate_ordered,
};
