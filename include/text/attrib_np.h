/* SPDX-License-Identifier: MIT */
/*
 * Private to text/attrib.c and text/attrib_np.c: the state of one
 * article's analysis, a sentence's tokens, and the noun phrases that name
 * speakers. Not for other modules: they use text/attrib.h.
 */
#ifndef NF_TEXT_ATTRIB_NP_H
#define NF_TEXT_ATTRIB_NP_H

#include <stdbool.h>
#include <stddef.h>

#include "text/attrib.h"
#include "text/cue.h"

struct arena;
struct quotes;

#define MAXNP	8		/* speakers in one list */
enum ttype { T_WORD, T_PUNCT, T_QUOTE };

struct tok {
	size_t		 s, e;
	enum ttype	 t;
	const char	*f;		/* folded word */
	bool		 cap;
	long		 q;		/* T_QUOTE: quote index */
};

struct np {
	size_t		 a, b;		/* token range, inclusive */
	bool		 pron;
	bool		 in_pp;		/* after a preposition: "of X" */
	bool		 loc;		/* after в/во: "в Кремле заявили" */
};

struct actx {
	const char		*text;
	const struct cues	*cs;
	struct arena		*a;
	const struct quotes	*qs;
	size_t			 ss, se;	/* the sentence */
	size_t			 qi;		/* first quote not before it */
	struct tok		*t;
	size_t			 nt, tcap;
	size_t			*wi;		/* word tokens */
	const char		**fw;		/* their folded forms */
	size_t			 nw, wcap, fcap;
	long			 anon_a, anon_b;	/* anonymous phrase */
	struct attrib		*v;
	size_t			 n, cap;
	const char		**cand;		/* full names seen anywhere */
	size_t			 ncand, ccap;
	const char		*last_person, *last_any;
	enum src_kind		 last_person_kind, last_any_kind;
};

/* Cuts the sentence [x->ss, x->se) into x->t and its words into x->wi. */
void	attrib_tokenize(struct actx *);
/* A capitalized word that may be part of a name. */
bool	attrib_capword(const struct actx *, size_t i);
/*
 * The speakers before the cue at token ti, or after token i (loose: in
 * the "«…», — заявил X" position, where lowercase words may come first);
 * fill np and return how many (0: none).
 */
size_t	attrib_left(const struct actx *, size_t ti, struct np *np);
size_t	attrib_right(const struct actx *, size_t i, struct np *np,
	    bool loose);
/* True when the cue at ti follows a quotation: «…», — заявил; "…," said. */
bool	attrib_after_quote(const struct actx *, size_t ti);

#endif
