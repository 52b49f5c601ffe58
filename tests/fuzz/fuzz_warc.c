/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: the WARC/ARC reader over a memory FILE, gzip members
 * or plain. warc_next must end (0) after a bounded number of calls, give
 * blocks inside the limit and offsets that never go back; then the same
 * bytes go through warc_ingest (HTTP responses, pages) on a struct
 * ingest whose records stay in memory.
 */
#include <stdio.h>

#include "harness.h"
#include "ingest/warc.h"

#define LIMIT	((size_t)1 << 20)

static void
reader(const uint8_t *data, size_t len)
{
	struct arena		*a = arena_new();
	struct warc_record	 r;
	struct warc		*w;
	const char		*err;
	long long		 off, last = -1;
	size_t			 calls = 0;
	FILE			*fp;
	int			 rc;

	if ((fp = fmemopen((void *)data, len, "rb")) == NULL)
		abort();
	w = warc_new(fp, LIMIT);
	while ((rc = warc_next(w, &r, a, &err, &off)) != 0) {
		if (++calls > len + 2)
			abort();	/* no progress */
		if (rc < 0 && (err == NULL || err[0] == '\0'))
			abort();
		if (rc > 0) {
			if (r.block_len > LIMIT || r.offset < last ||
			    (r.block_len > 0 && r.block == NULL))
				abort();
			last = r.offset;
		}
		arena_reset(a);
	}
	warc_free(w);
	fclose(fp);
	arena_free(a);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct ingest	*ing = fuzz_ingest();
	FILE		*fp;

	if (len == 0)
		return 0;
	reader(data, len);
	if ((fp = fmemopen((void *)data, len, "rb")) == NULL)
		abort();
	warc_ingest(ing, "crawl.warc", fp);
	fclose(fp);
	fuzz_check_output();
	return 0;
}
