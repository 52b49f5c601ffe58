/* SPDX-License-Identifier: MIT */
/*
 * The report as one self-contained HTML file: the style sheet is inline,
 * charts are inline SVG (report_svg.c), and nothing is fetched, so it
 * works offline and by e-mail. Each section opens with a plain-language
 * explanation and ends with the table behind its chart. The markup is
 * also well-formed XML (void elements self-closed, only the five XML
 * entities), which keeps it parseable by any tool. The print style sheet
 * sets no paper size, so A4 and Letter both get the page's own size, and
 * keeps charts and table rows whole across pages.
 */
#include <string.h>

#include "cmd/report.h"
#include "core/buf.h"

static void	html_head(const struct report *, struct buf *);
static void	html_about(const struct report *, struct buf *);
static void	html_corpus(const struct report *, struct buf *);
static void	html_prevalence(const struct report *, struct buf *);
static void	html_compare(const struct report *, struct buf *);
static void	html_series(const struct report *, struct buf *);
static void	html_series_table(const struct report *, struct buf *);
static void	html_terms(const struct report *, struct buf *);
static void	html_voices(const struct report *, struct buf *);
static void	html_syndication(const struct report *, struct buf *);
static void	html_evidence(const struct report *, struct buf *);
static void	evidence_row(struct buf *, const struct report *, size_t,
		    const struct rep_kwic *);
static void	html_frames(const struct report *, struct buf *);
static void	td_text(struct buf *, const char *);
static void	td_num(struct buf *, const char *);
static void	th_row(struct buf *, const char *const *cols);

static void
td_text(struct buf *b, const char *s)
{
	buf_adds(b, "<td>");
	html_escape(b, s ? s : "\xe2\x80\x93");
	buf_adds(b, "</td>");
}

static void
td_num(struct buf *b, const char *s)
{
	buf_adds(b, "<td class=\"n\">");
	html_escape(b, s);
	buf_adds(b, "</td>");
}

/* A header row; a column name starting with '#' is numeric. */
static void
th_row(struct buf *b, const char *const *cols)
{
	buf_adds(b, "<thead><tr>");
	for (; *cols != NULL; cols++)
		if (**cols == '#')
			buf_addf(b, "<th class=\"n\" scope=\"col\">%s</th>",
			    *cols + 1);
		else
			buf_addf(b, "<th scope=\"col\">%s</th>", *cols);
	buf_adds(b, "</tr></thead>\n<tbody>\n");
}

static void
html_head(const struct report *r, struct buf *b)
{
	buf_adds(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\"/>\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\"/>\n"
	    "<meta name=\"generator\" content=\"newsframe " NF_VERSION "\"/>\n"
	    "<title>");
	html_escape(b, r->title);
	buf_addf(b, "</title>\n<style>\n%s</style>\n</head>\n<body>\n",
	    report_css);
}

static void
html_about(const struct report *r, struct buf *b)
{
	char	 a[32], g[32];
	size_t	 i;

	buf_adds(b, "<header>\n<h1>");
	html_escape(b, r->title);
	buf_addf(b, "</h1>\n<p class=\"meta\">%s articles from %s %s%s",
	    fmt_count(a, r->articles), fmt_count(g, (long)r->ngroups),
	    r->by, r->ngroups == 1 ? "" : "s");
	if (r->first != NULL) {
		buf_adds(b, ", published ");
		html_escape(b, r->first);
		buf_adds(b, " to ");
		html_escape(b, r->last);
	}
	buf_adds(b, ". Lexicon: <code>");
	html_escape(b, r->lexicon);
	buf_adds(b, "</code>.");
	for (i = 0; i < r->ninputs; i++) {
		buf_adds(b, i ? ", <code>" : " Corpus: <code>");
		html_escape(b, r->inputs[i]);
		buf_adds(b, i + 1 == r->ninputs ? "</code>." : "</code>");
	}
	buf_adds(b, "</p>\n</header>\n<nav aria-label=\"Sections\">"
	    "<ol>\n<li><a href=\"#corpus\">Corpus</a></li>\n");
	if (r->cells != NULL)
		buf_adds(b, "<li><a href=\"#prevalence\">Frame prevalence</a>"
		    "</li>\n");
	if (r->series != NULL && r->series->nperiods > 0 && r->nframes > 0)
		buf_adds(b, "<li><a href=\"#time\">Frames over time</a></li>\n");
	if (r->terms != NULL)
		buf_adds(b, "<li><a href=\"#vocabulary\">Distinctive "
		    "vocabulary</a></li>\n");
	if (r->sources != NULL)
		buf_adds(b, "<li><a href=\"#voices\">Voices</a></li>\n");
	if (r->nlinks > 0)
		buf_adds(b, "<li><a href=\"#syndication\">Syndication</a>"
		    "</li>\n");
	if (r->evidence != NULL)
		buf_adds(b, "<li><a href=\"#evidence\">Evidence</a></li>\n");
	buf_adds(b, "<li><a href=\"#frames\">The frames</a></li>\n"
	    "</ol></nav>\n");
}

