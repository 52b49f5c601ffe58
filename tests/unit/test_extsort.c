/* SPDX-License-Identifier: MIT */
/* Unit tests of src/stats/extsort.c: the run writer and merger. */
#include <sys/resource.h>
#include <sys/stat.h>

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/tmpdir.h"
#include "core/xmalloc.h"
#include "stats/extsort.h"

/* A fresh parent directory for a tmpdir. */
static char *
parent_new(void)
{
	const char	*t = getenv("TMPDIR");
	char		*p = xmalloc(4096);

	snprintf(p, 4096, "%s/nf-test-extsort.XXXXXX", t && *t ? t : "/tmp");
	assert_non_null(mkdtemp(p));
	return p;
}

/* Entries in a directory, besides . and .. */
static int
entries(const char *dir)
{
	DIR		*d = opendir(dir);
	struct dirent	*e;
	int		 n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

/* What a merge callback saw. */
struct seen {
	char		 keys[4096][16];
	int64_t		 counts[4096][2];
	size_t		 n;
	size_t		 stop_at;	/* 0: never */
};

static int
collect(const struct exrow *r, void *arg)
{
	struct seen	*s = arg;

	assert_true(s->n < 4096 && r->len < 16);
	memcpy(s->keys[s->n], r->key, r->len);
	s->keys[s->n][r->len] = '\0';
	s->counts[s->n][0] = r->counts[0];
	s->counts[s->n][1] = r->counts[1];
	s->n++;
	return s->stop_at != 0 && s->n == s->stop_at;
}

/*
 * 300 runs of keys k000..k999 (run r holds the keys i with i % 300 == r
 * or i % 7 == r % 7), each count 1: merged, every key appears once, in
 * order, its counts added up over the runs that held it.
 */
static void
test_merge_by_key(void **state)
{
	char		*parent = parent_new(), keys[1000][8];
	struct tmpdir	*d = tmpdir_new(parent);
	struct extsort	*x = extsort_new(d, 2, EX_BY_KEY);
	struct exrow	 rows[1000];
	int64_t		 one[2] = { 1, 1 }, want;
	struct seen	*s = calloc(1, sizeof(*s));
	size_t		 i, n, r;

	(void)state;
	for (i = 0; i < 1000; i++)
		snprintf(keys[i], sizeof(keys[i]), "k%03zu", i);
	for (r = 0; r < 300; r++) {
		/* Added in reverse, sorted by exrow_sort. */
		for (i = 1000, n = 0; i-- > 0;)
			if (i % 300 == r || i % 7 == r % 7) {
				rows[n].key = keys[i];
				rows[n].len = 4;
				rows[n++].counts = one;
			}
		exrow_sort(EX_BY_KEY, rows, n);
		assert_int_equal(extsort_add(x, rows, n), 0);
		/* Levels: 16 runs of one level make one of the next. */
		if (r == 14)
			assert_int_equal(extsort_runs(x), 15);
		if (r == 15)
			assert_int_equal(extsort_runs(x), 1);
	}
	/* 300 = 1 * 256 + 2 * 16 + 12: one run per level-merge left. */
	assert_int_equal(extsort_runs(x), 1 + 2 + 12);
	assert_int_equal(entries(parent), 1);	/* the directory, no files */
	assert_int_equal(extsort_merge(x, collect, s), 0);
	assert_int_equal(s->n, 1000);
	for (i = 0; i < 1000; i++) {
		assert_string_equal(s->keys[i], keys[i]);
		/* Runs holding key i: i % 300, and those with r % 7 == i % 7. */
		for (r = 0, want = 0; r < 300; r++)
			want += i % 300 == r || i % 7 == r % 7;
		assert_int_equal(s->counts[i][0], want);
		assert_int_equal(s->counts[i][1], want);
	}
	assert_int_equal(extsort_runs(x), 0);
	extsort_free(x);
	tmpdir_free(d);
	assert_int_equal(entries(parent), 0);
	rmdir(parent);
	free(parent);
	free(s);
}

/* Rows made one at a time into one buffer, as terms spills them. */
struct maker {
	char		 key[16];
	int64_t		 counts[2];
	int		 i, n, fail_at;
};

static int
make_row(struct exrow *r, void *arg)
{
	struct maker	*m = arg;

	if (m->i == m->fail_at)
		return -1;
	if (m->i == m->n)
		return 0;
	snprintf(m->key, sizeof(m->key), "m%04d", m->i);
	m->counts[0] = m->i;
	m->counts[1] = 1;
	m->i += 1;
	r->key = m->key;
	r->len = 5;
	r->counts = m->counts;
	return 1;
}

/*
 * extsort_add_each: a row is copied as it comes (its buffer is reused);
 * runs added so add up with runs of extsort_add; an error of the maker
 * adds no run; no rows, no run.
 */
static void
test_add_each(void **state)
{
	char		*parent = parent_new();
	struct tmpdir	*d = tmpdir_new(parent);
	struct extsort	*x = extsort_new(d, 2, EX_BY_KEY);
	struct maker	 m = { .n = 3000, .fail_at = -1 };
	struct exrow	 row;
	int64_t		 c[2] = { 5, 1 };
	struct seen	*s = calloc(1, sizeof(*s));

	(void)state;
	assert_int_equal(extsort_add_each(x, make_row, &m), 0);
	row.key = "m0002";
	row.len = 5;
	row.counts = c;
	assert_int_equal(extsort_add(x, &row, 1), 0);
	m.i = 0;
	m.n = 0;
	assert_int_equal(extsort_add_each(x, make_row, &m), 0);
	assert_int_equal(extsort_runs(x), 2);
	m.n = 3000;
	m.fail_at = 700;
	assert_int_equal(extsort_add_each(x, make_row, &m), -1);
	assert_int_equal(extsort_runs(x), 2);
	s->stop_at = 4;
	assert_int_equal(extsort_merge(x, collect, s), 0);
	assert_int_equal(s->n, 4);
	assert_string_equal(s->keys[0], "m0000");
	assert_string_equal(s->keys[3], "m0003");
	assert_int_equal(s->counts[2][0], 2 + 5);
	assert_int_equal(s->counts[2][1], 2);
	assert_int_equal(s->counts[3][0], 3);
	extsort_free(x);
	tmpdir_free(d);
	assert_int_equal(entries(parent), 0);
	rmdir(parent);
	free(parent);
	free(s);
}

/*
 * By count: largest first, ties by key bytewise; a callback returning 1
 * stops the merge.
 */
static void
test_merge_by_count(void **state)
{
	char		*parent = parent_new();
	struct tmpdir	*d = tmpdir_new(parent);
	struct extsort	*x = extsort_new(d, 2, EX_BY_COUNT);
	static const char *const k[] = { "b", "a", "c", "dd", "d" };
	int64_t		 c[5][2] = { { 5, 1 }, { 5, 2 }, { 9, 1 }, { 1, 1 },
			    { -3, 1 } };
	struct exrow	 rows[5];
	struct seen	*s = calloc(1, sizeof(*s));
	size_t		 i;

	(void)state;
	for (i = 0; i < 5; i++) {
		rows[i].key = k[i];
		rows[i].len = strlen(k[i]);
		rows[i].counts = c[i];
	}
	/* Two runs: rows 0-2 and 3-4, each sorted. */
	exrow_sort(EX_BY_COUNT, rows, 3);
	assert_string_equal(rows[0].key, "c");
	assert_string_equal(rows[1].key, "a");
	assert_int_equal(extsort_add(x, rows, 3), 0);
	exrow_sort(EX_BY_COUNT, rows + 3, 2);
	assert_int_equal(extsort_add(x, rows + 3, 2), 0);
	assert_int_equal(extsort_add(x, rows, 0), 0);	/* no run */
	assert_int_equal(extsort_runs(x), 2);
	s->stop_at = 4;
	assert_int_equal(extsort_merge(x, collect, s), 0);
	assert_int_equal(s->n, 4);
	assert_string_equal(s->keys[0], "c");
	assert_string_equal(s->keys[1], "a");
	assert_int_equal(s->counts[1][1], 2);
	assert_string_equal(s->keys[2], "b");
	assert_string_equal(s->keys[3], "dd");
	extsort_free(x);
	tmpdir_free(d);
	rmdir(parent);
	free(parent);
	free(s);
}

/* exrow_sort agrees with exrow_cmp: prefixes, NULs, long shared starts. */
static void
test_sort_order(void **state)
{
	enum { N = 2000 };
	char		 (*keys)[40] = calloc(N, sizeof(*keys));
	int64_t		 (*c)[1] = calloc(N, sizeof(*c));
	struct exrow	*rows = calloc(N, sizeof(*rows));
	unsigned	 seed = 7;
	size_t		 i, j, len;
	int		 o;

	(void)state;
	for (o = 0; o < 2; o++) {
		for (i = 0; i < N; i++) {
			len = 1 + (seed = seed * 1103515245 + 12345) % 30;
			/* A shared 17-byte start for half of them. */
			for (j = 0; j < len; j++)
				keys[i][j] = (char)(i % 2 && j < 17 ? 'x' :
				    "ab\0\t\xd0\xff"[(seed >> (j % 16)) % 6]);
			rows[i].key = keys[i];
			rows[i].len = len;
			c[i][0] = (int64_t)(seed >> 8) % 5 - 1;
			rows[i].counts = c[i];
		}
		exrow_sort((enum exorder)o, rows, N);
		for (i = 1; i < N; i++)
			assert_true(exrow_cmp((enum exorder)o, &rows[i - 1],
			    &rows[i]) <= 0);
	}
	free(keys);
	free(c);
	free(rows);
}

/* A parent that does not exist: an error, no crash, nothing made. */
static void
test_no_directory(void **state)
{
	struct tmpdir	*d = tmpdir_new("/nonexistent/nf-test");
	struct extsort	*x = extsort_new(d, 1, EX_BY_KEY);
	int64_t		 one = 1;
	struct exrow	 r = { "a", 1, &one };

	(void)state;
	assert_int_equal(extsort_add(x, &r, 1), -1);
	assert_int_equal(extsort_add(x, &r, 1), -1);
	assert_int_equal(extsort_runs(x), 0);
	extsort_free(x);
	tmpdir_free(d);
}

/*
 * A file given back comes back empty and at its start from the next
 * tmpdir_file; the directory keeps 64 of them and closes the rest, and
 * tmpdir_free closes the ones it kept.
 */
static void
test_file_reuse(void **state)
{
	char		*parent = parent_new();
	struct tmpdir	*d = tmpdir_new(parent);
	struct stat	 st;
	int		 fd, again, fds[70], kept = 0, i;

	(void)state;
	assert_true((fd = tmpdir_file(d)) >= 0);
	assert_int_equal(write(fd, "hello", 5), 5);
	tmpdir_give_back(d, fd);
	again = tmpdir_file(d);
	assert_int_equal(again, fd);
	assert_int_equal(fstat(again, &st), 0);
	assert_int_equal(st.st_size, 0);
	assert_int_equal(lseek(again, 0, SEEK_CUR), 0);
	tmpdir_give_back(d, again);
	for (i = 0; i < 70; i++)
		assert_true((fds[i] = tmpdir_file(d)) >= 0);
	for (i = 0; i < 70; i++)
		tmpdir_give_back(d, fds[i]);
	for (i = 0; i < 70; i++)
		kept += fcntl(fds[i], F_GETFD) != -1;
	assert_int_equal(kept, 64);
	tmpdir_give_back(d, -1);
	tmpdir_free(d);
	for (i = 0; i < 70; i++)
		assert_int_equal(fcntl(fds[i], F_GETFD), -1);
	assert_int_equal(entries(parent), 0);
	rmdir(parent);
	free(parent);
}

/*
 * A write that fails (here: the file size limit, as a full disk would)
 * is an error, not a short run.
 */
static void
test_write_error(void **state)
{
	char		*parent = parent_new(), key[200];
	struct tmpdir	*d = tmpdir_new(parent);
	struct extsort	*x = extsort_new(d, 1, EX_BY_KEY);
	struct exrow	*rows = calloc(1000, sizeof(*rows));
	int64_t		 one = 1;
	struct rlimit	 old, low;
	size_t		 i;
	int		 rc;

	(void)state;
	/* "k", "kk", ...: sorted, unique, 20 KB in all. */
	memset(key, 'k', sizeof(key));
	for (i = 0; i < 199; i++) {
		rows[i].key = key;
		rows[i].len = 1 + i;
		rows[i].counts = &one;
	}
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	low = old;
	low.rlim_cur = 4096;
	signal(SIGXFSZ, SIG_IGN);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &low), 0);
	rc = extsort_add(x, rows, 199);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
	signal(SIGXFSZ, SIG_DFL);
	assert_int_equal(rc, -1);
	assert_int_equal(extsort_runs(x), 0);
	extsort_free(x);
	tmpdir_free(d);
	assert_int_equal(entries(parent), 0);
	rmdir(parent);
	free(parent);
	free(rows);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_merge_by_key),
		cmocka_unit_test(test_add_each),
		cmocka_unit_test(test_merge_by_count),
		cmocka_unit_test(test_sort_order),
		cmocka_unit_test(test_no_directory),
		cmocka_unit_test(test_file_reuse),
		cmocka_unit_test(test_write_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
