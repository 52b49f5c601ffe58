/* SPDX-License-Identifier: MIT */
/*
 * Inflating gzip, zlib and raw deflate streams a piece at a time: zlib
 * behind our own types (src/core/gz.c is the one file that sees zlib).
 * Callers drive the loop themselves, because each needs its own control:
 * a size limit that stops a bomb mid-stream, member offsets in a WARC,
 * resynchronisation after a corrupt member, a truncated stream told apart
 * from a complete one.
 */
#ifndef NF_CORE_GZ_H
#define NF_CORE_GZ_H

#include <stdbool.h>
#include <stddef.h>

enum gz_format {
	GZ_GZIP,		/* gzip members only */
	GZ_GZIP_OR_ZLIB,	/* either, told by the header */
	GZ_RAW			/* raw deflate, no header */
};

enum gz_status {
	GZ_OK,			/* progress was made */
	GZ_STALL,		/* none possible: more input or room needed */
	GZ_END,			/* the stream (a gzip member) ended */
	GZ_ERROR		/* corrupt data: gz_error() says how */
};

struct gz;

/* A new inflater; NULL when zlib cannot start one (out of memory). */
struct gz	*gz_new(enum gz_format);
void		 gz_free(struct gz *);

/* Ready for the next member or stream, in the same format. */
void		 gz_reset(struct gz *);

/*
 * Inflates from *in (*in_len bytes) into *out (*out_len bytes of room),
 * advancing both pointers and decreasing both lengths by what was used.
 * After GZ_END, *in is just past the stream's last byte.
 */
enum gz_status	 gz_inflate(struct gz *, const unsigned char **in,
		    size_t *in_len, unsigned char **out, size_t *out_len);

/* zlib's words for the last GZ_ERROR ("invalid block type"). */
const char	*gz_error(const struct gz *);

/* True when p starts as a gzip member does (0x1f 0x8b). */
bool		 gz_magic(const unsigned char *p, size_t len);

#endif
