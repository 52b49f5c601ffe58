/* SPDX-License-Identifier: MIT */
/*
 * terms past --max-memory (include/cmd/terms.h). What grows with the
 * vocabulary is the id tables, the vocabulary itself, the groups and
 * the printed table (rows counted by string); terms_bytes counts what
 * printing them in memory would take (keys rebuilt, the sort), so
 * counts within the limit are printed as before, in memory. Past it,
 * between records, terms_spill rebuilds every key as a string, hands the
 * rows to the spill (stats/spill.h: sorted by key, one run) and starts
 * again from nothing: ids are per run, so the vocabulary goes too, and
 * words coming back get their stop-word bits and stems again. The spill
 * merges the runs at the end, adding up equal keys, and prints the same
 * bytes as the table in memory would.
 */
#include <stdint.h>
#include <stdlib.h>

#include "cmd/terms.h"
#include "core/buf.h"
#include "core/command.h"
#include "core/htab.h"
#include "core/xmalloc.h"
#include "stats/extsort.h"
#include "stats/gramtab.h"
#include "stats/spill.h"
#include "stats/table.h"
#include "text/vocab.h"

/* The rows of a run, gathered: keys in one buffer, counts in an array. */
struct gather {
	struct buf	 keys;
	size_t		*off;
	int64_t		*v;
	size_t		 n, cap;
};

/* Words interned (the vocabulary is made at the first text). */
static size_t
words(const struct terms *t)
{
	return t->tz.vocab != NULL ? vocab_size(t->tz.vocab) : 0;
}

/* The bytes of a rebuilt key, on average (an estimate, a bit high). */
static size_t
key_bytes(const struct terms *t)
{
	size_t	 k = 0, n = words(t);

	if (n > 0)
		k = (size_t)t->tz.nmax * (vocab_chars(t->tz.vocab) / n + 1);
	if (t->by != NULL && t->ngt > 0)
		k += t->gchars / t->ngt + 1;
	return k;
}

/*
 * Printing in memory comes in two steps (terms_write): the keys are
 * rebuilt beside the id tables (a row, an offset and the counts each),
 * then the id tables and the vocabulary go and table_write_with sorts
 * the rows. The larger of the two is what the counts take; spilling
 * them takes less (spill_ids).
 */
size_t
terms_bytes(const struct terms *t)
{
	size_t	 ids, table, rows, keys, gather, sort;

	ids = vocab_bytes(t->tz.vocab) + gramtab_bytes(t->grams) +
	    t->uccap * sizeof(*t->uc) + t->gtcap * sizeof(*t->gt) +
	    (t->groups != NULL ? htab_bytes(t->groups) : 0);
	table = table_bytes(t->table);
	/* Unigrams by id: at most a row a word. */
	rows = t->ngt + (t->grams != NULL ? gramtab_rows(t->grams) :
	    words(t));
	keys = rows * key_bytes(t);
	gather = ids + table + keys + rows * (sizeof(struct trow) +
	    3 * sizeof(int64_t));
	sort = table + keys + rows * (sizeof(struct trow) +
	    2 * sizeof(int64_t)) + table_write_bytes(t->table, rows);
	return gather > sort ? gather : sort;
}

static void
gather_row(struct terms *t, int64_t count, int64_t docs, void *arg)
{
	struct gather	*g = arg;

	if (g->n == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 1024;
		g->off = xrealloc(g->off, g->cap * sizeof(*g->off));
		g->v = xrealloc(g->v, 2 * g->cap * sizeof(*g->v));
	}
	g->off[g->n] = g->keys.len;
	buf_add(&g->keys, t->key.data, t->key.len);
	g->v[2 * g->n] = count;
	g->v[2 * g->n++ + 1] = docs;
}

/*
 * The rows counted by id and the totals rows as one run. The id tables
 * and the vocabulary are freed before the rows are sorted.
 */
static int
spill_ids(struct terms *t)
{
	struct gather	 g = { 0 };
	struct exrow	*rows;
	size_t		 i;
	int		 rc;

	buf_init(&g.keys);
	terms_ids_each(t, true, gather_row, &g);
	terms_ids_release(t);
	vocab_free(t->tz.vocab);
	t->tz.vocab = NULL;
	rows = xcalloc(g.n ? g.n : 1, sizeof(*rows));
	for (i = 0; i < g.n; i++) {
		rows[i].key = g.keys.data + g.off[i];
		rows[i].len = (i + 1 < g.n ? g.off[i + 1] : g.keys.len) -
		    g.off[i];
		rows[i].counts = g.v + 2 * i;
	}
	free(g.off);
	rc = spill_rows(t->spill, rows, g.n);
	free(rows);
	free(g.v);
	buf_release(&g.keys);
	return rc;
}

int
terms_spill(struct terms *t)
{
	int	 rc;

	if (t->by_string) {
		/* Id rows may have the keys of string rows: one table. */
		terms_ids_flush(t, t->table);
		rc = spill_table(t->spill, t->table);
		t->by_string = false;
	} else
		rc = spill_ids(t);
	vocab_free(t->tz.vocab);
	t->tz.vocab = NULL;
	terms_ids_init(t);
	spill_give_back();
	return rc;
}

int
terms_spill_write(struct terms *t, const struct table_out *o,
    struct run *run)
{
	if (terms_spill(t) != 0)
		return -1;
	return spill_write(t->spill, t->table, o, run->out, run);
}
