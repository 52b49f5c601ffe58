/* SPDX-License-Identifier: MIT */
/*
 * Stop-word sets. The built-in lists come from the generated array
 * stopwords_data (language, words, language, words, ..., NULL) and are
 * loaded into a word set the first time a record of that language asks;
 * a file list is loaded once and serves every language. A record's lang
 * "en-GB" uses the "en" list.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/htab.h"
#include "core/xmalloc.h"
#include "text/stopwords.h"
#include "text/token.h"

#define MAX_LANGS	16

extern const char *const stopwords_data[];

struct stopwords {
	bool		 none;
	struct htab	*file;		/* --stopwords FILE */
	char		 langs[MAX_LANGS][8];
	struct htab	*sets[MAX_LANGS];
	size_t		 nlangs;
	struct arena	*a;		/* scratch for folding */
};

static void
add_word(struct stopwords *sw, struct htab *h, const char *w, size_t len)
{
	size_t	 n;
	char	*f;

	while (len > 0 && (w[len - 1] == ' ' || w[len - 1] == '\t' ||
	    w[len - 1] == '\r'))
		len--;
	if (len == 0)
		return;
	f = tok_fold(w, len, sw->a, &n);
	htab_put(h, f, n, NULL);
	arena_reset(sw->a);
}

static void
add_lines(struct stopwords *sw, struct htab *h, const char *s)
{
	const char	*nl, *hash;
	size_t		 len;

	for (; *s != '\0'; s = nl + 1) {
		if ((nl = strchr(s, '\n')) == NULL)
			nl = s + strlen(s);
		len = (size_t)(nl - s);
		if ((hash = memchr(s, '#', len)) != NULL)
			len = (size_t)(hash - s);
		add_word(sw, h, s, len);
		if (*nl == '\0')
			break;
	}
}

static int
load_file(struct stopwords *sw, const char *path)
{
	FILE	*f = fopen(path, "r");
	char	*line = NULL;
	size_t	 cap = 0;
	ssize_t	 n;

	if (f == NULL)
		return -1;
	sw->file = htab_new(0);
	while ((n = getline(&line, &cap, f)) > 0) {
		line[n - 1] = line[n - 1] == '\n' ? '\0' : line[n - 1];
		add_lines(sw, sw->file, line);
	}
	free(line);
	if (ferror(f)) {
		fclose(f);
		return -1;
	}
	fclose(f);
	return 0;
}

struct stopwords *
stopwords_new(const char *spec, const char **err)
{
	struct stopwords	*sw = xcalloc(1, sizeof(*sw));

	sw->a = arena_new();
	if (spec == NULL || strcmp(spec, "none") == 0)
		sw->none = true;
	else if (strcmp(spec, "auto") != 0 && load_file(sw, spec) != 0) {
		*err = strerror(errno);
		stopwords_free(sw);
		return NULL;
	}
	return sw;
}

void
stopwords_free(struct stopwords *sw)
{
	size_t	 i;

	if (sw == NULL)
		return;
	htab_free(sw->file);
	for (i = 0; i < sw->nlangs; i++)
		htab_free(sw->sets[i]);
	arena_free(sw->a);
	free(sw);
}

const char *
stopwords_builtin(const char *lang)
{
	size_t	 i, n;

	if (lang == NULL)
		return NULL;
	for (n = 0; lang[n] != '\0' && lang[n] != '-' && lang[n] != '_'; n++)
		;
	for (i = 0; stopwords_data[i] != NULL; i += 2)
		if (strlen(stopwords_data[i]) == n &&
		    strncmp(stopwords_data[i], lang, n) == 0)
			return stopwords_data[i + 1];
	return NULL;
}

static struct htab *
lang_set(struct stopwords *sw, const char *lang)
{
	const char	*words;
	size_t		 i;

	for (i = 0; i < sw->nlangs; i++)
		if (strcmp(sw->langs[i], lang) == 0)
			return sw->sets[i];
	if (sw->nlangs == MAX_LANGS || strlen(lang) >= sizeof(sw->langs[0]))
		return NULL;
	words = stopwords_builtin(lang);
	snprintf(sw->langs[sw->nlangs], sizeof(sw->langs[0]), "%s", lang);
	sw->sets[sw->nlangs] = words ? htab_new(0) : NULL;
	if (words)
		add_lines(sw, sw->sets[sw->nlangs], words);
	return sw->sets[sw->nlangs++];
}

bool
stopwords_any(struct stopwords *sw, const char *lang)
{
	if (sw == NULL || sw->none)
		return false;
	if (sw->file != NULL)
		return true;
	return lang != NULL && lang_set(sw, lang) != NULL;
}

bool
stopwords_has(struct stopwords *sw, const char *lang, const char *norm,
    size_t len)
{
	struct htab	*h;

	if (sw == NULL || sw->none)
		return false;
	if (sw->file != NULL)
		return htab_find(sw->file, norm, len) != NULL;
	if (lang == NULL || (h = lang_set(sw, lang)) == NULL)
		return false;
	return htab_find(h, norm, len) != NULL;
}
