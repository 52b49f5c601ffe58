/* SPDX-License-Identifier: MIT */
/*
 * keyness: which terms a target corpus uses more (or less) than a
 * reference corpus. With --target, each record is target, reference
 * (--reference: "rest" or FIELD=V,...) or left out, and one table counts
 * every term in both. With --by, each group is a target against all the
 * other records: terms are counted per group and overall, and the table
 * gets a row for every group and every term (reference = overall minus
 * the group), so shards still add up. Statistics: stats/keyness.h;
 * the table kinds: stats/kinds.c.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd/commands.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/diag.h"
#include "core/record.h"
#include "core/xmalloc.h"
#include "stats/group.h"
#include "stats/kinds.h"
#include "stats/table.h"
#include "stats/where.h"
#include "text/termize.h"

enum role { NEITHER, TARGET, REFERENCE };

struct keyness {
	const char		*target;
	const char		*reference;
	const char		*by;
	const char		*unit;
	const char		*correct;
	const char		*ngram;
	const char		*stopwords;
	int			 top;
	int			 min_count;
	bool			 json;
	bool			 stem;
	bool			 title;

	struct where		 tw, rw;
	bool			 rest;
	bool			 docs;
	struct group		 group;
	struct termize		 tz;
	struct table		*table;
	struct buf		 key;		/* [group\t]term */
	struct buf		 all;		/* --by: *total*\tterm */
	size_t			 prefix;
	int			 slot;		/* 0 target, 1 reference */
	long			 doc;
};

static const struct opt keyness_opts[] = {
	OPT_FLAG(0, "json", struct keyness, json, "JSON Lines instead of TSV"),
	OPT_FLAG(0, "stem", struct keyness, stem, "compare stems"),
	OPT_FLAG(0, "title", struct keyness, title, "count the title too"),
	OPT_STR(0, "by", struct keyness, by, "FIELD",
	    "each group of FIELD (or day|week|month|year) against the rest"),
	OPT_STR(0, "correct", struct keyness, correct, "METHOD",
	    "p-value correction: bh (default), bonferroni, none"),
	OPT_INT_RANGE(0, "min-count", struct keyness, min_count, "N", 1,
	    2147483647.0, "only terms seen N times in target and reference"),
	OPT_STR(0, "ngram", struct keyness, ngram, "N[-M]",
	    "n-grams of N (to M) tokens (default 1)"),
	OPT_STR(0, "reference", struct keyness, reference, "SPEC",
	    "rest (default) or FIELD=VALUE[,VALUE...]"),
	OPT_STR(0, "stopwords", struct keyness, stopwords, "LIST",
	    "none (default), auto or a FILE"),
	OPT_STR(0, "target", struct keyness, target, "SPEC",
	    "the target records: FIELD=VALUE[,VALUE...]"),
	OPT_INT_RANGE(0, "top", struct keyness, top, "K", 1, 2147483647.0,
	    "the K terms with the highest G2 per group"),
	OPT_STR(0, "unit", struct keyness, unit, "UNIT",
	    "tokens (default) or docs: count records, not occurrences"),
	OPT_END
};

static const struct table_kind *
pick_kind(const struct keyness *k)
{
	static const struct table_kind *const kinds[2][3] = {
		{ &table_keyness, &table_keyness_bh, &table_keyness_bonf },
		{ &table_keyness_docs, &table_keyness_docs_bh,
		  &table_keyness_docs_bonf },
	};
	int	 c = 1;

	if (k->correct != NULL && strcmp(k->correct, "none") == 0)
		c = 0;
	else if (k->correct != NULL && strcmp(k->correct, "bonferroni") == 0)
		c = 2;
	return kinds[k->docs][c];
}

static int
check_options(struct keyness *k)
{
	const char	*err;

	if ((k->target == NULL) == (k->by == NULL)) {
		nf_usage_error("give either --target or --by");
		return -1;
	}
	if (k->by != NULL && k->reference != NULL) {
		nf_usage_error("--reference goes with --target, not --by");
		return -1;
	}
	if (k->unit != NULL && strcmp(k->unit, "tokens") != 0 &&
	    strcmp(k->unit, "docs") != 0) {
		nf_usage_error("--unit: expected tokens or docs, not '%s'",
		    k->unit);
		return -1;
	}
	if (k->correct != NULL && strcmp(k->correct, "bh") != 0 &&
	    strcmp(k->correct, "bonferroni") != 0 &&
	    strcmp(k->correct, "none") != 0) {
		nf_usage_error("--correct: expected bh, bonferroni or none, "
		    "not '%s'", k->correct);
		return -1;
	}
	k->docs = k->unit != NULL && strcmp(k->unit, "docs") == 0;
	if (k->target != NULL && where_parse(&k->tw, k->target, &err) != 0) {
		nf_usage_error("--target: %s: %s", k->target, err);
		return -1;
	}
	k->rest = k->reference == NULL || strcmp(k->reference, "rest") == 0;
	if (!k->rest && where_parse(&k->rw, k->reference, &err) != 0) {
		nf_usage_error("--reference: %s: %s", k->reference, err);
		return -1;
	}
	if (group_parse(&k->group, k->by, &err) != 0) {
		nf_usage_error("--by: %s: %s", k->by, err);
		return -1;
	}
	return 0;
}

