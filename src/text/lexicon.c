/* SPDX-License-Identifier: MIT */
/*
 * The native lexicon format (newsframe-lexicon(5)) and the lexicon store.
 * A file is lines: "# comment", "[frame-name]" section headers, "= text"
 * definitions, and entries "[!]PATTERN [@xx ...]". Every error in a file
 * is reported with its line before the load fails, so one run shows them
 * all. Words are kept as written: normalizing them needs the tokenizer,
 * which the matcher applies when it compiles the lexicon.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/diag.h"
#include "core/utf8.h"
#include "core/xmalloc.h"
#include "text/lexicon.h"
#include "text/lexicon_import.h"
#include "text/pattern.h"

#define MAX_ITEMS	32	/* tokens and gaps in one entry */
#define MAX_OPTIONAL	4	/* [word] items in one entry */
#define MAX_GAP		20	/* tokens one gap may skip */
#define MAX_LANGS	8

struct lexicon_store {
	struct arena	*arena;
	size_t		 cap_frames;
	size_t		 cap_entries;
};

static int	entry_error(const char *, unsigned, const char *, ...)
		    __attribute__((format(printf, 3, 4)));
static char	*next_word(char **);
static int	parse_item(struct lexicon *, struct lex_item *, const char *,
		    const char *, unsigned);
static int	check_items(const struct lex_item *, size_t, const char *,
		    unsigned);
static size_t	take_langs(char *, const char **, const char *, unsigned,
		    struct arena *, int *);
static int	parse_line(struct lexicon *, char *, int *, const char *,
		    unsigned);

struct lexicon *
lexicon_new(void)
{
	struct lexicon	*lx = xcalloc(1, sizeof(*lx));

	lx->store = xcalloc(1, sizeof(*lx->store));
	lx->store->arena = arena_new();
	return lx;
}

void
lexicon_free(struct lexicon *lx)
{
	if (lx == NULL)
		return;
	arena_free(lx->store->arena);
	free(lx->store);
	free(lx->frames);
	free(lx->entries);
	free(lx);
}

static int
entry_error(const char *file, unsigned line, const char *fmt, ...)
{
	char	 where[1024], msg[1024];
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	snprintf(where, sizeof(where), "%s:%u", file, line);
	return nf_error(where, "%s", msg);
}

static bool
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
name_ok(const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;

	if (*p == '\0' || !(*p >= 0x80 || is_alpha(*p)))
		return false;
	for (; *p != '\0'; p++)
		if (!(*p >= 0x80 || is_alpha(*p) || (*p >= '0' &&
		    *p <= '9') || *p == '_' || *p == '-' || *p == '.'))
			return false;
	return true;
}

int
lexicon_add_frame(struct lexicon *lx, const char *name,
    const char *definition, const char *file, unsigned line)
{
	struct lexicon_store	*st = lx->store;
	struct lex_frame	*f;
	int			 prev;

	if (!name_ok(name))
		return entry_error(file, line, "invalid frame name '%s' "
		    "(letters, digits, '_', '-', '.'; a letter first)", name);
	if ((prev = lexicon_frame_index(lx, name)) >= 0)
		return entry_error(file, line, "frame '%s' defined twice "
		    "(first at line %u)", name, lx->frames[prev].line);
	lx->frames = xgrow(lx->frames, &st->cap_frames, lx->n_frames + 1,
	    sizeof(*lx->frames));
	f = &lx->frames[lx->n_frames];
	memset(f, 0, sizeof(*f));
	f->name = arena_strdup(st->arena, name);
	f->definition = definition ? arena_strdup(st->arena, definition) :
	    NULL;
	f->file = arena_strdup(st->arena, file);
	f->line = line;
	return (int)lx->n_frames++;
}

int
lexicon_frame_index(const struct lexicon *lx, const char *name)
{
	size_t	 i;

	for (i = 0; i < lx->n_frames; i++)
		if (strcmp(lx->frames[i].name, name) == 0)
			return (int)i;
	return -1;
}

