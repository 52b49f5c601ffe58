/* SPDX-License-Identifier: MIT */
/*
 * stats: what a corpus holds, on one screen: records, words, the date
 * range, records per outlet, group, language and month (the largest
 * first, long lists cut), and how many records lack each field. With
 * --by FIELD it prints instead a mergeable TSV table of additive counts
 * per value of FIELD (kind "stats", stats/kinds.c).
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/commands.h"
#include "core/buf.h"
#include "core/diag.h"
#include "core/htab.h"
#include "core/record.h"
#include "core/xmalloc.h"
#include "stats/group.h"
#include "stats/kinds.h"
#include "stats/table.h"

#define LIST_MAX	10
#define NONE		"(none)"

enum { F_OUTLET, F_GROUP, F_LANG, F_MONTH, NLISTS };

static const char *const list_names[NLISTS] = {
	"outlet", "group", "lang", "month",
};

/* Fields counted when missing, in the order they are shown. */
static const char *const fields[] = {
	"id", "url", "outlet", "domain", "group", "title", "authors",
	"published", "lang", "text", "summary", "tags",
};
#define NFIELDS	(sizeof(fields) / sizeof(fields[0]))

struct stats {
	const char	*by;
	bool		 json;

	struct group	 group;
	struct table	*table;
	struct htab	*lists[NLISTS];
	int64_t		 missing[NFIELDS];
	int64_t		 records, words, dated;
	char		 first[32], last[32];
};

static const struct opt stats_opts[] = {
	OPT_FLAG(0, "json", struct stats, json,
	    "with --by: JSON Lines instead of TSV"),
	OPT_STR(0, "by", struct stats, by, "FIELD",
	    "a TSV table of counts per value of FIELD (or day|week|...)"),
	OPT_END
};

static int
stats_start(void *st, int argc, char **argv, struct run *run)
{
	struct stats	*s = st;
	const char	*err;
	size_t		 i;

	(void)argc; (void)argv; (void)run;
	if (group_parse(&s->group, s->by, &err) != 0) {
		nf_usage_error("--by: %s: %s", s->by, err);
		return STAGE_USAGE;
	}
	if (s->json && s->by == NULL) {
		nf_usage_error("--json goes with --by");
		return STAGE_USAGE;
	}
	if (s->by != NULL) {
		s->table = table_new(&table_stats, NULL, 0);
		table_set_key(s->table, s->by);
	}
	for (i = 0; i < NLISTS; i++)
		s->lists[i] = htab_new(sizeof(int64_t));
	return 0;
}

static void
bump(struct htab *h, const char *v)
{
	if (v == NULL || *v == '\0')
		v = NONE;
	(*(int64_t *)htab_put(h, v, strlen(v), NULL))++;
}

static void
by_record(struct stats *s, const struct record *r, size_t words,
    struct run *run)
{
	const char	*g = group_of(&s->group, r, run->arena);
	int64_t		*c = table_row(s->table, g, strlen(g));

	c[0]++;
	c[1] += (int64_t)words;
	c[2] += r->title == NULL;
	c[3] += r->text == NULL;
	c[4] += r->published == NULL;
	c[5] += r->lang == NULL;
	c[6] += r->url == NULL;
}

static int
stats_record(void *st, struct record *r, struct run *run)
{
	struct stats	*s = st;
	size_t		 words = r->text ? record_word_count(r->text) : 0, i;
	char		 month[8] = "";

	if (s->table != NULL) {
		by_record(s, r, words, run);
		return 0;
	}
	s->records++;
	s->words += (int64_t)words;
	bump(s->lists[F_OUTLET], r->outlet);
	bump(s->lists[F_GROUP], r->group);
	bump(s->lists[F_LANG], r->lang);
	if (r->published != NULL && strlen(r->published) >= 7) {
		memcpy(month, r->published, 7);
		month[7] = '\0';
		s->dated++;
		if (s->first[0] == '\0' || strcmp(r->published, s->first) < 0)
			snprintf(s->first, sizeof(s->first), "%s",
			    r->published);
		if (strcmp(r->published, s->last) > 0)
			snprintf(s->last, sizeof(s->last), "%s",
			    r->published);
	}
	bump(s->lists[F_MONTH], month);
	for (i = 0; i < NFIELDS; i++)
		s->missing[i] += record_field(r, fields[i], run->arena,
		    NULL) == NULL;
	return 0;
}

