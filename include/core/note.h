/* SPDX-License-Identifier: MIT */
/*
 * Notes: what a command's record() leaves for its ordered() step
 * (core/command.h), written as fields of bytes, each a length and the
 * bytes with a NUL after them, so a string read back is a C string. The
 * note is a struct buf the driver owns; what note_get returns points into
 * it and is borrowed for the ordered() call.
 */
#ifndef NF_CORE_NOTE_H
#define NF_CORE_NOTE_H

#include <stdbool.h>
#include <stddef.h>

struct buf;

/* Appends len bytes of s as one field (s may be NULL when len is 0). */
void	note_put(struct buf *, const void *s, size_t len);
/* Appends a string field; NULL reads back as NULL, not "". */
void	note_put_str(struct buf *, const char *s);

/*
 * Reads the field at *p, before end: sets *s (NUL-terminated; NULL for a
 * NULL string) and *len, moves *p past it. Returns false at the end.
 */
bool	note_get(const char **p, const char *end, const char **s,
	    size_t *len);
/* The next field as a string (NULL at the end or for a NULL string). */
const char *note_get_str(const char **p, const char *end);

#endif
