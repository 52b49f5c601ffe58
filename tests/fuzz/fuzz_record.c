/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: the JSONL record reader and writer. Any line either
 * parses or is rejected with a reason; a parsed record writes back as one
 * valid line that parses again to the same record; a line the fast path
 * takes reads as the JSON tree reads it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/record.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct arena	*a = arena_new();
	struct record	 r, again, fast;
	struct buf	 b, c;
	const char	*err;

	buf_init(&b);
	buf_init(&c);
	record_init(&fast);
	if (record_scan(&fast, a, (const char *)data, len)) {
		if (record_parse_tree(&r, a, (const char *)data, len, &err) != 0)
			abort();
		record_write(&fast, &b);
		record_write(&r, &c);
		if (b.len != c.len || memcmp(b.data, c.data, b.len) != 0)
			abort();
		buf_reset(&b);
		buf_reset(&c);
	}
	if (record_parse(&r, a, (const char *)data, len, &err) == 0) {
		record_write(&r, &b);
		if (record_parse(&again, a, b.data, b.len - 1, &err) != 0)
			abort();
		record_write(&again, &c);
		if (b.len != c.len || memcmp(b.data, c.data, b.len) != 0)
			abort();
	} else if (err == NULL || err[0] == '\0')
		abort();
	buf_release(&b);
	buf_release(&c);
	arena_free(a);
	return 0;
}
