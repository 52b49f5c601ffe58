/* SPDX-License-Identifier: MIT */
/*
 * The tokenizer (rules in include/text/token.h). One pass over the
 * original bytes classifies each code point (ASCII by a switch, the rest
 * by its Unicode category from utf8proc) and cuts tokens; each token's
 * normal form is then made either by lowercasing (all-ASCII tokens, the
 * common case) or by utf8proc's NFKC + case fold into a scratch buffer.
 * Token arrays grow by doubling in the arena and normal forms are bumped
 * out of arena chunks, so a record costs a handful of arena allocations
 * however many tokens it has. Classes and folding: text/fold.c. Plain
 * words (ASCII and Cyrillic letters, digits) are cut, folded and handed
 * out by the fast path in token_fast.c; everything else comes here.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/utf8.h"
#include "text/fold.h"
#include "text/token.h"
#include "token_int.h"

#define POOL_CHUNK	8192

/* Folded forms after which a "." does not end a sentence (sorted, C). */
static const char *const abbrevs[] = {
	"acad", "approx", "apr", "aug", "bzw", "ca", "capt", "cf", "co",
	"col", "corp", "dec", "dept", "dr", "env", "feb", "fig", "gen",
	"gov", "hr", "inc", "jan", "jr", "jul", "jun", "lt", "ltd",
	"maj", "messrs", "mlle", "mme", "mr", "mrs", "ms", "mt", "nov",
	"nr", "oct", "pp", "prof", "rep", "rev", "sen", "sep", "sept",
	"sgt", "sr", "st", "str", "usw", "vgl", "vol", "vs", "акад",
	"б", "вв", "г", "гг", "ген", "гл", "гр", "д", "др",
	"ж", "им", "кв", "коп", "м", "млн", "млрд", "н", "напр",
	"обл", "п", "пер", "пл", "пр", "проф", "р", "руб", "с",
	"см", "ст", "стр", "т", "тел", "тт", "тыс", "ул", "ч",
	"чел", "шт", "э",
};

static bool
abbrev_known(const char *s)
{
	size_t	 lo = 0, hi = sizeof(abbrevs) / sizeof(abbrevs[0]), mid;
	int	 c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if ((c = strcmp(s, abbrevs[mid])) == 0)
			return true;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
}

/* Starts the next token: its span and kind; the norm comes next. */
static struct token *
push(struct tk *t, size_t start, size_t end, enum tok_kind kind)
{
	struct token	*tok = tk_next(t);

	tok->start = start;
	tok->end = end;
	tok->kind = kind;
	return tok;
}

/* Upper and lower case of the first character of a token at start. */
static void
first_case(const struct tk *t, size_t start, bool *upper, bool *lower)
{
	uint32_t	 cp;
	size_t		 n;

	if (t->s[start] < 0x80) {
		cp = t->s[start];
		*upper = cp >= 'A' && cp <= 'Z';
		*lower = cp >= 'a' && cp <= 'z';
	} else {
		tk_cls_at(t, start, &cp, &n);
		*upper = cls_upper(cp);
		*lower = cls_lower(cp);
	}
}

void
tk_grow(struct tk *t)
{
	struct token	*v;

	t->cap = t->cap ? t->cap * 2 : t->cap_hint;
	v = arena_alloc(t->a, t->cap * sizeof(*v));
	if (t->out->n)
		memcpy(v, t->out->v, t->out->n * sizeof(*v));
	t->out->v = v;
}

static void
push_folded(struct tk *t, size_t start, size_t end, enum tok_kind kind,
    enum fold f)
{
	struct token	*tok = push(t, start, end, kind);
	char		*norm;
	bool		 upper, lower;

	tok->norm_len = fold_span(&t->fp, f, (const char *)t->s + start,
	    end - start, end - start, &norm);
	tok->norm = norm;
	/*
	 * Some letters fold to nothing (U+FFA0 HALFWIDTH HANGUL FILLER under
	 * NFKC + case fold): no token, and no sentence break taken by it.
	 */
	if (tok->norm_len == 0)
		return;
	first_case(t, start, &upper, &lower);
	tk_commit(t, upper, lower);
}

