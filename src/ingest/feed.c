/* SPDX-License-Identifier: MIT */
/*
 * XML feeds: RSS 0.90-0.94 and 2.0, RSS 1.0 (RDF), Atom 0.3 and 1.0. The
 * bytes are converted to UTF-8 and cleared of undeclared entities
 * (feed_prep.c), then parsed by libxml2 in recover mode with no network,
 * no DTD loading, no entity substitution and the default (non-HUGE)
 * limits, so entity bombs and external entities go nowhere. The channel
 * gives what items inherit (title as outlet, link as base URL, language);
 * feed_item.c turns each item into a record.
 */
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/diag.h"
#include "ingest/feed.h"
#include "ingest/ingest.h"
#include "ingest/markup.h"
#include "feed_int.h"
#include "feed_xml.h"

struct first_error {
	int	 line;
	int	 count;
	char	 msg[120];
};

static void	on_error(void *, xmlErrorPtr);
static xmlDoc	*read_utf8(xmlParserCtxt *, const char *, size_t,
		    const char *);
static xmlDoc	*read_xml(const char *, size_t, const char *,
		    struct first_error *);
static xmlDoc	*parse(const struct doc *, struct first_error *);
static void	channel(struct feed *, const xmlNode *);
static void	items(struct feed *, const xmlNode *, const char *);
static const char *root_format(const xmlNode *);

/* The first element name after the prolog, with NULs (UTF-16) dropped. */
bool
feed_sniff(const unsigned char *p, size_t len)
{
	char s[4096], *q, *e;
	size_t i, n = 0;

	for (i = 0; i < len && n < sizeof(s) - 1; i++)
		if (p[i] != 0)
			s[n++] = (char)p[i];
	s[n] = '\0';
	q = s;
	if (!strncmp(q, "\xef\xbb\xbf", 3))
		q += 3;
	while (*q == '\xff' || *q == '\xfe')
		q++;
	for (;;) {
		q += strspn(q, " \t\r\n");
		if (!strncmp(q, "<?", 2))
			e = strstr(q, "?>");
		else if (!strncmp(q, "<!--", 4))
			e = strstr(q, "-->");
		else if (!strncasecmp(q, "<!DOCTYPE", 9)) {
			e = q + strcspn(q, "[>");
			if (*e == '[' && (e = strstr(e, "]")) != NULL)
				e = strchr(e, '>');
		} else
			break;
		if (e == NULL)
			return false;
		q = e + (*e == '>' ? 1 : *e == '?' ? 2 : 3);
	}
	if (*q++ != '<')
		return false;
	e = q + strcspn(q, " \t\r\n>/");
	if (memchr(q, ':', (size_t)(e - q)) != NULL)
		q = memchr(q, ':', (size_t)(e - q)) + 1;
	n = (size_t)(e - q);
	return (n == 3 && !strncmp(q, "rss", 3)) ||
	    (n == 3 && !strncmp(q, "RDF", 3)) ||
	    (n == 4 && !strncmp(q, "feed", 4)) ||
	    (n == 7 && !strncmp(q, "channel", 7));
}

static void
on_error(void *ctx, xmlErrorPtr err)
{
	struct first_error *fe = ctx;
	size_t n;

	if (err == NULL || err->level < XML_ERR_ERROR)
		return;
	if (fe->count++ > 0)
		return;
	fe->line = err->line;
	snprintf(fe->msg, sizeof(fe->msg), "%s",
	    err->message ? err->message : "error");
	n = strlen(fe->msg);
	while (n > 0 && (fe->msg[n - 1] == '\n' || fe->msg[n - 1] == ' '))
		fe->msg[--n] = '\0';
}

#define XML_OPTIONS	(XML_PARSE_RECOVER | XML_PARSE_NONET | \
	XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | \
	XML_PARSE_IGNORE_ENC | XML_PARSE_COMPACT)

