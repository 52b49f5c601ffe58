/* SPDX-License-Identifier: MIT */
/*
 * The frame hits of one record, as frames, kwic and validate see them:
 * the title and the text are tokenized and matched separately (a phrase
 * never runs from the headline into the body), each hit keeps its field,
 * token indexes and byte span in the original string, so a later pass
 * (context for kwic, quotation spans for voice) can look at exactly what
 * was counted. Everything lives in the record's arena.
 */
#ifndef NF_TEXT_HITS_H
#define NF_TEXT_HITS_H

#include <stddef.h>

#include "text/match.h"
#include "text/token.h"

struct arena;
struct cues;
struct record;

enum hits_field {
	HITS_TITLE,
	HITS_TEXT,
	HITS_NFIELDS
};

struct field_hits {
	const char	*text;		/* the field's original string or "" */
	size_t		 len;
	struct tokens	 toks;
	struct match	*v;		/* sorted by frame, then position */
	size_t		 n;
	const char	**source;	/* after hits_voice, per hit: who is
					   quoted, or NULL (own words) */
};

struct doc_hits {
	struct field_hits	 f[HITS_NFIELDS];
	size_t			 words;	/* tokens in title and text */
};

/* Matches r's title and text (its summary when it has no text; absent
 * ones count as empty). */
void	hits_record(struct matcher *, const struct record *r, struct arena *,
	    struct doc_hits *out);

/*
 * Whose voice each hit is in: a hit inside a quotation that text/attrib
 * attributes to a source (the innermost, when nested) is that source's;
 * every other hit, in scare quotes or unattributed quotes too, and every
 * title hit is the outlet's own. Fills f[].source.
 */
void	hits_voice(struct doc_hits *, const struct cues *, struct arena *);

/* Adds the number of hits of each frame to counts[frame]. */
void	hits_count(const struct doc_hits *, long *counts);

#endif
