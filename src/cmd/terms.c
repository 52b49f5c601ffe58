/* SPDX-License-Identifier: MIT */
/*
 * terms: term frequencies of a corpus, per group. Each record's text is
 * tokenized once (text/token.h); each token becomes a term (its folded
 * form, or its stem with --stem), stop words are dropped by the record's
 * language, n-grams are formed within sentences, and every term is counted
 * in one table keyed by group and term, with the number of records it
 * occurs in. The table (stats/table.h) is mergeable: count and docs add
 * up across shards, tfidf is recomputed from the totals rows. Past
 * --max-memory the table is spilled to disk between records and merged
 * back at the end (stats/spill.h), with the same output.
 */
#include <stdint.h>
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
#include "stats/spill.h"
#include "stats/table.h"
#include "text/termize.h"


/* Keys in flight: memory latency, not work, bounds big tables. */
#define RING	16
/* --max-memory not given: spill_default_limit(). */
#define MEMORY_DEFAULT	SIZE_MAX

struct terms {
	const char		*by;
	const char		*ngram;
	const char		*stopwords;
	const char		*tmpdir;
	size_t			 max_memory;
	int			 top;
	int			 min_count;
	bool			 tfidf;
	bool			 totals;
	bool			 json;
	bool			 stem;
	bool			 title;

	struct termize		 tz;
	struct group		 group;
	struct table		*table;
	struct spill		*spill;		/* shared by -j workers */
	size_t			 parts;		/* tables counting at once */
	struct buf		 key;		/* group prefix + term */
	size_t			 prefix;	/* bytes of the group prefix */
	long			 doc;
	/* Keys waiting to be counted while their slots are fetched. */
	struct pending {
		const char	*key;
		size_t		 len;
		uint64_t	 hash;
	}			 ring[RING];
	size_t			 head, n;
	struct arena		*a;		/* the record's, for keys */
};

static const struct opt terms_opts[] = {
	OPT_FLAG(0, "json", struct terms, json, "JSON Lines instead of TSV"),
	OPT_FLAG(0, "stem", struct terms, stem,
	    "count stems (Snowball, by the record's lang)"),
	OPT_FLAG(0, "tfidf", struct terms, tfidf,
	    "add a tf-idf column (implies --totals)"),
	OPT_FLAG(0, "title", struct terms, title, "count the title too"),
	OPT_FLAG(0, "totals", struct terms, totals,
	    "print each group's *total* row (tokens, records)"),
	OPT_STR(0, "by", struct terms, by, "FIELD",
	    "a table per record field, or day|week|month|year"),
	OPT_SIZE(0, "max-memory", struct terms, max_memory, "SIZE", 0,
	    1099511627776.0, "spill to disk past SIZE (default: RAM/2; "
	    "0: never)"),
	OPT_INT_RANGE(0, "min-count", struct terms, min_count, "N", 1,
	    2147483647.0, "drop terms counted fewer than N times"),
	OPT_STR(0, "ngram", struct terms, ngram, "N[-M]",
	    "n-grams of N (to M) tokens, 1 to 5 (default 1)"),
	OPT_STR(0, "stopwords", struct terms, stopwords, "LIST",
	    "none, auto (by lang; default) or a FILE"),
	OPT_STR(0, "tmpdir", struct terms, tmpdir, "DIR",
	    "where to spill (default: $TMPDIR, else /tmp)"),
	OPT_INT_RANGE(0, "top", struct terms, top, "K", 1, 2147483647.0,
	    "the K most frequent terms per group"),
	OPT_END
};

static void
terms_init(void *st)
{
	struct terms	*t = st;

	t->max_memory = MEMORY_DEFAULT;
}

static int
terms_start(void *st, int argc, char **argv, struct run *run)
{
	struct terms	*t = st;
	const char	*err, *opt, *groups[1];

	(void)argc; (void)argv;
	buf_init(&t->key);
	if (termize_init(&t->tz, t->stopwords ? t->stopwords : "auto",
	    t->stem, t->ngram, &opt, &err) != 0) {
		if (strcmp(opt, "--stopwords") == 0)
			nf_usage_error("--stopwords: %s: %s", t->stopwords,
			    err);
		else
			nf_usage_error("%s: %s", opt, err);
		return STAGE_USAGE;
	}
	if (group_parse(&t->group, t->by, &err) != 0) {
		nf_usage_error("--by: %s: %s", t->by, err);
		return STAGE_USAGE;
	}
	groups[0] = t->group.name;
	t->table = table_new(t->tfidf ? &table_terms_tfidf : &table_terms,
	    groups, t->by ? 1 : 0);
	if (t->max_memory == MEMORY_DEFAULT)
		t->max_memory = spill_default_limit();
	if (t->max_memory > 0)
		t->spill = spill_new(t->table, t->max_memory, t->tmpdir);
	/* With -j the workers count and share the limit. */
	t->parts = run->jobs > 1 ? (size_t)run->jobs : 1;
	return 0;
}

/* Counts the oldest pending key. */
static void
count_one(struct terms *t)
{
	struct pending	*p = &t->ring[t->head];
	int64_t		*c = table_row_hashed(t->table, p->key, p->len,
			    p->hash);

	c[0]++;
	if (c[2] != t->doc) {
		c[1]++;
		c[2] = t->doc;
	}
	t->head = (t->head + 1) % RING;
	t->n--;
}

