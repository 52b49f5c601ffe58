/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: an HTML page through charset conversion, then
 * html_extract (parse, metadata, JSON-LD, bylines, body) and
 * html_fragment_text, as page.c and the feed reader call them. The
 * record must keep the corpus invariants: present strings non-empty valid
 * UTF-8, dates in the two allowed shapes.
 */
#include "harness.h"
#include "ingest/charset.h"
#include "ingest/html.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	static const struct html_hint hint = {
		"https://news.example.com/world/2024/03/05/story.html",
		"2024-03-06T10:00:00Z", 0, 0
	};
	struct charset_info	 info;
	struct arena		*a = arena_new();
	struct record		 r;
	struct buf		 text;
	const char		*frag;
	int			 rc;

	buf_init(&text);
	charset_to_utf8(data, len, NULL, &text, &info);
	record_init(&r);
	rc = html_extract(text.data ? text.data : "", text.len, &hint, &r, a);
	if (rc < -1 || rc > 1)
		abort();
	fuzz_check_record(&r);
	frag = html_fragment_text(text.data ? text.data : "", text.len, a);
	fuzz_check_string(frag);
	buf_release(&text);
	arena_free(a);
	return 0;
}
