/* SPDX-License-Identifier: MIT */
/* Unit tests of src/core/record.c and src/core/json.c. */
#include <ctype.h>
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
#include "core/json.h"
#include "core/record.h"
#include "core/utf8.h"

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

/* Words the slow way: runs of ASCII letters and digits and bytes >= 0x80. */
static size_t
words_ref(const unsigned char *p)
{
	size_t	 n = 0;
	int	 in = 0, w;

	for (; *p; p++) {
		w = isalnum(*p) || *p >= 0x80;
		n += w && !in;
		in = w;
	}
	return n;
}

/* record_word_count on random bytes (every byte value but NUL). */
static void
test_word_count_random(void **state)
{
	unsigned char	 s[200];
	unsigned	 seed = 11;
	size_t		 i, len;
	int		 round;

	(void)state;
	assert_int_equal(record_word_count(NULL), 0);
	assert_int_equal(record_word_count(""), 0);
	assert_int_equal(record_word_count("a-b_c 9"), 4);
	for (round = 0; round < 5000; round++) {
		len = (size_t)rand_r(&seed) % (sizeof(s) - 1);
		for (i = 0; i < len; i++)
			s[i] = (unsigned char)(rand_r(&seed) % 255 + 1);
		s[len] = '\0';
		assert_int_equal(record_word_count((char *)s), words_ref(s));
	}
}

/* record_parse and the cJSON-only parse agree on line: result and record. */
static void
check_same(const char *line, size_t len)
{
	struct arena	*a = arena_new();
	struct record	 r, s;
	const char	*e1 = NULL, *e2 = NULL;
	struct buf	 b1, b2;
	int		 rc1, rc2;

	rc1 = record_parse(&r, a, line, len, &e1);
	rc2 = record_parse_tree(&s, a, line, len, &e2);
	if (rc1 != rc2)
		fail_msg("%.*s: %d vs %d", (int)len, line, rc1, rc2);
	if (rc1 != 0) {
		assert_string_equal(e1, e2);
	} else {
		buf_init(&b1);
		buf_init(&b2);
		record_write(&r, &b1);
		record_write(&s, &b2);
		assert_string_equal(b1.data ? b1.data : "",
		    b2.data ? b2.data : "");
		buf_release(&b1);
		buf_release(&b2);
	}
	arena_free(a);
}

static void
test_fast_parse_agrees(void **state)
{
	static const char *const lines[] = {
		"{\"id\": \"a1\", \"title\": \"T\", \"text\": \"x\\ny\"}",
		"{\"text\":\"q \\\" b \\\\ s \\/ \\b\\f\\n\\r\\t end\"}",
		" \t{ \"lang\" : \"ru\" , \"text\" : \"\u043f\u0440\u0438\" } \r\n",
		"{\"text\": \"\\u00e9t\\u00e9 \\ud83d\\ude00\"}",
		"{\"text\": \"nul \\u0000 cut\"}",
		"{\"text\": \"bad \\ud800 surrogate\"}",
		"{\"title\": null, \"title\": \"a\", \"title\": null}",
		"{\"title\": \"a\", \"title\": \"\"}",
		"{\"x\": \"unknown\", \"y\": 3, \"z\": {\"a\": [1]}}",
		"{\"authors\": \"One Author\", \"tags\": [\"a\", \"\"]}",
		"{\"authors\": null, \"source\": null, \"tags\": null}",
		"{\"source\": \"s\"}",
		"{\"source\": {\"path\": \"p\", \"offset\": 12}}",
		"{\"title\": 3}",
		"{\"title\": true}",
		"{\"title\": \"a\"} trailing",
		"{\"title\": \"a\"}}",
		"{}",
		"  {  }  ",
		"{",
		"{\"title\"}",
		"{\"title\": \"a\",}",
		"{\"title\": \"a\" \"text\": \"b\"}",
		"{\"title\": \"unterminated}",
		"{\"title\": \"bad \\q escape\"}",
		"{\"title\": \"raw\ttab\"}",
		"{\"title\": \"raw\x01ctl\"}",
		"{\"t\\u0069tle\": \"escaped key\"}",
		"{\"title\": \"bad \xd0 byte\"}",
		"{\"title\": \"cut \xe2\x80\"}",
		"{\"title\": \"overlong \xc0\xaf\"}",
		"{\"title\": \"surrogate \xed\xa0\x80\"}",
		"{\"title\": \"\xd0\xbf\xd1\x80\xd0\xb8 \xf0\x9f\x98\x80\"}",
		"{\"ti\xfftle\": \"bad key\"}",
		"{\"title\": \"a\"} \xd0",
		"{\"title\": nul}",
		"{\"title\": nullx}",
		"\"just a string\"",
		"[{\"title\": \"a\"}]",
		"",
		"   ",
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++)
		check_same(lines[i], strlen(lines[i]));
	/* A NUL byte inside the line, then after the object. */
	check_same("{\"title\": \"a\0b\"}", 15);
	check_same("{\"title\": \"ab\"}\0", 16);
}

