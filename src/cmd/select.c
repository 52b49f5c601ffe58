/* SPDX-License-Identifier: MIT */
/*
 * select: a streaming filter over a corpus. A record passes when every
 * condition given holds (fields by value or regular expression, date
 * range, language, length, a regular expression over the text) and, with
 * --sample, when the hash of its id with the seed falls below the
 * fraction, so the same records are picked on every machine. Records
 * pass through as parsed and written again (record_write).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/commands.h"
#include "core/buf.h"
#include "core/diag.h"
#include "core/hash.h"
#include "core/record.h"
#include "core/xmalloc.h"
#include "stats/where.h"
#include "text/pattern.h"

struct field_re {
	char		*field;
	struct pattern	*re;
};

struct select {
	struct strv	 where;
	struct strv	 where_re;
	const char	*since;
	const char	*until;
	const char	*lang;
	const char	*grep;
	int		 min_words;
	double		 sample;
	int		 seed;
	bool		 icase;
	bool		 invert;

	struct where	*w;
	size_t		 nw;
	struct field_re	*fr;
	size_t		 nfr;
	struct where	 langs;
	struct pattern	*text_re;
	bool		 sampling;
};

static const struct opt select_opts[] = {
	OPT_FLAG('i', "ignore-case", struct select, icase,
	    "--grep and --where-re ignore case"),
	OPT_FLAG('v', "invert", struct select, invert,
	    "keep the records the conditions reject (not --sample)"),
	OPT_STR(0, "grep", struct select, grep, "REGEX",
	    "the text matches REGEX (PCRE2)"),
	OPT_STR(0, "lang", struct select, lang, "LANG[,LANG ...]",
	    "the record's language is one of these"),
	OPT_INT_RANGE(0, "min-words", struct select, min_words, "N", 0,
	    2147483647.0, "the text has at least N words"),
	OPT_DOUBLE(0, "sample", struct select, sample, "FRACTION", 0, 1,
	    "keep this fraction of records, chosen by id hash"),
	OPT_INT_RANGE(0, "seed", struct select, seed, "N", 0, 2147483647.0,
	    "the seed of --sample (default 0)"),
	OPT_STR(0, "since", struct select, since, "DATE",
	    "published on or after DATE (YYYY-MM-DD...)"),
	OPT_STR(0, "until", struct select, until, "DATE",
	    "published on or before DATE (YYYY-MM-DD...)"),
	OPT_LIST(0, "where", struct select, where, "FIELD=V[,V ...]",
	    "the field equals one of the values (repeatable: all hold)"),
	OPT_LIST(0, "where-re", struct select, where_re, "FIELD=REGEX",
	    "the field matches REGEX (repeatable: all hold)"),
	OPT_END
};

static bool
valid_date(const char *s)
{
	size_t	 i;

	for (i = 0; i < 10; i++) {
		if (s[i] == '\0')
			return i == 4 || i == 7;
		if ((i == 4 || i == 7) ? s[i] != '-' :
		    (s[i] < '0' || s[i] > '9'))
			return false;
	}
	return true;
}

static int
compile(struct select *s, const char *what, const char *re,
    struct pattern **out)
{
	char	*err = NULL;

	if ((*out = pattern_new(re, s->icase ? PAT_ICASE : 0, &err)) != NULL)
		return 0;
	nf_usage_error("%s: '%s': %s", what, re, err);
	free(err);
	return -1;
}

static int
parse_field_res(struct select *s)
{
	const char	*spec, *eq;
	size_t		 i;

	s->fr = xcalloc(s->where_re.n + 1, sizeof(*s->fr));
	for (i = 0; i < s->where_re.n; i++) {
		spec = s->where_re.v[i];
		if ((eq = strchr(spec, '=')) == NULL || eq == spec) {
			nf_usage_error("--where-re: expected FIELD=REGEX, not "
			    "'%s'", spec);
			return -1;
		}
		s->fr[i].field = xstrndup(spec, (size_t)(eq - spec));
		s->nfr++;
		if (!record_field_known(s->fr[i].field)) {
			nf_usage_error("--where-re: %s: unknown field",
			    s->fr[i].field);
			return -1;
		}
		if (compile(s, "--where-re", eq + 1, &s->fr[i].re) != 0)
			return -1;
	}
	return 0;
}

static int
select_start(void *st, int argc, char **argv, struct run *run)
{
	struct select	*s = st;
	const char	*err;
	char		*spec;
	size_t		 i;

	(void)argc; (void)argv; (void)run;
	s->w = xcalloc(s->where.n + 1, sizeof(*s->w));
	for (i = 0; i < s->where.n; i++, s->nw++)
		if (where_parse(&s->w[i], s->where.v[i], &err) != 0) {
			nf_usage_error("--where: %s: %s", s->where.v[i], err);
			return STAGE_USAGE;
		}
	if (parse_field_res(s) != 0)
		return STAGE_USAGE;
	if ((s->since && !valid_date(s->since)) ||
	    (s->until && !valid_date(s->until))) {
		nf_usage_error("--%s: expected YYYY-MM-DD, YYYY-MM or YYYY",
		    s->since && !valid_date(s->since) ? "since" : "until");
		return STAGE_USAGE;
	}
	if (s->lang != NULL) {
		spec = xmalloc(strlen(s->lang) + 6);
		memcpy(spec, "lang=", 5);
		strcpy(spec + 5, s->lang);
		i = where_parse(&s->langs, spec, &err) != 0;
		free(spec);
		if (i) {
			nf_usage_error("--lang: %s: %s", s->lang, err);
			return STAGE_USAGE;
		}
	}
	if (s->grep != NULL && compile(s, "--grep", s->grep, &s->text_re))
		return STAGE_USAGE;
	s->sampling = s->sample < 1.0;
	return 0;
}

static bool
date_ok(const struct select *s, const char *p)
{
	if (s->since == NULL && s->until == NULL)
		return true;
	if (p == NULL)
		return false;
	if (s->since && strncmp(p, s->since, strlen(s->since)) < 0)
		return false;
	if (s->until && strncmp(p, s->until, strlen(s->until)) > 0)
		return false;
	return true;
}

static bool
conditions(struct select *s, const struct record *r, struct arena *a)
{
	const char	*v;
	size_t		 i;

	for (i = 0; i < s->nw; i++)
		if (!where_match(&s->w[i], r, a))
			return false;
	for (i = 0; i < s->nfr; i++)
		if ((v = record_field(r, s->fr[i].field, a, NULL)) == NULL ||
		    !pattern_match(s->fr[i].re, v, strlen(v)))
			return false;
	if (!date_ok(s, r->published))
		return false;
	if (s->lang != NULL && !where_match(&s->langs, r, a))
		return false;
	if (s->min_words > 0 && (r->text == NULL ||
	    record_word_count(r->text) < (size_t)s->min_words))
		return false;
	if (s->text_re != NULL && (r->text == NULL ||
	    !pattern_match(s->text_re, r->text, strlen(r->text))))
		return false;
	return true;
}

/* The record's place in [0, 1) by its id (or URL, or text) and seed. */
static bool
sampled(const struct select *s, const struct record *r)
{
	const char	*key = r->id ? r->id : (r->url ? r->url :
	    (r->text ? r->text : ""));
	uint64_t	 h = hash64_seed(key, strlen(key), (uint64_t)s->seed);

	return (double)(h >> 11) * 0x1.0p-53 < s->sample;
}

