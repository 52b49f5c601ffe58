/* SPDX-License-Identifier: MIT */
/*
 * The voices of the report: the attributions of each record's text, found
 * by text/attrib.h with the built-in cues (as `sources` finds them), are
 * counted per group, source name and kind: citations (mentions) and the
 * articles citing the source (docs), as `sources --by` counts them.
 * finish keeps the most cited sources of each group and the citations per
 * kind over all its sources. Records without text cite nobody.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd/report.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/htab.h"
#include "core/record.h"
#include "core/xmalloc.h"
#include "text/attrib.h"
#include "text/cue.h"
#include "text/names.h"

/* The value of a (name, kind) key in a group's table. */
struct scount {
	long	 mentions;
	long	 docs;
	long	 last_doc;	/* the record that last counted a doc, + 1 */
	int	 kind;
};

struct rep_sources_pass {
	struct cues	*cues;
	struct htab	**tab;		/* per group: "kind\x1fname" */
	size_t		 ngroups, cap;
	long		 doc;
	struct buf	 key;
};

static void	grow(struct rep_sources_pass *, size_t g);
static int	source_cmp(const void *, const void *);
static void	add_kind(struct rep_count *, size_t *n, const char *kind,
		    long k);
static void	group_sources(const struct rep_sources_pass *, size_t o,
		    int top, struct report *, struct rep_sources *);

struct rep_sources_pass *
rep_sources_new(void)
{
	struct rep_sources_pass	*s = xcalloc(1, sizeof(*s));

	s->cues = cues_new();
	buf_init(&s->key);
	return s;
}

void
rep_sources_free(struct rep_sources_pass *s)
{
	size_t	 g;

	if (s == NULL)
		return;
	for (g = 0; g < s->ngroups; g++)
		htab_free(s->tab[g]);
	free(s->tab);
	cues_free(s->cues);
	buf_release(&s->key);
	free(s);
}

static void
grow(struct rep_sources_pass *s, size_t g)
{
	size_t	 old = s->cap, cap = s->cap ? s->cap : 16;

	while (cap <= g)
		cap *= 2;
	s->tab = xrealloc(s->tab, cap * sizeof(*s->tab));
	memset(s->tab + old, 0, (cap - old) * sizeof(*s->tab));
	s->cap = cap;
}

void
rep_sources_add(struct rep_sources_pass *s, size_t g, const struct record *r,
    struct arena *a)
{
	struct attribs	 as;
	struct scount	*c;
	size_t		 i;

	if (g >= s->cap)
		grow(s, g);
	while (s->ngroups <= g)
		s->tab[s->ngroups++] = htab_new(sizeof(struct scount));
	if (r->text == NULL)
		return;
	s->doc++;
	attrib_find(r->text, strlen(r->text), s->cues, a, &as);
	for (i = 0; i < as.n; i++) {
		buf_reset(&s->key);
		buf_addf(&s->key, "%d\x1f%s", (int)as.v[i].kind,
		    as.v[i].name);
		c = htab_put(s->tab[g], s->key.data, s->key.len, NULL);
		c->kind = (int)as.v[i].kind;
		c->mentions++;
		if (c->last_doc != s->doc) {
			c->docs++;
			c->last_doc = s->doc;
		}
	}
}

void
rep_sources_join(struct rep_sources_pass *s,
    const struct rep_sources_pass *w, const size_t *map)
{
	const struct scount	*wc;
	struct scount		*c;
	struct hitem		 it;
	size_t			 g, m, pos;

	for (g = 0; g < w->ngroups; g++) {
		m = map[g];
		if (m >= s->cap)
			grow(s, m);
		while (s->ngroups <= m)
			s->tab[s->ngroups++] = htab_new(sizeof(struct scount));
		for (pos = 0; htab_next(w->tab[g], &pos, &it); ) {
			wc = it.val;
			c = htab_put(s->tab[m], it.key, it.len, NULL);
			c->kind = wc->kind;
			c->mentions += wc->mentions;
			c->docs += wc->docs;
		}
	}
}

/* Most cited first, then in most articles, then by name and kind. */
static int
source_cmp(const void *a, const void *b)
{
	const struct rep_source	*x = a, *y = b;
	int			 c;

	if (x->mentions != y->mentions)
		return x->mentions > y->mentions ? -1 : 1;
	if (x->docs != y->docs)
		return x->docs > y->docs ? -1 : 1;
	if ((c = strcmp(x->name, y->name)) != 0)
		return c;
	return strcmp(x->kind, y->kind);
}

static void
add_kind(struct rep_count *kinds, size_t *n, const char *kind, long k)
{
	size_t	 i;

	for (i = 0; i < *n; i++)
		if (strcmp(kinds[i].name, kind) == 0) {
			kinds[i].n += k;
			return;
		}
	kinds[*n].name = kind;
	kinds[(*n)++].n = k;
}

static void
group_sources(const struct rep_sources_pass *s, size_t o, int top,
    struct report *r, struct rep_sources *out)
{
	struct hitem		*items;
	struct rep_source	*v;
	const struct scount	*c;
	size_t			 n, i;

	items = htab_items(s->tab[o], &n);
	v = xcalloc(n + 1, sizeof(*v));
	out->kinds = arena_calloc(r->arena, SRC_ANON + 2,
	    sizeof(*out->kinds));
	for (i = 0; i < n; i++) {
		c = items[i].val;
		v[i].name = strchr(items[i].key, '\x1f') + 1;
		v[i].kind = names_kind((enum src_kind)c->kind);
		v[i].mentions = c->mentions;
		v[i].docs = c->docs;
		add_kind(out->kinds, &out->nkinds, v[i].kind, c->mentions);
	}
	qsort(v, n, sizeof(*v), source_cmp);
	out->n = n < (size_t)top ? n : (size_t)top;
	out->v = arena_calloc(r->arena, out->n + 1, sizeof(*out->v));
	for (i = 0; i < out->n; i++) {
		out->v[i] = v[i];
		out->v[i].name = arena_strdup(r->arena, v[i].name);
	}
	free(v);
	free(items);
}

void
rep_sources_finish(const struct rep_sources_pass *s, struct report *r,
    const size_t *order, int top)
{
	size_t	 g;

	r->sources = arena_calloc(r->arena, r->ngroups + 1,
	    sizeof(*r->sources));
	for (g = 0; g < r->ngroups; g++)
		if (order[g] < s->ngroups)
			group_sources(s, order[g], top, r, &r->sources[g]);
}
