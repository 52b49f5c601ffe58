/* SPDX-License-Identifier: MIT */
/*
 * NFC for record strings through utf8proc. Most news text is already NFC
 * and much of it ASCII; ASCII is skipped without a call, and a string
 * utf8proc leaves unchanged is returned as it is.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "core/arena.h"
#include "core/swar.h"
#include "ingest/normalize.h"

const char *
normalize_nfc(const char *s, struct arena *a)
{
	const unsigned char	*p, *e;
	utf8proc_uint8_t	*nfc;
	const char		*r;

	if (s == NULL)
		return NULL;
	/* Eight ASCII bytes at a time up to the NUL strlen found. */
	p = (const unsigned char *)s;
	e = p + strlen(s);
	while (e - p >= 8 && !swar_high(swar_load(p)))
		p += 8;
	while (p < e && *p < 0x80)
		p++;
	if (p == e)
		return s;
	nfc = utf8proc_NFC((const utf8proc_uint8_t *)s);
	if (nfc == NULL)
		return s;	/* invalid UTF-8: the writer replaces it */
	r = strcmp((const char *)nfc, s) == 0 ? s :
	    arena_strdup(a, (const char *)nfc);
	free(nfc);
	return r;
}