static void
html_corpus(const struct report *r, struct buf *b)
{
	static const char *const cols[] = { "", "#articles", "#words",
	    "#first", "#last", "languages", NULL };
	const struct rep_group	*g;
	char			 s[32];
	size_t			 i, j;

	buf_adds(b, "<section id=\"corpus\">\n<h2>Corpus</h2>\n"
	    "<p class=\"explain\">What was analysed: the number of articles "
	    "and words of each ");
	buf_adds(b, r->by);
	buf_adds(b, ", the dates of its first and last article and the "
	    "languages it wrote in. Every other section counts these "
	    "articles only.</p>\n<div class=\"scroll\"><table>\n");
	buf_adds(b, "<caption class=\"meta\">Articles per ");
	buf_adds(b, r->by);
	buf_adds(b, "</caption>\n");
	th_row(b, (const char *const[]){ r->by, cols[1], cols[2], cols[3],
	    cols[4], cols[5], NULL });
	for (i = 0; i < r->ngroups; i++) {
		g = &r->groups[i];
		buf_adds(b, "<tr>");
		td_text(b, g->name);
		td_num(b, fmt_count(s, g->articles));
		td_num(b, fmt_count(s, g->words));
		td_num(b, g->first ? g->first : "\xe2\x80\x93");
		td_num(b, g->last ? g->last : "\xe2\x80\x93");
		buf_adds(b, "<td>");
		for (j = 0; j < g->nlangs; j++) {
			buf_adds(b, j ? ", " : "");
			html_escape(b, g->langs[j].name);
			buf_addf(b, " %s", fmt_count(s, g->langs[j].n));
		}
		buf_adds(b, "</td></tr>\n");
	}
	buf_addf(b, "</tbody>\n<tfoot><tr><th scope=\"row\">all</th>");
	td_num(b, fmt_count(s, r->articles));
	td_num(b, fmt_count(s, r->words));
	td_num(b, r->first ? r->first : "\xe2\x80\x93");
	td_num(b, r->last ? r->last : "\xe2\x80\x93");
	buf_adds(b, "<td></td></tr></tfoot>\n</table></div>\n");
	if (r->articles == 0)
		buf_adds(b, "<p><strong>No article was read</strong>, so there "
		    "is nothing to compare.</p>\n");
	if (r->nexcluded == 0)
		buf_adds(b, "<p>No record was excluded.</p>\n");
	else {
		buf_adds(b, "<p>Excluded from the analysis:</p>\n<ul>\n");
		for (i = 0; i < r->nexcluded; i++) {
			buf_addf(b, "<li>%s: ", fmt_count(s,
			    r->excluded[i].n));
			html_escape(b, r->excluded[i].name);
			buf_adds(b, "</li>\n");
		}
		buf_adds(b, "</ul>\n");
	}
	buf_adds(b, "</section>\n");
}

