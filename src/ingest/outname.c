/* SPDX-License-Identifier: MIT */
/*
 * Outlet names compared loosely, for telling an outlet's own name from a
 * credit line naming another outlet (see emit.c). Folding keeps ASCII
 * letters and digits, lowercased, drops the marks of Latin-1 letters
 * ("PAÍS" is "pais") and transliterates Cyrillic (Russian, Ukrainian and
 * Kazakh letters) so a name in Cyrillic can be compared with a Latin
 * domain. Everything is bytewise: no locale.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/buf.h"
#include "core/utf8.h"
#include "ingest/outlets.h"
#include "ingest/outname.h"

#define COMMON_MIN	6

/* Latin for а..я (U+0430..U+044F). */
static const char *const cyr[32] = {
	"a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m",
	"n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh",
	"shch", "", "y", "", "e", "iu", "ia"
};

/* Base letters of U+00C0..U+00FF (Latin-1 letters with marks). */
static const char latin1[] =
    "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
    "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";

static const char *
translit(uint32_t c)
{
	static const char	*one[26] = {
		"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l",
		"m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x",
		"y", "z"
	};

	if (c >= 0xC0 && c <= 0xFF && latin1[c - 0xC0] != '\0')
		return one[latin1[c - 0xC0] - 'a'];
	if (c >= 0x410 && c <= 0x42F)
		c += 32;
	if (c >= 0x430 && c <= 0x44F)
		return cyr[c - 0x430];
	switch (c) {
	case 0x451: case 0x401: case 0x454: case 0x404:	/* ё є */
		return "e";
	case 0x456: case 0x406: case 0x457: case 0x407:	/* і ї */
		return "i";
	case 0x491: case 0x490: case 0x493: case 0x492:	/* ґ ғ */
		return "g";
	case 0x49B: case 0x49A:				/* қ */
		return "k";
	case 0x4A3: case 0x4A2:				/* ң */
		return "n";
	case 0x4D9: case 0x4D8:				/* ә */
		return "a";
	case 0x4E9: case 0x4E8: case 0x4B1: case 0x4B0:	/* ө ұ */
	case 0x4AF: case 0x4AE:				/* ү */
		return c == 0x4E9 || c == 0x4E8 ? "o" : "u";
	case 0x4BB: case 0x4BA:				/* һ */
		return "h";
	}
	return NULL;
}

/*
 * Folds s into b; with initials, only the first letter of each word.
 * A leading "the " is dropped.
 */
static void
fold(const char *s, struct buf *b, bool initials)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 len, n;
	uint32_t		 c;
	const char		*t;
	bool			 start = true;

	buf_reset(b);
	if (strncasecmp(s, "the ", 4) == 0)
		p += 4;
	len = strlen((const char *)p);
	while (len > 0) {
		n = utf8_decode(p, len, &c);
		if (n == 0)
			n = 1;
		p += n;
		len -= n;
		if (c >= 'A' && c <= 'Z')
			c += 32;
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (!initials || start)
				buf_addc(b, (int)c);
		} else if ((t = translit(c)) != NULL) {
			if (!initials || start)
				buf_adds(b, initials ? (char[2]){ t[0], 0 } :
				    t);
		} else if (c >= 0x80) {
			/* Other letters: keep the bytes, never "start". */
			if (!initials)
				buf_add(b, p - n, n);
			start = false;
			continue;
		} else {
			start = true;
			continue;
		}
		start = false;
	}
}

bool
outname_same(const char *a, const char *b)
{
	struct buf	 x, y;
	bool		 same;

	buf_init(&x);
	buf_init(&y);
	fold(a, &x, false);
	fold(b, &y, false);
	same = x.len > 0 && x.len == y.len && memcmp(x.data, y.data,
	    x.len) == 0;
	buf_release(&x);
	buf_release(&y);
	return same;
}

/* Length of the longest common substring of a and b. */
static size_t
common(const char *a, const char *b)
{
	size_t	 la = strlen(a), lb = strlen(b), i, j, k, best = 0;

	for (i = 0; i < la; i++)
		for (j = 0; j < lb; j++) {
			for (k = 0; i + k < la && j + k < lb &&
			    a[i + k] == b[j + k]; k++)
				;
			if (k > best)
				best = k;
		}
	return best;
}

/* Is the folded name x like the folded other name y? */
static bool
like(const char *x, const char *y)
{
	size_t	 lx = strlen(x), ly = strlen(y), c;

	if (lx == 0 || ly == 0)
		return false;
	if (strstr(x, y) != NULL || strstr(y, x) != NULL)
		return true;
	/* Names are short; the quadratic scan is cheap. */
	c = common(x, y);
	return c >= COMMON_MIN;
}

/*
 * The last question this thread asked outname_like and its answer: the
 * items of a feed ask it with the same outlet and host again and again.
 * A string that does not fit is not remembered.
 */
struct memo {
	bool	 valid, answer, has_outlet, has_domain;
	char	 name[256], outlet[256], domain[256];
};

static _Thread_local struct memo memo;

static bool
same_or_null(bool has, const char *kept, const char *s)
{
	return s == NULL ? !has : has && strcmp(kept, s) == 0;
}

static bool
keep(char *to, size_t size, const char *s)
{
	size_t	 n;

	if (s == NULL)
		return true;
	if ((n = strlen(s)) >= size)
		return false;
	memcpy(to, s, n + 1);
	return true;
}

static bool
like_outlet(const char *name, const struct outlet_entry *e,
    const char *domain)
{
	struct buf	 fn, fo, in;
	const char	*dot;
	bool		 yes = false;

	buf_init(&fn);
	buf_init(&fo);
	buf_init(&in);
	fold(name, &fn, false);
	if (e != NULL) {
		fold(e->outlet, &fo, false);
		yes = like(fn.data, fo.data);
	}
	if (!yes && domain != NULL && (dot = strchr(domain, '.')) != NULL &&
	    dot - domain >= 2 && dot - domain < 64) {
		char	 label[64];

		memcpy(label, domain, (size_t)(dot - domain));
		label[dot - domain] = '\0';
		fold(label, &fo, false);
		fold(name, &in, true);
		yes = (fo.len >= 3 && strstr(fn.data, fo.data) != NULL) ||
		    like(fn.data, fo.data) ||
		    (in.len >= 2 && strcmp(in.data, fo.data) == 0);
	}
	buf_release(&fn);
	buf_release(&fo);
	buf_release(&in);
	return yes;
}

bool
outname_like(const char *name, const struct outlet_entry *e,
    const char *domain)
{
	const char	*outlet = e != NULL ? e->outlet : NULL;
	bool		 yes;

	if (name == NULL)
		return false;
	if (memo.valid && strcmp(memo.name, name) == 0 &&
	    same_or_null(memo.has_outlet, memo.outlet, outlet) &&
	    same_or_null(memo.has_domain, memo.domain, domain))
		return memo.answer;
	yes = like_outlet(name, e, domain);
	memo.valid = keep(memo.name, sizeof(memo.name), name) &&
	    keep(memo.outlet, sizeof(memo.outlet), outlet) &&
	    keep(memo.domain, sizeof(memo.domain), domain);
	memo.has_outlet = outlet != NULL;
	memo.has_domain = domain != NULL;
	memo.answer = yes;
	return yes;
}
