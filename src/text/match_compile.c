/* SPDX-License-Identifier: MIT */
/*
 * Lexicon compilation for the matcher (contract in include/text/match.h):
 * each entry's words go through the tokenizer's normal forms, are split
 * at hyphens into units and stemmed with MATCH_STEM, as text is in
 * match.c; optional tokens expand into the variants with and without
 * them, gaps become gap edges of the token trie (text/trie.h), regex
 * entries are compiled with PCRE2 (text/pattern.h).
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

/*
 * The matching key of a normalized word: itself, or its stem. The
 * stemmer is chosen by script (Cyrillic: Russian, else English), not by
 * the record's language, so entries and text are stemmed alike.
 */
const char *
match_unit_key(struct stem *st, const char *s, size_t len, struct arena *a,
    size_t *klen)
{
	const char	*k;
	bool		 cyr;

	if (st == NULL) {
		*klen = len;
		return s;
	}
	cyr = len >= 2 && ((unsigned char)s[0] == 0xd0 ||
	    (unsigned char)s[0] == 0xd1);
	k = stem_word(st, cyr ? "ru" : "en", s, len, klen);
	return k == s ? s : arena_strndup(a, k, *klen);
}

/*
 * Appends the hyphen-separated parts of s as word upats, at most max of
 * them; returns how many there are, which may be more than max (the
 * caller then rejects the entry rather than match a cut pattern).
 */
size_t
match_split_parts(const char *s, size_t len, struct upat *out, size_t max)
{
	size_t	 n = 0, i = 0, j;

	while (i < len) {
		for (j = i; j < len && s[j] != '-'; j++)
			;
		if (j > i) {
			if (n < max) {
				out[n].s = s + i;
				out[n].len = j - i;
				out[n].glob = false;
			}
			n++;
		}
		i = j + 1;
	}
	return n;
}

/*
 * Normalizes one entry word into units: a literal word the way text is
 * tokenized (it may give several), a glob by folding the runs between its
 * wildcards. Returns the number of units (0: the word holds no token);
 * more than max means only the first max were stored.
 */
static size_t
entry_word(const struct lex_item *it, struct stem *st, struct arena *a,
    struct upat *out, size_t max)
{
	struct tokens	 toks;
	struct buf	 b;
	const char	*w = it->word, *k;
	size_t		 i, n = 0, run, klen;

	if (it->glob) {
		buf_init(&b);
		while (*w != '\0') {
			run = strcspn(w, "*?");
			if (run > 0) {
				k = tok_fold(w, run, a, &klen);
				buf_add(&b, k, klen);
			}
			if (w[run] != '\0')
				buf_addc(&b, w[run++]);
			w += run;
		}
		/* Hyphen parts become units, as in text; each is a glob only
		 * when it holds a wildcard. */
		n = match_split_parts(arena_strndup(a, b.data ? b.data : "", b.len),
		    b.len, out, max);
		buf_release(&b);
		for (i = 0; i < n && i < max; i++) {
			out[i].glob = memchr(out[i].s, '*', out[i].len) ||
			    memchr(out[i].s, '?', out[i].len);
			if (!out[i].glob)
				out[i].s = match_unit_key(st, out[i].s, out[i].len,
				    a, &out[i].len);
		}
		return n;
	}
	tok_text(w, strlen(w), a, &toks);
	for (i = 0; i < toks.n; i++)
		n += match_split_parts(toks.v[i].norm, toks.v[i].norm_len,
		    out + (n < max ? n : max), n < max ? max - n : 0);
	for (i = 0; i < n && i < max; i++)
		out[i].s = match_unit_key(st, out[i].s, out[i].len, a,
		    &out[i].len);
	return n;
}

static void
insert_variant(struct trie *t, const struct upat *u, size_t n,
    uint32_t value)
{
	uint32_t	 node = TRIE_ROOT;
	size_t		 i;

	for (i = 0; i < n; i++) {
		if (u[i].s == NULL)
			node = trie_add_gap(t, node, u[i].min, u[i].max);
		else if (u[i].glob)
			node = trie_add_glob(t, node, u[i].s, u[i].len);
		else
			node = trie_add_literal(t, node, u[i].s, u[i].len);
	}
	trie_add_output(t, node, value);
}

