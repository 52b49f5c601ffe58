/* SPDX-License-Identifier: MIT */
/*
 * Fields of a note (core/note.h): a size_t length (SIZE_MAX for a NULL
 * string), the bytes, a NUL. Lengths are copied with memcpy, so fields
 * need no alignment.
 */
#include <stdint.h>
#include <string.h>

#include "core/buf.h"
#include "core/note.h"

void
note_put(struct buf *b, const void *s, size_t len)
{
	buf_add(b, &len, sizeof(len));
	if (len > 0 && len != SIZE_MAX)
		buf_add(b, s, len);
	buf_addc(b, '\0');
}

void
note_put_str(struct buf *b, const char *s)
{
	note_put(b, s, s == NULL ? SIZE_MAX : strlen(s));
}

bool
note_get(const char **p, const char *end, const char **s, size_t *len)
{
	size_t	 n;

	if (*p == NULL || end - *p < (ptrdiff_t)(sizeof(n) + 1))
		return false;
	memcpy(&n, *p, sizeof(n));
	*p += sizeof(n);
	if (n == SIZE_MAX) {
		*s = NULL;
		*len = 0;
		*p += 1;
		return true;
	}
	*s = *p;
	*len = n;
	*p += n + 1;
	return true;
}

const char *
note_get_str(const char **p, const char *end)
{
	const char	*s;
	size_t		 len;

	return note_get(p, end, &s, &len) ? s : NULL;
}
