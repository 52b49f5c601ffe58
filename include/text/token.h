/* SPDX-License-Identifier: MIT */
/*
 * The tokenizer of the text core: UTF-8 text to normalized tokens (NFKC,
 * case-folded) with their byte spans in the original text and sentence
 * numbers. Every analyzer tokenizes through here, once per record.
 * Tokens and their strings live in the arena passed in; nothing is
 * malloc'ed per token and nothing needs freeing but the arena.
 *
 * Rules (man/newsframe-terms.1, TOKENS, says the same for users):
 * - a word is a run of letters, combining marks and digits of any script
 *   holding at least one letter; ' ’ ʼ and - ‐ ‑ between two such
 *   characters stay inside (don't, color-revolution, по-русски) and are
 *   normalized to ' and -; dotted single-letter runs stay together (U.S,
 *   т.е); French/Italian elisions split off (l'état: l' état); other
 *   punctuation, symbols and emoji are not tokens;
 * - a number is a run of digits with internal . or , between digits;
 * - Han ideographs are one token each; other scripts written without
 *   spaces (Thai, kana) give one token per run;
 * - http://, https://, ftp:// and www. URLs, e-mail addresses, @mentions
 *   and #hashtags are single tokens; URLs keep their path as written
 *   (only the scheme and host are lowercased);
 * - sentences end at ! ? … 。！？ and at . unless the . follows a known
 *   abbreviation (Mr, Dr, St, г, ул, ...), an initial or a dotted acronym,
 *   or the next word starts in lower case; a blank line (paragraph) always
 *   ends a sentence. Invalid UTF-8 bytes are skipped.
 */
#ifndef NF_TEXT_TOKEN_H
#define NF_TEXT_TOKEN_H

#include <stdbool.h>
#include <stddef.h>

struct arena;

enum tok_kind {
	TOK_WORD,	/* letters of any script, internal ' and - kept */
	TOK_NUMBER,	/* digits, with internal . , */
	TOK_URL,
	TOK_EMAIL,
	TOK_MENTION,	/* @name */
	TOK_HASHTAG,	/* #tag */
};

/* The bytes of a token's norm that can be read, whatever its length. */
#define TOK_NORM_READABLE	24

struct token {
	const char	*norm;		/* NFKC + case fold, NUL-terminated;
					   TOK_NORM_READABLE bytes readable */
	size_t		 norm_len;
	size_t		 start, end;	/* byte span in the original text */
	unsigned	 sentence;	/* 0-based sentence number */
	enum tok_kind	 kind;
	bool		 upper;		/* first letter was upper/title case */
};

struct tokens {
	struct token	*v;
	size_t		 n;
	unsigned	 sentences;	/* number of sentences (0 if n == 0) */
};

/* Tokenizes len bytes of text into out (arrays and strings in a). */
void	tok_text(const char *text, size_t len, struct arena *a,
	    struct tokens *out);

/*
 * tok_text by the general path alone. tok_text cuts plain words (ASCII
 * and Cyrillic letters, digits) by a fast path and gives the rest to the
 * general one; tests check that both give the same tokens.
 */
void	tok_text_general(const char *text, size_t len, struct arena *a,
	    struct tokens *out);
/*
 * tok_text with its fast path in plain C only (tok_text reads words by
 * SSE2 vectors where built with SSE2); tests check it gives the same.
 */
void	tok_text_portable(const char *text, size_t len, struct arena *a,
	    struct tokens *out);

/*
 * Normalizes len bytes the way word tokens are (NFKC, case fold, ’ to ',
 * ‐ to -). Returns a NUL-terminated string in a; *out_len (may be NULL)
 * gets its length. For lexicon entries and command-line terms.
 */
char	*tok_fold(const char *s, size_t len, struct arena *a,
	    size_t *out_len);

/* "word", "number", "url", "email", "mention", "hashtag". */
const char *tok_kind_name(enum tok_kind);

#endif
