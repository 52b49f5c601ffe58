/* SPDX-License-Identifier: MIT */
/*
 * Sorted runs on disk and their k-way merge (include/stats/extsort.h).
 * A run is a file of rows, each a 32-bit key length, the key bytes and
 * the counts as int64, in this process's byte order (the files are
 * private and die with it), written and read in blocks of IOBUF bytes;
 * every write and the seek back to the start are checked, so a full
 * disk is an error, never a short run. Rows are sorted in memory by
 * exrow_sort.c, and a merge keeps one cursor per run in a binary heap,
 * ordered by the same sort entries.
 */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/diag.h"
#include "core/tmpdir.h"
#include "core/xmalloc.h"
#include "stats/extsort.h"
#include "exrow_int.h"

#define IOBUF	(64 * 1024)

struct exrun {
	int		 fd;
	int		 level;
	struct buf	 io;		/* written rows not yet on disk */
};

struct extsort {
	struct tmpdir	*dir;
	size_t		 ncounts;
	enum exorder	 order;
	pthread_mutex_t	 mu;
	struct exrun	*runs;
	size_t		 n, cap;
};

/* A run being read: rows point into buf until the next read. */
struct cursor {
	struct exrun	 run;
	char		*buf;
	size_t		 pos, len, cap;
	int64_t		 counts[EXSORT_MAX_COUNTS];
	struct exrow	 row;
	struct skey	 k;		/* row's, for the heap */
};

struct merge {
	const struct extsort	*x;
	struct cursor		*c;
	size_t			*heap;		/* cursors that have a row */
	size_t			 n;
	struct buf		 key;		/* the merged row */
	int64_t			 counts[EXSORT_MAX_COUNTS];
};

struct extsort *
extsort_new(struct tmpdir *d, size_t ncounts, enum exorder order)
{
	struct extsort	*x = xcalloc(1, sizeof(*x));

	if (ncounts > EXSORT_MAX_COUNTS)
		nf_fatal("extsort: %zu counts (at most %d)", ncounts,
		    EXSORT_MAX_COUNTS);
	x->dir = d;
	x->ncounts = ncounts;
	x->order = order;
	pthread_mutex_init(&x->mu, NULL);
	return x;
}

/* Done with r: its file goes back to the directory for reuse. */
static void
run_close(struct tmpdir *d, struct exrun *r)
{
	tmpdir_give_back(d, r->fd);
	r->fd = -1;
	buf_release(&r->io);
}

void
extsort_free(struct extsort *x)
{
	size_t	 i;

	if (x == NULL)
		return;
	for (i = 0; i < x->n; i++)
		run_close(x->dir, &x->runs[i]);
	free(x->runs);
	pthread_mutex_destroy(&x->mu);
	free(x);
}

size_t
extsort_runs(const struct extsort *x)
{
	return x->n;
}

static int
run_new(struct extsort *x, struct exrun *r, int level)
{
	r->level = level;
	buf_init(&r->io);
	return (r->fd = tmpdir_file(x->dir)) == -1 ? -1 : 0;
}

