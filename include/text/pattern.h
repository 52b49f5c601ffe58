/* SPDX-License-Identifier: MIT */
/*
 * Regular expressions (PCRE2, UTF-8 with Unicode properties, JIT when the
 * CPU has it). The one module including PCRE2; no PCRE2 type leaves it.
 * pattern_new returns a pattern the caller frees with pattern_free; on
 * failure it returns NULL and sets *err to a message the caller frees with
 * free(3). A pattern keeps its own match data, so one pattern is used by
 * one thread at a time: give each worker its own pattern_dup.
 * Subjects may hold invalid UTF-8: such bytes simply never match.
 */
#ifndef NF_TEXT_PATTERN_H
#define NF_TEXT_PATTERN_H

#include <stdbool.h>
#include <stddef.h>

struct pattern;

#define PAT_ICASE	0x01	/* case-insensitive (Unicode case folding) */
#define PAT_LITERAL	0x02	/* the text is a literal string, no syntax */
#define PAT_WORD	0x04	/* match whole words only (\b...\b) */
#define PAT_WHOLE	0x08	/* match the whole subject only */

/* Compiles re; err receives "at offset N: reason" on failure. */
struct pattern	*pattern_new(const char *re, int flags, char **err);
/* An independent copy of p for another thread. */
struct pattern	*pattern_dup(const struct pattern *p);
/* NULL is fine. */
void		 pattern_free(struct pattern *);

/* True when p matches anywhere in s[0..len). */
bool	pattern_match(struct pattern *p, const char *s, size_t len);

/*
 * Finds the first match at or after byte offset from; returns true and sets
 * [*start, *end) to it, or returns false. To find all matches, call again
 * with from = *end (or *end + 1 after an empty match).
 */
bool	pattern_find(struct pattern *p, const char *s, size_t len,
	    size_t from, size_t *start, size_t *end);

/* The source text and flags the pattern was made from (borrowed). */
const char	*pattern_source(const struct pattern *);

#endif
