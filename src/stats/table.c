/* SPDX-License-Identifier: MIT */
/*
 * Count tables (include/stats/table.h): rows live in a hash table keyed by
 * the tab-joined group values and key, each holding the kind's counts
 * (and a spare int64 for its user: terms keeps a record stamp there).
 * Tables add up row by row (table_add: -j workers, merge). Sorting and
 * printing them is table_write.c; both share src/stats/table_int.h.
 */
#include <stdlib.h>
#include <string.h>

#include "core/htab.h"
#include "core/xmalloc.h"
#include "stats/table.h"
#include "table_int.h"

static size_t
count_names(const char *const *v, size_t max)
{
	size_t	 n = 0;

	while (n < max && v[n] != NULL)
		n++;
	return n;
}

struct table *
table_new(const struct table_kind *k, const char *const *groups,
    size_t ngroups)
{
	struct table	*t = xcalloc(1, sizeof(*t));
	size_t		 i;

	t->kind = k;
	t->key = k->key ? k->key : "key";
	t->ngroups = ngroups < TABLE_MAX_GROUPS ? ngroups : TABLE_MAX_GROUPS;
	for (i = 0; i < t->ngroups; i++)
		t->groups[i] = groups[i];
	t->ncounts = count_names(k->counts, TABLE_MAX_COUNTS);
	t->nderived = count_names(k->derived, TABLE_MAX_DERIVED);
	t->rows = htab_new((t->ncounts + 1) * sizeof(int64_t));
	return t;
}

void
table_set_key(struct table *t, const char *name)
{
	t->key = name;
}

void
table_free(struct table *t)
{
	if (t == NULL)
		return;
	htab_free(t->rows);
	free(t);
}

int64_t *
table_row(struct table *t, const char *key, size_t len)
{
	return htab_put(t->rows, key, len, NULL);
}

uint64_t
table_hash(const char *key, size_t len)
{
	return htab_hash(key, len);
}

void
table_prefetch(const struct table *t, uint64_t hash, bool entry)
{
	if (entry)
		htab_prefetch_entry(t->rows, hash);
	else
		htab_prefetch(t->rows, hash);
}

int64_t *
table_row_hashed(struct table *t, const char *key, size_t len,
    uint64_t hash)
{
	return htab_put_hashed(t->rows, key, len, hash, NULL);
}

size_t
table_rows(const struct table *t)
{
	return htab_count(t->rows);
}

size_t
table_ncounts(const struct table *t)
{
	return t->ncounts;
}

size_t
table_ngroups(const struct table *t)
{
	return t->ngroups;
}

const struct table_kind *
table_kind(const struct table *t)
{
	return t->kind;
}

struct hitem *
table_items(const struct table *t, size_t *n)
{
	return htab_items(t->rows, n);
}

void
table_add(struct table *t, const struct table *src)
{
	size_t		 n, i, j;
	struct hitem	*it = htab_items(src->rows, &n);
	int64_t		*c, *v;

	for (i = 0; i < n; i++) {
		c = table_row(t, it[i].key, it[i].len);
		v = it[i].val;
		for (j = 0; j < t->ncounts; j++)
			c[j] += v[j];
	}
	free(it);
}

size_t
table_group_part(const char *key, size_t len, size_t ngroups)
{
	size_t	 i, tabs = 0;

	if (ngroups == 0)
		return 0;
	for (i = 0; i < len; i++)
		if (key[i] == '\t' && ++tabs == ngroups)
			return i + 1;
	return len;
}

int
table_bytes_cmp(const char *a, size_t na, const char *b, size_t nb)
{
	int	 c = memcmp(a, b, na < nb ? na : nb);

	if (c != 0)
		return c;
	return na < nb ? -1 : (na > nb);
}

size_t
table_bytes(const struct table *t)
{
	return htab_bytes(t->rows) + table_write_bytes(t,
	    htab_count(t->rows));
}

void
table_clear(struct table *t)
{
	htab_clear(t->rows);
}

size_t
table_group_len(const struct table *t, const char *key, size_t len)
{
	return table_group_part(key, len, t->ngroups);
}

const struct table_kind *
table_kind_match(const char *const *cols, size_t n, size_t *ngroups)
{
	const struct table_kind	*k;
	size_t			 i, j, nc, nd, need;

	for (i = 0; (k = table_kinds[i]) != NULL; i++) {
		nc = count_names(k->counts, TABLE_MAX_COUNTS);
		nd = count_names(k->derived, TABLE_MAX_DERIVED);
		need = 1 + nc + nd + (k->label != NULL);
		if (n < need || n - need > TABLE_MAX_GROUPS)
			continue;
		*ngroups = n - need;
		if (k->key != NULL && strcmp(cols[*ngroups], k->key) != 0)
			continue;
		for (j = 0; j < nc; j++)
			if (strcmp(cols[*ngroups + 1 + j], k->counts[j]) != 0)
				break;
		if (j < nc)
			continue;
		for (j = 0; j < nd; j++)
			if (strcmp(cols[*ngroups + 1 + nc + j],
			    k->derived[j]) != 0)
				break;
		if (j == nd && (k->label == NULL ||
		    strcmp(cols[n - 1], k->label) == 0))
			return k;
	}
	return NULL;
}
