/* SPDX-License-Identifier: MIT */
/*
 * Printing count tables (include/stats/table.h): table_write turns the
 * rows into a sorted array, lets the kind derive its computed columns and
 * run its table-wide pass, then prints TSV or JSON Lines. Commands and
 * merge both print through here, which is what makes a merged table
 * byte-identical to the table of the whole corpus. The table itself is
 * table.c (src/stats/table_int.h).
 */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/command.h"
#include "core/htab.h"
#include "core/json.h"
#include "core/xmalloc.h"
#include "stats/table.h"
#include "table_int.h"

/*
 * Sorting: a compact entry per row holds everything the order needs in
 * the common case (group rank, totals flag, the primary value, the first
 * 24 key bytes), so comparisons stay in cache; only ties on all of these
 * look at the keys.
 */
struct sent {
	uint64_t	 kpfx[3];	/* key bytes 0-23, big-endian */
	double		 primary;
	uint32_t	 grank;
	uint32_t	 idx;
	int		 total;
};

static const struct trow	*sort_rows;
static int	(*sort_kind_cmp)(const struct trow *, const struct trow *);

static uint64_t
key_prefix(const char *k, size_t len)
{
	uint64_t	 v = 0;
	size_t		 i;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (len >= 8) {
		memcpy(&v, k, 8);
		return __builtin_bswap64(v);
	}
#endif
	for (i = 0; i < 8; i++)
		v = (v << 8) | (i < len ? (unsigned char)k[i] : 0);
	return v;
}

static int
sent_cmp(const void *pa, const void *pb)
{
	const struct sent	*a = pa, *b = pb;
	const struct trow	*x, *y;
	size_t			 na, nb, skip;
	int			 i;

	if (a->grank != b->grank)
		return a->grank < b->grank ? -1 : 1;
	if (a->total != b->total)
		return a->total ? -1 : 1;
	if (sort_kind_cmp != NULL)
		return sort_kind_cmp(&sort_rows[a->idx], &sort_rows[b->idx]);
	if (a->primary != b->primary)
		return a->primary > b->primary ? -1 : 1;
	for (i = 0; i < 3; i++)
		if (a->kpfx[i] != b->kpfx[i])
			return a->kpfx[i] < b->kpfx[i] ? -1 : 1;
	x = &sort_rows[a->idx];
	y = &sort_rows[b->idx];
	na = x->len - x->glen;
	nb = y->len - y->glen;
	/* Both past the prefix: its 24 bytes are the same. */
	skip = na > sizeof(a->kpfx) && nb > sizeof(a->kpfx) ?
	    sizeof(a->kpfx) : 0;
	return table_bytes_cmp(x->key + x->glen + skip, na - skip,
	    y->key + y->glen + skip, nb - skip);
}

/*
 * Merge sort of the entries: sent_cmp inlined and entries moved whole,
 * where qsort would call through a pointer and sort pointers to them.
 * sent_cmp is a total order (keys are unique), so any sort gives the same
 * result.
 */
#define SORT_RUN	16

static void
sent_sort(struct sent *e, size_t n)
{
	struct sent	*tmp, *src = e, *dst, *sw, x;
	size_t		 i, j, k, lo, mid, hi, w;

	for (lo = 0; lo < n; lo += SORT_RUN) {
		hi = lo + SORT_RUN < n ? lo + SORT_RUN : n;
		for (i = lo + 1; i < hi; i++) {
			x = e[i];
			for (j = i; j > lo && sent_cmp(&x, &e[j - 1]) < 0; j--)
				e[j] = e[j - 1];
			e[j] = x;
		}
	}
	if (n <= SORT_RUN)
		return;
	dst = tmp = xcalloc(n, sizeof(*tmp));
	for (w = SORT_RUN; w < n; w *= 2) {
		for (lo = 0; lo < n; lo += 2 * w) {
			mid = lo + w < n ? lo + w : n;
			hi = lo + 2 * w < n ? lo + 2 * w : n;
			for (i = lo, j = mid, k = lo; i < mid && j < hi; k++)
				dst[k] = sent_cmp(&src[j], &src[i]) < 0 ?
				    src[j++] : src[i++];
			while (i < mid)
				dst[k++] = src[i++];
			while (j < hi)
				dst[k++] = src[j++];
		}
		sw = src;
		src = dst;
		dst = sw;
	}
	if (src != e)
		memcpy(e, src, n * sizeof(*e));
	free(tmp);
}

static int
hitem_cmp(const void *pa, const void *pb)
{
	const struct hitem	*a = pa, *b = pb;

	return table_bytes_cmp(a->key, a->len, b->key, b->len);
}

