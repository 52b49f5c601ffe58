/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: the WARC/ARC reader and the HTTP response parser.
 * Any input ends (no hang: every call to warc_next consumes input or
 * returns 0), every error comes with a reason and an offset inside the
 * input, and every record's block lies inside the reader's buffer.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/arena.h"
#include "ingest/http.h"
#include "ingest/warc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct arena		*a;
	struct warc		*w;
	struct warc_record	 r;
	struct http_response	 h;
	const char		*err;
	long long		 off;
	FILE			*fp;
	int			 rc, n = 0;
	volatile unsigned char	 sink = 0;

	if (len == 0 || (fp = fmemopen((void *)data, len, "rb")) == NULL)
		return 0;
	a = arena_new();
	w = warc_new(fp, 1 << 20);
	while ((rc = warc_next(w, &r, a, &err, &off)) != 0) {
		if (++n > 100000)
			abort();	/* no progress */
		if (rc < 0) {
			if (err == NULL || off < 0)
				abort();
			continue;
		}
		if (r.block_len > 0)
			sink ^= r.block[0] ^ r.block[r.block_len - 1];
		if (http_parse(r.block, r.block_len, 1 << 20, &h, a,
		    &err) == 0 && h.body_len > 0)
			sink ^= h.body[h.body_len - 1];
		arena_reset(a);
	}
	(void)sink;
	warc_free(w);
	arena_free(a);
	fclose(fp);
	return 0;
}