static bool
word_cls(enum cls c)
{
	return c == C_LETTER || c == C_DIGIT || c == C_MARK;
}

/*
 * Scans a word or number from i (a letter or digit). Returns its end;
 * *letter tells whether it holds a letter, *f how to fold it.
 */
static size_t
scan_word(const struct tk *t, size_t i, bool *letter, enum fold *f)
{
	enum cls	 c, next, after;
	uint32_t	 cp, cp2, cp3;
	size_t		 n, n2, n3, seg = 0;
	enum cls	 prev = C_OTHER;

	*letter = false;
	*f = F_ASCII;
	for (;;) {
		/* ASCII letters and digits, the common case, undecoded. */
		while (i < t->len && t->s[i] < 0x80 &&
		    (fold_ascii_cls[t->s[i]] == C_LETTER ||
		    fold_ascii_cls[t->s[i]] == C_DIGIT)) {
			prev = (enum cls)fold_ascii_cls[t->s[i++]];
			*letter |= prev == C_LETTER;
			seg++;
		}
		/* Cyrillic letters, likewise. */
		while (i + 1 < t->len && t->s[i] >= 0xD0 && t->s[i] <= 0xD4 &&
		    (t->s[i + 1] & 0xC0) == 0x80) {
			cp = ((uint32_t)(t->s[i] & 0x1F) << 6) |
			    (t->s[i + 1] & 0x3F);
			if (!(cp <= 0x481 || (cp >= 0x48A && cp <= 0x52F)))
				break;
			prev = C_LETTER;
			*letter = true;
			if (*f < F_SIMPLE)
				*f = F_SIMPLE;
			seg++;
			i += 2;
		}
		c = tk_cls_at(t, i, &cp, &n);
		if (n == 0)
			break;
		if (word_cls(c)) {
			*letter |= c == C_LETTER;
			if (fold_level(cp) > *f)
				*f = c == C_LETTER ? fold_level(cp) : F_FULL;
			seg++;
			prev = c;
			i += n;
			continue;
		}
		/* Only these may continue a word: spaces end it at once. */
		if (c != C_FORMAT && c != C_APOS && c != C_HYPHEN &&
		    c != C_DOT && c != C_COMMA)
			break;
		next = tk_cls_at(t, i + n, &cp2, &n2);
		if (c == C_FORMAT && word_cls(next)) {
			*f = F_FULL;
			i += n;
			continue;
		}
		if ((c == C_APOS || c == C_HYPHEN) && (next == C_LETTER ||
		    (next == C_DIGIT && *letter))) {
			if (cp >= 0x80)
				*f = F_FULL;
			seg = 0;
			i += n;
			continue;
		}
		if ((c == C_DOT || c == C_COMMA) && cp < 0x80 && !*letter &&
		    prev == C_DIGIT && next == C_DIGIT) {
			i += n;
			continue;
		}
		if (c == C_DOT && cp == '.' && seg == 1 && prev == C_LETTER &&
		    next == C_LETTER) {
			after = tk_cls_at(t, i + n + n2, &cp3, &n3);
			if (after == C_DOT && cp3 == '.') {
				seg = 0;
				i += n;
				continue;
			}
		}
		break;
	}
	return i;
}

static bool
ascii_prefix(const unsigned char *s, size_t len, const char *p)
{
	size_t	 i, n = strlen(p);

	if (len < n)
		return false;
	for (i = 0; i < n; i++)
		if ((s[i] | (s[i] >= 'A' && s[i] <= 'Z' ? 0x20 : 0)) != p[i])
			return false;
	return true;
}

static bool
url_stop(const struct tk *t, size_t i, size_t *n)
{
	uint32_t	 cp;
	enum cls	 c = tk_cls_at(t, i, &cp, n);

	if (*n == 0 || c == C_SPACE || c == C_NL)
		return true;
	/* An invalid byte (length 1, not ASCII) is never copied into a token. */
	if (*n == 1 && t->s[i] >= 0x80)
		return true;
	if (cp < 0x20 || cp == 0x7f)
		return true;
	return cp < 0x80 && strchr("<>\"`{}|\\^", (int)cp) != NULL;
}