static size_t
width(const char *s)
{
	size_t	 n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static void
line(struct buf *out, const char *name, int64_t n)
{
	size_t	 w = width(name);

	buf_adds(out, "  ");
	buf_adds(out, name);
	for (; w < 24; w++)
		buf_addc(out, ' ');
	buf_addf(out, " %9" PRId64 "\n", n);
}

static int
item_cmp(const void *pa, const void *pb)
{
	const struct hitem	*a = pa, *b = pb;
	int64_t			 x = *(int64_t *)a->val, y = *(int64_t *)b->val;
	bool			 an = strcmp(a->key, NONE) == 0;
	bool			 bn = strcmp(b->key, NONE) == 0;

	if (an != bn)
		return an ? 1 : -1;	/* (none) last */
	if (x != y)
		return x > y ? -1 : 1;
	return strcmp(a->key, b->key);
}

/* Months read better in time order. */
static int
month_cmp(const void *pa, const void *pb)
{
	const struct hitem	*a = pa, *b = pb;

	if ((strcmp(a->key, NONE) == 0) != (strcmp(b->key, NONE) == 0))
		return strcmp(a->key, NONE) == 0 ? 1 : -1;
	return strcmp(a->key, b->key);
}

static void
print_list(struct stats *s, int which, struct buf *out)
{
	struct hitem	*it;
	size_t		 n, i, shown;
	int64_t		 rest = 0;

	it = htab_items(s->lists[which], &n);
	qsort(it, n, sizeof(*it), which == F_MONTH ? month_cmp : item_cmp);
	buf_addf(out, "\n%ss: %zu\n", list_names[which], n);
	shown = n > LIST_MAX + 1 ? LIST_MAX : n;
	for (i = 0; i < n; i++) {
		if (i < shown)
			line(out, it[i].key, *(int64_t *)it[i].val);
		else
			rest += *(int64_t *)it[i].val;
	}
	if (shown < n) {
		char	 more[64];

		snprintf(more, sizeof(more), "(%zu more)", n - shown);
		line(out, more, rest);
	}
	free(it);
}

static void
summary(struct stats *s, struct buf *out)
{
	size_t	 i;
	int	 any = 0;

	buf_addf(out, "records %" PRId64 ", words %" PRId64 "\n", s->records,
	    s->words);
	if (s->dated > 0)
		buf_addf(out, "published %.10s to %.10s (%" PRId64
		    " records dated)\n", s->first, s->last, s->dated);
	else
		buf_adds(out, "published: no record is dated\n");
	for (i = 0; i < NLISTS; i++)
		print_list(s, (int)i, out);
	buf_adds(out, "\nmissing fields (records without):\n");
	for (i = 0; i < NFIELDS; i++)
		if (s->missing[i] > 0) {
			line(out, fields[i], s->missing[i]);
			any = 1;
		}
	if (!any)
		buf_adds(out, "  none\n");
}

static int
stats_finish(void *st, struct run *run)
{
	struct stats		*s = st;
	struct table_out	 o = { 0 };

	if (s->table != NULL) {
		o.json = s->json;
		table_write(s->table, &o, run->out, run);
	} else
		summary(s, run->out);
	return 0;
}

static void
stats_free(void *st)
{
	struct stats	*s = st;
	size_t		 i;

	table_free(s->table);
	for (i = 0; i < NLISTS; i++)
		htab_free(s->lists[i]);
}

/* A -j worker: its own counts, added up by stats_join. */
static void *
stats_fork(const void *st)
{
	const struct stats	*s = st;
	struct stats		*w = xcalloc(1, sizeof(*w));
	size_t			 i;

	w->by = s->by;
	w->json = s->json;
	w->group = s->group;
	if (s->table != NULL) {
		w->table = table_new(&table_stats, NULL, 0);
		table_set_key(w->table, s->by);
	}
	for (i = 0; i < NLISTS; i++)
		w->lists[i] = htab_new(sizeof(int64_t));
	return w;
}

static void
stats_join(void *st, void *worker)
{
	struct stats	*s = st, *w = worker;
	struct hitem	 it;
	size_t		 i, pos;

	if (s->table != NULL)
		table_add(s->table, w->table);
	for (i = 0; i < NLISTS; i++)
		for (pos = 0; htab_next(w->lists[i], &pos, &it);)
			*(int64_t *)htab_put(s->lists[i], it.key, it.len,
			    NULL) += *(int64_t *)it.val;
	for (i = 0; i < NFIELDS; i++)
		s->missing[i] += w->missing[i];
	s->records += w->records;
	s->words += w->words;
	s->dated += w->dated;
	if (w->first[0] != '\0' && (s->first[0] == '\0' ||
	    strcmp(w->first, s->first) < 0))
		memcpy(s->first, w->first, sizeof(s->first));
	if (strcmp(w->last, s->last) > 0)
		memcpy(s->last, w->last, sizeof(s->last));
	stats_free(w);
	free(w);
}

const struct command cmd_stats = {
	.name = "stats",
	.synopsis = "[--json] [--by FIELD] [corpus ...]",
	.summary = "summarize a corpus: records, words, outlets, dates, gaps",
	.opts = stats_opts,
	.size = sizeof(struct stats),
	.start = stats_start,
	.record = stats_record,
	.finish = stats_finish,
	.free = stats_free,
	.fork = stats_fork,
	.join = stats_join,
};
