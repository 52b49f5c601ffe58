/* SPDX-License-Identifier: MIT */
/*
 * Imported dictionary formats. quanteda YAML (read with libyaml, the one
 * module that includes it): a mapping of keys to lists of patterns, or to
 * mappings again; nested keys become "parent.child" frames and blanks in
 * keys become '_'. LIWC .dic: a "%"-delimited header of "id name" lines,
 * then "pattern<TAB>id..." lines. Lexicoder .lc3: "+name" starts a
 * category, every other line is a pattern. Patterns are words, globs and
 * phrases (no regex, exclusion or language marks in these formats).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "core/diag.h"
#include "core/xmalloc.h"
#include "text/lexicon.h"
#include "text/lexicon_import.h"

#define MAX_PATH_NAME	512
#define MAX_DEPTH	16	/* nesting of YAML categories */

static int	import_error(const char *, unsigned, const char *, ...)
		    __attribute__((format(printf, 3, 4)));
static int	yaml_node(struct lexicon *, yaml_document_t *, yaml_node_t *,
		    const char *, const char *, int);

static int
import_error(const char *path, unsigned line, const char *fmt, ...)
{
	char	 where[1024], msg[1024];
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	snprintf(where, sizeof(where), "%s:%u", path, line);
	return nf_error(where, "%s", msg);
}

/* Frame name for key under prefix ("" at the top); blanks become '_'. */
static void
frame_name(char *out, size_t size, const char *prefix, const char *key)
{
	char	*p;

	snprintf(out, size, "%s%s%s", prefix, *prefix ? "." : "", key);
	for (p = out; *p != '\0'; p++)
		if (*p == ' ' || *p == '\t')
			*p = '_';
}

/* Levels in a "parent.child" name (dots in keys count too: a bound). */
static size_t
depth_of(const char *name)
{
	size_t	 n = 1;

	for (; *name != '\0'; name++)
		n += *name == '.';
	return n;
}

static int
yaml_entry(struct lexicon *lx, yaml_node_t *n, int frame, const char *path)
{
	unsigned	 line = (unsigned)n->start_mark.line + 1;

	if (n->type != YAML_SCALAR_NODE)
		return import_error(path, line, "expected a pattern string");
	return lexicon_add_entry(lx, (unsigned)frame,
	    (const char *)n->data.scalar.value, path, line, true);
}

static int
yaml_mapping(struct lexicon *lx, yaml_document_t *doc, yaml_node_t *n,
    const char *path, const char *prefix)
{
	yaml_node_pair_t	*pr;
	yaml_node_t		*k, *v;
	char			 name[MAX_PATH_NAME];
	int			 rc = 0, f;

	for (pr = n->data.mapping.pairs.start; pr < n->data.mapping.pairs.top;
	    pr++) {
		k = yaml_document_get_node(doc, pr->key);
		v = yaml_document_get_node(doc, pr->value);
		if (k == NULL || v == NULL || k->type != YAML_SCALAR_NODE) {
			rc = import_error(path, k ? (unsigned)k->start_mark.line
			    + 1 : 0, "expected a category name");
			continue;
		}
		frame_name(name, sizeof(name), prefix,
		    (const char *)k->data.scalar.value);
		if (v->type == YAML_MAPPING_NODE &&
		    depth_of(name) >= MAX_DEPTH) {
			rc = import_error(path, (unsigned)k->start_mark.line +
			    1, "categories nested deeper than %d", MAX_DEPTH);
			continue;
		}
		if (v->type == YAML_MAPPING_NODE) {
			if (yaml_node(lx, doc, v, path, name, -1) != 0)
				rc = -1;
			continue;
		}
		f = lexicon_add_frame(lx, name, NULL, path,
		    (unsigned)k->start_mark.line + 1);
		if (f < 0 || yaml_node(lx, doc, v, path, name, f) != 0)
			rc = -1;
	}
	return rc;
}

/* A mapping (categories) when frame < 0, else a pattern or a list. */
static int
yaml_node(struct lexicon *lx, yaml_document_t *doc, yaml_node_t *n,
    const char *path, const char *prefix, int frame)
{
	yaml_node_item_t	*it;
	int			 rc = 0;

	if (frame < 0) {
		if (n->type != YAML_MAPPING_NODE)
			return import_error(path,
			    (unsigned)n->start_mark.line + 1,
			    "expected a mapping of categories");
		return yaml_mapping(lx, doc, n, path, prefix);
	}
	if (n->type == YAML_SCALAR_NODE)
		return yaml_entry(lx, n, frame, path);
	if (n->type != YAML_SEQUENCE_NODE)
		return import_error(path, (unsigned)n->start_mark.line + 1,
		    "expected a list of patterns");
	for (it = n->data.sequence.items.start;
	    it < n->data.sequence.items.top; it++)
		if (yaml_entry(lx, yaml_document_get_node(doc, *it), frame,
		    path) != 0)
			rc = -1;
	return rc;
}

int
lexicon_import_yaml(struct lexicon *lx, const char *path, const char *data,
    size_t len)
{
	yaml_parser_t	 parser;
	yaml_document_t	 doc;
	yaml_node_t	*root;
	int		 rc;

	if (!yaml_parser_initialize(&parser))
		nf_fatal("out of memory");
	yaml_parser_set_input_string(&parser, (const unsigned char *)data,
	    len);
	if (!yaml_parser_load(&parser, &doc)) {
		rc = import_error(path, (unsigned)parser.problem_mark.line + 1,
		    "%s", parser.problem ? parser.problem : "invalid YAML");
		yaml_parser_delete(&parser);
		return rc;
	}
	if ((root = yaml_document_get_root_node(&doc)) == NULL)
		rc = nf_error(path, "empty YAML document");
	else
		rc = yaml_node(lx, &doc, root, path, "", -1);
	yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	if (rc == 0 && lx->n_frames == 0)
		rc = nf_error(path, "no categories");
	return rc;
}

