/* SPDX-License-Identifier: MIT */
/*
 * merge: adds up count tables made from shards of a corpus. The first
 * table's header names its kind (stats/table.h, the registry in
 * stats/kinds.c): group columns, the key column, additive count columns
 * and derived columns. Rows with the same group values and key have their
 * counts summed; derived columns are recomputed and the table is printed
 * by the same code as the analyzer's, so merging the tables of N shards
 * gives the bytes of the table of the whole corpus.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/commands.h"
#include "core/buf.h"
#include "core/diag.h"
#include "core/lines.h"
#include "core/xmalloc.h"
#include "stats/table.h"

#define MAX_COLS	(TABLE_MAX_GROUPS + 1 + TABLE_MAX_COUNTS + \
			 TABLE_MAX_DERIVED)

struct merge {
	int			 top;
	int			 min_count;
	bool			 json;

	char			*header;	/* the first table's header */
	char			*colbuf;	/* cols point into it */
	char			*cols[MAX_COLS];
	size_t			 ncols;
	size_t			 ngroups;
	size_t			 ncounts;
	const struct table_kind	*kind;
	struct table		*table;
	struct table		*shard;		/* the file being read, when
						   the kind absorbs shards */
	bool			 totals;	/* some input had totals rows */
};

static const struct opt merge_opts[] = {
	OPT_FLAG(0, "json", struct merge, json, "JSON Lines instead of TSV"),
	OPT_INT_RANGE(0, "min-count", struct merge, min_count, "N", 1,
	    2147483647.0, "drop rows whose first count is less than N"),
	OPT_INT_RANGE(0, "top", struct merge, top, "K", 1, 2147483647.0,
	    "keep the first K rows per group"),
	OPT_END
};

/* Splits line at tabs into v (at most max fields); returns the number. */
static size_t
split(char *line, char **v, size_t max)
{
	size_t	 n = 0;
	char	*tab;

	for (;;) {
		if (n == max)
			return max + 1;
		v[n++] = line;
		if ((tab = strchr(line, '\t')) == NULL)
			return n;
		*tab = '\0';
		line = tab + 1;
	}
}

static int
first_header(struct merge *m, const char *line, size_t len,
    const char *where)
{
	const char	*groups[TABLE_MAX_GROUPS];
	size_t		 i;

	m->header = xstrndup(line, len);
	m->colbuf = xstrndup(line, len);
	m->ncols = split(m->colbuf, m->cols, MAX_COLS);
	if (m->ncols > MAX_COLS)
		m->ncols = 0;
	m->kind = table_kind_match((const char *const *)m->cols, m->ncols,
	    &m->ngroups);
	if (m->kind == NULL)
		return nf_error(where, "not a table newsframe can merge "
		    "(header: %s)", m->header);
	for (i = 0; i < m->ngroups; i++)
		groups[i] = m->cols[i];
	m->table = table_new(m->kind, groups, m->ngroups);
	table_set_key(m->table, m->cols[m->ngroups]);
	m->ncounts = table_ncounts(m->table);
	return 0;
}

static int
add_row(struct merge *m, char *line, const char *where)
{
	char		*v[MAX_COLS + 1], *end;
	long long	 x[TABLE_MAX_COUNTS];
	int64_t		*c;
	size_t		 n, i, keylen;

	n = split(line, v, MAX_COLS);
	if (n != m->ncols)
		return nf_error(where, "%zu columns, the header has %zu", n,
		    m->ncols);
	for (i = 0; i < m->ncounts; i++) {
		errno = 0;
		x[i] = strtoll(v[m->ngroups + 1 + i], &end, 10);
		if (errno != 0 || *end != '\0' || end == v[m->ngroups + 1 + i])
			return nf_error(where, "%s: expected a whole number, "
			    "not '%s'", m->cols[m->ngroups + 1 + i],
			    v[m->ngroups + 1 + i]);
	}
	/* The key: group values and key column, tab-joined again. */
	for (i = 0; i < m->ngroups; i++)
		v[i][strlen(v[i])] = '\t';
	keylen = strlen(v[0]);
	c = table_row(m->shard ? m->shard : m->table, v[0], keylen);
	for (i = 0; i < m->ncounts; i++)
		c[i] += x[i];
	if (strcmp(v[m->ngroups], TABLE_TOTAL) == 0)
		m->totals = true;
	return 0;
}

/* Kinds that absorb shards read each file into a table of its own. */
static void
new_shard(struct merge *m)
{
	const char	*groups[TABLE_MAX_GROUPS];
	size_t		 i;

	if (m->kind->absorb == NULL)
		return;
	for (i = 0; i < m->ngroups; i++)
		groups[i] = m->cols[i];
	m->shard = table_new(m->kind, groups, m->ngroups);
	table_set_key(m->shard, m->cols[m->ngroups]);
}

