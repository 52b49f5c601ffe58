/* SPDX-License-Identifier: MIT */
/*
 * JSON-LD in pages is often not quite JSON: HTML comments or CDATA around
 * it, raw newlines and tabs inside strings, trailing commas, several
 * objects in a row. A small tolerant reader turns each script into a tree
 * of values in the arena (depth and size bounded), then a walk over
 * objects, @graph arrays and mainEntity finds the article (NewsArticle,
 * Article, BlogPosting, ... before WebPage) and reads its fields.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/utf8.h"
#include "ingest/dom.h"
#include "ingest/meta.h"

#define JV_MAX_DEPTH	48

enum jt { J_NULL, J_STR, J_NUM, J_OBJ, J_ARR };

struct jv {
	enum jt		  t;
	const char	 *s;		/* J_STR, J_NUM */
	const char	**keys;		/* J_OBJ */
	struct jv	**vals;		/* J_OBJ, J_ARR */
	size_t		  n;
};

struct jr {
	const char	*p, *e;
	struct arena	*a;
};

static struct jv *j_value(struct jr *, int);
static void	 j_ws(struct jr *);
static void	 add_steps(const struct jv *, struct buf *, int);
static const char *steps_text(const struct jv *, struct arena *);
static const char *j_string(struct jr *);
static struct jv *j_get(const struct jv *, const char *);
static const char *j_str(const struct jv *);
static const char *j_name(const struct jv *);
static int	 article_rank(const struct jv *);
static void	 find(const struct jv *, const struct jv **, int *,
		    const struct jv **, struct buf *, int);
static void	 add_names(const struct jv *, const struct buf *,
		    const char ***, size_t *, struct arena *);
static const struct jv *resolve(const struct jv *, const struct buf *);
static bool	 is_org(const struct jv *);
static void	 add_authors(const struct jv *, const struct buf *,
		    struct ld_info *, struct arena *);

/* Appends the texts of a HowTo's steps or a recipe's instructions: a
   string, a step's "text", or the steps of a section, in order. */
static void
add_steps(const struct jv *v, struct buf *b, int depth)
{
	const struct jv	*t;
	size_t		 i;

	if (v == NULL || depth > 4)
		return;
	if (v->t == J_STR && *v->s) {
		buf_add(b, v->s, strlen(v->s));
		buf_addc(b, '\n');
	} else if (v->t == J_ARR) {
		for (i = 0; i < v->n; i++)
			add_steps(v->vals[i], b, depth + 1);
	} else if (v->t == J_OBJ) {
		if ((t = j_get(v, "text")) != NULL && t->t == J_STR)
			add_steps(t, b, depth + 1);
		else
			add_steps(j_get(v, "itemListElement"), b, depth + 1);
	}
}

/*
 * The body of a HowTo or a Recipe, which has no articleBody: its
 * description, ingredients and steps, a line each; NULL when it has no
 * steps. The lines may hold HTML.
 */
static const char *
steps_text(const struct jv *o, struct arena *a)
{
	const struct jv	*steps = j_get(o, "step");
	struct buf	 b;
	const char	*s;

	if (steps == NULL)
		steps = j_get(o, "recipeInstructions");
	if (steps == NULL)
		return NULL;
	buf_init(&b);
	add_steps(j_get(o, "description"), &b, 0);
	add_steps(j_get(o, "recipeIngredient"), &b, 0);
	add_steps(steps, &b, 0);
	s = b.len > 0 ? arena_strndup(a, b.data, b.len) : NULL;
	buf_release(&b);
	return s;
}

static void
j_ws(struct jr *r)
{
	while (r->p < r->e && (*r->p == ' ' || *r->p == '\n' ||
	    *r->p == '\r' || *r->p == '\t' || *r->p == ','))
		r->p++;
}

