/* SPDX-License-Identifier: MIT */
/*
 * Text constructs of feeds. A title, description or content element may
 * hold literal text, escaped (or CDATA) HTML, or inline XHTML elements;
 * Atom says which with type (and Atom 0.3 with mode), RSS leaves readers
 * to guess. HTML becomes text through html_fragment_text, without
 * boilerplate removal: feed content is the article already.
 *
 * Entity references left in the tree (declared in the internal subset,
 * never substituted by the parser) are expanded here under a depth and a
 * size budget, so an entity bomb costs at most TEXT_MAX bytes.
 */
#define _GNU_SOURCE	/* memmem */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "core/arena.h"
#include "core/buf.h"
#include "ingest/html.h"
#include "feed_int.h"
#include "feed_xml.h"

#define TEXT_MAX	(8u << 20)	/* bytes of one text construct */
#define ENT_DEPTH	8

struct ns_name {
	const char	*uri;
	const char	*family;
};

static const struct ns_name ns_names[] = {
	{ "http://my.netscape.com/rdf/simple/0.9/", "" },
	{ "http://purl.org/rss/1.0/", "" },
	{ "http://backend.userland.com/rss2", "" },
	{ "http://backend.userland.com/rss", "" },
	{ "http://blogs.law.harvard.edu/tech/rss", "" },
	{ "http://www.w3.org/2005/atom", "" },
	{ "http://purl.org/atom/ns#", "" },
	{ "http://purl.org/dc/elements/1.1/", "dc" },
	{ "http://purl.org/dc/terms/", "dcterms" },
	{ "http://purl.org/rss/1.0/modules/content/", "content" },
	{ "http://search.yahoo.com/mrss/", "media" },
	{ "http://search.yahoo.com/mrss", "media" },
	{ "http://www.w3.org/1999/xhtml", "xhtml" },
	{ "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf" },
	{ NULL, NULL },
};

/* feedparser's acceptable_elements: HTML that a title may carry. */
static const char *html_ok[] = {
	"a", "abbr", "acronym", "address", "area", "article", "aside",
	"audio", "b", "big", "blockquote", "br", "button", "canvas",
	"caption", "center", "cite", "code", "col", "colgroup", "command",
	"datagrid", "datalist", "dd", "del", "details", "dfn", "dialog",
	"dir", "div", "dl", "dt", "em", "event", "fieldset", "figcaption",
	"figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5",
	"h6", "header", "hr", "i", "img", "input", "ins", "kbd", "keygen",
	"label", "legend", "li", "m", "map", "menu", "meter", "multicol",
	"nav", "nextid", "noscript", "ol", "optgroup", "option", "output",
	"p", "pre", "progress", "q", "s", "samp", "section", "select",
	"small", "sound", "source", "spacer", "span", "strike", "strong",
	"sub", "sup", "table", "tbody", "td", "textarea", "tfoot", "th",
	"thead", "time", "tr", "tt", "u", "ul", "var", "video", NULL,
};

static void	collect(const xmlNode *, struct buf *, int depth);
static void	serialize(const xmlNode *, bool escape_text, struct buf *,
		    int depth);
static bool	word_in(const char *, size_t, const char **);
static void	c1_refs(struct buf *);

/* U+00A0 to two spaces, in place (feed_squash folds them). */
static void
nbsp_to_space(char *p)
{
	while ((p = strstr(p, "\xc2\xa0")) != NULL) {
		p[0] = p[1] = ' ';
		p += 2;
	}
}

const char *
feed_ns(const xmlNode *n, const char **local)
{
	const char *name = (const char *)n->name, *colon;
	size_t i;

	*local = name;
	if (n->ns == NULL || n->ns->href == NULL) {
		colon = strchr(name, ':');
		if (colon == NULL)
			return "";
		*local = colon + 1;
		if (!strncmp(name, "dc:", 3))
			return "dc";
		if (!strncmp(name, "dcterms:", 8))
			return "dcterms";
		if (!strncmp(name, "content:", 8))
			return "content";
		if (!strncmp(name, "media:", 6))
			return "media";
		return "?";
	}
	for (i = 0; ns_names[i].uri != NULL; i++)
		if (!strcasecmp((const char *)n->ns->href, ns_names[i].uri))
			return ns_names[i].family;
	/* An unknown default namespace is read as the core vocabulary. */
	return n->ns->prefix ? (const char *)n->ns->prefix : "";
}

bool
feed_is(const xmlNode *n, const char *ns, const char *local)
{
	const char *l, *f;

	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return false;
	f = feed_ns(n, &l);
	return !strcmp(f, ns) && !strcmp(l, local);
}

const char *
feed_attr(const xmlNode *n, const char *name, struct arena *a)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s;

	if (v == NULL)
		return NULL;
	s = arena_strdup(a, (const char *)v);
	xmlFree(v);
	return s;
}

