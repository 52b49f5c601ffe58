/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of how the HTML page extractor (src/ingest/html.c, dom.c,
 * extract*.c) finds the story on the hand-written pages of
 * tests/fixtures/extract/ and on inline pages: what the story is made of
 * and what must stay out of it. Metadata: test_extract_meta.c.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "extract_pages.h"

#include "core/arena.h"
#include "core/buf.h"
#include "core/record.h"
#include "ingest/dom.h"
#include "ingest/extract.h"
#include "ingest/html.h"
#include "ingest/meta.h"


static void
test_comments(void **state)
{
	struct page	p;

	(void)state;
	load(&p, "comments.html", "https://ledger.example/x?id=1");
	assert_int_equal(p.rc, 0);
	has(p.r.text, "The harbour bridge reopened to traffic");
	has(p.r.text, "until a final inspection in the summer, the council said.");
	lacks(p.r.text, "About time too");
	lacks(p.r.text, "42 comments");
	lacks(p.r.text, "All rights reserved");
	lacks(p.r.text, "By Mary Holt");
	assert_int_equal(paragraphs(p.r.text), 4);
	assert_string_equal(p.r.title, "Harbour bridge reopens after repairs");
	assert_int_equal(p.r.n_authors, 1);
	assert_string_equal(p.r.authors[0], "Mary Holt");
	assert_string_equal(p.r.published, "2022-03-04T07:30:00Z");
	assert_string_equal(p.r.published_from, "meta");
	assert_string_equal(p.r.outlet, "The Coastal Ledger");
	assert_null(p.r.domain);
	assert_string_equal(p.r.lang, "en");
	assert_string_equal(p.r.url,
	    "https://ledger.example/news/2022/03/04/harbour-bridge-reopens");
	arena_free(p.a);
}

/*
 * A comment form inside the story's container, with no class to name it:
 * its labels ("Leave a reply", "Email (will not be published)") and its
 * text area make a form to fill in, not the story; so do a sign-up
 * form's sentences around its mail field. A page wrapped whole
 * in one form, as ASP.NET pages are, keeps its story, though the form
 * has a text area.
 */
static void
test_comment_form(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div><div><p>The podcast's guests spoke "
	    "live from the camp, about what they saw there.</p></div>"
	    "<div><h3>Leave a reply</h3><form action=\"/post\"><p>Your email "
	    "address will not be published. Required fields are marked, as "
	    "always, with a star, and checked before they are sent.</p>"
	    "<p><label>Comment</label><textarea name=\"c\"></textarea></p>"
	    "<p><label>Name, as you want it shown beside your comment, with "
	    "your town if you like *</label><input type=\"text\"></p>"
	    "<p><label>Email, which stays with us and is never shown, "
	    "shared, or sold to anyone, ever *</label><input type=\"text\">"
	    "</p><p><label>Notify me of follow-up comments by email, and of "
	    "new posts, by email too, now and then.</label><input type=\""
	    "checkbox\"></p><p><input type=\"submit\" value=\"Post\"></p>"
	    "</form></div></div></body></html>", a);
	has(t, "The podcast's guests spoke live");
	lacks(t, "will not be published");
	lacks(t, "Notify me of follow-up comments");
	t = text_of("<html><body><div><div><p>The podcast's guests spoke "
	    "live from the camp, about what they saw there.</p></div><form>"
	    "<p>Did you like this story? Then miss none of the next ones, "
	    "ever: give us your mail address, and we send you each one, as "
	    "soon as it is out.</p><p><input type=\"email\" name=\"m\">"
	    "<input type=\"submit\" value=\"Sign up\"></p><p>We keep your "
	    "address to ourselves, and you can leave the list at any time, "
	    "with one click, from any of our mails.</p></form></div></body>"
	    "</html>", a);
	has(t, "The podcast's guests spoke live");
	lacks(t, "Did you like this story?");
	t = text_of("<html><body><form id=\"aspnetForm\" action=\"/x.aspx\">"
	    "<input type=\"hidden\" name=\"__VIEWSTATE\" value=\"x\"><div>"
	    LONG_BODY "</div><div><textarea name=\"feedback\"></textarea>"
	    "</div></form></body></html>", a);
	has(t, "The first paragraph of the story");
	has(t, "but said it well.");
	arena_free(a);
}

