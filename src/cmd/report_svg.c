/* SPDX-License-Identifier: MIT */
/*
 * The report's charts, drawn as inline SVG: a heatmap of groups x frames,
 * a small line chart per frame over time (a line per group), a bar chart
 * of each group's distinctive terms and a stacked bar of cited source
 * kinds. Every chart has a <title> and <desc> (its text alternative, named
 * by aria-labelledby) and every mark a <title> that browsers show as a
 * tooltip. Colours are colour-blind safe: ColorBrewer's sequential YlGnBu
 * for the heatmap (it reads by lightness alone), the Okabe-Ito palette
 * plus dash patterns for lines and categories. Marks carry a class (cell,
 * line, point, bar, seg) so tests can count them. The SVG is well-formed
 * XML, so the document stays parseable as XML too.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cmd/report.h"
#include "core/buf.h"
#include "core/utf8.h"

#define CH_W		7	/* average glyph width at 12px, for layout */
#define LABEL_MAX	28	/* longer labels are cut, full in <title> */

static void	svg_open(struct buf *, const char *id, int w, int h,
		    const char *title, const char *desc);
static void	svg_label(struct buf *, const char *s, size_t max);
static size_t	label_len(const char *s);
static const char *heat_colour(double t, bool *dark);
static void	heat_legend(struct buf *, int x, int y, double max);
static double	max_share(const struct report *);

/* ColorBrewer YlGnBu, 9 classes: light (low) to dark (high). */
static const char *const heat[] = {
	"#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4",
	"#1d91c0", "#225ea8", "#253494", "#081d58",
};

/* Okabe & Ito (2008); yellow last, it is faint on white. */
static const char *const okabe_ito[] = {
	"#0072b2", "#e69f00", "#009e73", "#cc79a7",
	"#56b4e9", "#d55e00", "#000000", "#f0e442",
};

static const char *const dashes[] = { "", "6 3", "2 3", "8 3 2 3" };

const char *
report_group_colour(size_t g)
{
	return okabe_ito[g % 8];
}

const char *
report_group_dash(size_t g)
{
	return dashes[(g / 8) % 4];
}

/* Length in characters (code points) of a UTF-8 label. */
static size_t
label_len(const char *s)
{
	size_t	 n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

/* Writes at most max characters of s, escaped, with an ellipsis if cut. */
static void
svg_label(struct buf *b, const char *s, size_t max)
{
	const char	*p = s;
	size_t		 n = 0, len = strlen(s), k;
	struct buf	 cut;

	if (label_len(s) <= max) {
		html_escape(b, s);
		return;
	}
	while (*p != '\0' && n < max - 1) {
		k = utf8_valid_prefix((const unsigned char *)p,
		    len - (size_t)(p - s));
		p += k ? k : 1;
		n++;
	}
	buf_init(&cut);
	buf_add(&cut, s, (size_t)(p - s));
	html_escape(b, cut.data);
	buf_adds(b, "\xe2\x80\xa6");
	buf_release(&cut);
}

static void
svg_open(struct buf *b, const char *id, int w, int h, const char *title,
    const char *desc)
{
	/*
	 * Charts shrink with a narrow page down to 60% of their size (text
	 * stays legible), then their figure scrolls sideways.
	 */
	buf_addf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""
	    " id=\"%s\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
	    " style=\"min-width:%dpx\" role=\"img\" "
	    "aria-labelledby=\"%s-t %s-d\">\n", id, w, h, w, h,
	    w * 6 / 10, id, id);
	buf_addf(b, "<title id=\"%s-t\">", id);
	html_escape(b, title);
	buf_addf(b, "</title>\n<desc id=\"%s-d\">", id);
	html_escape(b, desc);
	buf_adds(b, "</desc>\n");
}

/* The fill for t in [0, 1]; *dark tells to write white text on it. */
static const char *
heat_colour(double t, bool *dark)
{
	int	 i;

	if (!(t > 0))
		t = 0;
	if (t > 1)
		t = 1;
	i = (int)lround(t * 8);
	*dark = i >= 6;		/* white text where it contrasts more */
	return heat[i];
}

static double
max_share(const struct report *r)
{
	double	 m = 0;
	size_t	 i;

	for (i = 0; i < r->ngroups * r->nframes; i++)
		if (r->cells[i].total > 0 && r->cells[i].share > m)
			m = r->cells[i].share;
	return m;
}

