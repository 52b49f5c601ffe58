/* SPDX-License-Identifier: MIT */
/*
 * record_parse's fast path (record_scan), apart from the tree parse and
 * the writer in record.c.
 *
 * The fast path: a line that is an object of string and null members in
 * plain JSON (escapes other than \\u, no control characters, nothing
 * after the object), with authors and tags as arrays of such strings and
 * source as an object of them and a whole offset, which is what newsframe
 * writes, is read directly, checking its UTF-8 on the way and copying
 * only the fields kept. Anything else returns false and goes to the JSON
 * tree parser (core/json_tree.c), which decides what is valid and
 * reports what is not; what the fast path reads, it reads as that parser
 * does (tests check both on the same lines).
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "core/arena.h"
#include "core/jscan.h"
#include "core/record.h"
#include "core/utf8.h"
#include "record_int.h"

#define LIST_MAX	64	/* strings in a list read by the fast path */
#define OFFSET_DIGITS	15	/* a double holds them exactly */

static bool	scan_ws(const char **, const char *);
static void	unescape(char *, const char *, const char *);
static bool	scan_string(const char **, const char *, struct arena *,
		    const char **);
static bool	other_field(const char *, size_t);
static bool	scan_list(const char **, const char *, struct arena *,
		    const char ***, size_t *);
static bool	scan_offset(const char **, const char *, long long *);
static bool	scan_source(const char **, const char *, struct record *,
		    struct arena *);
static bool	scan_other(struct record *, struct arena *, size_t,
		    const char **, const char *);

static bool
scan_ws(const char **p, const char *end)
{
	while (*p < end && (**p == ' ' || **p == '\t' || **p == '\n' ||
	    **p == '\r'))
		(*p)++;
	return *p < end;
}

/* Copies the plain string from s to q to w, escapes undone, and a NUL. */
static void
unescape(char *w, const char *s, const char *q)
{
	const char	*bs;

	while ((bs = memchr(s, '\\', (size_t)(q - s))) != NULL) {
		memcpy(w, s, (size_t)(bs - s));
		w += bs - s;
		switch (bs[1]) {
		case 'b': *w++ = '\b'; break;
		case 'f': *w++ = '\f'; break;
		case 'n': *w++ = '\n'; break;
		case 'r': *w++ = '\r'; break;
		case 't': *w++ = '\t'; break;
		default: *w++ = bs[1]; break;
		}
		s = bs + 2;
	}
	memcpy(w, s, (size_t)(q - s));
	w[q - s] = '\0';
}

/*
 * A string from just after its opening quote: *p goes past the closing
 * one, *out (if out) gets its value in a, NULL if empty. False if the
 * string is not plain (see above) or not closed.
 */
static bool
scan_string(const char **p, const char *end, struct arena *a,
    const char **out)
{
	const char	*s = *p, *q = s;
	char		*v;
	size_t		 esc = 0, n;
	uint32_t	 cp;

	for (;;) {
		/* Plain runs by jscan (SIMD); the rest one by one here. */
		q += jscan_plain(q, (size_t)(end - q));
		if (q == end)
			return false;
		if (*q == '"')
			break;
		if ((unsigned char)*q < 0x20)
			return false;
		if ((unsigned char)*q >= 0x80) {
			/* UTF-8 checked here, in the same pass. */
			if ((n = utf8_decode((const unsigned char *)q,
			    (size_t)(end - q), &cp)) == 0)
				return false;
			q += n;
			continue;
		}
		if (++q == end || *q == '\0' ||
		    strchr("\"\\/bfnrt", *q) == NULL)
			return false;
		esc++;
		q++;
	}
	*p = q + 1;
	if (out == NULL)
		return true;
	if ((n = (size_t)(q - s) - esc) == 0) {
		*out = NULL;
		return true;
	}
	v = arena_alloc(a, n + 1);
	if (esc == 0) {
		memcpy(v, s, n);
		v[n] = '\0';
	} else
		unescape(v, s, q);
	*out = v;
	return true;
}

/* Fields that are not plain strings: read by scan_other. */
static bool
other_field(const char *k, size_t len)
{
	return (len == 7 && memcmp(k, "authors", 7) == 0) ||
	    (len == 4 && memcmp(k, "tags", 4) == 0) ||
	    (len == 6 && memcmp(k, "source", 6) == 0);
}

/*
 * authors or tags from *p: an array of strings, or one string, as
 * parse_array reads them (empty strings dropped; an empty array or
 * string leaves the field as it was).
 */