static void
test_split_by_ads(void **state)
{
	struct page	p;

	(void)state;
	load(&p, "split.html", NULL);
	assert_int_equal(p.rc, 0);
	has(p.r.text, "The town council voted by nine votes to four");
	has(p.r.text, "two posts that are vacant will not be filled");
	lacks(p.r.text, "Optica");
	lacks(p.r.text, "Advertisement");
	lacks(p.r.text, "Related stories");
	lacks(p.r.text, "Library closure plan sparks protest");
	lacks(p.r.text, "Tweet");
	assert_int_equal(paragraphs(p.r.text), 5);
	/* JSON-LD: the author is an @id reference into the @graph. */
	assert_int_equal(p.r.n_authors, 1);
	assert_string_equal(p.r.authors[0], "Tom Ashby");
	assert_string_equal(p.r.published, "2021-11-05T23:45:00Z");
	assert_string_equal(p.r.published_from, "jsonld");
	assert_string_equal(p.r.outlet, "Riverside Times");
	assert_int_equal(p.r.n_tags, 3);
	assert_string_equal(p.r.tags[2], "budget");
	assert_null(p.r.url);
	arena_free(p.a);
}

static void
test_list_and_table(void **state)
{
	struct page	p;

	(void)state;
	load(&p, "list-table.html", NULL);
	assert_int_equal(p.rc, 0);
	has(p.r.text, "wie sie der Wahlleiter am Montag bekanntgegeben hat:\n\n"
	    "Die Bürgerliste bleibt mit elf Sitzen stärkste Kraft im Rat.");
	has(p.r.text, "Die Wahlbeteiligung stieg von 48 auf 61 Prozent.");
	has(p.r.text, "Sozialdemokraten\n\n2.105\n\n5");
	has(p.r.text, "bei der auch der Bürgermeister vereidigt wird.");
	lacks(p.r.text, "Impressum");
	lacks(p.r.text, "Kultur");
	assert_string_equal(p.r.published, "2023-10-09");
	assert_string_equal(p.r.lang, "de");
	arena_free(p.a);
}

static void
test_gallery(void **state)
{
	struct page	p;

	(void)state;
	load(&p, "gallery.html", NULL);
	assert_int_equal(p.rc, 0);
	assert_string_equal(p.r.text, "Thousands of visitors came to the park "
	    "this weekend for the spring flower show, which returned after a "
	    "two-year break.");
	assert_string_equal(p.r.title, "In pictures: the spring flower show");
	arena_free(p.a);
}

static void
test_liveblog(void **state)
{
	struct page	p;

	(void)state;
	load(&p, "liveblog.html", NULL);
	assert_int_equal(p.rc, 0);
	has(p.r.text, "two fishing boats have been towed back to harbour");
	has(p.r.text, "a tree has fallen across the line near the viaduct");
	has(p.r.text, "More than four thousand homes are without power");
	has(p.r.text, "Schools in the coastal villages will close");
	lacks(p.r.text, "morning briefing");
	assert_int_equal(p.r.n_authors, 2);
	assert_string_equal(p.r.authors[1], "Raj Patel");
	assert_string_equal(p.r.title, "Live: storm hits the coast");
	assert_string_equal(p.r.outlet, "Northern Post");
	arena_free(p.a);
}

