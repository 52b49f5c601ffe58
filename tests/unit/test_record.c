/* SPDX-License-Identifier: MIT */
/* Unit tests of src/core/record.c and src/core/json.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/record.h"

static void
test_write_escapes_and_omits_absent(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;
	struct buf	 b;
	const char	*authors[] = { "Anna \"A\" Smith", "" };

	(void)state;
	record_init(&r);
	r.title = "Tab\there\nline \\ \x01";
	r.outlet = "";		/* empty means absent */
	r.authors = authors;
	r.n_authors = 2;
	r.source_path = "a.html";
	r.source_format = "html";
	buf_init(&b);
	record_write(&r, &b);
	assert_string_equal(b.data,
	    "{\"title\":\"Tab\\there\\nline \\\\ \\u0001\","
	    "\"authors\":[\"Anna \\\"A\\\" Smith\"],"
	    "\"source\":{\"path\":\"a.html\",\"format\":\"html\"}}\n");
	buf_release(&b);
	arena_free(a);
}

static void
test_invalid_utf8_becomes_replacement(void **state)
{
	struct record	 r;
	struct buf	 b;

	(void)state;
	record_init(&r);
	r.text = "a\xff" "b\xc3\xa9";
	buf_init(&b);
	record_write(&r, &b);
	assert_string_equal(b.data, "{\"text\":\"a\xef\xbf\xbd" "b\xc3\xa9\"}\n");
	buf_release(&b);
}

static void
test_roundtrip(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;
	struct buf	 b;
	const char	*err = NULL;
	const char	*line = "{\"id\":\"x\",\"outlet\":\"Daily\","
	    "\"authors\":[\"A\",\"B\"],\"text\":\"caf\\u00e9\","
	    "\"extra\":[1,2],\"source\":{\"path\":\"p\",\"format\":\"warc\","
	    "\"offset\":42}}";

	(void)state;
	assert_int_equal(record_parse(&r, a, line, strlen(line), &err), 0);
	assert_string_equal(r.outlet, "Daily");
	assert_int_equal(r.n_authors, 2);
	assert_string_equal(r.text, "caf\xc3\xa9");
	assert_int_equal(r.source_offset, 42);
	assert_string_equal(record_field(&r, "authors", a, NULL), "A, B");
	assert_null(record_field(&r, "lang", a, NULL));
	buf_init(&b);
	record_write(&r, &b);
	assert_string_equal(b.data, "{\"id\":\"x\",\"outlet\":\"Daily\","
	    "\"authors\":[\"A\",\"B\"],\"text\":\"caf\xc3\xa9\","
	    "\"source\":{\"path\":\"p\",\"format\":\"warc\",\"offset\":42}}\n");
	buf_release(&b);
	arena_free(a);
}

static void
test_parse_errors(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;
	const char	*err = NULL;
	const char	*line;

	(void)state;
	assert_int_equal(record_parse(&r, a, "[1]", 3, &err), -1);
	assert_string_equal(err, "expected a JSON object");
	assert_int_equal(record_parse(&r, a, "{\"a\":", 5, &err), -1);
	assert_string_equal(err, "not valid JSON");
	assert_int_equal(record_parse(&r, a, "{\"title\":3}", 11, &err), -1);
	assert_string_equal(err, "field \"title\" has the wrong type");
	assert_int_equal(record_parse(&r, a, "{\"t\":\"\xff\"}", 9, &err), -1);
	assert_string_equal(err, "invalid UTF-8");
	/* Found by fuzzing: an offset beyond long long was undefined. */
	line = "{\"source\":{\"offset\":4e70}}";
	assert_int_equal(record_parse(&r, a, line, strlen(line), &err), -1);
	assert_string_equal(err, "field \"source\" has the wrong type");
	line = "{\"source\":{\"offset\":-1}}";
	assert_int_equal(record_parse(&r, a, line, strlen(line), &err), -1);
	line = "{\"source\":{\"offset\":12}}";
	assert_int_equal(record_parse(&r, a, line, strlen(line), &err), 0);
	assert_int_equal(r.source_offset, 12);
	arena_free(a);
}

static void
test_id_is_stable(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r, s;

	(void)state;
	record_init(&r);
	record_init(&s);
	r.url = s.url = "https://example.com/a";
	s.title = "different";
	record_set_id(&r, a);
	record_set_id(&s, a);
	assert_string_equal(r.id, s.id);
	assert_int_equal(strlen(r.id), 16);
	assert_int_equal(record_word_count("Hello, world 42 привет"), 4);
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_write_escapes_and_omits_absent),
		cmocka_unit_test(test_invalid_utf8_becomes_replacement),
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_id_is_stable),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
