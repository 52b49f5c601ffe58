/* SPDX-License-Identifier: MIT */
/*
 * terms: term frequencies of a corpus, per group. Each record's text is
 * tokenized once (text/token.h); each token becomes a term (its folded
 * form, or its stem with --stem), stop words are dropped by the record's
 * language, n-grams are formed within sentences, and every term is counted
 * with the number of records it occurs in. Terms are counted by id
 * (text/termize.h, termize_ids): unigrams without --by in an array
 * indexed by the term's id, anything else in an id-tuple table
 * (stats/gramtab.h); at the end the keys are rebuilt as strings into the
 * mergeable table (stats/table.h) that is printed: count and docs add up
 * across shards, tfidf is recomputed from the totals rows.
 *
 * A term may hold a space (NFKC makes one of U+FDFA): then an n-gram of
 * it can be the same string as another n-gram of other ids, and docs
 * would count a record twice. Records with such a term are counted by
 * string, straight into the printed table, when n-grams are asked for.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/commands.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/diag.h"
#include "core/htab.h"
#include "core/record.h"
#include "core/xmalloc.h"
#include "stats/group.h"
#include "stats/gramtab.h"
#include "stats/kinds.h"
#include "stats/table.h"
#include "text/termize.h"
#include "text/vocab.h"

/* Keys in flight: memory latency, not work, bounds big tables. */
#define RING	16

/* A group's totals row, and its name (borrowed from groups). */
struct gtotal {
	const char	*name;
	size_t		 len;
	int64_t		 tokens;
	int64_t		 records;
};

/* A unigram's counts, without --by: indexed by the term's id. */
struct ucount {
	int64_t		 count;
	int64_t		 docs;
	int64_t		 stamp;
};

struct terms {
	const char		*by;
	const char		*ngram;
	const char		*stopwords;
	int			 top;
	int			 min_count;
	bool			 tfidf;
	bool			 totals;
	bool			 json;
	bool			 stem;
	bool			 title;

	struct termize		 tz;
	struct group		 group;
	struct table		*table;		/* printed; string-counted */
	struct buf		 key;		/* group prefix + term */
	size_t			 prefix;	/* bytes of the group prefix */
	int64_t			 doc;		/* records seen, the current */
	/* Counting by id. */
	struct htab		*groups;	/* value -> index in gt */
	struct gtotal		*gt;
	size_t			 ngt, gtcap;
	uint32_t		 gid;		/* the record's group */
	struct ucount		*uc;		/* unigrams without --by */
	size_t			 uccap;
	struct gramtab		*grams;		/* everything else */
	size_t			 width;		/* its key: group? + nmax */
	/* Keys waiting to be counted while their entries are fetched. */
	struct pending {
		uint32_t	 key[GRAMTAB_MAX_WIDTH];
		uint64_t	 hash;
	}			 ring[RING];
	size_t			 head, n;
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
	OPT_INT_RANGE(0, "min-count", struct terms, min_count, "N", 1,
	    2147483647.0, "drop terms counted fewer than N times"),
	OPT_STR(0, "ngram", struct terms, ngram, "N[-M]",
	    "n-grams of N (to M) tokens, 1 to 5 (default 1)"),
	OPT_STR(0, "stopwords", struct terms, stopwords, "LIST",
	    "none, auto (by lang; default) or a FILE"),
	OPT_INT_RANGE(0, "top", struct terms, top, "K", 1, 2147483647.0,
	    "the K most frequent terms per group"),
	OPT_END
};

/* Sets up counting by id (start and fork). */
static void
ids_init(struct terms *t)
{
	t->groups = htab_new(sizeof(uint32_t));
	t->width = (t->by != NULL ? 1 : 0) + (size_t)t->tz.nmax;
	if (t->by != NULL || t->tz.nmax > 1)
		t->grams = gramtab_new(t->width);
}

static void
ids_release(struct terms *t)
{
	htab_free(t->groups);
	free(t->gt);
	free(t->uc);
	gramtab_free(t->grams);
	t->groups = NULL;
	t->gt = NULL;
	t->uc = NULL;
	t->grams = NULL;
	t->ngt = t->gtcap = t->uccap = 0;
}

static int
terms_start(void *st, int argc, char **argv, struct run *run)
{
	struct terms	*t = st;
	const char	*err, *opt, *groups[1];

	(void)argc; (void)argv; (void)run;
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
	ids_init(t);
	return 0;
}

