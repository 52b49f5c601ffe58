/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: the lexicon readers, all formats. The first byte
 * picks the format (native, quanteda YAML, LIWC .dic, Lexicoder .lc3);
 * the rest is the file. A lexicon that loads is compiled (with and
 * without stemming) and run over a fixed text: hits must lie inside the
 * token array, name a frame and an entry that exist.
 */
#include "harness.h"
#include "text/lexicon.h"
#include "text/lexicon_import.h"
#include "text/match.h"
#include "text/token.h"

static const char text[] = "Foreign agents and Western funds are behind "
    "the unrest, officials said. Иностранные агенты стоят за протестами. "
    "The peace talks resumed; don't panic. Mr. Smith met color-revolution "
    "organizers in the U.S. on 5 March.";

static void
run(const struct lexicon *lx, int flags)
{
	struct arena	*a = arena_new();
	struct matcher	*m;
	struct tokens	 toks;
	struct match	*hits;
	size_t		 n, i;

	if ((m = matcher_new(lx, flags)) != NULL) {
		tok_text(text, sizeof(text) - 1, a, &toks);
		n = matcher_run(m, text, sizeof(text) - 1, &toks, "en", a,
		    &hits);
		for (i = 0; i < n; i++)
			if (hits[i].frame >= lx->n_frames ||
			    hits[i].entry >= lx->n_entries ||
			    hits[i].first > hits[i].last ||
			    hits[i].last >= toks.n ||
			    hits[i].end > sizeof(text) - 1)
				abort();
		matcher_free(m);
	}
	arena_free(a);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	static const char *const paths[] = {
		"frames.lex", "frames.yml", "frames.dic", "frames.lc3"
	};
	struct lexicon	*lx;
	const char	*p;
	unsigned	 fmt = 0;
	int		 rc;

	diag_set_quiet(true);
	if (len > 0) {
		fmt = data[0] % 4;
		data++;
		len--;
	}
	p = (const char *)data;
	lx = lexicon_new();
	if (fmt == 0)
		rc = lexicon_parse(lx, paths[0], p, len);
	else if (fmt == 1)
		rc = lexicon_import_yaml(lx, paths[1], p, len);
	else if (fmt == 2)
		rc = lexicon_import_dic(lx, paths[2], p, len);
	else
		rc = lexicon_import_lc3(lx, paths[3], p, len);
	if (rc == 0) {
		run(lx, 0);
		run(lx, MATCH_STEM);
	}
	lexicon_free(lx);
	return 0;
}