static void
test_russian(void **state)
{
	struct page	p;

	(void)state;
	load(&p, "russian.html", NULL);
	assert_int_equal(p.rc, 0);
	has(p.r.text, "В пятницу в городе открыли движение по новому мосту");
	has(p.r.text, "сообщили в администрации.");
	lacks(p.r.text, "Читайте также");
	lacks(p.r.text, "Поделиться");
	lacks(p.r.text, "Автор");
	assert_int_equal(paragraphs(p.r.text), 3);
	assert_string_equal(p.r.title, "В городе открыли новый мост");
	assert_int_equal(p.r.n_authors, 1);
	assert_string_equal(p.r.authors[0], "Иван Петров");
	assert_string_equal(p.r.published, "2022-01-07");
	assert_string_equal(p.r.published_from, "text");
	assert_string_equal(p.r.lang, "ru");
	arena_free(p.a);
}

static void
test_cjk(void **state)
{
	struct page	p;

	(void)state;
	load(&p, "cjk.html", NULL);
	assert_int_equal(p.rc, 0);
	has(p.r.text, "记者从市图书馆获悉");
	has(p.r.text, "认为下班以后也能安心看书了。");
	lacks(p.r.text, "热门新闻");
	lacks(p.r.text, "地铁新线路");
	assert_int_equal(paragraphs(p.r.text), 4);
	assert_string_equal(p.r.title, "城市图书馆延长开放时间");
	assert_string_equal(p.r.lang, "zh");
	assert_int_equal(p.r.n_tags, 3);
	arena_free(p.a);
	/* a short closing sentence beside the story ends with its own
	   script's full stop, not with ". " */
	p.a = arena_new();
	has(text_of("<html><body><div><p>记者从市图书馆获悉，从下月起，图书馆"
	    "将把每天的开放时间延长两个小时。</p><p>馆长表示，近年来读者人数不断"
	    "增加，晚上的阅览室经常座无虚席。</p><p>延长开放时间后，图书馆将增加"
	    "工作人员，并为夜间读者提供热水和充电服务。</p></div>"
	    "<p>周末的开放时间不变。</p></body></html>", p.a),
	    "周末的开放时间不变。");
	arena_free(p.a);
}

static void
test_line_filters(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	inline_page("<html><body><div><p>By Anna Smith and Bob Jones</p>"
	    "<p>Updated: 07.01.2022, 10:15</p><div><span>21</span> <span>0"
	    "</span> <span>0</span></div><div>Aa Aa Aa</div><div>- A +</div>"
	    TWO_PARAS
	    "<p>Photo: Jane Doe / Agency</p>"
	    "<p>Read also: Another story about something else</p>"
	    "<p>We use cookies to improve your experience on our site.</p>"
	    "<p>https://example.org/more</p>"
	    "<p>By 2030, the city plans to double the number of buses.</p>"
	    "</div></body></html>", NULL, NULL, &r, a);
	lacks(r.text, "Anna Smith");
	lacks(r.text, "Updated");
	lacks(r.text, "21");
	lacks(r.text, "Aa");
	lacks(r.text, "+");
	lacks(r.text, "Jane Doe");
	lacks(r.text, "Read also");
	lacks(r.text, "cookies");
	lacks(r.text, "example.org");
	has(r.text, "By 2030, the city plans to double the number of buses.");
	assert_int_equal(paragraphs(r.text), 3);
	arena_free(a);
}

static void
test_hinted_body(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	/* The story body, hinted by its class, sits in a "footer"-classed
	   wrapper that would otherwise be set aside. */
	inline_page("<html><body><div class=\"above-footer\"><div class="
	    "\"entry-content\">" TWO_PARAS TWO_PARAS TWO_PARAS "</div></div><div><p>About "
	    "this site: a long text, with commas, about who we are, what we "
	    "do, where we are, and why, repeated, so that it is long enough "
	    "to be taken for a story.</p><p>More about the site, its history, "
	    "its people, its values, and its plans, with commas, so that it "
	    "scores, and it scores well.</p><p>And even more about the site, "
	    "written at length, with commas, to pass five hundred characters "
	    "of text.</p><p>The site thanks its readers, its sponsors, its "
	    "friends, and its families, for years of support, patience, and "
	    "kindness, in good times and bad.</p></div></body></html>", NULL,
	    NULL, &r, a);
	lacks(r.text, "About this site");
	has(r.text, "The first paragraph of the story");
	has(r.text, "the container wins the scoring easily.");
	arena_free(a);
}

