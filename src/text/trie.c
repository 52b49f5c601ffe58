/* SPDX-License-Identifier: MIT */
/*
 * The token trie (rules in include/text/trie.h). Literal edges and the
 * byte-trie edges of the glob index live in one open-addressing hash of
 * 64-bit keys: (node << 32 | symbol) for literal edges, and a tagged
 * (byte node << 8 | byte) for glob prefixes. Symbols are interned in a
 * second hash. A token thus costs one string hash and one probe per live
 * trie state, plus a walk of its bytes where globs hang, whatever the
 * number of entries compiled in. Each hash has a bit filter of 8 KB in
 * front, which answers most misses (a word that is no symbol, a byte no
 * glob prefix goes on with) from the first-level cache: a lexicon of
 * thousands of entries makes tables that do not fit there.
 */
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/hash.h"
#include "core/xmalloc.h"
#include "text/trie.h"

#define EMPTY_KEY	UINT64_MAX
#define BYTE_TAG	(1ULL << 63)

struct tnode {
	uint32_t	 broot;		/* byte-trie root of globs, or NONE */
	uint32_t	 out;		/* first output, or NONE */
	uint32_t	 gap;		/* first gap edge, or NONE */
};

struct bnode {
	uint32_t	 glob;		/* first glob ending its prefix here */
};

struct globe {
	const char	*rest;		/* the glob from its first wildcard */
	size_t		 rest_len;
	uint32_t	 child;
	uint32_t	 next;
};

struct link {
	uint32_t	 value;		/* output value or gap child */
	uint32_t	 next;
	unsigned	 min, max;	/* gap bounds */
};

/* The filter: a bit for each key's mix (bits 48 to 63), so a missing
   edge, the common case, costs no probe of the table. */
#define FILTER_BITS	65536
struct edges {
	uint64_t	 filter[FILTER_BITS / 64];
	uint64_t	*keys;
	uint32_t	*vals;
	size_t		 cap, n;	/* cap is a power of two */
};

/* A slot holds the high 32 bits of the string's hash, then its symbol
 * number, so a probe rarely touches the strings; EMPTY_KEY when empty.
 * The filter has a bit set for each symbol's hash (bits 32 to 47): most
 * words of a text are no symbol, and the filter, small enough to stay in
 * the first-level cache, says so without a probe of the slots. */
struct syms {
	uint64_t	 filter[FILTER_BITS / 64];
	uint64_t	*slots;
	size_t		 cap;
	const char	**str;
	size_t		*len;
	size_t		 n, cap_str;
};

struct trie {
	struct arena	*arena;
	struct tnode	*nodes;
	size_t		 n_nodes, cap_nodes;
	struct bnode	*bnodes;
	size_t		 n_bnodes, cap_bnodes;
	struct globe	*globs;
	size_t		 n_globs, cap_globs;
	struct link	*links;
	size_t		 n_links, cap_links;
	struct edges	 edges;
	struct syms	 syms;
};

static uint64_t
mix(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	return k;
}

static void
edges_grow(struct edges *e)
{
	struct edges	 old = *e;
	size_t		 i, j;

	e->cap = old.cap ? old.cap * 2 : 256;
	e->keys = xmalloc(e->cap * sizeof(*e->keys));
	e->vals = xmalloc(e->cap * sizeof(*e->vals));
	memset(e->keys, 0xff, e->cap * sizeof(*e->keys));
	for (i = 0; i < old.cap; i++) {
		if (old.keys[i] == EMPTY_KEY)
			continue;
		for (j = mix(old.keys[i]) & (e->cap - 1);
		    e->keys[j] != EMPTY_KEY; j = (j + 1) & (e->cap - 1))
			;
		e->keys[j] = old.keys[i];
		e->vals[j] = old.vals[i];
	}
	free(old.keys);
	free(old.vals);
}

static uint32_t
edges_get(const struct edges *e, uint64_t key)
{
	uint64_t	 m = mix(key);
	size_t		 j;

	if (!(e->filter[(m >> 48) / 64] & 1ULL << (m >> 48) % 64))
		return TRIE_NONE;
	for (j = m & (e->cap - 1); e->keys[j] != EMPTY_KEY;
	    j = (j + 1) & (e->cap - 1))
		if (e->keys[j] == key)
			return e->vals[j];
	return TRIE_NONE;
}

static void
edges_put(struct edges *e, uint64_t key, uint32_t val)
{
	size_t	 j;

	if ((e->n + 1) * 2 > e->cap)
		edges_grow(e);
	e->filter[(mix(key) >> 48) / 64] |= 1ULL << (mix(key) >> 48) % 64;
	for (j = mix(key) & (e->cap - 1); e->keys[j] != EMPTY_KEY;
	    j = (j + 1) & (e->cap - 1))
		;
	e->keys[j] = key;
	e->vals[j] = val;
	e->n++;
}

