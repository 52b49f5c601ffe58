/* SPDX-License-Identifier: MIT */
/*
 * Hosts and registrable domains (libpsl, with its built-in public suffix
 * list): https://news.bbc.co.uk/x -> host news.bbc.co.uk -> bbc.co.uk.
 * Results are in the arena given, lowercase.
 */
#ifndef NF_INGEST_DOMAIN_H
#define NF_INGEST_DOMAIN_H

struct arena;

/* The host of an absolute URL ("//host/..." too), without port or
   user; a bare host ("example.com/path") is accepted. NULL if none. */
const char	*domain_host(const char *url, struct arena *a);
/* The registrable domain of a host; an IP address or a single label is
   returned as it is. NULL for NULL. */
const char	*domain_registrable(const char *host, struct arena *a);
/* Both: the registrable domain of a URL's host, or NULL. */
const char	*domain_of_url(const char *url, struct arena *a);

#endif
