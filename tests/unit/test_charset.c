/* SPDX-License-Identifier: MIT */
/* Unit tests of src/ingest/charset.c: order of evidence and conversion. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/buf.h"
#include "core/utf8.h"
#include "ingest/charset.h"

/* Russian news text, as a page with no charset declaration. */
static const char ru_page[] =
    "<html><head><title>Протесты в Вескарии</title></head><body>"
    "<p>Тысячи людей вышли на улицы столицы в субботу, протестуя против "
    "резкого повышения цен на топливо. Полиция задержала десятки "
    "участников, сообщают правозащитники.</p>"
    "<p>«Мы не уйдём, пока цены не вернут», — заявил один из "
    "организаторов акции.</p></body></html>";

/* KOI8-R puts the letters in Latin order: 0xC0.. lower, 0xE0.. upper. */
static const char koi8_order[] = "юабцдефгхийклмнопярстужвьызшэщчъ";

static unsigned char
to_koi8(uint32_t cp)
{
	const unsigned char	*p = (const unsigned char *)koi8_order;
	uint32_t		 c, lower = cp;
	size_t			 i, n;

	if (cp >= 0x410 && cp <= 0x42F)
		lower = cp + 32;
	for (i = 0; i < 32; i++, p += n) {
		n = utf8_decode(p, 2, &c);
		if (c == lower)
			return (unsigned char)((cp == lower ? 0xC0 : 0xE0) + i);
	}
	return '?';
}

/* Encodes UTF-8 Russian text as windows-1251 (cp1251 != 0) or KOI8-R. */
static void
encode(const char *s, struct buf *out, int cp1251)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 len = strlen(s), n;
	uint32_t		 c;

	buf_reset(out);
	while (len > 0) {
		n = utf8_decode(p, len, &c);
		if (c < 0x80)
			buf_addc(out, (int)c);
		else if (c >= 0x410 && c <= 0x44F)
			buf_addc(out, cp1251 ? (int)(c - 0x410 + 0xC0) :
			    to_koi8(c));
		else if (c == 0x451)			/* ё */
			buf_addc(out, cp1251 ? 0xB8 : 0xA3);
		else if (c == 0xAB || c == 0xBB)	/* « » */
			buf_addc(out, cp1251 ? (int)c : '"');
		else if (c == 0x2014)			/* — */
			buf_addc(out, cp1251 ? 0x97 : '-');
		else
			buf_addc(out, '?');
		p += n;
		len -= n;
	}
}

static void
test_undeclared_windows_1251(void **state)
{
	struct buf		 in, out;
	struct charset_info	 info;

	(void)state;
	buf_init(&in);
	buf_init(&out);
	encode(ru_page, &in, 1);
	assert_int_equal(charset_to_utf8((unsigned char *)in.data, in.len,
	    NULL, &out, &info), 0);
	assert_string_equal(info.charset, "WINDOWS-1251");
	assert_string_equal(info.from, "detected");
	assert_int_equal(info.replaced, 0);
	assert_string_equal(out.data, ru_page);
	buf_release(&in);
	buf_release(&out);
}

static void
test_undeclared_koi8_r(void **state)
{
	struct buf		 in, out;
	struct charset_info	 info;

	(void)state;
	buf_init(&in);
	buf_init(&out);
	encode(ru_page, &in, 0);
	charset_to_utf8((unsigned char *)in.data, in.len, NULL, &out, &info);
	assert_string_equal(info.charset, "KOI8-R");
	assert_non_null(strstr(out.data, "Протесты в Вескарии"));
	assert_non_null(strstr(out.data, "правозащитники"));
	buf_release(&in);
	buf_release(&out);
}

static void
test_mac_cyrillic_means_1251(void **state)
{
	(void)state;
	assert_string_equal(charset_canonical("x-mac-cyrillic"),
	    "WINDOWS-1251");
	assert_string_equal(charset_canonical("MAC-CYRILLIC"),
	    "WINDOWS-1251");
	assert_string_equal(charset_canonical("latin1"), "WINDOWS-1252");
	assert_string_equal(charset_canonical("utf8"), "UTF-8");
	assert_string_equal(charset_canonical("koi8-u"), "KOI8-U");
	assert_null(charset_canonical("no-such-charset"));
	assert_null(charset_canonical("x\"><script"));
}

static void
test_declarations(void **state)
{
	const char	*where, *cs;
	static const char meta[] = "<html><head><meta charset=\"koi8-r\">";
	static const char equiv[] = "<meta http-equiv=\"Content-Type\" "
	    "content=\"text/html; charset=windows-1251\">";
	static const char xml[] = "<?xml version=\"1.0\" "
	    "encoding='ISO-8859-2'?><rss/>";

	(void)state;
	cs = charset_declared((const unsigned char *)meta, strlen(meta),
	    &where);
	assert_string_equal(cs, "KOI8-R");
	assert_string_equal(where, "meta");
	cs = charset_declared((const unsigned char *)equiv, strlen(equiv),
	    &where);
	assert_string_equal(cs, "WINDOWS-1251");
	cs = charset_declared((const unsigned char *)xml, strlen(xml),
	    &where);
	assert_string_equal(cs, "ISO-8859-2");
	assert_string_equal(where, "xml");
	assert_null(charset_declared((const unsigned char *)"<p>hi</p>", 9,
	    &where));
	/* Conflicting declarations: the first <meta> wins, over <?xml?>. */
	cs = charset_declared((const unsigned char *)"<?xml version=\"1.0\" "
	    "encoding=\"koi8-r\"?><html><meta http-equiv=\"Content-Type\" "
	    "content=\"text/html; charset=windows-1251\"><meta charset="
	    "\"utf-8\">", 141, &where);
	assert_string_equal(cs, "WINDOWS-1251");
	assert_string_equal(where, "meta");
}