static void
html_prevalence(const struct report *r, struct buf *b)
{
	const struct rep_cell	*c;
	char			 s[32], t[32];
	size_t			 g, f;

	buf_adds(b, "<section id=\"prevalence\">\n<h2>Frame prevalence"
	    "</h2>\n<p class=\"explain\">How many of each ");
	buf_addf(b, "%s's articles use each frame at least once, as a share "
	    "of its articles. Darker cells mean a larger share. A share from "
	    "a few articles is uncertain: the 95%% interval (in the tooltip "
	    "and the table) is the range of shares compatible with the "
	    "counts; where the intervals of two %ss overlap much, the "
	    "difference may be chance.</p>\n", r->by, r->by);
	buf_adds(b, "<figure class=\"scroll\">\n");
	report_svg_heatmap(r, b);
	buf_adds(b, "</figure>\n<div class=\"scroll\"><table class=\"keys\">\n");
	th_row(b, (const char *const[]){ r->by, "frame", "#articles with "
	    "frame", "#articles", "#share", "#95% interval", "#matches",
	    "#matches per 10k words", NULL });
	for (g = 0; g < r->ngroups; g++)
		for (f = 0; f < r->nframes; f++) {
			c = &r->cells[g * r->nframes + f];
			buf_adds(b, "<tr>");
			td_text(b, r->groups[g].name);
			td_text(b, r->frames[f].name);
			td_num(b, fmt_count(s, c->docs));
			td_num(b, fmt_count(s, c->total));
			td_num(b, c->total ? fmt_share(s, c->share) : "");
			buf_addf(b, "<td class=\"n\">%s\xe2\x80\x93%s</td>",
			    fmt_share(s, c->lo), fmt_share(t, c->hi));
			td_num(b, fmt_count(s, c->hits));
			td_num(b, c->words > 0 ? fmt_sig(s, 1e4 *
			    (double)c->hits / (double)c->words) : "");
			buf_adds(b, "</tr>\n");
		}
	buf_adds(b, "</tbody></table></div>\n");
	if (r->tests != NULL)
		html_compare(r, b);
	buf_adds(b, "</section>\n");
}

static void
html_compare(const struct report *r, struct buf *b)
{
	const struct rep_test	*t;
	char			 s[32];
	size_t			 f;

	buf_addf(b, "<h3>Do the %ss differ?</h3>\n<p class=\"explain\">For "
	    "each frame, a chi-square test of whether the share of articles "
	    "using it is the same in every %s. A small p (below 0.05, say) "
	    "means differences this large would be rare if the %ss used the "
	    "frame equally often. Cram\xc3\xa9r's V measures how large the "
	    "difference is, from 0 (none) to 1; with thousands of articles "
	    "even a tiny V is \xe2\x80\x9csignificant\xe2\x80\x9d, so read "
	    "both.</p>\n<div class=\"scroll\"><table>\n", r->by, r->by, r->by);
	th_row(b, (const char *const[]){ "frame", "#\xcf\x87\xc2\xb2", "#df",
	    "#p", "#Cram\xc3\xa9r's V", NULL });
	for (f = 0; f < r->nframes; f++) {
		t = &r->tests[f];
		buf_adds(b, "<tr>");
		td_text(b, r->frames[f].name);
		if (!t->valid) {
			buf_adds(b, "<td class=\"n\" colspan=\"4\">not testable"
			    " (fewer than two groups with articles, or no "
			    "article uses the frame)</td></tr>\n");
			continue;
		}
		td_num(b, fmt_fixed(s, t->chi2, 2));
		buf_addf(b, "<td class=\"n\">%d</td>", t->df);
		td_num(b, fmt_pvalue(s, t->p));
		td_num(b, fmt_fixed(s, t->cramers_v, 2));
		buf_adds(b, "</tr>\n");
	}
	buf_adds(b, "</tbody></table></div>\n");
}

static void
html_series(const struct report *r, struct buf *b)
{
	const char	*unit = report_unit_name(r->series->unit);
	char		 s[32];
	size_t		 g, f;

	buf_addf(b, "<section id=\"time\">\n<h2>Frames over time</h2>\n"
	    "<p class=\"explain\">For each frame, the share of each %s's "
	    "articles that use it, per %s. Each chart has its own vertical "
	    "scale, so compare lines within a chart; a %s with few articles "
	    "jumps around by chance. Points show the counts when hovered.",
	    r->by, unit, unit);
	if (r->series->undated > 0)
		buf_addf(b, " Articles without a publication date (%s) are "
		    "left out of these charts.", fmt_count(s,
		    r->series->undated));
	buf_adds(b, "</p>\n<p class=\"legend\">");
	for (g = 0; g < r->ngroups; g++) {
		buf_addf(b, "<span><i class=\"swatch\" style=\"border-top-color:"
		    "%s;border-top-style:%s\"></i>", report_group_colour(g),
		    *report_group_dash(g) ? "dashed" : "solid");
		html_escape(b, r->groups[g].name);
		buf_adds(b, "</span>");
	}
	buf_adds(b, "</p>\n<div class=\"grid\">\n");
	for (f = 0; f < r->nframes; f++) {
		buf_adds(b, "<div><h3>");
		html_escape(b, r->frames[f].name);
		buf_adds(b, "</h3>\n<figure>\n");
		report_svg_series(r, f, b);
		buf_adds(b, "</figure></div>\n");
	}
	buf_adds(b, "</div>\n");
	html_series_table(r, b);
	buf_adds(b, "</section>\n");
}

