/* SPDX-License-Identifier: MIT */
/*
 * The one file that sees zlib. Lengths are size_t outside and uInt
 * inside: a call takes at most UINT_MAX bytes of either, and callers
 * loop until their input is used.
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <zlib.h>

#include "core/gz.h"
#include "core/xmalloc.h"

struct gz {
	z_stream	 z;
	const char	*msg;
};

static uInt	clamp(size_t);

static uInt
clamp(size_t n)
{
	return n > UINT_MAX ? UINT_MAX : (uInt)n;
}

struct gz *
gz_new(enum gz_format f)
{
	struct gz	*g = xcalloc(1, sizeof(*g));
	int		 bits;

	switch (f) {
	case GZ_GZIP:
		bits = 15 + 16;
		break;
	case GZ_GZIP_OR_ZLIB:
		bits = 15 + 32;
		break;
	default:
		bits = -15;
		break;
	}
	if (inflateInit2(&g->z, bits) != Z_OK) {
		free(g);
		return NULL;
	}
	return g;
}

void
gz_free(struct gz *g)
{
	if (g == NULL)
		return;
	inflateEnd(&g->z);
	free(g);
}

void
gz_reset(struct gz *g)
{
	inflateReset(&g->z);
	g->msg = NULL;
}

enum gz_status
gz_inflate(struct gz *g, const unsigned char **in, size_t *in_len,
    unsigned char **out, size_t *out_len)
{
	uInt	 ai = clamp(*in_len), ao = clamp(*out_len);
	int	 rc;

	g->z.next_in = (unsigned char *)(uintptr_t)*in;
	g->z.avail_in = ai;
	g->z.next_out = *out;
	g->z.avail_out = ao;
	rc = inflate(&g->z, Z_NO_FLUSH);
	*in += ai - g->z.avail_in;
	*in_len -= ai - g->z.avail_in;
	*out += ao - g->z.avail_out;
	*out_len -= ao - g->z.avail_out;
	switch (rc) {
	case Z_OK:
		return GZ_OK;
	case Z_BUF_ERROR:
		return GZ_STALL;
	case Z_STREAM_END:
		return GZ_END;
	default:
		g->msg = g->z.msg != NULL ? g->z.msg : "unknown error";
		return GZ_ERROR;
	}
}

const char *
gz_error(const struct gz *g)
{
	return g->msg != NULL ? g->msg : "unknown error";
}

bool
gz_magic(const unsigned char *p, size_t len)
{
	return len >= 2 && p[0] == 0x1f && p[1] == 0x8b;
}
