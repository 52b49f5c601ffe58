/* SPDX-License-Identifier: MIT */
/*
 * Internal to the XML feed reader: element naming and text constructs over
 * libxml2 nodes, shared by feed.c and feed_item.c. Strings returned are in
 * the arena given; nodes are borrowed from the parsed document.
 */
#ifndef NF_INGEST_FEED_XML_H
#define NF_INGEST_FEED_XML_H

#include <stdbool.h>
#include <libxml/tree.h>

struct arena;
struct doc;
struct ingest;

/* One feed being read: what its items inherit. */
struct feed {
	struct ingest		*ig;
	const struct doc	*d;
	struct arena		*a;
	xmlDoc			*doc;
	const char		*format;	/* "rss", "rdf", "atom" */
	bool			 atom;
	const char		*outlet;	/* channel title */
	const char		*link;		/* channel link: base URL */
	const char		*lang;		/* channel language */
	int			 items;		/* items seen */
	int			 emitted;	/* records written or filtered */
};

/* Reads one item or entry and emits its record. */
void	feed_item(struct feed *, const xmlNode *item);

/* Primary language subtag, lowercased ("en-US" -> "en"), or NULL. */
const char *feed_lang(const char *, struct arena *);

/* How the characters of an element are to be read. */
enum feed_kind {
	FEED_TEXT,	/* literal text */
	FEED_HTML,	/* escaped or CDATA HTML */
	FEED_XHTML,	/* inline XHTML elements */
	FEED_GUESS,	/* text, unless it looks like HTML (RSS titles) */
};

/*
 * The namespace family of an element: "" for the core vocabularies (no
 * namespace, RSS 0.9x/1.0/2.0, Atom 0.3/1.0), "dc", "dcterms", "content",
 * "media", "xhtml", "rdf", else the prefix or the namespace URI.
 * *local is set to the local name (an undeclared "dc:creator" is split).
 */
const char *feed_ns(const xmlNode *, const char **local);

/* True when the element is ns:local (ns as feed_ns returns it). */
bool	feed_is(const xmlNode *, const char *ns, const char *local);

/* An attribute's value in a, or NULL. */
const char *feed_attr(const xmlNode *, const char *name, struct arena *);

/*
 * The last HTML of an item converted to text: feeds often give the same
 * HTML as description and content:encoded (or summary and content).
 */
struct feed_memo {
	const char	*html;		/* as given to html_fragment_text */
	size_t		 len;
	const char	*text;		/* what it gave */
};

/*
 * The text of a text construct: its type/mode attributes (Atom) override
 * def. HTML and XHTML go through html_fragment_text, unless memo (may be
 * NULL) holds the same HTML. NULL when empty.
 */
const char *feed_text(const xmlNode *, enum feed_kind def, bool atom,
	    struct arena *, struct feed_memo *memo);

/* The element's characters, whitespace runs squashed to one space. */
const char *feed_plain(const xmlNode *, struct arena *);

/* Squashes whitespace runs in place and trims; NULL when empty. */
char	*feed_squash(char *);

/* True when s looks like HTML by feedparser's rules. */
bool	feed_looks_like_html(const char *s);

#endif
