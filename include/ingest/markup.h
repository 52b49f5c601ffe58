/* SPDX-License-Identifier: MIT */
/*
 * Guards run on HTML and XML bytes before libxml2 parses them. libxml2
 * checks each attribute of a start tag against all the previous ones, so
 * a tag with a million attributes costs 10^12 comparisons: attributes
 * past MARKUP_MAX_ATTRS in one tag are blanked out (turned into spaces,
 * which the parser skips in linear time). No real page comes near it.
 */
#ifndef NF_INGEST_MARKUP_H
#define NF_INGEST_MARKUP_H

#include <stdbool.h>
#include <stddef.h>

#define MARKUP_MAX_ATTRS	256

/* True when some start tag in the len bytes at p has more than max
   attributes. */
bool	markup_attrs_over(const char *p, size_t len, size_t max);

/*
 * Blanks, in place, the attributes past the first max of every start tag
 * in the len bytes at p. Returns the number of tags cut.
 */
size_t	markup_cap_attrs(char *p, size_t len, size_t max);

#endif