static void
heat_legend(struct buf *b, int x, int y, double max)
{
	char	 s[32];
	bool	 dark;
	int	 i;

	buf_addf(b, "<g class=\"legend\" font-size=\"11\">"
	    "<text x=\"%d\" y=\"%d\">share of articles:</text>\n", x, y + 12);
	x += 124;
	for (i = 0; i <= 4; i++) {
		buf_addf(b, "<rect class=\"key\" x=\"%d\" y=\"%d\" width=\"44\""
		    " height=\"16\" fill=\"%s\" stroke=\"#999\"/>", x + i * 60,
		    y, heat_colour(i / 4.0, &dark));
		buf_addf(b, "<text x=\"%d\" y=\"%d\">%s</text>\n",
		    x + i * 60 + 2, y + 28, fmt_share(s, max * i / 4.0));
	}
	buf_adds(b, "</g>\n");
}

void
report_svg_heatmap(const struct report *r, struct buf *b)
{
	const struct rep_cell	*c;
	char			 s[32], lo[32], hi[32], n[32], k[32], desc[512];
	size_t			 g, f, lw = 0, fw = 0;
	int			 x0, y0, w, h, cw = 88, rh = 34;
	double			 max = max_share(r);
	bool			 dark = false;

	for (g = 0; g < r->ngroups; g++)
		if (label_len(r->groups[g].name) > lw)
			lw = label_len(r->groups[g].name);
	for (f = 0; f < r->nframes; f++)
		if (label_len(r->frames[f].name) > fw)
			fw = label_len(r->frames[f].name);
	lw = lw > LABEL_MAX ? LABEL_MAX : lw;
	fw = fw > LABEL_MAX ? LABEL_MAX : fw;
	x0 = 12 + (int)lw * CH_W;
	y0 = 16 + (int)(fw * CH_W * 0.72);
	w = x0 + (int)r->nframes * cw + 40;
	if (w < 420)
		w = 420;
	h = y0 + (int)r->ngroups * rh + 52;
	snprintf(desc, sizeof(desc), "A grid with one row per %s (%zu) and "
	    "one column per frame (%zu); darker cells mean a larger share of "
	    "the %s's articles use the frame, from 0%% up to %s. The table "
	    "below holds the same numbers.", r->by, r->ngroups, r->nframes,
	    r->by, fmt_share(s, max));
	svg_open(b, "chart-heatmap", w, h, "Frame prevalence: share of articles "
	    "using each frame", desc);
	if (max <= 0)
		max = 1;
	buf_adds(b, "<g font-size=\"12\">\n");
	for (f = 0; f < r->nframes; f++) {
		buf_addf(b, "<text transform=\"translate(%d,%d) rotate(-40)\">",
		    x0 + (int)f * cw + cw / 2 - 4, y0 - 6);
		svg_label(b, r->frames[f].name, LABEL_MAX);
		buf_adds(b, "</text>\n");
	}
	for (g = 0; g < r->ngroups; g++) {
		buf_addf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">",
		    x0 - 6, y0 + (int)g * rh + rh / 2 + 4);
		svg_label(b, r->groups[g].name, LABEL_MAX);
		buf_adds(b, "</text>\n");
		for (f = 0; f < r->nframes; f++) {
			c = &r->cells[g * r->nframes + f];
			buf_addf(b, "<g><rect class=\"cell\" x=\"%d\" y=\"%d\" "
			    "width=\"%d\" height=\"%d\" fill=\"%s\" "
			    "stroke=\"#fff\"><title>", x0 + (int)f * cw,
			    y0 + (int)g * rh, cw, rh, c->total > 0 ?
			    heat_colour(c->share / max, &dark) : "#eeeeee");
			html_escape(b, r->groups[g].name);
			buf_adds(b, " \xe2\x80\x94 ");
			html_escape(b, r->frames[f].name);
			if (c->total > 0) {
				buf_addf(b, ": %s of %s articles (%s); 95%% "
				    "interval %s\xe2\x80\x93%s",
				    fmt_count(k, c->docs), fmt_count(n,
				    c->total), fmt_share(s, c->share),
				    fmt_share(lo, c->lo), fmt_share(hi, c->hi));
			} else {
				dark = false;
				buf_adds(b, ": no articles");
			}
			buf_addf(b, "</title></rect><text x=\"%d\" y=\"%d\" "
			    "text-anchor=\"middle\" font-size=\"11\" "
			    "fill=\"%s\" pointer-events=\"none\">%s</text></g>\n",
			    x0 + (int)f * cw + cw / 2, y0 + (int)g * rh + rh / 2
			    + 4, dark ? "#fff" : "#000", c->total > 0 ?
			    fmt_share(s, c->share) : "\xe2\x80\x93");
		}
	}
	buf_adds(b, "</g>\n");
	heat_legend(b, 8, y0 + (int)r->ngroups * rh + 14, max);
	buf_adds(b, "</svg>\n");
}

