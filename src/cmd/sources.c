/* SPDX-License-Identifier: MIT */
/*
 * sources: whose voice each outlet carries. For every record the
 * attribution finder (text/attrib.h) lists who is quoted or cited; names
 * are joined across the corpus by their normalized form and by an alias
 * file (--aliases: "Песков" = "Dmitry Peskov"). The table counts, per
 * group (--by FIELD), source and kind, the attributions (mentions) and
 * the records naming the source (docs): counts only, so tables of shards
 * add up. --occurrences writes one JSON line per attribution instead.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/commands.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/diag.h"
#include "core/json.h"
#include "core/record.h"
#include "core/xmalloc.h"
#include "stats/group.h"
#include "stats/kinds.h"
#include "stats/table.h"
#include "text/attrib.h"
#include "text/cue.h"

struct alias {
	const char	*from, *to;
};

struct sources {
	const char	*by;		/* options */
	struct strv	 cues_files;
	const char	*aliases_file;
	bool		 occurrences, json;
	int		 min_count;

	struct cues	*cues;		/* shared by workers, read-only */
	struct alias	*al;
	size_t		 nal;
	struct arena	*aa;		/* alias strings */
	bool		 worker;	/* a fork: shares cues and aliases */

	struct group	 group;
	struct table	*table;		/* [group] source kind mentions docs */
	struct buf	 key;
	int64_t		 doc;
};

static const struct opt sources_opts[] = {
	OPT_FLAG(0, "json", struct sources, json, "JSON Lines instead of TSV"),
	OPT_FLAG(0, "occurrences", struct sources, occurrences,
	    "one JSON line per attribution instead of the table"),
	OPT_STR(0, "aliases", struct sources, aliases_file, "FILE",
	    "join names: lines NAME = CANONICAL"),
	OPT_STR(0, "by", struct sources, by, "FIELD",
	    "count per value of a record field (outlet, group, ...)"),
	OPT_LIST(0, "cues", struct sources, cues_files, "FILE",
	    "add cue entries (format of corpora/cues/*.txt)"),
	OPT_INT_RANGE(0, "min-count", struct sources, min_count, "N", 1,
	    2147483647.0, "leave out sources with fewer mentions"),
	OPT_END
};

/* Strips blanks and one pair of double quotes; returns s. */
static char *
trim(char *s)
{
	size_t	 n;

	while (*s == ' ' || *s == '\t')
		s++;
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' ||
	    s[n - 1] == '\r'))
		s[--n] = '\0';
	if (n >= 2 && s[0] == '"' && s[n - 1] == '"') {
		s[n - 1] = '\0';
		s++;
	}
	return s;
}

static int
load_aliases(struct sources *s, const char *path)
{
	FILE	*f;
	char	*line = NULL, *eq, where[4096];
	size_t	 cap = 0, ac = 0;
	long	 n = 0;
	int	 rc = 0;

	if ((f = fopen(path, "r")) == NULL)
		return nf_error(path, "%s", strerror(errno));
	s->aa = arena_new();
	while (getline(&line, &cap, f) > 0) {
		n++;
		line[strcspn(line, "\n")] = '\0';
		if (line[strspn(line, " \t")] == '#' ||
		    line[strspn(line, " \t\r")] == '\0')
			continue;
		if ((eq = strchr(line, '=')) == NULL || eq == line) {
			snprintf(where, sizeof(where), "%s:%ld", path, n);
			rc = nf_error(where, "expected NAME = CANONICAL");
			continue;
		}
		*eq = '\0';
		s->al = xgrow(s->al, &ac, s->nal + 1, sizeof(*s->al));
		s->al[s->nal].from = arena_strdup(s->aa, trim(line));
		s->al[s->nal++].to = arena_strdup(s->aa, trim(eq + 1));
	}
	free(line);
	fclose(f);
	return rc;
}

static struct table *
new_table(const struct sources *s)
{
	const char	*groups[2];
	size_t		 n = 0;

	if (s->by != NULL)
		groups[n++] = s->group.name;
	groups[n++] = "source";
	return table_new(&table_sources, groups, n);
}

static int
sources_start(void *st, int argc, char **argv, struct run *run)
{
	struct sources	*s = st;
	const char	*err;
	size_t		 i;

	(void)argc;
	(void)argv;
	(void)run;
	if (group_parse(&s->group, s->by, &err) != 0) {
		nf_usage_error("--by: %s: %s", s->by, err);
		return STAGE_USAGE;
	}
	buf_init(&s->key);
	s->table = new_table(s);
	s->cues = cues_new();
	for (i = 0; i < s->cues_files.n; i++)
		if (cues_load(s->cues, s->cues_files.v[i]) != 0)
			return -1;
	if (s->aliases_file != NULL && load_aliases(s, s->aliases_file) != 0)
		return -1;
	return 0;
}

