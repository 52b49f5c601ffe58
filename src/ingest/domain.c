/* SPDX-License-Identifier: MIT */
/*
 * Hosts of URLs and their registrable domains (libpsl's built-in list,
 * so no file is read at run time). Each thread keeps its last lookup:
 * the items of a feed and the pages of a crawl come host after host, and
 * a lookup in the list costs thousands of instructions.
 */
#include <libpsl.h>
#include <string.h>

#include "core/arena.h"
#include "ingest/domain.h"

const char *
domain_host(const char *url, struct arena *a)
{
	const char	*p, *start, *end, *at;
	char		*h;
	size_t		 i, n;

	if (url == NULL)
		return NULL;
	if ((p = strstr(url, "://")) != NULL &&
	    strcspn(url, "/?#") > (size_t)(p - url))
		start = p + 3;
	else if (url[0] == '/' && url[1] == '/')
		start = url + 2;
	else if (url[0] == '/' || strchr(url, ':') != NULL)
		return NULL;	/* relative path, mailto:, ... */
	else
		start = url;
	end = start + strcspn(start, "/?#");
	/* user:password@host */
	if ((at = memchr(start, '@', (size_t)(end - start))) != NULL)
		start = at + 1;
	if (*start == '[') {
		/* IPv6 literal */
		const char *rb = memchr(start, ']', (size_t)(end - start));

		if (rb == NULL)
			return NULL;
		return arena_strndup(a, start, (size_t)(rb - start + 1));
	}
	n = strcspn(start, ":/?#");
	if (start + n > end)
		n = (size_t)(end - start);
	while (n > 0 && start[n - 1] == '.')
		n--;
	if (n == 0)
		return NULL;
	h = arena_strndup(a, start, n);
	for (i = 0; i < n; i++) {
		if (h[i] >= 'A' && h[i] <= 'Z')
			h[i] = (char)(h[i] + 32);
		else if (h[i] == ' ' || h[i] == '\t' || h[i] == '\\')
			return NULL;
	}
	return h;
}

static int
is_ip(const char *h)
{
	if (h[0] == '[')
		return 1;
	return strspn(h, "0123456789.") == strlen(h);
}

/* The last host this thread looked up, and its registrable domain. */
static _Thread_local struct {
	char	 host[256];
	char	 reg[256];
} last;

const char *
domain_registrable(const char *host, struct arena *a)
{
	const char	*r;
	size_t		 n, m;

	if (host == NULL)
		return NULL;
	if (is_ip(host) || strchr(host, '.') == NULL)
		return host;
	if (last.host[0] != '\0' && strcmp(last.host, host) == 0)
		return arena_strdup(a, last.reg);
	r = psl_registrable_domain(psl_builtin(), host);
	/* A public suffix itself ("co.uk") has none: keep the host. */
	if (r == NULL)
		r = host;
	if ((n = strlen(host)) < sizeof(last.host) &&
	    (m = strlen(r)) < sizeof(last.reg)) {
		memcpy(last.host, host, n + 1);
		memcpy(last.reg, r, m + 1);
	}
	return arena_strdup(a, r);
}

const char *
domain_of_url(const char *url, struct arena *a)
{
	return domain_registrable(domain_host(url, a), a);
}
