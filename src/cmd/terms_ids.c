/* SPDX-License-Identifier: MIT */
/*
 * terms, counting by id (include/cmd/terms.h): unigrams without --by in
 * an array indexed by the term's id (also beside longer n-grams: it stays
 * in the caches), everything else in an id-tuple table per n-gram size
 * (stats/gramtab.h) keyed by the record's group and the n-gram's ids,
 * a record's keys counted in a batch so the misses overlap. -j
 * workers are added up by id (their words interned into the main
 * vocabulary). At the end the rows are put in key order by the ranks of
 * their words (src/cmd/terms_rank.c), their keys made as strings once,
 * into one buffer, and handed to table_write_ordered beside the totals
 * rows; when ranks cannot give the order, the keys are made in table
 * order and table_write_with sorts them. The vocabulary goes before the
 * sort. Counts spilled past --max-memory are
 * printed by src/cmd/terms_spill.c instead.
 *
 * When some record was counted by string (see terms.c), its rows are in
 * the printed table and an id row could have the same key: then every id
 * row is added into that table by key first (terms_ids_flush), and it is
 * printed as it is.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/terms.h"
#include "core/command.h"
#include "core/htab.h"
#include "core/xmalloc.h"
#include "stats/spill.h"
#include "stats/table.h"
#include "text/vocab.h"

void
terms_ids_init(struct terms *t)
{
	int	 n;

	t->groups = htab_new(sizeof(uint32_t));
	t->tab_records = t->tab_bytes = 0;
	t->off = t->by != NULL ? 1 : 0;
	t->uni = t->by == NULL && t->tz.nmin == 1;
	terms_pair_init(t);
	for (n = t->tz.nmin; n <= t->tz.nmax; n++)
		if ((size_t)n == t->pair)
			t->grams[n] = gramtab_new_paired(t->off + (size_t)n);
		else if (n > 1 || !t->uni)
			t->grams[n] = gramtab_new(t->off + (size_t)n);
}

/* Any n-gram table? None for unigrams without --by (t->uc). */
static bool
has_grams(const struct terms *t)
{
	return t->tz.nmax > 1 || !t->uni;
}

bool
terms_record_too_big(const struct terms *t, size_t bytes)
{
	return has_grams(t) && bytes > t->count_max;
}

bool
terms_tables_full(const struct terms *t, uint64_t records, uint64_t bytes)
{
	return has_grams(t) && (t->tab_records + records > t->count_max ||
	    t->tab_bytes + bytes > t->count_max);
}

size_t
terms_gram_rows(const struct terms *t)
{
	size_t	 n, rows = 0;

	/* Before the fold, a lower n-gram's entries count as rows each. */
	for (n = 1; n <= NGRAM_MAX; n++)
		rows += t->grams[n] != NULL ? gramtab_rows(t->grams[n]) +
		    gramtab_lower_rows(t->grams[n]) : 0;
	return rows;
}

bool
terms_grams_next(const struct terms *t, size_t *n, size_t *pos,
    const uint32_t **key, struct gram_counts **c)
{
	/* Not folded: the lower size's rows are missing. */
	if (*n == 0 && *pos == 0 && t->pair != 0 &&
	    gramtab_lower_rows(t->grams[t->pair]) > 0)
		abort();
	for (; *n <= NGRAM_MAX; (*n)++, *pos = 0)
		if (t->grams[*n] != NULL && gramtab_next(t->grams[*n], pos,
		    key, c))
			return true;
	return false;
}

void
terms_grams_free(struct terms *t)
{
	size_t	 n;

	for (n = 0; n <= NGRAM_MAX; n++) {
		gramtab_free(t->grams[n]);
		t->grams[n] = NULL;
	}
}

void
terms_ids_release(struct terms *t)
{
	size_t	 i;

	htab_free(t->groups);
	free(t->gt);
	free(t->uc);
	terms_grams_free(t);
	for (i = 0; i <= NGRAM_MAX; i++) {
		free(t->batch[i]);
		t->batch[i] = NULL;
		t->bn[i] = t->bcap[i] = 0;
	}
	terms_pair_release(t);
	t->groups = NULL;
	t->gt = NULL;
	t->uc = NULL;
	t->ngt = t->gtcap = t->uccap = t->gchars = 0;
}

uint32_t
terms_group(struct terms *t, const char *grp)
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
		t->gt[t->ngt].name = htab_key(t->groups, v,
		    &t->gt[t->ngt].len);
		t->gchars += t->gt[t->ngt].len;
		t->ngt++;
	}
	return *v;
}