static const char *
alias(const struct sources *s, const char *name, enum src_kind *kind)
{
	size_t	 i;

	for (i = 0; i < s->nal; i++)
		if (strcmp(s->al[i].from, name) == 0) {
			if (*kind == SRC_UNKNOWN && strchr(s->al[i].to, ' '))
				*kind = SRC_PERSON;
			return s->al[i].to;
		}
	return name;
}

static void
json_field(struct buf *b, const char *key, const char *v, size_t n)
{
	buf_addc(b, ',');
	json_key(b, key);
	json_string(b, v, n);
}

static void
write_occurrence(const struct record *r, const char *group, const char *by,
    const struct attrib *at, const char *name, enum src_kind kind,
    struct buf *b)
{
	buf_addc(b, '{');
	json_key(b, "id");
	json_string(b, r->id, strlen(r->id));
	if (r->outlet != NULL)
		json_field(b, "outlet", r->outlet, strlen(r->outlet));
	if (by != NULL && strcmp(by, "outlet") != 0 && strcmp(by, "id") != 0)
		json_field(b, by, group, strlen(group));
	json_field(b, "source", name, strlen(name));
	json_field(b, "kind", names_kind(kind), strlen(names_kind(kind)));
	json_field(b, "cue", at->cue, strlen(at->cue));
	if (at->direct)
		json_field(b, "quote", r->text + at->q_start,
		    at->q_end - at->q_start);
	json_field(b, "sentence", r->text + at->sent_start,
	    at->sent_end - at->sent_start);
	buf_adds(b, "}\n");
}

/* Counts one attribution: the row [group] source kind. */
static void
count(struct sources *s, const char *group, const char *name,
    enum src_kind kind)
{
	int64_t	*c;

	buf_reset(&s->key);
	if (s->by != NULL) {
		buf_adds(&s->key, group);
		buf_addc(&s->key, '\t');
	}
	/* A name is one TSV cell. */
	for (; *name != '\0'; name++)
		buf_addc(&s->key, *name == '\t' || *name == '\n' ? ' ' : *name);
	buf_addc(&s->key, '\t');
	buf_adds(&s->key, names_kind(kind));
	c = table_row(s->table, s->key.data, s->key.len);
	c[0]++;
	if (c[2] != s->doc) {
		c[1]++;
		c[2] = s->doc;
	}
}

static int
sources_record(void *st, struct record *r, struct run *run)
{
	struct sources	*s = st;
	struct attribs	 as;
	const char	*group, *name;
	enum src_kind	 kind;
	size_t		 i;

	if (r->text == NULL)
		return 0;
	if (r->id == NULL)
		record_set_id(r, run->arena);
	group = group_of(&s->group, r, run->arena);
	s->doc = run->records;
	attrib_find(r->text, strlen(r->text), s->cues, run->arena, &as);
	for (i = 0; i < as.n; i++) {
		kind = as.v[i].kind;
		name = alias(s, as.v[i].name, &kind);
		if (s->occurrences)
			write_occurrence(r, group, s->by ? s->group.name : NULL,
			    &as.v[i], name, kind, run->out);
		else
			count(s, group, name, kind);
	}
	return 0;
}

static int
sources_finish(void *st, struct run *run)
{
	struct sources		*s = st;
	struct table_out	 o = { 0 };

	if (s->occurrences)
		return 0;
	o.min_count = s->min_count;
	o.json = s->json;
	table_write(s->table, &o, run->out, run);
	return 0;
}

/* -j: a worker counts into its own table, added up at the end. */
static void *
sources_fork(const void *st)
{
	const struct sources	*s = st;
	struct sources		*w = xmalloc(sizeof(*w));

	*w = *s;
	w->worker = true;
	w->cues = cues_dup(s->cues);
	buf_init(&w->key);
	w->table = new_table(s);
	return w;
}

static void
sources_free(void *st)
{
	struct sources	*s = st;

	if (!s->worker) {
		free(s->cues_files.v);
		arena_free(s->aa);
		free(s->al);
	}
	cues_free(s->cues);
	table_free(s->table);
	buf_release(&s->key);
}

static void
sources_join(void *st, void *worker)
{
	struct sources	*s = st, *w = worker;

	table_add(s->table, w->table);
	sources_free(w);
	free(w);
}

const struct command cmd_sources = {
	.name = "sources",
	.synopsis = "[--json] [--occurrences] [--aliases FILE] [--by FIELD] "
	    "[--cues FILE] [--min-count N] [corpus ...]",
	.summary = "who is quoted and cited: sources per outlet",
	.opts = sources_opts,
	.size = sizeof(struct sources),
	.start = sources_start,
	.record = sources_record,
	.finish = sources_finish,
	.free = sources_free,
	.fork = sources_fork,
	.join = sources_join,
};
