/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: the tokenizer on any bytes (invalid UTF-8 included).
 * Tokens come in text order, with non-empty spans inside the text,
 * non-empty valid UTF-8 normal forms and non-decreasing sentence numbers
 * below the sentence count; tok_fold of a word's span gives its form.
 * The general path alone (tok_text_general) gives the same tokens as the
 * fast path for plain words does, and termize_unigrams and termize_seq,
 * which cut plain words themselves, give the ids termize_ids gives (and
 * termize_seq its sentences, stop words and spaces too).
 */
#include <string.h>

#include "harness.h"
#include "text/termize.h"
#include "text/token.h"
#include "text/vocab.h"

/* termize_unigrams, termize_seq and termize_ids agree on text (NUL-ended). */
static void
same_termize(const char *text, const char *lang, struct arena *a)
{
	struct termize	 x, y, z;
	struct gram_id	*g, *q;
	const uint32_t	*ids;
	const char	*opt, *err;
	size_t		 n, m, nids, i, k = 0;
	bool		 space, sp;

	if (termize_init(&x, "auto", false, NULL, &opt, &err) != 0 ||
	    termize_init(&y, "auto", false, NULL, &opt, &err) != 0 ||
	    termize_init(&z, "auto", false, NULL, &opt, &err) != 0)
		abort();
	n = termize_ids(&x, text, lang, a, &g, &space);
	m = termize_unigrams(&y, text, lang, a, &ids, &nids);
	if (n != m)
		abort();
	if (termize_seq(&z, text, lang, a, &q, &sp) != n || sp != space)
		abort();
	for (i = 0; i < n; i++)
		if (q[i].id != g[i].id || q[i].sentence != g[i].sentence ||
		    q[i].stop != g[i].stop)
			abort();
	for (i = 0; i < n; i++) {
		if (g[i].stop)
			continue;
		if (k == nids || g[i].id != ids[k] ||
		    strcmp(vocab_str(vocab_get(x.vocab, g[i].id)),
		    vocab_str(vocab_get(y.vocab, ids[k]))) != 0)
			abort();
		k++;
	}
	if (k != nids)
		abort();
	termize_release(&x);
	termize_release(&y);
	termize_release(&z);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct arena		*a = arena_new();
	const char		*text = (const char *)data;
	const struct token	*t;
	struct tokens		 toks, gen;
	size_t			 i, prev_end = 0;
	unsigned		 prev_sent = 0;

	tok_text(text, len, a, &toks);
	if (toks.n > 0 && toks.sentences == 0)
		abort();
	tok_text_general(text, len, a, &gen);
	if (gen.n != toks.n || gen.sentences != toks.sentences)
		abort();
	for (i = 0; i < toks.n; i++)
		if (gen.v[i].start != toks.v[i].start ||
		    gen.v[i].end != toks.v[i].end ||
		    gen.v[i].sentence != toks.v[i].sentence ||
		    gen.v[i].kind != toks.v[i].kind ||
		    gen.v[i].upper != toks.v[i].upper ||
		    gen.v[i].norm_len != toks.v[i].norm_len ||
		    strcmp(gen.v[i].norm, toks.v[i].norm) != 0)
			abort();
	for (i = 0; i < toks.n; i++) {
		t = &toks.v[i];
		if (t->start >= t->end || t->end > len || t->start < prev_end ||
		    t->sentence < prev_sent || t->sentence >= toks.sentences ||
		    t->norm == NULL || t->norm_len == 0 ||
		    strlen(t->norm) != t->norm_len ||
		    !utf8_valid(t->norm, t->norm_len))
			abort();
		prev_end = t->end;
		prev_sent = t->sentence;
		(void)tok_fold(text + t->start, t->end - t->start, a, NULL);
	}
	same_termize(arena_strndup(a, text, len), len > 0 && data[0] & 1 ?
	    "ru" : "en", a);
	arena_free(a);
	return 0;
}