static size_t
syms_slot_h(const struct syms *y, const char *s, size_t len, uint64_t h)
{
	uint64_t	 v;
	size_t		 j;
	uint32_t	 k;

	for (j = h & (y->cap - 1); (v = y->slots[j]) != EMPTY_KEY;
	    j = (j + 1) & (y->cap - 1)) {
		k = (uint32_t)v;
		if (v >> 32 == h >> 32 && y->len[k] == len &&
		    memcmp(y->str[k], s, len) == 0)
			break;
	}
	return j;
}

static size_t
syms_slot(const struct syms *y, const char *s, size_t len)
{
	return syms_slot_h(y, s, len, hash64(s, len));
}

static uint64_t
syms_value(const struct syms *y, uint32_t k)
{
	return (hash64(y->str[k], y->len[k]) >> 32) << 32 | k;
}

static uint32_t
syms_add(struct trie *t, const char *s, size_t len)
{
	struct syms	*y = &t->syms;
	size_t		 j, i, cap;
	uint64_t	*old, h;
	uint32_t	 k;

	if ((y->n + 1) * 2 > y->cap) {
		old = y->slots;
		cap = y->cap;
		y->cap = cap ? cap * 2 : 256;
		y->slots = xmalloc(y->cap * sizeof(*y->slots));
		memset(y->slots, 0xff, y->cap * sizeof(*y->slots));
		for (i = 0; i < cap; i++)
			if (old[i] != EMPTY_KEY) {
				k = (uint32_t)old[i];
				y->slots[syms_slot(y, y->str[k], y->len[k])] =
				    old[i];
			}
		free(old);
	}
	j = syms_slot(y, s, len);
	if (y->slots[j] != EMPTY_KEY)
		return (uint32_t)y->slots[j];
	if (y->n == y->cap_str) {
		i = y->cap_str;
		y->str = xgrow(y->str, &y->cap_str, y->n + 1, sizeof(*y->str));
		y->len = xgrow(y->len, &i, y->n + 1, sizeof(*y->len));
	}
	y->str[y->n] = arena_strndup(t->arena, s, len);
	y->len[y->n] = len;
	y->slots[j] = syms_value(y, (uint32_t)y->n);
	h = y->slots[j] >> 32 & (FILTER_BITS - 1);
	y->filter[h / 64] |= 1ULL << (h % 64);
	return (uint32_t)y->n++;
}

static uint32_t
node_new(struct trie *t)
{
	t->nodes = xgrow(t->nodes, &t->cap_nodes, t->n_nodes + 1,
	    sizeof(*t->nodes));
	t->nodes[t->n_nodes].broot = TRIE_NONE;
	t->nodes[t->n_nodes].out = TRIE_NONE;
	t->nodes[t->n_nodes].gap = TRIE_NONE;
	return (uint32_t)t->n_nodes++;
}

static uint32_t
bnode_new(struct trie *t)
{
	t->bnodes = xgrow(t->bnodes, &t->cap_bnodes, t->n_bnodes + 1,
	    sizeof(*t->bnodes));
	t->bnodes[t->n_bnodes].glob = TRIE_NONE;
	return (uint32_t)t->n_bnodes++;
}

static uint32_t
link_new(struct trie *t, uint32_t value, uint32_t next)
{
	t->links = xgrow(t->links, &t->cap_links, t->n_links + 1,
	    sizeof(*t->links));
	t->links[t->n_links].value = value;
	t->links[t->n_links].next = next;
	t->links[t->n_links].min = t->links[t->n_links].max = 0;
	return (uint32_t)t->n_links++;
}

struct trie *
trie_new(void)
{
	struct trie	*t = xcalloc(1, sizeof(*t));

	t->arena = arena_new();
	t->syms.cap = 256;
	t->syms.slots = xmalloc(t->syms.cap * sizeof(*t->syms.slots));
	memset(t->syms.slots, 0xff, t->syms.cap * sizeof(*t->syms.slots));
	node_new(t);
	return t;
}

void
trie_free(struct trie *t)
{
	if (t == NULL)
		return;
	arena_free(t->arena);
	free(t->nodes);
	free(t->bnodes);
	free(t->globs);
	free(t->links);
	free(t->edges.keys);
	free(t->edges.vals);
	free(t->syms.slots);
	free(t->syms.str);
	free(t->syms.len);
	free(t);
}

uint32_t
trie_add_literal(struct trie *t, uint32_t node, const char *s, size_t len)
{
	uint32_t	 sym = syms_add(t, s, len), child;
	uint64_t	 key = (uint64_t)node << 32 | sym;

	if ((child = edges_get(&t->edges, key)) != TRIE_NONE)
		return child;
	child = node_new(t);
	edges_put(&t->edges, key, child);
	return child;
}

