/* SPDX-License-Identifier: MIT */
/*
 * terms, sorting by rank (include/cmd/terms.h): the rows counted by id
 * put in the bytewise order of their keys as strings without making the
 * strings first, to spill them or to print them. The words of the
 * vocabulary are sorted once and each gets its rank, the groups
 * likewise; a row's key becomes one 128-bit integer (the group's rank,
 * then a rank per word, 0 after the last), so the rows sort by a radix
 * sort on integers, and the strings are made one at a time as the run is
 * written.
 *
 * Why integer order is string order: keys are "group<TAB>w1 w2 ...".
 * Two group parts differ before either tab unless a group name holds a
 * tab. Past the group, the first words that differ decide, unless one is
 * a start of the other ("ab" and "abc"); then the shorter key ends, or
 * has a space (0x20) where the longer word has a byte above 0x20 unless
 * that word holds a control character or a space. Words with spaces are
 * never in n-grams counted by id (their records are counted by string,
 * see terms.c), and unigram keys have no space to compare. So ranks give
 * the order when no group name holds a tab, no word used in n-grams
 * holds a byte below 0x20 and the ranks fit in 128 bits; otherwise
 * terms_spill_ranked declines, and the caller sorts strings. extsort
 * checks the order of every run it writes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/terms.h"
#include "core/buf.h"
#include "core/command.h"
#include "core/xmalloc.h"
#include "stats/extsort.h"
#include "stats/gramtab.h"
#include "stats/spill.h"
#include "stats/table.h"
#include "text/vocab.h"

typedef unsigned __int128	u128;

/* A row to spill: its key as ranks, packed high to low, and its counts. */
struct srow {
	u128		 key;
	int64_t		 counts[2];
};

struct ranked {
	struct terms	*t;
	uint32_t	*wrank;		/* by word id (0: none) */
	uint32_t	*wid;		/* word id by rank */
	uint32_t	*grank;		/* by group index + 1 */
	uint32_t	*gidx;		/* group index + 1 by rank */
	unsigned	 wbits, bits;	/* a word's rank; the key's */
	uint32_t	 total;		/* the word id of TABLE_TOTAL */
	struct srow	*rows;
	size_t		 n, i;
};

static unsigned
bits_of(size_t v)
{
	unsigned	 b = 0;

	for (; v != 0; v >>= 1)
		b++;
	return b;
}

/*
 * Sorts ids 1..n (keys[i - 1] their strings) bytewise, into rank (by id)
 * and id (by rank), both from 1.
 */
static void
rank_strings(struct exrow *keys, size_t n, uint32_t **rank, uint32_t **id)
{
	int64_t		*payload = xcalloc(n + 1, sizeof(*payload));
	size_t		 i;

	/* The id rides along in the counts pointer: unused by key order. */
	for (i = 0; i < n; i++) {
		payload[i] = (int64_t)(i + 1);
		keys[i].counts = &payload[i];
	}
	exrow_sort(EX_BY_KEY, keys, n);
	*rank = xcalloc(n + 1, sizeof(**rank));
	*id = xcalloc(n + 1, sizeof(**id));
	for (i = 0; i < n; i++) {
		(*id)[i + 1] = (uint32_t)*keys[i].counts;
		(*rank)[*keys[i].counts] = (uint32_t)(i + 1);
	}
	free(payload);
}

/* Ranks the words; false if one would compare wrongly (see the top). */
static bool
rank_words(struct ranked *r)
{
	struct vocab		*v = r->t->tz.vocab;
	const struct vword	*w;
	struct exrow		*keys;
	size_t			 i, j, n;
	bool			 ok = true;

	r->total = vocab_intern(v, TABLE_TOTAL, strlen(TABLE_TOTAL))->id;
	n = vocab_size(v);
	keys = xcalloc(n + 1, sizeof(*keys));
	for (i = 0; i < n; i++) {
		w = vocab_get(v, (uint32_t)(i + 1));
		keys[i].key = vocab_str(w);
		keys[i].len = w->len;
		for (j = 0; r->t->tz.nmax > 1 && j < w->len; j++)
			ok &= (unsigned char)keys[i].key[j] >= 0x20;
	}
	if (ok)
		rank_strings(keys, n, &r->wrank, &r->wid);
	free(keys);
	r->wbits = bits_of(n);
	return ok;
}

