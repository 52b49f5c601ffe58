/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: an HTTP response as a WARC response block holds it
 * (http_parse: status line, headers, chunked transfer coding, gzip,
 * deflate and brotli content coding), then the body alone under each
 * content coding (http_decode), and the Content-Type parser on the first
 * line. Decoded bodies must stay inside the limit, errors have a reason.
 */
#include "harness.h"
#include "ingest/http.h"

#define LIMIT	((size_t)1 << 20)

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	static const char *const codings[] = {
		"gzip", "deflate", "br", "identity", "x-gzip", "compress"
	};
	struct http_response	 resp;
	struct arena		*a = arena_new();
	const unsigned char	*out;
	const char		*err, *type, *charset, *nl;
	char			*first;
	size_t			 out_len, i;

	err = NULL;
	if (http_parse(data, len, LIMIT, &resp, a, &err) == 0) {
		if (resp.body_len > LIMIT ||
		    (resp.body_len > 0 && resp.body == NULL))
			abort();
	} else if (err == NULL)
		abort();
	for (i = 0; i < sizeof(codings) / sizeof(codings[0]); i++) {
		err = NULL;
		if (http_decode(codings[i], data, len, LIMIT, &out, &out_len,
		    a, &err) == 0) {
			if (out_len > LIMIT && out_len != len)
				abort();
		} else if (err == NULL)
			abort();
	}
	nl = memchr(data, '\n', len);
	first = arena_strndup(a, (const char *)data,
	    nl ? (size_t)(nl - (const char *)data) : len);
	http_content_type(first, &type, &charset, a);
	arena_free(a);
	return 0;
}
