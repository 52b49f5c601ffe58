/* SPDX-License-Identifier: MIT */
/*
 * Lexicon matching over the normalized token stream (text/token.h).
 * matcher_new compiles a lexicon: entry words are normalized by the same
 * tokenizer as the text (so case, NFKC forms, hyphens and punctuation
 * cannot hide a match), optionally stemmed, and every literal and glob
 * entry goes into one token trie, so the cost per token does not grow with
 * the number of entries. Regular-expression entries run once per text
 * through PCRE2 (JIT) on the normalized tokens joined by blanks.
 *
 * The matcher borrows the lexicon (it must outlive the matcher) and owns
 * the rest; matcher_free frees it.
 */
#ifndef NF_TEXT_MATCH_H
#define NF_TEXT_MATCH_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct lexicon;
struct tokens;
struct matcher;

#define MATCH_STEM	0x01	/* stem entry and text words (Snowball) */

/* One hit of a frame in a text. */
struct match {
	unsigned	 frame;		/* index in lexicon->frames */
	unsigned	 entry;		/* index in lexicon->entries */
	size_t		 first, last;	/* token indexes, inclusive */
	size_t		 start, end;	/* byte span in the original text */
};

/*
 * Compiles lx. Returns NULL after reporting every bad entry (an invalid
 * regular expression, a word that normalizes to nothing) at its file:line.
 */
struct matcher	*matcher_new(const struct lexicon *lx, int flags);
void		 matcher_free(struct matcher *);	/* NULL is fine */
/*
 * A matcher for another thread: it shares the compiled trie (read-only)
 * and has its own regex match data and stemmer. Free it with matcher_free
 * before the matcher it copies.
 */
struct matcher	*matcher_dup(const struct matcher *);

/*
 * Finds the hits of every frame in toks, the tokens of text (len bytes;
 * text may be NULL, then words broken by a hyphen at a line end are not
 * joined). lang is the record's language (NULL: unknown), for entries
 * restricted to languages. Exclusion entries cancel the hits of their
 * frame they overlap; overlapping hits of one frame count once (the
 * leftmost, then the longest). Hits never span two sentences. The hits
 * are sorted by frame, then position, in an array from a (*out).
 */
size_t	matcher_run(struct matcher *, const char *text, size_t len,
	    const struct tokens *toks, const char *lang, struct arena *a,
	    struct match **out);

#endif