/* Ranks the groups by "name<TAB>"; false if a name holds a tab. */
static bool
rank_groups(struct ranked *r)
{
	struct terms	*t = r->t;
	struct exrow	*keys = xcalloc(t->ngt + 1, sizeof(*keys));
	struct buf	 names;
	size_t		 i, *off = xcalloc(t->ngt + 1, sizeof(*off));
	bool		 ok = true;

	buf_init(&names);
	for (i = 0; i < t->ngt; i++) {
		ok &= memchr(t->gt[i].name, '\t', t->gt[i].len) == NULL;
		off[i] = names.len;
		buf_add(&names, t->gt[i].name, t->gt[i].len);
		buf_addc(&names, '\t');
	}
	for (i = 0; i < t->ngt; i++) {
		keys[i].key = names.data + off[i];
		keys[i].len = t->gt[i].len + 1;
	}
	if (ok)
		rank_strings(keys, t->ngt, &r->grank, &r->gidx);
	free(off);
	free(keys);
	buf_release(&names);
	return ok;
}

/* The key of group index g and words ids[0..n) (0 ends them early). */
static u128
pack(const struct ranked *r, uint32_t g, const uint32_t *ids, size_t n)
{
	u128	 k = r->grank != NULL ? r->grank[g + 1] - 1 : 0;
	size_t	 i;
	bool	 end = false;

	for (i = 0; i < (size_t)r->t->tz.nmax; i++) {
		end |= i >= n || ids[i] == 0;
		k = (k << r->wbits) | (end ? 0 : r->wrank[ids[i]]);
	}
	return k;
}

static void
add(struct ranked *r, u128 key, int64_t count, int64_t docs)
{
	struct srow	*s = &r->rows[r->n++];

	s->key = key;
	s->counts[0] = count;
	s->counts[1] = docs;
}

/* Every row counted by id and, when totals, the totals rows, as srows. */
static void
collect(struct ranked *r, bool totals)
{
	struct terms		*t = r->t;
	struct gram_counts	*c;
	const uint32_t		*key;
	size_t			 i, n = t->ngt, g = 0, pos = 0;
	uint32_t		 id;

	terms_grams_fold(t);
	n += terms_gram_rows(t);
	for (i = 1; i < t->uccap; i++)
		n += t->uc[i].count > 0;
	r->rows = xcalloc(n + 1, sizeof(*r->rows));
	for (i = 0; totals && i < t->ngt; i++)
		add(r, pack(r, (uint32_t)i, &r->total, 1), t->gt[i].tokens,
		    t->gt[i].records);
	for (i = 1; i < t->uccap; i++) {
		if (t->uc[i].count == 0)
			continue;
		id = (uint32_t)i;
		add(r, pack(r, 0, &id, 1), t->uc[i].count, t->uc[i].docs);
	}
	while (terms_grams_next(t, &g, &pos, &key, &c))
		add(r, pack(r, t->off ? key[0] : 0, key + t->off, g), c->count,
		    c->docs);
}

/* LSD radix sort on the key's low bits, 11 at a time (keys unique). */
#define DIGIT	11

static void
srow_sort(struct srow *a, size_t n, unsigned bits)
{
	struct srow	*tmp = xcalloc(n + 1, sizeof(*tmp)), *src = a, *dst = tmp,
			*sw;
	size_t		 count[1 << DIGIT], i, d, sum;
	unsigned	 shift;

	for (shift = 0; shift < bits; shift += DIGIT) {
		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			count[(size_t)(src[i].key >> shift) & ((1 << DIGIT) - 1)]++;
		for (d = 0, sum = 0; d < (1 << DIGIT); d++) {
			i = count[d];
			count[d] = sum;
			sum += i;
		}
		for (i = 0; i < n; i++)
			dst[count[(size_t)(src[i].key >> shift) &
			    ((1 << DIGIT) - 1)]++] = src[i];
		sw = src;
		src = dst;
		dst = sw;
	}
	if (src != a)
		memcpy(a, src, n * sizeof(*a));
	free(tmp);
}

