/* SPDX-License-Identifier: MIT */
/*
 * Source names from the words of a noun phrase: titles and roles
 * stripped ("Russian Presidential Press Secretary Dmitry Peskov" ->
 * "Dmitry Peskov"), media markers dropped ("the NEXTA Telegram channel"
 * -> "NEXTA"), the kind guessed (person, organisation, media), and
 * Russian names in the genitive or accusative put in the nominative
 * where the inflection is regular ("Айгуль Сариевой" -> "Айгуль
 * Сариева", "Пескова" -> "Песков"). Strings come from the arena given.
 */
#ifndef NF_TEXT_NAMES_H
#define NF_TEXT_NAMES_H

#include <stddef.h>

struct arena;
struct cues;

enum src_kind {
	SRC_UNKNOWN,
	SRC_PERSON,
	SRC_ORG,
	SRC_MEDIA,
	SRC_ANON,
};

#define NAME_GEN	1	/* the phrase is in the genitive */
#define NAME_ACC	2	/* ... in the accusative */
#define NAME_LOC	3	/* an organisation after в: "в Кремле" */

/*
 * words[0..n) as written, folded[0..n) folded (text/cue.h). Sets *name
 * and *kind and returns 0, or returns -1 when the phrase names no source
 * (only roles, "the newspaper").
 */
int	names_make(const struct cues *, const char *const *words,
	    const char *const *folded, size_t n, int gcase, struct arena *,
	    const char **name, enum src_kind *kind);

/*
 * Where the person name at the end of a phrase starts (roles, markers
 * and extra leading words left out), or n when there is none.
 */
size_t	names_person_tail(const struct cues *, const char *const *words,
	    const char *const *folded, size_t n);

/* "person", "organisation", "media", "anonymous", "unknown". */
const char *names_kind(enum src_kind);

#endif
