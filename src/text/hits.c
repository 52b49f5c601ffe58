/* SPDX-License-Identifier: MIT */
/*
 * The frame hits of a record (contract in include/text/hits.h).
 */
#include <string.h>

#include "core/arena.h"
#include "core/record.h"
#include "text/attrib.h"
#include "text/hits.h"

static void
match_field(struct matcher *m, const char *s, const char *lang,
    struct arena *a, struct field_hits *f)
{
	f->text = s ? s : "";
	f->len = strlen(f->text);
	tok_text(f->text, f->len, a, &f->toks);
	f->n = matcher_run(m, f->text, f->len, &f->toks, lang, a, &f->v);
	f->source = NULL;
}

void
hits_record(struct matcher *m, const struct record *r, struct arena *a,
    struct doc_hits *out)
{
	match_field(m, r->title, r->lang, a, &out->f[HITS_TITLE]);
	/* A feed item may carry only its summary: that is its text. */
	match_field(m, r->text ? r->text : r->summary, r->lang, a,
	    &out->f[HITS_TEXT]);
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

void
hits_voice(struct doc_hits *d, const struct cues *cues, struct arena *a)
{
	struct field_hits	*f = &d->f[HITS_TEXT];
	struct attribs		 at;
	const struct attrib	*best;
	size_t			 i, k;

	d->f[HITS_TITLE].source = arena_calloc(a, d->f[HITS_TITLE].n + 1,
	    sizeof(char *));
	f->source = arena_calloc(a, f->n + 1, sizeof(char *));
	if (f->n == 0)
		return;
	attrib_find(f->text, f->len, cues, a, &at);
	for (i = 0; i < f->n; i++) {
		best = NULL;
		for (k = 0; k < at.n; k++) {
			const struct attrib	*x = &at.v[k];

			if (!x->direct || x->q_start > f->v[i].start ||
			    f->v[i].end > x->q_end)
				continue;
			if (best == NULL || x->q_end - x->q_start <
			    best->q_end - best->q_start)
				best = x;
		}
		f->source[i] = best ? best->name : NULL;
	}
}