/*
 * What ingest writes, authors, tags and source included, is read by the
 * fast path, and as the tree reads it; lines it does not take go to the
 * tree and still agree.
 */
static void
test_fast_parse_lists(void **state)
{
	static const char *const fast[] = {
		"{\"id\":\"x\",\"title\":\"T\",\"authors\":[\"A B\","
		    "\"C D\"],\"published\":\"2024-01-01\",\"text\":\"t\","
		    "\"tags\":[\"x\"],\"source\":{\"path\":\"a/b.html\","
		    "\"format\":\"html\"}}",
		"{\"source\":{\"path\":\"w.warc.gz\",\"format\":\"warc\","
		    "\"offset\":123456}}",
		"{\"source\": { \"offset\" : 0 , \"path\" : \"p\" } }",
		"{\"source\":{\"offset\":999999999999999}}",
		"{\"source\":{}, \"source\": {\"path\": null}}",
		"{\"source\":{\"path\":\"p\"},\"source\":{\"format\":\"f\"}}",
		"{\"source\":{\"offset\":\"12\",\"path\":\"\"}}",
		"{\"authors\":[\"\", \"A\", \"\"], \"tags\": [ ]}",
		"{\"authors\":[\"A\"],\"authors\":[]}",
		"{\"authors\":[\"A\"],\"authors\":[\"\",\"\"]}",
		"{\"authors\":\"One Author\",\"tags\":\"\"}",
		"{\"authors\":[\"\u00e9\"]}",
		"{\"tags\":[\"a \\\"q\\\" b\"]}",
	};
	static const char *const slow[] = {
		"{\"source\":{\"offset\":1234567890123456}}",
		"{\"source\":{\"offset\":99999999999999999999999999999999}}",
		"{\"source\":{\"offset\":012}}",
		"{\"source\":{\"offset\":1.5}}",
		"{\"source\":{\"offset\":1e3}}",
		"{\"source\":{\"offset\":-1}}",
		"{\"source\":{\"path\":\"p\",\"extra\":{\"x\":[1]}}}",
		"{\"source\":{\"pa\\u0074h\":\"p\"}}",
		"{\"source\":\"s\"}",
		"{\"source\":[]}",
		"{\"authors\":[\"A\", 3]}",
		"{\"authors\":[\"A\",]}",
		"{\"authors\":[\"A\" \"B\"]}",
		"{\"authors\":[\"A\"",
		"{\"authors\":{}}",
		"{\"tags\":[null]}",
		"{\"source\":{\"path\":\"p\"",
		"{\"source\":{\"offset\":12",
	};
	struct arena	*a = arena_new();
	struct record	 r;
	char		 many[64 * 6 + 32];
	size_t		 i, n;

	(void)state;
	for (i = 0; i < sizeof(fast) / sizeof(fast[0]); i++) {
		if (!record_scan(&r, a, fast[i], strlen(fast[i])))
			fail_msg("fast path refused %s", fast[i]);
		check_same(fast[i], strlen(fast[i]));
	}
	for (i = 0; i < sizeof(slow) / sizeof(slow[0]); i++) {
		record_init(&r);
		if (record_scan(&r, a, slow[i], strlen(slow[i])))
			fail_msg("fast path took %s", slow[i]);
		check_same(slow[i], strlen(slow[i]));
	}
	/* 64 authors are read fast, 65 go to the tree; both agree */
	for (n = 64; n <= 65; n++) {
		strcpy(many, "{\"authors\":[");
		for (i = 0; i < n; i++)
			strcat(many, i > 0 ? ",\"a\"" : "\"a\"");
		strcat(many, "]}");
		record_init(&r);
		assert_int_equal(record_scan(&r, a, many, strlen(many)), n == 64);
		check_same(many, strlen(many));
	}
	arena_free(a);
}

