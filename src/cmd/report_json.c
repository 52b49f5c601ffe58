/* SPDX-License-Identifier: MIT */
/*
 * The report's data as one JSON document (--format json), for scripting:
 * every table of the HTML report in full, as arrays of flat objects whose
 * keys are the column names of the commands the numbers come from
 * (frames, keyness, sources, dedup). Counts are integers; rates and
 * statistics are numbers with ten significant digits; a missing value is
 * null. Written by hand, as the rest of newsframe's JSON.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cmd/report.h"
#include "core/buf.h"
#include "core/json.h"

/* The group as the commands print it ("" for records without one). */
#define GKEY(g)	((g)->key != NULL ? (g)->key : (g)->name)

static void	j_str(struct buf *, const char *key, const char *val);
static void	j_long(struct buf *, const char *key, long val);
static void	j_num(struct buf *, const char *key, double val);
static void	j_close(struct buf *, int);
static void	j_corpus(const struct report *, struct buf *);
static void	j_prevalence(const struct report *, struct buf *);
static void	j_series(const struct report *, struct buf *);
static void	j_terms(const struct report *, struct buf *);
static void	j_sources(const struct report *, struct buf *);
static void	j_syndication(const struct report *, struct buf *);
static void	j_evidence(const struct report *, struct buf *);

/* Each writer appends `"key":value,`; the closing brace trims the comma. */
static void
j_str(struct buf *b, const char *key, const char *val)
{
	json_key(b, key);
	if (val == NULL)
		buf_adds(b, "null");
	else
		json_string(b, val, strlen(val));
	buf_addc(b, ',');
}

static void
j_long(struct buf *b, const char *key, long val)
{
	json_key(b, key);
	buf_addf(b, "%ld,", val);
}

static void
j_num(struct buf *b, const char *key, double val)
{
	json_key(b, key);
	if (isfinite(val))
		buf_addf(b, "%.10g,", val);
	else
		buf_adds(b, "null,");
}

/* Replaces a trailing comma (and newline) by c, or appends c. */
static void
j_close(struct buf *b, int c)
{
	size_t	 n = b->len;

	while (n > 0 && b->data[n - 1] == '\n')
		n--;
	if (n > 0 && b->data[n - 1] == ',')
		buf_truncate(b, n - 1);
	buf_addc(b, c);
}

static void
j_corpus(const struct report *r, struct buf *b)
{
	const struct rep_group	*g;
	size_t			 i, j;

	j_long(b, "articles", r->articles);
	j_long(b, "words", r->words);
	j_str(b, "first", r->first);
	j_str(b, "last", r->last);
	buf_adds(b, "\n\"excluded\":[");
	for (i = 0; i < r->nexcluded; i++) {
		buf_addc(b, '{');
		j_str(b, "reason", r->excluded[i].name);
		j_long(b, "articles", r->excluded[i].n);
		j_close(b, '}');
		buf_addc(b, ',');
	}
	j_close(b, ']');
	buf_adds(b, ",\n\"groups\":[");
	for (i = 0; i < r->ngroups; i++) {
		g = &r->groups[i];
		buf_addc(b, '{');
		j_str(b, "name", GKEY(g));
		j_long(b, "articles", g->articles);
		j_long(b, "words", g->words);
		j_str(b, "first", g->first);
		j_str(b, "last", g->last);
		buf_adds(b, "\"langs\":{");
		for (j = 0; j < g->nlangs; j++)
			j_long(b, g->langs[j].name, g->langs[j].n);
		j_close(b, '}');
		buf_adds(b, "},\n");
	}
	j_close(b, ']');
	buf_adds(b, ",\n\"frames\":[");
	for (i = 0; i < r->nframes; i++) {
		buf_addc(b, '{');
		j_str(b, "name", r->frames[i].name);
		j_str(b, "note", r->frames[i].note);
		j_close(b, '}');
		buf_addc(b, ',');
	}
	j_close(b, ']');
	buf_addc(b, ',');
}

static void
j_prevalence(const struct report *r, struct buf *b)
{
	const struct rep_cell	*c;
	const struct rep_test	*t;
	size_t			 g, f;

	buf_adds(b, "\n\"prevalence\":[");
	for (g = 0; g < r->ngroups; g++)
		for (f = 0; f < r->nframes; f++) {
			c = &r->cells[g * r->nframes + f];
			buf_addc(b, '{');
			j_str(b, "group", GKEY(&r->groups[g]));
			j_str(b, "frame", r->frames[f].name);
			j_long(b, "hits", c->hits);
			j_long(b, "docs", c->docs);
			j_long(b, "docs_total", c->total);
			j_long(b, "words", c->words);
			j_num(b, "hits_per_10k", c->words > 0 ? 1e4 *
			    (double)c->hits / (double)c->words : NAN);
			j_num(b, "share_docs", c->total > 0 ? c->share : NAN);
			j_num(b, "ci_low", c->lo);
			j_num(b, "ci_high", c->hi);
			j_close(b, '}');
			buf_adds(b, ",\n");
		}
	j_close(b, ']');
	buf_adds(b, ",\n\"compare\":[");
	for (f = 0; r->tests != NULL && f < r->nframes; f++) {
		t = &r->tests[f];
		buf_addc(b, '{');
		j_str(b, "frame", r->frames[f].name);
		j_num(b, "chi2", t->valid ? t->chi2 : NAN);
		if (t->valid)
			j_long(b, "df", t->df);
		else
			j_str(b, "df", NULL);
		j_num(b, "p", t->valid ? t->p : NAN);
		j_num(b, "cramers_v", t->valid ? t->cramers_v : NAN);
		j_close(b, '}');
		buf_adds(b, ",\n");
	}
	j_close(b, ']');
	buf_addc(b, ',');
}