/* Ranks of the distinct group parts, bytewise, into grank[i]. */
static void
group_ranks(const struct trow *rows, size_t n, uint32_t *grank)
{
	struct htab	*g = htab_new(sizeof(uint32_t));
	struct hitem	*it;
	size_t		 i, ng;

	for (i = 0; i < n; i++)
		htab_put(g, rows[i].key, rows[i].glen, NULL);
	it = htab_items(g, &ng);
	qsort(it, ng, sizeof(*it), hitem_cmp);
	for (i = 0; i < ng; i++)
		*(uint32_t *)it[i].val = (uint32_t)i;
	for (i = 0; i < n; i++)
		grank[i] = *(uint32_t *)htab_find(g, rows[i].key,
		    rows[i].glen);
	free(it);
	htab_free(g);
}

/*
 * Can rows[0..n) be sorted without comparing keys, rows[from..n) being
 * in key order? Only if every row before from is a totals row and none
 * after: a totals row never ties with another on group and totals flag.
 * The order is checked (group part, then the rest, as the sort compares
 * them), since a wrong hint would print a wrong table.
 */
static bool
in_key_order(const struct table *t, const struct trow *rows, size_t from,
    size_t n)
{
	const struct trow	*a, *b;
	size_t			 i;
	int			 c;

	if (t->kind->cmp != NULL)
		return false;
	for (i = 0; i < n; i++)
		if (rows[i].total != (i < from))
			return false;
	for (i = from + 1; i < n; i++) {
		a = &rows[i - 1];
		b = &rows[i];
		c = a->glen + b->glen == 0 ? 0 :
		    table_bytes_cmp(a->key, a->glen, b->key, b->glen);
		if (c > 0 || (c == 0 && table_bytes_cmp(a->key + a->glen,
		    a->len - a->glen, b->key + b->glen, b->len - b->glen) >= 0))
			return false;
	}
	return true;
}

/*
 * Sorts rows (group, totals first, the kind's order, key); returns them
 * in a new array, rows freed. When rows[from..n) are in key order (see
 * in_key_order), a row's index stands for its key in the entries.
 */
static struct trow *
sort_table(const struct table *t, struct trow *rows, size_t from, size_t n)
{
	struct sent	*e = xcalloc(n ? n : 1, sizeof(*e));
	uint32_t	*grank = xcalloc(n ? n : 1, sizeof(*grank));
	struct trow	*sorted;
	int		 sd = t->kind->sort_derived;
	size_t		 i, k;
	bool		 ordered = from < n && in_key_order(t, rows, from, n);

	if (t->ngroups > 0)
		group_ranks(rows, n, grank);	/* else all 0, as calloc'ed */
	for (i = 0; i < n; i++) {
		e[i].grank = grank[i];
		e[i].idx = (uint32_t)i;
		e[i].total = rows[i].total;
		e[i].primary = sd > 0 ? rows[i].derived[sd - 1] :
		    (double)rows[i].counts[0];
		if (ordered) {
			e[i].kpfx[0] = i;	/* unique: no key is read */
			continue;
		}
		for (k = 0; k < 3; k++)
			e[i].kpfx[k] = rows[i].len - rows[i].glen > 8 * k ?
			    key_prefix(rows[i].key + rows[i].glen + 8 * k,
			    rows[i].len - rows[i].glen - 8 * k) : 0;
	}
	free(grank);
	sort_rows = rows;
	sort_kind_cmp = t->kind->cmp;
	sent_sort(e, n);
	/* Gathered, not permuted in place: the reads are independent, so
	   their cache misses overlap (a cycle's are one after another). */
	sorted = xcalloc(n ? n : 1, sizeof(*sorted));
	for (i = 0; i < n; i++)
		sorted[i] = rows[e[i].idx];
	free(e);
	free(rows);
	return sorted;
}

/* A row of the group TABLE_TOTAL: internal, never printed. */
static bool
internal(const struct hitem *it)
{
	size_t	 tl = strlen(TABLE_TOTAL);

	return it->len > tl && memcmp(it->key, TABLE_TOTAL, tl) == 0 &&
	    it->key[tl] == '\t';
}

static struct trow *
collect(const struct table *t, size_t *n)
{
	struct hitem	*it = htab_items(t->rows, n);
	struct trow	*rows = xcalloc(*n ? *n : 1, sizeof(*rows));
	size_t		 i, j, tl = strlen(TABLE_TOTAL);

	for (i = 0, j = 0; i < *n; i++) {
		if (t->ngroups > 0 && internal(&it[i]))
			continue;
		rows[j].key = it[i].key;
		rows[j].len = it[i].len;
		rows[j].counts = it[i].val;
		rows[j].glen = table_group_part(it[i].key, it[i].len, t->ngroups);
		rows[j].total = it[i].len - rows[j].glen == tl &&
		    memcmp(it[i].key + rows[j].glen, TABLE_TOTAL, tl) == 0;
		j++;
	}
	*n = j;
	free(it);
	return rows;
}

