/* SPDX-License-Identifier: MIT */
/*
 * Spilling count tables to disk and printing them back in table order
 * (include/stats/spill.h). Keys are tab-joined group values and a term,
 * so key order (bytewise) is group order, and the merged runs come out
 * one group after another: each group's rows are gathered in a chunk
 * bounded by the limit, sorted by count and printed when the group ends,
 * or, if the chunk fills up, written as runs by count and merged. The
 * group's totals row is held apart: it prints first, and every row's
 * derived columns (tf-idf) need it.
 */
#include <sys/resource.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/command.h"
#include "core/diag.h"
#include "core/htab.h"
#include "core/tmpdir.h"
#include "core/xmalloc.h"
#include "stats/extsort.h"
#include "stats/spill.h"
#include "stats/table.h"

struct spill {
	size_t		 limit;
	size_t		 ncounts;
	struct tmpdir	*dir;
	struct extsort	*keys;		/* the tables' runs, by key */
	atomic_bool	 spilled;
	atomic_bool	 failed;
};

/* Printing the merged rows, group by group. */
struct writer {
	struct spill		*sp;
	const struct table	*t;
	const struct table_out	*o;
	struct buf		*out;
	struct run		*run;
	struct buf		 group;		/* the current group part */
	bool			 started;
	int64_t			 totals[EXSORT_MAX_COUNTS];
	bool			 has_totals;
	/* The group's rows not yet in runs, copied into a. */
	struct exrow		*rows;
	size_t			 n, cap;
	struct arena		*a;
	struct extsort		*runs;		/* the group's, by count */
	int64_t			 printed;
};

/* The smaller of *mem and a "max" or number file's value (cgroup v2). */
static void
cap_by_file(const char *path, uint64_t *mem)
{
	FILE			*f = fopen(path, "r");
	unsigned long long	 v;

	if (f == NULL)
		return;
	if (fscanf(f, "%llu", &v) == 1 && v > 0 && v < *mem)
		*mem = v;
	fclose(f);
}

