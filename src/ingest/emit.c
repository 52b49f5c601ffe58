/* SPDX-License-Identifier: MIT */
/*
 * Completing a record and writing it (ingest_emit): source, NFC, outlet,
 * domain, via and group, language, filters, id, shard, then one whole
 * JSON line appended to the output buffer.
 *
 * Who wrote it: the extractor's evidence comes first. A domain it found
 * (a credit line's link) or an outlet name the map knows selects that
 * map entry; otherwise the entry of the page's own URL applies, unless
 * the extractor names an outlet that is plainly not the host's (a
 * "(c) Outlet" credit on an aggregator page), which is kept as it is. When
 * the original outlet's domain differs from the page's host, or the
 * page credits an outlet the host is not, via names the host's domain.
 */
#include <string.h>

#include "core/arena.h"
#include "core/command.h"
#include "core/record.h"
#include "ingest/domain.h"
#include "ingest/lang.h"
#include "ingest/outlets.h"
#include "ingest/outname.h"
#include "ingest/state.h"
#include "text/fold.h"

static void
normalize_record(struct record *r, struct arena *a)
{
	size_t	 i;

	r->title = fold_nfc(r->title, a);
	r->text = fold_nfc(r->text, a);
	r->summary = fold_nfc(r->summary, a);
	r->outlet = fold_nfc(r->outlet, a);
	for (i = 0; i < r->n_authors; i++)
		r->authors[i] = fold_nfc(r->authors[i], a);
	for (i = 0; i < r->n_tags; i++)
		r->tags[i] = fold_nfc(r->tags[i], a);
}

static void
take_entry(struct record *r, const struct outlet_entry *e)
{
	r->outlet = e->outlet;
	if (r->group == NULL)
		r->group = e->group;
	if (r->domain == NULL)
		r->domain = e->domain;
}

/*
 * Is the record's outlet someone else than the page's host, i.e. a
 * credit? A domain that is not the host's says so. Otherwise the outlet
 * must not look like the host's own name (its map entry or its domain),
 * and either the extractor marked it as credited (via set) or the outlet
 * map names the host differently.
 */
static bool
is_credit(const struct record *r, const struct outlet_entry *eh,
    const char *host)
{
	if (host == NULL)
		return r->via != NULL && r->outlet != NULL;
	if (r->domain != NULL)
		return strcmp(r->domain, host) != 0;
	if (r->outlet == NULL || outname_like(r->outlet, eh, host))
		return false;
	return r->via != NULL || eh != NULL;
}

static void
complete_outlet(struct ingest *ing, const struct doc *d, struct record *r,
    struct arena *a)
{
	const char			*page = d->url ? d->url : r->url;
	const char			*host = domain_of_url(page, a);
	const struct outlet_entry	*eh = outlets_match_url(ing->map, page);
	const struct outlet_entry	*e;

	if (r->domain != NULL)
		r->domain = domain_registrable(domain_host(r->domain, a), a);
	if (is_credit(r, eh, host)) {
		e = r->domain != NULL ? outlets_match_url(ing->map, r->domain) :
		    outlets_match_name(ing->map, r->outlet);
		if (e != NULL)
			take_entry(r, e);
		/* Without the page's address, a via given as a domain or
		   URL (a corpus being re-imported) is all there is. */
		r->via = host != NULL ? host :
		    domain_registrable(domain_host(r->via, a), a);
	} else {
		r->via = NULL;
		if (eh == NULL && r->outlet != NULL)
			eh = outlets_match_name(ing->map, r->outlet);
		if (eh != NULL)
			take_entry(r, eh);
		if (host != NULL)
			r->domain = host;
	}
	/* Credited to itself after all: not republished. */
	if (r->via != NULL && r->domain != NULL &&
	    strcmp(r->via, r->domain) == 0)
		r->via = NULL;
}

static bool
lang_wanted(const struct ingest *ing, const char *lang)
{
	size_t	 i;

	for (i = 0; i < ing->cfg.n_langs; i++)
		if (lang != NULL && strcmp(ing->cfg.langs[i], lang) == 0)
			return true;
	return false;
}

/* Compares a date with a bound over their common length. */
static int
date_cmp(const char *date, const char *bound)
{
	size_t	 n = strlen(date), m = strlen(bound);

	return strncmp(date, bound, n < m ? n : m);
}

/* The filter a record fails, or NULL. */
static const char *
filter(const struct ingest *ing, const struct record *r)
{
	if (ing->cfg.n_langs > 0 && !lang_wanted(ing, r->lang))
		return "lang";
	if ((ing->cfg.since != NULL || ing->cfg.until != NULL) &&
	    r->published == NULL)
		return "undated";
	if (ing->cfg.since != NULL && date_cmp(r->published,
	    ing->cfg.since) < 0)
		return "since";
	if (ing->cfg.until != NULL && date_cmp(r->published,
	    ing->cfg.until) > 0)
		return "until";
	if (ing->cfg.min_words > 0 &&
	    record_word_count(r->text) < (size_t)ing->cfg.min_words)
		return "min-words";
	return NULL;
}

int
ingest_emit(struct ingest *ing, const struct doc *d, struct record *r)
{
	struct arena	*a = d->arena;
	const char	*why, *lang;
	char		 tag[8];

	if (r->source_path == NULL)
		r->source_path = d->path;
	if (d->format != NULL)
		r->source_format = d->format;
	if (r->source_offset < 0)
		r->source_offset = d->offset;
	if (r->url == NULL)
		r->url = d->url;
	if (r->fetched == NULL)
		r->fetched = d->fetched;
	normalize_record(r, a);
	complete_outlet(ing, d, r, a);
	lang = lang_primary(r->lang, tag);
	r->lang = lang != NULL ? arena_strdup(a, lang) :
	    lang_detect(r->text, r->text ? strlen(r->text) : 0);
	if ((why = filter(ing, r)) == NULL) {
		if (r->id == NULL)
			record_set_id(r, a);
		if (!run_in_shard(ing->run, r))
			why = "shard";
	}
	if (why != NULL) {
		tally_add(&ing->filters, why);
		ing->filtered++;
		return 0;
	}
	record_write(r, ing->run->out);
	ing->records++;
	run_flush(ing->run, false);
	return 1;
}