char *
feed_squash(char *s)
{
	char *w = s, *r = s;
	bool space = false;

	if (s == NULL)
		return NULL;
	for (; *r != '\0'; r++) {
		if (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r' ||
		    *r == '\f' || *r == '\v') {
			space = w != s;
			continue;
		}
		if (space)
			*w++ = ' ';
		space = false;
		*w++ = *r;
	}
	*w = '\0';
	return w == s ? NULL : s;
}

/* Appends the characters under n, expanding entities within budget. */
static void
collect(const xmlNode *n, struct buf *b, int depth)
{
	const xmlNode *c;

	for (c = n->children; c != NULL && b->len < TEXT_MAX; c = c->next) {
		switch (c->type) {
		case XML_TEXT_NODE:
		case XML_CDATA_SECTION_NODE:
			if (c->content != NULL)
				buf_adds(b, (const char *)c->content);
			break;
		case XML_ELEMENT_NODE:
			collect(c, b, depth);
			break;
		case XML_ENTITY_REF_NODE:
			if (depth < ENT_DEPTH && c->children != NULL)
				collect(c->children, b, depth + 1);
			break;
		default:
			break;
		}
	}
}

/* Appends n's children as markup; text escaped for XHTML only. */
static void
serialize(const xmlNode *n, bool escape_text, struct buf *b, int depth)
{
	const xmlNode *c;
	const xmlAttr *at;
	const char *p;

	for (c = n->children; c != NULL && b->len < TEXT_MAX; c = c->next) {
		switch (c->type) {
		case XML_TEXT_NODE:
		case XML_CDATA_SECTION_NODE:
			if (c->content == NULL)
				break;
			if (!escape_text) {
				buf_adds(b, (const char *)c->content);
				break;
			}
			for (p = (const char *)c->content; *p != '\0'; p++)
				if (*p == '<')
					buf_adds(b, "&lt;");
				else if (*p == '&')
					buf_adds(b, "&amp;");
				else
					buf_addc(b, *p);
			break;
		case XML_ELEMENT_NODE:
			buf_addf(b, "<%s", (const char *)c->name);
			for (at = c->properties; at != NULL; at = at->next)
				if (at->children != NULL &&
				    at->children->content != NULL)
					buf_addf(b, " %s=\"%s\"",
					    (const char *)at->name, (const char *)
					    at->children->content);
			buf_addc(b, '>');
			serialize(c, escape_text, b, depth);
			buf_addf(b, "</%s>", (const char *)c->name);
			break;
		case XML_ENTITY_REF_NODE:
			if (depth < ENT_DEPTH && c->children != NULL)
				serialize(c->children, escape_text, b,
				    depth + 1);
			break;
		default:
			break;
		}
	}
}

/* The kind an element's attributes declare, or def. */
static enum feed_kind
declared_kind(const xmlNode *n, enum feed_kind def, bool atom)
{
	xmlChar *type = xmlGetProp(n, (const xmlChar *)"type");
	xmlChar *mode = xmlGetProp(n, (const xmlChar *)"mode");
	enum feed_kind k = def;
	const char *t = (const char *)type, *m = (const char *)mode;

	if (t != NULL) {
		if (!strcasecmp(t, "text") || !strcasecmp(t, "text/plain"))
			k = atom || def == FEED_HTML ? FEED_TEXT : def;
		else if (!strcasecmp(t, "html") ||
		    !strcasecmp(t, "text/html"))
			k = FEED_HTML;
		else if (!strcasecmp(t, "xhtml") ||
		    !strcasecmp(t, "application/xhtml+xml"))
			k = FEED_XHTML;
	}
	if (m != NULL) {
		if (!strcasecmp(m, "escaped"))
			k = k == FEED_XHTML ? FEED_HTML : k;
		else if (!strcasecmp(m, "xml") && k == FEED_HTML)
			k = FEED_XHTML;
	}
	xmlFree(type);
	xmlFree(mode);
	return k;
}

/*
 * "<!" that opens no comment, CDATA section or doctype is text, as feed
 * readers show it ("&lt;!' <a ...>" in an escaped description); the HTML
 * parser would drop its "<". Such a "<" becomes "&lt;" in a copy in a.
 */
static const char *
bang_as_text(const struct buf *b, size_t *len, struct arena *a)
{
	const char	*p = b->data, *end = b->data + b->len, *q;
	struct buf	 out;
	char		*s;

	*len = b->len;
	if (b->len == 0 || memmem(p, b->len, "<!", 2) == NULL)
		return b->data;
	buf_init(&out);
	while ((q = memmem(p, (size_t)(end - p), "<!", 2)) != NULL) {
		buf_add(&out, p, (size_t)(q - p));
		if ((end - q >= 4 && !memcmp(q + 2, "--", 2)) ||
		    (end - q >= 9 && !memcmp(q + 2, "[CDATA[", 7)) ||
		    (end - q >= 9 && !strncasecmp(q + 2, "doctype", 7)))
			buf_add(&out, "<", 1);
		else
			buf_add(&out, "&lt;", 4);
		p = q + 1;
	}
	buf_add(&out, p, (size_t)(end - p));
	s = arena_strndup(a, out.data, out.len);
	*len = out.len;
	buf_release(&out);
	return s;
}