/* An entry whose words and gaps come to more units than a variant holds. */
static int
too_long(const struct lex_entry *e)
{
	char	 where[1024];

	snprintf(where, sizeof(where), "%s:%u", e->file, e->line);
	return nf_error(where, "entry has more than %d words and gaps",
	    MAX_UNITS);
}

/* Compiles a pattern entry: each subset of its optional words. */
static int
compile_entry(struct matcher *m, const struct lex_entry *e, uint32_t value,
    struct arena *a)
{
	struct upat	 u[MAX_UNITS], tmp[MAX_UNITS];
	size_t		 i, n, k, opt = 0, nu;
	unsigned	 variant, j;
	char		 where[1024];

	for (i = 0; i < e->n_items; i++)
		opt += e->items[i].optional;
	for (variant = 0; variant < (1u << opt); variant++) {
		n = j = 0;
		for (i = 0; i < e->n_items; i++) {
			const struct lex_item	*it = &e->items[i];

			if (it->optional && !(variant & (1u << j++)))
				continue;
			if (it->word == NULL) {
				if (n == 0 || u[n - 1].s == NULL)
					continue;
				if (n == MAX_UNITS)
					return too_long(e);
				u[n].s = NULL;
				u[n].min = it->gap_min;
				u[n].max = it->gap_max;
				n++;
				continue;
			}
			k = entry_word(it, m->stem, a, tmp, MAX_UNITS - n);
			if (k == 0) {
				snprintf(where, sizeof(where), "%s:%u",
				    e->file, e->line);
				return nf_error(where, "'%s' holds no word",
				    it->word);
			}
			if (k > MAX_UNITS - n)
				return too_long(e);
			memcpy(u + n, tmp, k * sizeof(*tmp));
			n += k;
		}
		for (nu = n; nu > 0 && u[nu - 1].s == NULL; nu--)
			;
		if (nu > 0)
			insert_variant(m->trie, u, nu, value);
	}
	return 0;
}

static int
compile_regex(struct matcher *m, const struct lex_entry *e, size_t i)
{
	char	*err = NULL, where[1024];

	if ((m->re[i] = pattern_new(e->regex, 0, &err)) != NULL) {
		m->n_re++;
		return 0;
	}
	snprintf(where, sizeof(where), "%s:%u", e->file, e->line);
	nf_error(where, "bad regular expression: %s", err ? err : "?");
	free(err);
	return -1;
}

struct matcher *
matcher_new(const struct lexicon *lx, int flags)
{
	struct matcher	*m = xcalloc(1, sizeof(*m));
	struct arena	*a = arena_new();
	size_t		 i;
	int		 rc = 0;

	m->lx = lx;
	m->stem = (flags & MATCH_STEM) ? stem_new() : NULL;
	m->owner = true;
	m->trie = trie_new();
	m->re = xcalloc(lx->n_entries ? lx->n_entries : 1, sizeof(*m->re));
	for (i = 0; i < lx->n_entries; i++) {
		if (lx->entries[i].regex != NULL) {
			if (compile_regex(m, &lx->entries[i], i) != 0)
				rc = -1;
		} else if (compile_entry(m, &lx->entries[i], (uint32_t)i,
		    a) != 0)
			rc = -1;
	}
	arena_free(a);
	if (rc != 0) {
		matcher_free(m);
		return NULL;
	}
	return m;
}

struct matcher *
matcher_dup(const struct matcher *src)
{
	struct matcher	*m = xcalloc(1, sizeof(*m));
	size_t		 i;

	*m = *src;
	m->owner = false;
	m->stem = src->stem ? stem_new() : NULL;
	m->re = xcalloc(src->lx->n_entries ? src->lx->n_entries : 1,
	    sizeof(*m->re));
	for (i = 0; i < src->lx->n_entries; i++)
		if (src->re[i] != NULL)
			m->re[i] = pattern_dup(src->re[i]);
	return m;
}

void
matcher_free(struct matcher *m)
{
	size_t	 i;

	if (m == NULL)
		return;
	for (i = 0; i < m->lx->n_entries; i++)
		pattern_free(m->re[i]);
	free(m->re);
	stem_free(m->stem);
	if (m->owner)
		trie_free(m->trie);
	free(m);
}