/* The index of a record's group in t->gt. */
static uint32_t
group_index(struct terms *t, const char *grp)
{
	bool		 created;
	uint32_t	*v = htab_put(t->groups, grp, strlen(grp), &created);

	if (created) {
		if (t->ngt == t->gtcap) {
			t->gtcap = t->gtcap ? t->gtcap * 2 : 16;
			t->gt = xrealloc(t->gt, t->gtcap * sizeof(*t->gt));
		}
		*v = (uint32_t)t->ngt;
		memset(&t->gt[t->ngt], 0, sizeof(t->gt[0]));
		t->gt[t->ngt].name = htab_key(t->groups, v, &t->gt[t->ngt].len);
		t->ngt++;
	}
	return *v;
}

/* Counts the oldest pending key. */
static void
count_one(struct terms *t)
{
	struct pending	*p = &t->ring[t->head];

	gramtab_count(t->grams, p->key, p->hash, t->doc);
	t->head = (t->head + 1) % RING;
	t->n--;
}

/*
 * Queues an n-gram: its entry is prefetched now and counted when it
 * leaves the ring, so the table's cache misses overlap.
 */
static void
count_ids(const uint32_t *ids, size_t n, void *arg)
{
	struct terms	*t = arg;
	struct pending	*p;
	size_t		 off = t->by != NULL ? 1 : 0;

	if (t->n == RING)
		count_one(t);
	p = &t->ring[(t->head + t->n++) % RING];
	memset(p->key, 0, sizeof(p->key));
	p->key[0] = t->gid;
	memcpy(p->key + off, ids, n * sizeof(*ids));
	p->hash = gramtab_hash(t->grams, p->key);
	gramtab_prefetch(t->grams, p->hash);
}

/* Unigrams without --by: counted in place, by id. */
static void
count_unigrams(struct terms *t, const struct gram_id *g, size_t n)
{
	size_t		 i, need = (size_t)vocab_size(t->tz.vocab) + 1;
	struct ucount	*u;

	if (need > t->uccap) {
		need = need > 2 * t->uccap ? need : 2 * t->uccap;
		t->uc = xrealloc(t->uc, need * sizeof(*t->uc));
		memset(t->uc + t->uccap, 0, (need - t->uccap) *
		    sizeof(*t->uc));
		t->uccap = need;
	}
	for (i = 0; i < n; i++) {
		if (i + RING < n)
			__builtin_prefetch(&t->uc[g[i + RING].id]);
		if (g[i].stop)
			continue;
		u = &t->uc[g[i].id];
		u->count++;
		if (u->stamp != t->doc) {
			u->docs++;
			u->stamp = t->doc;
		}
	}
}

static void
count_grams(struct terms *t, const struct gram_id *g, size_t n)
{
	if (t->grams == NULL) {
		count_unigrams(t, g, n);
		return;
	}
	ngram_each_id(g, n, t->tz.nmin, t->tz.nmax, count_ids, t);
	while (t->n > 0)
		count_one(t);
}

/* The rare record counted by string (see the top of the file). */
static void
count_gram(const char *gram, size_t len, void *arg)
{
	struct terms	*t = arg;
	int64_t		*c;

	buf_truncate(&t->key, t->prefix);
	buf_add(&t->key, gram, len);
	c = table_row(t->table, t->key.data, t->key.len);
	c[0]++;
	if (c[2] != t->doc) {
		c[1]++;
		c[2] = t->doc;
	}
}

static void
count_strings(struct terms *t, const struct record *r, struct arena *a)
{
	buf_reset(&t->key);
	if (t->by != NULL) {
		buf_add(&t->key, t->gt[t->gid].name, t->gt[t->gid].len);
		buf_addc(&t->key, '\t');
	}
	t->prefix = t->key.len;
	if (t->title && r->title != NULL)
		termize_text(&t->tz, r->title, r->lang, a, count_gram, t,
		    NULL, NULL);
	if (r->text != NULL)
		termize_text(&t->tz, r->text, r->lang, a, count_gram, t,
		    NULL, NULL);
}

static int
terms_record(void *st, struct record *r, struct run *run)
{
	struct terms	*t = st;
	struct gram_id	*g1 = NULL, *g2 = NULL;
	size_t		 n1 = 0, n2 = 0;
	bool		 sp1 = false, sp2 = false;

	t->doc++;
	t->gid = group_index(t, t->by != NULL ?
	    group_of(&t->group, r, run->arena) : "");
	t->gt[t->gid].records++;
	if (t->title && r->title != NULL)
		n1 = termize_ids(&t->tz, r->title, r->lang, run->arena, &g1,
		    &sp1);
	if (r->text != NULL)
		n2 = termize_ids(&t->tz, r->text, r->lang, run->arena, &g2,
		    &sp2);
	t->gt[t->gid].tokens += (int64_t)(n1 + n2);
	if ((sp1 || sp2) && t->tz.nmax > 1) {
		count_strings(t, r, run->arena);
		return 0;
	}
	count_grams(t, g1, n1);
	count_grams(t, g2, n2);
	return 0;
}