uint32_t
trie_add_glob(struct trie *t, uint32_t node, const char *glob, size_t len)
{
	size_t		 pre = strcspn(glob, "*?"), i;
	uint32_t	 b, nb, g;
	uint64_t	 key;

	if (pre > len)
		pre = len;
	if ((b = t->nodes[node].broot) == TRIE_NONE) {
		b = bnode_new(t);
		t->nodes[node].broot = b;
	}
	for (i = 0; i < pre; i++) {
		key = BYTE_TAG | (uint64_t)b << 8 | (unsigned char)glob[i];
		if ((nb = edges_get(&t->edges, key)) == TRIE_NONE) {
			nb = bnode_new(t);
			edges_put(&t->edges, key, nb);
		}
		b = nb;
	}
	for (g = t->bnodes[b].glob; g != TRIE_NONE; g = t->globs[g].next)
		if (t->globs[g].rest_len == len - pre &&
		    memcmp(t->globs[g].rest, glob + pre, len - pre) == 0)
			return t->globs[g].child;
	t->globs = xgrow(t->globs, &t->cap_globs, t->n_globs + 1,
	    sizeof(*t->globs));
	g = (uint32_t)t->n_globs++;
	t->globs[g].rest = arena_strndup(t->arena, glob + pre, len - pre);
	t->globs[g].rest_len = len - pre;
	t->globs[g].next = t->bnodes[b].glob;
	t->bnodes[b].glob = g;
	t->globs[g].child = node_new(t);
	return t->globs[g].child;
}

uint32_t
trie_add_gap(struct trie *t, uint32_t node, unsigned min, unsigned max)
{
	uint32_t	 h, child;

	for (h = t->nodes[node].gap; h != TRIE_NONE; h = t->links[h].next)
		if (t->links[h].min == min && t->links[h].max == max)
			return t->links[h].value;
	child = node_new(t);
	h = link_new(t, child, t->nodes[node].gap);
	t->links[h].min = min;
	t->links[h].max = max;
	t->nodes[node].gap = h;
	return child;
}

void
trie_add_output(struct trie *t, uint32_t node, uint32_t value)
{
	uint32_t	 h;

	for (h = t->nodes[node].out; h != TRIE_NONE; h = t->links[h].next)
		if (t->links[h].value == value)
			return;
	t->nodes[node].out = link_new(t, value, t->nodes[node].out);
}

uint32_t
trie_symbol(const struct trie *t, const char *s, size_t len)
{
	uint64_t	 h = hash64(s, len), f = h >> 32 & (FILTER_BITS - 1), v;

	if (!(t->syms.filter[f / 64] & 1ULL << (f % 64)))
		return TRIE_NONE;
	v = t->syms.slots[syms_slot_h(&t->syms, s, len, h)];

	return v == EMPTY_KEY ? TRIE_NONE : (uint32_t)v;
}

uint32_t
trie_next(const struct trie *t, uint32_t node, uint32_t sym)
{
	if (sym == TRIE_NONE)
		return TRIE_NONE;
	return edges_get(&t->edges, (uint64_t)node << 32 | sym);
}

void
trie_globs(const struct trie *t, uint32_t node, const char *s, size_t len,
    void (*fn)(void *, uint32_t), void *ctx)
{
	uint32_t	 b = t->nodes[node].broot, g;
	size_t		 i = 0;

	while (b != TRIE_NONE) {
		for (g = t->bnodes[b].glob; g != TRIE_NONE; g = t->globs[g].next)
			if (glob_match(t->globs[g].rest, t->globs[g].rest_len,
			    s + i, len - i))
				fn(ctx, t->globs[g].child);
		if (i == len)
			break;
		b = edges_get(&t->edges, BYTE_TAG | (uint64_t)b << 8 |
		    (unsigned char)s[i]);
		i++;
	}
}

uint32_t
trie_out_first(const struct trie *t, uint32_t node)
{
	return t->nodes[node].out;
}

uint32_t
trie_out_next(const struct trie *t, uint32_t h)
{
	return t->links[h].next;
}

uint32_t
trie_out_value(const struct trie *t, uint32_t h)
{
	return t->links[h].value;
}

uint32_t
trie_gap_first(const struct trie *t, uint32_t node)
{
	return t->nodes[node].gap;
}

uint32_t
trie_gap_next(const struct trie *t, uint32_t h)
{
	return t->links[h].next;
}

uint32_t
trie_gap_get(const struct trie *t, uint32_t h, unsigned *min, unsigned *max)
{
	*min = t->links[h].min;
	*max = t->links[h].max;
	return t->links[h].value;
}

/* Length of the UTF-8 character whose lead byte is c (1 for junk). */
static size_t
char_len(unsigned char c)
{
	if (c >= 0xf0)
		return 4;
	if (c >= 0xe0)
		return 3;
	if (c >= 0xc0)
		return 2;
	return 1;
}

bool
glob_match(const char *p, size_t pn, const char *s, size_t sn)
{
	size_t	 i = 0, j = 0, star_i = SIZE_MAX, star_j = 0, n;

	while (j < sn) {
		if (i < pn && p[i] == '*') {
			star_i = ++i;
			star_j = j;
		} else if (i < pn && p[i] == '?') {
			i++;
			n = char_len((unsigned char)s[j]);
			j += n > sn - j ? sn - j : n;
		} else if (i < pn && p[i] == s[j]) {
			i++;
			j++;
		} else if (star_i != SIZE_MAX) {
			i = star_i;
			n = char_len((unsigned char)s[star_j]);
			star_j += n > sn - star_j ? sn - star_j : n;
			j = star_j;
		} else
			return false;
	}
	while (i < pn && p[i] == '*')
		i++;
	return i == pn;
}