/* Room in t->uc for every id of the vocabulary. */
static void
uc_reserve(struct terms *t)
{
	size_t	 need = (size_t)vocab_size(t->tz.vocab) + 1;

	if (need <= t->uccap)
		return;
	need = need > 2 * t->uccap ? need : 2 * t->uccap;
	t->uc = xrealloc(t->uc, need * sizeof(*t->uc));
	memset(t->uc + t->uccap, 0, (need - t->uccap) * sizeof(*t->uc));
	t->uccap = need;
}

/*
 * Counts a unigram in t->uc (room made by uc_reserve). No branch: whether
 * a word is new to the record is a coin toss to the branch predictor.
 */
static inline void
count_uni(struct ucount *uc, uint32_t id, int64_t doc)
{
	struct ucount	*u = &uc[id];

	u->count++;
	u->docs += u->stamp != doc;
	u->stamp = doc;
}

void
terms_count_unigrams(struct terms *t, const uint32_t *ids, size_t n)
{
	size_t	 i;

	if (n == 0)
		return;
	uc_reserve(t);
	for (i = 0; i < n; i++) {
		if (i + TERMS_AHEAD < n)
			__builtin_prefetch(&t->uc[ids[i + TERMS_AHEAD]]);
		count_uni(t->uc, ids[i], t->doc);
	}
}

/*
 * The n-grams of size n of g[0..len) into the batch of their table (room
 * made by reserve_batches), in text order, as ngram_each_id lists them
 * (the first and last word no stop word, all of them in one sentence:
 * sentence numbers never go down). A pass per size, n constant in each:
 * a key's copy has no branch on its size. Unigrams in t->uc are counted
 * apart.
 */
static inline __attribute__((always_inline)) void
batch_grams(struct terms *t, const struct gram_id *g, size_t len, size_t n)
{
	uint32_t	*k = t->batch[n] + t->bn[n] * (t->off + n);
	size_t		 i, j;

	for (i = 0; i + n <= len; i++) {
		if (g[i].stop || g[i + n - 1].stop ||
		    g[i + n - 1].sentence != g[i].sentence)
			continue;
		if (t->off)
			*k++ = t->gid;
		for (j = 0; j < n; j++)
			*k++ = g[i + j].id;
	}
	t->bn[n] = (size_t)(k - t->batch[n]) / (t->off + n);
}

/* Room in each batch for a key per token: no n-gram size has more. */
static void
reserve_batches(struct terms *t, size_t n)
{
	size_t	 i;

	for (i = 1; i <= NGRAM_MAX; i++) {
		if (t->grams[i] == NULL || n <= t->bcap[i])
			continue;
		t->bcap[i] = n > 2 * t->bcap[i] ? n : 2 * t->bcap[i];
		t->batch[i] = xrealloc(t->batch[i], t->bcap[i] * (t->off + i) *
		    sizeof(*t->batch[i]));
	}
	if (t->pair != 0 && t->bfcap < t->bcap[t->pair]) {
		t->bfcap = t->bcap[t->pair];
		t->bflags = xrealloc(t->bflags, t->bfcap);
	}
}

void
terms_count(struct terms *t, const struct gram_id *g, size_t n)
{
	size_t		 i;

	/* No text: no vocabulary yet, maybe (first record, after a spill). */
	if (n == 0)
		return;
	if (t->uni) {
		/* Unigrams apart, their counts fetched ahead too. */
		uc_reserve(t);
		for (i = 0; i < n; i++) {
			if (i + TERMS_AHEAD < n)
				__builtin_prefetch(&t->uc[g[i +
				    TERMS_AHEAD].id]);
			if (!g[i].stop)
				count_uni(t->uc, g[i].id, t->doc);
		}
		if (t->tz.nmax == 1)
			return;
	}
	reserve_batches(t, n);
	_Static_assert(NGRAM_MAX == 5, "a case per size");
	for (i = t->uni ? 2 : (size_t)t->tz.nmin; i <= (size_t)t->tz.nmax;
	    i++) {
		if (t->pair != 0 && i + 1 >= t->pair) {
			/* The lower size with the top one. */
			if (i == t->pair)
				terms_batch_pairs(t, g, n);
			continue;
		}
		switch (i) {
		case 1:
			batch_grams(t, g, n, 1);
			break;
		case 2:
			batch_grams(t, g, n, 2);
			break;
		case 3:
			batch_grams(t, g, n, 3);
			break;
		case 4:
			batch_grams(t, g, n, 4);
			break;
		default:
			batch_grams(t, g, n, 5);
			break;
		}
	}
	for (i = 1; i <= NGRAM_MAX; i++) {
		if (t->bn[i] > 0 && i == t->pair)
			gramtab_count_pairs(t->grams[i], t->batch[i], t->bflags,
			    t->bn[i], (int64_t)t->tab_records);
		else if (t->bn[i] > 0)
			gramtab_count_keys(t->grams[i], t->batch[i], t->bn[i],
			    (int64_t)t->tab_records);
		t->bn[i] = 0;
	}
}

