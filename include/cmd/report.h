/* SPDX-License-Identifier: MIT */
/*
 * The report's data model, shared by the files of `newsframe report`
 * (src/cmd/report*.c) and its tests: the corpus pass fills a struct
 * report with plain counts and scores, and the renderers (HTML with inline
 * SVG, Markdown, JSON) turn it into a document without computing anything
 * but rates. Every string and array hangs from the report's arena:
 * report_new makes it, report_free frees it all; renderers borrow.
 *
 * Matrices are stored flat, row-major: cells[g * nframes + f] for group g
 * and frame f; series counts[(f * ngroups + g) * nperiods + p].
 */
#ifndef NF_CMD_REPORT_H
#define NF_CMD_REPORT_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct buf;

/* A count with a label: languages of a group, exclusion reasons. */
struct rep_count {
	const char	*name;
	long		 n;
};

struct rep_group {
	const char		*name;		/* as shown: "(none)" for "" */
	const char		*key;		/* as the commands print it */
	long			 articles;
	long			 words;
	const char		*first;		/* earliest published day, or NULL */
	const char		*last;
	struct rep_count	*langs;		/* most frequent first */
	size_t			 nlangs;
};

struct rep_frame {
	const char	*name;
	const char	*note;		/* one-line definition, or NULL */
};

/* One group x frame cell of the prevalence table. */
struct rep_cell {
	long	 hits;		/* matches */
	long	 docs;		/* articles with the frame */
	long	 total;		/* articles of the group */
	long	 words;		/* words of the group */
	double	 share;		/* docs / total */
	double	 lo, hi;	/* 95% Wilson interval of share */
};

/* The --compare test of one frame across groups. */
struct rep_test {
	double	 chi2;
	int	 df;
	double	 p;
	double	 cramers_v;
	bool	 valid;		/* false: fewer than two groups with articles */
};

enum rep_unit {
	REP_DAY,
	REP_WEEK,
	REP_MONTH,
	REP_YEAR,
};

/* Frames over time: article counts per period, a series per frame. */
struct rep_series {
	enum rep_unit	  unit;
	const char	**periods;	/* labels, in time order */
	size_t		  nperiods;
	long		 *totals;	/* [g * nperiods + p]: articles */
	long		 *docs;		/* [(f * ngroups + g) * nperiods + p] */
	long		  undated;	/* articles without a usable date */
};

/* A distinctive term of one group against the rest. */
struct rep_term {
	const char	*term;
	long		 count;		/* in the group */
	long		 ref_count;	/* in the rest */
	double		 g2;
	double		 log_ratio;	/* log2 of relative frequencies */
};

struct rep_terms {
	struct rep_term	*v;
	size_t		 n;
	long		 tokens;	/* tokens in the group */
	long		 ref_tokens;	/* tokens in the rest */
};

/* A cited source of one group. */
struct rep_source {
	const char	*name;
	const char	*kind;		/* person, organisation, media, ... */
	long		 mentions;
	long		 docs;
};

struct rep_sources {
	struct rep_source	*v;	/* most cited first */
	size_t			 n;
	struct rep_count	*kinds;	/* mentions per kind, all sources */
	size_t			 nkinds;
};

/* Syndication: articles of origin republished by another outlet. */
struct rep_link {
	const char	*origin;
	const char	*republisher;
	long		 count;
};

/* One evidence line: a frame match in context. */
struct rep_kwic {
	const char	*left;
	const char	*match;
	const char	*right;
	const char	*url;		/* may be NULL */
	const char	*title;		/* may be NULL */
	const char	*outlet;
	const char	*published;	/* may be NULL */
};

struct rep_evidence {
	struct rep_kwic	*v;
	size_t		 n;
};

/* What the report shows; NULL or 0 parts are left out of the document. */
struct report {
	struct arena		*arena;
	const char		*title;
	const char		*by;		/* "outlet" or "group" */
	const char		*lexicon;	/* path(s), for the record */
	const char		*lexicon_notes;	/* text of --lexicon-notes */
	const char		*command;	/* the command line, for the record */
	const char		**inputs;
	size_t			  ninputs;

	long			  articles;	/* analysed */
	long			  words;
	const char		 *first, *last;
	struct rep_count	 *excluded;	/* reason, articles */
	size_t			  nexcluded;

