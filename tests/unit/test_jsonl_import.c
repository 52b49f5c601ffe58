/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of src/ingest/jsonl_import.c: our own records, other tools'
 * exports through aliases and --map (dotted paths), list splitting,
 * validation errors that skip one line and keep reading. The ingest
 * plumbing is replaced by test doubles that keep what they are given.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "core/diag.h"
#include "core/record.h"
#include "ingest/ingest.h"
#include "ingest/jsonl_import.h"

#define MAX_SEEN	8

/* What the doubles saw. */
static struct record seen[MAX_SEEN];
static long long seen_offset[MAX_SEEN];
static int n_seen;
static char fails[8][160];
static int n_fails;

void
doc_init(struct doc *d, struct arena *a)
{
	memset(d, 0, sizeof(*d));
	d->offset = -1;
	d->arena = a;
}

int
ingest_doc(struct ingest *ig, const struct doc *d)
{
	(void)ig;
	(void)d;
	return -1;
}

int
ingest_emit(struct ingest *ig, const struct doc *d, struct record *r)
{
	(void)ig;
	if (n_seen < MAX_SEEN) {
		seen_offset[n_seen] = d->offset;
		seen[n_seen++] = *r;
	}
	return 1;
}

static void
note(const char *reason, const char *fmt, va_list ap)
{
	char msg[128];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	if (n_fails < 8)
		snprintf(fails[n_fails++], sizeof(fails[0]), "%s|%s", reason,
		    msg);
}

void
ingest_skip(struct ingest *ig, const char *where, long long off,
    const char *reason, const char *fmt, ...)
{
	va_list ap;

	(void)ig; (void)where; (void)off;
	va_start(ap, fmt);
	note(reason, fmt, ap);
	va_end(ap);
}

int
ingest_fail(struct ingest *ig, const char *where, long long off,
    const char *reason, const char *fmt, ...)
{
	va_list ap;

	(void)ig; (void)where; (void)off;
	va_start(ap, fmt);
	note(reason, fmt, ap);
	va_end(ap);
	return -1;
}

void
ingest_count(struct ingest *ig, const char *what)
{
	(void)ig;
	(void)what;
}

void
ingest_container(struct ingest *ig)
{
	(void)ig;
}

void
ingest_part(struct ingest *ig)
{
	(void)ig;
}

size_t
ingest_max_doc_bytes(const struct ingest *ig)
{
	(void)ig;
	return 1 << 20;
}

static int
run(const char *text, const struct jsonl_map *m, struct arena *a)
{
	struct doc d;

	n_seen = n_fails = 0;
	doc_init(&d, a);
	d.path = "in.jsonl";
	d.data = (const unsigned char *)text;
	d.len = strlen(text);
	return jsonl_import(NULL, &d, m);
}

static void
test_own_records(void **state)
{
	struct arena *a = arena_new();
	const char *in =
	    "{\"id\":\"x\",\"url\":\"https://e.com/a\",\"outlet\":\"E\","
	    "\"title\":\"T\",\"authors\":[\"A B\",\"C D\"],"
	    "\"published\":\"2024-03-01T10:00:00Z\",\"lang\":\"en-GB\","
	    "\"text\":\"Body.\",\"tags\":[\"x\"],"
	    "\"source\":{\"path\":\"old.html\",\"format\":\"html\"}}\r\n"
	    "\n"
	    "{\"title\":\"Second\",\"text\":\"More.\"}\n";

	(void)state;
	assert_int_equal(run(in, NULL, a), 2);
	assert_int_equal(n_seen, 2);
	assert_int_equal(n_fails, 0);
	assert_string_equal(seen[0].url, "https://e.com/a");
	assert_string_equal(seen[0].outlet, "E");
	assert_int_equal(seen[0].n_authors, 2);
	assert_string_equal(seen[0].authors[1], "C D");
	assert_string_equal(seen[0].published, "2024-03-01T10:00:00Z");
	assert_string_equal(seen[0].lang, "en");
	assert_string_equal(seen[0].source_format, "jsonl");
	/* The id is recomputed downstream; the old source is not kept. */
	assert_null(seen[0].id);
	assert_null(seen[0].source_path);
	assert_int_equal(seen_offset[0], 0);
	assert_int_equal(seen_offset[1], (long long)(strchr(in, '\n') - in +
	    2));
	assert_string_equal(seen[1].title, "Second");
	arena_free(a);
}