/* The largest share of any group in any period for frame f. */
static double
series_max(const struct report *r, size_t f)
{
	const struct rep_series	*s = r->series;
	double			 m = 0, v;
	size_t			 g, p, np = s->nperiods;

	for (g = 0; g < r->ngroups; g++)
		for (p = 0; p < np; p++) {
			if (s->totals[g * np + p] == 0)
				continue;
			v = (double)s->docs[(f * r->ngroups + g) * np + p] /
			    (double)s->totals[g * np + p];
			if (v > m)
				m = v;
		}
	return m;
}

static void
series_axes(struct buf *b, const struct report *r, double max, int l, int t,
    int pw, int ph)
{
	const struct rep_series	*s = r->series;
	char			 v[32];
	size_t			 last = s->nperiods - 1;
	double			 mx;

	buf_addf(b, "<g font-size=\"10\" fill=\"#444\">"
	    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>"
	    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>\n",
	    l, t + ph, l + pw, t + ph, l, t, l + pw, t);
	buf_addf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0%%</text>"
	    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n",
	    l - 4, t + ph + 3, l - 4, t + 4, fmt_share(v, max));
	buf_addf(b, "<text x=\"%d\" y=\"%d\">", l, t + ph + 14);
	html_escape(b, s->periods[0]);
	buf_adds(b, "</text>");
	if (last > 0) {
		buf_addf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">",
		    l + pw, t + ph + 14);
		html_escape(b, s->periods[last]);
		buf_adds(b, "</text>");
	}
	if (last >= 4) {
		/* The middle period too, with a tick, on longer series. */
		mx = l + (double)pw * (double)(last / 2) / (double)last;
		buf_addf(b, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
		    "y2=\"%d\" stroke=\"#999\"/><text x=\"%.1f\" y=\"%d\" "
		    "text-anchor=\"middle\">", mx, t + ph, mx, t + ph + 3, mx,
		    t + ph + 14);
		html_escape(b, s->periods[last / 2]);
		buf_adds(b, "</text>");
	}
	buf_adds(b, "</g>\n");
}

/*
 * One group's line and its points (with tooltips) in frame f's chart. The
 * line is a path that breaks where the group has no article, so a gap is
 * not drawn as a trend.
 */
static void
series_line(struct buf *b, const struct report *r, size_t f, size_t g,
    double max, const int geo[4])
{
	const struct rep_series	*s = r->series;
	size_t			 p, np = s->nperiods;
	long			 d, n;
	double			 x, y;
	char			 ks[32], ns[32], vs[32];
	struct buf		 pts;
	bool			 pen = false;

	buf_init(&pts);
	for (p = 0; p < np; p++) {
		if ((n = s->totals[g * np + p]) == 0) {
			pen = false;
			continue;
		}
		d = s->docs[(f * r->ngroups + g) * np + p];
		x = geo[0] + (np > 1 ? (double)geo[2] * (double)p /
		    (double)(np - 1) : geo[2] / 2.0);
		y = geo[1] + geo[3] - geo[3] * ((double)d / (double)n) / max;
		buf_addf(&pts, "%s%c%.1f,%.1f", pts.len ? " " : "",
		    pen ? 'L' : 'M', x, y);
		pen = true;
		buf_addf(b, "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" "
		    "r=\"2.5\" fill=\"%s\"><title>", x, y,
		    report_group_colour(g));
		html_escape(b, r->groups[g].name);
		buf_adds(b, ", ");
		html_escape(b, s->periods[p]);
		buf_addf(b, ": %s of %s articles (%s)</title></circle>\n",
		    fmt_count(ks, d), fmt_count(ns, n),
		    fmt_share(vs, (double)d / (double)n));
	}
	if (pts.len > 0) {
		buf_addf(b, "<path class=\"line\" fill=\"none\" "
		    "stroke=\"%s\" stroke-width=\"1.8\"%s%s%s d=\"%s\">"
		    "<title>", report_group_colour(g),
		    *report_group_dash(g) ? " stroke-dasharray=\"" : "",
		    report_group_dash(g), *report_group_dash(g) ? "\"" : "",
		    pts.data);
		html_escape(b, r->groups[g].name);
		buf_adds(b, "</title></path>\n");
	}
	buf_release(&pts);
}

