/* SPDX-License-Identifier: MIT */
/*
 * Quotations in running text: «…», „…“, “…”, "…", ‹…›, and ‘…’ inside
 * another quotation, nested to any depth. The marks pair by type, so a
 * „…“ inside «…» closes before the outer one; a quotation still open at a
 * paragraph break (a blank line) ends there, as multi-paragraph quotes
 * reopen on the next paragraph. Spans are byte offsets into the text.
 * quote_find fills an array in the arena given; nothing else allocates.
 */
#ifndef NF_TEXT_QUOTE_H
#define NF_TEXT_QUOTE_H

#include <stdbool.h>
#include <stddef.h>

struct arena;

struct quote {
	size_t		 start, end;	/* the marks included */
	size_t		 in_start, in_end;	/* inside the marks */
	unsigned	 depth;		/* 0: not inside another quote */
	bool		 closed;	/* false: ended at a paragraph break */
};

struct quotes {
	struct quote	*v;		/* by start */
	size_t		 n;
	size_t		*top;		/* indices of the depth-0 ones */
	size_t		 ntop;
};

void	quote_find(const char *text, size_t len, struct arena *a,
	    struct quotes *out);

/* The outermost quote containing byte off, or -1 (a binary search). */
long	quote_at(const struct quotes *, size_t off);

#endif