/* The string of an id row into t->key: group prefix, words. */
static void
row_key(struct terms *t, const uint32_t *key, size_t width)
{
	const struct vword	*w;
	size_t			 i, k = 0;

	buf_reset(&t->key);
	if (t->by != NULL) {
		buf_add(&t->key, t->gt[key[0]].name, t->gt[key[0]].len);
		buf_addc(&t->key, '\t');
		k = 1;
	}
	for (i = k; i < width && key[i] != 0; i++) {
		w = vocab_get(t->tz.vocab, key[i]);
		if (i > k)
			buf_addc(&t->key, ' ');
		buf_add(&t->key, vocab_str(w), w->len);
	}
}

/* Adds count and docs to the row of key t->key in dst. */
static void
add_row(struct terms *t, int64_t count, int64_t docs, void *dst)
{
	int64_t	*c = table_row(dst, t->key.data, t->key.len);

	c[0] += count;
	c[1] += docs;
}

/* The totals rows' keys into t->key, for fn. */
static void
each_total(struct terms *t, void (*fn)(struct terms *, int64_t, int64_t,
    void *), void *arg)
{
	size_t	 i;

	for (i = 0; i < t->ngt; i++) {
		buf_reset(&t->key);
		if (t->by != NULL) {
			buf_add(&t->key, t->gt[i].name, t->gt[i].len);
			buf_addc(&t->key, '\t');
		}
		buf_adds(&t->key, TABLE_TOTAL);
		fn(t, t->gt[i].tokens, t->gt[i].records, arg);
	}
}

void
terms_ids_each(struct terms *t, bool totals, void (*fn)(struct terms *,
    int64_t, int64_t, void *), void *arg)
{
	struct gram_counts	*c;
	const uint32_t		*key;
	uint32_t		 id;
	size_t			 i, n = 0, pos = 0;

	terms_grams_fold(t);
	if (totals)
		each_total(t, fn, arg);
	for (i = 1; i < t->uccap; i++) {
		if (t->uc[i].count == 0)
			continue;
		id = (uint32_t)i;
		row_key(t, &id, 1);
		fn(t, t->uc[i].count, t->uc[i].docs, arg);
	}
	while (terms_grams_next(t, &n, &pos, &key, &c)) {
		row_key(t, key, t->off + n);
		fn(t, c->count, c->docs, arg);
	}
}

void
terms_ids_flush(struct terms *t, struct table *dst)
{
	terms_ids_each(t, true, add_row, dst);
	terms_ids_release(t);
}

/* w's ids as t's: its words interned into t's vocabulary. */
static uint32_t *
map_words(struct terms *t, struct terms *w)
{
	uint32_t		 i, n = w->tz.vocab ? vocab_size(w->tz.vocab) : 0;
	uint32_t		*map = xcalloc((size_t)n + 1, sizeof(*map));
	const struct vword	*v;

	if (t->tz.vocab == NULL)
		t->tz.vocab = vocab_new();
	for (i = 1; i <= n; i++) {
		v = vocab_get(w->tz.vocab, i);
		map[i] = vocab_intern(t->tz.vocab, vocab_str(v), v->len)->id;
	}
	return map;
}

/* Rows joined a batch at a time (gramtab_add_keys). */
#define JOIN_BATCH	256

