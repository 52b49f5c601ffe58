/* SPDX-License-Identifier: MIT */
/*
 * The attribute guard of include/ingest/markup.h. A start tag is '<' and
 * an ASCII letter; its attributes are read the way the HTML tokenizer
 * does (name, optional = and a quoted or bare value) up to the '>'. The
 * scan is linear: each byte is looked at a bounded number of times.
 */
#include <string.h>

#include "ingest/markup.h"

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static bool
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * Reads the attributes of the tag whose name starts at i; past max of
 * them, blanks them when p is writable (blank). Returns the index after
 * the tag; *over is set when the tag has more than max.
 */
static size_t
tag(char *p, const char *s, size_t len, size_t i, size_t max, bool *over)
{
	size_t	 n = 0, start;
	char	 q;

	while (i < len && !is_space(s[i]) && s[i] != '>' && s[i] != '/')
		i++;
	for (;;) {
		while (i < len && (is_space(s[i]) || s[i] == '/'))
			i++;
		if (i >= len || s[i] == '>' || s[i] == '<')
			return i;
		start = i;
		while (i < len && !is_space(s[i]) && s[i] != '>' &&
		    s[i] != '=' && s[i] != '<' && (i == start || s[i] != '/'))
			i++;
		while (i < len && is_space(s[i]))
			i++;
		if (i < len && s[i] == '=') {
			i++;
			while (i < len && is_space(s[i]))
				i++;
			if (i < len && (s[i] == '"' || s[i] == '\'')) {
				q = s[i++];
				while (i < len && s[i] != q)
					i++;
				if (i < len)
					i++;
			} else
				while (i < len && !is_space(s[i]) &&
				    s[i] != '>')
					i++;
		}
		if (++n > max) {
			*over = true;
			if (p == NULL)
				return i;
			memset(p + start, ' ', i - start);
		}
	}
}

static size_t
scan(char *p, const char *s, size_t len, size_t max)
{
	size_t	 i = 0, cut = 0;
	bool	 over;
	const char *lt;

	while (i < len && (lt = memchr(s + i, '<', len - i)) != NULL) {
		i = (size_t)(lt - s) + 1;
		if (i >= len || !is_alpha(s[i]))
			continue;
		over = false;
		i = tag(p, s, len, i, max, &over);
		if (over) {
			cut++;
			if (p == NULL)
				return cut;
		}
	}
	return cut;
}

bool
markup_attrs_over(const char *p, size_t len, size_t max)
{
	return scan(NULL, p, len, max) > 0;
}

size_t
markup_cap_attrs(char *p, size_t len, size_t max)
{
	return scan(p, p, len, max);
}