/* Random damage to plain lines: both parses still agree. */
static void
test_fast_parse_random(void **state)
{
	static const char *const bases[] = {
		"{\"id\": \"r1\", \"outlet\": \"Agency 1\", \"lang\": \"en\", "
		    "\"title\": \"Ka lo.\", \"text\": \"w1 Ka lo\\n\\nmi "
		    "\\\"ne\\\" \u043f\u0440\u0438 \u2019\"}",
		"{\"id\":\"r2\",\"authors\":[\"An Ka\",\"Lo\"],\"tags\":"
		    "[\"t\"],\"text\":\"w \u043f\",\"source\":{\"path\":"
		    "\"d/a.warc.gz\",\"format\":\"warc\",\"offset\":1207}}",
	};
	static const char	 alphabet[] = "{}[]\":,\\ nult0123abn\t\x01"
	    "\xd0\x80\xff\xe2";
	char			 line[256];
	size_t			 len, k, j, b;
	unsigned		 seed = 3;
	int			 round;

	(void)state;
	for (round = 0; round < 40000; round++) {
		b = (size_t)round % 2;
		len = strlen(bases[b]);
		memcpy(line, bases[b], len + 1);
		for (k = (size_t)(rand_r(&seed) % 3) + 1; k > 0 && len > 0;
		    k--) {
			j = (size_t)rand_r(&seed) % len;
			switch (rand_r(&seed) % 3) {
			case 0:
				line[j] = alphabet[(size_t)rand_r(&seed) %
				    (sizeof(alphabet) - 1)];
				break;
			case 1:
				memmove(line + j, line + j + 1, len - j);
				len--;
				break;
			default:
				len = j;
				break;
			}
		}
		check_same(line, len);
	}
}

/* json_string the slow way: one byte or sequence at a time. */
static void
escape_ref(struct buf *b, const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s, *e = p + len;
	size_t			 n;

	buf_addc(b, '"');
	while (p < e) {
		if (*p >= 0x80) {
			if ((n = utf8_valid_prefix(p, (size_t)(e - p))) > 0) {
				buf_add(b, p, n);
				p += n;
			} else {
				buf_adds(b, "\xef\xbf\xbd");
				p++;
			}
			continue;
		}
		if (*p == '"' || *p == '\\')
			buf_addf(b, "\\%c", *p);
		else if (*p == '\n')
			buf_adds(b, "\\n");
		else if (*p == '\t')
			buf_adds(b, "\\t");
		else if (*p == '\r')
			buf_adds(b, "\\r");
		else if (*p < 0x20)
			buf_addf(b, "\\u%04x", *p);
		else
			buf_addc(b, *p);
		p++;
	}
	buf_addc(b, '"');
}

/*
 * Runs are scanned eight bytes at a time: every character that must be
 * escaped or checked, at every offset of a word, against the slow way.
 */
static void
test_json_string_offsets(void **state)
{
	static const char *const odd[] = {
		"\"", "\\", "\n", "\t", "\r", "\x01", "\x1f", "\x7f",
		"\xc3\xa9", "\xe2\x80\x94", "\xf0\x9f\x98\x80", "\xff",
		"\xc3", "\xed\xa0\x80", "\xe2\x80", " ", "~",
	};
	char		 in[64];
	struct buf	 got, want;
	size_t		 k, off, len;

	(void)state;
	buf_init(&got);
	buf_init(&want);
	for (k = 0; k < sizeof(odd) / sizeof(odd[0]); k++)
		for (off = 0; off < 20; off++) {
			len = (size_t)snprintf(in, sizeof(in), "%.*s%s%s",
			    (int)off, "The quick brown fox jumps", odd[k],
			    " over the lazy dog");
			buf_reset(&got);
			buf_reset(&want);
			json_string(&got, in, len);
			escape_ref(&want, in, len);
			assert_int_equal(got.len, want.len);
			assert_memory_equal(got.data, want.data, got.len);
		}
	buf_release(&got);
	buf_release(&want);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_write_escapes_and_omits_absent),
		cmocka_unit_test(test_invalid_utf8_becomes_replacement),
		cmocka_unit_test(test_json_string_offsets),
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_fast_parse_agrees),
		cmocka_unit_test(test_fast_parse_lists),
		cmocka_unit_test(test_word_count_random),
		cmocka_unit_test(test_fast_parse_random),
		cmocka_unit_test(test_id_is_stable),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
