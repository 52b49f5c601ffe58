/* SPDX-License-Identifier: MIT */
/*
 * The publication date, from the best evidence present, in this order:
 * JSON-LD datePublished (else dateCreated); article:published_time and
 * some thirty other meta names (a bare "date" / "dc.date" meta only
 * when no element is marked itemprop datePublished and no dateline under
 * the <h1> names another day); a machine date in
 * the tree: itemprop datePublished, a <time> or hAtom abbr.published
 * (date_tree.c); a date in the URL path; a dateline in an element
 * classed as a date. After extraction, when none was found: a dateline
 * after the first <h1>, at the start of the story or just above it, in
 * the <title>, a publication key in the page's script data
 * (date_script.c), and last the page's modification date. Dates before
 * 1990 or after the fetch date are skipped; published_from records which
 * evidence was used (jsonld, meta, time, url, text, script).
 */
#include <stdbool.h>
#include <string.h>

#include "core/arena.h"
#include "core/record.h"
#include "ingest/date.h"
#include "ingest/date_tree.h"
#include "ingest/dom.h"
#include "ingest/html.h"
#include "ingest/meta.h"

static const char *const date_metas[] = {
	"article:published_time", "og:article:published_time",
	"article:published", "datepublished", "og:published_time",
	"published_time", "publishdate", "publish-date", "publish_date",
	"pubdate", "publication_date", "publication-date", "dc.date.issued",
	"dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
	"dc.created", "date", "sailthru.date", "parsely-pub-date",
	"article.published", "article_date_original", "bt:pubdate",
	"cxenseparse:recs:publishtime", "originalpublicationdate",
	"citation_publication_date", "citation_date", "datecreated",
	"release_date", "published-date", "date.available", NULL
};

static bool	 generic_meta(const char *);

/* A meta that names a date without saying it is the publication's. */
static bool
generic_meta(const char *name)
{
	return strcmp(name, "date") == 0 || strcmp(name, "dc.date") == 0 ||
	    strcmp(name, "dcterms.date") == 0;
}

void
meta_date(struct dom *d, const struct ld_info *ld, const struct html_hint *h,
    struct record *r, struct arena *a)
{
	const char	*s, *u, *from, *t = NULL;
	size_t		 i;
	int		 rank = -1;

	if ((s = date_parse(ld->published, a)) != NULL &&
	    date_plausible(s, h->fetched)) {
		r->published = s;
		r->published_from = "jsonld";
		return;
	}
	for (i = 0; date_metas[i] != NULL; i++) {
		if ((s = date_parse(meta_value(d, date_metas[i]), a)) != NULL &&
		    date_plausible(s, h->fetched)) {
			/* An element marked datePublished says more than a
			   bare "date" meta (often the last change). */
			if (generic_meta(date_metas[i]) && t == NULL &&
			    (t = date_tree_find(d, h->fetched, &from, &rank,
			    a)) != NULL && rank == 3) {
				r->published = t;
				r->published_from = from;
				return;
			}
			/* Nor than the dateline under the headline, what
			   readers were told, when it names another day. */
			if (generic_meta(date_metas[i]) && (u =
			    date_tree_heading(d, h->fetched, a)) != NULL &&
			    strncmp(u, s, 10) != 0) {
				r->published = u;
				r->published_from = "text";
				return;
			}
			r->published = s;
			r->published_from = "meta";
			return;
		}
	}
	s = date_tree_find(d, h->fetched, &from, &rank, a);
	if (s != NULL && strcmp(from, "time") == 0) {
		r->published = s;
		r->published_from = from;
		return;
	}
	if (((u = date_from_url(r->url, a)) != NULL &&
	    date_plausible(u, h->fetched)) ||
	    ((u = date_from_url(h->url, a)) != NULL &&
	    date_plausible(u, h->fetched))) {
		r->published = u;
		r->published_from = "url";
		return;
	}
	if (s != NULL) {
		r->published = s;
		r->published_from = from;
	}
}

void
meta_late_date(struct dom *d, const struct ld_info *ld,
    const struct html_hint *h, struct record *r, struct arena *a)
{
	const char	*s;
	size_t		 i;
	static const char *const modified[] = { "article:modified_time",
	    "og:updated_time", "datemodified", "last-modified",
	    "dcterms.modified", NULL };

	if (r->published != NULL)
		return;
	s = date_tree_late(d, h->fetched, a);
	if (s == NULL && (s = date_find_text(d->title, NULL,
	    date_tree_habits(d), a)) != NULL &&
	    !date_plausible(s, h->fetched))
		s = NULL;
	if (s != NULL) {
		r->published = s;
		r->published_from = "text";
		return;
	}
	if (d->script_date != NULL && date_plausible(d->script_date,
	    h->fetched)) {
		r->published = d->script_date;
		r->published_from = "script";
		return;
	}
	if ((s = date_parse(ld->modified, a)) == NULL)
		for (i = 0; modified[i] != NULL && s == NULL; i++)
			s = date_parse(meta_value(d, modified[i]), a);
	if (s != NULL && date_plausible(s, h->fetched)) {
		r->published = s;
		r->published_from = ld->modified != NULL ? "jsonld" : "meta";
	}
}