/*
 * xmlCtxtReadMemory(ctxt, p, len, url, "UTF-8", XML_OPTIONS) without
 * what it costs here: with "UTF-8" given it runs the bytes through a
 * UTF-8 to UTF-8 converter, and its memory buffer keeps a read callback,
 * so every GROW of the parser (at each element and text run within 250
 * bytes of the end of what is converted) tries to read and convert
 * more: 3% of a feed ingest. The bytes are UTF-8 already; the same
 * memory buffer without the callback and without a converter is read as
 * UTF-8, the encoding declaration still ignored (XML_PARSE_IGNORE_ENC).
 * (A static buffer would save the copy too, but libxml2 2.9 shrinks
 * those wrongly in CDATA sections.) A start libxml2 would take for
 * another encoding (UTF-16, UCS-4, EBCDIC) goes the usual way, where the
 * "UTF-8" given keeps it from switching.
 */
static xmlDoc *
read_utf8(xmlParserCtxt *ctxt, const char *p, size_t len, const char *url)
{
	xmlParserInputBuffer *in;
	xmlParserInput *stream;
	xmlCharEncoding enc;
	xmlDoc *doc;

	enc = len >= 4 ? xmlDetectCharEncoding((const xmlChar *)p, 4) :
	    XML_CHAR_ENCODING_ERROR;
	if (enc != XML_CHAR_ENCODING_NONE && enc != XML_CHAR_ENCODING_UTF8)
		return xmlCtxtReadMemory(ctxt, p, (int)len, url, "UTF-8",
		    XML_OPTIONS);
	xmlCtxtReset(ctxt);
	in = xmlParserInputBufferCreateMem(p, (int)len,
	    XML_CHAR_ENCODING_NONE);
	if (in == NULL)
		nf_fatal("out of memory");
	in->readcallback = NULL;	/* it is all there */
	if ((stream = xmlNewIOInputStream(ctxt, in,
	    XML_CHAR_ENCODING_NONE)) == NULL)
		nf_fatal("out of memory");
	if (url != NULL)
		stream->filename = (char *)xmlStrdup((const xmlChar *)url);
	inputPush(ctxt, stream);
	xmlCtxtUseOptions(ctxt, XML_OPTIONS);
	xmlParseDocument(ctxt);
	doc = ctxt->myDoc;	/* kept in recover mode, well-formed or not */
	ctxt->myDoc = NULL;
	return doc;
}

/* One parse of len bytes of prepared UTF-8, errors counted in fe. */
static xmlDoc *
read_xml(const char *p, size_t len, const char *url, struct first_error *fe)
{
	xmlParserCtxt *ctxt;
	xmlDoc *doc;

	ctxt = xmlNewParserCtxt();
	if (ctxt == NULL)
		nf_fatal("out of memory");
	xmlSetStructuredErrorFunc(fe, on_error);
	doc = read_utf8(ctxt, p, len, url);
	xmlSetStructuredErrorFunc(NULL, NULL);
	xmlFreeParserCtxt(ctxt);
	return doc;
}

/*
 * CDATA sections become character data first (feed_cdata.c), which
 * libxml2 reads twice as fast; a rewritten feed that is not well-formed
 * is read again as it was, so that libxml2 recovers from the same bytes.
 */
static xmlDoc *
parse(const struct doc *d, struct first_error *fe)
{
	struct buf u, x, y;
	const char *enc;
	xmlDoc *doc = NULL;
	size_t skip;

	buf_init(&u);
	buf_init(&x);
	buf_init(&y);
	feed_to_utf8(d->data, d->len, d->charset, &u, &enc);
	feed_fix_entities(u.data ? u.data : "", u.len, &x);
	buf_release(&u);
	markup_cap_attrs(x.data, x.len, MARKUP_MAX_ATTRS);
	skip = strspn(x.data, " \t\r\n");
	xmlInitParser();
	if (feed_cdata_to_text(x.data + skip, x.len - skip, &y) > 0) {
		doc = read_xml(y.data, y.len, d->url, fe);
		if (fe->count > 0) {
			xmlFreeDoc(doc);
			doc = NULL;
			memset(fe, 0, sizeof(*fe));
		}
	}
	buf_release(&y);
	if (doc == NULL)
		doc = read_xml(x.data + skip, x.len - skip, d->url, fe);
	buf_release(&x);
	return doc;
}

static const char *
root_format(const xmlNode *root)
{
	const char *local;

	(void)feed_ns(root, &local);
	if (!strcmp(local, "rss") || !strcmp(local, "channel"))
		return "rss";
	if (!strcmp(local, "RDF"))
		return "rdf";
	if (!strcmp(local, "feed"))
		return "atom";
	return NULL;
}