/* True when line is the header of a kind merge knows. */
static bool
is_header(const char *line, size_t len)
{
	char	*b = xstrndup(line, len), *cols[MAX_COLS + 1];
	size_t	 n = split(b, cols, MAX_COLS), ng;
	bool	 ok;

	ok = n <= MAX_COLS &&
	    table_kind_match((const char *const *)cols, n, &ng) != NULL;
	free(b);
	return ok;
}

/* Ends the shard being read (kinds that absorb shards). */
static void
end_shard(struct merge *m)
{
	if (m->shard != NULL) {
		m->kind->absorb(m->table, m->shard);
		table_free(m->shard);
		m->shard = NULL;
	}
}

/*
 * Rows met before the first header: the sorted lines of several tables,
 * as a Hadoop Streaming reducer gets them after the shuffle, put the
 * header among the rows. They wait here (line number, NUL, row, NUL)
 * until it comes.
 */
static void
add_early(struct merge *m, struct buf *early, const char *path)
{
	char	 where[4096];
	size_t	 at = 0, n, rl;
	char	*p;

	while (at < early->len) {
		p = early->data + at;
		n = strlen(p);
		rl = strlen(p + n + 1);	/* before add_row splits it */
		snprintf(where, sizeof(where), "%s:%s", path, p);
		add_row(m, p + n + 1, where);
		at += n + 1 + rl + 1;
	}
	buf_reset(early);
}

static void
read_table(struct merge *m, const char *path)
{
	struct lines	*l;
	const char	*line;
	size_t		 len;
	long		 lineno = 0, first = 0;
	char		 where[4096], *copy;
	bool		 header_seen = false;
	struct buf	 early;

	if (m->header != NULL && m->table == NULL)
		return;		/* the first table was not mergeable */
	if ((l = lines_open(path)) == NULL)
		return;
	buf_init(&early);
	while (lines_next(l, &line, &len) == 1) {
		snprintf(where, sizeof(where), "%s:%ld", path, ++lineno);
		if (!header_seen && len == 0)
			continue;
		if (!header_seen && m->header == NULL &&
		    memchr(line, '\t', len) != NULL && !is_header(line, len)) {
			if (first == 0)
				first = lineno;
			buf_addf(&early, "%ld", lineno);
			buf_addc(&early, '\0');
			buf_add(&early, line, len);
			buf_addc(&early, '\0');
			continue;
		}
		if (!header_seen) {
			header_seen = true;
			if (m->header == NULL) {
				if (first_header(m, line, len, where) != 0)
					break;
				new_shard(m);
				add_early(m, &early, path);
			} else if (strlen(m->header) != len ||
			    memcmp(m->header, line, len) != 0) {
				nf_error(where, "header differs from the "
				    "first table's");
				break;
			} else
				new_shard(m);
			continue;
		}
		if (len == 0)
			continue;
		/* Tables one after the other ("cat part*.tsv"). */
		if (len == strlen(m->header) &&
		    memcmp(line, m->header, len) == 0) {
			end_shard(m);
			new_shard(m);
			continue;
		}
		copy = xstrndup(line, len);
		add_row(m, copy, where);
		free(copy);
	}
	lines_close(l);
	if (early.len > 0) {
		/* No header came: report the first line as the header. */
		snprintf(where, sizeof(where), "%s:%ld", path, first);
		first_header(m, early.data + strlen(early.data) + 1,
		    strlen(early.data + strlen(early.data) + 1), where);
	}
	buf_release(&early);
	end_shard(m);
}

static int
merge_start(void *st, int argc, char **argv, struct run *run)
{
	struct merge		*m = st;
	struct table_out	 o = { 0 };
	int			 i;

	if (argc == 0)
		read_table(m, "-");
	for (i = 0; i < argc; i++)
		read_table(m, argv[i]);
	if (m->table == NULL)
		return m->header ? -1 : nf_error(NULL, "no table to merge");
	o.top = m->top;
	o.min_count = m->min_count;
	o.json = m->json;
	o.totals = m->totals;
	table_write(m->table, &o, run->out, run);
	return 0;
}

static void
merge_free(void *st)
{
	struct merge	*m = st;

	free(m->colbuf);
	free(m->header);
	table_free(m->table);
	table_free(m->shard);
}

const struct command cmd_merge = {
	.name = "merge",
	.synopsis = "[--json] [--min-count N] [--top K] [table ...]",
	.summary = "add up count tables made from shards of a corpus",
	.opts = merge_opts,
	.size = sizeof(struct merge),
	.flags = CMD_NO_CORPUS,
	.start = merge_start,
	.free = merge_free,
};
