/* SPDX-License-Identifier: MIT */
/* Unit tests of src/core/note.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/buf.h"
#include "core/note.h"

static void
test_fields_round_trip(void **state)
{
	struct buf	 b;
	const char	*p, *end, *s;
	size_t		 len;
	uint32_t	 v[3] = { 1, 0xdeadbeef, 7 }, w[3];

	(void)state;
	buf_init(&b);
	note_put_str(&b, "tab\there");
	note_put_str(&b, NULL);
	note_put_str(&b, "");
	note_put(&b, v, sizeof(v));
	note_put(&b, "a\0b", 3);
	p = b.data;
	end = b.data + b.len;
	assert_string_equal(note_get_str(&p, end), "tab\there");
	assert_true(note_get(&p, end, &s, &len));
	assert_null(s);
	assert_int_equal(len, 0);
	s = note_get_str(&p, end);
	assert_non_null(s);
	assert_string_equal(s, "");
	/* Binary fields come back whole, unaligned as they may be. */
	assert_true(note_get(&p, end, &s, &len));
	assert_int_equal(len, sizeof(v));
	memcpy(w, s, len);
	assert_memory_equal(v, w, sizeof(v));
	assert_true(note_get(&p, end, &s, &len));
	assert_int_equal(len, 3);
	assert_memory_equal(s, "a\0b", 3);
	assert_int_equal(s[3], '\0');
	assert_false(note_get(&p, end, &s, &len));
	assert_ptr_equal(p, end);
	buf_release(&b);
}

static void
test_empty_note(void **state)
{
	const char	*p = NULL, *s;
	size_t		 len;

	(void)state;
	/* An empty note may have no buffer at all. */
	assert_false(note_get(&p, NULL, &s, &len));
	assert_null(note_get_str(&p, NULL));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fields_round_trip),
		cmocka_unit_test(test_empty_note),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
