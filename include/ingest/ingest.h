/* SPDX-License-Identifier: MIT */
/*
 * The ingest pipeline seen from the inside: sources (files, directories,
 * archives, WARC) cut their input into documents (struct doc) and hand each
 * to ingest_doc, which sniffs the format, converts the charset, runs the
 * right extractor (HTML page, feed, JSON Lines) and passes each record it
 * yields to ingest_emit. ingest_emit completes the record (outlet map,
 * domain, id, NFC), applies the filters and writes it.
 *
 * Nothing is lost silently: every document ends in records, or in one
 * ingest_skip / ingest_fail call that prints one diagnostic and counts it
 * under a reason. Strings in docs and records are borrowed for the call.
 */
#ifndef NF_INGEST_INGEST_H
#define NF_INGEST_INGEST_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct record;
struct ingest;

/* One document: the bytes of one file, archive member, WARC record... */
struct doc {
	const char		*path;		/* "a.html", "d.tar.gz:x/b.html" */
	const unsigned char	*data;		/* raw bytes, decompressed */
	size_t			 len;
	const char		*format;	/* source.format when the source
						   knows it ("warc"); NULL:
						   the extractor's own */
	const char		*charset;	/* declared by the transport
						   (HTTP Content-Type) or NULL */
	const char		*content_type;	/* HTTP media type, or NULL */
	const char		*url;		/* known address (WARC target) */
	const char		*fetched;	/* RFC 3339 UTC, or NULL */
	long long		 offset;	/* byte offset in path, or -1 */
	struct arena		*arena;		/* per-document arena */
};

/* Initializes a doc: all absent, offset -1. */
void	doc_init(struct doc *, struct arena *);

/*
 * Sniffs the document and extracts records from it. Returns the number of
 * records emitted, or -1 when it was skipped (already reported and
 * counted).
 */
int	ingest_doc(struct ingest *, const struct doc *);

/*
 * Completes and writes one record taken from d: sets source, outlet and
 * group from the outlet map, domain, via, id; applies --lang, --since,
 * --until, --min-words (a filtered record is counted, not reported).
 * Returns 1 when written, 0 when filtered.
 *
 * An extractor that took the outlet from a credit line naming the
 * original ("(c) Outlet", "Source: Outlet") sets r->via to the page's URL,
 * or to "" when it does not know it, and r->domain when the line gave one:
 * ingest_emit then keeps that outlet (unless it is plainly the host's own
 * name, as in a copyright footer) and sets via to the host's domain.
 */
int	ingest_emit(struct ingest *, const struct doc *d, struct record *);

/*
 * Reports a document or input that was read but yielded nothing (a
 * warning, e.g. "no article text found") or could not be read (an error,
 * e.g. "truncated gzip stream"), and counts it under reason, a short
 * fixed phrase used as the key of the summary ("no-text", "truncated").
 */
void	ingest_skip(struct ingest *, const char *where, long long offset,
	    const char *reason, const char *fmt, ...)
	    __attribute__((format(printf, 5, 6)));
int	ingest_fail(struct ingest *, const char *where, long long offset,
	    const char *reason, const char *fmt, ...)
	    __attribute__((format(printf, 5, 6)));

/* Counts something that is not a document (a WARC request record...). */
void	ingest_count(struct ingest *, const char *what);

/*
 * For a document made of parts that each end in a record or in one
 * ingest_skip/ingest_fail (the lines of a JSON Lines file):
 * ingest_container makes the current document count by its parts, not
 * as one input, and ingest_part counts a part about to be emitted. Then
 * inputs read = records emitted + skipped + filtered holds for it too.
 */
void	ingest_container(struct ingest *);
void	ingest_part(struct ingest *);

/* Options a source or extractor needs to see. */
size_t	ingest_max_doc_bytes(const struct ingest *);

/*
 * Running an ingest (src/cmd/ingest.c does this): settings from the
 * command line, then ingest_path for each operand, ingest_finish for the
 * summary line, ingest_free. Strings in the config are borrowed for the
 * life of the struct ingest.
 */
struct run;
struct jsonl_map;

struct ingest_config {
	const char	*outlet_map;	/* --outlet-map FILE, or NULL */
	const struct jsonl_map *jsonl_map; /* --map, or NULL */
	const char	*report_errors;	/* --report-errors FILE, or NULL */
	const char	**langs;	/* --lang, ISO 639-1 codes */
	size_t		 n_langs;
	const char	*since;		/* --since, normalized, or NULL */
	const char	*until;		/* --until, normalized, or NULL */
	long		 min_words;	/* --min-words, 0: no filter */
	size_t		 max_doc_bytes;	/* --max-doc-bytes */
	int		 max_depth;	/* --max-depth */
	double		 max_doc_seconds; /* --max-doc-seconds, 0: none */
	long		 total_inputs;	/* known number of inputs, or 0 */
	int		 jobs;		/* -j: worker threads (0, 1: none) */
	bool		 strict;	/* --strict: stop at the first error */
	bool		 progress;	/* show a progress line on stderr */
};

#define INGEST_MAX_DOC_BYTES	((size_t)64 << 20)
#define INGEST_MAX_DEPTH	256
#define INGEST_MAX_DOC_SECONDS	30.0

/*
 * Opens the outlet map and the error report. Returns NULL after reporting
 * (a bad outlet map is a usage error: *usage is set). The caller frees
 * with ingest_free.
 */
struct ingest	*ingest_new(const struct ingest_config *, struct run *,
		    bool *usage);
void		 ingest_free(struct ingest *);	/* NULL is fine */

/* One operand: a file, a directory (walked), or "-" for stdin. */
void	ingest_path(struct ingest *, const char *path);
/* Every path listed in FILE ("-": stdin), one per line. */
void	ingest_list(struct ingest *, const char *list);
/* Prints the summary line (unless quiet) and closes the error report. */
void	ingest_finish(struct ingest *, bool quiet);
/* True once --strict met an error: callers stop reading. */
bool	ingest_stopped(const struct ingest *);
/* --max-depth, for parsers that nest. */
int	ingest_max_depth(const struct ingest *);
/*
 * The current document's deadline (CLOCK_MONOTONIC seconds; 0: none):
 * when ingest_doc took it up plus --max-doc-seconds. Parsers stop past
 * it and the handler reports the document as too slow.
 */
double	ingest_deadline(const struct ingest *);
/* The run the records go to (its output buffer, shard selection). */
struct run *ingest_run(struct ingest *);

#endif