static void
html_series_table(const struct report *r, struct buf *b)
{
	const struct rep_series	*s = r->series;
	size_t			 f, g, p, np = s->nperiods;
	char			 a[32], k[32], v[32];
	long			 n, d;

	buf_addf(b, "<div class=\"scroll\"><table>\n<caption class=\"meta\">"
	    "Share of articles (articles with the frame / articles) per %s"
	    "</caption>\n<thead><tr><th scope=\"col\">frame</th><th "
	    "scope=\"col\">%s</th>", report_unit_name(s->unit),
	    report_unit_name(s->unit));
	for (g = 0; g < r->ngroups; g++) {
		buf_adds(b, "<th class=\"n\" scope=\"col\">");
		html_escape(b, r->groups[g].name);
		buf_adds(b, "</th>");
	}
	buf_adds(b, "</tr></thead>\n<tbody>\n");
	for (f = 0; f < r->nframes; f++)
		for (p = 0; p < np; p++) {
			/* A period without any article: no row. */
			for (n = 0, g = 0; g < r->ngroups; g++)
				n += s->totals[g * np + p];
			if (n == 0)
				continue;
			buf_adds(b, "<tr>");
			td_text(b, r->frames[f].name);
			td_text(b, s->periods[p]);
			for (g = 0; g < r->ngroups; g++) {
				n = s->totals[g * np + p];
				d = s->docs[(f * r->ngroups + g) * np + p];
				if (n == 0) {
					td_num(b, "\xe2\x80\x93");
					continue;
				}
				buf_addf(b, "<td class=\"n\">%s (%s/%s)</td>",
				    fmt_share(v, (double)d / (double)n),
				    fmt_count(k, d), fmt_count(a, n));
			}
			buf_adds(b, "</tr>\n");
		}
	buf_adds(b, "</tbody></table></div>\n");
}

static void
html_terms(const struct report *r, struct buf *b)
{
	const struct rep_terms	*t;
	char			 s[32];
	size_t			 g, i;

	buf_addf(b, "<section id=\"vocabulary\">\n<h2>Distinctive "
	    "vocabulary</h2>\n<p class=\"explain\">The words each %s uses "
	    "more often than the rest of the corpus, stop words left out. "
	    "G\xc2\xb2 (log-likelihood) says how sure we can be that the "
	    "difference is not chance: above 10.8 it is significant at "
	    "p &lt; 0.001 (on large corpora almost everything is, so look at "
	    "the size too). The log ratio says how large it is: +1 means "
	    "twice as frequent as in the rest, +2 four times.</p>\n",
	    r->by);
	for (g = 0; g < r->ngroups; g++) {
		t = &r->terms[g];
		buf_adds(b, "<h3>");
		html_escape(b, r->groups[g].name);
		buf_addf(b, "</h3>\n<p class=\"meta\">%s tokens, against ",
		    fmt_count(s, t->tokens));
		buf_addf(b, "%s in the rest.</p>\n", fmt_count(s,
		    t->ref_tokens));
		if (t->n == 0) {
			buf_adds(b, "<p>No term stands out.</p>\n");
			continue;
		}
		buf_adds(b, "<figure>\n");
		report_svg_terms(r, g, b);
		buf_adds(b, "</figure>\n<div class=\"scroll\"><table>\n");
		th_row(b, (const char *const[]){ "term", "#count",
		    "#count in the rest", "#G\xc2\xb2", "#log ratio", NULL });
		for (i = 0; i < t->n; i++) {
			buf_adds(b, "<tr>");
			td_text(b, t->v[i].term);
			td_num(b, fmt_count(s, t->v[i].count));
			td_num(b, fmt_count(s, t->v[i].ref_count));
			td_num(b, fmt_fixed(s, t->v[i].g2, 1));
			if (t->v[i].log_ratio > 0)
				buf_addf(b, "<td class=\"n\">+%s</td>",
				    fmt_fixed(s, t->v[i].log_ratio, 2));
			else
				td_num(b, fmt_fixed(s, t->v[i].log_ratio, 2));
			buf_adds(b, "</tr>\n");
		}
		buf_adds(b, "</tbody></table></div>\n");
	}
	buf_adds(b, "</section>\n");
}

