/* SPDX-License-Identifier: MIT */
/*
 * Lexicon matching (contract in include/text/match.h). Text and entries
 * go through the same steps: the tokenizer's normal forms, split at
 * hyphens into "units" (so foreign-backed, foreign backed and a
 * foreign-\nbacked line break all read the same), stemmed with
 * MATCH_STEM. Entries are compiled into the token trie by
 * match_compile.c. A text is walked from each unit with a depth-first
 * search over the trie; the raw hits then lose those an exclusion of the
 * same frame overlaps, and overlapping hits of a frame count once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/diag.h"
#include "core/xmalloc.h"
#include "text/lexicon.h"
#include "text/match.h"
#include "text/pattern.h"
#include "text/stem.h"
#include "text/token.h"
#include "text/trie.h"
#include "match_int.h"

struct unit {
	const char	*s;		/* normalized, not stemmed */
	size_t		 len;
	uint32_t	 sym;		/* symbol of the (stemmed) key */
	uint32_t	 tok;		/* index of its token */
	unsigned	 sentence;
	const char	*join;		/* hyphen-broken word joined with the
					   next unit, or NULL */
	size_t		 join_len;
	uint32_t	 join_sym;
};

struct raw {
	uint32_t	 entry;
	uint32_t	 frame;
	uint32_t	 first, last;	/* unit indexes */
	bool		 exclude;
};

struct walk {
	const struct matcher	*m;
	const struct unit	*u;
	size_t			 n;
	size_t			 start;
	const char		*lang;
	struct raw		*raw;
	size_t			 n_raw, cap_raw;
	size_t			 pos;		/* for glob callbacks */
	uint64_t		*seen;		/* (node, pos) states entered
					   after a gap, for this start */
	uint32_t		*seen_gen;
	size_t			 cap_seen, n_seen;
	uint32_t		 gen;		/* start number + 1 */
};

static void	walk(struct walk *, uint32_t, size_t);

static void
push_raw(struct walk *w, uint32_t entry, size_t first, size_t last)
{
	const struct lex_entry	*e = &w->m->lx->entries[entry];
	struct raw		*r;

	if (!lexicon_entry_lang_ok(e, w->lang))
		return;
	w->raw = xgrow(w->raw, &w->cap_raw, w->n_raw + 1, sizeof(*w->raw));
	r = &w->raw[w->n_raw++];
	r->entry = entry;
	r->frame = e->frame;
	r->first = (uint32_t)first;
	r->last = (uint32_t)last;
	r->exclude = e->exclude;
}

static void
glob_hit(void *ctx, uint32_t child)
{
	struct walk	*w = ctx;
	size_t		 pos = w->pos;

	walk(w, child, pos);
	w->pos = pos;
}

/*
 * True the first time a state after a gap is entered from this start.
 * Gaps are the one way two paths reach the same node at the same unit
 * ("a [0-5] b [0-5] c" over "a x b b x c"); entering it once keeps the
 * walk linear in the states instead of exponential in the gaps.
 */
static bool
first_visit(struct walk *w, uint32_t node, size_t pos)
{
	uint64_t	 key = (uint64_t)node << 32 | (uint32_t)pos;
	size_t		 j, i, cap;
	uint64_t	*ok;
	uint32_t	*og;

	if ((w->n_seen + 1) * 2 > w->cap_seen) {
		ok = w->seen;
		og = w->seen_gen;
		cap = w->cap_seen;
		w->cap_seen = cap ? cap * 2 : 256;
		w->seen = xcalloc(w->cap_seen, sizeof(*w->seen));
		w->seen_gen = xcalloc(w->cap_seen, sizeof(*w->seen_gen));
		w->n_seen = 0;
		for (i = 0; i < cap; i++) {
			if (og[i] != w->gen)
				continue;
			for (j = (ok[i] * 0x9e3779b97f4a7c15ULL >> 40) &
			    (w->cap_seen - 1); w->seen_gen[j] == w->gen;
			    j = (j + 1) & (w->cap_seen - 1))
				;
			w->seen[j] = ok[i];
			w->seen_gen[j] = w->gen;
			w->n_seen++;
		}
		free(ok);
		free(og);
	}
	for (j = (key * 0x9e3779b97f4a7c15ULL >> 40) & (w->cap_seen - 1);
	    w->seen_gen[j] == w->gen; j = (j + 1) & (w->cap_seen - 1))
		if (w->seen[j] == key)
			return false;
	w->seen[j] = key;
	w->seen_gen[j] = w->gen;
	w->n_seen++;
	return true;
}

