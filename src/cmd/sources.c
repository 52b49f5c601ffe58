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
#include "core/hash.h"
#include "core/json.h"
#include "core/record.h"
#include "core/xmalloc.h"
#include "text/attrib.h"
#include "text/cue.h"

struct scount {
	const char	*group, *name;	/* in the table's arena */
	enum src_kind	 kind;
	uint64_t	 h;
	long		 mentions, docs;
	long		 last_doc;	/* record that last counted a doc */
};

struct alias {
	const char	*from, *to;
};

struct sources {
	const char	*by;		/* options */
	struct strv	 cues_files;
	const char	*aliases_file;
	bool		 occurrences;

	struct cues	*cues;		/* shared by workers, read-only */
	struct alias	*al;
	size_t		 nal;
	struct arena	*aa;		/* alias strings */
	bool		 worker;	/* a fork: shares cues and aliases */

	struct arena	*a;		/* table keys */
	struct scount	*tab;
	size_t		 tab_n, tab_cap;
	long		 doc;
};

static const struct opt sources_opts[] = {
	OPT_FLAG(0, "occurrences", struct sources, occurrences,
	    "one JSON line per attribution instead of the table"),
	OPT_STR(0, "aliases", struct sources, aliases_file, "FILE",
	    "join names: lines NAME = CANONICAL"),
	OPT_STR(0, "by", struct sources, by, "FIELD",
	    "count per value of a record field (outlet, group, ...)"),
	OPT_LIST(0, "cues", struct sources, cues_files, "FILE",
	    "add cue entries (format of corpora/cues/*.txt)"),
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

static int
sources_start(void *st, int argc, char **argv, struct run *run)
{
	struct sources	*s = st;
	size_t		 i;

	(void)argc;
	(void)argv;
	(void)run;
	if (s->by != NULL && !record_field_known(s->by)) {
		nf_usage_error("--by: unknown field '%s'", s->by);
		return STAGE_USAGE;
	}
	s->cues = cues_new();
	s->a = arena_new();
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

static struct scount *
slot(struct sources *s, const char *group, const char *name,
    enum src_kind kind, uint64_t h)
{
	size_t	 i = (size_t)h & (s->tab_cap - 1);

	while (s->tab[i].name != NULL && (s->tab[i].h != h ||
	    s->tab[i].kind != kind || strcmp(s->tab[i].name, name) != 0 ||
	    strcmp(s->tab[i].group, group) != 0))
		i = (i + 1) & (s->tab_cap - 1);
	return &s->tab[i];
}

static void
grow(struct sources *s)
{
	struct scount	*old = s->tab;
	size_t		 i, n = s->tab_cap;

	s->tab_cap = n ? n * 2 : 256;
	s->tab = xcalloc(s->tab_cap, sizeof(*s->tab));
	for (i = 0; i < n; i++)
		if (old[i].name != NULL)
			*slot(s, old[i].group, old[i].name, old[i].kind,
			    old[i].h) = old[i];
	free(old);
}

static struct scount *
count(struct sources *s, const char *group, const char *name,
    enum src_kind kind)
{
	struct scount	*c;
	uint64_t	 h = hash64(name, strlen(name)) ^
	    (hash64(group, strlen(group)) * 31) ^ (uint64_t)kind;

	if ((s->tab_n + 1) * 2 > s->tab_cap)
		grow(s);
	c = slot(s, group, name, kind, h);
	if (c->name == NULL) {
		c->name = arena_strdup(s->a, name);
		c->group = arena_strdup(s->a, group);
		c->kind = kind;
		c->h = h;
		c->last_doc = -1;
		s->tab_n++;
	}
	return c;
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

static int
sources_record(void *st, struct record *r, struct run *run)
{
	struct sources	*s = st;
	struct attribs	 as;
	struct scount	*c;
	const char	*group = "", *name;
	enum src_kind	 kind;
	size_t		 i;

	if (r->text == NULL)
		return 0;
	if (r->id == NULL)
		record_set_id(r, run->arena);
	if (s->by != NULL && (group = record_field(r, s->by, run->arena,
	    NULL)) == NULL)
		group = "";
	s->doc++;
	attrib_find(r->text, strlen(r->text), s->cues, run->arena, &as);
	for (i = 0; i < as.n; i++) {
		kind = as.v[i].kind;
		name = alias(s, as.v[i].name, &kind);
		if (s->occurrences) {
			write_occurrence(r, group, s->by, &as.v[i], name, kind,
			    run->out);
			continue;
		}
		c = count(s, group, name, kind);
		c->mentions++;
		if (c->last_doc != s->doc) {
			c->docs++;
			c->last_doc = s->doc;
		}
	}
	return 0;
}

static int
scount_cmp(const void *a, const void *b)
{
	const struct scount	*x = a, *y = b;
	int			 c;

	if ((c = strcmp(x->group, y->group)) != 0)
		return c;
	if (x->mentions != y->mentions)
		return x->mentions > y->mentions ? -1 : 1;
	if (x->docs != y->docs)
		return x->docs > y->docs ? -1 : 1;
	if ((c = strcmp(x->name, y->name)) != 0)
		return c;
	return (int)x->kind - (int)y->kind;
}

static int
sources_finish(void *st, struct run *run)
{
	struct sources	*s = st;
	struct scount	*v;
	size_t		 i, n = 0;

	if (s->occurrences)
		return 0;
	v = xcalloc(s->tab_n ? s->tab_n : 1, sizeof(*v));
	for (i = 0; i < s->tab_cap; i++)
		if (s->tab[i].name != NULL)
			v[n++] = s->tab[i];
	qsort(v, n, sizeof(*v), scount_cmp);
	if (s->by != NULL)
		buf_addf(run->out, "%s\t", s->by);
	buf_adds(run->out, "source\tkind\tmentions\tdocs\n");
	for (i = 0; i < n; i++) {
		if (s->by != NULL)
			buf_addf(run->out, "%s\t", v[i].group);
		buf_addf(run->out, "%s\t%s\t%ld\t%ld\n", v[i].name,
		    names_kind(v[i].kind), v[i].mentions, v[i].docs);
		run_flush(run, false);
	}
	free(v);
	return 0;
}

static void *
sources_fork(const void *st)
{
	const struct sources	*s = st;
	struct sources		*w = xcalloc(1, sizeof(*w));

	*w = *s;
	w->worker = true;
	w->a = arena_new();
	w->tab = NULL;
	w->tab_n = w->tab_cap = 0;
	w->doc = 0;
	return w;
}

static void
sources_free(void *st)
{
	struct sources	*s = st;

	if (!s->worker) {
		cues_free(s->cues);
		arena_free(s->aa);
		free(s->al);
	}
	arena_free(s->a);
	free(s->tab);
}

static void
sources_join(void *st, void *worker)
{
	struct sources	*s = st, *w = worker;
	struct scount	*c;
	size_t		 i;

	for (i = 0; i < w->tab_cap; i++) {
		if (w->tab[i].name == NULL)
			continue;
		c = count(s, w->tab[i].group, w->tab[i].name, w->tab[i].kind);
		c->mentions += w->tab[i].mentions;
		c->docs += w->tab[i].docs;
	}
	sources_free(w);
	free(w);
}

const struct command cmd_sources = {
	.name = "sources",
	.synopsis = "[--occurrences] [--aliases FILE] [--by FIELD] "
	    "[--cues FILE] [corpus ...]",
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
