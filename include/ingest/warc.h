/* SPDX-License-Identifier: MIT */
/*
 * Web archives: WARC 1.0 and 1.1 (also the 0.17/0.18 drafts, which use
 * the same named fields) and the legacy ARC format (version 1 and 2
 * header lines), plain or gzip-compressed, one gzip member per record or
 * the whole file as one stream. Our own reader over zlib: libarchive's
 * drops the host of the target URI.
 *
 * warc_next hands out one record at a time; its strings live in the arena
 * given and its block points into the reader's buffer, valid until the
 * next call. Errors (a truncated record, a corrupt gzip member, a header
 * that is not WARC) are returned with the byte offset where they were
 * found; calling warc_next again resumes at the next record.
 */
#ifndef NF_INGEST_WARC_H
#define NF_INGEST_WARC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct arena;
struct doc;
struct ingest;
struct warc;

struct warc_record {
	const char		*version;	/* "WARC/1.0", "ARC" */
	const char		*type;		/* WARC-Type, lowercase;
						   ARC: "response"/"warcinfo" */
	const char		*target_uri;	/* WARC-Target-URI, no <> */
	const char		*date;		/* WARC-Date as written */
	const char		*content_type;	/* of the block */
	const unsigned char	*block;
	size_t			 block_len;
	long long		 offset;	/* record start: the gzip
						   member's offset in the
						   file, else the byte offset */
};

/*
 * A reader over fp (not closed by warc_free). Records whose block is
 * larger than limit bytes are skipped with an error.
 */
struct warc	*warc_new(FILE *fp, size_t limit);
void		 warc_free(struct warc *);

/*
 * Reads the next record into r. Returns 1, 0 at the end, or -1 with *err
 * (static) and *err_offset set; call again to go on after an error.
 */
int	warc_next(struct warc *, struct warc_record *r, struct arena *,
	    const char **err, long long *err_offset);

/* Number of bytes of fp read so far (compressed bytes for gzip). */
long long warc_bytes_read(const struct warc *);

/*
 * True when p (the first bytes of a file, possibly gzip-compressed)
 * starts a WARC or ARC file.
 */
bool	warc_sniff(const unsigned char *p, size_t len);

/*
 * Ingests every record of a web archive: responses, resources and
 * conversions holding HTML or feeds become documents passed to
 * ingest_doc; other record types, non-2xx responses and other media
 * types are counted. path names the file in diagnostics. Returns the
 * number of records emitted; errors are reported and counted.
 */
int	warc_ingest(struct ingest *, const char *path, FILE *fp);

/* Same for an archive already in memory (an archive member...). */
int	warc_ingest_doc(struct ingest *, const struct doc *);

#endif
