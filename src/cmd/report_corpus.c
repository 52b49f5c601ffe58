/* SPDX-License-Identifier: MIT */
/*
 * The corpus part of the report's single pass: per group (outlet or
 * outlet group) the articles, words, first and last dates and languages,
 * and per group and day the number of articles and of articles using each
 * frame, which finish folds into the periods of the time series. Counts
 * only: the memory is groups x days x frames, never the articles.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/report.h"
#include "core/arena.h"
#include "core/hash.h"
#include "core/record.h"
#include "core/xmalloc.h"

struct cgroup {
	char		*name;
	long		 articles;
	long		 words;
	long		 first, last;	/* days; first > last: no date */
	struct rep_count *langs;
	size_t		 nlangs, caplangs;
};

/* Articles of one group on one day. */
struct cday {
	size_t		 g;
	long		 day;
	long		 total;
};

struct rep_corpus {
	size_t		 nframes;
	struct cgroup	*groups;
	size_t		 ngroups, capgroups;
	size_t		*gindex;	/* open addressing: group + 1, 0 empty */
	size_t		 gsize;		/* power of two */
	struct cday	*days;
	long		*docs;		/* ndays x nframes */
	size_t		 ndays, capdays;
	size_t		*dindex;	/* day slot + 1 */
	size_t		 dsize;
	size_t		*order;
	long		 undated;
};

static void	grow_gindex(struct rep_corpus *);
static size_t	day_hash(size_t, long);
static int	cmp_group(const void *, const void *);
static int	cmp_lang(const void *, const void *);
static const char *day_label(struct arena *, long);
static void	grow_dindex(struct rep_corpus *);
static size_t	day_slot(struct rep_corpus *, size_t g, long day);
static void	add_lang(struct cgroup *, const char *lang);
static void	fill_group(struct report *, struct rep_group *,
		    const struct cgroup *);
static size_t	period_of(const long *, size_t, long);
static void	fill_series(struct rep_corpus *, struct report *,
		    const size_t *rank);
static void	join_group(struct cgroup *, const struct cgroup *);

struct rep_corpus *
rep_corpus_new(size_t nframes)
{
	struct rep_corpus	*c = xcalloc(1, sizeof(*c));

	c->nframes = nframes;
	c->gsize = 64;
	c->gindex = xcalloc(c->gsize, sizeof(*c->gindex));
	c->dsize = 1024;
	c->dindex = xcalloc(c->dsize, sizeof(*c->dindex));
	return c;
}

void
rep_corpus_free(struct rep_corpus *c)
{
	size_t	 i, j;

	if (c == NULL)
		return;

	for (i = 0; i < c->ngroups; i++) {
		free(c->groups[i].name);
		for (j = 0; j < c->groups[i].nlangs; j++)
			free((char *)c->groups[i].langs[j].name);
		free(c->groups[i].langs);
	}
	free(c->groups);
	free(c->gindex);
	free(c->days);
	free(c->docs);
	free(c->dindex);
	free(c->order);
	free(c);
}

size_t
rep_corpus_ngroups(const struct rep_corpus *c)
{
	return c->ngroups;
}

static void
grow_gindex(struct rep_corpus *c)
{
	size_t	 i, j, mask;

	free(c->gindex);
	c->gsize *= 2;
	mask = c->gsize - 1;
	c->gindex = xcalloc(c->gsize, sizeof(*c->gindex));
	for (i = 0; i < c->ngroups; i++) {
		j = hash64(c->groups[i].name, strlen(c->groups[i].name)) & mask;
		while (c->gindex[j] != 0)
			j = (j + 1) & mask;
		c->gindex[j] = i + 1;
	}
}

size_t
rep_corpus_group(struct rep_corpus *c, const char *name)
{
	size_t		 mask = c->gsize - 1, j, len = strlen(name);
	struct cgroup	*g;

	j = hash64(name, len) & mask;
	while (c->gindex[j] != 0) {
		if (strcmp(c->groups[c->gindex[j] - 1].name, name) == 0)
			return c->gindex[j] - 1;
		j = (j + 1) & mask;
	}
	c->groups = xgrow(c->groups, &c->capgroups, c->ngroups + 1,
	    sizeof(*c->groups));
	g = &c->groups[c->ngroups];
	memset(g, 0, sizeof(*g));
	g->name = xstrdup(name);
	g->first = LONG_MAX;
	g->last = LONG_MIN;
	c->gindex[j] = ++c->ngroups;
	if (c->ngroups * 2 > c->gsize)
		grow_gindex(c);
	return c->ngroups - 1;
}

static size_t
day_hash(size_t g, long day)
{
	uint64_t	 k[2] = { g, (uint64_t)day };

	return (size_t)hash64(k, sizeof(k));
}

