/* SPDX-License-Identifier: MIT */
/*
 * JSON Lines input: corpora written by newsframe, and other tools'
 * exports whose field names differ (news-please's "maintext" and
 * "date_publish", schema.org's "articleBody", trafilatura's "date"...).
 * Each line is validated and re-normalized like any extracted article:
 * dates through date_parse, language to its primary subtag, then
 * ingest_emit (NFC, domain, outlet map, id).
 */
#ifndef NF_INGEST_JSONL_IMPORT_H
#define NF_INGEST_JSONL_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

struct doc;
struct ingest;
struct jsonl_map;

/*
 * Parses a --map value, "field=name,field=name": record field <- input
 * name ("a.b" reaches into objects). Returns a map the caller frees with
 * jsonl_map_free, or NULL with *err set (static) for an unknown record
 * field or a malformed pair. Several --map values may be merged by
 * passing the previous map as prev (consumed).
 */
struct jsonl_map *jsonl_map_new(struct jsonl_map *prev, const char *spec,
	    const char **err);
void	jsonl_map_free(struct jsonl_map *);

/* True when the bytes start with a JSON object ('{' after whitespace). */
bool	jsonl_sniff(const unsigned char *p, size_t len);

/*
 * Emits one record per line of d (map may be NULL: our own field names,
 * then common aliases). A bad line is reported as PATH:OFFSET with its
 * line number and the rest is read. Returns the number of records
 * emitted, or -1 when no line gave one.
 */
int	jsonl_import(struct ingest *, const struct doc *d,
	    const struct jsonl_map *map);

#endif
