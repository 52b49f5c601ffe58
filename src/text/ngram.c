/* SPDX-License-Identifier: MIT */
/*
 * n-gram enumeration over a record's tokens (see include/text/ngram.h).
 * The joined string is built once per start position and extended token
 * by token, so n-grams 1-3 cost little more than unigrams; a unigram is
 * passed as the token's own string, copied nowhere.
 */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "text/ngram.h"

void
ngram_each(const struct gram_tok *v, size_t n, int nmin, int nmax,
    struct buf *scratch, ngram_fn fn, void *arg)
{
	size_t	 i, j, end;

	for (i = 0; i < n; i++) {
		if (v[i].stop)
			continue;
		/* A unigram is the token's own string: no copy. */
		if (nmin == 1)
			fn(v[i].s, v[i].len, arg);
		if (nmax == 1)
			continue;
		buf_reset(scratch);
		buf_add(scratch, v[i].s, v[i].len);
		end = i + (size_t)nmax < n ? i + (size_t)nmax : n;
		for (j = i + 1; j < end; j++) {
			if (v[j].sentence != v[i].sentence)
				break;
			buf_addc(scratch, ' ');
			buf_add(scratch, v[j].s, v[j].len);
			if ((int)(j - i + 1) >= nmin && !v[j].stop)
				fn(scratch->data, scratch->len, arg);
		}
	}
}

static int
parse_one(const char **s, int *out)
{
	if (**s < '0' || **s > '9')
		return -1;
	*out = 0;
	while (**s >= '0' && **s <= '9') {
		if (*out > 100)
			return -1;
		*out = *out * 10 + (**s - '0');
		(*s)++;
	}
	return 0;
}

int
ngram_parse(const char *s, int *nmin, int *nmax, const char **err)
{
	*err = "expected N or N-M";
	if (parse_one(&s, nmin) != 0)
		return -1;
	*nmax = *nmin;
	if (*s == '-') {
		s++;
		if (parse_one(&s, nmax) != 0)
			return -1;
	}
	if (*s != '\0')
		return -1;
	if (*nmin < 1) {
		*err = "must be at least 1";
		return -1;
	}
	if (*nmax > NGRAM_MAX) {
		*err = "at most 5";
		return -1;
	}
	if (*nmin > *nmax) {
		*err = "N must not exceed M in N-M";
		return -1;
	}
	return 0;
}
