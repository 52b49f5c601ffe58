/* SPDX-License-Identifier: MIT */
/*
 * Framing lexicons: named frames, each with entries (token patterns or
 * regular expressions) that count as a use of the frame. The native
 * format is described in newsframe-lexicon(5); lexicon_load also reads
 * quanteda YAML, LIWC .dic and Lexicoder .lc3 files (text/lexicon_import.h).
 * Parsing checks the syntax only; the words of entries are kept as written
 * and normalized when a matcher is compiled (text/match.h).
 *
 * A lexicon owns all its strings and arrays (one arena); lexicon_free
 * frees it. Errors are reported as "file:line: reason" through nf_error.
 */
#ifndef NF_TEXT_LEXICON_H
#define NF_TEXT_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

/* One token slot of a pattern entry. */
struct lex_item {
	const char	*word;		/* as written; NULL for a gap */
	unsigned	 gap_min;	/* a gap: gap_min..gap_max tokens */
	unsigned	 gap_max;
	bool		 optional;	/* [word]: may be absent */
	bool		 glob;		/* word holds * or ? */
};

struct lex_entry {
	const char	*text;		/* the pattern as written */
	const char	*file;
	unsigned	 line;
	unsigned	 frame;		/* index in lexicon->frames */
	bool		 exclude;	/* !pattern: cancels overlapping hits */
	const char	*regex;		/* re:PATTERN entries; NULL otherwise */
	struct lex_item	*items;		/* pattern entries */
	size_t		 n_items;
	const char	**langs;	/* @xx restrictions; none: any language */
	size_t		 n_langs;
};

struct lex_frame {
	const char	*name;		/* e.g. "foreign-interference", "a.b" */
	const char	*definition;	/* one line, or NULL */
	const char	*file;
	unsigned	 line;
	size_t		 n_entries;	/* positive entries */
};

struct lexicon {
	struct lex_frame	*frames;
	size_t			 n_frames;
	struct lex_entry	*entries;
	size_t			 n_entries;
	struct lexicon_store	*store;	/* private: arena and capacities */
};

/* An empty lexicon; free with lexicon_free (NULL is fine). */
struct lexicon	*lexicon_new(void);
void		 lexicon_free(struct lexicon *);

/*
 * Reads a lexicon file into lx, choosing the format by extension: .yml and
 * .yaml (quanteda), .dic (LIWC), .lc3 (Lexicoder), anything else native.
 * Reports every error found as "path:line: reason"; returns 0, or -1 when
 * there was at least one (then lx must not be used for matching).
 */
int	lexicon_load(struct lexicon *lx, const char *path);

/* Parses native-format text (name is used in messages). 0 or -1. */
int	lexicon_parse(struct lexicon *lx, const char *name, const char *data,
	    size_t len);

/*
 * Adds a frame; returns its index, or -1 after reporting a duplicate or an
 * invalid name at file:line. definition may be NULL.
 */
int	lexicon_add_frame(struct lexicon *lx, const char *name,
	    const char *definition, const char *file, unsigned line);

/*
 * Parses one entry line (without comments) for frame: [!]PATTERN [@xx...]
 * where PATTERN is re:REGEX or tokens (words, globs, [N-M] gaps, [word]
 * optional tokens). Returns 0, or -1 after reporting at file:line. With
 * plain set, the text is a bare pattern (words and globs only; no !, re:
 * or @xx), as imported formats and kwic operands are.
 */
int	lexicon_add_entry(struct lexicon *lx, unsigned frame, const char *text,
	    const char *file, unsigned line, bool plain);

/* Index of the frame named name, or -1. */
int	lexicon_frame_index(const struct lexicon *, const char *name);

/* True when entry e applies to a record in language lang (NULL: unknown). */
bool	lexicon_entry_lang_ok(const struct lex_entry *e, const char *lang);

#endif