/* All of p to fd; -1 with errno set. */
static int
write_all(int fd, const char *p, size_t n)
{
	ssize_t	 w;

	while (n > 0) {
		if ((w = write(fd, p, n)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

static int
run_put(const struct extsort *x, struct exrun *r, const char *key,
    size_t len, const int64_t *counts)
{
	uint32_t	 n = (uint32_t)len;
	size_t		 nc = x->ncounts * sizeof(*counts);
	char		*p;

	if (len > UINT32_MAX)
		nf_fatal("extsort: a key of %zu bytes", len);
	buf_grow(&r->io, sizeof(n) + len + nc);
	p = r->io.data + r->io.len;
	memcpy(p, &n, sizeof(n));
	memcpy(p + sizeof(n), key, len);
	memcpy(p + sizeof(n) + len, counts, nc);
	r->io.len += sizeof(n) + len + nc;
	r->io.data[r->io.len] = '\0';
	if (r->io.len < IOBUF)
		return 0;
	if (write_all(r->fd, r->io.data, r->io.len) != 0)
		return -1;
	buf_reset(&r->io);
	return 0;
}

/* Ends writing: everything written, positioned for reading. */
static int
run_end(struct exrun *r)
{
	if (write_all(r->fd, r->io.data, r->io.len) != 0 ||
	    lseek(r->fd, 0, SEEK_SET) != 0)
		return -1;
	buf_release(&r->io);
	return 0;
}

static int
write_error(const struct extsort *x)
{
	return nf_error(tmpdir_parent(x->dir), "cannot write a temporary file: %s",
	    strerror(errno));
}

/* At least n bytes at buf + pos: 1, 0 at the end of the file, -1. */
static int
need(struct cursor *c, size_t n)
{
	ssize_t	 got;

	if (c->len - c->pos >= n)
		return 1;
	memmove(c->buf, c->buf + c->pos, c->len - c->pos);
	c->len -= c->pos;
	c->pos = 0;
	if (n > c->cap) {
		c->cap = n > 2 * c->cap ? n : 2 * c->cap;
		c->buf = xrealloc(c->buf, c->cap);
	}
	while (c->len < n) {
		got = read(c->run.fd, c->buf + c->len, c->cap - c->len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			return (int)got;
		c->len += (size_t)got;
	}
	return 1;
}

/* Reads the next row of c: 1, 0 at the end, -1 after reporting. */
static int
cursor_next(const struct extsort *x, struct cursor *c)
{
	uint32_t	 n;
	size_t		 nc = x->ncounts * sizeof(int64_t);
	int		 rc;

	if ((rc = need(c, sizeof(n))) == 0 && c->len == 0)
		return 0;
	if (rc == 1) {
		memcpy(&n, c->buf + c->pos, sizeof(n));
		rc = need(c, sizeof(n) + n + nc);
	}
	if (rc != 1)
		return nf_error(tmpdir_parent(x->dir), "cannot read a temporary "
		    "file: %s", rc < 0 ? strerror(errno) : "cut short");
	c->row.key = c->buf + c->pos + sizeof(n);
	c->row.len = n;
	memcpy(c->counts, c->row.key + n, nc);
	c->row.counts = c->counts;
	c->pos += sizeof(n) + n + nc;
	skey_set(&c->k, x->order, &c->row, 0);
	return 1;
}

/* Is heap entry i before heap entry j? */
static bool
before(const struct merge *m, size_t i, size_t j)
{
	int	 c = skey_cmp(&m->c[m->heap[i]].k, &m->c[m->heap[j]].k);

	return c < 0 || (c == 0 && m->heap[i] < m->heap[j]);
}

static void
sift_down(struct merge *m, size_t i)
{
	size_t	 l, best, tmp;

	for (;;) {
		l = 2 * i + 1;
		best = i;
		if (l < m->n && before(m, l, best))
			best = l;
		if (l + 1 < m->n && before(m, l + 1, best))
			best = l + 1;
		if (best == i)
			return;
		tmp = m->heap[i];
		m->heap[i] = m->heap[best];
		m->heap[best] = tmp;
		i = best;
	}
}

/* Moves the top cursor on; it leaves the heap at its end. */
static int
advance_top(struct merge *m)
{
	int	 rc = cursor_next(m->x, &m->c[m->heap[0]]);

	if (rc < 0)
		return -1;
	if (rc == 0)
		m->heap[0] = m->heap[--m->n];
	sift_down(m, 0);
	return 0;
}

/* Takes ownership of runs[0..k); 0 or -1 after reporting. */
static int
merge_open(struct merge *m, const struct extsort *x, struct exrun *runs,
    size_t k)
{
	size_t	 i;
	int	 rc = 0;

	memset(m, 0, sizeof(*m));
	m->x = x;
	m->c = xcalloc(k ? k : 1, sizeof(*m->c));
	m->heap = xcalloc(k ? k : 1, sizeof(*m->heap));
	buf_init(&m->key);
	for (i = 0; i < k; i++) {
		m->c[i].run = runs[i];
		m->c[i].cap = IOBUF;
		m->c[i].buf = xmalloc(IOBUF);
	}
	/* The runs that have a first row, heapified. */
	for (i = 0; i < k && rc >= 0; i++)
		if ((rc = cursor_next(x, &m->c[i])) == 1)
			m->heap[m->n++] = i;
	for (i = m->n / 2; i-- > 0;)
		sift_down(m, i);
	return rc < 0 ? -1 : 0;
}

static void
merge_close(struct merge *m, size_t k)
{
	size_t	 i;

	for (i = 0; i < k; i++) {
		run_close(m->x->dir, &m->c[i].run);
		free(m->c[i].buf);
	}
	free(m->c);
	free(m->heap);
	buf_release(&m->key);
}

/* The next merged row: 1 (in *out, valid until the next call), 0, -1. */
static int
merge_next(struct merge *m, struct exrow *out)
{
	const struct exrow	*top;
	struct skey		 k;
	size_t			 i, nc = m->x->ncounts;

	if (m->n == 0)
		return 0;
	top = &m->c[m->heap[0]].row;
	k = m->c[m->heap[0]].k;
	buf_reset(&m->key);
	buf_add(&m->key, top->key, top->len);
	memcpy(m->counts, top->counts, nc * sizeof(int64_t));
	if (advance_top(m) != 0)
		return -1;
	while (m->x->order == EX_BY_KEY && m->n > 0) {
		top = &m->c[m->heap[0]].row;
		/* Equal keys: equal prefixes and lengths, then the rest. */
		if (memcmp(k.pfx, m->c[m->heap[0]].k.pfx, sizeof(k.pfx)) != 0 ||
		    top->len != m->key.len || (top->len > sizeof(k.pfx) &&
		    memcmp(top->key + sizeof(k.pfx), m->key.data +
		    sizeof(k.pfx), top->len - sizeof(k.pfx)) != 0))
			break;
		for (i = 0; i < nc; i++)
			m->counts[i] += top->counts[i];
		if (advance_top(m) != 0)
			return -1;
	}
	out->key = m->key.data;
	out->len = m->key.len;
	out->counts = m->counts;
	return 1;
}

/* Merges runs[0..k) (taken) into *out, a run of the next level. */
static int
merge_runs(struct extsort *x, struct exrun *runs, size_t k,
    struct exrun *out)
{
	struct merge	 m;
	struct exrow	 r;
	int		 rc;

	if (merge_open(&m, x, runs, k) != 0) {
		merge_close(&m, k);
		return -1;
	}
	if (run_new(x, out, runs[0].level + 1) != 0) {
		merge_close(&m, k);
		return -1;
	}
	while ((rc = merge_next(&m, &r)) == 1)
		if (run_put(x, out, r.key, r.len, r.counts) != 0) {
			rc = write_error(x);
			break;
		}
	if (rc == 0 && run_end(out) != 0)
		rc = write_error(x);
	merge_close(&m, k);
	if (rc != 0)
		run_close(x->dir, out);
	return rc;
}

/*
 * Adds run r to the list; while its level is full, takes that level out
 * and merges it (outside the lock) into one run of the next.
 */
static int
push(struct extsort *x, struct exrun r)
{
	struct exrun	 batch[EXSORT_FANIN];
	size_t		 i, j, k;

	for (;;) {
		pthread_mutex_lock(&x->mu);
		x->runs = xgrow(x->runs, &x->cap, x->n + 1, sizeof(*x->runs));
		x->runs[x->n++] = r;
		for (i = 0, k = 0; i < x->n; i++)
			k += x->runs[i].level == r.level;
		if (k < EXSORT_FANIN) {
			pthread_mutex_unlock(&x->mu);
			return 0;
		}
		for (i = 0, j = 0, k = 0; i < x->n; i++) {
			if (x->runs[i].level == r.level && k < EXSORT_FANIN)
				batch[k++] = x->runs[i];
			else
				x->runs[j++] = x->runs[i];
		}
		x->n = j;
		pthread_mutex_unlock(&x->mu);
		if (merge_runs(x, batch, k, &r) != 0)
			return -1;
	}
}

int
extsort_add_each(struct extsort *x, int (*next)(struct exrow *, void *),
    void *arg)
{
	struct exrun	 r;
	struct exrow	 row, prev = { 0 };
	struct buf	 pk;
	int64_t		 pc[EXSORT_MAX_COUNTS];
	int		 rc;

	if ((rc = next(&row, arg)) <= 0)
		return rc;
	if (run_new(x, &r, 0) != 0)
		return -1;
	buf_init(&pk);
	do {
		/* Out of order would be a wrong table, silently: a bug. */
		if (prev.key != NULL && exrow_cmp(x->order, &prev, &row) >= 0)
			abort();
		if (run_put(x, &r, row.key, row.len, row.counts) != 0) {
			rc = write_error(x);
			break;
		}
		buf_reset(&pk);
		buf_add(&pk, row.key, row.len);
		memcpy(pc, row.counts, x->ncounts * sizeof(*pc));
		prev.key = pk.data;
		prev.len = pk.len;
		prev.counts = pc;
	} while ((rc = next(&row, arg)) > 0);
	buf_release(&pk);
	if (rc == 0 && run_end(&r) != 0)
		rc = write_error(x);
	if (rc != 0) {
		run_close(x->dir, &r);
		return -1;
	}
	return push(x, r);
}

/* extsort_add's rows, one by one. */
struct rows_iter {
	const struct exrow	*rows;
	size_t			 n, i;
};

static int
next_row(struct exrow *row, void *arg)
{
	struct rows_iter	*it = arg;

	if (it->i == it->n)
		return 0;
	*row = it->rows[it->i++];
	return 1;
}

int
extsort_add(struct extsort *x, const struct exrow *rows, size_t n)
{
	struct rows_iter	 it = { rows, n, 0 };

	return extsort_add_each(x, next_row, &it);
}

int
extsort_merge(struct extsort *x, int (*fn)(const struct exrow *, void *),
    void *arg)
{
	struct merge	 m;
	struct exrow	 r;
	struct exrun	*runs;
	size_t		 k;
	int		 rc;

	pthread_mutex_lock(&x->mu);
	runs = x->runs;
	k = x->n;
	x->runs = NULL;
	x->n = x->cap = 0;
	pthread_mutex_unlock(&x->mu);
	rc = merge_open(&m, x, runs, k);
	while (rc == 0 && (rc = merge_next(&m, &r)) == 1)
		rc = fn(&r, arg);
	merge_close(&m, k);
	free(runs);
	return rc < 0 ? -1 : 0;
}