/* Adds one row, its key rebuilt in t->key, to dst. */
static void
add_row(struct terms *t, struct table *dst, int64_t count, int64_t docs)
{
	int64_t	*c = table_row(dst, t->key.data, t->key.len);

	c[0] += count;
	c[1] += docs;
}

/*
 * Moves what was counted by id into dst as string rows, and frees the
 * id tables (the vocabulary stays: the string path may use it).
 */
static void
flush(struct terms *t, struct table *dst)
{
	const struct gram_counts	*c;
	const uint32_t			*key;
	const struct vword		*w;
	size_t				 i, k, pos = 0;

	for (i = 0; i < t->ngt; i++) {
		buf_reset(&t->key);
		if (t->by != NULL) {
			buf_add(&t->key, t->gt[i].name, t->gt[i].len);
			buf_addc(&t->key, '\t');
		}
		buf_adds(&t->key, TABLE_TOTAL);
		add_row(t, dst, t->gt[i].tokens, t->gt[i].records);
	}
	for (i = 1; i < t->uccap; i++) {
		if (t->uc[i].count == 0)
			continue;
		w = vocab_get(t->tz.vocab, (uint32_t)i);
		buf_reset(&t->key);
		buf_add(&t->key, vocab_str(w), w->len);
		add_row(t, dst, t->uc[i].count, t->uc[i].docs);
	}
	while (t->grams != NULL && gramtab_next(t->grams, &pos, &key, &c)) {
		buf_reset(&t->key);
		k = 0;
		if (t->by != NULL) {
			buf_add(&t->key, t->gt[key[0]].name, t->gt[key[0]].len);
			buf_addc(&t->key, '\t');
			k = 1;
		}
		for (i = k; i < t->width && key[i] != 0; i++) {
			w = vocab_get(t->tz.vocab, key[i]);
			if (i > k)
				buf_addc(&t->key, ' ');
			buf_add(&t->key, vocab_str(w), w->len);
		}
		add_row(t, dst, c->count, c->docs);
	}
	ids_release(t);
}

static int
terms_finish(void *st, struct run *run)
{
	struct terms		*t = st;
	struct table_out	 o = { 0 };

	flush(t, t->table);
	o.top = t->top;
	o.min_count = t->min_count;
	o.json = t->json;
	o.totals = t->totals || t->tfidf;
	table_write(t->table, &o, run->out, run);
	return 0;
}

static void
terms_free(void *st)
{
	struct terms	*t = st;

	ids_release(t);
	table_free(t->table);
	termize_release(&t->tz);
	buf_release(&t->key);
}

/* -j: a worker counts into its own tables, added up at the end. */
static void *
terms_fork(const void *st)
{
	const struct terms	*t = st;
	struct terms		*w = xcalloc(1, sizeof(*w));
	const char		*err, *opt, *groups[1];

	/* The options only: the rest is the worker's own. */
	w->by = t->by;
	w->ngram = t->ngram;
	w->stopwords = t->stopwords;
	w->stem = t->stem;
	w->title = t->title;
	buf_init(&w->key);
	/* These succeeded in terms_start with the same options. */
	if (termize_init(&w->tz, t->stopwords ? t->stopwords : "auto",
	    t->stem, t->ngram, &opt, &err) != 0 ||
	    group_parse(&w->group, t->by, &err) != 0)
		nf_fatal("terms: %s", err);
	groups[0] = w->group.name;
	w->table = table_new(table_kind(t->table), groups, t->by ? 1 : 0);
	ids_init(w);
	return w;
}

static void
terms_join(void *st, void *worker)
{
	struct terms	*t = st, *w = worker;

	flush(w, t->table);
	table_add(t->table, w->table);
	terms_free(w);
	free(w);
}

const struct command cmd_terms = {
	.name = "terms",
	.synopsis = "[--json] [--stem] [--tfidf] [--title] [--totals] "
	    "[--by FIELD] [--min-count N] [--ngram N[-M]] [--stopwords LIST] "
	    "[--top K] [corpus ...]",
	.summary = "count terms and n-grams per outlet, group or period",
	.opts = terms_opts,
	.size = sizeof(struct terms),
	.start = terms_start,
	.record = terms_record,
	.finish = terms_finish,
	.free = terms_free,
	.fork = terms_fork,
	.join = terms_join,
};