/* html_fragment_text, or what it gave for the same bytes last time. */
static const char *
fragment_text(const struct buf *b, struct arena *a, struct feed_memo *memo)
{
	const char *s, *html;
	size_t len;

	if (memo != NULL && memo->html != NULL && memo->len == b->len &&
	    memcmp(memo->html, b->data, b->len) == 0)
		return memo->text;
	html = bang_as_text(b, &len, a);
	s = html_fragment_text(html, len, a);
	if (memo != NULL) {
		memo->html = arena_strndup(a, b->data, b->len);
		memo->len = b->len;
		memo->text = s;
	}
	return s;
}

const char *
feed_text(const xmlNode *n, enum feed_kind def, bool atom, struct arena *a,
    struct feed_memo *memo)
{
	enum feed_kind k = declared_kind(n, def, atom);
	const char *s = NULL;
	bool elements = false;
	const xmlNode *c;
	struct buf b;

	for (c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			elements = true;
	buf_init(&b);
	if (k == FEED_XHTML || (elements && k != FEED_TEXT))
		serialize(n, k == FEED_XHTML, &b, 0);
	else
		collect(n, &b, 0);
	if (b.len == 0)
		goto out;
	if (k == FEED_GUESS && !elements)
		k = feed_looks_like_html(b.data) ? FEED_HTML : FEED_TEXT;
	if (k == FEED_TEXT) {
		s = arena_strndup(a, b.data, b.len);
		if (strspn(s, " \t\r\n") == b.len)
			s = NULL;
	} else if (strpbrk(b.data, "<&") == NULL) {
		/*
		 * No markup, no reference: HTML would only fold the spaces,
		 * no-break spaces too, as html_fragment_text does.
		 */
		nbsp_to_space(b.data);
		s = feed_squash(arena_strndup(a, b.data, b.len));
	} else {
		c1_refs(&b);
		s = fragment_text(&b, a, memo);
	}
out:
	buf_release(&b);
	return s;
}

/*
 * HTML5 reads &#128; to &#159; as the windows-1252 characters ("&#146;"
 * is a right quote): rewritten here, in place, before the HTML parser.
 */
static void
c1_refs(struct buf *b)
{
	struct buf o;
	const char *p = b->data, *q, *from;
	unsigned long v;

	if (strstr(p, "&#") == NULL)
		return;
	buf_init(&o);
	for (from = p; (p = strstr(p, "&#")) != NULL; ) {
		q = p + 2;
		v = (*q == 'x' || *q == 'X') ? strtoul(q + 1, (char **)&q, 16) :
		    strtoul(q, (char **)&q, 10);
		if (*q != ';' || v < 0x80 || v > 0x9f) {
			p += 2;
			continue;
		}
		buf_add(&o, from, (size_t)(p - from));
		buf_addf(&o, "&#%u;", feed_cp1252((unsigned)v));
		p = from = q + 1;
	}
	if (o.len == 0) {
		buf_release(&o);
		return;
	}
	buf_adds(&o, from);
	buf_release(b);
	*b = o;
}

const char *
feed_plain(const xmlNode *n, struct arena *a)
{
	struct buf b;
	char *s;

	buf_init(&b);
	collect(n, &b, 0);
	s = b.len ? feed_squash(arena_strndup(a, b.data, b.len)) : NULL;
	buf_release(&b);
	return s;
}

static bool
word_in(const char *w, size_t n, const char **set)
{
	for (; *set != NULL; set++)
		if (strlen(*set) == n && !strncasecmp(*set, w, n))
			return true;
	return false;
}

static bool
is_word(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_';
}

/*
 * feedparser: HTML needs a closing tag or an entity reference, every tag
 * from its list of acceptable elements, every named entity a known one.
 */
bool
feed_looks_like_html(const char *s)
{
	const char *p, *q;
	bool close = false, ref = false;
	char name[40];
	size_t n;

	for (p = s; (p = strchr(p, '<')) != NULL; p++) {
		q = p + 1;
		if (*q == '/')
			q++;
		for (n = 0; is_word(q[n]); n++)
			;
		if (n == 0)
			continue;
		if (!word_in(q, n, html_ok))
			return false;
		if (p[1] == '/' && q[n] == '>')
			close = true;
	}
	for (p = s; (p = strchr(p, '&')) != NULL; p++) {
		q = p + 1;
		if (*q == '#')
			q++;
		for (n = 0; is_word(q[n]); n++)
			;
		if (n == 0 || q[n] != ';')
			continue;
		ref = true;
		if (p[1] != '#') {
			if (n >= sizeof(name))
				return false;
			memcpy(name, q, n);
			name[n] = '\0';
			if (htmlEntityLookup((const xmlChar *)name) == NULL)
				return false;
		}
	}
	return close || ref;
}
