/* SPDX-License-Identifier: MIT */
/*
 * The distinctive vocabulary of the report: every group's term counts as
 * `terms --by` counts them (unigrams of the text, stop words of the
 * record's language left out, tokens taken from the pass's one
 * tokenization), then, per group against all the others, the keyness of
 * each term (stats/keyness.h: G2 and log ratio, as `keyness --by`) and
 * the N over-used terms with the largest G2. Memory: one count table per
 * group, the vocabulary each group uses.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd/report.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/htab.h"
#include "core/xmalloc.h"
#include "stats/keyness.h"
#include "text/ngram.h"
#include "text/stopwords.h"
#include "text/token.h"

struct rep_terms_pass {
	struct stopwords	*sw;
	struct htab		**tab;		/* per group: term -> int64 */
	long			*tokens;	/* per group */
	size_t			 ngroups, cap;
	struct buf		 scratch;
	struct htab		*cur;
};

static void	grow(struct rep_terms_pass *, size_t g);
static void	count_gram(const char *, size_t, void *);
static int	term_cmp(const void *, const void *);
static void	group_terms(const struct rep_terms_pass *, size_t o,
		    const struct htab *all, long all_tokens, int top,
		    struct report *, struct rep_terms *);

struct rep_terms_pass *
rep_terms_new(void)
{
	struct rep_terms_pass	*t = xcalloc(1, sizeof(*t));
	const char		*err;

	t->sw = stopwords_new("auto", &err);
	buf_init(&t->scratch);
	return t;
}

void
rep_terms_free(struct rep_terms_pass *t)
{
	size_t	 g;

	if (t == NULL)
		return;
	for (g = 0; g < t->ngroups; g++)
		htab_free(t->tab[g]);
	free(t->tab);
	free(t->tokens);
	stopwords_free(t->sw);
	buf_release(&t->scratch);
	free(t);
}

static void
grow(struct rep_terms_pass *t, size_t g)
{
	size_t	 old = t->cap, cap = t->cap ? t->cap : 16;

	while (cap <= g)
		cap *= 2;
	t->tab = xrealloc(t->tab, cap * sizeof(*t->tab));
	t->tokens = xrealloc(t->tokens, cap * sizeof(*t->tokens));
	memset(t->tab + old, 0, (cap - old) * sizeof(*t->tab));
	memset(t->tokens + old, 0, (cap - old) * sizeof(*t->tokens));
	t->cap = cap;
}

static void
count_gram(const char *gram, size_t len, void *arg)
{
	struct rep_terms_pass	*t = arg;
	int64_t			*c = htab_put(t->cur, gram, len, NULL);

	(*c)++;
}

void
rep_terms_add(struct rep_terms_pass *t, size_t g, const struct tokens *tk,
    const char *lang, struct arena *a)
{
	struct gram_tok	*v;
	size_t		 i;

	if (g >= t->cap)
		grow(t, g);
	while (t->ngroups <= g)
		t->tab[t->ngroups++] = htab_new(sizeof(int64_t));
	t->tokens[g] += (long)tk->n;
	if (tk->n == 0)
		return;
	v = arena_alloc(a, tk->n * sizeof(*v));
	for (i = 0; i < tk->n; i++) {
		v[i].s = tk->v[i].norm;
		v[i].len = tk->v[i].norm_len;
		v[i].sentence = tk->v[i].sentence;
		v[i].stop = stopwords_has(t->sw, lang, v[i].s, v[i].len);
	}
	t->cur = t->tab[g];
	ngram_each(v, tk->n, 1, 1, &t->scratch, count_gram, t);
}

void
rep_terms_join(struct rep_terms_pass *t, const struct rep_terms_pass *w,
    const size_t *map)
{
	struct hitem	 it;
	size_t		 g, m, pos;

	for (g = 0; g < w->ngroups; g++) {
		m = map[g];
		if (m >= t->cap)
			grow(t, m);
		while (t->ngroups <= m)
			t->tab[t->ngroups++] = htab_new(sizeof(int64_t));
		t->tokens[m] += w->tokens[g];
		for (pos = 0; htab_next(w->tab[g], &pos, &it); )
			*(int64_t *)htab_put(t->tab[m], it.key, it.len, NULL) +=
			    *(int64_t *)it.val;
	}
}

static int
term_cmp(const void *a, const void *b)
{
	const struct rep_term	*x = a, *y = b;

	if (x->g2 != y->g2)
		return x->g2 > y->g2 ? -1 : 1;
	return strcmp(x->term, y->term);
}

/*
 * The over-used terms of pass group o, top n by G2, into out; all holds
 * every term's count over all groups, so the rest's is all - the group's.
 */
static void
group_terms(const struct rep_terms_pass *t, size_t o, const struct htab *all,
    long all_tokens, int top, struct report *r, struct rep_terms *out)
{
	struct hitem	*items;
	struct rep_term	*v;
	struct keyness	 k;
	size_t		 n, i, m = 0;
	int64_t		 a, b;

	out->tokens = t->tokens[o];
	out->ref_tokens = all_tokens - t->tokens[o];
	if (out->tokens == 0 || out->ref_tokens == 0)
		return;
	items = htab_items(t->tab[o], &n);
	v = xcalloc(n + 1, sizeof(*v));
	for (i = 0; i < n; i++) {
		a = *(int64_t *)items[i].val;
		b = *(int64_t *)htab_find(all, items[i].key, items[i].len) - a;
		keyness_compute((double)a, (double)b, (double)out->tokens,
		    (double)out->ref_tokens, &k);
		if (k.dir <= 0)
			continue;
		v[m++] = (struct rep_term){ items[i].key, (long)a, (long)b,
		    k.g2, k.log_ratio };
	}
	qsort(v, m, sizeof(*v), term_cmp);
	out->n = m < (size_t)top ? m : (size_t)top;
	out->v = arena_calloc(r->arena, out->n + 1, sizeof(*out->v));
	for (i = 0; i < out->n; i++) {
		out->v[i] = v[i];
		out->v[i].term = arena_strdup(r->arena, v[i].term);
	}
	free(v);
	free(items);
}

void
rep_terms_finish(const struct rep_terms_pass *t, struct report *r,
    const size_t *order, int top)
{
	struct htab	*all = htab_new(sizeof(int64_t));
	struct hitem	 it;
	long		 tokens = 0;
	size_t		 g, pos;

	/* Every term's count in the whole corpus, once. */
	for (g = 0; g < t->ngroups; g++) {
		tokens += t->tokens[g];
		for (pos = 0; htab_next(t->tab[g], &pos, &it); )
			*(int64_t *)htab_put(all, it.key, it.len, NULL) +=
			    *(int64_t *)it.val;
	}
	r->terms = arena_calloc(r->arena, r->ngroups + 1, sizeof(*r->terms));
	for (g = 0; g < r->ngroups; g++)
		if (order[g] < t->ngroups)
			group_terms(t, order[g], all, tokens, top, r,
			    &r->terms[g]);
	htab_free(all);
}