static int
select_record(void *st, struct record *r, struct run *run)
{
	struct select	*s = st;

	if (conditions(s, r, run->arena) == s->invert)
		return 0;
	if (s->sampling && !sampled(s, r))
		return 0;
	record_write(r, run->out);
	return 0;
}

static void
select_free(void *st)
{
	struct select	*s = st;
	size_t		 i;

	for (i = 0; i < s->nw; i++)
		where_release(&s->w[i]);
	free(s->w);
	for (i = 0; i < s->nfr; i++) {
		free(s->fr[i].field);
		pattern_free(s->fr[i].re);
	}
	free(s->fr);
	where_release(&s->langs);
	pattern_free(s->text_re);
	/* The option parser grows the arrays of repeated options. */
	free(s->where.v);
	free(s->where_re.v);
}

static void
select_init(void *st)
{
	struct select	*s = st;

	s->sample = 1.0;
}

/*
 * A -j worker: the filters are read only, but a compiled pattern is used
 * by one thread at a time, so it gets copies of the patterns. Records
 * still come out in input order (the pipeline writes them in order).
 */
static void *
select_fork(const void *st)
{
	const struct select	*s = st;
	struct select		*w = xmalloc(sizeof(*w));
	size_t			 i;

	*w = *s;
	w->fr = xcalloc(s->nfr + 1, sizeof(*w->fr));
	for (i = 0; i < s->nfr; i++) {
		w->fr[i].field = s->fr[i].field;
		w->fr[i].re = pattern_dup(s->fr[i].re);
	}
	w->text_re = s->text_re ? pattern_dup(s->text_re) : NULL;
	return w;
}

static void
select_join(void *st, void *worker)
{
	struct select	*w = worker;
	size_t		 i;

	(void)st;
	for (i = 0; i < w->nfr; i++)
		pattern_free(w->fr[i].re);
	free(w->fr);
	pattern_free(w->text_re);
	free(w);
}

const struct command cmd_select = {
	.name = "select",
	.synopsis = "[-iv] [--grep REGEX] [--lang LANG[,LANG ...]] "
	    "[--min-words N] [--sample FRACTION] [--seed N] [--since DATE] "
	    "[--until DATE] [--where FIELD=V[,V ...]] [--where-re FIELD=REGEX] "
	    "[corpus ...]",
	.summary = "filter records by field, date, language, length, regex "
	    "or sample",
	.opts = select_opts,
	.size = sizeof(struct select),
	.init = select_init,
	.start = select_start,
	.record = select_record,
	.free = select_free,
	.fork = select_fork,
	.join = select_join,
};
