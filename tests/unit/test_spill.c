/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of src/stats/spill.c: a table counted with spills prints
 * exactly what the same table counted in memory prints.
 */
#include <dirent.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/buf.h"
#include "core/xmalloc.h"
#include "stats/kinds.h"
#include "stats/spill.h"
#include "stats/table.h"

static char *
parent_new(void)
{
	const char	*t = getenv("TMPDIR");
	char		*p = xmalloc(4096);

	snprintf(p, 4096, "%s/nf-test-spill.XXXXXX", t && *t ? t : "/tmp");
	assert_non_null(mkdtemp(p));
	return p;
}

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

/* Counts one term of record doc as terms does: count, and docs once. */
static void
count(struct table *t, const char *group, const char *term, long doc)
{
	char	 key[128];
	int	 n = snprintf(key, sizeof(key), "%s%s%s", group ? group : "",
		    group ? "\t" : "", term);
	int64_t	*c = table_row(t, key, (size_t)n);

	c[0]++;
	if (c[2] != doc) {
		c[1]++;
		c[2] = doc;
	}
}

/*
 * A corpus of 600 records over 3 groups: each record has a totals row
 * and 5 to 40 terms from a Zipf-like vocabulary of about 3000 words (so
 * counts tie often), some repeated within the record. Counted into t,
 * spilling through sp (if any) before each record.
 */
static void
fill(struct table *t, struct spill *sp, bool groups)
{
	static const char *const g[] = { "alpha", "beta", "" };
	unsigned	 seed = 42;
	char		 term[32];
	long		 doc;
	int		 i, n, w;
	const char	*grp;
	int64_t		*tot;

	for (doc = 1; doc <= 600; doc++) {
		if (sp != NULL)
			assert_int_equal(spill_check(sp, t, 1), 0);
		grp = groups ? g[doc % 3] : NULL;
		snprintf(term, sizeof(term), "%s%s%s", grp ? grp : "",
		    grp ? "\t" : "", TABLE_TOTAL);
		tot = table_row(t, term, strlen(term));
		tot[1]++;
		n = 5 + (int)((seed = seed * 1103515245 + 12345) >> 16) % 36;
		for (i = 0; i < n; i++) {
			seed = seed * 1103515245 + 12345;
			w = (int)((seed >> 8) % 3000);
			w = w * w / 3000;	/* small numbers more often */
			snprintf(term, sizeof(term), "w%d%s", w,
			    w % 5 ? "" : " gram");
			count(t, grp, term, doc);
			tot[0]++;
		}
	}
}

struct variant {
	const struct table_kind	*kind;
	bool			 groups;
	struct table_out	 o;
	size_t			 limit;
};

static void
check(const struct variant *v)
{
	const char	*groups[1] = { "outlet" };
	char		*parent = parent_new();
	struct table	*mem = table_new(v->kind, groups, v->groups);
	struct table	*sp_t = table_new(v->kind, groups, v->groups);
	struct spill	*sp = spill_new(sp_t, v->limit, parent);
	struct buf	 a, b;

	buf_init(&a);
	buf_init(&b);
	fill(mem, NULL, v->groups);
	fill(sp_t, sp, v->groups);
	assert_true(spill_spilled(sp));
	table_write(mem, &v->o, &a, NULL);
	assert_int_equal(spill_write(sp, sp_t, &v->o, &b, NULL), 0);
	assert_true(a.len > 100);
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.data, b.data, a.len);
	spill_free(sp);
	assert_int_equal(entries(parent), 0);
	rmdir(parent);
	free(parent);
	table_free(mem);
	table_free(sp_t);
	buf_release(&a);
	buf_release(&b);
}

/* Limits from a few rows per run (many runs, merged in levels) up. */
static void
test_same_output(void **state)
{
	static const size_t limits[] = { 1, 4096, 20000, 100000, 400000 };
	struct variant	 v;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof(limits) / sizeof(limits[0]); i++) {
		memset(&v, 0, sizeof(v));
		v.limit = limits[i];
		v.kind = &table_terms;
		check(&v);
		v.groups = true;
		check(&v);
		v.o.totals = true;
		v.o.min_count = 3;
		check(&v);
		v.kind = &table_terms_tfidf;
		v.o.json = true;
		check(&v);
		v.o.json = false;
		v.o.min_count = 0;
		v.o.top = 7;
		check(&v);
		v.groups = false;
		v.o.top = 400;		/* most of the rows: kept on disk */
		check(&v);
	}
}

/* A table that stays within the limit is printed by table_write. */
static void
test_no_spill(void **state)
{
	const char	*groups[1] = { "outlet" };
	struct table	*t = table_new(&table_terms, groups, 1);
	struct spill	*sp = spill_new(t, (size_t)1 << 30, "/nonexistent");
	struct table_out o = { 0 };
	struct buf	 b;

	(void)state;
	buf_init(&b);
	count(t, "g", "word", 1);
	assert_int_equal(spill_check(sp, t, 2), 0);
	assert_false(spill_spilled(sp));
	assert_int_equal(spill_write(sp, t, &o, &b, NULL), 0);
	assert_string_equal(b.data, "outlet\tterm\tcount\tdocs\ng\tword\t1\t1\n");
	spill_free(sp);
	table_free(t);
	buf_release(&b);
}

/* Spilling into a directory that cannot be made fails, and stays failed. */
static void
test_unwritable(void **state)
{
	struct table	*t = table_new(&table_terms, NULL, 0);
	struct spill	*sp = spill_new(t, 1, "/nonexistent/dir");
	struct table_out o = { 0 };
	struct buf	 b;

	(void)state;
	buf_init(&b);
	count(t, NULL, "word", 1);
	assert_int_equal(spill_check(sp, t, 1), -1);
	count(t, NULL, "word", 2);
	assert_int_equal(spill_check(sp, t, 1), -1);
	assert_int_equal(spill_write(sp, t, &o, &b, NULL), -1);
	assert_int_equal(b.len, 0);
	spill_free(sp);
	table_free(t);
	buf_release(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_output),
		cmocka_unit_test(test_no_spill),
		cmocka_unit_test(test_unwritable),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
