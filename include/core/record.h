/* SPDX-License-Identifier: MIT */
/*
 * The corpus record: one article, one JSON Lines line (newsframe-corpus(5)).
 * Every string is NUL-terminated UTF-8 borrowed from the arena the record
 * was filled in; NULL means absent (never ""). record_parse fills a record
 * from a line; record_write appends its JSON line to a buffer.
 */
#ifndef NF_CORE_RECORD_H
#define NF_CORE_RECORD_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct buf;

struct record {
	const char	 *id;
	const char	 *url;
	const char	 *outlet;
	const char	 *domain;
	const char	 *via;
	const char	 *group;
	const char	 *title;
	const char	**authors;	/* n_authors names */
	size_t		  n_authors;
	const char	 *published;	/* RFC 3339 UTC or YYYY-MM-DD */
	const char	 *published_from; /* jsonld, meta, time, url, text,
					     script, feed */
	const char	 *fetched;	/* RFC 3339 UTC, from a crawl */
	const char	 *lang;
	const char	 *text;
	const char	 *summary;
	const char	**tags;
	size_t		  n_tags;
	const char	 *source_path;
	const char	 *source_format;
	long long	  source_offset;	/* -1: none */
};

/* Zeroes a record (all fields absent, source_offset -1). */
void	record_init(struct record *);

/*
 * Parses one JSON line into r, strings allocated in a. Returns 0, or -1 with
 * *err set to a static reason ("expected a JSON object", ...). Fields of the
 * wrong type are reported the same way; unknown fields are ignored.
 */
int	record_parse(struct record *r, struct arena *a, const char *line,
	    size_t len, const char **err);

/*
 * The same through the JSON tree (core/json_tree.h) alone. record_parse
 * reads plain lines itself and gives the rest to this; tests check that
 * both agree.
 */
int	record_parse_tree(struct record *r, struct arena *a,
	    const char *line, size_t len, const char **err);

/*
 * record_parse's fast path alone: true when it read the line itself
 * (the line is what newsframe writes); false, r half-filled, when the
 * line goes to the tree. For tests, which check that it takes what it
 * should.
 */
bool	record_scan(struct record *r, struct arena *a, const char *line,
	    size_t len);

/* Appends r as one JSON line ending in '\n'; absent fields are left out. */
void	record_write(const struct record *r, struct buf *out);

/*
 * The value of a field by name ("outlet", "lang", "source.path", ...), as a
 * string; arrays give their elements joined by ", ". NULL when absent or
 * unknown; *known (may be NULL) tells which.
 */
const char *record_field(const struct record *, const char *name,
	    struct arena *, bool *known);

/* True when name is a record field record_field knows. */
bool	record_field_known(const char *name);

/* Sets r->id from the URL, else from title and text (xxh64, 16 hex). */
void	record_set_id(struct record *r, struct arena *);

/* Number of words in the text (runs of letters or digits). */
size_t	record_word_count(const char *text);

#endif
