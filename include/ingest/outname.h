/* SPDX-License-Identifier: MIT */
/*
 * Comparing outlet names as pages write them: "The Veskaria Times" and
 * "veskaria times" are one name; "Восточный вестник" is like the domain
 * vostok-vestnik.example; "Open Steppe Rights Watch" like osrw.example.
 * Names are folded (lowercase, letters and digits only, Cyrillic
 * transliterated, a leading "the" dropped) before comparing.
 */
#ifndef NF_INGEST_OUTNAME_H
#define NF_INGEST_OUTNAME_H

#include <stdbool.h>

struct outlet_entry;

/* True when a and b are the same name written differently. */
bool	outname_same(const char *a, const char *b);

/*
 * True when name plausibly names the outlet of entry e or of domain
 * (either may be NULL): the same name, one inside the other, a long
 * common part (6 letters or more), the domain's first label inside the
 * name, or the initials of the name equal to that label.
 */
bool	outname_like(const char *name, const struct outlet_entry *e,
	    const char *domain);

#endif