/*
 * A story told in lists of prose (release notes, a weekly digest: items
 * with no <p>) beside a comment section of paragraphs: the items count as
 * paragraphs do, so the story is not lost to the comments. Items that are
 * links do not count, in-page links (a table of contents) included,
 * though those weigh little in link density.
 */
static void
test_list_story(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><main><article><h1>Weekly notes</h1>"
	    "<h3>Highlights</h3><ul>"
	    "<li>We landed the new updater, which checks, downloads, and "
	    "installs in the background.</li>"
	    "<li>The printing dialog, after months of work, now shows a "
	    "preview, margins, and page ranges.</li>"
	    "<li>Start-up is faster, by a tenth, on older laptops, thanks to "
	    "lazy loading.</li></ul>"
	    "<h3>Project updates</h3><ul>"
	    "<li>The password manager, finally, fills forms in frames, pop-ups, "
	    "and dialogs.</li>"
	    "<li>Search suggestions, from history and bookmarks, now appear as "
	    "you type, in order.</li>"
	    "<li>Picture-in-picture, on every platform, gained captions, a "
	    "timeline, and volume.</li></ul></article>"
	    "<section><h2>2 comments</h2><div><p>Are there plans, at last, to "
	    "group tabs into collections, close them, and reopen them later, "
	    "with their addresses saved, as on Android?</p></div>"
	    "<div><p>Thanks, all, for the work on printing, which, for me, was "
	    "the one thing, above all, that kept me on another browser.</p>"
	    "</div></section></main></body></html>", a);
	has(t, "We landed the new updater");
	has(t, "Picture-in-picture, on every platform");
	t = text_of("<html><body><div><ul>"
	    "<li><a href=\"#a\">What the council decided, why, and what "
	    "it costs, in brief</a></li>"
	    "<li><a href=\"#b\">Who voted for it, who against, and who, in "
	    "the end, abstained</a></li>"
	    "<li><a href=\"#c\">What farmers, shops, and schools say, and "
	    "what they fear, in their words</a></li>"
	    "<li><a href=\"#d\">What happens next, in spring, in summer, "
	    "and, if all goes well, in autumn</a></li>"
	    "<li><a href=\"#e\">How to object, where, by when, and with "
	    "which forms, step by step</a></li></ul></div>"
	    "<div>" BODY "</div></body></html>", a);
	has(t, "The first paragraph of the story");
	lacks(t, "What the council decided");
	arena_free(a);
}

/*
 * The page's one <article> holds the story; beside it, an author's box
 * of comma-rich paragraphs outscores it. The best candidate inside the
 * <article> is the text, as it scores at least half as much, and nothing
 * beside the <article> comes with it: not the author's box, not the
 * teasers of other episodes.
 */
