/* SPDX-License-Identifier: MIT */
/*
 * The frame hits of a record (contract in include/text/hits.h).
 */
#include <string.h>

#include "core/record.h"
#include "text/hits.h"

static void
match_field(struct matcher *m, const char *s, const char *lang,
    struct arena *a, struct field_hits *f)
{
	f->text = s ? s : "";
	f->len = strlen(f->text);
	tok_text(f->text, f->len, a, &f->toks);
	f->n = matcher_run(m, f->text, f->len, &f->toks, lang, a, &f->v);
}

void
hits_record(struct matcher *m, const struct record *r, struct arena *a,
    struct doc_hits *out)
{
	match_field(m, r->title, r->lang, a, &out->f[HITS_TITLE]);
	match_field(m, r->text, r->lang, a, &out->f[HITS_TEXT]);
	out->words = out->f[HITS_TITLE].toks.n + out->f[HITS_TEXT].toks.n;
}

void
hits_count(const struct doc_hits *d, long *counts)
{
	size_t	 i, k;

	for (i = 0; i < HITS_NFIELDS; i++)
		for (k = 0; k < d->f[i].n; k++)
			counts[d->f[i].v[k].frame]++;
}
