/* SPDX-License-Identifier: MIT */
/*
 * The one file that sees libxml2's HTML parser. It runs the parser in
 * recover mode with no network, feeding SAX events straight into our own
 * compact tree (dom.h) so no libxml2 tree is ever built: that keeps the
 * parse the only real cost of a page. Subtrees that never hold article
 * text (script, style, svg, forms' controls, hidden elements) are not
 * built; <title>, <meta>, <link> and JSON-LD scripts are set aside, and
 * other inline scripts are read once for a publication date in their data
 * (date_script.c).
 * A <caption> outside a table becomes a paragraph (galleries put slide
 * text there).
 * Markup a script shows later (a text/template script) inside the story
 * body the page marks is parsed in its place, as Blogger's dynamic views
 * ship the whole post that way.
 * Nesting deeper than the maximum depth (--max-depth) is flattened into
 * the deepest node, so a 10,000-deep page costs what a flat one does, and
 * nothing recurses over the tree. Past a deadline parsing stops.
 *
 * The input is UTF-8 already (ingest converted it); the parser is told so,
 * which also makes it ignore <meta charset> declarations.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include "core/arena.h"
#include "core/buf.h"
#include "ingest/date_script.h"
#include "ingest/dom.h"
#include "ingest/extract.h"
#include "ingest/html.h"
#include "ingest/markup.h"
#include "html_int.h"

#define DOM_MAX_DEPTH	256		/* default */
#define DOM_DEPTH_LIMIT	60000		/* fits dom_node.depth */
/* SAX attributes as the C strings they are (xmlChar is unsigned char). */
#define A(atts)	((const char *const *)(atts))
#define CLOCK_EVERY	64	/* SAX events between deadline checks */

enum capture { CAP_NONE, CAP_TITLE, CAP_JSONLD, CAP_TEMPLATE, CAP_SCRIPT };

struct build {
	struct arena	*a;
	struct dom	*dom;
	struct dom_node	*cur;
	int		 depth;		/* nodes open below root */
	int		 max_depth;
	struct buf	 open;		/* per open element: 1 when it made a
					   node, 0 when not (beyond max_depth,
					   <html>, a second <body>) */
	double		 deadline;	/* 0: none */
	unsigned	 events;
	int		 skip;		/* open elements of a skipped subtree */
	enum capture	 cap;
	struct buf	 text;		/* captured title / JSON-LD */
	struct buf	 metas;		/* struct dom_meta array */
	struct buf	 lds;		/* const char * array */
	struct buf	 pend;		/* text not yet in a node */
	struct script_date sdate;	/* from other scripts' data */
	bool		 in_template;	/* parsing a template's markup */
	/* A <script/> or <style/> libxml2 closed at once: browsers read
	   on to its end tag, and so do we, dropping what lies before. */
	const void	*raw_in;	/* the parser input it is in */
	const xmlChar	*raw_end;	/* where "</script" starts */
	int		 raw_open;	/* elements opened in that text */
};

static bool	on_head_tag(struct build *, const char *, const xmlChar **);
static void	on_start(void *, const xmlChar *, const xmlChar **);
static void	on_end(void *, const xmlChar *);
static void	on_chars(void *, const xmlChar *, int);
static struct dom_node *new_node(struct build *, int);
static void	flush_text(struct build *);
static void	check_clock(void *, struct build *);
static htmlParserCtxtPtr new_ctxt(const char *, size_t);
static void	done_ctxt(htmlParserCtxtPtr);
static void	sax_init(htmlParserCtxtPtr, struct build *);
static bool	template_script(struct build *, const xmlChar **);
static void	raw_self_closed(htmlParserCtxtPtr, struct build *,
		    const char *);
static bool	in_raw(htmlParserCtxtPtr, struct build *);
static void	parse_template(struct build *, const char *, size_t);

static struct dom_node *
new_node(struct build *b, int tag)
{
	struct dom_node	*n = arena_calloc(b->a, 1, sizeof(*n));

	n->tag = (uint16_t)tag;
	n->parent = b->cur;
	n->prev = b->cur->last;
	if (b->cur->last != NULL)
		b->cur->last->next = n;
	else
		b->cur->first = n;
	b->cur->last = n;
	b->dom->n_nodes++;
	return n;
}

