/* SPDX-License-Identifier: MIT */
/*
 * Source names (text/names.h). The role words and markers come from the
 * cue lists (kinds role, media, org), so users extend them without code.
 * Russian case endings are undone by suffix rules on the surname (the last
 * word), which also gives the gender the first name and patronymic are
 * read with. Only regular endings are handled; anything else is left as
 * written.
 */
#include <stdbool.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "text/cue.h"
#include "text/names.h"

static const char *const kinds[] = {
	"unknown", "person", "organisation", "media", "anonymous"
};

const char *
names_kind(enum src_kind k)
{
	return kinds[k];
}

static bool
ends(const char *w, const char *suf)
{
	size_t	 a = strlen(w), b = strlen(suf);

	return a > b + 2 && strcmp(w + a - b, suf) == 0;
}

/* w with its suffix of cut bytes replaced by add. */
static char *
resuffix(const char *w, size_t cut, const char *add, struct arena *a)
{
	size_t	 n = strlen(w) - cut;

	return arena_printf(a, "%.*s%s", (int)n, w, add);
}

static bool
cyrillic(const char *w)
{
	return (unsigned char)w[0] == 0xD0 || (unsigned char)w[0] == 0xD1;
}

struct rule {
	const char	*from, *to;
};

/* Feminine surnames in the genitive (and the -ой accusative rarely). */
static const struct rule fem_gen[] = {
	{ "овой", "ова" }, { "евой", "ева" }, { "ёвой", "ёва" },
	{ "иной", "ина" }, { "ыной", "ына" }, { "ской", "ская" },
	{ "цкой", "цкая" }, { NULL, NULL }
};
static const struct rule fem_acc[] = {
	{ "ову", "ова" }, { "еву", "ева" }, { "ёву", "ёва" }, { "ину", "ина" },
	{ "ыну", "ына" }, { "скую", "ская" }, { "цкую", "цкая" },
	{ NULL, NULL }
};
static const struct rule masc_gen[] = {
	{ "ова", "ов" }, { "ева", "ев" }, { "ёва", "ёв" }, { "ина", "ин" },
	{ "ына", "ын" }, { "ского", "ский" }, { "цкого", "цкий" },
	{ "ича", "ич" }, { NULL, NULL }
};
static const struct rule fem_first[] = {		/* gen, then acc */
	{ "ии", "ия" }, { "овны", "овна" }, { "евны", "евна" },
	{ "ичны", "ична" }, { "ги", "га" }, { "ки", "ка" }, { "хи", "ха" },
	{ "жи", "жа" }, { "ши", "ша" }, { "чи", "ча" }, { "щи", "ща" },
	{ "ы", "а" }, { "ьи", "ья" }, { "ию", "ия" }, { "ью", "ья" },
	{ "овну", "овна" }, { "евну", "евна" }, { "у", "а" }, { "ю", "я" },
	{ NULL, NULL }
};
static const struct rule masc_first[] = {
	{ "Павла", "Павел" }, { "Петра", "Пётр" }, { "Льва", "Лев" },
	{ "ия", "ий" }, { "ея", "ей" }, { "ая", "ай" }, { "ича", "ич" },
	{ "ьи", "ья" }, { "ы", "а" }, { "ря", "рь" }, { "ля", "ль" },
	{ NULL, NULL }
};

static const char *
apply(const struct rule *r, const char *w, struct arena *a, bool *hit)
{
	for (; r->from != NULL; r++)
		if (ends(w, r->from) || strcmp(w, r->from) == 0) {
			*hit = true;
			return resuffix(w, strlen(r->from), r->to, a);
		}
	*hit = false;
	return w;
}

/* Drops a masculine genitive -а after a consonant: Ивана -> Иван. */
static const char *
masc_a(const char *w, struct arena *a)
{
	static const char *const vowels[] = { "а", "е", "и", "о", "у", "ы",
	    "э", "ю", "я", "ь", "й", NULL };
	size_t	 n = strlen(w), i;

	if (n < 6 || !ends(w, "а"))
		return w;
	for (i = 0; vowels[i] != NULL; i++)
		if (strncmp(w + n - 4, vowels[i], 2) == 0)
			return w;
	return resuffix(w, 2, "", a);
}

/* Puts the Cyrillic words of a name into the nominative in place. */
static void
nominative(const char **w, size_t n, int gcase, struct arena *a)
{
	const char	*last = w[n - 1];
	bool		 fem, hit;
	size_t		 i;

	if (!cyrillic(last))
		return;
	apply(gcase == NAME_ACC ? fem_acc : fem_gen, last, a, &fem);
	if (fem)
		w[n - 1] = apply(gcase == NAME_ACC ? fem_acc : fem_gen, last, a,
		    &hit);
	else {
		w[n - 1] = apply(masc_gen, last, a, &hit);
		if (!hit)
			w[n - 1] = masc_a(last, a);
	}
	for (i = 0; i + 1 < n; i++) {
		if (!cyrillic(w[i]))
			continue;
		if (fem)
			w[i] = apply(fem_first, w[i], a, &hit);
		else {
			w[i] = apply(masc_first, w[i], a, &hit);
			if (!hit)
				w[i] = masc_a(w[i], a);
		}
	}
}

