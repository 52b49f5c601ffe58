/* SPDX-License-Identifier: MIT */
/*
 * Counts by reason for the summary line: a handful of keys, so a small
 * array searched in order.
 */
#include <stdlib.h>
#include <string.h>

#include "core/xmalloc.h"
#include "ingest/state.h"

void
tally_add(struct tally *t, const char *key)
{
	size_t	 i;

	t->total++;
	for (i = 0; i < t->len; i++)
		if (strcmp(t->key[i], key) == 0) {
			t->n[i]++;
			return;
		}
	if (t->len == TALLY_MAX)
		i = TALLY_MAX - 1;	/* fold the rest into the last */
	else {
		t->key[t->len] = xstrdup(key);
		t->n[t->len] = 0;
		i = t->len++;
	}
	t->n[i]++;
}

void
tally_merge(struct tally *to, const struct tally *from)
{
	size_t	 i, k;

	for (i = 0; i < from->len; i++) {
		for (k = 0; k < to->len; k++)
			if (strcmp(to->key[k], from->key[i]) == 0)
				break;
		if (k == to->len) {
			if (to->len == TALLY_MAX)
				k = TALLY_MAX - 1;
			else {
				to->key[to->len] = xstrdup(from->key[i]);
				to->n[to->len++] = 0;
			}
		}
		to->n[k] += from->n[i];
	}
	to->total += from->total;
}

void
tally_release(struct tally *t)
{
	size_t	 i;

	for (i = 0; i < t->len; i++)
		free(t->key[i]);
	memset(t, 0, sizeof(*t));
}

void
tally_format(const struct tally *t, struct buf *b)
{
	size_t	 order[TALLY_MAX], i, j, k;

	for (i = 0; i < t->len; i++)
		order[i] = i;
	for (i = 1; i < t->len; i++)
		for (j = i; j > 0 && strcmp(t->key[order[j - 1]],
		    t->key[order[j]]) > 0; j--) {
			k = order[j];
			order[j] = order[j - 1];
			order[j - 1] = k;
		}
	/* One reason: its name says it all ("3 filtered (min-words)"). */
	if (t->len == 1) {
		buf_adds(b, t->key[0]);
		return;
	}
	for (i = 0; i < t->len; i++)
		buf_addf(b, "%s%ld %s", i ? ", " : "", t->n[order[i]],
		    t->key[order[i]]);
}
