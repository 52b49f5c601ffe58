/* SPDX-License-Identifier: MIT */
/*
 * terms, the two longest n-gram sizes in one table (include/cmd/terms.h):
 * with --ngram 1-3, every trigram lookup also counts the bigram it starts
 * with (stats/gramtab.h, gramtab_new_paired), so the bigrams need no
 * table of their own while counting: a lookup per position instead of
 * two, each a likely cache miss. A bigram is counted at the entry of the
 * trigram that continues it, or, where no counted trigram does (the
 * sentence ends, a stop word follows), at the key with a last id of 0;
 * before the tables are read, terms_grams_fold sums each bigram's
 * entries into the bigram table, which then holds what it would have
 * counted itself.
 *
 * A bigram's docs cannot come from the stamps of the entries it is
 * spread over: a small set of the lower n-grams seen in the current
 * record (struct lower_seen, in the caches) says which occurrence is
 * the record's first.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd/terms.h"
#include "core/xmalloc.h"
#include "stats/gramtab.h"

void
terms_pair_init(struct terms *t)
{
	int	 top = t->tz.nmax, lower = top - 1;

	/* The lower size in a table of its own (unigrams in t->uc: not). */
	t->pair = 0;
	if (top >= 2 && t->tz.nmin <= lower && (lower > 1 || !t->uni))
		t->pair = (size_t)top;
}

void
terms_pair_release(struct terms *t)
{
	free(t->bflags);
	free(t->seen.slot);
	free(t->seen.used);
	t->bflags = NULL;
	t->bfcap = 0;
	memset(&t->seen, 0, sizeof(t->seen));
}

void
terms_grams_fold(struct terms *t)
{
	if (t->pair != 0 && t->grams[t->pair] != NULL)
		gramtab_fold_lower(t->grams[t->pair], t->grams[t->pair - 1]);
}

/*
 * The set's hot parts take the width (the words of a lower n-gram)
 * constant: terms_batch_pairs has a copy per width, its compares and
 * hashes unrolled.
 */
#define HOT	static inline __attribute__((always_inline))

HOT uint64_t
seen_hash(const uint32_t *ids, size_t w)
{
	uint64_t	 h = 0;
	size_t		 i;

	for (i = 0; i < w; i++)
		h = (h ^ ids[i]) * 0x9E3779B97F4A7C15ULL;
	return h >> 32;
}

HOT bool
same_ids(const uint32_t *a, const uint32_t *b, size_t w)
{
	size_t	 i;

	for (i = 0; i < w; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

/*
 * Whether ids (w words) are new to the record; then they are added. A
 * slot is free when its first word is 0, which no word's id is.
 */
HOT bool
seen_first(struct lower_seen *s, const uint32_t *ids, size_t w)
{
	size_t		 i, j = seen_hash(ids, w) & s->mask;
	uint32_t	*p;

	for (;; j = (j + 1) & s->mask) {
		p = s->slot + j * w;
		if (p[0] == 0)
			break;
		if (same_ids(p, ids, w))
			return false;
	}
	for (i = 0; i < w; i++)
		p[i] = ids[i];
	s->used[s->n++] = (uint32_t)j;
	return true;
}

/*
 * A new record empties the set (the slots it took), and the set has room
 * for more lower n-grams at half load at most: grown, it takes the
 * record's so far again.
 */
static void
seen_reserve(struct lower_seen *s, size_t w, int64_t doc, size_t more)
{
	struct lower_seen	 old;
	size_t			 i, cap = s->slot != NULL ? s->mask + 1 : 0;

	/* A slot's first word says it is free: the rest is overwritten. */
	if (s->slot != NULL && s->doc != doc) {
		for (i = 0; i < s->n; i++)
			s->slot[(size_t)s->used[i] * w] = 0;
		s->n = 0;
	}
	s->doc = doc;
	if (s->slot != NULL && (s->n + more) * 2 <= cap)
		return;
	/* Only this record's n-grams go into the new array. */
	old = *s;
	for (cap = cap ? cap : 1024; (s->n + more) * 2 > cap; cap *= 2)
		;
	s->slot = xcalloc(cap, w * sizeof(*s->slot));
	s->used = xcalloc(cap / 2, sizeof(*s->used));
	s->mask = cap - 1;
	s->n = 0;
	for (i = 0; i < old.n; i++)
		(void)seen_first(s, old.slot + (size_t)old.used[i] * w, w);
	free(old.slot);
	free(old.used);
}

/* terms_batch_pairs for lower n-grams of low words. */
HOT void
batch_pairs(struct terms *t, const struct gram_id *g, size_t len, size_t low)
{
	size_t		 top = low + 1, i, j;
	uint32_t	*k = t->batch[top] + t->bn[top] * (t->off + top);
	uint8_t		*f = t->bflags + t->bn[top];
	uint32_t	 ids[NGRAM_MAX];
	bool		 lo, up, next;

	seen_reserve(&t->seen, low, t->doc, len);
	for (i = 0; i + low <= len; i++) {
		if (g[i].stop)
			continue;
		/* As batch_grams has them: sentence numbers never go down. */
		lo = !g[i + low - 1].stop &&
		    g[i + low - 1].sentence == g[i].sentence;
		next = i + top <= len && g[i + top - 1].sentence ==
		    g[i].sentence;
		up = next && !g[i + top - 1].stop;
		if (!lo && !up)
			continue;
		if (t->off)
			*k++ = t->gid;
		for (j = 0; j < low; j++)
			*k++ = ids[j] = g[i + j].id;
		*k++ = up ? g[i + top - 1].id : 0;
		*f++ = (up ? GRAM_PAIR_UPPER : 0) | (lo ? GRAM_PAIR_LOWER : 0) |
		    (lo && seen_first(&t->seen, ids, low) ? GRAM_PAIR_FIRST :
		    0);
	}
	t->bn[top] = (size_t)(f - t->bflags);
}

void
terms_batch_pairs(struct terms *t, const struct gram_id *g, size_t len)
{
	_Static_assert(NGRAM_MAX == 5, "a case per lower size");
	switch (t->pair - 1) {
	case 1:
		batch_pairs(t, g, len, 1);
		break;
	case 2:
		batch_pairs(t, g, len, 2);
		break;
	case 3:
		batch_pairs(t, g, len, 3);
		break;
	default:
		batch_pairs(t, g, len, 4);
		break;
	}
}