/* Every CLOCK_EVERY events, stops the parser once past the deadline. */
static void
check_clock(void *ctx, struct build *b)
{
	struct timespec	 ts;

	if (b->deadline <= 0 || ++b->events % CLOCK_EVERY != 0 ||
	    b->dom->timed_out)
		return;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	if ((double)ts.tv_sec + (double)ts.tv_nsec / 1e9 > b->deadline) {
		b->dom->timed_out = true;
		xmlStopParser(ctx);
	}
}

/*
 * <meta> and <link> set aside, <title> and JSON-LD captured, <base> read;
 * true when the element's content is skipped.
 */
static bool
on_head_tag(struct build *b, const char *name, const xmlChar **atts)
{
	const char	*v;

	if (strcmp(name, "meta") == 0 || strcmp(name, "link") == 0) {
		html_add_meta(&b->metas, b->a, A(atts), name[0] == 'l');
		b->skip++;
		return true;
	}
	if (strcmp(name, "title") == 0 && b->dom->title == NULL &&
	    b->cap == CAP_NONE) {
		b->cap = CAP_TITLE;
		buf_reset(&b->text);
		b->skip++;
		return true;
	}
	if (strcmp(name, "script") == 0 &&
	    (v = html_attr(A(atts), "type")) != NULL &&
	    strcasecmp(v, "application/ld+json") == 0) {
		b->cap = CAP_JSONLD;
		buf_reset(&b->text);
		b->skip++;
		return true;
	}
	if (strcmp(name, "script") == 0 && template_script(b, atts)) {
		b->cap = CAP_TEMPLATE;
		buf_reset(&b->text);
		b->skip++;
		return true;
	}
	if (strcmp(name, "script") == 0 && html_attr(A(atts), "src") == NULL) {
		b->cap = CAP_SCRIPT;
		buf_reset(&b->text);
		b->skip++;
		return true;
	}
	if (strcmp(name, "base") == 0 && b->dom->base == NULL &&
	    (v = html_attr(A(atts), "href")) != NULL)
		b->dom->base = arena_strdup(b->a, v);
	return false;
}

static bool
in_table(const struct build *b)
{
	const struct dom_node	*n;

	for (n = b->cur; n != NULL; n = n->parent)
		if (n->tag == T_TABLE)
			return true;
	return false;
}

/*
 * Called at the start tag of a <script> or <style> about to be skipped:
 * when the tag ends in "/>", libxml2 closes the element there, but HTML
 * has no self-closing script, and a browser reads everything up to the
 * "</script>" as its text. That stretch (code, usually) is marked to be
 * dropped. Without an end tag later, libxml2's reading stands.
 */
static void
raw_self_closed(htmlParserCtxtPtr c, struct build *b, const char *name)
{
	const xmlChar	*p = c->input->cur, *e = c->input->end;
	size_t		 l = strlen(name);

	if (p == NULL || e - p < 2 || p[0] != '/' || p[1] != '>')
		return;
	for (p += 2; e - p >= (ptrdiff_t)(l + 2); p++)
		if (p[0] == '<' && p[1] == '/' &&
		    strncasecmp((const char *)p + 2, name, l) == 0) {
			b->raw_in = c->input;
			b->raw_end = p;
			return;
		}
}

/* True while the parser is in the text of a self-closed <script/>. */
static bool
in_raw(htmlParserCtxtPtr c, struct build *b)
{
	if (b->raw_end == NULL)
		return false;
	if ((const void *)c->input == b->raw_in && c->input->cur <= b->raw_end)
		return true;
	if ((const void *)c->input == b->raw_in)
		b->raw_end = NULL;	/* past it */
	return false;
}

