/* SPDX-License-Identifier: MIT */
/*
 * Running an ingest: operands and --from-list lists are walked
 * (source.c), each input is read whole within --max-doc-bytes (input.c),
 * and ingest_doc sniffs it (sniff.c), converts its charset when the
 * handler wants text (charset.c) and calls the handler, which emits
 * records (emit.c). Memory stays flat: one input buffer reused, one
 * arena reset after each input.
 *
 * Counting: an input is a leaf document, or something reported before it
 * became one (an unreadable file). A document that yields documents (an
 * archive, a WARC file) is a container: its members are counted instead.
 */
#include <sys/stat.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/arena.h"
#include "core/command.h"
#include "core/diag.h"
#include "core/lines.h"
#include "core/xmalloc.h"
#include "ingest/archive.h"
#include "ingest/charset.h"
#include "ingest/input.h"
#include "ingest/outlets.h"
#include "ingest/progress.h"
#include "ingest/sniff.h"
#include "ingest/source.h"
#include "ingest/state.h"
#include "ingest/warc.h"

void
doc_init(struct doc *d, struct arena *a)
{
	memset(d, 0, sizeof(*d));
	d->offset = -1;
	d->arena = a;
}

struct ingest *
ingest_new(const struct ingest_config *cfg, struct run *run, bool *usage)
{
	struct ingest	*ing = xcalloc(1, sizeof(*ing));

	*usage = false;
	ing->cfg = *cfg;
	ing->run = run;
	if (ing->cfg.max_doc_bytes == 0)
		ing->cfg.max_doc_bytes = INGEST_MAX_DOC_BYTES;
	if (ing->cfg.max_depth == 0)
		ing->cfg.max_depth = INGEST_MAX_DEPTH;
	buf_init(&ing->raw);
	if (cfg->outlet_map != NULL &&
	    (ing->map = outlets_load(cfg->outlet_map)) == NULL) {
		*usage = true;
		ingest_free(ing);
		return NULL;
	}
	if (cfg->report_errors != NULL) {
		if ((ing->report = fopen(cfg->report_errors, "w")) == NULL) {
			nf_error(cfg->report_errors, "%s", strerror(errno));
			*usage = true;
			ingest_free(ing);
			return NULL;
		}
		fputs("path\toffset\treason\tmessage\n", ing->report);
	}
	if (cfg->progress)
		ing->progress = progress_new(cfg->total_inputs);
	if (cfg->jobs > 1)
		ing->pool = pool_new(ing, cfg->jobs);
	return ing;
}

void
ingest_free(struct ingest *ing)
{
	if (ing == NULL)
		return;
	pool_free(ing->pool);
	progress_free(ing->progress);
	if (ing->report != NULL)
		fclose(ing->report);
	outlets_free(ing->map);
	buf_release(&ing->raw);
	tally_release(&ing->skips);
	tally_release(&ing->filters);
	tally_release(&ing->counts);
	free(ing);
}

size_t
ingest_max_doc_bytes(const struct ingest *ing)
{
	return ing->cfg.max_doc_bytes;
}

int
ingest_max_depth(const struct ingest *ing)
{
	return ing->cfg.max_depth;
}

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

double
ingest_deadline(const struct ingest *ing)
{
	if (ing->cfg.max_doc_seconds <= 0)
		return 0;
	return ing->doc_start + ing->cfg.max_doc_seconds;
}

bool
ingest_stopped(const struct ingest *ing)
{
	return ing->stop;
}

struct run *
ingest_run(struct ingest *ing)
{
	return ing->run;
}

void
ingest_count(struct ingest *ing, const char *what)
{
	tally_add(&ing->counts, what);
}

void
ingest_container(struct ingest *ing)
{
	if (ing->depth > 0 && ing->depth <= DOC_DEPTH_MAX &&
	    !ing->container[ing->depth - 1]) {
		ing->container[ing->depth - 1] = true;
		ing->inputs--;	/* counted as a leaf by doc_enter */
	}
}

