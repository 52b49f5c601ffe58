/* SPDX-License-Identifier: MIT */
/*
 * Reading one input whole into memory, within a size limit: plain bytes,
 * or gzip (detected by its magic bytes, not by name; multi-member streams
 * as in .warc.gz are read through). The limit applies to the decompressed
 * size, so a compression bomb is stopped at the limit, never loaded.
 * The bytes land in a caller-owned struct buf.
 */
#ifndef NF_INGEST_INPUT_H
#define NF_INGEST_INPUT_H

#include <stdbool.h>
#include <stddef.h>

struct buf;

/* Why an input could not be read whole. */
struct input_error {
	const char	*reason;	/* summary key: "truncated gzip" */
	char		 msg[256];	/* the diagnostic: "truncated gzip
					   stream" */
};

/*
 * Reads fd to its end into out (reset first), decompressing gzip.
 * *gzipped tells whether it was. Returns 0, or -1 with e filled: read
 * error, truncated or corrupt gzip, or more than limit bytes ("too
 * large"; reading stops there). out keeps what was read.
 */
int	input_slurp(int fd, size_t limit, struct buf *out, bool *gzipped,
	    struct input_error *e);

/* Same, from memory (an archive member that may itself be gzipped). */
int	input_gunzip(const unsigned char *p, size_t len, size_t limit,
	    struct buf *out, struct input_error *e);

/* True when p starts with the gzip magic bytes. */
bool	input_is_gzip(const unsigned char *p, size_t len);

#endif
