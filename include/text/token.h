/* SPDX-License-Identifier: MIT */
/*
 * The tokenizer of the text core: UTF-8 text to normalized tokens (NFKC,
 * case-folded) with their byte spans in the original text and sentence
 * numbers. Every analyzer tokenizes through here, once per record.
 * Tokens and their strings live in the arena passed in.
 */
#ifndef NF_TEXT_TOKEN_H
#define NF_TEXT_TOKEN_H

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

struct token {
	const char	*norm;		/* NFKC + case fold, NUL-terminated */
	size_t		 norm_len;
	size_t		 start, end;	/* byte span in the original text */
	unsigned	 sentence;	/* 0-based sentence number */
	enum tok_kind	 kind;
};

struct tokens {
	struct token	*v;
	size_t		 n;
};

/* Tokenizes len bytes of text into out (arrays and strings in a). */
void	tok_text(const char *text, size_t len, struct arena *a,
	    struct tokens *out);

#endif