/* Depth-first walk from node with unit pos next to consume. */
static void
walk(struct walk *w, uint32_t node, size_t pos)
{
	const struct trie	*t = w->m->trie;
	const struct unit	*u;
	uint32_t		 h, child;
	unsigned		 min, max, k;

	if (node != TRIE_ROOT)
		for (h = trie_out_first(t, node); h != TRIE_NONE;
		    h = trie_out_next(t, h))
			push_raw(w, trie_out_value(t, h), w->start, pos - 1);
	if (pos >= w->n || w->u[pos].sentence != w->u[w->start].sentence)
		return;
	u = &w->u[pos];
	if ((child = trie_next(t, node, u->sym)) != TRIE_NONE)
		walk(w, child, pos + 1);
	w->pos = pos + 1;
	trie_globs(t, node, u->s, u->len, glob_hit, w);
	if (u->join != NULL && pos + 1 < w->n &&
	    w->u[pos + 1].sentence == u->sentence) {
		if ((child = trie_next(t, node, u->join_sym)) != TRIE_NONE)
			walk(w, child, pos + 2);
		w->pos = pos + 2;
		trie_globs(t, node, u->join, u->join_len, glob_hit, w);
	}
	for (h = trie_gap_first(t, node); h != TRIE_NONE;
	    h = trie_gap_next(t, h)) {
		child = trie_gap_get(t, h, &min, &max);
		for (k = min; k <= max && pos + k < w->n; k++)
			if (first_visit(w, child, pos + k))
				walk(w, child, pos + k);
	}
}

/* True when the bytes between two tokens break a word: "-" then a line
 * break (blanks around it allowed), or a soft hyphen. */
static bool
hyphen_break(const char *s, size_t n)
{
	size_t	 i;
	bool	 nl = false;

	if (n == 2 && (unsigned char)s[0] == 0xc2 &&
	    (unsigned char)s[1] == 0xad)
		return true;
	if (n < 2 || s[0] != '-')
		return false;
	for (i = 1; i < n; i++) {
		if (s[i] == '\n')
			nl = true;
		else if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	}
	return nl;
}

/* The units of a text: its tokens split at hyphens, with joins. */
static size_t
build_units(const struct matcher *m, const char *text, size_t len,
    const struct tokens *toks, struct arena *a, struct unit **out)
{
	struct unit	*u;
	struct upat	 parts[MAX_UNITS];
	const char	*k;
	size_t		 cap = toks->n + 8, n = 0, i, j, np, klen, last;
	char		*cat;

	u = arena_alloc(a, cap * sizeof(*u));
	for (i = 0; i < toks->n; i++) {
		const struct token	*t = &toks->v[i];

		/* A token of more than MAX_UNITS hyphen parts keeps the
		 * first MAX_UNITS: no entry is longer. */
		np = match_split_parts(t->norm, t->norm_len, parts, MAX_UNITS);
		if (np > MAX_UNITS)
			np = MAX_UNITS;
		if (np == 0)
			continue;
		if (n + np > cap) {
			struct unit	*nu;

			nu = arena_alloc(a, (cap = (n + np) * 2) * sizeof(*u));
			memcpy(nu, u, n * sizeof(*u));
			u = nu;
		}
		for (j = 0; j < np; j++, n++) {
			k = match_unit_key(m->stem, parts[j].s, parts[j].len, a,
			    &klen);
			u[n].s = parts[j].s;
			u[n].len = parts[j].len;
			u[n].sym = trie_symbol(m->trie, k, klen);
			u[n].tok = (uint32_t)i;
			u[n].sentence = t->sentence;
			u[n].join = NULL;
		}
		if (text == NULL || i + 1 >= toks->n || t->end > len ||
		    toks->v[i + 1].start < t->end ||
		    !hyphen_break(text + t->end, toks->v[i + 1].start - t->end))
			continue;
		/* Joined with the first part of the next token. */
		last = n - 1;
		np = strcspn(toks->v[i + 1].norm, "-");
		cat = arena_alloc(a, u[last].len + np + 1);
		memcpy(cat, u[last].s, u[last].len);
		memcpy(cat + u[last].len, toks->v[i + 1].norm, np);
		cat[u[last].len + np] = '\0';
		u[last].join = cat;
		u[last].join_len = u[last].len + np;
		k = match_unit_key(m->stem, cat, u[last].join_len, a, &klen);
		u[last].join_sym = trie_symbol(m->trie, k, klen);
	}
	*out = u;
	return n;
}

