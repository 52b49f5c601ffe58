/* SPDX-License-Identifier: MIT */
/*
 * extract-file: runs the HTML page extractor on files (gzip or plain) and
 * prints one corpus record per file, for scoring extraction on the
 * development sets and timing it. Not installed.
 *
 *	extract-file [-p | -x] [-n N] file ...
 *
 * -p only builds the page tree (our parse), -x only runs libxml2's own
 * tree parse (htmlReadMemory), both printing nothing: with -n N (repeat N
 * times) and time(1) they give the cost of each step.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/HTMLparser.h>
#include <zlib.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/record.h"
#include "ingest/dom.h"
#include "ingest/html.h"

static int
slurp(const char *path, struct buf *b)
{
	gzFile	f = gzopen(path, "rb");
	char	tmp[65536];
	int	n;

	if (f == NULL)
		return -1;
	while ((n = gzread(f, tmp, sizeof(tmp))) > 0)
		buf_add(b, tmp, (size_t)n);
	gzclose(f);
	return n < 0 ? -1 : 0;
}

int
main(int argc, char **argv)
{
	struct arena	*a = arena_new();
	struct buf	 in, out;
	struct record	 r;
	int		 c, mode = 0, reps = 1, i, k;

	while ((c = getopt(argc, argv, "pxn:")) != -1) {
		switch (c) {
		case 'p': mode = 'p'; break;
		case 'x': mode = 'x'; break;
		case 'n': reps = atoi(optarg); break;
		default:
			fprintf(stderr, "usage: extract-file [-p | -x] "
			    "[-n N] file ...\n");
			return 2;
		}
	}
	buf_init(&in);
	buf_init(&out);
	for (i = optind; i < argc; i++) {
		buf_reset(&in);
		if (slurp(argv[i], &in) != 0) {
			fprintf(stderr, "extract-file: %s: cannot read\n",
			    argv[i]);
			continue;
		}
		for (k = 0; k < reps; k++) {
			arena_reset(a);
			if (mode == 'p') {
				dom_parse(in.data, in.len, 0, a);
				continue;
			}
			if (mode == 'x') {
				xmlFreeDoc(htmlReadMemory(in.data, (int)in.len,
				    NULL, "UTF-8", HTML_PARSE_RECOVER |
				    HTML_PARSE_NONET | HTML_PARSE_NOERROR |
				    HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT));
				continue;
			}
			record_init(&r);
			html_extract(in.data, in.len, NULL, &r, a);
			if (k > 0)
				continue;
			r.source_path = argv[i];
			r.source_format = "html";
			buf_reset(&out);
			record_write(&r, &out);
			fwrite(out.data, 1, out.len, stdout);
		}
	}
	buf_release(&in);
	buf_release(&out);
	arena_free(a);
	return 0;
}
