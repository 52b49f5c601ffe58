/* SPDX-License-Identifier: MIT */
/*
 * PCRE2 behind a small API (include/text/pattern.h). Patterns compile with
 * UTF, UCP (so \w and \b know every script) and MATCH_INVALID_UTF (so
 * corpora with a stray bad byte are still searched), then JIT-compile when
 * the library and CPU allow; the interpreter is the silent fallback.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/diag.h"
#include "core/xmalloc.h"
#include "text/pattern.h"

struct pattern {
	pcre2_code		*code;
	pcre2_match_data	*md;
	char			*source;
	int			 flags;
};

static struct pattern *
pattern_wrap(pcre2_code *code, const char *source, int flags)
{
	struct pattern	*p = xcalloc(1, sizeof(*p));

	p->code = code;
	(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	p->md = pcre2_match_data_create_from_pattern(code, NULL);
	if (p->md == NULL)
		nf_fatal("out of memory");
	p->source = xstrdup(source);
	p->flags = flags;
	return p;
}

/* Appends s with every ASCII punctuation character escaped. */
static void
quote(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		if ((unsigned char)*s < 0x80 && !(*s >= '0' && *s <= '9') &&
		    !((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z') &&
		    (unsigned char)*s > ' ')
			buf_addc(b, '\\');
		buf_addc(b, *s);
	}
}

struct pattern *
pattern_new(const char *re, int flags, char **err)
{
	pcre2_code	*code;
	uint32_t	 opts = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
	int		 ec;
	PCRE2_SIZE	 off;
	PCRE2_UCHAR	 msg[256];
	struct buf	 b;

	if (flags & PAT_ICASE)
		opts |= PCRE2_CASELESS;
	if (flags & PAT_WHOLE)
		opts |= PCRE2_ANCHORED | PCRE2_ENDANCHORED;
	buf_init(&b);
	if (flags & PAT_WORD)
		buf_adds(&b, "\\b(?:");
	if (flags & PAT_LITERAL)
		quote(&b, re);
	else
		buf_adds(&b, re);
	if (flags & PAT_WORD)
		buf_adds(&b, ")\\b");
	code = pcre2_compile((PCRE2_SPTR)b.data, b.len, opts, &ec, &off, NULL);
	buf_release(&b);
	if (code == NULL) {
		pcre2_get_error_message(ec, msg, sizeof(msg));
		if ((flags & PAT_WORD) && off >= 5)
			off -= 5;	/* the offset into re, not the wrapper */
		if (err != NULL) {
			size_t	 n = strlen((char *)msg) + 64;

			*err = xmalloc(n);
			snprintf(*err, n, "at offset %zu: %s", (size_t)off,
			    (char *)msg);
		}
		return NULL;
	}
	return pattern_wrap(code, re, flags);
}

struct pattern *
pattern_dup(const struct pattern *p)
{
	pcre2_code	*code = pcre2_code_copy(p->code);

	if (code == NULL)
		nf_fatal("out of memory");
	return pattern_wrap(code, p->source, p->flags);
}

void
pattern_free(struct pattern *p)
{
	if (p == NULL)
		return;
	pcre2_match_data_free(p->md);
	pcre2_code_free(p->code);
	free(p->source);
	free(p);
}

bool
pattern_find(struct pattern *p, const char *s, size_t len, size_t from,
    size_t *start, size_t *end)
{
	PCRE2_SIZE	*ov;
	int		 rc;

	if (from > len)
		return false;
	rc = pcre2_match(p->code, (PCRE2_SPTR)s, len, from, 0, p->md, NULL);
	if (rc < 0)
		return false;
	ov = pcre2_get_ovector_pointer(p->md);
	if (start != NULL)
		*start = ov[0];
	if (end != NULL)
		*end = ov[1];
	return true;
}

bool
pattern_match(struct pattern *p, const char *s, size_t len)
{
	return pattern_find(p, s, len, 0, NULL, NULL);
}

const char *
pattern_source(const struct pattern *p)
{
	return p->source;
}