static void
on_start(void *ctx, const xmlChar *xname, const xmlChar **atts)
{
	struct build	*b = ((htmlParserCtxtPtr)ctx)->_private;
	const char	*name = (const char *)xname, *v;
	struct dom_node	*n;
	int		 tag = dom_tag_lookup(name);

	check_clock(ctx, b);
	flush_text(b);
	if (b->skip > 0) {
		b->skip++;
		return;
	}
	/* Tags in a self-closed <script/>'s code are no elements. */
	if (in_raw(ctx, b)) {
		b->raw_open++;
		return;
	}
	if (tag == T_OTHER && (strcmp(name, "script") == 0 ||
	    strcmp(name, "style") == 0))
		raw_self_closed(ctx, b, name);
	/* meta, link, title, script and base are not in the tag table. */
	if (tag == T_OTHER && on_head_tag(b, name, atts))
		return;
	if (tag == T_HTML && b->dom->lang == NULL &&
	    (v = html_attr(A(atts), "lang")) != NULL && *v)
		b->dom->lang = arena_strdup(b->a, v);
	if (html_skipped(name, tag) || (tag != T_HTML && tag != T_BODY &&
	    atts != NULL && html_hidden(A(atts)))) {
		/* A form's text area tells a form to fill in. */
		if (tag == T_TEXTAREA && b->skip == 0 && b->cur != NULL)
			b->cur->flags |= DOM_HAS_TEXTAREA;
		b->skip++;
		return;
	}
	/* Transparent elements and those too deep make no node: their
	   children go to the current node. */
	if (tag == T_HTML || (tag == T_BODY && b->dom->body != NULL) ||
	    b->depth >= b->max_depth) {
		buf_addc(&b->open, 0);
		return;
	}
	/* A <caption> outside a table is a paragraph: galleries put their
	   slides' text in one, and libxml2 closes the <p> around it. */
	if (tag == T_CAPTION && !in_table(b))
		tag = T_P;
	buf_addc(&b->open, 1);
	n = new_node(b, tag);
	n->depth = (uint16_t)++b->depth;
	if (dom_is_block(tag))
		n->flags |= DOM_BLOCK;
	if (atts != NULL)
		html_keep_attrs(b->a, n, A(atts));
	if (tag == T_BODY)
		b->dom->body = n;
	b->cur = n;
}

static void
on_end(void *ctx, const xmlChar *name)
{
	struct build	*b = ((htmlParserCtxtPtr)ctx)->_private;

	(void)name;
	flush_text(b);
	if (b->skip > 0) {
		if (--b->skip == 0 && b->cap == CAP_TEMPLATE) {
			struct buf	 t;

			buf_init(&t);
			buf_add(&t, b->text.data, b->text.len);
			b->cap = CAP_NONE;
			parse_template(b, t.data, t.len);
			buf_release(&t);
		} else if (b->skip == 0 && b->cap == CAP_SCRIPT) {
			date_script_scan(b->text.data, b->text.len, &b->sdate,
			    b->a);
			b->cap = CAP_NONE;
		} else if (b->skip == 0 && b->cap != CAP_NONE) {
			const char *s = arena_strndup(b->a, b->text.data,
			    b->text.len);

			if (b->cap == CAP_TITLE)
				b->dom->title = s;
			else
				buf_add(&b->lds, &s, sizeof(s));
			b->cap = CAP_NONE;
		}
		return;
	}
	/* libxml2 closes last what opened last: these ends are of the
	   elements it read in a self-closed script's code. */
	if (b->raw_open > 0) {
		b->raw_open--;
		return;
	}
	if (b->open.len == 0)
		return;		/* an end libxml2 sends without a start */
	if (b->open.data[--b->open.len] && b->cur != b->dom->root) {
		b->cur = b->cur->parent;
		b->depth--;
	}
}

static void
on_chars(void *ctx, const xmlChar *ch, int len)
{
	struct build	*b = ((htmlParserCtxtPtr)ctx)->_private;

	check_clock(ctx, b);
	if (len <= 0)
		return;
	if (b->skip > 0) {
		if (b->cap != CAP_NONE && b->text.len < (4u << 20))
			buf_add(&b->text, ch, (size_t)len);
		return;
	}
	if (in_raw(ctx, b))
		return;
	/* libxml2 hands text in chunks: join them before making a node. */
	buf_add(&b->pend, ch, (size_t)len);
}

static void
flush_text(struct build *b)
{
	struct dom_node	*n;

	if (b->pend.len == 0)
		return;
	n = new_node(b, T_TEXT);
	n->text = arena_strndup(b->a, b->pend.data, b->pend.len);
	n->len = (uint32_t)b->pend.len;
	buf_reset(&b->pend);
}