static void
grow_dindex(struct rep_corpus *c)
{
	size_t	 i, j, mask;

	free(c->dindex);
	c->dsize *= 2;
	mask = c->dsize - 1;
	c->dindex = xcalloc(c->dsize, sizeof(*c->dindex));
	for (i = 0; i < c->ndays; i++) {
		j = day_hash(c->days[i].g, c->days[i].day) & mask;
		while (c->dindex[j] != 0)
			j = (j + 1) & mask;
		c->dindex[j] = i + 1;
	}
}

static size_t
day_slot(struct rep_corpus *c, size_t g, long day)
{
	size_t		 mask = c->dsize - 1, j, cap;
	struct cday	*d;

	j = day_hash(g, day) & mask;
	while (c->dindex[j] != 0) {
		d = &c->days[c->dindex[j] - 1];
		if (d->g == g && d->day == day)
			return c->dindex[j] - 1;
		j = (j + 1) & mask;
	}
	cap = c->capdays;
	c->days = xgrow(c->days, &c->capdays, c->ndays + 1, sizeof(*c->days));
	if (c->nframes > 0) {
		if (c->capdays != cap)
			c->docs = xrealloc(c->docs, c->capdays * c->nframes *
			    sizeof(*c->docs));
		memset(c->docs + c->ndays * c->nframes, 0, c->nframes *
		    sizeof(*c->docs));
	}
	c->days[c->ndays] = (struct cday){ g, day, 0 };
	c->dindex[j] = ++c->ndays;
	if (c->ndays * 2 > c->dsize)
		grow_dindex(c);
	return c->ndays - 1;
}

static void
add_lang(struct cgroup *g, const char *lang)
{
	size_t	 i;

	if (lang == NULL)
		lang = "unknown";
	for (i = 0; i < g->nlangs; i++)
		if (strcmp(g->langs[i].name, lang) == 0) {
			g->langs[i].n++;
			return;
		}
	g->langs = xgrow(g->langs, &g->caplangs, g->nlangs + 1,
	    sizeof(*g->langs));
	g->langs[g->nlangs].name = xstrdup(lang);
	g->langs[g->nlangs++].n = 1;
}

void
rep_corpus_add(struct rep_corpus *c, size_t gi, const struct record *r,
    long words, const bool *has)
{
	struct cgroup	*g = &c->groups[gi];
	long		 day;
	size_t		 s, f;

	g->articles++;
	g->words += words;
	add_lang(g, r->lang);
	if (!report_day(r->published, &day)) {
		c->undated++;
		return;
	}
	if (day < g->first)
		g->first = day;
	if (day > g->last)
		g->last = day;
	s = day_slot(c, gi, day);
	c->days[s].total++;
	for (f = 0; has != NULL && f < c->nframes; f++)
		if (has[f])
			c->docs[s * c->nframes + f]++;
}

static void
join_group(struct cgroup *g, const struct cgroup *w)
{
	size_t	 i, j;

	g->articles += w->articles;
	g->words += w->words;
	if (w->first < g->first)
		g->first = w->first;
	if (w->last > g->last)
		g->last = w->last;
	for (i = 0; i < w->nlangs; i++) {
		for (j = 0; j < g->nlangs; j++)
			if (strcmp(g->langs[j].name, w->langs[i].name) == 0)
				break;
		if (j == g->nlangs) {
			g->langs = xgrow(g->langs, &g->caplangs, g->nlangs + 1,
			    sizeof(*g->langs));
			g->langs[g->nlangs].name = xstrdup(w->langs[i].name);
			g->langs[g->nlangs++].n = 0;
		}
		g->langs[j].n += w->langs[i].n;
	}
}

size_t *
rep_corpus_join(struct rep_corpus *c, const struct rep_corpus *w)
{
	size_t	*map = xcalloc(w->ngroups + 1, sizeof(*map));
	size_t	 i, s, f;

	for (i = 0; i < w->ngroups; i++) {
		map[i] = rep_corpus_group(c, w->groups[i].name);
		join_group(&c->groups[map[i]], &w->groups[i]);
	}
	c->undated += w->undated;
	for (i = 0; i < w->ndays; i++) {
		s = day_slot(c, map[w->days[i].g], w->days[i].day);
		c->days[s].total += w->days[i].total;
		for (f = 0; f < c->nframes; f++)
			c->docs[s * c->nframes + f] +=
			    w->docs[i * w->nframes + f];
	}
	return map;
}

static const struct rep_corpus	*sort_corpus;	/* for the qsort below */

static int
cmp_group(const void *a, const void *b)
{
	size_t	 i = *(const size_t *)a, j = *(const size_t *)b;

	return strcmp(sort_corpus->groups[i].name,
	    sort_corpus->groups[j].name);
}

