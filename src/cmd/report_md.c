/* SPDX-License-Identifier: MIT */
/*
 * The report as Markdown (--format md): the same sections, explanations
 * and tables as the HTML document, without the charts, for pasting into a
 * paper's draft or a README. Tables are GitHub-flavoured pipe tables;
 * cell text has | and newlines escaped so a row stays a row.
 */
#include <stdio.h>
#include <string.h>

#include "cmd/report.h"
#include "core/buf.h"

static void	md_cell(struct buf *, const char *);
static void	md_text(struct buf *, const char *);
static void	md_head(struct buf *, const char *const *cols);
static void	md_corpus(const struct report *, struct buf *);
static void	md_prevalence(const struct report *, struct buf *);
static void	md_series(const struct report *, struct buf *);
static void	md_terms(const struct report *, struct buf *);
static void	md_voices(const struct report *, struct buf *);
static void	md_syndication(const struct report *, struct buf *);
static void	md_evidence(const struct report *, struct buf *);

/* Appends "| text " with the characters a table cell cannot hold escaped. */
static void
md_cell(struct buf *b, const char *s)
{
	buf_adds(b, "| ");
	md_text(b, s);
	buf_addc(b, ' ');
}

/* Appends text with Markdown's special characters escaped. */
static void
md_text(struct buf *b, const char *s)
{
	if (s == NULL)
		s = "\xe2\x80\x93";
	for (; *s != '\0'; s++)
		switch (*s) {
		case '|':
			buf_adds(b, "\\|");
			break;
		case '\n':
		case '\r':
		case '\t':
			buf_addc(b, ' ');
			break;
		case '<':
			buf_adds(b, "&lt;");
			break;
		case '&':
			buf_adds(b, "&amp;");
			break;
		case '\\':
		case '*':
		case '_':
		case '`':
		case '[':
		case ']':
			buf_addc(b, '\\');
			buf_addc(b, *s);
			break;
		default:
			buf_addc(b, *s);
		}
}

/* A header row; a column name starting with '#' is right-aligned. */
static void
md_head(struct buf *b, const char *const *cols)
{
	const char *const	*c;

	for (c = cols; *c != NULL; c++)
		buf_addf(b, "| %s ", **c == '#' ? *c + 1 : *c);
	buf_adds(b, "|\n");
	for (c = cols; *c != NULL; c++)
		buf_adds(b, **c == '#' ? "| ---: " : "| --- ");
	buf_adds(b, "|\n");
}

static void
md_corpus(const struct report *r, struct buf *b)
{
	const struct rep_group	*g;
	struct buf		 langs;
	char			 s[32];
	size_t			 i, j;

	buf_addf(b, "## Corpus\n\nWhat was analysed: the number of "
	    "articles and words of each %s, the dates of its first and last "
	    "article and the languages it wrote in.\n\n", r->by);
	md_head(b, (const char *const[]){ r->by, "#articles", "#words",
	    "first", "last", "languages", NULL });
	buf_init(&langs);
	for (i = 0; i < r->ngroups; i++) {
		g = &r->groups[i];
		md_cell(b, g->name);
		md_cell(b, fmt_count(s, g->articles));
		md_cell(b, fmt_count(s, g->words));
		md_cell(b, g->first);
		md_cell(b, g->last);
		buf_reset(&langs);
		for (j = 0; j < g->nlangs; j++)
			buf_addf(&langs, "%s%s %s", j ? ", " : "",
			    g->langs[j].name, fmt_count(s, g->langs[j].n));
		md_cell(b, langs.data);
		buf_adds(b, "|\n");
	}
	buf_release(&langs);
	buf_adds(b, "| **all** ");
	md_cell(b, fmt_count(s, r->articles));
	md_cell(b, fmt_count(s, r->words));
	md_cell(b, r->first);
	md_cell(b, r->last);
	md_cell(b, "");
	buf_adds(b, "|\n\n");
	if (r->articles == 0)
		buf_adds(b, "**No article was read**, so there is nothing to "
		    "compare.\n\n");
	if (r->nexcluded == 0)
		buf_adds(b, "No record was excluded.\n\n");
	else
		buf_adds(b, "Excluded from the analysis:\n\n");
	for (i = 0; i < r->nexcluded; i++)
		buf_addf(b, "- %s: %s\n", fmt_count(s, r->excluded[i].n),
		    r->excluded[i].name);
	if (r->nexcluded > 0)
		buf_addc(b, '\n');
}

