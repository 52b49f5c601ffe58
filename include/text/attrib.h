/* SPDX-License-Identifier: MIT */
/*
 * Attributions in an article: who is quoted or cited, by which cue, in
 * which sentence, with the quotation when the speech is direct. This is
 * the text model `sources` counts and `frames --voice` uses to tell an
 * outlet's own words from quoted ones (with text/quote.h for the spans).
 *
 * Found: direct quotes with a speaker before or after ("…," Peskov said;
 * X told reporters: "…"; «…», — заявил Песков), reported speech with a
 * cue verb, phrases introducing a source (according to X, по словам X,
 * как сообщает X, со ссылкой на X), and anonymous sourcing. Names are
 * normalized within the article (text/names.h; a later "Peskov" joins an
 * earlier "Dmitry Peskov"); pronoun speakers take the last named person,
 * or the name "unresolved". Everything lives in the arena given.
 */
#ifndef NF_TEXT_ATTRIB_H
#define NF_TEXT_ATTRIB_H

#include <stdbool.h>
#include <stddef.h>

#include "text/names.h"
#include "text/quote.h"

struct arena;
struct cues;

struct attrib {
	const char	*name;		/* "anonymous", "unresolved" possible */
	enum src_kind	 kind;
	const char	*cue;		/* the cue as written in the text */
	size_t		 sent_start, sent_end;	/* the sentence */
	bool		 direct;	/* a quotation goes with it */
	size_t		 q_start, q_end;	/* inside its marks */
};

struct attribs {
	struct attrib	*v;		/* in text order */
	size_t		 n;
	struct quotes	 quotes;	/* every quotation of the text */
};

void	attrib_find(const char *text, size_t len, const struct cues *,
	    struct arena *, struct attribs *out);

/*
 * Whose voice is byte off in? The direct attribution whose quotation
 * contains it, or NULL: then quote_at(&as->quotes, off) >= 0 means quoted
 * without a speaker found, and -1 the author's own words.
 */
const struct attrib *attrib_voice(const struct attribs *, size_t off);

#endif
