/* SPDX-License-Identifier: MIT */
/*
 * terms: term frequencies of a corpus, per group. Each record's text is
 * tokenized once (text/token.h); each token becomes a term (its folded
 * form, or its stem with --stem), stop words are dropped by the record's
 * language, n-grams are formed within sentences, and every term is counted
 * in one table keyed by group and term, with the number of records it
 * occurs in. The table (stats/table.h) is mergeable: count and docs add
 * up across shards, tfidf is recomputed from the totals rows.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd/commands.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/diag.h"
#include "core/record.h"
#include "stats/group.h"
#include "stats/table.h"
#include "text/ngram.h"
#include "text/stem.h"
#include "text/stopwords.h"
#include "text/token.h"

extern const struct table_kind table_terms, table_terms_tfidf;

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

	int			 nmin, nmax;
	struct group		 group;
	struct table		*table;
	struct stopwords	*sw;
	struct stem		*stemmer;
	struct buf		 key;		/* group prefix + term */
	size_t			 prefix;	/* bytes of the group prefix */
	struct buf		 gram;
	long			 doc;
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

static int
terms_start(void *st, int argc, char **argv, struct run *run)
{
	struct terms	*t = st;
	const char	*err, *groups[1];

	(void)argc; (void)argv; (void)run;
	t->nmin = t->nmax = 1;
	if (t->ngram != NULL && ngram_parse(t->ngram, &t->nmin, &t->nmax,
	    &err) != 0) {
		nf_usage_error("--ngram: %s", err);
		return STAGE_USAGE;
	}
	if (group_parse(&t->group, t->by, &err) != 0) {
		nf_usage_error("--by: %s: %s", t->by, err);
		return STAGE_USAGE;
	}
	if ((t->sw = stopwords_new(t->stopwords ? t->stopwords : "auto",
	    &err)) == NULL) {
		nf_usage_error("--stopwords: %s: %s", t->stopwords, err);
		return STAGE_USAGE;
	}
	if (t->stem)
		t->stemmer = stem_new();
	groups[0] = t->group.name;
	t->table = table_new(t->tfidf ? &table_terms_tfidf : &table_terms,
	    groups, t->by ? 1 : 0);
	buf_init(&t->key);
	buf_init(&t->gram);
	return 0;
}

static void
count_key(struct terms *t, const char *term, size_t len)
{
	int64_t	*c;

	buf_truncate(&t->key, t->prefix);
	buf_add(&t->key, term, len);
	c = table_row(t->table, t->key.data, t->key.len);
	c[0]++;
	if (c[2] != t->doc) {
		c[1]++;
		c[2] = t->doc;
	}
}

static void
count_gram(const char *gram, size_t len, void *arg)
{
	count_key(arg, gram, len);
}

/* Turns tokens into n-gram input: term (maybe stemmed) and stop flag. */
static struct gram_tok *
gram_toks(struct terms *t, const struct tokens *tk, const char *lang,
    struct arena *a)
{
	struct gram_tok	*g = arena_alloc(a, (tk->n ? tk->n : 1) * sizeof(*g));
	const char	*s;
	size_t		 i, n;

	for (i = 0; i < tk->n; i++) {
		g[i].s = tk->v[i].norm;
		g[i].len = tk->v[i].norm_len;
		g[i].sentence = tk->v[i].sentence;
		g[i].stop = stopwords_has(t->sw, lang, g[i].s, g[i].len);
		if (t->stemmer != NULL && tk->v[i].kind == TOK_WORD &&
		    !g[i].stop) {
			s = stem_word(t->stemmer, lang, g[i].s, g[i].len, &n);
			if (s != g[i].s)
				s = arena_strndup(a, s, n);
			g[i].s = s;
			g[i].len = n;
		}
	}
	return g;
}

static void
count_text(struct terms *t, const char *text, const char *lang,
    struct arena *a, int64_t *total)
{
	struct tokens	 tk;
	struct gram_tok	*g;

	if (text == NULL)
		return;
	tok_text(text, strlen(text), a, &tk);
	total[0] += (int64_t)tk.n;
	g = gram_toks(t, &tk, lang, a);
	ngram_each(g, tk.n, t->nmin, t->nmax, &t->gram, count_gram, t);
}

static int
terms_record(void *st, struct record *r, struct run *run)
{
	struct terms	*t = st;
	const char	*grp = group_of(&t->group, r, run->arena);
	int64_t		*total;

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
	table_write(t->table, &o, run->out, run);
	return 0;
}

static void
terms_free(void *st)
{
	struct terms	*t = st;

	table_free(t->table);
	stopwords_free(t->sw);
	stem_free(t->stemmer);
	buf_release(&t->key);
	buf_release(&t->gram);
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
};