static void
j_series(const struct report *r, struct buf *b)
{
	const struct rep_series	*s = r->series;
	size_t			 f, g, p, np = s->nperiods;

	buf_adds(b, "\n\"series\":{");
	j_str(b, "unit", report_unit_name(s->unit));
	j_long(b, "undated", s->undated);
	buf_adds(b, "\"periods\":[");
	for (p = 0; p < np; p++) {
		json_string(b, s->periods[p], strlen(s->periods[p]));
		buf_addc(b, ',');
	}
	j_close(b, ']');
	buf_adds(b, ",\n\"rows\":[");
	for (f = 0; f < r->nframes; f++)
		for (g = 0; g < r->ngroups; g++)
			for (p = 0; p < np; p++) {
				if (s->totals[g * np + p] == 0)
					continue;
				buf_addc(b, '{');
				j_str(b, "frame", r->frames[f].name);
				j_str(b, "group", GKEY(&r->groups[g]));
				j_str(b, "period", s->periods[p]);
				j_long(b, "docs",
				    s->docs[(f * r->ngroups + g) * np + p]);
				j_long(b, "docs_total", s->totals[g * np + p]);
				j_close(b, '}');
				buf_adds(b, ",\n");
			}
	j_close(b, ']');
	buf_adds(b, "},");
}

static void
j_terms(const struct report *r, struct buf *b)
{
	const struct rep_term	*t;
	size_t			 g, i;

	buf_adds(b, "\n\"keyness\":[");
	for (g = 0; g < r->ngroups; g++)
		for (i = 0; i < r->terms[g].n; i++) {
			t = &r->terms[g].v[i];
			buf_addc(b, '{');
			j_str(b, "group", GKEY(&r->groups[g]));
			j_str(b, "term", t->term);
			j_long(b, "count", t->count);
			j_long(b, "ref_count", t->ref_count);
			j_long(b, "tokens", r->terms[g].tokens);
			j_long(b, "ref_tokens", r->terms[g].ref_tokens);
			j_num(b, "g2", t->g2);
			j_num(b, "log_ratio", t->log_ratio);
			j_close(b, '}');
			buf_adds(b, ",\n");
		}
	j_close(b, ']');
	buf_addc(b, ',');
}

static void
j_sources(const struct report *r, struct buf *b)
{
	const struct rep_source	*s;
	size_t			 g, i;

	buf_adds(b, "\n\"sources\":[");
	for (g = 0; g < r->ngroups; g++)
		for (i = 0; i < r->sources[g].n; i++) {
			s = &r->sources[g].v[i];
			buf_addc(b, '{');
			j_str(b, "group", GKEY(&r->groups[g]));
			j_str(b, "source", s->name);
			j_str(b, "kind", s->kind);
			j_long(b, "mentions", s->mentions);
			j_long(b, "docs", s->docs);
			j_close(b, '}');
			buf_adds(b, ",\n");
		}
	j_close(b, ']');
	buf_addc(b, ',');
}

static void
j_syndication(const struct report *r, struct buf *b)
{
	size_t	 i;

	buf_adds(b, "\n\"syndication\":{");
	j_long(b, "clusters", r->dup_clusters);
	j_long(b, "articles", r->dup_articles);
	buf_adds(b, "\"links\":[");
	for (i = 0; i < r->nlinks; i++) {
		buf_addc(b, '{');
		j_str(b, "origin", r->links[i].origin);
		j_str(b, "republisher", r->links[i].republisher);
		j_long(b, "count", r->links[i].count);
		j_close(b, '}');
		buf_adds(b, ",\n");
	}
	j_close(b, ']');
	buf_adds(b, "},");
}

static void
j_evidence(const struct report *r, struct buf *b)
{
	const struct rep_kwic	*k;
	size_t			 f, g, i;

	buf_adds(b, "\n\"evidence\":[");
	for (f = 0; f < r->nframes; f++)
		for (g = 0; g < r->ngroups; g++)
			for (i = 0; i < r->evidence[f * r->ngroups + g].n;
			    i++) {
				k = &r->evidence[f * r->ngroups + g].v[i];
				buf_addc(b, '{');
				j_str(b, "frame", r->frames[f].name);
				j_str(b, "group", GKEY(&r->groups[g]));
				j_str(b, "outlet", k->outlet);
				j_str(b, "published", k->published);
				j_str(b, "url", k->url);
				j_str(b, "title", k->title);
				j_str(b, "left", k->left);
				j_str(b, "match", k->match);
				j_str(b, "right", k->right);
				j_close(b, '}');
				buf_adds(b, ",\n");
			}
	j_close(b, ']');
	buf_addc(b, ',');
}

void
report_json(const struct report *r, struct buf *b)
{
	size_t	 i;

	buf_addc(b, '{');
	j_str(b, "title", r->title);
	j_str(b, "by", r->by);
	j_str(b, "lexicon", r->lexicon);
	j_str(b, "lexicon_notes", r->lexicon_notes);
	buf_adds(b, "\"inputs\":[");
	for (i = 0; i < r->ninputs; i++) {
		json_string(b, r->inputs[i], strlen(r->inputs[i]));
		buf_addc(b, ',');
	}
	j_close(b, ']');
	buf_addc(b, ',');
	j_corpus(r, b);
	if (r->cells != NULL)
		j_prevalence(r, b);
	if (r->series != NULL)
		j_series(r, b);
	if (r->terms != NULL)
		j_terms(r, b);
	if (r->sources != NULL)
		j_sources(r, b);
	if (r->links != NULL || r->dup_clusters > 0)
		j_syndication(r, b);
	if (r->evidence != NULL)
		j_evidence(r, b);
	j_close(b, '}');
	buf_addc(b, '\n');
}