size_t
spill_default_limit(void)
{
	long		 pages = sysconf(_SC_PHYS_PAGES);
	long		 psz = sysconf(_SC_PAGESIZE);
	uint64_t	 mem = (uint64_t)4 << 30;	/* when unknown */
	struct rlimit	 rl;

	if (pages > 0 && psz > 0)
		mem = (uint64_t)pages * (uint64_t)psz;
	if (getrlimit(RLIMIT_AS, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
	    (uint64_t)rl.rlim_cur < mem)
		mem = (uint64_t)rl.rlim_cur;
	cap_by_file("/sys/fs/cgroup/memory.max", &mem);
	mem /= 2;
	return mem > SIZE_MAX ? SIZE_MAX : (size_t)mem;
}

struct spill *
spill_new(const struct table *t, size_t limit, const char *tmpdir)
{
	struct spill	*sp = xcalloc(1, sizeof(*sp));

	if (tmpdir == NULL || *tmpdir == '\0')
		tmpdir = getenv("TMPDIR");
	if (tmpdir == NULL || *tmpdir == '\0')
		tmpdir = "/tmp";
	sp->limit = limit;
	sp->ncounts = table_ncounts(t);
	sp->dir = tmpdir_new(tmpdir);
	sp->keys = extsort_new(sp->dir, sp->ncounts, EX_BY_KEY);
	atomic_init(&sp->spilled, false);
	atomic_init(&sp->failed, false);
	return sp;
}

void
spill_free(struct spill *sp)
{
	if (sp == NULL)
		return;
	extsort_free(sp->keys);
	tmpdir_free(sp->dir);
	free(sp);
}

bool
spill_spilled(const struct spill *sp)
{
	return atomic_load(&sp->spilled);
}

/*
 * glibc serves big blocks from the heap once one was freed (its mmap
 * threshold rises), and the holes the emptied table leaves would
 * otherwise stay resident while the next table grows around them: at a
 * 64 MB limit, the peak RSS grew by 12 MB per run spilled.
 */
/* Under AddressSanitizer, malloc is ASan's, and glibc's malloc_trim
   walks arenas glibc never set up: in a worker thread it crashed. */
#if defined(__SANITIZE_ADDRESS__)
#define SPILL_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SPILL_ASAN 1
#endif
#endif

void
spill_give_back(void)
{
#if defined(__GLIBC__) && !defined(SPILL_ASAN)
	malloc_trim(0);
#endif
}

bool
spill_over(const struct spill *sp, size_t bytes, size_t parts)
{
	return bytes > sp->limit / (parts ? parts : 1);
}

/* After a run was written (rc 0) or not (-1). */
static int
spilled(struct spill *sp, int rc)
{
	atomic_store(&sp->spilled, true);
	if (rc != 0)
		atomic_store(&sp->failed, true);
	return rc;
}

int
spill_rows(struct spill *sp, struct exrow *rows, size_t n)
{
	if (atomic_load(&sp->failed))
		return -1;
	exrow_sort(EX_BY_KEY, rows, n);
	return spilled(sp, extsort_add(sp->keys, rows, n));
}

int
spill_each(struct spill *sp, int (*next)(struct exrow *, void *), void *arg)
{
	if (atomic_load(&sp->failed))
		return -1;
	return spilled(sp, extsort_add_each(sp->keys, next, arg));
}

int
spill_table(struct spill *sp, struct table *t)
{
	struct hitem	*it;
	struct exrow	*rows;
	size_t		 n, i;
	int		 rc;

	if (atomic_load(&sp->failed))
		return -1;
	it = table_items(t, &n);
	rows = xcalloc(n ? n : 1, sizeof(*rows));
	for (i = 0; i < n; i++) {
		rows[i].key = it[i].key;
		rows[i].len = it[i].len;
		rows[i].counts = it[i].val;
	}
	free(it);
	rc = spill_rows(sp, rows, n);
	free(rows);
	table_clear(t);
	spill_give_back();
	return rc;
}

int
spill_check(struct spill *sp, struct table *t, size_t parts)
{
	if (!spill_over(sp, table_bytes(t), parts))
		return 0;
	return spill_table(sp, t);
}

/* The chunk's memory: keys and counts, the array, sorting it. */
static size_t
chunk_bytes(const struct writer *w)
{
	return arena_used(w->a) + w->cap * sizeof(struct exrow) +
	    exrow_sort_bytes(w->n);
}

static void
chunk_add(struct writer *w, const struct exrow *r)
{
	int64_t	*c = arena_alloc(w->a, w->sp->ncounts * sizeof(int64_t));

	memcpy(c, r->counts, w->sp->ncounts * sizeof(int64_t));
	w->rows = xgrow(w->rows, &w->cap, w->n + 1, sizeof(*w->rows));
	w->rows[w->n].key = arena_strndup(w->a, r->key, r->len);
	w->rows[w->n].len = r->len;
	w->rows[w->n].counts = c;
	w->n++;
}

/* Keeps only rows[0..n) of the chunk, copied into a fresh arena. */
static void
chunk_compact(struct writer *w, size_t n)
{
	struct arena	*old = w->a;
	struct exrow	*rows = w->rows;
	size_t		 i;

	w->a = arena_new();
	w->rows = NULL;
	w->cap = w->n = 0;
	for (i = 0; i < n; i++)
		chunk_add(w, &rows[i]);
	free(rows);
	arena_free(old);
}

/*
 * The chunk is full, or its group ended with runs written (last): sort
 * it by count; with --top keep its best K rows, in memory while they
 * take at most half the limit, else write them as a run.
 */
static int
chunk_spill(struct writer *w, bool last)
{
	size_t	 n = w->n;
	int	 rc;

	exrow_sort(EX_BY_COUNT, w->rows, w->n);
	if (w->o->top > 0 && n > (size_t)w->o->top)
		n = (size_t)w->o->top;
	if (!last && w->o->top > 0) {
		chunk_compact(w, n);
		if (chunk_bytes(w) <= w->sp->limit / 2)
			return 0;
	}
	if (w->runs == NULL)
		w->runs = extsort_new(w->sp->dir, w->sp->ncounts, EX_BY_COUNT);
	rc = extsort_add(w->runs, w->rows, n);
	chunk_compact(w, 0);
	spill_give_back();
	return rc;
}

static void
print_row(struct writer *w, const struct exrow *r)
{
	table_write_row(w->t, w->o, r->key, r->len, r->counts,
	    w->has_totals ? w->totals : NULL, w->out);
	if (w->run != NULL)
		run_flush(w->run, false);
}

static int
print_ranked(const struct exrow *r, void *arg)
{
	struct writer	*w = arg;

	if (w->o->top > 0 && w->printed >= w->o->top)
		return 1;
	w->printed++;
	print_row(w, r);
	return 0;
}

/* Prints the group gathered so far: totals row, then rows by count. */
static int
group_end(struct writer *w)
{
	struct exrow	 tot;
	size_t		 i;
	int		 rc = 0;

	if (w->has_totals && w->o->totals) {
		buf_adds(&w->group, TABLE_TOTAL);
		tot.key = w->group.data;
		tot.len = w->group.len;
		tot.counts = w->totals;
		print_row(w, &tot);
	}
	if (w->runs == NULL) {
		exrow_sort(EX_BY_COUNT, w->rows, w->n);
		for (i = 0; i < w->n && print_ranked(&w->rows[i], w) == 0; i++)
			;
	} else {
		if (w->n > 0)
			rc = chunk_spill(w, true);
		if (rc == 0)
			rc = extsort_merge(w->runs, print_ranked, w);
		extsort_free(w->runs);
		w->runs = NULL;
	}
	chunk_compact(w, 0);
	w->has_totals = false;
	w->printed = 0;
	return rc;
}

static bool
is_totals(const struct exrow *r, size_t glen)
{
	size_t	 tl = strlen(TABLE_TOTAL);

	return r->len - glen == tl && memcmp(r->key + glen, TABLE_TOTAL,
	    tl) == 0;
}

/* One merged row, in key order. */
static int
take(const struct exrow *r, void *arg)
{
	struct writer			*w = arg;
	const struct table_kind		*k = table_kind(w->t);
	size_t				 glen;

	glen = table_group_len(w->t, r->key, r->len);
	if (!w->started || glen != w->group.len ||
	    memcmp(r->key, w->group.data, glen) != 0) {
		if (w->started && group_end(w) != 0)
			return -1;
		buf_reset(&w->group);
		buf_add(&w->group, r->key, glen);
		w->started = true;
	}
	if (is_totals(r, glen)) {
		memcpy(w->totals, r->counts, w->sp->ncounts * sizeof(int64_t));
		w->has_totals = true;
		return 0;
	}
	if ((k->size ? k->size(r->counts) : r->counts[0]) < w->o->min_count)
		return 0;
	chunk_add(w, r);
	if (chunk_bytes(w) > w->sp->limit)
		return chunk_spill(w, false) == 0 ? 0 : -1;
	return 0;
}

/* Merges the runs, printing group by group. */
static int
write_runs(struct spill *sp, const struct table *t,
    const struct table_out *o, struct buf *out, struct run *run)
{
	struct writer	 w = { 0 };
	int		 rc;

	w.sp = sp;
	w.t = t;
	w.o = o;
	w.out = out;
	w.run = run;
	w.a = arena_new();
	buf_init(&w.group);
	table_write_header(t, o, out);
	rc = extsort_merge(sp->keys, take, &w);
	if (rc == 0 && w.started)
		rc = group_end(&w);
	extsort_free(w.runs);
	free(w.rows);
	arena_free(w.a);
	buf_release(&w.group);
	return rc;
}

int
spill_write(struct spill *sp, struct table *t, const struct table_out *o,
    struct buf *out, struct run *run)
{
	const struct table_kind	*k = table_kind(t);

	if (atomic_load(&sp->failed))
		return -1;
	if (!atomic_load(&sp->spilled) && table_bytes(t) <= sp->limit) {
		table_write(t, o, out, run);
		return 0;
	}
	if (k->sort_derived != 0 || k->cmp != NULL || k->expand != NULL ||
	    k->finish != NULL)
		nf_fatal("spill: tables of kind %s cannot be spilled",
		    k->name);
	if (spill_table(sp, t) != 0)
		return -1;
	if (write_runs(sp, t, o, out, run) != 0) {
		atomic_store(&sp->failed, true);
		return -1;
	}
	return 0;
}
