/* SPDX-License-Identifier: MIT */
/*
 * terms past --max-memory (include/cmd/terms.h). What grows with the
 * vocabulary is the id tables, the vocabulary itself, the groups and the
 * printed table (rows counted by string). Between records, when they and
 * what spilling them takes (terms_bytes) pass the limit, terms_spill
 * writes every row as a run of the spill (stats/spill.h), in key order:
 * by the ranks of the words (terms_rank.c) when they give it, else by
 * keys rebuilt and sorted as strings. Then counting starts again from
 * nothing: ids are per run, so the vocabulary goes too, and words coming
 * back get their stop-word bits and stems again. At the end, counts that
 * were spilled, or that printing in memory would take past the limit
 * (terms_print_bytes), are spilled once more and the spill merges the
 * runs, adding up equal keys, into the bytes the table in memory would
 * print.
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
 * The n-gram tables as rows more keys come, each table taken to get all
 * of them (an estimate, high when there are several); the lower table of
 * a pair as if it had every lower n-gram now in the paired one, which
 * the fold puts there.
 */
static size_t
grams_bytes_within(const struct terms *t, size_t rows)
{
	size_t	 n, b = 0, lower;

	for (n = 1; n <= NGRAM_MAX; n++) {
		lower = t->pair != 0 && n + 1 == t->pair ?
		    gramtab_lower_rows(t->grams[n + 1]) : 0;
		b += gramtab_bytes_within(t->grams[n], rows + lower);
	}
	return b;
}

/* The unigram array as uc_reserve grows it for n more words. */
static size_t
uc_bytes_within(const struct terms *t, size_t n)
{
	size_t	 need = words(t) + n + 1, cap = t->uccap;

	if (!t->uni || need <= cap)
		return cap * sizeof(*t->uc);
	return (cap + (need > 2 * cap ? need : 2 * cap)) * sizeof(*t->uc);
}

/*
 * What the id tables, the groups and the vocabulary hold, and may hold
 * while the next record adds as many rows and words as the most a record
 * added so far: they grow by doubling, the old arrays held while the
 * new ones fill, and that step must fit too.
 */
static size_t
ids_bytes(const struct terms *t)
{
	size_t	 n, batch = 0;

	/* The batches a record's keys went through (kept, reused). */
	for (n = 1; n <= NGRAM_MAX; n++)
		batch += t->bcap[n] * (t->off + n) * sizeof(uint32_t);
	batch += t->bfcap + (t->seen.slot != NULL ? (t->seen.mask + 1) *
	    (2 * t->pair - 1) / 2 * sizeof(uint32_t) : 0);
	return batch + vocab_bytes_within(t->tz.vocab, t->step_words) +
	    grams_bytes_within(t, t->step_rows) +
	    uc_bytes_within(t, t->step_words) + t->gtcap * sizeof(*t->gt) +
	    (t->groups != NULL ? htab_bytes(t->groups) : 0);
}

/* Rows counted by id (unigrams by id: at most a row a word), totals. */
static size_t
rows(const struct terms *t)
{
	return t->ngt + terms_gram_rows(t) + (t->uni ? words(t) : 0);
}

static size_t
max3(size_t a, size_t b, size_t c)
{
	size_t	 m = a > b ? a : b;

	return m > c ? m : c;
}

/*
 * Spilling by ranks (terms_rank.c) takes, beside the counts, the words
 * sorted (an entry and a rank each, and what exrow_sort takes), then 32
 * bytes a row, then once the id tables went, twice that for the sort.
 * Spilling strings takes more; it is only for words of control
 * characters and group names with tabs.
 */
size_t
terms_bytes(const struct terms *t)
{
	size_t	 held = ids_bytes(t) + table_bytes(t->table), n = rows(t);
	size_t	 w = words(t) + 1, ranks = w * 2 * sizeof(uint32_t);

	return max3(held + w * (sizeof(struct exrow) + sizeof(int64_t)) +
	    exrow_sort_bytes(w) + ranks, held + ranks + 32 * n, held -
	    grams_bytes_within(t, t->step_rows) -
	    uc_bytes_within(t, t->step_words) + ranks + 64 * n);
}

int
terms_spill_check(struct terms *t, size_t parts)
{
	size_t	 r = terms_gram_rows(t), w = words(t);

	if (r > t->last_rows && r - t->last_rows > t->step_rows)
		t->step_rows = r - t->last_rows;
	if (w > t->last_words && w - t->last_words > t->step_words)
		t->step_words = w - t->last_words;
	t->last_rows = r;
	t->last_words = w;
	if (!spill_over(t->spill, terms_bytes(t), parts))
		return 0;
	return terms_spill(t);
}

/*
 * Printing in memory comes in two steps (terms_write): the rows are
 * gathered beside the id tables (by ranks, terms_rank.c: a 128-bit key
 * and the counts each; else a row, an offset and the counts each and
 * the keys), then the id tables and the vocabulary go and
 * table_write_ordered (or _with) sorts the rows, beside the ranked rows'
 * keys and counts. The larger of the two is what printing takes.
 */
size_t
terms_print_bytes(const struct terms *t)
{
	size_t	 table = table_bytes(t->table), n = rows(t), keys, gather,
		 sort;

	keys = n * key_bytes(t);
	gather = ids_bytes(t) + table + keys + n * (sizeof(struct trow) +
	    3 * sizeof(int64_t));
	sort = table + keys + n * (sizeof(struct trow) +
	    4 * sizeof(int64_t)) + table_write_bytes(t->table, n);
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
 * The rows counted by id and the totals rows as one run, their keys made
 * and sorted as strings. The id tables and the vocabulary are freed
 * before the sort.
 */
static int
spill_strings(struct terms *t)
{
	struct gather	 g = { 0 };
	struct exrow	*rows;
	size_t		 i;
	int		 rc;

	buf_init(&g.keys);
	terms_ids_each(t, true, gather_row, &g);
	terms_ids_release(t);
	termize_drop_vocab(&t->tz);
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
	} else if ((rc = terms_spill_ranked(t)) == 1)
		rc = spill_strings(t);
	terms_ids_release(t);
	termize_drop_vocab(&t->tz);
	terms_ids_init(t);
	t->last_rows = t->last_words = 0;
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