void
ingest_part(struct ingest *ing)
{
	ing->inputs++;
}

/* Writes s to the TSV report with tabs and newlines escaped. */
static void
tsv_field(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (*s == '\t')
			fputs("\\t", f);
		else if (*s == '\n')
			fputs("\\n", f);
		else if (*s == '\r')
			fputs("\\r", f);
		else if (*s == '\\')
			fputs("\\\\", f);
		else
			fputc(*s, f);
	}
}

static void
account(struct ingest *ing, const char *where, long long offset,
    const char *reason, const char *msg)
{
	/* A leaf reports on itself; anything else is an input of its own. */
	if (ing->depth == 0 || ing->container[ing->depth - 1])
		ing->inputs++;
	tally_add(&ing->skips, reason);
	if (ing->report != NULL) {
		tsv_field(ing->report, where ? where : "-");
		fputc('\t', ing->report);
		if (offset >= 0)
			fprintf(ing->report, "%lld", offset);
		fputc('\t', ing->report);
		tsv_field(ing->report, reason);
		fputc('\t', ing->report);
		tsv_field(ing->report, msg);
		fputc('\n', ing->report);
	}
}

static void	report(struct ingest *, bool, const char *, long long,
		    const char *, const char *, va_list)
		    __attribute__((format(printf, 6, 0)));

static void
report(struct ingest *ing, bool error, const char *where, long long offset,
    const char *reason, const char *fmt, va_list ap)
{
	char		 msg[1024], loc[4096];
	const char	*at;

	vsnprintf(msg, sizeof(msg), fmt, ap);
	if (where == NULL)
		where = "-";
	at = where;
	if (offset >= 0) {
		snprintf(loc, sizeof(loc), "%s:%lld", where, offset);
		at = loc;
	}
	if (error) {
		nf_error(at, "%s", msg);
		if (ing->cfg.strict)
			ing->stop = true;
	} else
		nf_warn(at, "%s", msg);
	account(ing, where, offset, reason, msg);
}

void
ingest_skip(struct ingest *ing, const char *where, long long offset,
    const char *reason, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	report(ing, false, where, offset, reason, fmt, ap);
	va_end(ap);
}

int
ingest_fail(struct ingest *ing, const char *where, long long offset,
    const char *reason, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	report(ing, true, where, offset, reason, fmt, ap);
	va_end(ap);
	return -1;
}

/* Enters a document: counts it, and makes its parent a container. */
static void
doc_enter(struct ingest *ing)
{
	if (ing->depth > 0 && !ing->container[ing->depth - 1]) {
		ing->container[ing->depth - 1] = true;
		ing->inputs--;	/* the parent was counted as a leaf */
	}
	ing->inputs++;
	if (ing->depth < DOC_DEPTH_MAX)
		ing->container[ing->depth] = false;
	ing->depth++;
}

static int
dispatch(struct ingest *ing, const struct doc *d, const char *format)
{
	const struct sniff_handler	*h = sniff_handler(format);
	struct charset_info		 info;
	struct doc			 t;
	struct buf			 text;
	int				 rc;

	if (h == NULL || h->handle == NULL) {
		ingest_skip(ing, d->path, d->offset, "unsupported format",
		    "unsupported format: %s", format);
		return -1;
	}
	if (!(h->flags & SNIFF_UTF8))
		return h->handle(ing, d);
	buf_init(&text);
	charset_to_utf8(d->data, d->len, d->charset, &text, &info);
	ing->replaced += info.replaced;
	t = *d;
	t.data = (const unsigned char *)text.data;
	t.len = text.len;
	t.charset = "UTF-8";
	rc = h->handle(ing, &t);
	buf_release(&text);
	return rc;
}

