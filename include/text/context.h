/* SPDX-License-Identifier: MIT */
/*
 * Keyword-in-context: the words around a hit, cut from the original text
 * (not the normalized tokens), with every run of blanks, tabs and line
 * breaks made one blank so a context is one TSV cell. Strings are
 * allocated in the arena given.
 */
#ifndef NF_TEXT_CONTEXT_H
#define NF_TEXT_CONTEXT_H

#include <stddef.h>

struct arena;
struct tokens;

struct context {
	const char	*left;
	const char	*match;
	const char	*right;
};

/*
 * The context of tokens first..last of toks (tokens of text, len bytes):
 * width tokens on each side, or, when chars > 0, chars characters.
 */
void	context_get(const char *text, size_t len, const struct tokens *toks,
	    size_t first, size_t last, int width, int chars, struct arena *a,
	    struct context *out);

/* s (len bytes) with blank runs made one blank, trimmed, in a. */
char	*context_clean(const char *s, size_t len, struct arena *a);

#endif