bool
lexicon_entry_lang_ok(const struct lex_entry *e, const char *lang)
{
	size_t	 i;

	if (e->n_langs == 0 || lang == NULL)
		return true;
	for (i = 0; i < e->n_langs; i++)
		if (strcmp(e->langs[i], lang) == 0)
			return true;
	return false;
}

/* Splits off the next whitespace-separated word of *s (NUL-terminated). */
static char *
next_word(char **s)
{
	char	*p = *s, *w;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '\0')
		return NULL;
	w = p;
	while (*p != '\0' && *p != ' ' && *p != '\t')
		p++;
	if (*p != '\0')
		*p++ = '\0';
	*s = p;
	return w;
}

static bool
parse_gap(const char *w, unsigned *lo, unsigned *hi)
{
	char	*end;
	long	 a, b;

	if (!(w[0] >= '0' && w[0] <= '9'))
		return false;
	a = strtol(w, &end, 10);
	if (*end == '-') {
		b = strtol(end + 1, &end, 10);
	} else {
		b = a;
		a = 0;
	}
	if (*end != '\0' || a < 0 || b < a || b > MAX_GAP || b == 0)
		return false;
	*lo = (unsigned)a;
	*hi = (unsigned)b;
	return true;
}

static int
parse_item(struct lexicon *lx, struct lex_item *it, const char *w,
    const char *file, unsigned line)
{
	size_t	 n = strlen(w);
	char	 inner[256];

	memset(it, 0, sizeof(*it));
	if (w[0] == '[') {
		if (n < 3 || w[n - 1] != ']' || n - 2 >= sizeof(inner))
			return entry_error(file, line, "'%s': expected [N-M], "
			    "[N] or [word]", w);
		memcpy(inner, w + 1, n - 2);
		inner[n - 2] = '\0';
		if (inner[0] >= '0' && inner[0] <= '9') {
			if (!parse_gap(inner, &it->gap_min, &it->gap_max))
				return entry_error(file, line, "'%s': a gap is "
				    "[N-M] with 0 <= N <= M <= %d, M > 0", w,
				    MAX_GAP);
			return 0;
		}
		it->optional = true;
		w = inner;
	}
	if (strpbrk(w, "[]") != NULL)
		return entry_error(file, line, "'%s': unbalanced bracket", w);
	if (strspn(w, "*?") == strlen(w) && strchr(w, '*') != NULL)
		return entry_error(file, line, "'%s': a token of only "
		    "wildcards matches anything; use a gap such as [1]", w);
	it->glob = strpbrk(w, "*?") != NULL;
	it->word = arena_strdup(lx->store->arena, w);
	return 0;
}

static int
check_items(const struct lex_item *it, size_t n, const char *file,
    unsigned line)
{
	size_t	 i, required = 0, optional = 0;

	for (i = 0; i < n; i++) {
		if (it[i].word == NULL) {
			if (i == 0 || i == n - 1)
				return entry_error(file, line, "a gap must "
				    "stand between two tokens");
			if (it[i - 1].word == NULL)
				return entry_error(file, line, "two gaps in "
				    "a row");
		} else if (it[i].optional)
			optional++;
		else
			required++;
	}
	if (required == 0)
		return entry_error(file, line, "an entry needs at least one "
		    "token that is not optional");
	if (optional > MAX_OPTIONAL)
		return entry_error(file, line, "more than %d optional tokens",
		    MAX_OPTIONAL);
	return 0;
}

/* Compiles re once to report a syntax error where the entry is. */
static int
check_regex(const char *re, const char *file, unsigned line)
{
	struct pattern	*p;
	char		*err = NULL;
	int		 rc = 0;

	if ((p = pattern_new(re, 0, &err)) == NULL)
		rc = entry_error(file, line, "bad regular expression: %s",
		    err ? err : "?");
	pattern_free(p);
	free(err);
	return rc;
}

/*
 * Takes trailing " @xx" words (2 or 3 letters) off s into langs; returns
 * their number. A longer @word is a pattern word (an @mention).
 */