/* Fills derived columns; each row sees its group's totals row. */
static void
derive_all(const struct table *t, struct trow *rows, size_t n)
{
	const int64_t	*totals = NULL;
	struct buf	 k;
	size_t		 i;

	if (t->kind->derive == NULL)
		return;
	buf_init(&k);
	for (i = 0; i < n; i++) {
		if (i == 0 || table_bytes_cmp(rows[i].key, rows[i].glen, k.data,
		    k.len - strlen(TABLE_TOTAL)) != 0) {
			buf_reset(&k);
			buf_add(&k, rows[i].key, rows[i].glen);
			buf_adds(&k, TABLE_TOTAL);
			totals = htab_find(t->rows, k.data, k.len);
		}
		t->kind->derive(rows[i].counts, totals, rows[i].derived);
	}
	buf_release(&k);
}

static void
header(const struct table *t, const struct table_out *o, struct buf *out)
{
	size_t	 i;

	if (o->json)
		return;
	for (i = 0; i < t->ngroups; i++)
		buf_addf(out, "%s\t", t->groups[i]);
	buf_adds(out, t->key);
	for (i = 0; i < t->ncounts; i++)
		buf_addf(out, "\t%s", t->kind->counts[i]);
	for (i = 0; i < t->nderived; i++)
		buf_addf(out, "\t%s", t->kind->derived[i]);
	if (t->kind->label != NULL)
		buf_addf(out, "\t%s", t->kind->label);
	buf_addc(out, '\n');
}

static void
fmt_derived(struct buf *out, int prec, double v)
{
	char	 tmp[64];

	/* Never print "-0.0000": a rounded zero is a zero. */
	if (prec < 0)
		snprintf(tmp, sizeof(tmp), "%.*g", -prec, v);
	else
		snprintf(tmp, sizeof(tmp), "%.*f", prec ? prec : 4, v);
	if (tmp[0] == '-' && strspn(tmp + 1, "0.") == strlen(tmp + 1))
		buf_adds(out, tmp + 1);
	else
		buf_adds(out, tmp);
}

/* JSON has no inf or nan: those become null. */
static void
fmt_json_number(struct buf *out, int prec, double v)
{
	if (isinf(v) || isnan(v))
		buf_adds(out, "null");
	else
		fmt_derived(out, prec, v);
}

static void
print_json(const struct table *t, const struct trow *r, struct buf *out)
{
	const char	*p = r->key, *tab;
	size_t		 i;

	buf_addc(out, '{');
	for (i = 0; i <= t->ngroups; i++) {
		tab = i < t->ngroups ? memchr(p, '\t', r->len - (size_t)(p -
		    r->key)) : NULL;
		if (tab == NULL)
			tab = r->key + r->len;
		json_key(out, i < t->ngroups ? t->groups[i] : t->key);
		json_string(out, p, (size_t)(tab - p));
		buf_addc(out, ',');
		p = tab + 1;
	}
	for (i = 0; i < t->ncounts; i++) {
		json_key(out, t->kind->counts[i]);
		buf_addf(out, "%" PRId64 "%s", r->counts[i],
		    i + 1 < t->ncounts || t->nderived ? "," : "");
	}
	for (i = 0; i < t->nderived; i++) {
		json_key(out, t->kind->derived[i]);
		fmt_json_number(out, t->kind->prec[i], r->derived[i]);
		if (i + 1 < t->nderived)
			buf_addc(out, ',');
	}
	if (t->kind->label != NULL) {
		buf_addc(out, ',');
		json_key(out, t->kind->label);
		json_string(out, t->kind->label_of(r), strlen(
		    t->kind->label_of(r)));
	}
	buf_adds(out, "}\n");
}

/* "\t" and v in decimal, as "\t%" PRId64 would print it. */
static void
add_count(struct buf *out, int64_t v)
{
	char		 d[24], *p = d + sizeof(d);
	uint64_t	 u = v < 0 ? -(uint64_t)v : (uint64_t)v;

	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	if (v < 0)
		*--p = '-';
	*--p = '\t';
	buf_add(out, p, (size_t)(d + sizeof(d) - p));
}

static void
print_row(const struct table *t, const struct table_out *o,
    const struct trow *r, struct buf *out)
{
	size_t	 i;

	if (o->json) {
		print_json(t, r, out);
		return;
	}
	buf_add(out, r->key, r->len);
	for (i = 0; i < t->ncounts; i++)
		add_count(out, r->counts[i]);
	for (i = 0; i < t->nderived; i++) {
		buf_addc(out, '\t');
		fmt_derived(out, t->kind->prec[i], r->derived[i]);
	}
	if (t->kind->label != NULL) {
		buf_addc(out, '\t');
		buf_adds(out, t->kind->label_of(r));
	}
	buf_addc(out, '\n');
}

