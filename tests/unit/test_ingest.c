/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of src/ingest/ingest.c driven in memory: a struct ingest on
 * a struct run of the test's own (run_flush leaves the records in
 * run.out outside a stage run), documents handed to ingest_doc, records
 * and skips counted. Also the regressions of what fuzzing found in the
 * handlers reached from here.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/command.h"
#include "core/diag.h"
#include "core/record.h"
#include "ingest/ingest.h"
#include "ingest/jsonl_import.h"
#include "ingest/state.h"

static struct run	 run;
static struct buf	 out;
static struct ingest	*ing;

static int
setup(void **state)
{
	struct ingest_config	 cfg;
	bool			 usage;

	(void)state;
	diag_set_command("ingest");
	diag_set_quiet(true);
	buf_init(&out);
	memset(&run, 0, sizeof(run));
	run.cmd = "ingest";
	run.out = &out;
	run.arena = arena_new();
	memset(&cfg, 0, sizeof(cfg));
	ing = ingest_new(&cfg, &run, &usage);
	return ing == NULL;
}

static int
teardown(void **state)
{
	(void)state;
	ingest_free(ing);
	arena_free(run.arena);
	buf_release(&out);
	return 0;
}

/* Hands len bytes at p (an exact-size heap copy) to ingest_doc. */
static int
doc(const char *path, const char *p, size_t len)
{
	unsigned char	*copy = malloc(len ? len : 1);
	struct doc	 d;
	int		 rc;

	memcpy(copy, p, len);
	doc_init(&d, run.arena);
	d.path = path;
	d.data = copy;
	d.len = len;
	rc = ingest_doc(ing, &d);
	free(copy);
	return rc;
}

/* Number of lines in out, each checked to be a record. */
static int
records(void)
{
	struct arena	*a = arena_new();
	struct record	 r;
	const char	*p, *nl, *err;
	int		 n = 0;

	for (p = out.data; (nl = strchr(p, '\n')) != NULL; p = nl + 1, n++)
		assert_int_equal(record_parse(&r, a, p, (size_t)(nl - p),
		    &err), 0);
	assert_string_equal(p, "");
	arena_free(a);
	buf_reset(&out);
	return n;
}

static void
test_page(void **state)
{
	static const char page[] = "<html><head><title>Floods</title>"
	    "</head><body><article><p>Rivers rose overnight across the "
	    "valley, forcing hundreds of families from their homes, "
	    "officials said on Tuesday.</p></article></body></html>";
	long	 inputs = ing->inputs;

	(void)state;
	assert_int_equal(doc("a.html", page, sizeof(page) - 1), 1);
	assert_int_equal(records(), 1);
	assert_int_equal(ing->inputs, inputs + 1);
}

static void
test_skips(void **state)
{
	long	 skipped = ing->skips.total, inputs = ing->inputs;

	(void)state;
	assert_int_equal(doc("e.html", "", 0), -1);
	assert_int_equal(doc("w.html", " \n\t ", 4), -1);
	assert_int_equal(doc("b.bin", "\x00\x01\x02\x03\xff\xfe", 6), -1);
	assert_int_equal(records(), 0);
	assert_int_equal(ing->skips.total, skipped + 3);
	assert_int_equal(ing->inputs, inputs + 3);
}

/* A blank last line without a newline at the very end of the document
   is skipped without reading past it (found by fuzzing). */
static void
test_jsonl_blank_tail(void **state)
{
	static const char in[] = "{\"title\":\"T\",\"text\":\"Some words.\"}"
	    "\n   ";
	char		*copy = malloc(sizeof(in) - 1);
	struct doc	 d;

	(void)state;
	memcpy(copy, in, sizeof(in) - 1);
	doc_init(&d, run.arena);
	d.path = "c.jsonl";
	d.data = (const unsigned char *)copy;
	d.len = sizeof(in) - 1;
	assert_int_equal(jsonl_import(ing, &d, NULL), 1);
	assert_int_equal(records(), 1);
	free(copy);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_page),
		cmocka_unit_test(test_skips),
		cmocka_unit_test(test_jsonl_blank_tail),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
