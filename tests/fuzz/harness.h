/* SPDX-License-Identifier: MIT */
/*
 * Shared by the libFuzzer harnesses that drive the ingest pipeline: one
 * struct ingest made once, on a struct run of our own, so records stay in
 * run.out (run_flush does not write outside a stage run) and are checked
 * after each input: every line a record that parses again. Diagnostics
 * are silenced: libFuzzer is run with -close_fd_mask=2 by tests/fuzz/run.
 */
#ifndef NF_FUZZ_HARNESS_H
#define NF_FUZZ_HARNESS_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/command.h"
#include "core/diag.h"
#include "core/record.h"
#include "core/utf8.h"
#include "ingest/ingest.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct run	 fuzz_run;
static struct buf	 fuzz_out;
static struct ingest	*fuzz_ing;

/* The ingest every input goes through (made on first use, never freed). */
static inline struct ingest *
fuzz_ingest(void)
{
	struct ingest_config	 cfg;
	bool			 usage;

	if (fuzz_ing != NULL)
		return fuzz_ing;
	diag_set_command("ingest");
	diag_set_quiet(true);
	buf_init(&fuzz_out);
	fuzz_run.cmd = "ingest";
	fuzz_run.out = &fuzz_out;
	fuzz_run.arena = arena_new();
	fuzz_run.quiet = true;
	memset(&cfg, 0, sizeof(cfg));
	cfg.max_doc_bytes = (size_t)4 << 20;
	cfg.max_depth = 64;
	if ((fuzz_ing = ingest_new(&cfg, &fuzz_run, &usage)) == NULL)
		abort();
	return fuzz_ing;
}

/* A present string is non-empty valid UTF-8 (absent is NULL, never ""). */
static inline void
fuzz_check_string(const char *s)
{
	if (s != NULL && (s[0] == '\0' || !utf8_valid(s, strlen(s))))
		abort();
}

/* YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ, digits where digits go. */
static inline void
fuzz_check_date(const char *s)
{
	static const char	 full[] = "dddd-dd-ddTdd:dd:ddZ";
	size_t			 i, n;

	if (s == NULL)
		return;
	n = strlen(s);
	if (n != 10 && n != 20)
		abort();
	for (i = 0; i < n; i++)
		if (full[i] == 'd' ? (s[i] < '0' || s[i] > '9') :
		    s[i] != full[i])
			abort();
}

/* The record invariants of newsframe-corpus(5) that hold for any input. */
static inline void
fuzz_check_record(const struct record *r)
{
	size_t	 i;

	fuzz_check_string(r->id);
	fuzz_check_string(r->url);
	fuzz_check_string(r->outlet);
	fuzz_check_string(r->domain);
	fuzz_check_string(r->via);
	fuzz_check_string(r->group);
	fuzz_check_string(r->title);
	fuzz_check_string(r->lang);
	fuzz_check_string(r->text);
	fuzz_check_string(r->summary);
	fuzz_check_date(r->published);
	for (i = 0; i < r->n_authors; i++)
		fuzz_check_string(r->authors[i]);
	for (i = 0; i < r->n_tags; i++)
		fuzz_check_string(r->tags[i]);
}

/* Every line written is one record that parses; then resets the run. */
static inline void
fuzz_check_output(void)
{
	struct arena	*a = arena_new();
	struct record	 r;
	const char	*p, *nl, *err;
	size_t		 left = fuzz_out.len;

	for (p = fuzz_out.data; left > 0; p = nl + 1) {
		if ((nl = memchr(p, '\n', left)) == NULL)
			abort();	/* a partial record */
		if (record_parse(&r, a, p, (size_t)(nl - p), &err) != 0)
			abort();
		fuzz_check_record(&r);
		left -= (size_t)(nl - p) + 1;
		arena_reset(a);
	}
	arena_free(a);
	buf_reset(&fuzz_out);
	arena_reset(fuzz_run.arena);
}

#endif