/* Calls fn for each line (NUL-terminated copy, '\r' and blanks trimmed). */
static int
each_line(const char *data, size_t len, void *st,
    int (*fn)(void *, char *, unsigned))
{
	const char	*p = data, *end = data + len, *nl;
	char		*s;
	size_t		 n;
	unsigned	 line = 0;
	int		 rc = 0;

	while (p < end) {
		line++;
		nl = memchr(p, '\n', (size_t)(end - p));
		n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		s = xstrndup(p, n);
		n = strlen(s);
		while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == ' ' ||
		    s[n - 1] == '\t'))
			s[--n] = '\0';
		if (fn(st, s + strspn(s, " \t"), line) != 0)
			rc = -1;
		free(s);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
	return rc;
}

struct dic {
	struct lexicon	*lx;
	const char	*path;
	int		 part;		/* 0 before %, 1 header, 2 words */
	char		**ids;		/* category id of each frame */
	size_t		 n_ids;
};

static int
dic_frame(struct dic *d, const char *id)
{
	size_t	 i;

	for (i = 0; i < d->n_ids; i++)
		if (strcmp(d->ids[i], id) == 0)
			return (int)i;
	return -1;
}

static int
dic_header(struct dic *d, char *s, unsigned line)
{
	char	*id = s, *name;
	int	 f;

	name = s + strcspn(s, " \t");
	if (*name == '\0')
		return import_error(d->path, line, "expected 'id name'");
	*name++ = '\0';
	name += strspn(name, " \t");
	if (dic_frame(d, id) >= 0)
		return import_error(d->path, line, "category id %s defined "
		    "twice", id);
	if ((f = lexicon_add_frame(d->lx, name, NULL, d->path, line)) < 0)
		return -1;
	d->ids = xrealloc(d->ids, (d->n_ids + 1) * sizeof(*d->ids));
	d->ids[d->n_ids++] = xstrdup(id);
	return 0;
}

/*
 * Splits "pattern<TAB>ids" or "pattern ids" (ids: the trailing all-digit
 * words): ends the pattern in s, returns the ids, or NULL when none.
 */
static char *
dic_split(char *s)
{
	char	*tab = strchr(s, '\t'), *cut = NULL, *w, *end;

	if (tab != NULL) {
		*tab = '\0';
		return tab + 1;
	}
	end = s + strlen(s);
	for (;;) {
		w = end;
		while (w > s && w[-1] != ' ')
			w--;
		if (w == s || w == end ||
		    strspn(w, "0123456789") < (size_t)(end - w))
			break;
		cut = w;
		end = w;
		while (end > s && end[-1] == ' ')
			end--;
	}
	if (cut == NULL)
		return NULL;
	*end = '\0';
	return cut;
}

static int
dic_line(void *st, char *s, unsigned line)
{
	struct dic	*d = st;
	char		*ids, *id;
	int		 f, rc = 0;

	if (*s == '\0')
		return 0;
	if (strcmp(s, "%") == 0) {
		if (d->part == 2)
			return import_error(d->path, line, "a third '%%'");
		d->part++;
		return 0;
	}
	if (d->part == 0)
		return import_error(d->path, line, "expected '%%' first");
	if (d->part == 1)
		return dic_header(d, s, line);
	if ((ids = dic_split(s)) == NULL)
		return import_error(d->path, line, "'%s' has no category", s);
	while ((id = strsep(&ids, " \t")) != NULL) {
		if (*id == '\0')
			continue;
		if ((f = dic_frame(d, id)) < 0) {
			rc = import_error(d->path, line, "unknown category "
			    "'%s'", id);
			continue;
		}
		if (lexicon_add_entry(d->lx, (unsigned)f, s, d->path, line,
		    true) != 0)
			rc = -1;
	}
	return rc;
}

int
lexicon_import_dic(struct lexicon *lx, const char *path, const char *data,
    size_t len)
{
	struct dic	 d = { lx, path, 0, NULL, 0 };
	size_t		 i;
	int		 rc;

	rc = each_line(data, len, &d, dic_line);
	if (rc == 0 && d.part < 2)
		rc = nf_error(path, "no '%%' header of categories");
	for (i = 0; i < d.n_ids; i++)
		free(d.ids[i]);
	free(d.ids);
	return rc;
}

struct lc3 {
	struct lexicon	*lx;
	const char	*path;
	int		 frame;		/* -2 before the first +name */
};

static int
lc3_line(void *st, char *s, unsigned line)
{
	struct lc3	*c = st;

	if (*s == '\0')
		return 0;
	if (*s == '+') {
		c->frame = lexicon_add_frame(c->lx, s + 1, NULL, c->path,
		    line);
		return c->frame < 0 ? -1 : 0;
	}
	if (c->frame == -2)
		return import_error(c->path, line, "pattern before the first "
		    "+category line");
	if (c->frame < 0)
		return 0;
	return lexicon_add_entry(c->lx, (unsigned)c->frame, s, c->path, line,
	    true);
}

int
lexicon_import_lc3(struct lexicon *lx, const char *path, const char *data,
    size_t len)
{
	struct lc3	 c = { lx, path, -2 };
	int		 rc;

	rc = each_line(data, len, &c, lc3_line);
	if (rc == 0 && lx->n_frames == 0)
		rc = nf_error(path, "no +category lines");
	return rc;
}
