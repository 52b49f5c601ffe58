/* SPDX-License-Identifier: MIT */
/*
 * Charset choice and conversion to UTF-8 (iconv and uchardet are used
 * here only). See include/ingest/charset.h for the order of evidence.
 * Labels follow the WHATWG Encoding Standard where it matters: latin1,
 * iso-8859-1 and us-ascii mean windows-1252, which is what such pages
 * really are; a declared UTF-16 in an ASCII-compatible page is ignored.
 * Converters are opened once per charset and kept (per thread).
 */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>
#include <uchardet/uchardet.h>

#include "core/buf.h"
#include "core/utf8.h"
#include "ingest/charset.h"

#define SCAN_BYTES	4096
#define DETECT_BYTES	(256 * 1024)
#define N_CONVS		8

static const char	 replacement[] = "\xef\xbf\xbd";

/* Labels and the iconv names they stand for. */
static const struct {
	const char	*label;
	const char	*name;
} aliases[] = {
	{ "utf-8", "UTF-8" }, { "utf8", "UTF-8" },
	{ "unicode-1-1-utf-8", "UTF-8" },
	{ "us-ascii", "WINDOWS-1252" }, { "ascii", "WINDOWS-1252" },
	{ "iso-8859-1", "WINDOWS-1252" }, { "iso8859-1", "WINDOWS-1252" },
	{ "iso_8859-1", "WINDOWS-1252" },
	{ "latin1", "WINDOWS-1252" }, { "l1", "WINDOWS-1252" },
	{ "windows-1252", "WINDOWS-1252" }, { "cp1252", "WINDOWS-1252" },
	{ "windows-1251", "WINDOWS-1251" }, { "cp1251", "WINDOWS-1251" },
	{ "x-cp1251", "WINDOWS-1251" },
	{ "mac-cyrillic", "WINDOWS-1251" }, { "x-mac-cyrillic",
	    "WINDOWS-1251" },
	{ "maccyrillic", "WINDOWS-1251" },
	{ "koi8-r", "KOI8-R" }, { "koi8r", "KOI8-R" }, { "koi8-u", "KOI8-U" },
	{ "koi8-ru", "KOI8-RU" },
	{ "iso-8859-5", "ISO-8859-5" }, { "ibm866", "IBM866" },
	{ "cp866", "IBM866" }, { "iso-8859-2", "ISO-8859-2" },
	{ "windows-1250", "WINDOWS-1250" }, { "iso-8859-15", "ISO-8859-15" },
	{ "shift_jis", "SHIFT_JIS" }, { "euc-jp", "EUC-JP" },
	{ "gb2312", "GB18030" }, { "gbk", "GB18030" }, { "gb18030", "GB18030" },
	{ "big5", "BIG5-HKSCS" }, { "euc-kr", "CP949" },
	{ "utf-16", "UTF-16LE" }, { "utf-16le", "UTF-16LE" },
	{ "utf-16be", "UTF-16BE" },
};

struct conv {
	char	 name[64];
	iconv_t	 cd;
};

static __thread struct conv	 convs[N_CONVS];
static __thread size_t		 n_convs;
static __thread uchardet_t	 detector;

static bool
is_alnum(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    (c >= '0' && c <= '9');
}

/* An open converter from name to UTF-8, reset; (iconv_t)-1 if none. */
static iconv_t
conv_get(const char *name)
{
	size_t	 i;
	iconv_t	 cd;

	for (i = 0; i < n_convs; i++)
		if (strcmp(convs[i].name, name) == 0) {
			iconv(convs[i].cd, NULL, NULL, NULL, NULL);
			return convs[i].cd;
		}
	if ((cd = iconv_open("UTF-8", name)) == (iconv_t)-1)
		return cd;
	if (n_convs == N_CONVS) {
		iconv_close(convs[0].cd);
		memmove(convs, convs + 1, sizeof(convs) - sizeof(convs[0]));
		n_convs--;
	}
	snprintf(convs[n_convs].name, sizeof(convs[0].name), "%s", name);
	convs[n_convs].cd = cd;
	return convs[n_convs++].cd;
}

const char *
charset_canonical(const char *label)
{
	static __thread char	 other[64];
	size_t			 i;

	if (label == NULL || *label == '\0' || strlen(label) >= sizeof(other))
		return NULL;
	for (i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++)
		if (strcasecmp(label, aliases[i].label) == 0)
			return aliases[i].name;
	/* Anything else iconv knows, upper-cased. */
	for (i = 0; label[i]; i++) {
		unsigned char c = (unsigned char)label[i];

		if (!is_alnum(c) && c != '-' && c != '_' && c != '.' &&
		    c != ':')
			return NULL;
		other[i] = (char)((c >= 'a' && c <= 'z') ? c - 32 : c);
	}
	other[i] = '\0';
	if (conv_get(other) == (iconv_t)-1)
		return NULL;
	return other;
}