static const char *const schemes[] = { "http://", "https://", "ftp://",
    "www." };

bool
tk_url_scheme(const struct tk *t, size_t i)
{
	size_t	 k;

	for (k = 0; k < 4; k++)
		if (ascii_prefix(t->s + i, t->len - i, schemes[k]))
			return true;
	return false;
}

/* Length of a URL at i, or 0. */
static size_t
scan_url(const struct tk *t, size_t i, size_t *host_end)
{
	const unsigned char	*s = t->s + i;
	size_t			 k, j, n, open = 0, close = 0;
	size_t			 rest = t->len - i;

	for (k = 0; k < 4; k++)
		if (ascii_prefix(s, rest, schemes[k]))
			break;
	if (k == 4 || rest <= strlen(schemes[k]))
		return 0;
	j = i + strlen(schemes[k]);
	while (!url_stop(t, j, &n)) {
		open += t->s[j] == '(';
		close += t->s[j] == ')';
		j += n;
	}
	/* Trailing punctuation belongs to the sentence, not the URL. */
	while (j > i) {
		unsigned char	 b = t->s[j - 1];

		if (b == ')' && close > open) {
			close--;
			j--;
		} else if (b < 0x80 && strchr(".,;:!?'\"]}", b) != NULL)
			j--;
		else if (j - i >= 3 && (memcmp(t->s + j - 3, "\u2019", 3) == 0
		    || memcmp(t->s + j - 3, "\u201d", 3) == 0))
			j -= 3;
		else if (j - i >= 2 && memcmp(t->s + j - 2, "\u00bb", 2) == 0)
			j -= 2;
		else
			break;
	}
	if (j <= i + strlen(schemes[k]))
		return 0;
	for (*host_end = i + strlen(schemes[k]); *host_end < j &&
	    t->s[*host_end] != '/'; (*host_end)++)
		;
	return j - i;
}

static bool
email_local(unsigned char b)
{
	return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') ||
	    (b >= '0' && b <= '9') || (b != 0 && strchr("._%+-", b) != NULL);
}

static bool
ascii_alnum(unsigned char b)
{
	return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') ||
	    (b >= '0' && b <= '9');
}

size_t
tk_scan_email(const struct tk *t, size_t i)
{
	const unsigned char	*s = t->s;
	size_t			 j = i, lab, dots = 0, last = 0, end;

	if (i > 0 && email_local(s[i - 1]))
		return 0;
	while (j < t->len && j - i < 64 && email_local(s[j]))
		j++;
	if (j == i || j >= t->len || s[j] != '@')
		return 0;
	end = ++j;
	for (;;) {
		lab = j;
		while (j < t->len && (ascii_alnum(s[j]) || s[j] == '-'))
			j++;
		if (j == lab)
			break;
		end = j;
		last = j - lab;
		if (j + 1 < t->len && s[j] == '.' && ascii_alnum(s[j + 1])) {
			dots++;
			j++;
		} else
			break;
	}
	if (dots == 0 || last < 2)
		return 0;
	return end - i;
}

/* Length of @name or #tag at i (the sigil included), or 0. */
static size_t
scan_tag(const struct tk *t, size_t i, bool need_letter, enum fold *f)
{
	uint32_t	 cp;
	size_t		 j = i + 1, n;
	enum cls	 c;
	bool		 letter = false;

	if (i > 0 && (ascii_alnum(t->s[i - 1]) || t->s[i - 1] == '_'))
		return 0;
	*f = F_ASCII;
	while ((c = tk_cls_at(t, j, &cp, &n)) == C_LETTER || c == C_DIGIT ||
	    c == C_UNDER || (c == C_MARK && j > i + 1)) {
		letter |= c == C_LETTER;
		if (fold_level(cp) > *f)
			*f = c == C_LETTER ? fold_level(cp) : F_FULL;
		j += n;
	}
	if (j == i + 1 || (need_letter && !letter))
		return 0;
	return j - i;
}