/* The string of s's key, added to b. */
static void
srow_key(const struct ranked *r, const struct srow *s, struct buf *b)
{
	struct terms		*t = r->t;
	const struct vword	*w;
	size_t			 i, nmax = (size_t)t->tz.nmax;
	uint32_t		 rk, mask = (uint32_t)((1ULL << r->wbits) - 1);

	if (t->by != NULL) {
		/* No bits of its own for one group: the words have them all. */
		i = nmax * r->wbits < 128 ?
		    (size_t)(s->key >> (nmax * r->wbits)) : 0;
		i = r->gidx[i + 1] - 1;
		buf_add(b, t->gt[i].name, t->gt[i].len);
		buf_addc(b, '\t');
	}
	for (i = 0; i < nmax; i++) {
		rk = (uint32_t)(s->key >> ((nmax - 1 - i) * r->wbits)) & mask;
		if (rk == 0)
			break;
		w = vocab_get(t->tz.vocab, r->wid[rk]);
		if (i > 0)
			buf_addc(b, ' ');
		buf_add(b, vocab_str(w), w->len);
	}
}

/* The next row for the run, its key made in t->key. */
static int
next(struct exrow *row, void *arg)
{
	struct ranked		*r = arg;
	struct terms		*t = r->t;
	const struct srow	*s;

	if (r->i == r->n)
		return 0;
	s = &r->rows[r->i++];
	buf_reset(&t->key);
	srow_key(r, s, &t->key);
	row->key = t->key.data;
	row->len = t->key.len;
	row->counts = s->counts;
	return 1;
}

static void
ranked_release(struct ranked *r)
{
	free(r->wrank);
	free(r->wid);
	free(r->grank);
	free(r->gidx);
	free(r->rows);
}

/*
 * The rows counted by id (and the totals rows, when totals) in r->rows,
 * sorted by key; the id tables freed. 1 when ranks cannot give the
 * order: nothing done but the word TABLE_TOTAL interned.
 */
static int
ranked_sort(struct ranked *r, struct terms *t, bool totals)
{
	r->t = t;
	if (t->tz.vocab == NULL)
		t->tz.vocab = vocab_new();
	if (!rank_words(r) || (t->by != NULL && !rank_groups(r)))
		return 1;
	r->bits = (t->by != NULL ? bits_of(t->ngt - 1) : 0) +
	    (unsigned)t->tz.nmax * r->wbits;
	if (r->bits > 128)
		return 1;
	collect(r, totals);
	/* The counts are copied: the id tables can go before the sort. */
	terms_grams_free(t);
	free(t->uc);
	t->uc = NULL;
	t->uccap = 0;
	srow_sort(r->rows, r->n, r->bits);
	return 0;
}

int
terms_spill_ranked(struct terms *t)
{
	struct ranked	 r = { 0 };
	int		 rc;

	if ((rc = ranked_sort(&r, t, true)) == 0)
		rc = spill_each(t->spill, next, &r);
	ranked_release(&r);
	return rc;
}

/*
 * The keys are made in sorted order, into one buffer; the rows point
 * into it once it has stopped moving.
 */
int
terms_write_ranked(struct terms *t, const struct table_out *o,
    struct run *run)
{
	struct ranked	 r = { 0 };
	struct trow	*rows;
	struct buf	 keys;
	size_t		 i, at;

	if (ranked_sort(&r, t, false) != 0) {
		ranked_release(&r);
		return 1;
	}
	buf_init(&keys);
	rows = xcalloc(r.n + 1, sizeof(*rows));
	for (i = 0, at = 0; i < r.n; i++, at = keys.len) {
		srow_key(&r, &r.rows[i], &keys);
		rows[i].len = keys.len - at;
		rows[i].counts = r.rows[i].counts;
	}
	for (i = 0, at = 0; i < r.n; at += rows[i++].len)
		rows[i].key = keys.data + at;
	/* The words are in keys now. */
	termize_drop_vocab(&t->tz);
	table_write_ordered(t->table, rows, r.n, o, run->out, run);
	buf_release(&keys);
	ranked_release(&r);
	return 0;
}