static int
keyness_start(void *st, int argc, char **argv, struct run *run)
{
	struct keyness	*k = st;
	const char	*err, *opt, *groups[1];

	(void)argc; (void)argv; (void)run;
	buf_init(&k->key);
	if (check_options(k) != 0)
		return STAGE_USAGE;
	if (termize_init(&k->tz, k->stopwords ? k->stopwords : "none",
	    k->stem, k->ngram, &opt, &err) != 0) {
		nf_usage_error("%s: %s", opt, err);
		return STAGE_USAGE;
	}
	groups[0] = k->group.name;
	k->table = table_new(pick_kind(k), groups, k->by ? 1 : 0);
	buf_init(&k->all);
	buf_adds(&k->all, TABLE_TOTAL);
	buf_addc(&k->all, '\t');
	return 0;
}

static void
bump(struct keyness *k, int64_t *c)
{
	if (!k->docs)
		c[k->slot]++;
	else if (c[2] != k->doc) {
		c[k->slot]++;
		c[2] = k->doc;
	}
}

/* One occurrence of a term in the current record. */
static void
count_term(const char *term, size_t len, void *arg)
{
	struct keyness	*k = arg;

	buf_truncate(&k->key, k->prefix);
	buf_add(&k->key, term, len);
	bump(k, table_row(k->table, k->key.data, k->key.len));
	if (k->by != NULL) {
		buf_truncate(&k->all, strlen(TABLE_TOTAL) + 1);
		buf_add(&k->all, term, len);
		bump(k, table_row(k->table, k->all.data, k->all.len));
	}
}

static void
count_text(struct keyness *k, const char *text, const char *lang,
    struct arena *a, int64_t *size)
{
	struct tokens	 tk;

	if (text == NULL)
		return;
	termize_text(&k->tz, text, lang, a, count_term, k, &tk, NULL);
	if (!k->docs)
		*size += (int64_t)tk.n;
}

static int
keyness_record(void *st, struct record *r, struct run *run)
{
	struct keyness	*k = st;
	int64_t		 n = 0;

	k->slot = 0;
	buf_reset(&k->key);
	if (k->by != NULL) {
		buf_adds(&k->key, group_of(&k->group, r, run->arena));
		buf_addc(&k->key, '\t');
	} else if (where_match(&k->tw, r, run->arena))
		k->slot = 0;
	else if (k->rest || where_match(&k->rw, r, run->arena))
		k->slot = 1;
	else
		return 0;
	k->doc = run->records;
	k->prefix = k->key.len;
	if (k->title)
		count_text(k, r->title, r->lang, run->arena, &n);
	count_text(k, r->text, r->lang, run->arena, &n);
	if (k->docs)
		n = 1;
	/* The sizes: the group's (or target's/reference's) and all. */
	buf_truncate(&k->key, k->prefix);
	buf_adds(&k->key, TABLE_TOTAL);
	table_row(k->table, k->key.data, k->key.len)[k->slot] += n;
	if (k->by != NULL) {
		buf_truncate(&k->all, strlen(TABLE_TOTAL) + 1);
		buf_adds(&k->all, TABLE_TOTAL);
		table_row(k->table, k->all.data, k->all.len)[0] += n;
	}
	return 0;
}

static int
keyness_finish(void *st, struct run *run)
{
	struct keyness		*k = st;
	struct table_out	 o = { 0 };

	o.top = k->top;
	o.min_count = k->min_count;
	o.json = k->json;
	o.totals = true;
	table_write(k->table, &o, run->out, run);
	return 0;
}

static void
keyness_free(void *st)
{
	struct keyness	*k = st;

	where_release(&k->tw);
	where_release(&k->rw);
	termize_release(&k->tz);
	table_free(k->table);
	buf_release(&k->key);
	buf_release(&k->all);
}

/*
 * A -j worker: its own tokenizer, filters and table (the same options
 * succeeded in keyness_start). Its record numbers are its own, and so
 * are the docs marks in its table.
 */
static void *
keyness_fork(const void *st)
{
	const struct keyness	*k = st;
	struct keyness		*w = xmalloc(sizeof(*w));
	const char		*err, *opt, *groups[1];

	*w = *k;
	memset(&w->tw, 0, sizeof(w->tw));
	memset(&w->rw, 0, sizeof(w->rw));
	if ((k->target != NULL && where_parse(&w->tw, k->target, &err)) ||
	    (!k->rest && where_parse(&w->rw, k->reference, &err)) ||
	    termize_init(&w->tz, k->stopwords ? k->stopwords : "none",
	    k->stem, k->ngram, &opt, &err) != 0 ||
	    group_parse(&w->group, k->by, &err) != 0)
		nf_fatal("keyness: %s", err);
	groups[0] = w->group.name;
	w->table = table_new(table_kind(k->table), groups, k->by ? 1 : 0);
	buf_init(&w->key);
	buf_init(&w->all);
	buf_adds(&w->all, TABLE_TOTAL);
	buf_addc(&w->all, '\t');
	return w;
}

static void
keyness_join(void *st, void *worker)
{
	struct keyness	*k = st, *w = worker;

	table_add(k->table, w->table);
	keyness_free(w);
	free(w);
}

const struct command cmd_keyness = {
	.name = "keyness",
	.synopsis = "[--json] [--stem] [--title] [--by FIELD] "
	    "[--correct METHOD] [--min-count N] [--ngram N[-M]] "
	    "[--reference SPEC] [--stopwords LIST] [--target SPEC] [--top K] "
	    "[--unit UNIT] [corpus ...]",
	.summary = "terms a target uses more or less than a reference",
	.opts = keyness_opts,
	.size = sizeof(struct keyness),
	.start = keyness_start,
	.record = keyness_record,
	.finish = keyness_finish,
	.free = keyness_free,
	.fork = keyness_fork,
	.join = keyness_join,
};
