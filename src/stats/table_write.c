/* SPDX-License-Identifier: MIT */
/*
 * Printing count tables (include/stats/table.h): table_write turns the
 * rows into a sorted array, lets the kind derive its computed columns and
 * run its table-wide pass, then prints TSV or JSON Lines. Commands and
 * merge both print through here, which is what makes a merged table
 * byte-identical to the table of the whole corpus. The table itself is
 * table.c, its sorting table_sort.c (src/stats/table_int.h).
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
 * rows[0..nord) may be in key order (table_sort).
 */
static void
write_rows(struct table *t, struct trow *rows, size_t nord, size_t n,
    const struct table_out *o, struct buf *out, struct run *run)
{
	double		*dv;
	size_t		 i;
	int64_t		 in_group = 0;

	dv = xcalloc(n * t->nderived + 1, sizeof(*dv));
	for (i = 0; i < n; i++)
		rows[i].derived = dv + i * t->nderived;
	derive_all(t, rows, n);
	rows = table_sort(t, rows, nord, n);
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

/* The fields of a row from outside the table that the caller left. */
static void
extra_row(const struct table *t, struct trow *r)
{
	size_t	 tl = strlen(TABLE_TOTAL);

	r->glen = table_group_part(r->key, r->len, t->ngroups);
	r->total = r->len - r->glen == tl && memcmp(r->key + r->glen,
	    TABLE_TOTAL, tl) == 0;
	r->drop = false;
}

static void
write_with(struct table *t, const struct trow *extra, size_t n,
    const struct table_out *o, struct buf *out, struct run *run)
{
	struct trow	*rows;
	size_t		 m, i;

	if (t->kind->expand != NULL)
		t->kind->expand(t);
	rows = collect(t, &m);
	if (n > 0) {
		rows = xrealloc(rows, (m + n) * sizeof(*rows));
		for (i = 0; i < n; i++) {
			rows[m + i] = extra[i];
			extra_row(t, &rows[m + i]);
		}
	}
	write_rows(t, rows, 0, m + n, o, out, run);
}

void
table_write(struct table *t, const struct table_out *o, struct buf *out,
    struct run *run)
{
	write_with(t, NULL, 0, o, out, run);
}

void
table_write_with(struct table *t, const struct trow *extra, size_t n,
    const struct table_out *o, struct buf *out, struct run *run)
{
	write_with(t, extra, n, o, out, run);
}

/* The table's rows go after the given ones, so those are not copied. */
void
table_write_ordered(struct table *t, struct trow *rows, size_t n,
    const struct table_out *o, struct buf *out, struct run *run)
{
	struct trow	*tr;
	size_t		 m, i;

	if (t->kind->expand != NULL)
		t->kind->expand(t);
	tr = collect(t, &m);
	rows = xrealloc(rows, (n + m + 1) * sizeof(*rows));
	for (i = 0; i < n; i++)
		extra_row(t, &rows[i]);
	memcpy(rows + n, tr, m * sizeof(*rows));
	free(tr);
	write_rows(t, rows, n, n + m, o, out, run);
}

/*
 * Per row: collect's row and the sorted copy, its derived values, its
 * group rank and two sort entries (the merge sort's copy).
 */
size_t
table_write_bytes(const struct table *t, size_t n)
{
	return n * (2 * sizeof(struct trow) + table_sort_bytes() +
	    t->nderived * sizeof(double));
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