static const char *
j_string(struct jr *r)
{
	struct buf	 b;
	const char	*s;
	char		 q = *r->p++, enc[4];
	unsigned	 cp, i;

	buf_init(&b);
	while (r->p < r->e && *r->p != q) {
		if (*r->p != '\\' || r->p + 1 >= r->e) {
			buf_addc(&b, *r->p++);
			continue;
		}
		r->p++;
		switch (*r->p) {
		case 'n': buf_addc(&b, '\n'); break;
		case 't': buf_addc(&b, '\t'); break;
		case 'r': buf_addc(&b, '\r'); break;
		case 'b': case 'f': buf_addc(&b, ' '); break;
		case 'u':
			for (cp = 0, i = 1; i <= 4 && r->p + i < r->e; i++) {
				char c = r->p[i];

				cp = cp * 16 + (unsigned)(c >= 'a' ? c - 'a' + 10 :
				    c >= 'A' ? c - 'A' + 10 : c - '0');
			}
			r->p += r->e - r->p > 4 ? 4 : r->e - r->p - 1;
			if (cp >= 0xD800 && cp <= 0xDBFF && r->p + 6 < r->e &&
			    r->p[1] == '\\' && r->p[2] == 'u') {
				unsigned lo = 0;

				for (i = 3; i <= 6; i++) {
					char c = r->p[i];

					lo = lo * 16 + (unsigned)(c >= 'a' ?
					    c - 'a' + 10 : c >= 'A' ?
					    c - 'A' + 10 : c - '0');
				}
				if (lo >= 0xDC00 && lo <= 0xDFFF) {
					cp = 0x10000 + ((cp - 0xD800) << 10) +
					    (lo - 0xDC00);
					r->p += 6;
				}
			}
			if (cp >= 0xD800 && cp <= 0xDFFF)
				cp = 0xFFFD;
			buf_add(&b, enc, utf8_encode(cp, enc));
			break;
		default: buf_addc(&b, *r->p);
		}
		r->p++;
	}
	if (r->p < r->e)
		r->p++;
	s = arena_strndup(r->a, b.data ? b.data : "", b.len);
	buf_release(&b);
	return s;
}

static struct jv *
j_value(struct jr *r, int depth)
{
	struct jv	*v;
	struct buf	 keys, vals;
	const char	*k, *start;
	struct jv	*x;
	char		 close;

	j_ws(r);
	if (r->p >= r->e || depth > JV_MAX_DEPTH)
		return NULL;
	v = arena_calloc(r->a, 1, sizeof(*v));
	if (*r->p == '"' || *r->p == '\'') {
		v->t = J_STR;
		v->s = j_string(r);
		return v;
	}
	if (*r->p != '{' && *r->p != '[') {
		for (start = r->p; r->p < r->e && !strchr(",]} \n\r\t", *r->p);
		    r->p++)
			;
		if (r->p == start) {
			r->p++;
			return NULL;
		}
		v->t = J_NUM;
		v->s = arena_strndup(r->a, start, (size_t)(r->p - start));
		return v;
	}
	v->t = *r->p == '{' ? J_OBJ : J_ARR;
	close = *r->p == '{' ? '}' : ']';
	r->p++;
	buf_init(&keys);
	buf_init(&vals);
	for (;;) {
		j_ws(r);
		if (r->p >= r->e || *r->p == close)
			break;
		k = NULL;
		if (v->t == J_OBJ) {
			if (*r->p != '"' && *r->p != '\'')
				break;
			k = j_string(r);
			j_ws(r);
			if (r->p >= r->e || *r->p != ':')
				break;
			r->p++;
		}
		start = r->p;
		x = j_value(r, depth + 1);
		if (x == NULL && r->p == start)
			break;
		if (x == NULL)
			continue;
		if (v->t == J_OBJ)
			buf_add(&keys, &k, sizeof(k));
		buf_add(&vals, &x, sizeof(x));
	}
	if (r->p < r->e && *r->p == close)
		r->p++;
	v->n = vals.len / sizeof(struct jv *);
	v->vals = arena_alloc(r->a, vals.len + 1);
	memcpy(v->vals, vals.data ? vals.data : "", vals.len);
	if (v->t == J_OBJ) {
		v->keys = arena_alloc(r->a, keys.len + 1);
		memcpy(v->keys, keys.data ? keys.data : "", keys.len);
	}
	buf_release(&keys);
	buf_release(&vals);
	return v;
}

static struct jv *
j_get(const struct jv *o, const char *key)
{
	size_t	i;

	if (o == NULL || o->t != J_OBJ)
		return NULL;
	for (i = 0; i < o->n; i++)
		if (strcmp(o->keys[i], key) == 0)
			return o->vals[i];
	return NULL;
}

/* A string value, or the first string of an array; NULL if empty. */
static const char *
j_str(const struct jv *v)
{
	if (v != NULL && v->t == J_ARR && v->n > 0)
		v = v->vals[0];
	if (v == NULL || v->t != J_STR || v->s[strspn(v->s, " \t\n")] == '\0')
		return NULL;
	return v->s;
}

/* A name: the string itself, or an object's "name". */
static const char *
j_name(const struct jv *v)
{
	if (v != NULL && v->t == J_ARR && v->n > 0)
		v = v->vals[0];
	if (v != NULL && v->t == J_OBJ)
		return j_str(j_get(v, "name"));
	return j_str(v);
}

