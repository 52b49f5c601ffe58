/* SPDX-License-Identifier: MIT */
/*
 * From a record's text to the terms analyzers count: tokens (token.h),
 * stop words dropped by language (stopwords.h), words stemmed when asked
 * (stem.h), n-grams within sentences (ngram.h). Embedded: termize_init,
 * then termize_text per text, termize_release.
 */
#ifndef NF_TEXT_TERMIZE_H
#define NF_TEXT_TERMIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "text/ngram.h"
#include "text/token.h"

struct arena;
struct vocab;

#define TERMIZE_LANGS	32	/* languages whose stop-word status and
				   stems are cached per word */

struct termize {
	struct stopwords	*sw;
	struct stem		*stem;
	int			 nmin, nmax;
	struct buf		 gram;
	struct vocab		*vocab;		/* terms by id: termize_ids */
	char			*langs[TERMIZE_LANGS];	/* slot names */
	int			 nlangs;
	/* Per language slot, by word id: 0 not looked up, 1 no, 2 a stop
	   word; stopcap ids each. */
	uint8_t			*stopc[TERMIZE_LANGS];
	size_t			 stopcap[TERMIZE_LANGS];
	uint32_t		*uids;		/* termize_unigrams' ids */
	size_t			 uidcap;
};

/*
 * stopwords: "none", "auto" or a FILE; ngram: "N" or "N-M" (NULL: 1).
 * Returns 0, or -1 with *opt naming the bad option and *err the reason.
 */
int	termize_init(struct termize *, const char *stopwords, bool stem,
	    const char *ngram, const char **opt, const char **err);
void	termize_release(struct termize *);
/*
 * Frees tz->vocab (NULL after) and forgets what was cached by its ids,
 * so a new vocabulary starts clean: terms spilling to disk and finishing.
 */
void	termize_drop_vocab(struct termize *);

/*
 * Calls fn for every term of text in lang, in text order; tk (may be
 * NULL) receives the tokens, g (may be NULL) the terms per token as
 * n-grams see them. Everything is allocated in a.
 */
void	termize_text(struct termize *, const char *text, const char *lang,
	    struct arena *a, ngram_fn fn, void *arg, struct tokens *tk,
	    struct gram_tok **g);

/*
 * The same terms by id in tz->vocab (text/vocab.h), one per token, for
 * ngram_each_id: *out (in a) gets them, the result is their number (the
 * text's tokens). Stop-word status and stems are cached in the words, so
 * a word costs one vocabulary lookup. *space is set when a term holds a
 * space (n-grams of such terms may equal other n-grams as strings).
 */
size_t	termize_ids(struct termize *, const char *text, const char *lang,
	    struct arena *a, struct gram_id **out, bool *space);

/*
 * termize_ids for unigrams without stems (nmax 1, no stemmer), the text
 * read once: *ids gets the ids of the tokens that are not stop words, in
 * text order (*nids of them, in tz: valid until the next call), the
 * result is the text's tokens, stop words included. Plain words are
 * looked up as they are cut, with no token array (src/text/termize_uni.c);
 * the ids are those termize_ids gives. No *space: a unigram cannot
 * equal another as a string.
 */
size_t	termize_unigrams(struct termize *, const char *text, const char *lang,
	    struct arena *a, const uint32_t **ids, size_t *nids);

/*
 * termize_ids without stems (no stemmer), the text read once as
 * termize_unigrams reads it, sentence breaks seen on the way: the same
 * *out (in a), the same result and *space.
 */
size_t	termize_seq(struct termize *, const char *text, const char *lang,
	    struct arena *a, struct gram_id **out, bool *space);

#endif
