/* SPDX-License-Identifier: MIT */
/*
 * Stop words: the built-in lists (corpora/stopwords/LANG.txt, compiled
 * into the binary for en, ru, uk, kk, de, fr) picked by a record's lang,
 * or one list from a file for every language. Words are folded like
 * tokens (text/token.h), so lookups take a token's norm as it is.
 * stopwords_new returns a set the caller frees with stopwords_free.
 */
#ifndef NF_TEXT_STOPWORDS_H
#define NF_TEXT_STOPWORDS_H

#include <stdbool.h>
#include <stddef.h>

struct stopwords;

/*
 * spec is "none" (or NULL), "auto" (the built-in list of each record's
 * language) or the path of a file with one word a line ('#' comments).
 * Returns NULL with *err (a static string) when the file cannot be read.
 */
struct stopwords	*stopwords_new(const char *spec, const char **err);
void			 stopwords_free(struct stopwords *);

/*
 * False when no word is a stop word for a text in lang (may be NULL):
 * stopwords_has would say no to every one.
 */
bool	stopwords_any(struct stopwords *, const char *lang);
/* True when norm is a stop word for a text in lang (may be NULL). */
bool	stopwords_has(struct stopwords *, const char *lang, const char *norm,
	    size_t len);

/* The built-in list of lang as '\n'-separated words, or NULL. */
const char	*stopwords_builtin(const char *lang);

#endif