/* A "." right after the last token: does it end the sentence? */
static enum brk
dot_break(const struct tk *t, size_t i)
{
	const struct token	*p;
	uint32_t		 cp;
	size_t			 n;

	if (t->out->n == 0)
		return BRK_NONE;
	p = &t->out->v[t->out->n - 1];
	if (p->end != i || p->kind != TOK_WORD)
		return BRK_DOT;
	if (strchr(p->norm, '.') != NULL || abbrev_known(p->norm))
		return BRK_NONE;
	n = utf8_decode(t->s + p->start, p->end - p->start, &cp);
	if (p->upper && n == p->end - p->start)
		return BRK_NONE;	/* an initial: A. Smith, В. Путин */
	return BRK_DOT;
}

/* Handles the non-token character at i; returns the next position. */
static size_t
punct(struct tk *t, size_t i, enum cls c, uint32_t cp, size_t n)
{
	uint32_t	 cp2;
	size_t		 j, n2, nl = 0;
	enum cls	 next;

	if (c == C_NL) {
		for (j = i; (c = tk_cls_at(t, j, &cp2, &n2)) == C_NL ||
		    (c == C_SPACE && n2 > 0); j += n2)
			nl += c == C_NL;
		if (nl >= 2 || cp == 0x2029)
			t->brk = BRK_HARD;
		return j;
	}
	if (c != C_DOT && c != C_TERM)
		return i + n;
	next = tk_cls_at(t, i + n, &cp2, &n2);
	if (cp < 0x80 && (next == C_LETTER || next == C_DIGIT))
		return i + n;	/* rt.com, 3!4: no sentence end here */
	if (c == C_TERM)
		t->brk = BRK_HARD;
	else if (t->brk == BRK_NONE)
		t->brk = cp == '.' ? dot_break(t, i) : BRK_DOT;
	return i + n;
}

/*
 * Length of a French/Italian elision at i (l', d', qu', j', ... before a
 * letter), or 0: "l'état" gives the tokens "l'" and "état".
 */
static size_t
elision(const struct tk *t, size_t i)
{
	const unsigned char	*s = t->s + i;
	size_t			 k, rest = t->len - i, apos;
	uint32_t		 cp;

	/* Cheap rejection first: this runs at every ASCII word. */
	if (rest < 3 || (s[1] != '\'' && s[1] != 0xE2 && s[2] != '\'' &&
	    s[2] != 0xE2))
		return 0;
	if (rest >= 2 && (s[0] | 0x20) == 'q' && (s[1] | 0x20) == 'u')
		k = 2;
	else if (rest >= 1 && strchr("cdjlmnst", s[0] | 0x20) != NULL &&
	    s[0] != 0)
		k = 1;
	else
		return 0;
	if (rest > k && s[k] == '\'')
		apos = 1;
	else if (rest >= k + 3 && memcmp(s + k, "\u2019", 3) == 0)
		apos = 3;
	else
		return 0;
	if (tk_cls_at(t, i + k + apos, &cp, &rest) != C_LETTER)
		return 0;
	return k + apos;
}