static size_t
take_langs(char *s, const char **langs, const char *file, unsigned line,
    struct arena *a, int *bad)
{
	size_t	 n = 0, len, i, k;
	char	*at;

	for (;;) {
		len = strlen(s);
		while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
			s[--len] = '\0';
		at = strrchr(s, '@');
		if (at == NULL || at == s || (at[-1] != ' ' && at[-1] != '\t'))
			break;
		k = strlen(at + 1);
		for (i = 1; i <= k; i++)
			if (!is_alpha((unsigned char)at[i]))
				break;
		if (i <= k || k < 2 || k > 3)
			break;	/* a word such as @mention, not a language */
		if (n == MAX_LANGS) {
			*bad = entry_error(file, line, "more than %d "
			    "languages", MAX_LANGS);
			break;
		}
		for (i = 1; i <= k; i++)
			at[i] |= 0x20;
		langs[n++] = arena_strdup(a, at + 1);
		*at = '\0';
	}
	return n;
}

int
lexicon_add_entry(struct lexicon *lx, unsigned frame, const char *text,
    const char *file, unsigned line, bool plain)
{
	struct lexicon_store	*st = lx->store;
	struct lex_entry	 e;
	struct lex_item		 items[MAX_ITEMS];
	const char		*langs[MAX_LANGS];
	char			*s, *p, *w;
	size_t			 n = 0;
	int			 bad = 0;

	memset(&e, 0, sizeof(e));
	s = arena_strdup(st->arena, text);
	while (*s == ' ' || *s == '\t')
		s++;
	e.text = arena_strdup(st->arena, s);
	if (!plain && *s == '!') {
		e.exclude = true;
		s++;
	}
	if (!plain)
		e.n_langs = take_langs(s, langs, file, line, st->arena, &bad);
	while (*s == ' ' || *s == '\t')
		s++;
	if (bad)
		return -1;
	if (!plain && strncmp(s, "re:", 3) == 0) {
		if (s[3] == '\0')
			return entry_error(file, line, "empty regular "
			    "expression");
		e.regex = s + 3;
		if (check_regex(e.regex, file, line) != 0)
			return -1;
	} else {
		p = s;
		while ((w = next_word(&p)) != NULL) {
			if (n == MAX_ITEMS)
				return entry_error(file, line, "more than %d "
				    "tokens and gaps", MAX_ITEMS);
			if (parse_item(lx, &items[n++], w, file, line) != 0)
				bad = -1;
		}
		if (bad)
			return -1;
		if (n == 0)
			return entry_error(file, line, "empty entry");
		if (check_items(items, n, file, line) != 0)
			return -1;
		e.items = arena_alloc(st->arena, n * sizeof(*items));
		memcpy(e.items, items, n * sizeof(*items));
		e.n_items = n;
	}
	if (e.n_langs > 0) {
		e.langs = arena_alloc(st->arena, e.n_langs * sizeof(*langs));
		memcpy(e.langs, langs, e.n_langs * sizeof(*langs));
	}
	e.file = arena_strdup(st->arena, file);
	e.line = line;
	e.frame = frame;
	if (!e.exclude)
		lx->frames[frame].n_entries++;
	lx->entries = xgrow(lx->entries, &st->cap_entries, lx->n_entries + 1,
	    sizeof(*lx->entries));
	lx->entries[lx->n_entries++] = e;
	return 0;
}

/* One line of a native file, trimmed; *frame is the current section. */
static int
parse_line(struct lexicon *lx, char *s, int *frame, const char *file,
    unsigned line)
{
	size_t	 n = strlen(s);
	int	 f;

	if (s[0] == '[' && s[n - 1] == ']' && strpbrk(s + 1, " \t[") == NULL) {
		s[n - 1] = '\0';
		f = lexicon_add_frame(lx, s + 1, NULL, file, line);
		*frame = f;
		return f < 0 ? -1 : 0;
	}
	if (*frame == -2)
		return entry_error(file, line, "entry before the first "
		    "[frame] section");
	if (*frame < 0)
		return 0;	/* the section header was bad: reported */
	if (s[0] == '=') {
		s++;
		while (*s == ' ' || *s == '\t')
			s++;
		if (lx->frames[*frame].definition != NULL)
			return entry_error(file, line, "frame '%s' has a "
			    "definition already", lx->frames[*frame].name);
		lx->frames[*frame].definition = arena_strdup(lx->store->arena,
		    s);
		return 0;
	}
	return lexicon_add_entry(lx, (unsigned)*frame, s, file, line, false);
}

