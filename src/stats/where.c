/* SPDX-License-Identifier: MIT */
/*
 * FIELD=V1,V2 conditions (include/stats/where.h). Values are split at
 * commas; a field holding a list (authors, tags) matches when one of its
 * elements equals one of the values.
 */
#include <stdlib.h>
#include <string.h>

#include "core/record.h"
#include "core/xmalloc.h"
#include "stats/where.h"

int
where_parse(struct where *w, const char *spec, const char **err)
{
	const char	*eq = strchr(spec, '=');
	char		*p, *comma;

	memset(w, 0, sizeof(*w));
	if (eq == NULL || eq == spec || eq[1] == '\0') {
		*err = "expected FIELD=VALUE[,VALUE...]";
		return -1;
	}
	w->field = xstrndup(spec, (size_t)(eq - spec));
	if (!record_field_known(w->field)) {
		*err = "unknown field (see newsframe-corpus(5))";
		where_release(w);
		return -1;
	}
	w->buf = xstrdup(eq + 1);
	for (p = w->buf;; p = comma + 1) {
		w->vals = xrealloc(w->vals, (w->n + 1) * sizeof(*w->vals));
		w->vals[w->n++] = p;
		if ((comma = strchr(p, ',')) == NULL)
			break;
		*comma = '\0';
	}
	return 0;
}

void
where_release(struct where *w)
{
	free(w->field);
	free(w->vals);
	free(w->buf);
	memset(w, 0, sizeof(*w));
}

static bool
one_of(const struct where *w, const char *v, size_t len)
{
	size_t	 i;

	for (i = 0; i < w->n; i++)
		if (strlen(w->vals[i]) == len && memcmp(w->vals[i], v, len) == 0)
			return true;
	return false;
}

bool
where_match(const struct where *w, const struct record *r, struct arena *a)
{
	const char *const	*list = NULL;
	const char		*v;
	size_t			 i, n = 0;

	if (strcmp(w->field, "authors") == 0) {
		list = r->authors;
		n = r->n_authors;
	} else if (strcmp(w->field, "tags") == 0) {
		list = r->tags;
		n = r->n_tags;
	}
	if (list != NULL) {
		for (i = 0; i < n; i++)
			if (one_of(w, list[i], strlen(list[i])))
				return true;
		return false;
	}
	if ((v = record_field(r, w->field, a, NULL)) == NULL)
		return false;
	return one_of(w, v, strlen(v));
}