/* Case-insensitive search for an ASCII needle in p[0..len). */
static const unsigned char *
find_ci(const unsigned char *p, size_t len, const char *needle)
{
	size_t	 n = strlen(needle), i;

	for (i = 0; i + n <= len; i++)
		if (strncasecmp((const char *)p + i, needle, n) == 0)
			return p + i;
	return NULL;
}

/* The label at q (after "charset" or "encoding"), quotes optional. */
static const char *
read_label(const unsigned char *q, const unsigned char *end, char *out,
    size_t size)
{
	size_t	 n = 0;

	while (q < end && (*q == ' ' || *q == '=' || *q == '"' ||
	    *q == '\''))
		q++;
	while (q < end && n + 1 < size && (is_alnum(*q) || *q == '-' ||
	    *q == '_' || *q == '.' || *q == ':'))
		out[n++] = (char)*q++;
	out[n] = '\0';
	return n ? out : NULL;
}

/* The charset in the <meta> tags of p[0..len), or NULL. */
static const char *
meta_charset(const unsigned char *p, size_t len, char *label, size_t size)
{
	const unsigned char	*m = p, *end = p + len, *gt, *cs;

	while ((m = find_ci(m, (size_t)(end - m), "<meta")) != NULL) {
		gt = memchr(m, '>', (size_t)(end - m));
		if (gt == NULL)
			gt = end;
		cs = find_ci(m, (size_t)(gt - m), "charset");
		if (cs != NULL && read_label(cs + 7, gt, label, size) != NULL)
			return label;
		m = gt;
	}
	return NULL;
}

const char *
charset_declared(const unsigned char *p, size_t len, const char **where)
{
	char			 label[64];
	const unsigned char	*q, *gt;
	const char		*name;

	if (len > SCAN_BYTES)
		len = SCAN_BYTES;
	/* A page's <meta> wins over an XML declaration before it, as in
	   HTML parsers; the first <meta> with a charset counts. */
	if (meta_charset(p, len, label, sizeof(label)) != NULL &&
	    (name = charset_canonical(label)) != NULL) {
		*where = "meta";
		return name;
	}
	if (len >= 5 && memcmp(p, "<?xml", 5) == 0 &&
	    (gt = memchr(p, '>', len)) != NULL &&
	    (q = find_ci(p, (size_t)(gt - p), "encoding")) != NULL &&
	    read_label(q + 8, gt, label, sizeof(label)) != NULL &&
	    (name = charset_canonical(label)) != NULL) {
		*where = "xml";
		return name;
	}
	return NULL;
}

const char *
charset_detect(const unsigned char *p, size_t len)
{
	uchardet_t	 ud;
	const char	*cs, *name;

	if (detector == NULL)
		detector = uchardet_new();
	ud = detector;
	uchardet_reset(ud);
	uchardet_handle_data(ud, (const char *)p,
	    len > DETECT_BYTES ? DETECT_BYTES : len);
	uchardet_data_end(ud);
	cs = uchardet_get_charset(ud);
	/*
	 * Short windows-1251 texts come out as MacCyrillic, a charset no
	 * news page uses; the alias table maps it back.
	 */
	if (cs == NULL || *cs == '\0' || strcasecmp(cs, "ASCII") == 0)
		return "WINDOWS-1252";
	if ((name = charset_canonical(cs)) == NULL)
		return "WINDOWS-1252";
	return name;
}

/* Copies valid UTF-8, replacing invalid sequences and NUL bytes. */
static size_t
copy_utf8(const unsigned char *p, size_t len, struct buf *out)
{
	size_t	 i = 0, start = 0, n, bad = 0;

	buf_grow(out, len);
	while (i < len) {
		if (p[i] >= 0x01 && p[i] < 0x80) {
			i++;
			continue;
		}
		if (p[i] != 0 && (n = utf8_valid_prefix(p + i, len - i)) > 0) {
			i += n;
			continue;
		}
		buf_add(out, p + start, i - start);
		buf_adds(out, replacement);
		bad++;
		i++;
		start = i;
	}
	buf_add(out, p + start, len - start);
	return bad;
}

/* iconv from cd into out; each invalid sequence becomes U+FFFD. */
static size_t
convert(iconv_t cd, const unsigned char *p, size_t len, struct buf *out)
{
	char	*in = (char *)(uintptr_t)p, *o;
	size_t	 inleft = len, oleft, bad = 0;

	while (inleft > 0) {
		buf_grow(out, inleft * 2 + 16);
		o = out->data + out->len;
		oleft = out->cap - out->len - 1;
		if (iconv(cd, &in, &inleft, &o, &oleft) != (size_t)-1) {
			out->len = (size_t)(o - out->data);
			break;
		}
		out->len = (size_t)(o - out->data);
		if (errno == E2BIG)
			continue;
		buf_adds(out, replacement);
		bad++;
		if (errno == EINVAL)
			break;
		in++;
		inleft--;
	}
	out->data[out->len] = '\0';
	return bad;
}

