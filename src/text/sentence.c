/* SPDX-License-Identifier: MIT */
/*
 * Sentence ends for the attribution finder (text/sentence.h). A sentence
 * ends at . ! ? or … followed by a space and a capital letter, digit,
 * quotation mark or dash, and at every paragraph break; never inside a
 * quotation (so «Мы против. Это неприемлемо», — заявил он stays one
 * sentence), after an initial ("J. Smith") or after a common abbreviation.
 */
#include <stdbool.h>
#include <string.h>

#include "core/utf8.h"
#include "text/quote.h"
#include "text/sentence.h"

static const char *const abbrev[] = {
	"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Col", "Lt", "Sgt",
	"Jr", "Sr", "vs", "etc", "Inc", "Ltd", "Co", "Corp", "Gov", "Sen",
	"Rep", "No", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec",
	"т", "е", "г", "гг", "им", "см", "тыс", "млн", "млрд", "руб", "ул",
	"др", "пр", NULL
};

static bool
upper_or_open(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	    (c >= 0xC0 && c <= 0xDE) || (c >= 0x400 && c <= 0x42F) ||
	    c == '"' || c == 0xAB || c == 0x201C || c == 0x201E ||
	    c == 0x2014 || c == 0x2013 || c == '(' || c == 0x2039;
}

/* True when the word ending at byte i is an abbreviation or initial. */
static bool
abbreviation(const char *t, size_t i)
{
	size_t	 j = i, n, k;

	while (j > 0 && ((unsigned char)t[j - 1] >= 0x80 ||
	    (t[j - 1] >= 'a' && t[j - 1] <= 'z') ||
	    (t[j - 1] >= 'A' && t[j - 1] <= 'Z')))
		j--;
	n = i - j;
	if (n == 1 && t[j] >= 'A' && t[j] <= 'Z')
		return true;
	if (n == 2 && (unsigned char)t[j] == 0xD0 &&
	    (unsigned char)t[j + 1] >= 0x90 && (unsigned char)t[j + 1] <= 0xAF)
		return true;	/* a Cyrillic initial */
	for (k = 0; abbrev[k] != NULL; k++)
		if (strlen(abbrev[k]) == n && memcmp(t + j, abbrev[k], n) == 0)
			return true;
	return false;
}

static bool
closing_mark(uint32_t c)
{
	return c == '"' || c == 0xBB || c == 0x201D || c == 0x201C ||
	    c == 0x203A;
}

/*
 * A top-level quotation ending in . ! ? or … and followed by a capital
 * letter ends the sentence: “We are ready.” The talks went on. (A dash
 * after it, as in «Мы готовы!» — заявил он, does not.)
 */
static bool
quote_end_split(const unsigned char *t, size_t len, size_t i, size_t n,
    const struct quotes *qs)
{
	size_t		 k = i + n;
	uint32_t	 d;

	if (i == 0 || !(t[i - 1] == '.' || t[i - 1] == '!' || t[i - 1] == '?' ||
	    (i >= 3 && t[i - 3] == 0xE2 && t[i - 2] == 0x80 &&
	    t[i - 1] == 0xA6)))
		return false;
	if (k >= len || t[k] != ' ' || quote_at(qs, k) >= 0 ||
	    quote_at(qs, i) < 0)
		return false;
	while (k < len && t[k] == ' ')
		k++;
	if (k >= len || utf8_decode(t + k, len - k, &d) == 0)
		return false;
	return (d >= 'A' && d <= 'Z') || (d >= 0x410 && d <= 0x42F) ||
	    d == 0x401;
}

size_t
sentence_end(const char *text, size_t len, size_t from,
    const struct quotes *qs)
{
	const unsigned char	*t = (const unsigned char *)text;
	size_t			 i = from, n, j;
	uint32_t		 c, d;

	while (i < len) {
		n = utf8_decode(t + i, len - i, &c);
		if (n == 0)
			n = 1;
		if (c == '\n' && i + 1 < len && t[i + 1] == '\n')
			return i;
		if (closing_mark(c) && quote_end_split(t, len, i, n, qs))
			return i + n;
		if ((c == '.' || c == '!' || c == '?' || c == 0x2026) &&
		    quote_at(qs, i) < 0 &&
		    !(c == '.' && abbreviation(text, i))) {
			j = i + n;
			while (j < len && (t[j] == '.' || t[j] == '!' ||
			    t[j] == '?' || t[j] == ')'))
				j++;
			if (j >= len)
				return len;
			if (t[j] == ' ' || t[j] == '\n' || t[j] == '\t') {
				size_t	 k = j;

				while (k < len && (t[k] == ' ' || t[k] == '\t' ||
				    t[k] == '\n'))
					k++;
				if (k >= len)
					return j;
				utf8_decode(t + k, len - k, &d);
				if (upper_or_open(d))
					return j;
			}
		}
		i += n;
	}
	return len;
}