static void
test_lone_article(void **state)
{
	struct arena	*a = arena_new();
	const char	*t;

	(void)state;
	t = text_of("<html><body><div><article><h1>Live from the camp</h1>"
	    "<div><p>At the camp, this year in Berlin, we recorded live, with "
	    "two guests, who told us, in turn, what they had seen there.</p>"
	    "<p>The first guest, who has run such camps for ten years, spoke "
	    "about what makes people come back, year after year, to the same "
	    "place.</p><p>The second guest, new to it all, spoke about what "
	    "surprised her most: how much is decided in the hallway, and how "
	    "little on the stage.</p><p>We close with a question from the "
	    "audience, about what the next camp should do better, and with "
	    "both answers.</p></div></article>"
	    "<div><h3>About the host</h3><div><p>The host, an engineer by "
	    "training, runs an academy, writes, teaches, and speaks, about "
	    "learning, at firms, schools, and fairs.</p><p>He lives, with his "
	    "family, two cats, and far too many books, in a small town, by a "
	    "lake, in the south, near the hills.</p><p>Before the academy, he "
	    "worked, for years, at a maker of radios, phones, and chips, in "
	    "research, sales, and training.</p></div></div>"
	    "<div><div><p>Another episode, with another guest, about maps, "
	    "archives, and memory, recorded in the spring.</p></div><div><p>"
	    "A third episode, about teams, trust, and tools, recorded, like "
	    "this one, at a camp.</p></div></div></div></body></html>", a);
	has(t, "At the camp, this year in Berlin");
	has(t, "and with both answers.");
	lacks(t, "The host, an engineer");
	lacks(t, "Another episode");
	lacks(t, "A third episode");
	arena_free(a);
}

static void
test_rtl(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	inline_page("<html lang=\"ar\" dir=\"rtl\"><body><nav><a href=\"/\">"
	    "الرئيسية</a> <a href=\"/a\">أخبار</a></nav><div class=\"article"
	    "\"><h1>افتتاح جسر جديد في المدينة</h1><p class=\"date\">الجمعة، "
	    "٧ يناير/ كانون الثاني ٢٠٢٢</p><p>افتتحت السلطات المحلية، "
	    "يوم الجمعة، جسرا جديدا فوق النهر، بعد ثلاث سنوات من العمل، وسط "
	    "حضور كبير من السكان.</p><p>وقال رئيس البلدية، في كلمة قصيرة، إن "
	    "الجسر سيخفف الازدحام، ويختصر الطريق، ويربط الأحياء الشرقية بوسط "
	    "المدينة.</p></div></body></html>", NULL, NULL, &r, a);
	has(r.text, "افتتحت السلطات المحلية");
	has(r.text, "بوسط المدينة.");
	lacks(r.text, "الرئيسية");
	lacks(r.text, "يناير");
	assert_int_equal(paragraphs(r.text), 2);
	assert_string_equal(r.published, "2022-01-07");
	assert_string_equal(r.title, "افتتاح جسر جديد في المدينة");
	assert_string_equal(r.lang, "ar");
	arena_free(a);
}

static void
test_article_stream(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;

	(void)state;
	/* The next story, appended below by infinite scrolling. */
	inline_page("<html><body><div id=stream><article><h1>First story"
	    "</h1>" TWO_PARAS "<p>And a third paragraph, so that, clearly, this "
	    "article is the story of the page, and nothing else.</p></article>"
	    "<article><h2>Next story</h2><p>The next story, loaded below by "
	    "infinite scrolling, has its own paragraph, with commas, and "
	    "details.</p><p>It goes on, with a second paragraph, more commas, "
	    "and more details, as stories do.</p></article></div></body>"
	    "</html>", NULL, NULL, &r, a);
	has(r.text, "this article is the story of the page");
	lacks(r.text, "Next story");
	lacks(r.text, "infinite scrolling");
	assert_string_equal(r.title, "First story");
	arena_free(a);
}

static void
test_tree_shape(void **state)
{
	struct arena	*a = arena_new();
	struct dom	*d;
	struct dom_node	*n;
	const char	*html = "<html><body><div id=a><p>x</p></div>"
			    "<div id=b hidden>gone</div><script>s()</script>"
			    "<div id=c><p>y</div></body></html>";

	(void)state;
	/* No <head>: the end of the first div must close that div. */
	d = dom_parse(html, strlen(html), 0, a);
	assert_non_null(d);
	n = d->body->first;
	assert_string_equal(dom_attr(n, "id"), "a");
	assert_int_equal(n->tag, T_DIV);
	assert_int_equal(n->first->tag, T_P);
	n = n->next;
	assert_non_null(n);
	assert_string_equal(dom_attr(n, "id"), "c");
	assert_null(n->next);
	assert_string_equal(dom_text(d->body, a), "x y");
	/* Nesting past the limit is flattened, its text kept. */
	d = dom_parse("<div><div><div><div><p>deep</p></div></div></div></div>",
	    55, 2, a);
	assert_non_null(d);
	/* <body> is level 1, the first <div> level 2: the rest is flat. */
	assert_int_equal(d->body->first->tag, T_DIV);
	assert_int_equal(d->body->first->first->tag, T_TEXT);
	assert_null(d->body->first->first->next);
	assert_string_equal(dom_text(d->body, a), "deep");
	arena_free(a);
}