static size_t
token_at(struct tk *t, size_t i, enum cls c, uint32_t cp, size_t n)
{
	struct token	*tok;
	size_t		 len, host = 0, end;
	bool		 letter;
	enum fold	 f;
	char		*norm;

	if (c == C_IDEO) {
		push_folded(t, i, i + n, TOK_WORD, F_FULL);
		return i + n;
	}
	if ((c == C_AT || c == C_HASH) &&
	    (len = scan_tag(t, i, c == C_HASH, &f)) > 0) {
		push_folded(t, i, i + len, c == C_AT ? TOK_MENTION :
		    TOK_HASHTAG, f);
		return i + len;
	}
	if (c == C_LETTER && cp < 0x80 && ((cp | 0x20) == 'h' ||
	    (cp | 0x20) == 'f' || (cp | 0x20) == 'w') &&
	    (i == 0 || !ascii_alnum(t->s[i - 1])) &&
	    (len = scan_url(t, i, &host)) > 0) {
		tok = push(t, i, i + len, TOK_URL);
		tok->norm_len = fold_span(&t->fp, F_ASCII,
		    (const char *)t->s + i, len, host - i, &norm);
		tok->norm = norm;
		tk_commit(t, cp >= 'A' && cp <= 'Z', cp >= 'a' && cp <= 'z');
		return i + len;
	}
	if ((c == C_LETTER || c == C_DIGIT) && cp < 0x80 && t->has_at &&
	    (len = tk_scan_email(t, i)) > 0) {
		push_folded(t, i, i + len, TOK_EMAIL, F_ASCII);
		return i + len;
	}
	if (c == C_LETTER && cp < 0x80 && (len = elision(t, i)) > 0) {
		push_folded(t, i, i + len, TOK_WORD, len > 2 ? F_FULL :
		    F_ASCII);
		return i + len;
	}
	if (c == C_LETTER || c == C_DIGIT) {
		end = scan_word(t, i, &letter, &f);
		push_folded(t, i, end, letter ? TOK_WORD : TOK_NUMBER, f);
		return end;
	}
	return punct(t, i, c, cp, n);
}

void
tk_begin(struct tk *t, const char *text, size_t len, struct arena *a,
    struct tokens *out, int32_t *scratch)
{
	memset(t, 0, sizeof(*t));
	t->s = (const unsigned char *)text;
	t->len = len;
	t->a = a;
	t->out = out;
	t->cap_hint = len / 6 + 16 < 65536 ? len / 6 + 16 : 65536;
	t->fp.a = a;
	t->fp.chunk = POOL_CHUNK;
	t->fp.scratch_cap = TK_SCRATCH;
	t->fp.scratch = scratch;
	t->has_at = true;
	t->cyr = fold_cyr_pairs();
	out->v = NULL;
	out->n = 0;
}

size_t
tk_step(struct tk *t, size_t i)
{
	uint32_t	 cp;
	size_t		 n;
	enum cls	 c;

	/* Plain spaces between words: nothing to do. */
	if (t->s[i] == ' ')
		return i + 1;
	c = tk_cls_at(t, i, &cp, &n);
	return token_at(t, i, c, cp, n);
}

/* Tokenizes t->s: plain words by the fast path if t->fast, the rest here. */
static void
run(struct tk *t)
{
	size_t	 i = 0;

	/* No '@', no e-mail address: the fast path need not look for one. */
	t->has_at = memchr(t->s, '@', t->len) != NULL;
	while (i < t->len) {
		if (t->fast && (i = tk_fast_run(t, i)) == t->len)
			break;
		i = tk_step(t, i);
	}
}

static void
text_tokens(const char *text, size_t len, struct arena *a,
    struct tokens *out, bool fast, bool simd)
{
	int32_t		 scratch[TK_SCRATCH];
	struct tk	 t;

	tk_begin(&t, text, len, a, out, scratch);
	t.fast = fast;
	t.simd = simd;
	run(&t);
	out->sentences = out->n ? t.sent + 1 : 0;
}

void
tok_text(const char *text, size_t len, struct arena *a, struct tokens *out)
{
	text_tokens(text, len, a, out, true, true);
}

void
tok_text_general(const char *text, size_t len, struct arena *a,
    struct tokens *out)
{
	text_tokens(text, len, a, out, false, false);
}

void
tok_text_portable(const char *text, size_t len, struct arena *a,
    struct tokens *out)
{
	text_tokens(text, len, a, out, true, false);
}

const char *
tok_kind_name(enum tok_kind k)
{
	static const char *const names[] = { "word", "number", "url",
	    "email", "mention", "hashtag" };

	return (unsigned)k < sizeof(names) / sizeof(names[0]) ? names[k] :
	    "?";
}