/* A gzip stream inside a document (an archive member .html.gz). */
static int
nested_gzip(struct ingest *ing, const struct doc *d)
{
	struct input_error	 e;
	struct buf		 b;
	struct doc		 t;
	int			 rc;

	buf_init(&b);
	if (input_gunzip(d->data, d->len, ing->cfg.max_doc_bytes, &b,
	    &e) != 0) {
		rc = ingest_fail(ing, d->path, d->offset, e.reason, "%s",
		    e.msg);
	} else {
		t = *d;
		t.data = (const unsigned char *)b.data;
		t.len = b.len;
		rc = dispatch(ing, &t, sniff_format(t.data, t.len));
	}
	buf_release(&b);
	return rc;
}

int
ingest_doc(struct ingest *ing, const struct doc *d)
{
	const char	*format;
	int		 rc;

	if (ing->pool != NULL && ing->depth == 0)
		return pool_submit(ing->pool, d);
	/* A WARC in a WARC in a WARC...: bounded, as archives are. */
	if (ing->depth >= DOC_DEPTH_MAX)
		return ingest_fail(ing, d->path, d->offset, "nested too deep",
		    "documents nested more than %d deep", DOC_DEPTH_MAX);
	doc_enter(ing);
	ing->doc_start = now();
	format = sniff_format(d->data, d->len);
	if (strcmp(format, "empty") == 0) {
		ingest_skip(ing, d->path, d->offset, "empty",
		    d->len ? "only white space, no document" : "empty document");
		rc = -1;
	} else if (strcmp(format, "binary") == 0 ||
	    strcmp(format, "text") == 0) {
		ingest_skip(ing, d->path, d->offset, "not a document",
		    "%s", format[0] == 'b' ? "binary data, not a document" :
		    "plain text without markup, not a document");
		rc = -1;
	} else if (strcmp(format, "gzip") == 0)
		rc = nested_gzip(ing, d);
	else
		rc = dispatch(ing, d, format);
	ing->depth--;
	return rc;
}

/*
 * A WARC file or an archive on disk is read as a stream, member by
 * member, whatever its size; --max-doc-bytes then applies to each member.
 * Its first bytes (decompressed when gzip) are read with pread, so the
 * file offset stays where it was if it is not one.
 */
static bool
stream_container(struct ingest *ing, const char *path, int fd)
{
	unsigned char		 head[4096];
	struct input_error	 e;
	struct stat		 st;
	struct buf		 peek;
	const char		*f = NULL;
	ssize_t			 n;
	FILE			*fp;
	int			 fd2;

	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
	    (n = pread(fd, head, sizeof(head), 0)) <= 0)
		return false;
	if (warc_sniff(head, (size_t)n))
		f = "warc";
	else if (input_is_gzip(head, (size_t)n)) {
		buf_init(&peek);
		input_gunzip(head, (size_t)n, 1024, &peek, &e);
		if (strcmp(sniff_format((unsigned char *)peek.data, peek.len),
		    "tar") == 0)
			f = "tar";
		buf_release(&peek);
	} else {
		f = sniff_format(head, (size_t)n);
		if (strcmp(f, "zip") != 0 && strcmp(f, "tar") != 0 &&
		    strcmp(f, "7z") != 0 && strcmp(f, "bzip2") != 0 &&
		    strcmp(f, "xz") != 0 && strcmp(f, "zstd") != 0)
			f = NULL;
	}
	if (f == NULL || (fd2 = dup(fd)) == -1)
		return false;
	if ((fp = fdopen(fd2, "rb")) == NULL) {
		close(fd2);
		return false;
	}
	if (f[0] == 'w')
		warc_ingest(ing, path, fp);
	else
		archive_ingest(ing, path, fp);
	ing->bytes += (unsigned long long)st.st_size;
	fclose(fp);
	return true;
}

