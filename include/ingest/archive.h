/* SPDX-License-Identifier: MIT */
/*
 * Dumps: tar (plain or compressed), zip, and single files compressed with
 * gzip, bzip2, xz or zstd, read with libarchive. Each archive member is
 * ingested as if it were a file, named "archive.tar.gz:member/path.html"
 * in source.path; a compressed single file is read as its contents under
 * its own name. Nothing is ever written to disk.
 */
#ifndef NF_INGEST_ARCHIVE_H
#define NF_INGEST_ARCHIVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct doc;
struct ingest;

/*
 * True when p starts with a zip, 7z, tar, bzip2, xz or zstd signature
 * (gzip is not said here: a .tar.gz is a tar once ungzipped).
 */
bool	archive_sniff(const unsigned char *p, size_t len);

/*
 * Ingests every regular member of the archive read from fp (not closed),
 * passing each to ingest_doc. Returns the number of records emitted;
 * unreadable archives and members are reported and counted.
 */
int	archive_ingest(struct ingest *, const char *path, FILE *fp);

/* Same for an archive held in memory (d->data). */
int	archive_ingest_doc(struct ingest *, const struct doc *d);

/*
 * How many archives this thread is inside of; the nesting limit counts
 * them. ingest -j hands a member to a worker thread with the nesting of
 * the thread that read it.
 */
int	archive_nesting(void);
void	archive_set_nesting(int);

#endif
