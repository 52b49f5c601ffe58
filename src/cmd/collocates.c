/* SPDX-License-Identifier: MIT */
/*
 * collocates: the words around a node. Every term matching PATTERN (a
 * regular expression over whole folded terms) is a node; every term within
 * -w tokens of it in the same sentence (stop words left out first) is a
 * co-occurrence. Counted per group: co-occurrences and the collocate's
 * frequency, plus a totals row (node frequency, tokens), from which MI,
 * t-score, logDice and G2 are derived (stats/keyness.h).
 */
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
#include "stats/kinds.h"
#include "stats/table.h"
#include "text/pattern.h"
#include "text/termize.h"

struct collocates {
	int			 window;
	const char		*by;
	const char		*stopwords;
	int			 top;
	int			 min_count;
	bool			 json;
	bool			 stem;
	bool			 title;

	struct pattern		*node;
	struct htab		*is_node;	/* term -> 1 node, 2 not */
	struct group		 group;
	struct termize		 tz;
	struct table		*table;
	struct buf		 key;
	size_t			 prefix;
};

static const struct opt collocates_opts[] = {
	OPT_FLAG(0, "json", struct collocates, json,
	    "JSON Lines instead of TSV"),
	OPT_FLAG(0, "stem", struct collocates, stem,
	    "match and count stems"),
	OPT_FLAG(0, "title", struct collocates, title, "read the title too"),
	OPT_INT_RANGE('w', "window", struct collocates, window, "N", 1, 50,
	    "tokens on each side of the node (default 5)"),
	OPT_STR(0, "by", struct collocates, by, "FIELD",
	    "a table per record field, or day|week|month|year"),
	OPT_INT_RANGE(0, "min-count", struct collocates, min_count, "N", 0,
	    2147483647.0, "only collocates seen N times with the node "
	    "(default 1; 0 keeps every term, for shards)"),
	OPT_STR(0, "stopwords", struct collocates, stopwords, "LIST",
	    "none, auto (by lang; default) or a FILE"),
	OPT_INT_RANGE(0, "top", struct collocates, top, "K", 1,
	    2147483647.0, "the K most frequent collocates per group"),
	OPT_END
};

static void
collocates_init(void *st)
{
	struct collocates	*c = st;

	c->window = 5;
	c->min_count = 1;
}

static int
collocates_start(void *st, int argc, char **argv, struct run *run)
{
	struct collocates	*c = st;
	const char		*err, *opt, *groups[1];
	char			*perr = NULL;

	(void)argc; (void)run;
	buf_init(&c->key);
	c->node = pattern_new(argv[0], PAT_ICASE | PAT_WHOLE, &perr);
	if (c->node == NULL) {
		nf_usage_error("pattern '%s': %s", argv[0], perr);
		free(perr);
		return STAGE_USAGE;
	}
	if (termize_init(&c->tz, c->stopwords ? c->stopwords : "auto",
	    c->stem, NULL, &opt, &err) != 0) {
		nf_usage_error("%s: %s: %s", opt, c->stopwords, err);
		return STAGE_USAGE;
	}
	if (group_parse(&c->group, c->by, &err) != 0) {
		nf_usage_error("--by: %s: %s", c->by, err);
		return STAGE_USAGE;
	}
	groups[0] = c->group.name;
	c->table = table_new(&table_collocates, groups, c->by ? 1 : 0);
	c->is_node = htab_new(sizeof(int));
	return 0;
}

static bool
node_term(struct collocates *c, const char *s, size_t len)
{
	bool	 created;
	int	*v = htab_put(c->is_node, s, len, &created);

	if (created)
		*v = pattern_match(c->node, s, len) ? 1 : 2;
	return *v == 1;
}

static int64_t *
row(struct collocates *c, const char *s, size_t len)
{
	buf_truncate(&c->key, c->prefix);
	buf_add(&c->key, s, len);
	return table_row(c->table, c->key.data, c->key.len);
}