void
terms_ids_join(struct terms *t, struct terms *w)
{
	struct gram_counts	*c;
	const uint32_t		*key;
	uint32_t		 keys[JOIN_BATCH * GRAMTAB_MAX_WIDTH];
	uint32_t		 counts[2 * JOIN_BATCH], *k, *map, *gmap;
	size_t			 i, j, n = 0, pos = 0, nb = 0, bn = 0;

	if (t->by_string || w->by_string) {
		terms_ids_flush(w, t->table);
		t->by_string = true;
		return;
	}
	terms_grams_fold(w);
	map = map_words(t, w);
	gmap = xcalloc(w->ngt + 1, sizeof(*gmap));
	for (i = 0; i < w->ngt; i++) {
		gmap[i] = terms_group(t, w->gt[i].name);
		t->gt[gmap[i]].tokens += w->gt[i].tokens;
		t->gt[gmap[i]].records += w->gt[i].records;
	}
	if (w->uc != NULL)
		uc_reserve(t);
	for (i = 1; i < w->uccap; i++) {
		if (w->uc[i].count == 0)
			continue;	/* past w's last id too */
		t->uc[map[i]].count += w->uc[i].count;
		t->uc[map[i]].docs += w->uc[i].docs;
	}
	/* Each table grown at once to w's size (the first join: from
	   empty), then w's rows added a batch at a time, their entries
	   fetched ahead. */
	for (i = 1; i <= NGRAM_MAX; i++)
		if (w->grams[i] != NULL)
			gramtab_reserve(t->grams[i], gramtab_rows(w->grams[i]));
	while (terms_grams_next(w, &n, &pos, &key, &c)) {
		if (nb > 0 && (n != bn || nb == JOIN_BATCH)) {
			gramtab_add_keys(t->grams[bn], keys, counts, nb);
			nb = 0;
		}
		bn = n;
		k = keys + nb * (t->off + n);
		if (t->off)
			k[0] = gmap[key[0]];
		for (j = t->off; j < t->off + n; j++)
			k[j] = map[key[j]];
		counts[2 * nb] = c->count;
		counts[2 * nb++ + 1] = c->docs;
	}
	if (nb > 0)
		gramtab_add_keys(t->grams[bn], keys, counts, nb);
	free(gmap);
	free(map);
}

/*
 * The id rows as table rows: their keys in keys, their counts copied
 * into *counts (count, docs), so the id tables can go before the sort.
 * (Not through terms_ids_each: a call per row shows on big tables.)
 */
static struct trow *
id_rows(struct terms *t, struct buf *keys, int64_t **counts, size_t *n)
{
	struct gram_counts	*c;
	const uint32_t		*key;
	struct trow		*rows;
	int64_t			*v;
	size_t			 i, k = 0, g = 0, pos = 0, *off;
	uint32_t		 id;

	terms_grams_fold(t);
	*n = terms_gram_rows(t);
	for (i = 1; i < t->uccap; i++)
		*n += t->uc[i].count > 0;
	rows = xcalloc(*n + 1, sizeof(*rows));
	off = xcalloc(*n + 1, sizeof(*off));
	v = *counts = xcalloc(2 * *n + 1, sizeof(*v));
	for (i = 1; i < t->uccap; i++) {
		if (t->uc[i].count == 0)
			continue;
		id = (uint32_t)i;
		row_key(t, &id, 1);
		off[k] = keys->len;
		buf_add(keys, t->key.data, t->key.len);
		rows[k].len = t->key.len;
		v[2 * k] = t->uc[i].count;
		v[2 * k++ + 1] = t->uc[i].docs;
	}
	while (terms_grams_next(t, &g, &pos, &key, &c)) {
		row_key(t, key, t->off + g);
		off[k] = keys->len;
		buf_add(keys, t->key.data, t->key.len);
		rows[k].len = t->key.len;
		v[2 * k] = c->count;
		v[2 * k++ + 1] = c->docs;
	}
	/* The buffer has stopped moving: point the rows into it. */
	for (i = 0; i < k; i++) {
		rows[i].key = keys->data + off[i];
		rows[i].counts = v + 2 * i;
	}
	free(off);
	return rows;
}

int
terms_write(struct terms *t, struct run *run)
{
	struct table_out	 o = { 0 };
	struct trow		*rows;
	struct buf		 keys;
	int64_t			*counts;
	size_t			 n;

	o.top = t->top;
	o.min_count = t->min_count;
	o.json = t->json;
	o.totals = t->totals || t->tfidf;
	/* Spilled before, or past the limit now: merged from disk. */
	if (t->spill != NULL && (spill_spilled(t->spill) ||
	    spill_over(t->spill, terms_print_bytes(t), 1)))
		return terms_spill_write(t, &o, run);
	if (t->by_string) {
		terms_ids_flush(t, t->table);
		table_write(t->table, &o, run->out, run);
		return 0;
	}
	each_total(t, add_row, t->table);
	if (terms_write_ranked(t, &o, run) == 0) {
		terms_ids_release(t);
		return 0;
	}
	buf_init(&keys);
	rows = id_rows(t, &keys, &counts, &n);
	terms_ids_release(t);
	/* The words are in keys now. */
	termize_drop_vocab(&t->tz);
	table_write_with(t->table, rows, n, &o, run->out, run);
	free(rows);
	free(counts);
	buf_release(&keys);
	return 0;
}