/* 3: a news article type, 2: another article type, 1: WebPage, 0: no. */
static int
article_rank(const struct jv *o)
{
	static const char *const news[] = { "NewsArticle",
	    "ReportageNewsArticle", "AnalysisNewsArticle",
	    "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle",
	    "LiveBlogPosting", "Article", "BlogPosting", "SatiricalArticle",
	    "AskPublicNewsArticle", NULL };
	static const char *const other[] = { "Report", "TechArticle",
	    "Recipe", "HowTo", "Review", "Event", "VideoObject",
	    "ScholarlyArticle", "SocialMediaPosting", "DiscussionForumPosting",
	    "Posting", "Blog", NULL };
	const struct jv	*t = j_get(o, "@type");
	size_t		 i, k, n;
	int		 best = 0;
	const char	*s;

	if (t == NULL)
		return 0;
	n = t->t == J_ARR ? t->n : 1;
	for (i = 0; i < n; i++) {
		s = j_str(t->t == J_ARR ? t->vals[i] : t);
		if (s == NULL)
			continue;
		if (strncmp(s, "http://schema.org/", 18) == 0 ||
		    strncmp(s, "https://schema.org/", 19) == 0)
			s = strchr(s + 8, '/') + 1;
		for (k = 0; news[k] != NULL; k++)
			if (strcmp(s, news[k]) == 0 && best < 3)
				best = 3;
		for (k = 0; other[k] != NULL; k++)
			if (strcmp(s, other[k]) == 0 && best < 2)
				best = 2;
		if (strstr(s, "WebPage") != NULL && best < 1)
			best = 1;
	}
	return best;
}

/* Depth-first search for the best-ranked object and a WebSite. */
static void
find(const struct jv *v, const struct jv **best, int *rank,
    const struct jv **site, struct buf *ids, int depth)
{
	size_t		 i;
	int		 r;
	const char	*t;

	if (v == NULL || depth > 12)
		return;
	if (v->t == J_OBJ) {
		r = article_rank(v);
		if (r > *rank) {
			*rank = r;
			*best = v;
		}
		t = j_str(j_get(v, "@type"));
		if (t != NULL && strcmp(t, "WebSite") == 0 && *site == NULL)
			*site = v;
		if (j_str(j_get(v, "@id")) != NULL && v->n > 1)
			buf_add(ids, &v, sizeof(v));
	}
	if (v->t == J_OBJ || v->t == J_ARR)
		for (i = 0; i < v->n; i++)
			if (v->vals[i]->t == J_OBJ || v->vals[i]->t == J_ARR)
				find(v->vals[i], best, rank, site, ids, depth + 1);
}

/* An object that is only {"@id": ...}: the full object with that id. */
static const struct jv *
resolve(const struct jv *v, const struct buf *ids)
{
	const struct jv	**o = (const struct jv **)ids->data;
	const char	 *id;
	size_t		  i;

	if (v == NULL || v->t != J_OBJ || j_get(v, "name") != NULL ||
	    (id = j_str(j_get(v, "@id"))) == NULL)
		return v;
	for (i = 0; i < ids->len / sizeof(*o); i++)
		if (strcmp(j_str(j_get(o[i], "@id")), id) == 0)
			return o[i];
	return v;
}

static void
add_names(const struct jv *v, const struct buf *ids, const char ***names,
    size_t *n, struct arena *a)
{
	size_t		i;
	const char	*s;

	if (v == NULL)
		return;
	if (v->t == J_ARR) {
		for (i = 0; i < v->n && i < 20; i++)
			add_names(v->vals[i], ids, names, n, a);
		return;
	}
	v = resolve(v, ids);
	if ((s = j_name(v)) != NULL)
		byline_split(s, names, n, a);
}

/* True for an Organization (of any kind) rather than a Person. */
static bool
is_org(const struct jv *v)
{
	const char	*t = j_str(j_get(v, "@type"));

	return t != NULL && strstr(t, "Organization") != NULL;
}

/* Persons to authors, organizations to orgs. */
static void
add_authors(const struct jv *v, const struct buf *ids, struct ld_info *ld,
    struct arena *a)
{
	size_t	i;

	if (v == NULL)
		return;
	if (v->t == J_ARR) {
		for (i = 0; i < v->n && i < 20; i++)
			add_authors(v->vals[i], ids, ld, a);
		return;
	}
	v = resolve(v, ids);
	if (is_org(v))
		add_names(v, ids, &ld->org_authors, &ld->n_org_authors, a);
	else
		add_names(v, ids, &ld->authors, &ld->n_authors, a);
}

