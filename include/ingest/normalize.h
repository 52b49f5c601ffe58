/* SPDX-License-Identifier: MIT */
/*
 * Unicode NFC for record strings (utf8proc lives here for ingest). ASCII
 * strings are returned as they are, at no cost.
 */
#ifndef NF_INGEST_NORMALIZE_H
#define NF_INGEST_NORMALIZE_H

struct arena;

/* s in NFC: s itself when unchanged, else a copy in a. NULL gives NULL. */
const char	*normalize_nfc(const char *s, struct arena *a);

#endif