static void
md_prevalence(const struct report *r, struct buf *b)
{
	const struct rep_cell	*c;
	const struct rep_test	*t;
	char			 s[32], u[32], iv[80];
	size_t			 g, f;

	buf_addf(b, "## Frame prevalence\n\nHow many of each %s's "
	    "articles use each frame at least once, as a share of its "
	    "articles, with the 95%% interval of that share.\n\n", r->by);
	md_head(b, (const char *const[]){ r->by, "frame", "#articles with "
	    "frame", "#articles", "#share", "#95% interval", "#matches",
	    "#matches per 10k words", NULL });
	for (g = 0; g < r->ngroups; g++)
		for (f = 0; f < r->nframes; f++) {
			c = &r->cells[g * r->nframes + f];
			md_cell(b, r->groups[g].name);
			md_cell(b, r->frames[f].name);
			md_cell(b, fmt_count(s, c->docs));
			md_cell(b, fmt_count(s, c->total));
			md_cell(b, c->total ? fmt_share(s, c->share) : "");
			snprintf(iv, sizeof(iv), "%s\xe2\x80\x93%s",
			    fmt_share(s, c->lo), fmt_share(u, c->hi));
			md_cell(b, iv);
			md_cell(b, fmt_count(s, c->hits));
			md_cell(b, c->words > 0 ? fmt_sig(s, 1e4 *
			    (double)c->hits / (double)c->words) : "");
			buf_adds(b, "|\n");
		}
	if (r->tests == NULL)
		return;
	buf_addf(b, "\n### Do the %ss differ?\n\nA chi-square test per frame "
	    "of whether the share of articles using it is the same in every "
	    "%s; Cram\xc3\xa9r's V measures the size of the difference (0 to "
	    "1).\n\n", r->by, r->by);
	md_head(b, (const char *const[]){ "frame", "#\xcf\x87\xc2\xb2",
	    "#df", "#p", "#Cram\xc3\xa9r's V", NULL });
	for (f = 0; f < r->nframes; f++) {
		t = &r->tests[f];
		md_cell(b, r->frames[f].name);
		if (!t->valid) {
			buf_adds(b, "| | | | not testable |\n");
			continue;
		}
		md_cell(b, fmt_fixed(s, t->chi2, 2));
		snprintf(iv, sizeof(iv), "%d", t->df);
		md_cell(b, iv);
		md_cell(b, fmt_pvalue(s, t->p));
		md_cell(b, fmt_fixed(s, t->cramers_v, 2));
		buf_adds(b, "|\n");
	}
	buf_addc(b, '\n');
}

static void
md_series(const struct report *r, struct buf *b)
{
	const struct rep_series	*s = r->series;
	const char		*unit = report_unit_name(s->unit);
	size_t			 f, g, p, np = s->nperiods;
	char			 v[32], k[32], a[32], cell[128];
	long			 n, d;

	buf_addf(b, "## Frames over time\n\nFor each frame, the share of "
	    "each %s's articles that use it, per %s (articles with the frame "
	    "/ articles).\n\n| frame | %s ", r->by, unit, unit);
	for (g = 0; g < r->ngroups; g++)
		md_cell(b, r->groups[g].name);
	buf_adds(b, "|\n| --- | --- ");
	for (g = 0; g < r->ngroups; g++)
		buf_adds(b, "| ---: ");
	buf_adds(b, "|\n");
	for (f = 0; f < r->nframes; f++)
		for (p = 0; p < np; p++) {
			/* A period without any article: no row. */
			for (n = 0, g = 0; g < r->ngroups; g++)
				n += s->totals[g * np + p];
			if (n == 0)
				continue;
			md_cell(b, r->frames[f].name);
			md_cell(b, s->periods[p]);
			for (g = 0; g < r->ngroups; g++) {
				n = s->totals[g * np + p];
				d = s->docs[(f * r->ngroups + g) * np + p];
				if (n == 0) {
					md_cell(b, NULL);
					continue;
				}
				snprintf(cell, sizeof(cell), "%s (%s/%s)",
				    fmt_share(v, (double)d / (double)n),
				    fmt_count(k, d), fmt_count(a, n));
				md_cell(b, cell);
			}
			buf_adds(b, "|\n");
		}
	if (s->undated > 0)
		buf_addf(b, "\nArticles without a publication date (%s) are "
		    "left out of this table.\n", fmt_count(v, s->undated));
	buf_addc(b, '\n');
}

static void
md_terms(const struct report *r, struct buf *b)
{
	const struct rep_terms	*t;
	char			 s[32];
	size_t			 g, i;

	buf_addf(b, "## Distinctive vocabulary\n\nThe words each %s uses "
	    "more often than the rest of the corpus: G\xc2\xb2 says "
	    "how sure the difference is (above 10.8: p < 0.001), the log "
	    "ratio how large (+1: twice as frequent).\n\n", r->by);
	for (g = 0; g < r->ngroups; g++) {
		t = &r->terms[g];
		buf_adds(b, "### ");
		md_text(b, r->groups[g].name);
		buf_addf(b, "\n\n%s tokens, ", fmt_count(s, t->tokens));
		buf_addf(b, "against %s in the rest.\n\n", fmt_count(s,
		    t->ref_tokens));
		if (t->n == 0) {
			buf_adds(b, "No term stands out.\n\n");
			continue;
		}
		md_head(b, (const char *const[]){ "term", "#count",
		    "#count in the rest", "#G\xc2\xb2", "#log ratio", NULL });
		for (i = 0; i < t->n; i++) {
			md_cell(b, t->v[i].term);
			md_cell(b, fmt_count(s, t->v[i].count));
			md_cell(b, fmt_count(s, t->v[i].ref_count));
			md_cell(b, fmt_fixed(s, t->v[i].g2, 1));
			buf_addf(b, "| %s", t->v[i].log_ratio > 0 ? "+" : "");
			buf_addf(b, "%s |\n", fmt_fixed(s, t->v[i].log_ratio,
			    2));
		}
		buf_addc(b, '\n');
	}
}