int
lexicon_parse(struct lexicon *lx, const char *name, const char *data,
    size_t len)
{
	const char	*p = data, *end = data + len, *nl;
	char		*s;
	unsigned	 line = 0;
	size_t		 n, i;
	int		 frame = -2, rc = 0;

	while (p < end) {
		line++;
		nl = memchr(p, '\n', (size_t)(end - p));
		n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		if (memchr(p, '\0', n) != NULL) {
			rc = entry_error(name, line, "NUL byte in line");
		} else {
			s = xstrndup(p, n);
			while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == ' ' ||
			    s[n - 1] == '\t'))
				s[--n] = '\0';
			i = strspn(s, " \t");
			if (s[i] != '\0' && s[i] != '#' &&
			    parse_line(lx, s + i, &frame, name, line) != 0)
				rc = -1;
			free(s);
		}
		if (nl == NULL)
			break;
		p = nl + 1;
	}
	for (i = 0; i < lx->n_frames; i++)
		if (lx->frames[i].n_entries == 0 &&
		    strcmp(lx->frames[i].file, name) == 0)
			rc = entry_error(name, lx->frames[i].line, "frame '%s' "
			    "has no entries", lx->frames[i].name);
	if (lx->n_frames == 0 && rc == 0)
		rc = nf_error(name, "no [frame] sections");
	return rc;
}

/* A lexicon must be UTF-8: names the first line that is not. */
static int
check_text(const char *path, const char *data, size_t len)
{
	size_t		 i = 0, k;
	unsigned	 line = 1;

	while (i < len) {
		if (data[i] == '\n') {
			line++;
			i++;
			continue;
		}
		if ((k = utf8_valid_prefix((const unsigned char *)data + i,
		    len - i)) == 0)
			return entry_error(path, line, "not UTF-8 (convert the "
			    "file, e.g. with iconv -f windows-1252 -t utf-8)");
		i += k;
	}
	return 0;
}

int
lexicon_load(struct lexicon *lx, const char *path)
{
	FILE		*f;
	char		*data = NULL;
	size_t		 len = 0, cap = 0, got;
	const char	*ext = strrchr(path, '.');
	int		 rc;

	if ((f = fopen(path, "rb")) == NULL)
		return nf_error(path, "%s", strerror(errno));
	do {
		data = xgrow(data, &cap, len + 65536, 1);
		got = fread(data + len, 1, cap - len, f);
		len += got;
	} while (got > 0);
	if (ferror(f)) {
		rc = nf_error(path, "%s", strerror(errno));
		fclose(f);
		free(data);
		return rc;
	}
	fclose(f);
	if ((rc = check_text(path, data, len)) != 0) {
		free(data);
		return rc;
	}
	/* A byte-order mark, as Windows editors write, is not content. */
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		memmove(data, data + 3, len - 3);
		len -= 3;
	}
	if (ext != NULL && (strcmp(ext, ".yml") == 0 ||
	    strcmp(ext, ".yaml") == 0))
		rc = lexicon_import_yaml(lx, path, data, len);
	else if (ext != NULL && strcmp(ext, ".dic") == 0)
		rc = lexicon_import_dic(lx, path, data, len);
	else if (ext != NULL && strcmp(ext, ".lc3") == 0)
		rc = lexicon_import_lc3(lx, path, data, len);
	else
		rc = lexicon_parse(lx, path, data, len);
	free(data);
	return rc;
}
