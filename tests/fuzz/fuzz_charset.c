/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: charset sniffing and conversion. The first byte picks
 * a transport label (none, or one of a few real and bogus labels); the
 * rest is the document. charset_to_utf8 must always yield valid UTF-8;
 * charset_declared and charset_detect return NULL or a name.
 */
#include "harness.h"
#include "ingest/charset.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	static const char *const labels[] = {
		NULL, "utf-8", "windows-1251", "ISO-8859-1", "koi8-r",
		"shift_jis", "utf-16le", "UTF-16", "gb18030", "x-bogus",
		"", "utf-7", "EUC-JP", "latin1", "utf-32", "big5"
	};
	struct charset_info	 info;
	struct buf		 out;
	const char		*where, *cs, *label = NULL;

	if (len > 0) {
		label = labels[data[0] % (sizeof(labels) / sizeof(labels[0]))];
		data++;
		len--;
	}
	cs = charset_declared(data, len, &where);
	if (cs != NULL && cs[0] == '\0')
		abort();
	cs = charset_detect(data, len);
	if (cs != NULL && cs[0] == '\0')
		abort();
	buf_init(&out);
	charset_to_utf8(data, len, label, &out, &info);
	if (!utf8_valid(out.data, out.len) || info.charset == NULL)
		abort();
	buf_release(&out);
	return 0;
}