/* A UTF-8 page with a stray invalid byte stays UTF-8 (U+FFFD for it). */
static void
test_mostly_utf8(void **state)
{
	static const char in[] = "<meta charset=\"utf-8\"><p>\xd0\x9c\xd0"
	    "\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0 \xff \xd0\xbc\xd0\xb8"
	    "\xd1\x80</p>";
	struct charset_info	 info;
	struct buf		 out;

	(void)state;
	buf_init(&out);
	charset_to_utf8((const unsigned char *)in, strlen(in), NULL, &out,
	    &info);
	assert_string_equal(info.charset, "UTF-8");
	assert_int_equal(info.replaced, 1);
	assert_string_equal(out.data, "<meta charset=\"utf-8\"><p>"
	    "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0 \xef\xbf\xbd "
	    "\xd0\xbc\xd0\xb8\xd1\x80</p>");
	buf_release(&out);
}

static void
test_declared_then_transport(void **state)
{
	struct buf		 in, out;
	struct charset_info	 info;

	(void)state;
	buf_init(&in);
	buf_init(&out);
	/* Declared in the page: wins over the transport. */
	buf_adds(&in, "<meta charset=windows-1252><p>caf\xe9 \x93quoted\x94");
	charset_to_utf8((unsigned char *)in.data, in.len, "koi8-r", &out,
	    &info);
	assert_string_equal(info.from, "meta");
	assert_non_null(strstr(out.data, "café “quoted”"));
	/* Nothing declared: the transport's charset. */
	buf_reset(&in);
	buf_adds(&in, "<p>caf\xe9</p>");
	charset_to_utf8((unsigned char *)in.data, in.len, "iso-8859-1", &out,
	    &info);
	assert_string_equal(info.from, "transport");
	assert_string_equal(out.data, "<p>café</p>");
	buf_release(&in);
	buf_release(&out);
}

static void
test_provably_wrong_declarations(void **state)
{
	struct buf		 in, out;
	struct charset_info	 info;

	(void)state;
	buf_init(&in);
	buf_init(&out);
	/* Declared UTF-8, but the bytes are windows-1251. */
	buf_adds(&in, "<meta charset=\"utf-8\">");
	encode(ru_page, &out, 1);
	buf_add(&in, out.data, out.len);
	charset_to_utf8((unsigned char *)in.data, in.len, NULL, &out, &info);
	assert_string_equal(info.from, "detected");
	assert_string_equal(info.charset, "WINDOWS-1251");
	assert_non_null(strstr(out.data, "Тысячи людей"));
	/* Declared latin1, but the bytes are valid UTF-8. */
	buf_reset(&in);
	buf_adds(&in, "<meta charset=iso-8859-1><p>café</p>");
	charset_to_utf8((unsigned char *)in.data, in.len, NULL, &out, &info);
	assert_string_equal(info.charset, "UTF-8");
	assert_non_null(strstr(out.data, "<p>café</p>"));
	buf_release(&in);
	buf_release(&out);
}

static void
test_bom_and_replacement(void **state)
{
	struct buf		 out;
	struct charset_info	 info;
	static const unsigned char u16[] = { 0xff, 0xfe, '<', 0, 'p', 0,
	    '>', 0, 0x16, 0x04, '<', 0 };
	struct buf		 bad;

	(void)state;
	buf_init(&out);
	charset_to_utf8(u16, sizeof(u16), NULL, &out, &info);
	assert_string_equal(info.from, "bom");
	assert_string_equal(out.data, "<p>Ж<");
	charset_to_utf8((const unsigned char *)"\xef\xbb\xbfhi", 5, NULL, &out,
	    &info);
	assert_string_equal(out.data, "hi");
	/*
	 * A UTF-8 page with three invalid sequences (0xff, a lone lead
	 * byte, NUL): still UTF-8, each sequence one U+FFFD.
	 */
	buf_init(&bad);
	buf_adds(&bad, ru_page);
	buf_adds(&bad, "<p>a\xff" "b\xc3(c");
	buf_addc(&bad, 0);
	buf_adds(&bad, "d</p>");
	charset_to_utf8((unsigned char *)bad.data, bad.len, NULL, &out,
	    &info);
	assert_string_equal(info.charset, "UTF-8");
	assert_int_equal(info.replaced, 3);
	assert_non_null(strstr(out.data, "<p>a\xef\xbf\xbd" "b\xef\xbf\xbd(c"
	    "\xef\xbf\xbd" "d</p>"));
	assert_true(utf8_valid(out.data, out.len));
	buf_release(&bad);
	buf_release(&out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_undeclared_windows_1251),
		cmocka_unit_test(test_undeclared_koi8_r),
		cmocka_unit_test(test_mac_cyrillic_means_1251),
		cmocka_unit_test(test_declarations),
		cmocka_unit_test(test_mostly_utf8),
		cmocka_unit_test(test_declared_then_transport),
		cmocka_unit_test(test_provably_wrong_declarations),
		cmocka_unit_test(test_bom_and_replacement),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