static void
html_voices(const struct report *r, struct buf *b)
{
	const struct rep_sources	*src;
	char				 s[32];
	size_t				 g, i;

	buf_addf(b, "<section id=\"voices\">\n<h2>Voices</h2>\n"
	    "<p class=\"explain\">Whom each %s quotes or cites: officials and "
	    "other people, organisations, other media, anonymous sources. "
	    "The bars show the mix of kinds; the tables the most cited "
	    "sources, with how often they are cited and in how many "
	    "articles. Sources are found by patterns (quotes, \xe2\x80\x9csaid"
	    "\xe2\x80\x9d, \xe2\x80\x9c" "according to\xe2\x80\x9d...), so some "
	    "are missed and a few are wrong.</p>\n<figure class=\"scroll\">\n",
	    r->by);
	report_svg_voices(r, b);
	buf_adds(b, "</figure>\n");
	for (g = 0; g < r->ngroups; g++) {
		src = &r->sources[g];
		buf_adds(b, "<h3>");
		html_escape(b, r->groups[g].name);
		buf_adds(b, "</h3>\n");
		if (src->n == 0) {
			buf_adds(b, "<p>No source found.</p>\n");
			continue;
		}
		buf_adds(b, "<div class=\"scroll\"><table>\n");
		th_row(b, (const char *const[]){ "source", "kind",
		    "#citations", "#articles", NULL });
		for (i = 0; i < src->n; i++) {
			buf_adds(b, "<tr>");
			td_text(b, src->v[i].name);
			td_text(b, src->v[i].kind);
			td_num(b, fmt_count(s, src->v[i].mentions));
			td_num(b, fmt_count(s, src->v[i].docs));
			buf_adds(b, "</tr>\n");
		}
		buf_adds(b, "</tbody></table></div>\n");
	}
	buf_adds(b, "</section>\n");
}

static void
html_syndication(const struct report *r, struct buf *b)
{
	char	 s[32], t[32];
	size_t	 i;

	buf_addf(b, "<section id=\"syndication\">\n<h2>Syndication</h2>\n"
	    "<p class=\"explain\">The same text published by more than one "
	    "outlet, found as near-duplicates (most words shared, in order). "
	    "The earliest copy is taken as the origin; each row counts the "
	    "articles an outlet republished from another; where both are the "
	    "same outlet, copies of its own articles (found on an aggregator "
	    "that credits it, or published twice). Groups of copies: %s, "
	    "holding %s articles.</p>\n<div class=\"scroll\"><table>\n",
	    fmt_count(s, r->dup_clusters), fmt_count(t, r->dup_articles));
	th_row(b, (const char *const[]){ "origin", "republished by",
	    "#articles", NULL });
	for (i = 0; i < r->nlinks; i++) {
		buf_adds(b, "<tr>");
		td_text(b, r->links[i].origin);
		td_text(b, r->links[i].republisher);
		td_num(b, fmt_count(s, r->links[i].count));
		buf_adds(b, "</tr>\n");
	}
	buf_adds(b, "</tbody></table></div>\n</section>\n");
}

