/* SPDX-License-Identifier: MIT */
/*
 * A token trie: the automaton lexicon matching walks (text/match.c).
 * Nodes are numbered from 0 (the root). An edge consumes one token: a
 * literal edge by the token's symbol (looked up once per token in a hash
 * of every literal the trie holds), a glob edge by a pattern with * and ?
 * (indexed by its literal prefix in a byte trie, so only globs sharing the
 * token's first bytes are tried), and a gap edge skips min..max tokens.
 * Each node carries a list of output values (entry numbers).
 *
 * The trie owns its memory; trie_free frees it. Lists are walked with
 * handles: *_first gives one (TRIE_NONE at the end), *_next the next.
 */
#ifndef NF_TEXT_TRIE_H
#define NF_TEXT_TRIE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define TRIE_NONE	UINT32_MAX
#define TRIE_ROOT	0u

struct trie;

struct trie	*trie_new(void);
void		 trie_free(struct trie *);	/* NULL is fine */

/* Building: each returns the child node, made when missing. */
uint32_t	trie_add_literal(struct trie *, uint32_t node, const char *s,
		    size_t len);
uint32_t	trie_add_glob(struct trie *, uint32_t node, const char *glob,
		    size_t len);
uint32_t	trie_add_gap(struct trie *, uint32_t node, unsigned min,
		    unsigned max);
/* Adds value to node's outputs (once: duplicates are dropped). */
void		trie_add_output(struct trie *, uint32_t node, uint32_t value);

/* Matching. The symbol of a token, or TRIE_NONE when no edge uses it. */
uint32_t	trie_symbol(const struct trie *, const char *s, size_t len);
/* The child by a literal edge with that symbol, or TRIE_NONE. */
uint32_t	trie_next(const struct trie *, uint32_t node, uint32_t sym);
/* Calls fn(ctx, child) for each glob edge of node matching s. */
void		trie_globs(const struct trie *, uint32_t node, const char *s,
		    size_t len, void (*fn)(void *, uint32_t), void *ctx);

uint32_t	trie_out_first(const struct trie *, uint32_t node);
uint32_t	trie_out_next(const struct trie *, uint32_t h);
uint32_t	trie_out_value(const struct trie *, uint32_t h);

uint32_t	trie_gap_first(const struct trie *, uint32_t node);
uint32_t	trie_gap_next(const struct trie *, uint32_t h);
/* The gap's bounds and the node after it. */
uint32_t	trie_gap_get(const struct trie *, uint32_t h, unsigned *min,
		    unsigned *max);

/* True when s (sn bytes) matches glob p (pn bytes): * any run, ? one
 * character (code point). */
bool		glob_match(const char *p, size_t pn, const char *s, size_t sn);

#endif