void
meta_jsonld(const struct dom *d, struct ld_info *ld, struct arena *a)
{
	const struct jv	*best = NULL, *site = NULL, *v, *kw;
	struct jr	 r;
	struct buf	 ids;
	int		 rank = 0;
	size_t		 i, len;

	memset(ld, 0, sizeof(*ld));
	buf_init(&ids);
	for (i = 0; i < d->n_jsonld; i++) {
		r.p = d->jsonld[i];
		len = strlen(r.p);
		r.e = r.p + len;
		r.a = a;
		while (r.p < r.e) {
			while (r.p < r.e && *r.p != '{' && *r.p != '[')
				r.p++;
			if (r.p >= r.e)
				break;
			v = j_value(&r, 0);
			find(v, &best, &rank, &site, &ids, 0);
		}
	}
	if (site != NULL)
		ld->site_name = j_str(j_get(site, "name"));
	if (best == NULL) {
		buf_release(&ids);
		return;
	}
	if (rank >= 2) {
		ld->headline = j_str(j_get(best, "headline"));
		if (ld->headline == NULL)
			ld->headline = j_str(j_get(best, "name"));
		ld->body = j_str(j_get(best, "articleBody"));
		if (ld->body == NULL)
			ld->steps = (ld->body = steps_text(best, a)) != NULL;
	}
	ld->published = j_str(j_get(best, "datePublished"));
	if (ld->published == NULL)
		ld->published = j_str(j_get(best, "dateCreated"));
	ld->modified = j_str(j_get(best, "dateModified"));
	add_authors(j_get(best, "author"), &ids, ld, a);
	ld->publisher = j_name(resolve(j_get(best, "publisher"), &ids));
	if ((ld->url = j_str(j_get(best, "url"))) == NULL)
		ld->url = j_str(j_get(j_get(best, "mainEntityOfPage"), "@id"));
	ld->lang = j_str(j_get(best, "inLanguage"));
	ld->description = j_str(j_get(best, "description"));
	if ((kw = j_get(best, "keywords")) != NULL) {
		if (kw->t == J_STR) {
			ld->tags = arena_alloc(a, sizeof(char *));
			ld->tags[0] = kw->s;
			ld->n_tags = 1;
		} else if (kw->t == J_ARR) {
			ld->tags = arena_alloc(a, (kw->n + 1) * sizeof(char *));
			for (i = 0; i < kw->n; i++)
				if (j_str(kw->vals[i]) != NULL)
					ld->tags[ld->n_tags++] = kw->vals[i]->s;
		}
	}
	buf_release(&ids);
}

static const struct {
	const char	*name;
	const char	*utf8;
} entities[] = {
	{ "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" },
	{ "apos", "'" }, { "nbsp", " " }, { "raquo", "»" }, { "laquo", "«" },
	{ "ndash", "–" }, { "mdash", "—" }, { "hellip", "…" },
	{ "rsquo", "’" }, { "lsquo", "‘" }, { "rdquo", "”" }, { "ldquo", "“" },
	{ "bdquo", "„" }, { "shy", "" }, { "middot", "·" }, { "copy", "©" },
};

const char *
meta_unescape(const char *s, struct arena *a)
{
	struct buf	 b;
	const char	*p, *e, *r;
	char		 enc[4];
	unsigned long	 cp;
	size_t		 i, n;

	buf_init(&b);
	for (p = s; *p; p++) {
		if (*p != '&' || (e = strchr(p, ';')) == NULL || e - p > 10) {
			buf_addc(&b, *p);
			continue;
		}
		n = (size_t)(e - p - 1);
		if (p[1] == '#') {
			cp = p[2] == 'x' || p[2] == 'X' ?
			    strtoul(p + 3, NULL, 16) : strtoul(p + 2, NULL, 10);
			if (cp == 0 || cp > 0x10FFFF ||
			    (cp >= 0xD800 && cp <= 0xDFFF)) {
				buf_addc(&b, *p);
				continue;
			}
			buf_add(&b, enc, utf8_encode((uint32_t)cp, enc));
			p = e;
			continue;
		}
		for (r = NULL, i = 0; i < sizeof(entities) /
		    sizeof(entities[0]); i++)
			if (strlen(entities[i].name) == n &&
			    strncmp(p + 1, entities[i].name, n) == 0)
				r = entities[i].utf8;
		if (r == NULL) {
			buf_addc(&b, *p);
			continue;
		}
		buf_adds(&b, r);
		p = e;
	}
	r = arena_strndup(a, b.data ? b.data : "", b.len);
	buf_release(&b);
	return r;
}