const char *
feed_lang(const char *s, struct arena *a)
{
	char l[9];
	size_t n = 0;

	if (s == NULL)
		return NULL;
	s += strspn(s, " \t\r\n");
	while (n < sizeof(l) - 1 && ((s[n] >= 'a' && s[n] <= 'z') ||
	    (s[n] >= 'A' && s[n] <= 'Z'))) {
		l[n] = (char)(s[n] | 0x20);
		n++;
	}
	if (n < 2 || n > 3)
		return NULL;
	l[n] = '\0';
	return arena_strdup(a, l);
}

/* Channel title, link and language: direct children only. */
static void
channel(struct feed *f, const xmlNode *ch)
{
	const xmlNode *c;
	const char *dc_title = NULL, *s;
	xmlChar *lang;

	for (c = ch->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (feed_is(c, "", "title") && f->outlet == NULL)
			f->outlet = feed_squash((char *)feed_text(c, f->atom ?
			    FEED_TEXT : FEED_GUESS, f->atom, f->a, NULL));
		else if (feed_is(c, "dc", "title") && dc_title == NULL)
			dc_title = feed_squash((char *)feed_text(c,
			    FEED_GUESS, false, f->a, NULL));
		else if (feed_is(c, "", "link") && f->link == NULL) {
			s = feed_attr(c, "href", f->a);
			if (s == NULL)
				s = feed_plain(c, f->a);
			else if ((s = feed_attr(c, "rel", f->a)) == NULL ||
			    !strcmp(s, "alternate"))
				s = feed_attr(c, "href", f->a);
			else
				s = NULL;
			f->link = s;
		} else if ((feed_is(c, "", "language") ||
		    feed_is(c, "dc", "language")) && f->lang == NULL)
			f->lang = feed_lang(feed_plain(c, f->a), f->a);
	}
	if (f->outlet == NULL)
		f->outlet = dc_title;
	if (f->lang == NULL && (lang = xmlNodeGetLang(ch)) != NULL) {
		f->lang = feed_lang((const char *)lang, f->a);
		xmlFree(lang);
	}
}

static void
items(struct feed *f, const xmlNode *parent, const char *name)
{
	const xmlNode *c;

	for (c = parent->children; c != NULL; c = c->next)
		if (feed_is(c, "", name)) {
			f->items++;
			feed_item(f, c);
		}
}

int
feed_ingest(struct ingest *ig, const struct doc *d)
{
	struct first_error fe = { 0, 0, "" };
	struct feed f;
	xmlDoc *doc;
	xmlNode *root, *ch = NULL;
	const char *where = d->path ? d->path : "-";

	memset(&f, 0, sizeof(f));
	f.ig = ig;
	ingest_container(ig);	/* each item is an input */
	f.d = d;
	f.a = d->arena;
	doc = parse(d, &fe);
	root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (root == NULL || (f.format = root_format(root)) == NULL) {
		xmlFreeDoc(doc);
		ingest_skip(ig, where, d->offset, "not a feed", "%s",
		    fe.count ? "not a feed: not well-formed XML" :
		    "not a feed");
		return -1;
	}
	f.doc = doc;
	f.atom = !strcmp(f.format, "atom");
	if (f.atom)
		ch = root;
	else if (feed_is(root, "", "channel"))
		ch = root;
	else
		for (ch = root->children; ch != NULL &&
		    !feed_is(ch, "", "channel"); ch = ch->next)
			;
	if (ch != NULL)
		channel(&f, ch);
	if (f.atom)
		items(&f, root, "entry");
	else {
		if (ch != NULL)
			items(&f, ch, "item");
		if (ch != root)
			items(&f, root, "item");
	}
	if (fe.count > 0 && f.items > 0)
		nf_warn(where, "not well-formed XML at line %d (%s), "
		    "recovered %d item%s", fe.line, fe.msg, f.items,
		    f.items == 1 ? "" : "s");
	xmlFreeDoc(doc);
	if (f.items == 0) {
		ingest_skip(ig, where, d->offset, "no items", "%s%s",
		    "feed has no items", fe.count ? " (not well-formed XML)" :
		    "");
		return -1;
	}
	return f.emitted;
}