static void
on_file(void *ctx, const char *path, int fd)
{
	struct ingest		*ing = ctx;
	struct input_error	 e;
	struct doc		 d;
	bool			 gz;

	ing->entry++;
	if (stream_container(ing, path, fd)) {
		arena_reset(ing->run->arena);
		run_flush(ing->run, false);
		progress_update(ing->progress, ing->inputs, ing->records,
		    ing->bytes);
		return;
	}
	if (input_slurp(fd, ing->cfg.max_doc_bytes, &ing->raw, &gz,
	    &e) != 0)
		ingest_fail(ing, path, -1, e.reason, "%s", e.msg);
	else {
		doc_init(&d, ing->run->arena);
		d.path = path;
		d.data = (const unsigned char *)ing->raw.data;
		d.len = ing->raw.len;
		ingest_doc(ing, &d);
	}
	ing->bytes += ing->raw.len;
	/* A big buffer is not kept for the next, small input. */
	if (ing->raw.cap > ((size_t)4 << 20)) {
		buf_release(&ing->raw);
		buf_init(&ing->raw);
	}
	arena_reset(ing->run->arena);
	run_flush(ing->run, false);
	progress_update(ing->progress, ing->inputs, ing->records, ing->bytes);
}

static void
on_skip(void *ctx, const char *path, const char *reason, const char *msg,
    bool error)
{
	struct ingest	*ing = ctx;

	ing->entry++;
	if (error)
		ingest_fail(ing, path, -1, reason, "%s", msg);
	else
		ingest_skip(ing, path, -1, reason, "%s", msg);
}

static bool
on_stop(void *ctx)
{
	return ((struct ingest *)ctx)->stop;
}

void
ingest_path(struct ingest *ing, const char *path)
{
	struct source_cb	 cb = { on_file, on_skip, on_stop, ing };

	/* With workers, the reading thread walks with a state of its own. */
	if (ing->pool != NULL)
		cb.ctx = pool_hold(ing->pool);
	if (!ing->stop)
		source_walk(path, &cb);
	if (ing->pool != NULL)
		pool_release(ing->pool);
}

void
ingest_list(struct ingest *ing, const char *list)
{
	struct lines	*l;
	const char	*line;
	size_t		 len;
	char		*path;

	if (ing->pool != NULL)
		pool_hold(ing->pool);
	if ((l = lines_open(list)) != NULL) {
		while (!ing->stop && lines_next(l, &line, &len) == 1) {
			if (len == 0)
				continue;
			path = xstrndup(line, len);
			ingest_path(ing, path);
			free(path);
		}
		lines_close(l);
	}
	if (ing->pool != NULL)
		pool_release(ing->pool);
}

static void
plural(struct buf *b, long n, const char *one, const char *many)
{
	buf_addf(b, "%ld %s", n, n == 1 ? one : many);
}

void
ingest_finish(struct ingest *ing, bool quiet)
{
	struct buf	 b;

	if (ing->pool != NULL)
		pool_end(ing->pool);
	progress_free(ing->progress);
	ing->progress = NULL;
	if (!quiet) {
		buf_init(&b);
		plural(&b, ing->inputs, "input", "inputs");
		buf_adds(&b, " read, ");
		plural(&b, ing->records, "record", "records");
		buf_adds(&b, " emitted");
		if (ing->skips.total > 0) {
			buf_addf(&b, ", %ld skipped (", ing->skips.total);
			tally_format(&ing->skips, &b);
			buf_addc(&b, ')');
		}
		if (ing->filtered > 0) {
			buf_addf(&b, "; %ld filtered (", ing->filtered);
			tally_format(&ing->filters, &b);
			buf_addc(&b, ')');
		}
		if (ing->replaced > 0)
			buf_addf(&b, "; %llu invalid byte sequence%s replaced",
			    ing->replaced, ing->replaced == 1 ? "" : "s");
		if (ing->counts.total > 0) {
			/* No total before it: each kind keeps its number. */
			buf_adds(&b, "; not documents: ");
			if (ing->counts.len == 1)
				buf_addf(&b, "%ld ", ing->counts.total);
			tally_format(&ing->counts, &b);
		}
		fprintf(stderr, "newsframe: ingest: %s\n", b.data);
		buf_release(&b);
	}
	if (ing->report != NULL) {
		if (fclose(ing->report) != 0)
			nf_error(ing->cfg.report_errors, "%s",
			    strerror(errno));
		ing->report = NULL;
	}
}