/* Is s inside the n-gram scratch buffer (reused for the next gram)? */
static bool
in_scratch(const struct buf *b, const char *s)
{
	return b->data != NULL && (uintptr_t)s >= (uintptr_t)b->data &&
	    (uintptr_t)s < (uintptr_t)b->data + b->cap;
}

/*
 * Queues a term: its slot is prefetched now, its entry when it is half
 * way through the ring, and it is counted when it leaves, so the table's
 * cache misses overlap instead of adding up.
 */
static void
count_gram(const char *gram, size_t len, void *arg)
{
	struct terms	*t = arg;
	struct pending	*p;

	if (t->n == RING)
		count_one(t);
	p = &t->ring[(t->head + t->n++) % RING];
	if (t->prefix == 0 && !in_scratch(&t->tz.gram, gram)) {
		/* A token's own string: it lives as long as the record. */
		p->key = gram;
		p->len = len;
	} else if (t->prefix == 0) {
		p->key = arena_strndup(t->a, gram, len);
		p->len = len;
	} else {
		buf_truncate(&t->key, t->prefix);
		buf_add(&t->key, gram, len);
		p->key = arena_strndup(t->a, t->key.data, t->key.len);
		p->len = t->key.len;
	}
	p->hash = table_hash(p->key, p->len);
	table_prefetch(t->table, p->hash, false);
	if (t->n > RING / 2)
		table_prefetch(t->table,
		    t->ring[(t->head + t->n - 1 - RING / 2) % RING].hash, true);
}

static void
count_text(struct terms *t, const char *text, const char *lang,
    struct arena *a, int64_t *total)
{
	struct tokens	 tk;

	if (text == NULL)
		return;
	t->a = a;
	termize_text(&t->tz, text, lang, a, count_gram, t, &tk, NULL);
	while (t->n > 0)
		count_one(t);
	total[0] += (int64_t)tk.n;
}

static int
terms_record(void *st, struct record *r, struct run *run)
{
	struct terms	*t = st;
	const char	*grp = group_of(&t->group, r, run->arena);
	int64_t		*total;

	/* Between records: a record's keys are never split between runs. */
	if (t->spill != NULL && spill_check(t->spill, t->table, t->parts) != 0)
		return STAGE_STOP;
	t->doc = run->records;
	buf_reset(&t->key);
	if (t->by != NULL) {
		buf_adds(&t->key, grp);
		buf_addc(&t->key, '\t');
	}
	t->prefix = t->key.len;
	buf_adds(&t->key, TABLE_TOTAL);
	total = table_row(t->table, t->key.data, t->key.len);
	total[1]++;
	if (t->title)
		count_text(t, r->title, r->lang, run->arena, total);
	count_text(t, r->text, r->lang, run->arena, total);
	return 0;
}

static int
terms_finish(void *st, struct run *run)
{
	struct terms		*t = st;
	struct table_out	 o = { 0 };

	o.top = t->top;
	o.min_count = t->min_count;
	o.json = t->json;
	o.totals = t->totals || t->tfidf;
	if (t->spill != NULL)
		return spill_write(t->spill, t->table, &o, run->out, run);
	table_write(t->table, &o, run->out, run);
	return 0;
}

static void
terms_free(void *st)
{
	struct terms	*t = st;

	table_free(t->table);
	spill_free(t->spill);
	termize_release(&t->tz);
	buf_release(&t->key);
}

/* -j: a worker counts into its own table, added up at the end. */
static void *
terms_fork(const void *st)
{
	const struct terms	*t = st;
	struct terms		*w = xmalloc(sizeof(*w));
	const char		*err, *opt, *groups[1];

	*w = *t;
	buf_init(&w->key);
	/* These succeeded in terms_start with the same options. */
	if (termize_init(&w->tz, t->stopwords ? t->stopwords : "auto",
	    t->stem, t->ngram, &opt, &err) != 0 ||
	    group_parse(&w->group, t->by, &err) != 0)
		nf_fatal("terms: %s", err);
	groups[0] = w->group.name;
	w->table = table_new(table_kind(t->table), groups, t->by ? 1 : 0);
	return w;
}

static void
terms_join(void *st, void *worker)
{
	struct terms	*t = st, *w = worker;

	table_add(t->table, w->table);
	/* A failure shows in terms_finish. */
	if (t->spill != NULL)
		(void)spill_check(t->spill, t->table, 1);
	w->spill = NULL;	/* t's */
	terms_free(w);
	free(w);
}

const struct command cmd_terms = {
	.name = "terms",
	.synopsis = "[--json] [--stem] [--tfidf] [--title] [--totals] "
	    "[--by FIELD] [--max-memory SIZE] [--min-count N] [--ngram N[-M]] "
	    "[--stopwords LIST] [--tmpdir DIR] [--top K] [corpus ...]",
	.summary = "count terms and n-grams per outlet, group or period",
	.opts = terms_opts,
	.size = sizeof(struct terms),
	.init = terms_init,
	.start = terms_start,
	.record = terms_record,
	.finish = terms_finish,
	.free = terms_free,
	.fork = terms_fork,
	.join = terms_join,
};
