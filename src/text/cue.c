/* SPDX-License-Identifier: MIT */
/*
 * The attribution lexicon (text/cue.h). Lines are KIND<TAB>phrase, with
 * an optional <TAB>flag; phrases are split into words at anything that is
 * not a letter, digit, hyphen or apostrophe, and folded. Entries are
 * chained in a hash table by their first word, so matching costs one
 * lookup per position whatever the size of the lists.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/diag.h"
#include "core/hash.h"
#include "core/utf8.h"
#include "core/xmalloc.h"
#include "text/cue.h"
#include "text/pattern.h"

#define NBUCKETS	4096

struct centry {
	struct cue	 c;
	struct centry	*next;
};

struct crx {
	struct cue	 c;
	struct pattern	*re;
};

struct cues {
	struct arena	*a;
	struct centry	*b[NBUCKETS];
	struct crx	*rx;		/* /REGEX/ entries */
	size_t		 nrx, rxcap;
	bool		 shared;	/* a dup: a and b belong to another */
};

extern const char *const cues_data[];

static const char *const kind_names[CUE_NKINDS] = {
	"say", "prep", "anon", "pron", "role", "media", "org", "stop", "skip"
};

static uint32_t
fold_cp(uint32_t c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
	    (c >= 0x410 && c <= 0x42F))
		return c + 32;
	if (c == 0x401 || c == 0x451)
		return 0x435;
	if (c >= 0x400 && c <= 0x40F)
		return c + 80;
	if (c == 0x2019)
		return '\'';
	return c;
}

char *
cue_fold(const char *s, size_t len, struct arena *a)
{
	char		*out = arena_alloc(a, len * 3 + 1);	/* U+FFFD: 3 bytes */
	size_t		 i = 0, o = 0, n;
	uint32_t	 c;

	while (i < len) {
		n = utf8_decode((const unsigned char *)s + i, len - i, &c);
		if (n == 0)
			n = 1;
		o += utf8_encode(fold_cp(c), out + o);
		i += n;
	}
	out[o] = '\0';
	return out;
}

static size_t
bucket(const char *w)
{
	return hash64(w, strlen(w)) & (NBUCKETS - 1);
}

static bool
word_byte(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z') || c == '-' || c == '\'';
}

/* Adds one phrase; returns 0, or -1 when it holds no word. */
static int
add_entry(struct cues *cs, enum cue_kind k, int flags, const char *p)
{
	struct centry	*e = arena_calloc(cs->a, 1, sizeof(*e));
	const char	*w[16];
	size_t		 n = 0, i = 0, j;

	while (p[i] != '\0' && n < 16) {
		while (p[i] != '\0' && !word_byte((unsigned char)p[i]))
			i++;
		for (j = i; p[j] != '\0' && word_byte((unsigned char)p[j]); j++)
			;
		if (j > i)
			w[n++] = cue_fold(p + i, j - i, cs->a);
		i = j;
	}
	if (n == 0)
		return -1;
	e->c.kind = k;
	e->c.flags = flags;
	e->c.n = n;
	e->c.w = arena_alloc(cs->a, n * sizeof(*e->c.w));
	memcpy(e->c.w, w, n * sizeof(*w));
	e->c.text = arena_strdup(cs->a, p);
	e->next = cs->b[bucket(w[0])];
	cs->b[bucket(w[0])] = e;
	return 0;
}

static int
parse_flag(const char *f)
{
	if (f == NULL)
		return 0;
	if (strcmp(f, "left") == 0)
		return CUE_LEFT;
	if (strcmp(f, "gen") == 0)
		return CUE_GEN;
	if (strcmp(f, "acc") == 0)
		return CUE_ACC;
	if (strcmp(f, "nom") == 0)
		return 0;
	if (strcmp(f, "marker") == 0)
		return CUE_MARKER;
	return -1;
}

/* Adds a /REGEX/ entry; returns NULL or a reason. */
static const char *
add_rx(struct cues *cs, enum cue_kind k, int flags, char *phrase)
{
	static char	 reason[256];
	struct crx	*r;
	char		*err = NULL;
	struct pattern	*re;

	if (k != CUE_SAY && k != CUE_PREP && k != CUE_ANON)
		return "a regular expression must be of kind say, prep or anon";
	phrase[strlen(phrase) - 1] = '\0';
	if ((re = pattern_new(phrase + 1, PAT_ICASE, &err)) == NULL) {
		snprintf(reason, sizeof(reason), "bad regular expression: %s",
		    err ? err : "?");
		free(err);
		return reason;
	}
	cs->rx = xgrow(cs->rx, &cs->rxcap, cs->nrx + 1, sizeof(*cs->rx));
	r = &cs->rx[cs->nrx++];
	memset(r, 0, sizeof(*r));
	r->re = re;
	r->c.kind = k;
	r->c.flags = flags;
	r->c.text = arena_strdup(cs->a, phrase + 1);
	return NULL;
}

