/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of src/ingest/source.c (the walk) and src/ingest/input.c
 * (reading whole inputs, gzip, limits).
 */
#include <sys/stat.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <zlib.h>
#include <cmocka.h>

#include "core/buf.h"
#include "ingest/input.h"
#include "ingest/source.h"

static char	 root[64];

static void
put(const char *rel, const void *p, size_t n)
{
	char	 path[256];
	FILE	*f;

	snprintf(path, sizeof(path), "%s/%s", root, rel);
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(p, 1, n, f), n);
	fclose(f);
}

static void
on_file(void *ctx, const char *path, int fd)
{
	char	 c;

	buf_addf(ctx, "file %s%s\n", path + strlen(root),
	    read(fd, &c, 1) == 1 ? "" : " (empty)");
}

static void
on_skip(void *ctx, const char *path, const char *reason, const char *msg,
    bool error)
{
	(void)msg;
	buf_addf(ctx, "%s %s: %s\n", error ? "error" : "skip",
	    path + strlen(root), reason);
}

static int
setup(void **state)
{
	char	 p[256];

	(void)state;
	snprintf(root, sizeof(root), "/tmp/nf-walk-XXXXXX");
	assert_non_null(mkdtemp(root));
	snprintf(p, sizeof(p), "%s/b", root);
	mkdir(p, 0755);
	snprintf(p, sizeof(p), "%s/b/deeper", root);
	mkdir(p, 0755);
	put("a.html", "a", 1);
	put("b/z.html", "z", 1);
	put("b/deeper/x.html", "", 0);
	put("B.html", "B", 1);
	snprintf(p, sizeof(p), "%s/b/fifo", root);
	assert_int_equal(mkfifo(p, 0644), 0);
	snprintf(p, sizeof(p), "%s/b/deeper/up", root);
	assert_int_equal(symlink("../..", p), 0);
	snprintf(p, sizeof(p), "%s/b/dangling", root);
	assert_int_equal(symlink("nowhere", p), 0);
	return 0;
}

static int
teardown(void **state)
{
	char	 cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	return system(cmd);
}

static void
test_walk_sorted_loops_fifos(void **state)
{
	struct buf		 log;
	struct source_cb	 cb = { on_file, on_skip, NULL, NULL };

	(void)state;
	buf_init(&log);
	cb.ctx = &log;
	source_walk(root, &cb);
	/* Bytewise order ("B" before "a"), a FIFO never opened, a loop
	   reported once, a dangling link an error. */
	assert_string_equal(log.data,
	    "file /B.html\n"
	    "file /a.html\n"
	    "error /b/dangling: unreadable\n"
	    "skip /b/deeper/up: symlink loop\n"
	    "file /b/deeper/x.html (empty)\n"
	    "skip /b/fifo: not a regular file\n"
	    "file /b/z.html\n");
	buf_release(&log);
}

static void
test_walk_operands(void **state)
{
	struct buf		 log;
	struct source_cb	 cb = { on_file, on_skip, NULL, NULL };
	char			 p[256];

	(void)state;
	buf_init(&log);
	cb.ctx = &log;
	snprintf(p, sizeof(p), "%s/a.html", root);
	source_walk(p, &cb);
	snprintf(p, sizeof(p), "%s/missing.html", root);
	source_walk(p, &cb);
	assert_string_equal(log.data, "file /a.html\n"
	    "error /missing.html: unreadable\n");
	buf_release(&log);
}

static bool
stop_now(void *ctx)
{
	(void)ctx;
	return true;
}

static void
test_walk_stops(void **state)
{
	struct buf		 log;
	struct source_cb	 cb = { on_file, on_skip, stop_now, NULL };

	(void)state;
	buf_init(&log);
	cb.ctx = &log;
	source_walk(root, &cb);
	assert_int_equal(log.len, 0);
	buf_release(&log);
}

/* gzip-compresses p into out (one member). */
static void
gz(const char *p, size_t n, struct buf *out)
{
	z_stream	 z;

	memset(&z, 0, sizeof(z));
	assert_int_equal(deflateInit2(&z, 9, Z_DEFLATED, 31, 8,
	    Z_DEFAULT_STRATEGY), Z_OK);
	buf_grow(out, n + 64);
	z.next_in = (unsigned char *)(uintptr_t)p;
	z.avail_in = (uInt)n;
	z.next_out = (unsigned char *)out->data + out->len;
	z.avail_out = (uInt)(out->cap - out->len - 1);
	assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
	out->len += z.total_out;
	deflateEnd(&z);
}

static int
slurp_bytes(const struct buf *in, size_t limit, struct buf *out,
    struct input_error *e)
{
	char	 path[] = "/tmp/nf-input-XXXXXX";
	int	 fd = mkstemp(path), rc;
	bool	 gzipped;

	assert_true(fd >= 0);
	assert_int_equal(write(fd, in->data, in->len), (ssize_t)in->len);
	lseek(fd, 0, SEEK_SET);
	rc = input_slurp(fd, limit, out, &gzipped, e);
	close(fd);
	unlink(path);
	return rc;
}

static void
test_gzip_members_truncation_bombs(void **state)
{
	struct buf		 in, out, big;
	struct input_error	 e;

	(void)state;
	buf_init(&in);
	buf_init(&out);
	buf_init(&big);
	gz("<p>one</p>", 10, &in);
	gz("<p>two</p>", 10, &in);
	assert_int_equal(slurp_bytes(&in, 1000, &out, &e), 0);
	assert_string_equal(out.data, "<p>one</p><p>two</p>");
	/* The same from memory, and trailing junk ignored. */
	buf_adds(&in, "junk");
	assert_int_equal(input_gunzip((unsigned char *)in.data, in.len, 100,
	    &out, &e), 0);
	assert_string_equal(out.data, "<p>one</p><p>two</p>");
	/* Cut in the middle of the second member. */
	buf_truncate(&in, in.len - 12);
	assert_int_equal(slurp_bytes(&in, 1000, &out, &e), -1);
	assert_string_equal(e.reason, "truncated gzip");
	/* A small bomb: 8 MB of zeros stop at the limit. */
	buf_grow(&big, 8 << 20);
	memset(big.data, 0, 8 << 20);
	buf_reset(&in);
	gz(big.data, 8 << 20, &in);
	assert_true(in.len < 20000);
	assert_int_equal(slurp_bytes(&in, 1 << 20, &out, &e), -1);
	assert_string_equal(e.reason, "too large");
	assert_true(out.len <= (1 << 20) + 1);
	/* Corrupt data after a valid header. */
	buf_reset(&in);
	buf_add(&in, "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xff\xff\xff",
	    13);
	assert_int_equal(slurp_bytes(&in, 1000, &out, &e), -1);
	assert_string_equal(e.reason, "corrupt gzip");
	/* Plain bytes: limit applies too. */
	buf_reset(&in);
	buf_adds(&in, "0123456789");
	assert_int_equal(slurp_bytes(&in, 9, &out, &e), -1);
	assert_string_equal(e.reason, "too large");
	assert_int_equal(slurp_bytes(&in, 10, &out, &e), 0);
	assert_string_equal(out.data, "0123456789");
	buf_release(&in);
	buf_release(&out);
	buf_release(&big);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_walk_sorted_loops_fifos),
		cmocka_unit_test(test_walk_operands),
		cmocka_unit_test(test_walk_stops),
		cmocka_unit_test(test_gzip_members_truncation_bombs),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
