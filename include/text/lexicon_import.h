/* SPDX-License-Identifier: MIT */
/*
 * Readers of the dictionary formats researchers already have, into a
 * lexicon (text/lexicon.h): quanteda YAML (nested keys flatten to
 * "parent.child" frames), LIWC .dic and Lexicoder .lc3. Each reports its
 * errors as "path:line: reason" and returns 0 or -1; data (len bytes) is
 * the file's contents, borrowed.
 */
#ifndef NF_TEXT_LEXICON_IMPORT_H
#define NF_TEXT_LEXICON_IMPORT_H

#include <stddef.h>

struct lexicon;

int	lexicon_import_yaml(struct lexicon *, const char *path,
	    const char *data, size_t len);
int	lexicon_import_dic(struct lexicon *, const char *path,
	    const char *data, size_t len);
int	lexicon_import_lc3(struct lexicon *, const char *path,
	    const char *data, size_t len);

#endif
