/* SPDX-License-Identifier: MIT */
/*
 * What an element's name and attributes say while html.c builds the
 * tree: subtrees that never hold article text, hidden elements, the
 * attributes a node keeps, and <meta>/<link> entries. Attributes come as
 * the parser's NULL-ended name/value array.
 */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "core/buf.h"
#include "ingest/dom.h"
#include "html_int.h"

static const char *const kept_attrs[] = {
	"class", "id", "itemprop", "itemtype", "role", "href", "rel",
	"datetime", "content", "lang", "name", "property", "type", "title",
	"data-testid", "src", "alt", NULL
};

/* Elements whose content is never article text (or is fallback text). */
bool
html_skipped(const char *name, int tag)
{
	switch (tag) {
	case T_BUTTON: case T_SELECT: case T_TEXTAREA: case T_IFRAME:
	case T_OBJECT: case T_VIDEO: case T_AUDIO: case T_DIALOG:
	case T_MAP: case T_EMBED:
		return true;
	case T_OTHER:
		return strcmp(name, "script") == 0 ||
		    strcmp(name, "style") == 0 ||
		    strcmp(name, "noscript") == 0 ||
		    strcmp(name, "template") == 0 || strcmp(name, "svg") == 0 ||
		    strcmp(name, "canvas") == 0 ||
		    strcmp(name, "option") == 0 ||
		    strcmp(name, "datalist") == 0;
	default:
		return false;
	}
}

const char *
html_attr(const char *const *atts, const char *name)
{
	size_t	i;

	for (i = 0; atts != NULL && atts[i] != NULL; i += 2)
		if (strcasecmp(atts[i], name) == 0)
			return atts[i + 1] != NULL ?
			    atts[i + 1] : "";
	return NULL;
}

/* hidden, aria-hidden="true", style display:none or visibility:hidden */
bool
html_hidden(const char *const *atts)
{
	const char	*s, *p;

	if (html_attr(atts, "hidden") != NULL)
		return true;
	if ((s = html_attr(atts, "aria-hidden")) != NULL &&
	    strcmp(s, "true") == 0)
		return true;
	if ((s = html_attr(atts, "style")) == NULL)
		return false;
	for (p = s; (p = strstr(p, "display")) != NULL; p += 7) {
		const char *q = p + 7;

		while (*q == ' ')
			q++;
		if (*q == ':') {
			q++;
			while (*q == ' ')
				q++;
			if (strncmp(q, "none", 4) == 0)
				return true;
		}
	}
	return strstr(s, "visibility:hidden") != NULL ||
	    strstr(s, "visibility: hidden") != NULL;
}

/*
 * A <meta> or <link> as name and content; an RDFa property attribute may
 * name several properties ("og:title twitter:title"), one entry each.
 */
void
html_add_meta(struct buf *metas, struct arena *a, const char *const *atts,
    bool link)
{
	struct dom_meta	 m;
	const char	*name, *content, *p;
	char		*lc;
	size_t		 i, n;
	bool		 rdfa = false;

	memset(&m, 0, sizeof(m));
	if (link) {
		name = html_attr(atts, "rel");
		content = html_attr(atts, "href");
	} else {
		if ((name = html_attr(atts, "property")) != NULL &&
		    name[strspn(name, " \t\r\n")] != '\0')
			rdfa = true;
		else if ((name = html_attr(atts, "name")) == NULL &&
		    (name = html_attr(atts, "itemprop")) == NULL)
			name = html_attr(atts, "http-equiv");
		content = html_attr(atts, "content");
		if (content == NULL && html_attr(atts, "charset") == NULL)
			content = html_attr(atts, "datetime");
	}
	if (name == NULL || content == NULL)
		return;
	content = arena_strdup(a, content);
	for (p = name;; p += n) {
		if (rdfa && *(p += strspn(p, " \t\r\n")) == '\0')
			break;
		n = rdfa ? strcspn(p, " \t\r\n") : strlen(p);
		lc = arena_strndup(a, p, n);
		for (i = 0; lc[i]; i++)
			if (lc[i] >= 'A' && lc[i] <= 'Z')
				lc[i] += 32;
		m.name = lc;
		m.content = content;
		m.rel = link ? lc : NULL;
		m.is_link = link;
		buf_add(metas, &m, sizeof(m));
		if (!rdfa)
			break;
	}
}

void
html_keep_attrs(struct arena *a, struct dom_node *n, const char *const *atts)
{
	const char	*v, *pairs[2 * 20];
	size_t		 i, k = 0;

	for (i = 0; kept_attrs[i] != NULL; i++) {
		if ((v = html_attr(atts, kept_attrs[i])) == NULL)
			continue;
		pairs[k++] = kept_attrs[i];
		pairs[k++] = arena_strdup(a, v);
	}
	if (k == 0)
		return;
	n->attr = arena_alloc(a, (k + 1) * sizeof(char *));
	memcpy(n->attr, pairs, k * sizeof(char *));
	n->attr[k] = NULL;
	n->cls = dom_attr(n, "class");
	n->id = dom_attr(n, "id");
}