/* Our SAX handlers on ctxt, feeding b; UTF-8 in, recover, no network. */
static void
sax_init(htmlParserCtxtPtr ctxt, struct build *b)
{
	xmlCharEncodingHandlerPtr utf8;

	memset(ctxt->sax, 0, sizeof(*ctxt->sax));
	ctxt->sax->startElement = on_start;
	ctxt->sax->endElement = on_end;
	ctxt->sax->characters = on_chars;
	ctxt->sax->cdataBlock = on_chars;
	ctxt->sax->ignorableWhitespace = on_chars;
	ctxt->sax->initialized = 1;
	ctxt->_private = b;
	ctxt->userData = ctxt;
	htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NONET |
	    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT);
	if ((utf8 = xmlFindCharEncodingHandler("UTF-8")) != NULL)
		xmlSwitchToEncoding(ctxt, utf8);
}

/*
 * True for a script holding markup a script shows later (text/template,
 * text/x-template, text/html) inside the story body the page marks
 * (itemprop=articleBody, a story-body class): Blogger's dynamic views set
 * the whole post so. Elsewhere such templates are widgets, left out.
 */
static bool
template_script(struct build *b, const xmlChar **atts)
{
	const struct dom_node	*n;
	const char		*t;

	if (b->in_template || (t = html_attr(A(atts), "type")) == NULL ||
	    (strcasecmp(t, "text/template") != 0 &&
	    strcasecmp(t, "text/x-template") != 0 &&
	    strcasecmp(t, "text/html") != 0))
		return false;
	for (n = b->cur; n != NULL; n = n->parent)
		if (((t = dom_attr(n, "itemprop")) != NULL &&
		    strstr(t, "articleBody") != NULL) ||
		    (n->cls != NULL && (hint_of(n->cls) & HINT_BODY)))
			return true;
	return false;
}

/*
 * Parses a template's markup into the tree where its script stood, with
 * the same handlers and limits; what it leaves open is closed after it.
 * A template that does not open with markup is left out.
 */
static void
parse_template(struct build *b, const char *html, size_t len)
{
	htmlParserCtxtPtr	 ctxt;
	struct dom_node		*cur = b->cur;
	struct buf		 capped;
	size_t			 open = b->open.len;
	int			 depth = b->depth;

	/* Consent tools park blocked scripts as templates: code, no
	   markup. */
	while (len > 0 && (*html == ' ' || *html == '\n' || *html == '\t' ||
	    *html == '\r')) {
		html++;
		len--;
	}
	if (len == 0 || *html != '<' || len > 0x7fffffff ||
	    b->dom->timed_out)
		return;
	buf_init(&capped);
	if (markup_attrs_over(html, len, MARKUP_MAX_ATTRS)) {
		buf_add(&capped, html, len);
		markup_cap_attrs(capped.data, capped.len, MARKUP_MAX_ATTRS);
		html = capped.data;
	}
	if ((ctxt = htmlCreateMemoryParserCtxt(html, (int)len)) != NULL) {
		sax_init(ctxt, b);
		b->in_template = true;
		htmlParseDocument(ctxt);
		htmlFreeParserCtxt(ctxt);
		flush_text(b);
		b->in_template = false;
	}
	buf_release(&capped);
	b->cur = cur;
	b->open.len = open;
	b->depth = depth;
	b->skip = 0;
	b->cap = CAP_NONE;
}

/*
 * This thread's parser context, reset after each parse and used again:
 * making one and freeing it with its dictionary cost as much as parsing
 * a feed item's HTML. One whose dictionary grew past KEPT_NAMES names (a
 * page inventing tags) is freed instead.
 */
#define KEPT_NAMES	4096
static _Thread_local htmlParserCtxtPtr kept;

/*
 * A parser context reading html where it lies. htmlCreateMemoryParserCtxt
 * copies the bytes into a buffer with a read callback, and then every
 * GROW of the parser (at each tag and text run within 250 bytes of the
 * end, so always in a feed's fragment) calls it to read more and convert
 * nothing: a tenth of the parse. A static buffer has no callback; the
 * UTF-8 handler set later converts (copies) it whole, as it did the copy.
 */