void
report_svg_series(const struct report *r, size_t f, struct buf *b)
{
	const struct rep_series	*s = r->series;
	char			 id[32], title[256], desc[512], v[32];
	const int		 geo[4] = { 46, 12, 264, 120 };
	double			 max = series_max(r, f);
	size_t			 g;

	snprintf(id, sizeof(id), "chart-series-%zu", f);
	snprintf(title, sizeof(title), "%s: share of articles per %s",
	    r->frames[f].name, report_unit_name(s->unit));
	snprintf(desc, sizeof(desc), "A line per %s over %zu %ss from %s to "
	    "%s; the vertical axis goes from 0%% to %s. The table below holds "
	    "the same numbers.", r->by, s->nperiods, report_unit_name(s->unit),
	    s->periods[0], s->periods[s->nperiods - 1], fmt_share(v, max));
	svg_open(b, id, 320, 160, title, desc);
	if (max <= 0)
		max = 1;
	series_axes(b, r, max, geo[0], geo[1], geo[2], geo[3]);
	for (g = 0; g < r->ngroups; g++)
		series_line(b, r, f, g, max, geo);
	buf_adds(b, "</svg>\n");
}

void
report_svg_terms(const struct report *r, size_t g, struct buf *b)
{
	const struct rep_terms	*t = &r->terms[g];
	char			 id[32], title[256], desc[256], gs[32], ls[32];
	size_t			 i, n = 0;
	double			 max = 0, w;
	int			 y;

	for (i = 0; i < t->n && n < 10; i++)
		if (t->v[i].log_ratio > 0) {
			n++;
			if (t->v[i].g2 > max)
				max = t->v[i].g2;
		}
	snprintf(id, sizeof(id), "chart-terms-%zu", g);
	snprintf(title, sizeof(title), "Distinctive terms of %s",
	    r->groups[g].name);
	snprintf(desc, sizeof(desc), "Bars for the %zu terms %s uses most "
	    "over the rest of the corpus, longer for a larger G\xc2\xb2; the "
	    "table below holds the numbers.", n, r->groups[g].name);
	svg_open(b, id, 420, 16 + (int)n * 20, title, desc);
	buf_adds(b, "<g font-size=\"11\">\n");
	for (i = 0, y = 8; i < t->n && y < 8 + (int)n * 20; i++) {
		if (t->v[i].log_ratio <= 0)
			continue;
		w = max > 0 ? 220 * t->v[i].g2 / max : 0;
		buf_addf(b, "<text x=\"136\" y=\"%d\" text-anchor=\"end\">",
		    y + 12);
		svg_label(b, t->v[i].term, 18);
		buf_addf(b, "</text><rect class=\"bar\" x=\"142\" y=\"%d\" "
		    "width=\"%.1f\" height=\"15\" fill=\"#0072b2\"><title>", y,
		    w < 1 ? 1 : w);
		html_escape(b, t->v[i].term);
		fmt_fixed(gs, t->v[i].g2, 1);
		buf_addf(b, ": G\xc2\xb2 %s, log ratio %s</title></rect>"
		    "<text x=\"%.1f\" y=\"%d\">%s</text>\n", gs,
		    fmt_fixed(ls, t->v[i].log_ratio, 2),
		    146 + (w < 1 ? 1 : w), y + 12, gs);
		y += 20;
	}
	buf_adds(b, "</g>\n</svg>\n");
}

#define MAX_KINDS	16

