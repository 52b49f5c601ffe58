/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: `terms` on any bytes, a record a line (the first
 * byte of a line picks its language, outlet and whether the next tab
 * ends a title). Counted by id (the n-gram tables, the paired sizes of
 * src/cmd/terms_pair.c, the unigram array) and with every record counted
 * by its terms' strings instead (a 1-byte count limit), the printed
 * tables must be the same, byte for byte, for each option mix.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/commands.h"
#include "cmd/terms.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/command.h"
#include "core/diag.h"
#include "core/record.h"
#include "core/xmalloc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

struct mix {
	const char	*ngram;
	const char	*by;
	const char	*stopwords;
	bool		 title;
	bool		 stem;
};

static const char *const langs[] = { "en", "ru", "de", "kk", "", NULL };
static const char *const outlets[] = { "A", "B", "A B", NULL };

/* The line's record: its text and, maybe, a title before a tab. */
static void
make_record(struct record *r, const char *line, size_t len, struct arena *a)
{
	unsigned char	 c = len > 0 ? (unsigned char)line[0] : 0;
	const char	*tab;

	record_init(r);
	r->lang = langs[c % 6];
	r->outlet = outlets[(c >> 3) % 4];
	if (len > 0) {
		line++;
		len--;
	}
	if ((c & 0x80) && (tab = memchr(line, '\t', len)) != NULL) {
		r->title = arena_strndup(a, line, (size_t)(tab - line));
		len -= (size_t)(tab - line) + 1;
		line = tab + 1;
	}
	r->text = arena_strndup(a, line, len);
}

/* What terms prints for the records of data, by id or all by string. */
static char *
run_terms(const struct mix *m, const uint8_t *data, size_t len, bool strings)
{
	struct terms	*t = xcalloc(1, cmd_terms.size);
	struct run	 run = { 0 };
	struct buf	 out;
	struct record	 r;
	const char	*p = (const char *)data, *end = p + len, *nl;
	char		*s;

	buf_init(&out);
	run.out = &out;
	run.arena = arena_new();
	run.jobs = 1;
	run.cmd = "terms";
	cmd_terms.init(t);
	t->ngram = m->ngram;
	t->by = m->by;
	t->stopwords = m->stopwords;
	t->title = m->title;
	t->stem = m->stem;
	t->tmpdir = "/tmp";
	if (cmd_terms.start(t, 0, NULL, &run) != 0)
		abort();
	if (strings)
		t->count_max = 1;
	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		make_record(&r, p, (size_t)(nl - p), run.arena);
		run.records++;
		if (cmd_terms.record(t, &r, &run) != 0)
			abort();
		arena_reset(run.arena);
		p = nl + 1;
	}
	if (cmd_terms.finish(t, &run) != 0)
		abort();
	cmd_terms.free(t);
	free(t);
	arena_free(run.arena);
	s = xstrdup(out.data != NULL ? out.data : "");
	buf_release(&out);
	return s;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	static const struct mix mixes[] = {
		{ "1-3", NULL, "auto", true, false },
		{ "1-3", NULL, "none", false, false },
		{ "2-4", "outlet", "auto", true, false },
		{ "1-2", "outlet", "none", false, false },
		{ "1-5", "lang", "auto", false, true },
	};
	char	*a, *b;
	size_t	 i;

	diag_set_command("terms");
	diag_set_quiet(true);
	/* Text has no NUL: a record's strings end at the first. */
	if (memchr(data, '\0', len) != NULL || len > 4096)
		return 0;
	for (i = 0; i < sizeof(mixes) / sizeof(mixes[0]); i++) {
		a = run_terms(&mixes[i], data, len, false);
		b = run_terms(&mixes[i], data, len, true);
		if (strcmp(a, b) != 0)
			abort();
		free(a);
		free(b);
	}
	return 0;
}