/* news-please and schema.org names are found without a map. */
static void
test_aliases(void **state)
{
	struct arena *a = arena_new();

	(void)state;
	assert_int_equal(run("{\"maintext\":\"Body\",\"date_publish\":"
	    "\"2021-05-06\",\"author\":\"Ann; Bob\",\"language\":\"de\","
	    "\"keywords\":\"a, b ,c\",\"description\":\"Lead\"}", NULL, a), 1);
	assert_string_equal(seen[0].text, "Body");
	assert_string_equal(seen[0].published, "2021-05-06");
	assert_int_equal(seen[0].n_authors, 2);
	assert_string_equal(seen[0].authors[0], "Ann");
	assert_string_equal(seen[0].authors[1], "Bob");
	assert_int_equal(seen[0].n_tags, 3);
	assert_string_equal(seen[0].tags[1], "b");
	assert_string_equal(seen[0].summary, "Lead");
	assert_string_equal(seen[0].lang, "de");
	arena_free(a);
}

static void
test_map(void **state)
{
	struct arena *a = arena_new();
	struct jsonl_map *m;
	const char *err = NULL;

	(void)state;
	m = jsonl_map_new(NULL, "text=articleBody,published=meta.when", &err);
	assert_non_null(m);
	m = jsonl_map_new(m, "title=headline.main,authors=by", &err);
	assert_non_null(m);
	assert_int_equal(run("{\"articleBody\":\"Body\",\"text\":\"not this\","
	    "\"meta\":{\"when\":\"2020-01-02\"},\"headline\":{\"main\":\"H\"},"
	    "\"by\":[{\"name\":\"Zoe\"},\"Yan\"]}", m, a), 1);
	assert_string_equal(seen[0].text, "Body");
	assert_string_equal(seen[0].published, "2020-01-02");
	assert_string_equal(seen[0].title, "H");
	assert_int_equal(seen[0].n_authors, 2);
	assert_string_equal(seen[0].authors[0], "Zoe");
	jsonl_map_free(m);

	assert_null(jsonl_map_new(NULL, "body=x", &err));
	assert_non_null(strstr(err, "unknown record field"));
	assert_null(jsonl_map_new(NULL, "text", &err));
	assert_null(jsonl_map_new(NULL, "text=", &err));
	jsonl_map_free(NULL);
	arena_free(a);
}

/* Bad lines are reported one by one; the good ones still come out. */
static void
test_bad_lines(void **state)
{
	struct arena *a = arena_new();

	(void)state;
	assert_int_equal(run("{\"title\":{\"x\":1},\"text\":\"t\"}\n"
	    "not json\n"
	    "[1,2]\n"
	    "{\"url\":\"https://e.com/\"}\n"
	    "{\"text\":\"ok\",\"published\":\"someday\"}\n", NULL, a), 1);
	assert_int_equal(n_fails, 4);
	assert_string_equal(fails[0],
	    "bad record|line 1: title: expected a string");
	assert_string_equal(fails[1],
	    "bad record|line 2: expected a JSON object");
	assert_string_equal(fails[2],
	    "bad record|line 3: expected a JSON object");
	assert_string_equal(fails[3], "no text|line 4: no text and no title");
	assert_int_equal(n_seen, 1);
	assert_string_equal(seen[0].text, "ok");
	assert_null(seen[0].published);
	assert_int_equal(run("\n \n", NULL, a), -1);
	assert_true(jsonl_sniff((const unsigned char *)"\xef\xbb\xbf {", 5));
	assert_false(jsonl_sniff((const unsigned char *)"<rss>", 5));
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_own_records),
		cmocka_unit_test(test_aliases),
		cmocka_unit_test(test_map),
		cmocka_unit_test(test_bad_lines),
	};

	diag_set_quiet(true);	/* the "someday" warning */
	return cmocka_run_group_tests(tests, NULL, NULL);
}