static void
md_voices(const struct report *r, struct buf *b)
{
	const struct rep_sources	*src;
	char				 s[32];
	size_t				 g, i;

	buf_addf(b, "## Voices\n\nWhom each %s quotes or cites, most "
	    "cited first, with the number of citations and of articles citing "
	    "the source.\n\n", r->by);
	for (g = 0; g < r->ngroups; g++) {
		src = &r->sources[g];
		buf_adds(b, "### ");
		md_text(b, r->groups[g].name);
		buf_adds(b, "\n\n");
		if (src->n == 0) {
			buf_adds(b, "No source found.\n\n");
			continue;
		}
		md_head(b, (const char *const[]){ "source", "kind",
		    "#citations", "#articles", NULL });
		for (i = 0; i < src->n; i++) {
			md_cell(b, src->v[i].name);
			md_cell(b, src->v[i].kind);
			md_cell(b, fmt_count(s, src->v[i].mentions));
			md_cell(b, fmt_count(s, src->v[i].docs));
			buf_adds(b, "|\n");
		}
		buf_addc(b, '\n');
	}
}

static void
md_syndication(const struct report *r, struct buf *b)
{
	char	 s[32], t[32];
	size_t	 i;

	buf_addf(b, "## Syndication\n\nThe same text published by more "
	    "than one outlet (near-duplicates; the earliest copy is taken as "
	    "the origin; where both outlets are the same, copies of its own "
	    "articles, e.g. on an aggregator). Groups of copies: %s, holding "
	    "%s articles.\n\n",
	    fmt_count(s, r->dup_clusters), fmt_count(t, r->dup_articles));
	md_head(b, (const char *const[]){ "origin", "republished by",
	    "#articles", NULL });
	for (i = 0; i < r->nlinks; i++) {
		md_cell(b, r->links[i].origin);
		md_cell(b, r->links[i].republisher);
		md_cell(b, fmt_count(s, r->links[i].count));
		buf_adds(b, "|\n");
	}
	buf_addc(b, '\n');
}

static void
md_evidence(const struct report *r, struct buf *b)
{
	const struct rep_kwic	*k;
	size_t			 f, g, i;

	buf_addf(b, "## Evidence\n\nFor each frame, a few matches per %s "
	    "in their context, from the original text (a sample chosen by a "
	    "hash of the article id).\n\n", r->by);
	for (f = 0; f < r->nframes; f++) {
		buf_adds(b, "### ");
		md_text(b, r->frames[f].name);
		buf_adds(b, "\n\n");
		md_head(b, (const char *const[]){ r->by, "#before", "match",
		    "after", "article", NULL });
		for (g = 0; g < r->ngroups; g++)
			for (i = 0; i < r->evidence[f * r->ngroups + g].n;
			    i++) {
				k = &r->evidence[f * r->ngroups + g].v[i];
				md_cell(b, r->groups[g].name);
				md_cell(b, k->left);
				md_cell(b, k->match);
				md_cell(b, k->right);
				md_cell(b, k->url ? k->url : k->title);
				buf_adds(b, "|\n");
			}
		buf_addc(b, '\n');
	}
}

void
report_md(const struct report *r, struct buf *b)
{
	char	 a[32];
	size_t	 f;

	buf_adds(b, "# ");
	md_text(b, r->title);
	buf_addf(b, "\n\n%s articles from %zu %ss", fmt_count(a, r->articles),
	    r->ngroups, r->by);
	if (r->first != NULL)
		buf_addf(b, ", published %s to %s", r->first, r->last);
	buf_addf(b, ". Lexicon: `%s`.", r->lexicon ? r->lexicon : "");
	for (f = 0; f < r->ninputs; f++)
		buf_addf(b, "%s`%s`%s", f ? ", " : " Corpus: ", r->inputs[f],
		    f + 1 == r->ninputs ? "." : "");
	buf_adds(b, "\n\n");
	md_corpus(r, b);
	if (r->cells != NULL)
		md_prevalence(r, b);
	if (r->series != NULL && r->series->nperiods > 0 && r->nframes > 0)
		md_series(r, b);
	if (r->terms != NULL)
		md_terms(r, b);
	if (r->sources != NULL)
		md_voices(r, b);
	if (r->nlinks > 0)
		md_syndication(r, b);
	if (r->evidence != NULL)
		md_evidence(r, b);
	buf_adds(b, "## The frames\n\n");
	for (f = 0; f < r->nframes; f++) {
		buf_adds(b, "- **");
		md_text(b, r->frames[f].name);
		buf_adds(b, "**: ");
		buf_adds(b, r->frames[f].note ? r->frames[f].note :
		    "(no definition in the lexicon)");
		buf_addc(b, '\n');
	}
	if (r->lexicon_notes != NULL)
		buf_addf(b, "\n### Notes on the lexicon\n\n%s\n",
		    r->lexicon_notes);
}
