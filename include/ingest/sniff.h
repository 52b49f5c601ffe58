/* SPDX-License-Identifier: MIT */
/*
 * What a document is, from its first bytes (never from its name), and who
 * handles it. sniff_format names the format; sniff_handler finds its entry
 * in the dispatch table in src/ingest/sniff.c.
 *
 * Adding a format handler is one line in that table: replace the NULL
 * next to the format's name with a function of type doc_handler, e.g.
 *	{ "rss",	feed_doc,	SNIFF_RAW },
 * and include its header. A handler gets the document as read (gzip
 * already removed); with SNIFF_UTF8 it gets the text converted to UTF-8
 * instead (charset.h). It emits records through ingest_emit and returns
 * their number, or reports with ingest_skip / ingest_fail and returns -1.
 * A format whose handler is NULL is skipped with "unsupported format: F".
 */
#ifndef NF_INGEST_SNIFF_H
#define NF_INGEST_SNIFF_H

#include <stddef.h>

struct doc;
struct ingest;

typedef int	(*doc_handler)(struct ingest *, const struct doc *);

#define SNIFF_RAW	0	/* the handler reads the bytes as they are */
#define SNIFF_UTF8	1	/* the handler gets UTF-8 text */

struct sniff_handler {
	const char	*format;	/* "html", "rss", "warc", "zip", ... */
	doc_handler	 handle;	/* NULL: not supported yet */
	int		 flags;		/* SNIFF_* */
};

/*
 * The format of the document: "html", "rss", "atom", "rdf", "xml",
 * "jsonfeed", "jsonl", "warc", "zip", "tar", "7z", "bzip2", "xz", "zstd",
 * "gzip" (nested), "pdf", "binary", "text" or "empty". Static string.
 */
const char	*sniff_format(const unsigned char *p, size_t len);

/* The table entry for a format, or NULL when there is none. */
const struct sniff_handler *sniff_handler(const char *format);

#endif