	struct rep_group	 *groups;	/* sorted by name */
	size_t			  ngroups;
	struct rep_frame	 *frames;	/* lexicon order */
	size_t			  nframes;

	struct rep_cell		 *cells;	/* ngroups x nframes, or NULL */
	struct rep_test		 *tests;	/* nframes, or NULL */
	struct rep_series	 *series;	/* or NULL */
	struct rep_terms	 *terms;	/* ngroups, or NULL */
	struct rep_sources	 *sources;	/* ngroups, or NULL */
	struct rep_link		 *links;	/* or NULL */
	size_t			  nlinks;
	long			  dup_clusters;	/* near-duplicate clusters */
	long			  dup_articles;	/* articles in them */
	struct rep_evidence	 *evidence;	/* nframes x ngroups, or NULL */
};

/*
 * The corpus part of the pass (report_corpus.c): groups, their articles,
 * words, dates and languages, and article counts per day for the time
 * series. Groups get indexes in order of first appearance; finish sorts
 * them by name and tells the order through rep_corpus_order.
 */
struct rep_corpus;
struct record;

struct rep_corpus *rep_corpus_new(size_t nframes);
void		 rep_corpus_free(struct rep_corpus *);	/* NULL is fine */
/* The index of group name (copied on first sight). */
size_t		 rep_corpus_group(struct rep_corpus *, const char *name);
/*
 * Counts one article of group g: its words, its date and language, and
 * for the series which frames it uses (has[f], nframes entries; NULL when
 * none does).
 */
void		 rep_corpus_add(struct rep_corpus *, size_t g,
		    const struct record *, long words, const bool *has);
/* Number of groups seen. */
size_t		 rep_corpus_ngroups(const struct rep_corpus *);
/*
 * Adds the counts of w, a -j worker's pass, to c. Returns map[i] = the
 * index in c of w's group i, for the other passes' joins; free it.
 */
size_t		*rep_corpus_join(struct rep_corpus *c,
		    const struct rep_corpus *w);
/*
 * Fills r->groups (sorted by name), r->articles, r->words, r->first,
 * r->last and, when with_series, r->series (frames must be set). Returns
 * order[i] = the pass index of the i-th group of the report, valid until
 * rep_corpus_free.
 */
const size_t	*rep_corpus_finish(struct rep_corpus *, struct report *,
		    bool with_series);

/*
 * Frame counts (report_frames.c): per group and frame the matches and the
 * articles with at least one; finish fills r->cells and r->tests with the
 * shares, Wilson intervals and chi-square tests of stats/prop.h.
 */
struct rep_frames;

struct rep_frames *rep_frames_new(size_t nframes);
void		 rep_frames_free(struct rep_frames *);	/* NULL is fine */
/* Counts an article of group g with hits[f] matches; sets has[f]. */
void		 rep_frames_add(struct rep_frames *, size_t g,
		    const long *hits, long words, bool *has);
void		 rep_frames_finish(const struct rep_frames *,
		    struct report *, const size_t *order);
/* Adds w's counts to t; map as rep_corpus_join returns it. */
void		 rep_frames_join(struct rep_frames *t,
		    const struct rep_frames *w, const size_t *map);

/*
 * Distinctive terms (report_terms.c): unigram counts per group as `terms`
 * counts them; finish fills r->terms with the top over-used terms of
 * each group against the rest by G2.
 */
struct rep_terms_pass;
struct tokens;

struct rep_terms_pass *rep_terms_new(void);
void		 rep_terms_free(struct rep_terms_pass *);	/* NULL ok */
void		 rep_terms_add(struct rep_terms_pass *, size_t g,
		    const struct tokens *, const char *lang, struct arena *);
void		 rep_terms_finish(const struct rep_terms_pass *,
		    struct report *, const size_t *order, int top);
void		 rep_terms_join(struct rep_terms_pass *t,
		    const struct rep_terms_pass *w, const size_t *map);

/*
 * Evidence lines (report_evidence.c): per group and frame the first
 * match of the per articles with the least id hash (equal hashes: the
 * one first in the input, by seq, run->seq of its record); finish fills
 * r->evidence, whose strings stay owned by the rep_evid (free it after
 * rendering).
 */
struct rep_evid;
struct doc_hits;

struct rep_evid	*rep_evid_new(size_t nframes, int per);
void		 rep_evid_free(struct rep_evid *);	/* NULL is fine */
void		 rep_evid_add(struct rep_evid *, size_t g,
		    const struct record *, unsigned long seq,
		    const long *hits, const struct doc_hits *,
		    struct arena *);