/* The kinds cited in any group, most mentioned first, ties by name. */
static size_t
voice_kinds(const struct report *r, const char **kinds, long *totals)
{
	size_t	 g, i, j, n = 0;
	long	 tl;
	const char *tk;

	for (g = 0; g < r->ngroups; g++)
		for (i = 0; i < r->sources[g].nkinds; i++) {
			for (j = 0; j < n; j++)
				if (strcmp(kinds[j],
				    r->sources[g].kinds[i].name) == 0)
					break;
			if (j == n && n == MAX_KINDS)
				continue;
			if (j == n) {
				kinds[n] = r->sources[g].kinds[i].name;
				totals[n++] = 0;
			}
			totals[j] += r->sources[g].kinds[i].n;
		}
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && (totals[j] > totals[j - 1] ||
		    (totals[j] == totals[j - 1] &&
		    strcmp(kinds[j], kinds[j - 1]) < 0)); j--) {
			tl = totals[j], totals[j] = totals[j - 1];
			totals[j - 1] = tl;
			tk = kinds[j], kinds[j] = kinds[j - 1];
			kinds[j - 1] = tk;
		}
	return n;
}

static long
kind_count(const struct rep_sources *s, const char *kind)
{
	size_t	 i;

	for (i = 0; i < s->nkinds; i++)
		if (strcmp(s->kinds[i].name, kind) == 0)
			return s->kinds[i].n;
	return 0;
}

static void
voices_row(struct buf *b, const struct report *r, size_t g,
    const char **kinds, size_t nk, int y)
{
	char	 cs[32], ss[32];
	long	 all = 0, n;
	size_t	 k;
	double	 x = 150, w;

	for (k = 0; k < nk; k++)
		all += kind_count(&r->sources[g], kinds[k]);
	buf_addf(b, "<text x=\"144\" y=\"%d\" text-anchor=\"end\">", y + 13);
	svg_label(b, r->groups[g].name, 20);
	buf_adds(b, "</text>\n");
	for (k = 0; k < nk && all > 0; k++) {
		if ((n = kind_count(&r->sources[g], kinds[k])) == 0)
			continue;
		w = 300.0 * (double)n / (double)all;
		buf_addf(b, "<rect class=\"seg\" x=\"%.1f\" y=\"%d\" "
		    "width=\"%.1f\" height=\"18\" fill=\"%s\" stroke=\"#fff\">"
		    "<title>", x, y, w, okabe_ito[k % 8]);
		html_escape(b, r->groups[g].name);
		buf_adds(b, ", ");
		html_escape(b, kinds[k]);
		buf_addf(b, ": %s citations (%s)</title></rect>\n",
		    fmt_count(cs, n), fmt_share(ss, (double)n / (double)all));
		x += w;
	}
}

void
report_svg_voices(const struct report *r, struct buf *b)
{
	const char	*kinds[MAX_KINDS];
	long		 totals[MAX_KINDS];
	char		 desc[512];
	size_t		 nk = voice_kinds(r, kinds, totals), g, k;
	int		 ly = 16 + (int)r->ngroups * 24;
	int		 h = ly + 14 * (int)((nk + 2) / 3) + 6;

	snprintf(desc, sizeof(desc), "A bar per %s, split by the kind of "
	    "source cited (%zu kinds); the width of each part is its share of "
	    "the %s's citations. The tables below list the sources.", r->by,
	    nk, r->by);
	svg_open(b, "chart-voices", 490, h, "Cited sources by kind", desc);
	buf_adds(b, "<g font-size=\"11\">\n");
	for (g = 0; g < r->ngroups; g++)
		voices_row(b, r, g, kinds, nk, 8 + (int)g * 24);
	for (k = 0; k < nk; k++) {
		buf_addf(b, "<rect class=\"key\" x=\"%d\" y=\"%d\" width=\"10\" "
		    "height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">",
		    150 + (int)(k % 3) * 110, ly + (int)(k / 3) * 14,
		    okabe_ito[k % 8], 164 + (int)(k % 3) * 110,
		    ly + 9 + (int)(k / 3) * 14);
		svg_label(b, kinds[k], 14);
		buf_adds(b, "</text>\n");
	}
	buf_adds(b, "</g>\n</svg>\n");
}
