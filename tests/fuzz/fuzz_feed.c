/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: RSS, Atom and RDF feeds (feed_ingest, libxml2 with no
 * network and no entity expansion) and JSON Feed (jsonfeed_ingest), on one
 * struct ingest whose records stay in memory. Every record written must
 * be one line that parses and keeps the corpus invariants.
 */
#include "harness.h"
#include "ingest/feed.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct ingest	*ing = fuzz_ingest();
	struct doc	 d;

	doc_init(&d, fuzz_run.arena);
	d.path = "feed.xml";
	d.data = data;
	d.len = len;
	d.url = "https://news.example.com/feed";
	d.fetched = "2024-03-06T10:00:00Z";
	if (jsonfeed_sniff(data, len))
		jsonfeed_ingest(ing, &d);
	else
		feed_ingest(ing, &d);
	fuzz_check_output();
	return 0;
}
