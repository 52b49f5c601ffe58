/* SPDX-License-Identifier: MIT */
/* Unit tests of src/ingest/markup.c: the attribute guard. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/buf.h"
#include "ingest/markup.h"

/* Caps a copy of s at max attributes per tag; returns it (static). */
static const char *
cap(const char *s, size_t max, size_t *cut)
{
	static char	 out[256];

	strcpy(out, s);
	*cut = markup_cap_attrs(out, strlen(out), max);
	assert_int_equal(markup_attrs_over(s, strlen(s), max), *cut > 0);
	return out;
}

static void
test_cap(void **state)
{
	size_t	 cut;

	(void)state;
	/* Quoted values may hold spaces and '>'; bare names count too. */
	assert_string_equal(cap("<a x=1 y=\"2 >\" z>t</a>", 2, &cut),
	    "<a x=1 y=\"2 >\"  >t</a>");
	assert_int_equal(cut, 1);
	assert_string_equal(cap("<p a='1' b = \"2\" c=3 d/><i e f g>", 1,
	    &cut), "<p a='1'              /><i e    >");
	assert_int_equal(cut, 2);
	/* At the limit, and things that are not start tags: untouched. */
	assert_string_equal(cap("<a x y></a x y z><!-- a b c --> 1 < 2 x",
	    2, &cut), "<a x y></a x y z><!-- a b c --> 1 < 2 x");
	assert_int_equal(cut, 0);
	/* A tag cut short by the end of the input. */
	assert_string_equal(cap("<a b c d=\"never closed", 2, &cut),
	    "<a b c                ");
	assert_int_equal(cut, 1);
}

/* A million attributes: linear, and the parser sees only the first. */
static void
test_million(void **state)
{
	struct buf	 b;
	size_t		 i;

	(void)state;
	buf_init(&b);
	buf_adds(&b, "<div");
	for (i = 0; i < 1000000; i++)
		buf_addf(&b, " a%zu=x", i);
	buf_adds(&b, ">text</div>");
	assert_true(markup_attrs_over(b.data, b.len, MARKUP_MAX_ATTRS));
	assert_int_equal(markup_cap_attrs(b.data, b.len, MARKUP_MAX_ATTRS),
	    1);
	assert_false(markup_attrs_over(b.data, b.len, MARKUP_MAX_ATTRS));
	assert_non_null(strstr(b.data, " a255=x "));
	assert_null(strstr(b.data, "a256"));
	assert_string_equal(b.data + b.len - 11, ">text</div>");
	buf_release(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cap),
		cmocka_unit_test(test_million),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
