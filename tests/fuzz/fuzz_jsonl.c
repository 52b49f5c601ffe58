/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: JSON Lines import with a field map (ingest --map).
 * The first line of the input is the map spec ("text=body,title=h"); when
 * it does not parse, the default lookup is used. The rest is the JSONL
 * document, imported on a struct ingest whose records stay in memory and
 * must each be one line that parses and keeps the corpus invariants.
 */
#include "harness.h"
#include "ingest/jsonl_import.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct ingest		*ing = fuzz_ingest();
	struct jsonl_map	*map = NULL;
	const uint8_t		*nl = memchr(data, '\n', len);
	const char		*err;
	char			*spec;
	struct doc		 d;

	if (nl != NULL) {
		spec = strndup((const char *)data, (size_t)(nl - data));
		if (spec == NULL)
			abort();
		map = jsonl_map_new(NULL, spec, &err);
		free(spec);
		len -= (size_t)(nl + 1 - data);
		data = nl + 1;
	}
	doc_init(&d, fuzz_run.arena);
	d.path = "corpus.jsonl";
	d.data = data;
	d.len = len;
	jsonl_import(ing, &d, map);
	jsonl_map_free(map);
	fuzz_check_output();
	return 0;
}
