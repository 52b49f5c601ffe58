/* SPDX-License-Identifier: MIT */
/*
 * Open addressing with linear probing over a power-of-two slot array of
 * (hash, node) pairs, grown at 70% load. A node lives in the table's arena:
 * a small header, the value, then the key and a NUL. Nodes never move, so
 * value pointers stay valid while the table grows.
 */
#include <sys/mman.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/hash.h"
#include "core/htab.h"
#include "core/xmalloc.h"

struct node {
	size_t		 len;
	size_t		 val_off;	/* padding: value aligned to 16 */
};

struct slot {
	uint64_t	 hash;
	struct node	*node;
};

struct htab {
	struct slot	*slots;
	void		*map;		/* slots' mapping if mmap'ed, or NULL */
	size_t		 map_len;
	size_t		 mask;
	size_t		 n;
	size_t		 val_size;	/* rounded up to 16 */
	struct arena	*a;
};

#define NODE_HDR	((sizeof(struct node) + 15) & ~(size_t)15)
/* Slot arrays from this size on ask for huge pages (fewer TLB misses). */
#define HUGE_SLOTS	((size_t)2 << 20)

static void	*node_val(const struct node *);
static char	*node_key(const struct htab *, const struct node *);
static void	 slots_free(void *, void *, size_t);

struct htab *
htab_new(size_t val_size)
{
	struct htab	*h = xcalloc(1, sizeof(*h));

	h->val_size = (val_size + 15) & ~(size_t)15;
	h->mask = 63;
	h->slots = xcalloc(h->mask + 1, sizeof(struct slot));
	h->a = arena_new();
	return h;
}

void
htab_free(struct htab *h)
{
	if (h == NULL)
		return;
	slots_free(h->slots, h->map, h->map_len);
	arena_free(h->a);
	free(h);
}

static void *
node_val(const struct node *nd)
{
	return (char *)nd + NODE_HDR;
}

static char *
node_key(const struct htab *h, const struct node *nd)
{
	return (char *)nd + NODE_HDR + h->val_size;
}

/*
 * Replaces h's slot array by a zeroed one of n slots. Big ones are mapped
 * (zero already: no memset), 2 MB aligned, on huge pages if any.
 */
static void
slots_new(struct htab *h, size_t n)
{
	size_t	 sz = n * sizeof(struct slot), len = sz + HUGE_SLOTS;
	void	*p = MAP_FAILED;

	h->map = NULL;
	if (sz >= HUGE_SLOTS)
		p = mmap(NULL, len, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		h->slots = xcalloc(n, sizeof(struct slot));
		return;
	}
	h->map = p;
	h->map_len = len;
	h->slots = (struct slot *)(((uintptr_t)p + HUGE_SLOTS - 1) &
	    ~(uintptr_t)(HUGE_SLOTS - 1));
#ifdef MADV_HUGEPAGE
	(void)madvise(h->slots, sz, MADV_HUGEPAGE);
#endif
}

static void
slots_free(void *slots, void *map, size_t map_len)
{
	if (map != NULL)
		munmap(map, map_len);
	else
		free(slots);
}

static void
grow(struct htab *h)
{
	struct slot	*old = h->slots;
	void		*old_map = h->map;
	size_t		 i, j, oldcap = h->mask + 1, old_len = h->map_len;

	h->mask = oldcap * 2 - 1;
	slots_new(h, h->mask + 1);
	for (i = 0; i < oldcap; i++) {
		if (old[i].node == NULL)
			continue;
		for (j = old[i].hash & h->mask; h->slots[j].node != NULL;
		    j = (j + 1) & h->mask)
			;
		h->slots[j] = old[i];
	}
	slots_free(old, old_map, old_len);
}

static struct slot *
lookup(const struct htab *h, const void *key, size_t len, uint64_t hv)
{
	struct slot	*s;
	size_t		 j;

	for (j = hv & h->mask;; j = (j + 1) & h->mask) {
		s = &h->slots[j];
		if (s->node == NULL)
			return s;
		if (s->hash == hv && s->node->len == len &&
		    memcmp(node_key(h, s->node), key, len) == 0)
			return s;
	}
}

void *
htab_find(const struct htab *h, const void *key, size_t len)
{
	struct slot	*s = lookup(h, key, len, hash64_mem(key, len));

	return s->node ? node_val(s->node) : NULL;
}

uint64_t
htab_hash(const void *key, size_t len)
{
	return hash64_mem(key, len);
}

void
htab_prefetch(const struct htab *h, uint64_t hv)
{
	__builtin_prefetch(&h->slots[hv & h->mask]);
}

void
htab_prefetch_entry(const struct htab *h, uint64_t hv)
{
	const struct slot	*s = &h->slots[hv & h->mask];

	/* The key follows the value: often on the next cache line. */
	if (s->node != NULL && s->hash == hv) {
		__builtin_prefetch(s->node);
		__builtin_prefetch((const char *)s->node + 64);
	}
}

void *
htab_put(struct htab *h, const void *key, size_t len, bool *created)
{
	return htab_put_hashed(h, key, len, hash64_mem(key, len), created);
}

void *
htab_put_hashed(struct htab *h, const void *key, size_t len, uint64_t hv,
    bool *created)
{
	struct slot	*s = lookup(h, key, len, hv);
	struct node	*nd;
	char		*k;

	if (created != NULL)
		*created = s->node == NULL;
	if (s->node != NULL)
		return node_val(s->node);
	if ((h->n + 1) * 10 > (h->mask + 1) * 7) {
		grow(h);
		s = lookup(h, key, len, hv);
	}
	nd = arena_alloc(h->a, NODE_HDR + h->val_size + len + 1);
	nd->len = len;
	nd->val_off = NODE_HDR;
	memset(node_val(nd), 0, h->val_size);
	k = node_key(h, nd);
	memcpy(k, key, len);
	k[len] = '\0';
	s->hash = hv;
	s->node = nd;
	h->n++;
	return node_val(nd);
}

const char *
htab_key(const struct htab *h, const void *val, size_t *len)
{
	const struct node	*nd = (const struct node *)
	    ((const char *)val - NODE_HDR);

	if (len != NULL)
		*len = nd->len;
	return node_key(h, nd);
}

size_t
htab_count(const struct htab *h)
{
	return h->n;
}

size_t
htab_bytes(const struct htab *h)
{
	return (h->mask + 1) * sizeof(struct slot) + arena_used(h->a);
}

void
htab_clear(struct htab *h)
{
	memset(h->slots, 0, (h->mask + 1) * sizeof(struct slot));
	arena_reset(h->a);
	h->n = 0;
}

bool
htab_next(const struct htab *h, size_t *pos, struct hitem *it)
{
	struct node	*nd;

	for (; *pos <= h->mask; (*pos)++) {
		if ((nd = h->slots[*pos].node) == NULL)
			continue;
		it->key = node_key(h, nd);
		it->len = nd->len;
		it->val = node_val(nd);
		(*pos)++;
		return true;
	}
	return false;
}

struct hitem *
htab_items(const struct htab *h, size_t *n)
{
	struct hitem	*v = xcalloc(h->n ? h->n : 1, sizeof(*v));
	size_t		 pos = 0, i = 0;

	while (i < h->n && htab_next(h, &pos, &v[i]))
		i++;
	*n = i;
	return v;
}