/*
 * An organisation word in the locative put back in the nominative when
 * the cue lists know the result: Кремле -> Кремль, правительстве ->
 * правительство, пресс-службе -> пресс-служба, МИДе -> МИД.
 */
static const char *
loc_nominative(const struct cues *cs, const char *w, struct arena *a)
{
	static const char *const to[] = { "ь", "о", "а", "", NULL };
	const char	*c;
	size_t		 i;

	if (!ends(w, "е"))
		return w;
	for (i = 0; to[i] != NULL; i++) {
		c = resuffix(w, 2, to[i], a);
		if (cues_is(cs, cue_fold(c, strlen(c), a), CUE_ORG))
			return c;
	}
	return w;
}

static char *
join(const char *const *w, size_t n, struct arena *a)
{
	struct buf	 b;
	char		*s;
	size_t		 i;

	buf_init(&b);
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(&b, ' ');
		buf_adds(&b, w[i]);
	}
	s = arena_strdup(a, b.data ? b.data : "");
	buf_release(&b);
	return s;
}

/*
 * A media marker to drop from a name: always when the cue file writes it
 * with a capital ("Telegram"), else when the text has it in lowercase or
 * it opens the phrase ("Телеграм-канал «Северный ветер»").
 */
static bool
drop_marker(const struct cues *cs, const char *word, const char *f,
    bool first)
{
	const struct cue	*c = cues_match(cs, &f, 1, 1u << CUE_MEDIA);

	if (c == NULL || c->n != 1 || !(c->flags & CUE_MARKER))
		return false;
	return first || (unsigned char)c->text[0] < 'a' ||
	    strncmp(word, f, 2) == 0;
}

static bool
patronymic(const char *w)
{
	return ends(w, "вич") || ends(w, "вича") || ends(w, "вна") ||
	    ends(w, "вны") || ends(w, "ична") || ends(w, "ичны") ||
	    strlen(w) == 1;
}

/* The person name at the end of a phrase: at most First [Middle] Last. */
static size_t
person_run(const struct cues *cs, const char *const *words,
    const char *const *folded, size_t s, size_t n)
{
	size_t	 r = n;

	while (r > s && !cues_is(cs, folded[r - 1], CUE_ROLE) &&
	    !cues_is(cs, folded[r - 1], CUE_ORG) &&
	    !cues_is(cs, folded[r - 1], CUE_STOP) &&
	    cues_match(cs, folded + r - 1, 1, 1u << CUE_MEDIA) == NULL)
		r--;
	if (n - r > 2 && !patronymic(words[n - 2]))
		r = n - 2;
	if (n - r > 3)
		r = n - 3;
	return r;
}

int
names_make(const struct cues *cs, const char *const *words,
    const char *const *folded, size_t n, int gcase, struct arena *a,
    const char **name, enum src_kind *kind)
{
	const char	**w = arena_alloc(a, (n ? n : 1) * sizeof(*w));
	size_t		  i, m = 0, s = 0, r;
	bool		  role = false, org = false, media = false;

	while (s < n && cues_is(cs, folded[s], CUE_STOP))
		s++;
	r = person_run(cs, words, folded, s, n);
	for (i = s; i < n; i++) {
		if (i < r)
			role |= cues_is(cs, folded[i], CUE_ROLE);
		org |= cues_is(cs, folded[i], CUE_ORG);
		media |= cues_match(cs, folded + i, n - i, 1u << CUE_MEDIA) !=
		    NULL;
	}
	if (role && r < n) {
		/* "Foreign Minister X Y", "Глава МИД Норландии X Y". */
		for (i = r; i < n; i++)
			w[m++] = words[i];
		*kind = SRC_PERSON;
	} else if (media) {
		for (i = s; i < n; i++)
			if (!drop_marker(cs, words[i], folded[i], i == s))
				w[m++] = words[i];
		*kind = SRC_MEDIA;
	} else if (org) {
		for (i = s; i < n; i++)
			w[m++] = words[i];
		/* "глава МИД": a role of an organisation is a person. */
		*kind = cues_is(cs, folded[s], CUE_ROLE) &&
		    !cues_is(cs, folded[s], CUE_ORG) ? SRC_PERSON : SRC_ORG;
	} else if (!role) {
		for (i = s; i < n; i++)
			w[m++] = words[i];
		*kind = m > 1 ? SRC_PERSON : SRC_UNKNOWN;
	}
	if (m == 0)
		return -1;
	if (gcase == NAME_LOC)
		w[0] = loc_nominative(cs, w[0], a);
	else if (gcase != 0 && (*kind == SRC_PERSON || *kind == SRC_UNKNOWN))
		nominative(w, m, gcase, a);
	*name = join(w, m, a);
	return 0;
}

size_t
names_person_tail(const struct cues *cs, const char *const *words,
    const char *const *folded, size_t n)
{
	return person_run(cs, words, folded, 0, n);
}