void		 rep_evid_finish(const struct rep_evid *, struct report *,
		    const size_t *order);
/* Keeps the lines of w that rank among e's K; w is left as it was. */
void		 rep_evid_join(struct rep_evid *e, const struct rep_evid *w,
		    const size_t *map);

/*
 * Voices (report_sources.c): attributions found by text/attrib.h, counted
 * per group as `sources --by` counts them; finish fills r->sources with
 * the top sources and the citations per kind.
 */
struct rep_sources_pass;

struct rep_sources_pass *rep_sources_new(void);
void		 rep_sources_free(struct rep_sources_pass *);	/* NULL ok */
void		 rep_sources_add(struct rep_sources_pass *, size_t g,
		    const struct record *, struct arena *);
void		 rep_sources_finish(const struct rep_sources_pass *,
		    struct report *, const size_t *order, int top);
void		 rep_sources_join(struct rep_sources_pass *s,
		    const struct rep_sources_pass *w, const size_t *map);

/*
 * Syndication (report_dedup.c): dedup --by outlet run in the same pass
 * through cmd_dedup's own callbacks; finish fills r->links (most
 * republished first), r->dup_clusters and r->dup_articles, or returns -1.
 */
struct rep_dedup;
struct run;

struct rep_dedup *rep_dedup_new(struct run *);
/* Fingerprints r into run->note (on any thread, with any rep_dedup). */
void		 rep_dedup_add(struct rep_dedup *, struct record *,
		    struct run *);
/* Takes the fingerprint of a record, in input order. */
void		 rep_dedup_ordered(struct rep_dedup *, const char *note,
		    size_t len, struct run *);
/* A -j worker's part: it fingerprints only; free with rep_dedup_free. */
struct rep_dedup *rep_dedup_fork(const struct rep_dedup *);
int		 rep_dedup_finish(struct rep_dedup *, struct report *,
		    struct run *);
void		 rep_dedup_free(struct rep_dedup *);	/* NULL is fine */

/* Days since 1970-01-01 of a "YYYY-MM-DD..." date; false if none. */
bool		 report_day(const char *date, long *day);
/* The unit that fits a span of days, and the label of day in it. */
enum rep_unit	 report_unit_for(long first, long last);
void		 report_period(enum rep_unit, long day, char *out, size_t n);
/* The first day of the period holding day, and of the next period. */
long		 report_period_start(enum rep_unit, long day);
long		 report_period_next(enum rep_unit, long start);

/* Makes an empty report with its arena; report_free(NULL) is fine. */
struct report	*report_new(void);
void		 report_free(struct report *);

/* The renderers append the whole document to out. */
void	report_html(const struct report *, struct buf *out);
void	report_md(const struct report *, struct buf *out);
void	report_json(const struct report *, struct buf *out);

/* The style sheet of the HTML document (report_style.c). */
extern const char report_css[];

/* Inline SVG charts (report_svg.c), appended to out; see report_html. */
void	report_svg_heatmap(const struct report *, struct buf *out);
void	report_svg_series(const struct report *, size_t frame,
	    struct buf *out);
void	report_svg_terms(const struct report *, size_t group,
	    struct buf *out);
void	report_svg_voices(const struct report *, struct buf *out);
/* The colour of group g in line charts and legends ("#rrggbb"). */
const char *report_group_colour(size_t g);
/* The stroke-dasharray of group g ("" for solid). */
const char *report_group_dash(size_t g);

/*
 * Human number formats (report_fmt.c). Each writes a NUL-terminated string
 * into out (size at least 32) and returns out.
 */
char	*fmt_count(char *out, long n);		/* 12,345 */
char	*fmt_share(char *out, double x);	/* 0.1234 -> 12%, 1.2%, 0.12% */
char	*fmt_sig(char *out, double x);		/* 3 significant digits */
char	*fmt_pvalue(char *out, double p);	/* < 0.001, 0.012, 0.35 */
char	*fmt_fixed(char *out, double x, int decimals);	/* 1,234.5 */
/* Appends s with &<>"' escaped for HTML text and attributes. */
void	 html_escape(struct buf *, const char *s);
/* The name of a time unit ("week") and its label form. */
const char *report_unit_name(enum rep_unit);

#endif