static bool
has_multibyte(const unsigned char *p, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if (p[i] >= 0x80)
			return true;
	return false;
}

/*
 * UTF-8 with a few stray bad bytes (a truncated paste, one mis-encoded
 * field): valid multibyte sequences outnumber invalid bytes eight to one.
 * Such a page is UTF-8 with replacements; detecting another charset
 * would garble all of its real text instead.
 */
static bool
mostly_utf8(const unsigned char *p, size_t len)
{
	size_t		 i = 0, n, multi = 0, bad = 0;
	uint32_t	 cp;

	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if ((n = utf8_decode(p + i, len - i, &cp)) == 0) {
			bad++;
			i++;
		} else {
			multi++;
			i += n;
		}
	}
	return multi > 0 && bad * 8 <= multi;
}

/* Replaces NUL bytes in out (from iconv) by U+FFFD. */
static size_t
replace_nul(struct buf *out, size_t from)
{
	struct buf	 b;
	size_t		 i, bad = 0;

	if (memchr(out->data + from, '\0', out->len - from) == NULL)
		return 0;
	buf_init(&b);
	buf_add(&b, out->data, from);
	for (i = from; i < out->len; i++) {
		if (out->data[i] == '\0') {
			buf_adds(&b, replacement);
			bad++;
		} else
			buf_addc(&b, out->data[i]);
	}
	buf_release(out);
	*out = b;
	return bad;
}

static bool
is_utf16(const char *name)
{
	return strncmp(name, "UTF-16", 6) == 0 ||
	    strncmp(name, "UTF-32", 6) == 0;
}

/* Which charset: fills info->charset and ->from; returns bytes to skip. */
static size_t
choose(const unsigned char *p, size_t len, const char *transport,
    struct charset_info *info)
{
	const char	*name, *where;
	bool		 valid;

	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0) {
		info->charset = "UTF-8";
		info->from = "bom";
		return 3;
	}
	if (len >= 2 && (memcmp(p, "\xff\xfe", 2) == 0 ||
	    memcmp(p, "\xfe\xff", 2) == 0)) {
		info->charset = p[0] == 0xff ? "UTF-16LE" : "UTF-16BE";
		info->from = "bom";
		return 2;
	}
	if ((name = charset_declared(p, len, &where)) == NULL &&
	    (name = charset_canonical(transport)) != NULL)
		where = "transport";
	if (name != NULL && is_utf16(name))
		name = NULL;	/* ASCII-compatible bytes say otherwise */
	valid = utf8_valid((const char *)p, len) ||
	    mostly_utf8(p, len > DETECT_BYTES ? DETECT_BYTES : len);
	if (name != NULL && strcmp(name, "UTF-8") == 0 && !valid)
		name = NULL;	/* provably wrong: detect */
	else if (name != NULL && strcmp(name, "UTF-8") != 0 && valid &&
	    has_multibyte(p, len > DETECT_BYTES ? DETECT_BYTES : len))
		name = NULL;	/* mislabeled UTF-8 */
	if (name != NULL) {
		info->charset = name;
		info->from = where;
	} else if (valid) {
		info->charset = "UTF-8";
		info->from = "utf-8";
	} else {
		info->charset = charset_detect(p, len);
		info->from = "detected";
	}
	return 0;
}

int
charset_to_utf8(const unsigned char *p, size_t len, const char *transport,
    struct buf *out, struct charset_info *info)
{
	iconv_t		 cd;
	size_t		 skip;

	buf_reset(out);
	info->replaced = 0;
	skip = choose(p, len, transport, info);
	p += skip;
	len -= skip;
	if (strcmp(info->charset, "UTF-8") == 0) {
		info->replaced = copy_utf8(p, len, out);
		return 0;
	}
	if ((cd = conv_get(info->charset)) == (iconv_t)-1) {
		/* Known when chosen, so this is rare: fall back to UTF-8. */
		info->replaced = copy_utf8(p, len, out);
		return -1;
	}
	info->replaced = convert(cd, p, len, out);
	info->replaced += replace_nul(out, 0);
	/* A BOM-less UTF-16 text may still begin with U+FEFF. */
	if (out->len >= 3 && memcmp(out->data, "\xef\xbb\xbf", 3) == 0) {
		memmove(out->data, out->data + 3, out->len - 3);
		buf_truncate(out, out->len - 3);
	}
	return 0;
}

void
charset_thread_release(void)
{
	size_t	 i;

	for (i = 0; i < n_convs; i++)
		iconv_close(convs[i].cd);
	n_convs = 0;
	if (detector != NULL)
		uchardet_delete(detector);
	detector = NULL;
}
