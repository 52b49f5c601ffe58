/* SPDX-License-Identifier: MIT */
/*
 * terms: term frequencies of a corpus, per group. Each record's text is
 * tokenized once (text/token.h); each token becomes a term (its folded
 * form, or its stem with --stem), stop words are dropped by the record's
 * language, n-grams are formed within sentences, and every term is counted
 * with the number of records it occurs in. Terms are counted by id
 * (text/termize.h: termize_unigrams, termize_seq, or termize_ids with
 * --stem; src/cmd/terms_ids.c) and printed as the mergeable table of
 * stats/table.h: count and docs add up across shards, tfidf is
 * recomputed from the totals rows. Past --max-memory the counts are
 * spilled to disk between records and merged back at the end
 * (src/cmd/terms_spill.c, stats/spill.h), with the same output; so they
 * are, with any limit, before the n-gram tables' 32-bit counts could
 * overflow (a table's records or text bytes past 2^32 - 1).
 *
 * A term may hold a space (NFKC makes four words of U+FDFA): then an
 * n-gram of it can be the same string as another n-gram of other ids,
 * and docs would count a record twice. Records with such a term are
 * counted by string, straight into the printed table, when n-grams are
 * asked for; so is a record of more than 2^32 - 1 bytes of text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/commands.h"
#include "cmd/terms.h"
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

/* --max-memory not given: spill_default_limit(). */
#define MEMORY_DEFAULT	SIZE_MAX

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
	terms_ids_init(t);
	if (t->max_memory == MEMORY_DEFAULT)
		t->max_memory = spill_default_limit();
	/* No limit (0) still spills past the tables' 32-bit counts. */
	t->spill = spill_new(t->table, t->max_memory > 0 ? t->max_memory :
	    SIZE_MAX, t->tmpdir);
	t->count_max = GRAMTAB_COUNT_MAX;
	/* With -j the workers count and share the limit. */
	t->parts = run->jobs > 1 ? (size_t)run->jobs : 1;
	return 0;
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
	t->by_string = true;
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

/*
 * Unigrams into t->uc without stems: the text read once
 * (termize_unigrams), the same counts as by termize_ids. Returns the
 * text's tokens.
 */
static size_t
count_unigrams(struct terms *t, const char *text, const char *lang,
    struct arena *a)
{
	const uint32_t	*ids;
	size_t		 n, nids;

	n = termize_unigrams(&t->tz, text, lang, a, &ids, &nids);
	terms_count_unigrams(t, ids, nids);
	return n;
}

/* A text's terms by id: read once when there are no stems to find. */
static size_t
termize(struct terms *t, const char *text, const char *lang,
    struct arena *a, struct gram_id **g, bool *space)
{
	if (t->tz.stem == NULL)
		return termize_seq(&t->tz, text, lang, a, g, space);
	return termize_ids(&t->tz, text, lang, a, g, space);
}

static int
terms_record(void *st, struct record *r, struct run *run)
{
	struct terms	*t = st;
	struct gram_id	*g1 = NULL, *g2 = NULL;
	size_t		 n1 = 0, n2 = 0, bytes;
	bool		 sp1 = false, sp2 = false, uni;

	/* Between records: a record's counts never straddle two runs. */
	if (terms_spill_check(t, t->parts) != 0)
		return STAGE_STOP;
	/* Unigrams by id have no 32-bit tables to keep: no need to measure. */
	uni = t->uni && t->tz.nmax == 1 && t->tz.stem == NULL;
	bytes = uni ? 0 : (t->title && r->title != NULL ? strlen(r->title) :
	    0) + (r->text != NULL ? strlen(r->text) : 0);
	if (terms_tables_full(t, 1, bytes) && !terms_record_too_big(t, bytes) &&
	    terms_spill(t) != 0)
		return STAGE_STOP;
	t->doc++;
	t->gid = terms_group(t, t->by != NULL ?
	    group_of(&t->group, r, run->arena) : "");
	t->gt[t->gid].records++;
	if (uni) {
		if (t->title && r->title != NULL)
			n1 = count_unigrams(t, r->title, r->lang, run->arena);
		if (r->text != NULL)
			n2 = count_unigrams(t, r->text, r->lang, run->arena);
		t->gt[t->gid].tokens += (int64_t)(n1 + n2);
		return 0;
	}
	if (t->title && r->title != NULL)
		n1 = termize(t, r->title, r->lang, run->arena, &g1, &sp1);
	if (r->text != NULL)
		n2 = termize(t, r->text, r->lang, run->arena, &g2, &sp2);
	t->gt[t->gid].tokens += (int64_t)(n1 + n2);
	if (((sp1 || sp2) && t->tz.nmax > 1) || terms_record_too_big(t,
	    bytes)) {
		count_strings(t, r, run->arena);
		return 0;
	}
	t->tab_records++;
	t->tab_bytes += bytes;
	terms_count(t, g1, n1);
	terms_count(t, g2, n2);
	return 0;
}

static int
terms_finish(void *st, struct run *run)
{
	return terms_write(st, run);
}

static void
terms_free(void *st)
{
	struct terms	*t = st;

	terms_ids_release(t);
	table_free(t->table);
	spill_free(t->spill);
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
	w->spill = t->spill;
	w->parts = t->parts;
	w->count_max = t->count_max;
	buf_init(&w->key);
	/* These succeeded in terms_start with the same options. */
	if (termize_init(&w->tz, t->stopwords ? t->stopwords : "auto",
	    t->stem, t->ngram, &opt, &err) != 0 ||
	    group_parse(&w->group, t->by, &err) != 0)
		nf_fatal("terms: %s", err);
	groups[0] = w->group.name;
	w->table = table_new(table_kind(t->table), groups, t->by ? 1 : 0);
	terms_ids_init(w);
	return w;
}

static void
terms_join(void *st, void *worker)
{
	struct terms	*t = st, *w = worker;

	/*
	 * Past the limit together, w goes to disk by itself rather than
	 * through t. A failure shows in terms_finish.
	 */
	if (spill_over(t->spill, terms_bytes(t) + terms_bytes(w), 1) ||
	    terms_tables_full(t, w->tab_records, w->tab_bytes))
		(void)terms_spill(w);
	else {
		terms_ids_join(t, w);
		table_add(t->table, w->table);
		t->tab_records += w->tab_records;
		t->tab_bytes += w->tab_bytes;
	}
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
