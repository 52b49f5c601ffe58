/* SPDX-License-Identifier: MIT */
/*
 * Feeds to records: RSS 0.90-0.94 and 2.0, RSS 1.0 (RDF), Atom 0.3 and 1.0
 * (libxml2, recover mode, no network, no DTD, no external entities), and
 * JSON Feed 1.0/1.1. Each item or entry becomes one record passed to
 * ingest_emit; its strings live in the document's arena.
 */
#ifndef NF_INGEST_FEED_H
#define NF_INGEST_FEED_H

#include <stdbool.h>
#include <stddef.h>

struct doc;
struct ingest;

/*
 * True when the bytes look like an XML feed: after an optional BOM,
 * whitespace, XML declaration, comments and DOCTYPE, the first element is
 * rss, rdf:RDF, feed or channel. Looks at the first 4 KB only.
 */
bool	feed_sniff(const unsigned char *p, size_t len);

/*
 * Emits one record per item of the XML feed in d. Returns the number of
 * records written or filtered, or -1 when the document was skipped
 * (reported and counted: "not a feed", "no items").
 */
int	feed_ingest(struct ingest *, const struct doc *d);

/* True when the bytes are a JSON object with a jsonfeed.org "version". */
bool	jsonfeed_sniff(const unsigned char *p, size_t len);

/* Same as feed_ingest, for a JSON Feed. */
int	jsonfeed_ingest(struct ingest *, const struct doc *d);

#endif
