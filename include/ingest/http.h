/* SPDX-License-Identifier: MIT */
/*
 * HTTP/1.x responses as web archives store them: status line, headers,
 * body. The body comes back with Transfer-Encoding: chunked undone and
 * Content-Encoding gzip, deflate or br decoded. Strings and the body are
 * allocated in the arena given (the body may also point into the input).
 */
#ifndef NF_INGEST_HTTP_H
#define NF_INGEST_HTTP_H

#include <stddef.h>

struct arena;

struct http_response {
	int			 status;	/* 200, 404... */
	const char		*content_type;	/* media type, lowercase, or NULL */
	const char		*charset;	/* from Content-Type, or NULL */
	const char		*location;	/* Location header, or NULL */
	const unsigned char	*body;
	size_t			 body_len;
};

/*
 * Parses the response in p (len bytes). A decoded body larger than limit
 * bytes is an error. Returns 0, or -1 with *err set to a static reason
 * ("no HTTP status line", "bad chunked encoding", "corrupt gzip body"...).
 */
int	http_parse(const unsigned char *p, size_t len, size_t limit,
	    struct http_response *, struct arena *, const char **err);

/*
 * Splits a Content-Type value into its media type (lowercased) and
 * charset parameter (either may be set to NULL), in a.
 */
void	http_content_type(const char *value, const char **type,
	    const char **charset, struct arena *);

/*
 * Decodes a Content-Encoding ("gzip", "x-gzip", "deflate", "br";
 * "identity" or NULL copies nothing and returns the input). Returns 0 or
 * -1 with *err set; the output is in a.
 */
int	http_decode(const char *encoding, const unsigned char *p, size_t len,
	    size_t limit, const unsigned char **out, size_t *out_len,
	    struct arena *, const char **err);

#endif
