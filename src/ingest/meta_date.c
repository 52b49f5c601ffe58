/* SPDX-License-Identifier: MIT */
/*
 * The publication date, from the best evidence present, in this order:
 * JSON-LD datePublished (else dateCreated); article:published_time and
 * some thirty other meta names (a bare "date" / "dc.date" meta only
 * when no element is marked itemprop datePublished); a <time datetime>
 * or itemprop datePublished element (itemprop first, then <time> marked pubdate or
 * classed as a date, then any; asides and footers only by itemprop); a
 * date in the URL path; a dateline in an element classed as a date. After
 * extraction, when none was found: a dateline among the lines after the
 * first <h1> or at the start of the story, in the <title>, and last the
 * page's modification date. Dates before 1990 or after the fetch date are
 * skipped; published_from records which evidence was used.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "core/record.h"
#include "ingest/date.h"
#include "ingest/dom.h"
#include "ingest/extract.h"
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

static bool	 in_aside(const struct dom_node *);
static bool	 date_class(const struct dom_node *);
static const char *date_in_tree(struct dom *, const char *, const char **,
		    int *, struct arena *);
static bool	 generic_meta(const char *);
static const char *date_after(struct dom_node *, struct dom_node *, int,
		    const char *, struct arena *);

/* Inside an <aside> or <footer>: dates there are other stories'. */
static bool
in_aside(const struct dom_node *n)
{
	for (; n != NULL; n = n->parent)
		if (n->tag == T_ASIDE || n->tag == T_FOOTER)
			return true;
	return false;
}

static bool
date_class(const struct dom_node *n)
{
	static const char *const words[] = { "date", "time", "publish",
	    "posted", "datum", "fecha", "byline", "dateline", "meta",
	    "submitted", NULL };
	const char	*v[2] = { n->cls, n->id }, *p;
	size_t		 i, k, l;

	for (i = 0; i < 2; i++) {
		if (v[i] == NULL)
			continue;
		for (k = 0; words[k] != NULL; k++) {
			l = strlen(words[k]);
			for (p = v[i]; *p; p++)
				if (strncasecmp(p, words[k], l) == 0)
					return true;
		}
	}
	return false;
}

/*
 * <time>/itemprop dates (from = "time") or datelines ("text"); *rankp is
 * 3 for an itemprop datePublished, 2 for a <time> marked as the date.
 */
static const char *
date_in_tree(struct dom *d, const char *fetched, const char **from,
    int *rankp, struct arena *a)
{
	struct dom_node	*n;
	const char	*v, *s, *best = NULL, *text = NULL, *ip;
	int		 rank, best_rank = -1;

	for (n = d->body; n != NULL; ) {
		if (n->tag == T_NAV || (n->hints & (HINT_BOILER | HINT_ROLE))) {
			n = dom_skip(n, d->body);
			continue;
		}
		ip = dom_attr(n, "itemprop");
		rank = -1;
		if (ip != NULL && strcmp(ip, "datePublished") == 0)
			rank = 3;
		else if (n->tag == T_TIME && !in_aside(n))
			rank = dom_attr(n, "pubdate") != NULL ||
			    date_class(n) ? 2 : 1;
		if (rank > best_rank) {
			if ((v = dom_attr(n, "datetime")) == NULL &&
			    (v = dom_attr(n, "content")) == NULL)
				v = dom_text_max(n, 200, a);
			s = date_parse(v, a);
			if (s != NULL && date_plausible(s, fetched)) {
				best = s;
				best_rank = rank;
			}
		}
		if (text == NULL && n->tag != T_TEXT && rank < 0 &&
		    date_class(n) && !in_aside(n)) {
			v = dom_text_max(n, 160, a);
			if (v != NULL &&
			    (s = date_parse_text(v, a)) != NULL &&
			    date_plausible(s, fetched))
				text = s;
		}
		n = dom_next(n, d->body);
	}
	*rankp = best_rank;
	if (best != NULL) {
		*from = "time";
		return best;
	}
	*from = "text";
	return text;
}

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
	const char	*s, *from, *t = NULL;
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
			    (t = date_in_tree(d, h->fetched, &from, &rank,
			    a)) != NULL && rank == 3) {
				r->published = t;
				r->published_from = from;
				return;
			}
			r->published = s;
			r->published_from = "meta";
			return;
		}
	}
	s = date_in_tree(d, h->fetched, &from, &rank, a);
	if (s != NULL && strcmp(from, "time") == 0) {
		r->published = s;
		r->published_from = from;
		return;
	}
	if ((r->url != NULL && (s = date_from_url(r->url, a)) != NULL &&
	    date_plausible(s, h->fetched)) || (h->url != NULL &&
	    (s = date_from_url(h->url, a)) != NULL &&
	    date_plausible(s, h->fetched))) {
		r->published = s;
		r->published_from = "url";
		return;
	}
	if (s != NULL) {
		r->published = s;
		r->published_from = "text";
	} else if ((s = date_in_tree(d, h->fetched, &from, &rank, a)) !=
	    NULL) {
		r->published = s;
		r->published_from = from;
	}
}

/* A dateline among the first text nodes from n on (at most limit). */
static const char *
date_after(struct dom_node *n, struct dom_node *top, int limit,
    const char *fetched, struct arena *a)
{
	const char	*s;
	int		 seen = 0;

	char		 head[80];

	for (; n != NULL && seen < limit; n = dom_next(n, top)) {
		if (n->tag != T_TEXT || strpbrk(n->text, "0123456789") == NULL)
			continue;
		seen++;
		/* A long text only by its head: "Berlin, 1.2.2022 - ..." */
		if (n->len > 200) {
			snprintf(head, sizeof(head), "%s", n->text);
			s = date_parse_text(head, a);
		} else
			s = date_parse_text(n->text, a);
		if (s != NULL && date_plausible(s, fetched))
			return s;
	}
	return NULL;
}

void
meta_late_date(struct dom *d, const struct ld_info *ld,
    const struct html_hint *h, struct record *r, struct arena *a)
{
	struct dom_node	*n;
	const char	*s = NULL;
	size_t		 i;
	static const char *const modified[] = { "article:modified_time",
	    "og:updated_time", "datemodified", "last-modified",
	    "dcterms.modified", NULL };

	if (r->published != NULL)
		return;
	for (n = d->body; n != NULL && s == NULL; ) {
		if (n->tag == T_NAV || n->tag == T_FOOTER || n->tag == T_ASIDE) {
			n = dom_skip(n, d->body);
			continue;
		}
		if (n->tag == T_H1)
			s = date_after(n, d->body, 30, h->fetched, a);
		if (n->mark & MARK_KEEP)
			s = date_after(n, n, 20, h->fetched, a);
		n = dom_next(n, d->body);
	}
	if (s == NULL && (s = date_parse_text(d->title, a)) != NULL &&
	    !date_plausible(s, h->fetched))
		s = NULL;
	if (s != NULL) {
		r->published = s;
		r->published_from = "text";
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
