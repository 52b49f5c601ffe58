/* SPDX-License-Identifier: MIT */
/*
 * The attribution lexicon: cue verbs, source-introducing phrases,
 * anonymous-sourcing phrases, pronouns, role and title words, media and
 * organisation markers, per language, from data files
 * (corpora/cues/LANG.txt compiled in, plus --cues FILE). Entries are
 * word sequences, matched case-insensitively on whole words. Also the
 * case folding all of text/attrib uses (Latin, Latin-1 and Cyrillic).
 * cues_new returns a lexicon the caller frees with cues_free; entries and
 * strings belong to it.
 */
#ifndef NF_TEXT_CUE_H
#define NF_TEXT_CUE_H

#include <stdbool.h>
#include <stddef.h>

struct arena;

enum cue_kind {
	CUE_SAY,	/* speech verb: speaker before or after */
	CUE_PREP,	/* "according to" X */
	CUE_ANON,	/* anonymous sourcing */
	CUE_PRON,	/* pronoun speaker */
	CUE_ROLE,	/* title or role word */
	CUE_MEDIA,	/* media marker or outlet name */
	CUE_ORG,	/* organisation marker */
	CUE_STOP,	/* never starts a name */
	CUE_SKIP,	/* may stand between speaker and verb */
	CUE_NKINDS
};

#define CUE_LEFT	0x01	/* say: the speaker only before the verb */
#define CUE_GEN		0x02	/* prep: the source is in the genitive */
#define CUE_ACC		0x04	/* prep: ... the accusative */
#define CUE_MARKER	0x08	/* media: a generic word ("channel"), not a name */

struct cue {
	enum cue_kind	  kind;
	int		  flags;
	size_t		  n;		/* words */
	const char	**w;		/* folded words */
	const char	 *text;		/* the phrase as written in the file */
};

struct cues;

/* The compiled-in lists of every language. */
struct cues	*cues_new(void);
/*
 * A copy for another thread: it shares the word entries (the original
 * must outlive it) and has its own compiled regular expressions.
 */
struct cues	*cues_dup(const struct cues *);
void		 cues_free(struct cues *);	/* NULL is fine */
/* Adds the entries of a file; returns 0, or -1 after reporting. */
int		 cues_load(struct cues *, const char *path);

/*
 * The longest entry whose kind is in mask (1 << kind bits) matching the
 * folded words w[0..n) at their start, or NULL.
 */
const struct cue *cues_match(const struct cues *, const char *const *w,
		    size_t n, unsigned mask);
/* True when the one folded word is an entry of that kind. */
bool		 cues_is(const struct cues *, const char *w, enum cue_kind);

/*
 * Entries of kind say, prep or anon written /REGEX/ are regular
 * expressions (PCRE2, case-insensitive) matched on the text: the words
 * a match covers are the cue. cues_nrx counts them; cues_rx_find finds
 * the first match of entry i at or after byte from of s[0..len), sets
 * [*start, *end) and returns its entry, or NULL.
 */
size_t		 cues_nrx(const struct cues *);
const struct cue *cues_rx_find(const struct cues *, size_t i, const char *s,
		    size_t len, size_t from, size_t *start, size_t *end);

/* Case-folds len bytes of UTF-8 into a (NUL-terminated); ё reads е. */
char		*cue_fold(const char *s, size_t len, struct arena *a);

#endif
