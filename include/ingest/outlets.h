/* SPDX-License-Identifier: MIT */
/*
 * The outlet map (newsframe-outlets(5)): a TSV file of
 *	KEY <TAB> OUTLET [<TAB> GROUP]
 * where KEY is a domain (matching it and its subdomains) or a URL prefix
 * (host and path, scheme optional). The longest matching key wins.
 * Entries belong to the struct outlets; outlets_free frees them.
 */
#ifndef NF_INGEST_OUTLETS_H
#define NF_INGEST_OUTLETS_H

struct outlets;

struct outlet_entry {
	const char	*key;		/* normalized: host[/path], no www. */
	const char	*outlet;	/* display name */
	const char	*group;		/* or NULL */
	const char	*domain;	/* registrable domain of the key */
	int		 line;		/* in the file */
};

/* Loads path. Returns NULL after reporting "path:line: reason". */
struct outlets	*outlets_load(const char *path);
void		 outlets_free(struct outlets *);	/* NULL is fine */

/* The entry with the longest key matching url (or a bare host), or NULL. */
const struct outlet_entry *outlets_match_url(const struct outlets *,
		    const char *url);
/* The first entry whose outlet name equals name (ignoring case, spaces
   and punctuation), or NULL. */
const struct outlet_entry *outlets_match_name(const struct outlets *,
		    const char *name);

#endif