/* Runs the regex entries over the units joined by blanks (sentences by
 * newlines); each match covers the units it touches. */
static void
run_regex(struct walk *w, struct arena *a)
{
	const struct matcher	*m = w->m;
	struct buf		 b;
	size_t			*off, i, e, from, s, t, lo, hi, f;

	if (m->n_re == 0 || w->n == 0)
		return;
	off = arena_alloc(a, (w->n + 1) * sizeof(*off));
	buf_init(&b);
	for (i = 0; i < w->n; i++) {
		if (i > 0)
			buf_addc(&b, w->u[i].sentence != w->u[i - 1].sentence ?
			    '\n' : ' ');
		off[i] = b.len;
		buf_add(&b, w->u[i].s, w->u[i].len);
	}
	off[w->n] = b.len + 1;
	for (e = 0; e < m->lx->n_entries; e++) {
		if (m->re[e] == NULL)
			continue;
		from = 0;
		while (from <= b.len &&
		    pattern_find(m->re[e], b.data, b.len, from, &s, &t)) {
			from = t > s ? t : t + 1;
			/* first unit ending after s, last starting before t */
			for (lo = 0, hi = w->n; lo < hi; ) {
				f = (lo + hi) / 2;
				if (off[f] + w->u[f].len <= s)
					lo = f + 1;
				else
					hi = f;
			}
			f = lo;
			for (lo = f, hi = w->n; lo < hi; ) {
				i = (lo + hi) / 2;
				if (off[i] < t)
					lo = i + 1;
				else
					hi = i;
			}
			if (f < w->n && lo > f)
				push_raw(w, (uint32_t)e, f, lo - 1);
		}
	}
	buf_release(&b);
}

static int
raw_cmp(const void *pa, const void *pb)
{
	const struct raw	*a = pa, *b = pb;

	if (a->frame != b->frame)
		return a->frame < b->frame ? -1 : 1;
	if (a->first != b->first)
		return a->first < b->first ? -1 : 1;
	if (a->last != b->last)
		return a->last > b->last ? -1 : 1;
	return a->entry < b->entry ? -1 : a->entry > b->entry;
}

/* Keeps, per frame, the hits no exclusion overlaps, leftmost-longest
 * first, none overlapping another; returns the number kept in r. */
static size_t
resolve(struct raw *r, size_t n)
{
	size_t		 i, j, g, kept = 0;
	uint32_t	 end;
	bool		 have;

	if (n == 0)
		return 0;	/* r may be NULL: qsort must not see it */
	qsort(r, n, sizeof(*r), raw_cmp);
	for (g = 0; g < n; g = i) {
		for (i = g; i < n && r[i].frame == r[g].frame; i++)
			;
		have = false;
		end = 0;
		for (j = g; j < i; j++) {
			size_t	 x;

			if (r[j].exclude || (have && r[j].first <= end))
				continue;
			for (x = g; x < i; x++)
				if (r[x].exclude && r[x].first <= r[j].last &&
				    r[j].first <= r[x].last)
					break;
			if (x < i)
				continue;
			r[kept++] = r[j];
			end = r[j].last;
			have = true;
		}
	}
	return kept;
}

size_t
matcher_run(struct matcher *m, const char *text, size_t len,
    const struct tokens *toks, const char *lang, struct arena *a,
    struct match **out)
{
	struct walk	 w;
	struct match	*v;
	size_t		 i, n;

	memset(&w, 0, sizeof(w));
	w.m = m;
	w.lang = lang;
	w.n = build_units(m, text, len, toks, a, (struct unit **)&w.u);
	for (w.start = 0; w.start < w.n; w.start++) {
		w.gen = (uint32_t)w.start + 1;
		w.n_seen = 0;
		walk(&w, TRIE_ROOT, w.start);
	}
	run_regex(&w, a);
	n = resolve(w.raw, w.n_raw);
	v = arena_alloc(a, (n ? n : 1) * sizeof(*v));
	for (i = 0; i < n; i++) {
		v[i].frame = w.raw[i].frame;
		v[i].entry = w.raw[i].entry;
		v[i].first = w.u[w.raw[i].first].tok;
		v[i].last = w.u[w.raw[i].last].tok;
		v[i].start = toks->v[v[i].first].start;
		v[i].end = toks->v[v[i].last].end;
	}
	free(w.raw);
	free(w.seen);
	free(w.seen_gen);
	*out = v;
	return n;
}