static htmlParserCtxtPtr
new_ctxt(const char *html, size_t len)
{
	xmlParserInputBufferPtr	 in;
	xmlParserInputPtr	 stream;

	if (len == 0)
		return NULL;
	if (kept == NULL && (kept = htmlNewParserCtxt()) == NULL)
		return NULL;
	in = xmlParserInputBufferCreateStatic(html, (int)len,
	    XML_CHAR_ENCODING_NONE);
	if (in == NULL)
		return NULL;
	if ((stream = xmlNewIOInputStream(kept, in,
	    XML_CHAR_ENCODING_NONE)) == NULL) {
		xmlFreeParserInputBuffer(in);
		return NULL;
	}
	inputPush(kept, stream);
	return kept;
}

/* Done with the context: reset for the next parse, or freed. */
static void
done_ctxt(htmlParserCtxtPtr ctxt)
{
	if (ctxt->dict != NULL && xmlDictSize(ctxt->dict) > KEPT_NAMES) {
		htmlFreeParserCtxt(ctxt);
		kept = NULL;
	} else
		htmlCtxtReset(ctxt);
}

void
html_thread_release(void)
{
	if (kept != NULL)
		htmlFreeParserCtxt(kept);
	kept = NULL;
}

struct dom *
dom_parse(const char *html, size_t len, int max_depth, struct arena *a)
{
	struct dom_limits	 lim = { max_depth, 0 };

	return dom_parse_limited(html, len, &lim, a);
}

struct dom *
dom_parse_limited(const char *html, size_t len, const struct dom_limits *lim,
    struct arena *a)
{
	htmlParserCtxtPtr	 ctxt;
	struct build		 b;
	struct dom		*dom;
	struct buf		 capped;

	if (len > 0x7fffffff)
		return NULL;
	buf_init(&capped);
	if (markup_attrs_over(html, len, MARKUP_MAX_ATTRS)) {
		buf_add(&capped, html, len);
		markup_cap_attrs(capped.data, capped.len, MARKUP_MAX_ATTRS);
		html = capped.data;
	}
	ctxt = new_ctxt(html, len);
	if (ctxt == NULL) {
		buf_release(&capped);
		return NULL;
	}
	memset(&b, 0, sizeof(b));
	b.a = a;
	b.max_depth = DOM_MAX_DEPTH;
	if (lim != NULL) {
		if (lim->max_depth > 0)
			b.max_depth = lim->max_depth < DOM_DEPTH_LIMIT ?
			    lim->max_depth : DOM_DEPTH_LIMIT;
		b.deadline = lim->deadline;
	}
	dom = b.dom = arena_calloc(a, 1, sizeof(*dom));
	dom->root = b.cur = arena_calloc(a, 1, sizeof(struct dom_node));
	dom->root->tag = T_HTML;
	buf_init(&b.text);
	buf_init(&b.metas);
	buf_init(&b.lds);
	buf_init(&b.pend);
	buf_init(&b.open);
	sax_init(ctxt, &b);
	htmlParseDocument(ctxt);
	done_ctxt(ctxt);
	buf_release(&capped);
	flush_text(&b);
	if (b.cap == CAP_TITLE && dom->title == NULL)
		dom->title = arena_strndup(a, b.text.data, b.text.len);
	dom->script_date = b.sdate.date;
	dom->n_meta = b.metas.len / sizeof(struct dom_meta);
	if (dom->n_meta > 0) {
		dom->meta = arena_alloc(a, b.metas.len);
		memcpy(dom->meta, b.metas.data, b.metas.len);
	}
	dom->n_jsonld = b.lds.len / sizeof(char *);
	if (dom->n_jsonld > 0) {
		dom->jsonld = arena_alloc(a, b.lds.len);
		memcpy(dom->jsonld, b.lds.data, b.lds.len);
	}
	buf_release(&b.text);
	buf_release(&b.metas);
	buf_release(&b.lds);
	buf_release(&b.pend);
	buf_release(&b.open);
	if (dom->body == NULL)
		dom->body = dom->root;
	return dom;
}

void
html_library_init(void)
{
	xmlInitParser();
}