/* Parses one line (modified in place); returns 0 or a reason. */
static const char *
add_line(struct cues *cs, char *line)
{
	char	*phrase, *flag;
	int	 k, fl;

	if ((phrase = strchr(line, '\t')) == NULL)
		return "expected KIND<TAB>phrase";
	*phrase++ = '\0';
	if ((flag = strchr(phrase, '\t')) != NULL)
		*flag++ = '\0';
	for (k = 0; k < CUE_NKINDS; k++)
		if (strcmp(line, kind_names[k]) == 0)
			break;
	if (k == CUE_NKINDS)
		return "unknown kind (say, prep, anon, pron, role, media, org, "
		    "stop, skip)";
	if ((fl = parse_flag(flag)) < 0)
		return "unknown flag (left, gen, acc, nom, marker)";
	if (phrase[0] == '/' && strlen(phrase) > 2 &&
	    phrase[strlen(phrase) - 1] == '/')
		return add_rx(cs, (enum cue_kind)k, fl, phrase);
	if (add_entry(cs, (enum cue_kind)k, fl, phrase) != 0)
		return "no word in the phrase";
	return NULL;
}

/* Adds the lines of text; where names it in diagnostics. */
static int
add_text(struct cues *cs, const char *text, const char *where)
{
	char		 loc[4096], *line, *nl, *hash;
	char		*copy = xstrdup(text);
	const char	*err;
	long		 lineno = 0;
	int		 rc = 0;

	for (line = copy; line != NULL && *line != '\0'; line = nl) {
		if ((nl = strchr(line, '\n')) != NULL)
			*nl++ = '\0';
		lineno++;
		if ((hash = strchr(line, '#')) != NULL)
			*hash = '\0';
		while (*line == ' ')
			line++;
		if (*line == '\0' || strspn(line, " \t\r") == strlen(line))
			continue;
		line[strcspn(line, "\r")] = '\0';
		if ((err = add_line(cs, line)) != NULL) {
			snprintf(loc, sizeof(loc), "%s:%ld", where, lineno);
			rc = nf_error(loc, "%s", err);
		}
	}
	free(copy);
	return rc;
}

struct cues *
cues_new(void)
{
	struct cues	*cs = xcalloc(1, sizeof(*cs));
	size_t		 i;

	cs->a = arena_new();
	for (i = 0; cues_data[i] != NULL; i += 2)
		add_text(cs, cues_data[i + 1], cues_data[i]);
	return cs;
}

int
cues_load(struct cues *cs, const char *path)
{
	FILE	*f;
	char	*text = NULL;
	size_t	 cap = 0;
	int	 rc;

	if ((f = fopen(path, "r")) == NULL)
		return nf_error(path, "%s", strerror(errno));
	if (getdelim(&text, &cap, '\0', f) < 0 && ferror(f)) {
		fclose(f);
		free(text);
		return nf_error(path, "%s", strerror(errno));
	}
	fclose(f);
	rc = add_text(cs, text ? text : "", path);
	free(text);
	return rc;
}

struct cues *
cues_dup(const struct cues *cs)
{
	struct cues	*d = xcalloc(1, sizeof(*d));
	size_t		 i;

	memcpy(d->b, cs->b, sizeof(d->b));
	d->a = cs->a;
	d->shared = true;
	d->nrx = d->rxcap = cs->nrx;
	d->rx = xcalloc(cs->nrx ? cs->nrx : 1, sizeof(*d->rx));
	for (i = 0; i < cs->nrx; i++) {
		d->rx[i].c = cs->rx[i].c;
		d->rx[i].re = pattern_dup(cs->rx[i].re);
	}
	return d;
}

void
cues_free(struct cues *cs)
{
	size_t	 i;

	if (cs == NULL)
		return;
	for (i = 0; i < cs->nrx; i++)
		pattern_free(cs->rx[i].re);
	free(cs->rx);
	if (!cs->shared)
		arena_free(cs->a);
	free(cs);
}

size_t
cues_nrx(const struct cues *cs)
{
	return cs->nrx;
}

const struct cue *
cues_rx_find(const struct cues *cs, size_t i, const char *s, size_t len,
    size_t from, size_t *start, size_t *end)
{
	if (i >= cs->nrx || !pattern_find(cs->rx[i].re, s, len, from, start,
	    end))
		return NULL;
	return &cs->rx[i].c;
}

const struct cue *
cues_match(const struct cues *cs, const char *const *w, size_t n,
    unsigned mask)
{
	const struct centry	*e;
	const struct cue	*best = NULL;
	size_t			 i;

	if (n == 0)
		return NULL;
	for (e = cs->b[bucket(w[0])]; e != NULL; e = e->next) {
		if (!(mask & (1u << e->c.kind)) || e->c.n > n ||
		    (best != NULL && e->c.n <= best->n))
			continue;
		for (i = 0; i < e->c.n; i++)
			if (strcmp(e->c.w[i], w[i]) != 0)
				break;
		if (i == e->c.n)
			best = &e->c;
	}
	return best;
}

bool
cues_is(const struct cues *cs, const char *w, enum cue_kind k)
{
	const struct centry	*e;

	for (e = cs->b[bucket(w)]; e != NULL; e = e->next)
		if (e->c.kind == k && e->c.n == 1 && strcmp(e->c.w[0], w) == 0)
			return true;
	return false;
}