static void
evidence_row(struct buf *b, const struct report *r, size_t g,
    const struct rep_kwic *k)
{
	buf_adds(b, "<tr>");
	td_text(b, r->groups[g].name);
	buf_adds(b, "<td class=\"l\">");
	html_escape(b, k->left);
	buf_adds(b, "</td><td><mark>");
	html_escape(b, k->match);
	buf_adds(b, "</mark></td><td class=\"r\">");
	html_escape(b, k->right);
	buf_adds(b, "</td><td>");
	if (k->url != NULL) {
		buf_adds(b, "<a href=\"");
		html_escape(b, k->url);
		buf_adds(b, "\">");
	}
	html_escape(b, k->title ? k->title : (k->url ? "article" : k->outlet));
	if (k->url != NULL)
		buf_adds(b, "</a>");
	if (k->published != NULL) {
		buf_adds(b, " <span class=\"meta\">");
		html_escape(b, k->published);
		buf_adds(b, "</span>");
	}
	buf_adds(b, "</td></tr>\n");
}

static void
html_evidence(const struct report *r, struct buf *b)
{
	const struct rep_evidence	*e;
	size_t				 f, g, i, n;

	buf_addf(b, "<section id=\"evidence\">\n<h2>Evidence</h2>\n"
	    "<p class=\"explain\">What the counts counted: for each frame, a "
	    "few matches per %s in their context, taken from the original "
	    "text and linked to the article. They are a reproducible sample "
	    "(chosen by a hash of the article id), not the strongest "
	    "examples.</p>\n", r->by);
	for (f = 0; f < r->nframes; f++) {
		for (n = 0, g = 0; g < r->ngroups; g++)
			n += r->evidence[f * r->ngroups + g].n;
		buf_adds(b, "<h3>");
		html_escape(b, r->frames[f].name);
		buf_adds(b, "</h3>\n");
		if (n == 0) {
			buf_adds(b, "<p>No match.</p>\n");
			continue;
		}
		buf_adds(b, "<div class=\"scroll\"><table class=\"kwic\">\n");
		th_row(b, (const char *const[]){ r->by, "#before", "match",
		    "after", "article", NULL });
		for (g = 0; g < r->ngroups; g++) {
			e = &r->evidence[f * r->ngroups + g];
			for (i = 0; i < e->n; i++)
				evidence_row(b, r, g, &e->v[i]);
		}
		buf_adds(b, "</tbody></table></div>\n");
	}
	buf_adds(b, "</section>\n");
}

static void
html_frames(const struct report *r, struct buf *b)
{
	size_t	 f;

	buf_adds(b, "<section id=\"frames\">\n<h2>The frames</h2>\n"
	    "<p class=\"explain\">A frame is counted in an article when a "
	    "word or phrase of its lexicon occurs in it. Lexicons miss some "
	    "wordings and catch some unrelated uses; their counts mean "
	    "something only once checked against articles coded by hand."
	    "</p>\n<dl class=\"frames\">\n");
	for (f = 0; f < r->nframes; f++) {
		buf_adds(b, "<dt>");
		html_escape(b, r->frames[f].name);
		buf_adds(b, "</dt><dd>");
		html_escape(b, r->frames[f].note ? r->frames[f].note :
		    "(no definition in the lexicon)");
		buf_adds(b, "</dd>\n");
	}
	buf_adds(b, "</dl>\n");
	if (r->lexicon_notes != NULL) {
		buf_adds(b, "<h3>Notes on the lexicon</h3>\n"
		    "<div class=\"notes\">");
		html_escape(b, r->lexicon_notes);
		buf_adds(b, "</div>\n");
	}
	buf_adds(b, "</section>\n");
}

void
report_html(const struct report *r, struct buf *b)
{
	html_head(r, b);
	html_about(r, b);
	buf_adds(b, "<main>\n");
	html_corpus(r, b);
	if (r->cells != NULL)
		html_prevalence(r, b);
	if (r->series != NULL && r->series->nperiods > 0 && r->nframes > 0)
		html_series(r, b);
	if (r->terms != NULL)
		html_terms(r, b);
	if (r->sources != NULL)
		html_voices(r, b);
	if (r->nlinks > 0)
		html_syndication(r, b);
	if (r->evidence != NULL)
		html_evidence(r, b);
	html_frames(r, b);
	buf_adds(b, "</main>\n<footer>Made by newsframe " NF_VERSION);
	if (r->command != NULL) {
		buf_adds(b, " with <code>");
		html_escape(b, r->command);
		buf_adds(b, "</code>");
	}
	buf_adds(b, ". Self-contained: no script, font or image is "
	    "fetched.</footer>\n</body>\n</html>\n");
}
