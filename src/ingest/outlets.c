/* SPDX-License-Identifier: MIT */
/*
 * The outlet map: loading the TSV file (newsframe-outlets(5)) and
 * matching URLs by longest key. Keys are kept normalized as host[/path]
 * with the scheme and a leading "www." removed, lowercase host; entries
 * are sorted longest key first, so the first match is the longest. The
 * map is small (one line per outlet or section), so matching is a scan.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "core/diag.h"
#include "core/lines.h"
#include "core/xmalloc.h"
#include "ingest/domain.h"
#include "ingest/outlets.h"
#include "ingest/outname.h"

struct outlets {
	struct arena		*arena;
	struct outlet_entry	*v;
	size_t			 n, cap;
};

/* Lowercase ASCII copy of n bytes in a. */
static char *
lower_dup(struct arena *a, const char *s, size_t n)
{
	char	*d = arena_strndup(a, s, n);
	size_t	 i;

	for (i = 0; i < n; i++)
		if (d[i] >= 'A' && d[i] <= 'Z')
			d[i] = (char)(d[i] + 32);
	return d;
}

/*
 * host[/path] of a URL or key: scheme, user, port and a leading "www."
 * dropped, the host lowercased, query and fragment cut. NULL if no host.
 */
static const char *
url_key(const char *url, struct arena *a)
{
	const char	*host, *rest, *p;
	size_t		 n;

	if ((host = domain_host(url, a)) == NULL)
		return NULL;
	if (strncmp(host, "www.", 4) == 0 && strchr(host + 4, '.') != NULL)
		host += 4;
	p = strstr(url, "://");
	p = (p != NULL && strcspn(url, "/?#") > (size_t)(p - url)) ? p + 3 :
	    (url[0] == '/' ? url + 2 : url);
	rest = p + strcspn(p, "/?#");
	n = strcspn(rest, "?#");
	if (n <= 1)
		return host;	/* "/" or nothing: the host alone */
	return arena_printf(a, "%s%.*s", host, (int)n, rest);
}

static int
cmp_len(const void *a, const void *b)
{
	const struct outlet_entry	*x = a, *y = b;
	size_t				 lx = strlen(x->key), ly = strlen(y->key);

	if (lx != ly)
		return lx > ly ? -1 : 1;
	return x->line - y->line;
}

static int
add_line(struct outlets *m, const char *path, long lineno, char *line)
{
	char			*f[4], *p = line;
	size_t			 n = 0, i;
	struct outlet_entry	*e;
	const char		*key;

	while (n < 4 && p != NULL) {
		f[n++] = p;
		if ((p = strchr(p, '\t')) != NULL)
			*p++ = '\0';
	}
	for (i = 0; i < n; i++)
		while (*f[i] == ' ')
			f[i]++;
	if (n < 2 || n > 3 || *f[0] == '\0' || *f[1] == '\0')
		return nf_error(path, "line %ld: expected KEY<TAB>OUTLET"
		    "[<TAB>GROUP]", lineno);
	if ((key = url_key(f[0], m->arena)) == NULL)
		return nf_error(path, "line %ld: '%s' is not a domain or URL "
		    "prefix", lineno, f[0]);
	key = lower_dup(m->arena, key, strlen(key));
	m->v = xgrow(m->v, &m->cap, m->n + 1, sizeof(*m->v));
	e = &m->v[m->n++];
	e->key = key;
	e->outlet = arena_strdup(m->arena, f[1]);
	e->group = (n == 3 && *f[2] != '\0') ? arena_strdup(m->arena, f[2]) :
	    NULL;
	e->domain = domain_of_url(key, m->arena);
	e->line = (int)lineno;
	return 0;
}

struct outlets *
outlets_load(const char *path)
{
	struct outlets	*m;
	struct lines	*l;
	const char	*line;
	size_t		 len;
	long		 lineno = 0;
	int		 rc, bad = 0;

	if ((l = lines_open(path)) == NULL)
		return NULL;
	m = xcalloc(1, sizeof(*m));
	m->arena = arena_new();
	while ((rc = lines_next(l, &line, &len)) == 1) {
		char *copy;

		lineno++;
		if (len == 0 || line[0] == '#' ||
		    strspn(line, " \t") == len)
			continue;
		copy = xstrndup(line, len);
		if (add_line(m, path, lineno, copy) != 0)
			bad = 1;
		free(copy);
	}
	lines_close(l);
	if (rc < 0 || bad) {
		outlets_free(m);
		return NULL;
	}
	if (m->n > 1)
		qsort(m->v, m->n, sizeof(*m->v), cmp_len);
	return m;
}

void
outlets_free(struct outlets *m)
{
	if (m == NULL)
		return;
	arena_free(m->arena);
	free(m->v);
	free(m);
}

/* Does key (host[/path]) match k (host[/path])? */
static int
key_matches(const char *k, const char *key)
{
	size_t	 kh = strcspn(k, "/"), uh = strcspn(key, "/");

	/* Same host, or key's host a subdomain of k's host. */
	if (uh < kh)
		return 0;
	if (memcmp(key + uh - kh, k, kh) != 0)
		return 0;
	if (uh > kh && key[uh - kh - 1] != '.')
		return 0;
	if (k[kh] == '\0')
		return 1;
	/* The path of k is a prefix of the path of key. */
	return strncmp(key + uh, k + kh, strlen(k + kh)) == 0;
}

const struct outlet_entry *
outlets_match_url(const struct outlets *m, const char *url)
{
	struct arena		*a;
	const char		*key;
	const struct outlet_entry *hit = NULL;
	size_t			 i;

	if (m == NULL || url == NULL)
		return NULL;
	a = arena_new();
	if ((key = url_key(url, a)) != NULL)
		for (i = 0; i < m->n && hit == NULL; i++)
			if (key_matches(m->v[i].key, key))
				hit = &m->v[i];
	arena_free(a);
	return hit;
}

const struct outlet_entry *
outlets_match_name(const struct outlets *m, const char *name)
{
	size_t				 i;
	const struct outlet_entry	*best = NULL;

	if (m == NULL || name == NULL)
		return NULL;
	/* Of several entries for one outlet, the shortest key: its home. */
	for (i = 0; i < m->n; i++)
		if (outname_same(m->v[i].outlet, name))
			best = &m->v[i];
	return best;
}