static void
count_text(struct collocates *c, const char *text, const char *lang,
    struct arena *a)
{
	struct tokens	 tk;
	struct gram_tok	*g;
	size_t		 i, j, n = 0, lo, hi;
	size_t		*keep;
	int64_t		*total;

	if (text == NULL)
		return;
	termize_text(&c->tz, text, lang, a, NULL, NULL, &tk, &g);
	keep = arena_alloc(a, (tk.n ? tk.n : 1) * sizeof(*keep));
	for (i = 0; i < tk.n; i++)
		if (!g[i].stop)
			keep[n++] = i;
	total = row(c, TABLE_TOTAL, strlen(TABLE_TOTAL));
	total[1] += (int64_t)n;
	for (i = 0; i < n; i++) {
		row(c, g[keep[i]].s, g[keep[i]].len)[1]++;
		if (!node_term(c, g[keep[i]].s, g[keep[i]].len))
			continue;
		row(c, TABLE_TOTAL, strlen(TABLE_TOTAL))[0]++;
		lo = i > (size_t)c->window ? i - (size_t)c->window : 0;
		hi = i + (size_t)c->window < n - 1 ? i + (size_t)c->window :
		    n - 1;
		for (j = lo; j <= hi; j++)
			if (j != i && g[keep[j]].sentence ==
			    g[keep[i]].sentence)
				row(c, g[keep[j]].s, g[keep[j]].len)[0]++;
	}
}

static int
collocates_record(void *st, struct record *r, struct run *run)
{
	struct collocates	*c = st;

	buf_reset(&c->key);
	if (c->by != NULL) {
		buf_adds(&c->key, group_of(&c->group, r, run->arena));
		buf_addc(&c->key, '\t');
	}
	c->prefix = c->key.len;
	if (c->title)
		count_text(c, r->title, r->lang, run->arena);
	count_text(c, r->text, r->lang, run->arena);
	return 0;
}

static int
collocates_finish(void *st, struct run *run)
{
	struct collocates	*c = st;
	struct table_out	 o = { 0 };

	o.top = c->top;
	o.min_count = c->min_count;
	o.json = c->json;
	o.totals = true;
	table_write(c->table, &o, run->out, run);
	return 0;
}

static void
collocates_free(void *st)
{
	struct collocates	*c = st;

	pattern_free(c->node);
	htab_free(c->is_node);
	termize_release(&c->tz);
	table_free(c->table);
	buf_release(&c->key);
}

/* A -j worker: its own pattern, node cache, tokenizer and table. */
static void *
collocates_fork(const void *st)
{
	const struct collocates	*c = st;
	struct collocates	*w = xmalloc(sizeof(*w));
	const char		*err, *opt, *groups[1];

	*w = *c;
	buf_init(&w->key);
	w->node = pattern_dup(c->node);
	if (termize_init(&w->tz, c->stopwords ? c->stopwords : "auto",
	    c->stem, NULL, &opt, &err) != 0 ||
	    group_parse(&w->group, c->by, &err) != 0)
		nf_fatal("collocates: %s", err);
	groups[0] = w->group.name;
	w->table = table_new(&table_collocates, groups, c->by ? 1 : 0);
	w->is_node = htab_new(sizeof(int));
	return w;
}

static void
collocates_join(void *st, void *worker)
{
	struct collocates	*c = st, *w = worker;

	table_add(c->table, w->table);
	collocates_free(w);
	free(w);
}

const struct command cmd_collocates = {
	.name = "collocates",
	.synopsis = "[--json] [--stem] [--title] [-w N] [--by FIELD] "
	    "[--min-count N] [--stopwords LIST] [--top K] pattern "
	    "[corpus ...]",
	.summary = "words around a term, with MI, t-score, logDice and G2",
	.opts = collocates_opts,
	.size = sizeof(struct collocates),
	.operands = 1,
	.init = collocates_init,
	.start = collocates_start,
	.record = collocates_record,
	.finish = collocates_finish,
	.free = collocates_free,
	.fork = collocates_fork,
	.join = collocates_join,
};