static void
test_fragment(void **state)
{
	struct arena	*a = arena_new();
	const char	*html = "<p>One &amp; two</p><script>x()</script>"
			    "<ul><li>a</li><li> b </li></ul>line<br>break";

	(void)state;
	assert_string_equal(html_fragment_text(html, strlen(html), a),
	    "One & two\n\na\n\nb\n\nline\nbreak");
	assert_null(html_fragment_text("<p> </p>", 8, a));
	arena_free(a);
}

static void
test_no_article(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;
	const char	*html = "<html><head><title>Home</title></head><body>"
			    "<nav><a href=/>Home</a></nav></body></html>";

	(void)state;
	record_init(&r);
	assert_int_equal(html_extract(html, strlen(html), NULL, &r, a), 1);
	assert_null(r.text);
	assert_string_equal(r.title, "Home");
	arena_free(a);
}

static void
test_deep_nesting(void **state)
{
	struct arena	*a = arena_new();
	struct record	 r;
	struct buf	 b;
	int		 i;

	(void)state;
	buf_init(&b);
	for (i = 0; i < 10000; i++)
		buf_adds(&b, "<div>");
	buf_adds(&b, "<p>Deep inside ten thousand divs, this sentence still "
	    "comes out, and so does the rest of the page.</p>");
	for (i = 0; i < 10000; i++)
		buf_adds(&b, "</div>");
	record_init(&r);
	assert_int_equal(html_extract(b.data, b.len, NULL, &r, a), 0);
	has(r.text, "Deep inside ten thousand divs");
	buf_release(&b);
	arena_free(a);
}

/* Every tag name reads back as its tag; other names are T_OTHER. */
static void
test_tag_lookup(void **state)
{
	int	 t;

	(void)state;
	for (t = T_A; t < T_NTAGS; t++)
		assert_int_equal(dom_tag_lookup(dom_tag_name(t)), t);
	assert_int_equal(dom_tag_lookup("script"), T_OTHER);
	assert_int_equal(dom_tag_lookup("zz"), T_OTHER);
	assert_int_equal(dom_tag_lookup("DIV"), T_OTHER);
	assert_int_equal(dom_tag_lookup(""), T_OTHER);
	assert_int_equal(dom_tag_lookup("o:p"), T_OTHER);
	assert_int_equal(dom_tag_lookup("\xc3\xa9"), T_OTHER);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tag_lookup),
		cmocka_unit_test(test_comments),
		cmocka_unit_test(test_comment_form),
		cmocka_unit_test(test_split_by_ads),
		cmocka_unit_test(test_list_and_table),
		cmocka_unit_test(test_gallery),
		cmocka_unit_test(test_liveblog),
		cmocka_unit_test(test_russian),
		cmocka_unit_test(test_cjk),
		cmocka_unit_test(test_line_filters),
		cmocka_unit_test(test_hinted_body),
		cmocka_unit_test(test_tree_shape),
		cmocka_unit_test(test_article_stream),
		cmocka_unit_test(test_lone_article),
		cmocka_unit_test(test_rtl),
		cmocka_unit_test(test_list_story),
		cmocka_unit_test(test_fragment),
		cmocka_unit_test(test_no_article),
		cmocka_unit_test(test_deep_nesting),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