static int
cmp_lang(const void *a, const void *b)
{
	const struct rep_count	*x = a, *y = b;

	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return strcmp(x->name, y->name);
}

static const char *
day_label(struct arena *a, long day)
{
	char	 s[32];

	report_period(REP_DAY, day, s, sizeof(s));
	return arena_strdup(a, s);
}

static void
fill_group(struct report *r, struct rep_group *rg, const struct cgroup *g)
{
	size_t	 i;

	rg->key = arena_strdup(r->arena, g->name);
	rg->name = g->name[0] != '\0' ? rg->key : "(none)";
	rg->articles = g->articles;
	rg->words = g->words;
	if (g->first <= g->last) {
		rg->first = day_label(r->arena, g->first);
		rg->last = day_label(r->arena, g->last);
	}
	rg->nlangs = g->nlangs;
	rg->langs = arena_calloc(r->arena, g->nlangs ? g->nlangs : 1,
	    sizeof(*rg->langs));
	for (i = 0; i < g->nlangs; i++) {
		rg->langs[i].name = arena_strdup(r->arena, g->langs[i].name);
		rg->langs[i].n = g->langs[i].n;
	}
	qsort(rg->langs, rg->nlangs, sizeof(*rg->langs), cmp_lang);
}

const size_t *
rep_corpus_finish(struct rep_corpus *c, struct report *r, bool with_series)
{
	size_t		*rank;
	size_t		 i;
	long		 first = LONG_MAX, last = LONG_MIN;

	c->order = xcalloc(c->ngroups + 1, sizeof(*c->order));
	rank = xcalloc(c->ngroups + 1, sizeof(*rank));
	for (i = 0; i < c->ngroups; i++)
		c->order[i] = i;
	sort_corpus = c;
	qsort(c->order, c->ngroups, sizeof(*c->order), cmp_group);
	r->ngroups = c->ngroups;
	r->groups = arena_calloc(r->arena, c->ngroups + 1, sizeof(*r->groups));
	r->articles = r->words = 0;
	for (i = 0; i < c->ngroups; i++) {
		const struct cgroup *g = &c->groups[c->order[i]];

		rank[c->order[i]] = i;
		fill_group(r, &r->groups[i], g);
		r->articles += g->articles;
		r->words += g->words;
		if (g->first < first)
			first = g->first;
		if (g->last > last)
			last = g->last;
	}
	if (first <= last) {
		r->first = day_label(r->arena, first);
		r->last = day_label(r->arena, last);
		if (with_series)
			fill_series(c, r, rank);
	}
	free(rank);
	return c->order;
}

/* The period of day: the last start not after it (starts ascending). */
static size_t
period_of(const long *starts, size_t n, long day)
{
	size_t	 lo = 0, hi = n, mid;

	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (starts[mid] <= day)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

static void
fill_series(struct rep_corpus *c, struct report *r, const size_t *rank)
{
	struct rep_series	*s;
	long			 first = LONG_MAX, last = LONG_MIN, d, *starts;
	size_t			 i, p, g, f, np = 0, cap = 0, ng = c->ngroups;
	char			 label[32];

	for (i = 0; i < c->ndays; i++) {
		if (c->days[i].day < first)
			first = c->days[i].day;
		if (c->days[i].day > last)
			last = c->days[i].day;
	}
	s = arena_calloc(r->arena, 1, sizeof(*s));
	s->unit = report_unit_for(first, last);
	s->undated = c->undated;
	starts = NULL;
	for (d = report_period_start(s->unit, first); d <= last;
	    d = report_period_next(s->unit, d)) {
		starts = xgrow(starts, &cap, np + 1, sizeof(*starts));
		starts[np++] = d;
	}
	s->nperiods = np;
	s->periods = arena_calloc(r->arena, np, sizeof(*s->periods));
	for (p = 0; p < np; p++) {
		report_period(s->unit, starts[p], label, sizeof(label));
		s->periods[p] = arena_strdup(r->arena, label);
	}
	s->totals = arena_calloc(r->arena, ng * np, sizeof(*s->totals));
	s->docs = arena_calloc(r->arena, c->nframes * ng * np + 1,
	    sizeof(*s->docs));
	for (i = 0; i < c->ndays; i++) {
		p = period_of(starts, np, c->days[i].day);
		g = rank[c->days[i].g];
		s->totals[g * np + p] += c->days[i].total;
		for (f = 0; f < c->nframes; f++)
			s->docs[(f * ng + g) * np + p] +=
			    c->docs[i * c->nframes + f];
	}
	free(starts);
	r->series = s;
}
