/* SPDX-License-Identifier: MIT */
/*
 * n-grams of 1 to 5 tokens that never cross a sentence boundary, their
 * words joined by one space. Stop words never stand alone and never begin
 * or end an n-gram, but may sit inside one ("war on terror").
 */
#ifndef NF_TEXT_NGRAM_H
#define NF_TEXT_NGRAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct buf;

#define NGRAM_MAX	5

/* A token as n-grams see it: its term (folded, maybe stemmed). */
struct gram_tok {
	const char	*s;		/* borrowed */
	size_t		 len;
	unsigned	 sentence;
	bool		 stop;
};

/* The same by id (text/vocab.h), for counting by id tuples. */
struct gram_id {
	uint32_t	 id;
	unsigned	 sentence;
	bool		 stop;
};

typedef void	(*ngram_fn)(const char *gram, size_t len, void *arg);
typedef void	(*ngram_id_fn)(const uint32_t *ids, size_t n, void *arg);

/*
 * Calls fn once per n-gram of v[0..n) with nmin <= size <= nmax, in text
 * order, shorter first at each position. A unigram is v[i].s itself
 * (stable as long as it is); longer grams are joined in scratch, valid
 * during the call only.
 */
void	ngram_each(const struct gram_tok *v, size_t n, int nmin, int nmax,
	    struct buf *scratch, ngram_fn fn, void *arg);

/*
 * The same n-grams as ngram_each, as the ids of their n words (borrowed,
 * valid during the call). Inline: with fn known where it is called, the
 * compiler can inline fn too, which saves a call per n-gram.
 */
static inline void
ngram_each_id(const struct gram_id *v, size_t n, int nmin, int nmax,
    ngram_id_fn fn, void *arg)
{
	uint32_t	 ids[NGRAM_MAX];
	size_t		 i, j, end;

	for (i = 0; i < n; i++) {
		if (v[i].stop)
			continue;
		ids[0] = v[i].id;
		if (nmin == 1)
			fn(ids, 1, arg);
		end = i + (size_t)nmax < n ? i + (size_t)nmax : n;
		for (j = i + 1; j < end; j++) {
			if (v[j].sentence != v[i].sentence)
				break;
			ids[j - i] = v[j].id;
			if ((int)(j - i + 1) >= nmin && !v[j].stop)
				fn(ids, j - i + 1, arg);
		}
	}
}

/*
 * Parses "N" or "N-M" (1 <= N <= M <= NGRAM_MAX). Returns 0, or -1 with
 * *err set to a static reason.
 */
int	ngram_parse(const char *s, int *nmin, int *nmax, const char **err);

#endif