static bool
scan_list(const char **p, const char *end, struct arena *a,
    const char ***out, size_t *n)
{
	const char	*v[LIST_MAX];
	size_t		 i, count = 0, kept = 0;

	if (**p == '"') {
		(*p)++;
		if (!scan_string(p, end, a, &v[0]))
			return false;
		if (v[0] != NULL) {
			*out = arena_alloc(a, sizeof(char *));
			(*out)[0] = v[0];
			*n = 1;
		}
		return true;
	}
	if (**p != '[')
		return false;
	(*p)++;
	if (!scan_ws(p, end))
		return false;
	if (**p != ']')
		for (;;) {
			if (count == LIST_MAX || *(*p)++ != '"' ||
			    !scan_string(p, end, a, &v[count++]) ||
			    !scan_ws(p, end))
				return false;
			if (**p == ']')
				break;
			if (*(*p)++ != ',' || !scan_ws(p, end))
				return false;
		}
	(*p)++;
	if (count == 0)
		return true;
	*out = arena_alloc(a, count * sizeof(char *));
	for (i = 0; i < count; i++)
		if (v[i] != NULL)
			(*out)[kept++] = v[i];
	*n = kept;
	return true;
}

/* A whole number of at most OFFSET_DIGITS digits, as plain JSON writes
   it (no sign, no leading zero); else false. */
static bool
scan_offset(const char **p, const char *end, long long *v)
{
	const char	*s = *p;

	*v = 0;
	for (; *p < end && **p >= '0' && **p <= '9'; (*p)++)
		if (*p - s < OFFSET_DIGITS)
			*v = *v * 10 + (**p - '0');
	if (*p == s || *p - s > OFFSET_DIGITS || (*s == '0' && *p - s > 1))
		return false;
	return *p < end && strchr(".eE", **p) == NULL;
}

/*
 * source from *p: an object whose members are strings, null, or (offset)
 * a whole number, read as parse_source reads them; members of other
 * kinds go to the tree parser.
 */
static bool
scan_source(const char **p, const char *end, struct record *r,
    struct arena *a)
{
	const char	*k, *v;
	size_t		 klen;
	long long	 off;

	if (*(*p)++ != '{' || !scan_ws(p, end))
		return false;
	if (**p == '}') {
		(*p)++;
		return true;
	}
	for (;;) {
		if (*(*p)++ != '"')
			return false;
		k = *p;
		if (!scan_string(p, end, NULL, NULL))
			return false;
		klen = (size_t)(*p - 1 - k);
		if (memchr(k, '\\', klen) != NULL || !scan_ws(p, end) ||
		    *(*p)++ != ':' || !scan_ws(p, end))
			return false;
		if (**p == 'n' && end - *p >= 4 && memcmp(*p, "null", 4) == 0)
			*p += 4;
		else if (**p == '"') {
			(*p)++;
			if (!scan_string(p, end, a, &v))
				return false;
			if (klen == 4 && memcmp(k, "path", 4) == 0)
				r->source_path = v;
			else if (klen == 6 && memcmp(k, "format", 6) == 0)
				r->source_format = v;
		} else if (klen == 6 && memcmp(k, "offset", 6) == 0 &&
		    scan_offset(p, end, &off))
			r->source_offset = off;
		else
			return false;
		if (!scan_ws(p, end))
			return false;
		if (**p == '}') {
			(*p)++;
			return true;
		}
		if (*(*p)++ != ',' || !scan_ws(p, end))
			return false;
	}
}

/* authors, tags or source from *p (not null). */
static bool
scan_other(struct record *r, struct arena *a, size_t klen, const char **p,
    const char *end)
{
	if (klen == 7)
		return scan_list(p, end, a, &r->authors, &r->n_authors);
	if (klen == 4)
		return scan_list(p, end, a, &r->tags, &r->n_tags);
	return scan_source(p, end, r, a);
}

bool
record_scan(struct record *r, struct arena *a, const char *p, size_t len)
{
	const char	*end = p + len, *k;
	size_t		 klen;
	int		 f;

	if (!scan_ws(&p, end) || *p++ != '{' || !scan_ws(&p, end))
		return false;
	if (*p == '}') {
		p++;
		return !scan_ws(&p, end);
	}
	for (;;) {
		if (*p++ != '"')
			return false;
		k = p;
		if (!scan_string(&p, end, NULL, NULL))
			return false;
		klen = (size_t)(p - 1 - k);
		if (memchr(k, '\\', klen) != NULL || !scan_ws(&p, end) ||
		    *p++ != ':' || !scan_ws(&p, end))
			return false;
		f = record_str_field(k, klen);
		if (*p == 'n' && end - p >= 4 && memcmp(p, "null", 4) == 0)
			p += 4;	/* null: the field stays as it is */
		else if (f < 0 && other_field(k, klen)) {
			if (!scan_other(r, a, klen, &p, end))
				return false;
		} else if (*p != '"')
			return false;
		else if (p++, !scan_string(&p, end, a, f >= 0 ?
		    record_str_slot(r, (size_t)f) : NULL))
			return false;
		if (!scan_ws(&p, end))
			return false;
		if (*p == '}') {
			p++;
			return !scan_ws(&p, end);
		}
		if (*p++ != ',' || !scan_ws(&p, end))
			return false;
	}
}
