/* SPDX-License-Identifier: MIT */
/*
 * The HTML page handler of the dispatch table: the page, already UTF-8,
 * goes to html_extract; a page with an article becomes one record, a
 * page without one is reported as a warning ("no article text found"), a
 * page over the time budget as an error.
 */
#include "core/record.h"
#include "ingest/html.h"
#include "ingest/ingest.h"
#include "ingest/state.h"

int
page_doc(struct ingest *ing, const struct doc *d)
{
	struct html_hint	 hint = { d->url, d->fetched, 0, 0 };
	struct record		 r;
	int			 rc;

	hint.max_depth = ing->cfg.max_depth;
	hint.deadline = ingest_deadline(ing);
	record_init(&r);
	rc = html_extract((const char *)d->data, d->len, &hint, &r, d->arena);
	if (rc == 2)
		return ingest_fail(ing, d->path, d->offset, "too slow",
		    "parsing took more than %g s, skipped (see "
		    "--max-doc-seconds)", ing->cfg.max_doc_seconds);
	if (rc < 0) {
		ingest_skip(ing, d->path, d->offset, "unparsable html",
		    "could not parse the page");
		return -1;
	}
	if (rc > 0) {
		ingest_skip(ing, d->path, d->offset, "no text",
		    "no article text found");
		return -1;
	}
	r.source_format = "html";
	return ingest_emit(ing, d, &r);
}
