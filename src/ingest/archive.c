/* SPDX-License-Identifier: MIT */
/*
 * Archives and compressed files through libarchive: tar, zip and the raw
 * format (a lone compressed file), any compression filter. Members are
 * read into memory one at a time (up to the document size limit) and
 * handed to ingest_doc, so a member may itself be a feed, a WARC or
 * another archive. Nesting is bounded; directories, links and macOS
 * resource forks are passed over.
 */
#include <string.h>

#include <archive.h>
#include <archive_entry.h>

#include "core/arena.h"
#include "core/buf.h"
#include "ingest/archive.h"
#include "ingest/ingest.h"

#define MAX_DEPTH	4

static _Thread_local int depth;		/* archives within archives being read */

static struct archive *reader(void);
static int	members(struct ingest *, const char *, struct archive *);
static int	member(struct ingest *, const char *, struct archive *,
		    struct archive_entry *, struct buf *, struct arena *);

bool
archive_sniff(const unsigned char *p, size_t len)
{
	if (len >= 4 && !memcmp(p, "BZh", 3) && p[3] >= '1' && p[3] <= '9')
		return true;
	if (len >= 6 && !memcmp(p, "\xfd" "7zXZ\0", 6))
		return true;
	if (len >= 4 && !memcmp(p, "\x28\xb5\x2f\xfd", 4))
		return true;
	if (len >= 6 && !memcmp(p, "7z\xbc\xaf\x27\x1c", 6))
		return true;
	if (len >= 4 && (!memcmp(p, "PK\3\4", 4) || !memcmp(p, "PK\5\6", 4)))
		return true;
	return len >= 262 && !memcmp(p + 257, "ustar", 5);
}

static struct archive *
reader(void)
{
	struct archive *ar = archive_read_new();

	archive_read_support_filter_all(ar);
	archive_read_support_format_tar(ar);
	archive_read_support_format_gnutar(ar);
	archive_read_support_format_zip(ar);
	archive_read_support_format_7zip(ar);
	archive_read_support_format_raw(ar);
	return ar;
}

static int
member(struct ingest *ig, const char *path, struct archive *ar,
    struct archive_entry *e, struct buf *b, struct arena *a)
{
	const char *name = archive_entry_pathname(e);
	size_t limit = ingest_max_doc_bytes(ig);
	struct doc d;
	la_ssize_t n;
	bool raw = archive_format(ar) == ARCHIVE_FORMAT_RAW;
	char *where;

	if (name == NULL)
		name = "?";
	where = raw ? arena_strdup(a, path) : arena_printf(a, "%s:%s", path,
	    name);
	if (archive_entry_filetype(e) != AE_IFREG) {
		if (archive_entry_filetype(e) != AE_IFDIR)
			ingest_count(ig, "archive non-file member");
		return 0;
	}
	if (!strncmp(name, "__MACOSX/", 9)) {
		ingest_count(ig, "archive macOS metadata");
		return 0;
	}
	buf_reset(b);
	for (;;) {
		buf_grow(b, 65536);
		n = archive_read_data(ar, b->data + b->len, b->cap - b->len - 1);
		if (n < 0) {
			(void)ingest_fail(ig, where, -1, "corrupt archive",
			    "%s", archive_error_string(ar));
			return -2;
		}
		if (n == 0)
			break;
		b->len += (size_t)n;
		if (b->len > limit)
			return ingest_fail(ig, where, -1, "too large",
			    "larger than the document size limit");
	}
	doc_init(&d, a);
	d.path = where;
	d.data = (const unsigned char *)(b->data ? b->data : "");
	d.len = b->len;
	return ingest_doc(ig, &d);
}

static int
members(struct ingest *ig, const char *path, struct archive *ar)
{
	struct archive_entry *e;
	struct arena *a = arena_new();
	struct buf b;
	int rc, n = 0, k = 0;

	buf_init(&b);
	while ((rc = archive_read_next_header(ar, &e)) == ARCHIVE_OK ||
	    rc == ARCHIVE_WARN) {
		if ((k = member(ig, path, ar, e, &b, a)) > 0)
			n += k;
		arena_reset(a);
	}
	/* A member cut short was reported already: the archive ends there. */
	if (rc != ARCHIVE_EOF && k != -2)
		(void)ingest_fail(ig, path, -1, "corrupt archive", "%s",
		    archive_error_string(ar));
	buf_release(&b);
	arena_free(a);
	return n;
}

static int
run(struct ingest *ig, const char *path, struct archive *ar, int opened)
{
	int n;

	if (opened != ARCHIVE_OK) {
		n = ingest_fail(ig, path, -1, "corrupt archive", "%s",
		    archive_error_string(ar));
		archive_read_free(ar);
		return n;
	}
	depth++;
	n = members(ig, path, ar);
	depth--;
	archive_read_free(ar);
	return n;
}

int
archive_ingest(struct ingest *ig, const char *path, FILE *fp)
{
	struct archive *ar;

	if (depth >= MAX_DEPTH)
		return ingest_fail(ig, path, -1, "nested too deep",
		    "archives nested too deep");
	ar = reader();
	return run(ig, path, ar, archive_read_open_FILE(ar, fp));
}

int
archive_ingest_doc(struct ingest *ig, const struct doc *d)
{
	struct archive *ar;

	if (depth >= MAX_DEPTH)
		return ingest_fail(ig, d->path, d->offset, "nested too deep",
		    "archives nested too deep");
	ar = reader();
	return run(ig, d->path, ar, archive_read_open_memory(ar, d->data,
	    d->len));
}

int
archive_nesting(void)
{
	return depth;
}

void
archive_set_nesting(int n)
{
	depth = n;
}
