/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: the tokenizer on any bytes (invalid UTF-8 included).
 * Tokens come in text order, with non-empty spans inside the text,
 * non-empty valid UTF-8 normal forms and non-decreasing sentence numbers
 * below the sentence count; tok_fold of a word's span gives its form.
 * The general path alone (tok_text_general) gives the same tokens as the
 * fast path for plain words does.
 */
#include "harness.h"
#include "text/token.h"

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
	arena_free(a);
	return 0;
}