/* Same group part? (Lengths first: most tables have none to compare,
   and memcmp of 0 bytes still loads from both.) */
static bool
same_group(const struct trow *a, const struct trow *b)
{
	return a->glen == b->glen && (a->glen == 0 ||
	    memcmp(a->key, b->key, a->glen) == 0);
}

/*
 * Sorts, derives and prints rows[0..n) of t, then frees rows;
 * rows[from..n) may be in key order (sort_table).
 */
static void
write_rows(struct table *t, struct trow *rows, size_t from, size_t n,
    const struct table_out *o, struct buf *out, struct run *run)
{
	double		*dv;
	size_t		 i;
	int64_t		 in_group = 0;

	dv = xcalloc(n * (t->nderived ? t->nderived : 1) + 1, sizeof(*dv));
	for (i = 0; i < n; i++)
		rows[i].derived = dv + i * t->nderived;
	derive_all(t, rows, n);
	rows = sort_table(t, rows, from, n);
	if (t->kind->finish != NULL)
		t->kind->finish(rows, n);
	header(t, o, out);
	for (i = 0; i < n; i++) {
		if (i == 0 || !same_group(&rows[i], &rows[i - 1]))
			in_group = 0;
		if (rows[i].drop)
			continue;
		if (rows[i].total) {
			if (o->totals)
				print_row(t, o, &rows[i], out);
			continue;
		}
		if ((t->kind->size ? t->kind->size(rows[i].counts) :
		    rows[i].counts[0]) < o->min_count ||
		    (o->top > 0 && in_group >= o->top))
			continue;
		in_group++;
		print_row(t, o, &rows[i], out);
		if (run != NULL)
			run_flush(run, false);
	}
	free(rows);
	free(dv);
}

/* table_write_with, and table_write_ordered when ordered. */
static void
write_with(struct table *t, const struct trow *extra, size_t n,
    bool ordered, const struct table_out *o, struct buf *out,
    struct run *run)
{
	struct trow	*rows;
	size_t		 m, i, tl = strlen(TABLE_TOTAL);

	if (t->kind->expand != NULL)
		t->kind->expand(t);
	rows = collect(t, &m);
	if (n > 0) {
		rows = xrealloc(rows, (m + n) * sizeof(*rows));
		for (i = 0; i < n; i++) {
			rows[m + i] = extra[i];
			rows[m + i].glen = table_group_part(extra[i].key,
			    extra[i].len, t->ngroups);
			rows[m + i].total = extra[i].len - rows[m + i].glen ==
			    tl && memcmp(extra[i].key + rows[m + i].glen,
			    TABLE_TOTAL, tl) == 0;
			rows[m + i].drop = false;
		}
	}
	write_rows(t, rows, ordered ? m : m + n, m + n, o, out, run);
}

void
table_write(struct table *t, const struct table_out *o, struct buf *out,
    struct run *run)
{
	write_with(t, NULL, 0, false, o, out, run);
}

void
table_write_with(struct table *t, const struct trow *extra, size_t n,
    const struct table_out *o, struct buf *out, struct run *run)
{
	write_with(t, extra, n, false, o, out, run);
}

void
table_write_ordered(struct table *t, const struct trow *extra, size_t n,
    const struct table_out *o, struct buf *out, struct run *run)
{
	write_with(t, extra, n, true, o, out, run);
}

/*
 * Per row: collect's row and the sorted copy, its derived values, its
 * group rank and two sort entries (the merge sort's copy).
 */
size_t
table_write_bytes(const struct table *t, size_t n)
{
	return n * (2 * sizeof(struct trow) + 2 * sizeof(struct sent) +
	    sizeof(uint32_t) + (t->nderived ? t->nderived : 1) *
	    sizeof(double));
}

void
table_write_header(const struct table *t, const struct table_out *o,
    struct buf *out)
{
	header(t, o, out);
}

void
table_write_row(const struct table *t, const struct table_out *o,
    const char *key, size_t len, const int64_t *counts,
    const int64_t *totals, struct buf *out)
{
	double		 dv[TABLE_MAX_DERIVED] = { 0 };
	struct trow	 r = { 0 };

	r.key = key;
	r.len = len;
	r.glen = table_group_part(key, len, t->ngroups);
	r.counts = (int64_t *)counts;
	r.derived = dv;
	r.total = len - r.glen == strlen(TABLE_TOTAL) &&
	    memcmp(key + r.glen, TABLE_TOTAL, len - r.glen) == 0;
	if (t->kind->derive != NULL)
		t->kind->derive(counts, totals, dv);
	print_row(t, o, &r, out);
}

