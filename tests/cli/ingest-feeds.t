# ingest on feeds: RSS 2.0, Atom 1.0, JSON Feed, ill-formed and hostile XML.
# Fixtures in tests/fixtures/ingest/mixed/; expected values worked out by
# hand from the feeds (zones applied, links resolved, markup dropped).
=== RSS 2.0: channel title as outlet, relative link resolved against the channel link, dates to UTC, "mail (Name)" authors, permalink guid as url
$ newsframe ingest -q tests/fixtures/ingest/mixed/news.rss | jq -c '[.url, .outlet, .title, .published, .authors, .tags, .lang, .source.format]'
["https://gazette.example/storm-warning","Harbour Gazette","Storm warning for the coast & islands","2024-03-05T09:15:00Z",["Mary Shore"],["Weather"],"en","rss"]
["https://gazette.example/fees","Harbour Gazette","Harbour fees unchanged","2024-03-04T21:31:00Z",["Tom Quay"],null,"en","rss"]
=== RSS 2.0: content:encoded is the text (script dropped), the description the summary; escaped HTML in a description becomes text
$ newsframe ingest -q tests/fixtures/ingest/mixed/news.rss | jq -c '[.text, .summary]'
["Gales are expected overnight.\n\nFerries may be cancelled.","Gales expected overnight."]
["No rise this year.",null]
=== Atom 1.0: HTML feed title, rel=alternate over the enclosure, published over updated, XHTML content, xml:lang
$ newsframe ingest -q tests/fixtures/ingest/mixed/wire.atom | jq -c '[.url, .outlet, .title, .published, .authors, .tags, .lang, .text, .summary]'
["https://wire.example/port","Coast Wire","Le port rouvre","2024-03-05T13:00:00Z",["Jeanne Quai"],["Transport"],"fr","Le port a rouvert ce matin.\n\nLes navires attendaient depuis lundi.","Réouverture du port."]
[null,"Coast Wire","Sans lien","2024-03-04",null,null,"fr","Une dépêche sans adresse.",null]
=== Atom: an entry without a link gets its id from the Atom id, so it is stable
$ newsframe ingest -q tests/fixtures/ingest/mixed/wire.atom tests/fixtures/ingest/mixed/wire.atom | jq -r .id | sort | uniq -c | awk '{ print $1 }'
2
2
=== JSON Feed 1.1: relative url against home_page_url, content_html to text, summary kept apart
$ newsframe ingest -q tests/fixtures/ingest/mixed/items.json | jq -c '[.url, .outlet, .title, .published, .authors, .tags, .lang, .text, .summary, .source.format]'
["https://notes.example/tides","Quay Notes","Spring tides this weekend","2024-03-06T07:00:00Z",["Rosa Wave"],["tides","weather"],"en","Expect very high water on Saturday.","High water on Saturday.","jsonfeed"]
=== RSS 0.91 from stdin, undeclared HTML entities decoded, bare ampersands kept (and so no error), RFC 822 without seconds
$ printf '<rss version="0.91"><channel><title>Caf&eacute; &amp; Bar</title><item><title>Men&uuml; AT&T</title><link>http://bar.example/?a=1&b=2</link><pubDate>Sun, 3 Mar 2024 18:05 GMT</pubDate></item></channel></rss>' | newsframe ingest - | jq -c '[.outlet, .title, .url, .published]'
["Café & Bar","Menü AT&T","http://bar.example/?a=1&b=2","2024-03-03T18:05:00Z"]
--- stderr
newsframe: ingest: 1 input read, 1 record emitted
=== RSS 1.0 (RDF): items beside the channel, Dublin Core creator, date and subject
$ printf '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="http://r.example/"><title>R News</title><link>http://r.example/</link></channel><item rdf:about="http://r.example/1"><title>One</title><link>http://r.example/1</link><dc:creator>Ida</dc:creator><dc:date>2024-03-01T10:00:00+02:00</dc:date><dc:subject>Local</dc:subject></item></rdf:RDF>' | newsframe ingest -q - | jq -c '[.outlet, .title, .url, .authors, .published, .tags, .source.format]'
["R News","One","http://r.example/1",["Ida"],"2024-03-01T08:00:00Z",["Local"],"rdf"]
=== an undeclared windows-1252 byte in a UTF-8 feed is read as windows-1252
$ printf '<rss><channel><title>T</title><item><title>don\222t</title></item></channel></rss>' | newsframe ingest -q - | jq -r .title
don’t
=== a feed cut short: what was read is kept, and the rest reported
$ printf '<rss><channel><title>Cut</title><item><title>Whole</title></item><item><title>Half' | newsframe ingest - | jq -c '[.outlet, .title]'
["Cut","Whole"]
["Cut","Half"]
--- stderr
newsframe: ingest: -: warning: not well-formed XML at line 1 (Premature end of data in tag title line 1), recovered 2 items
newsframe: ingest: 2 inputs read, 2 records emitted
=== an entity bomb ends at once, with a warning; nothing of it is expanded
$ printf '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]><rss><channel><title>Bomb</title><item><title>x &i; y</title></item></channel></rss>' | newsframe ingest -q - | jq -c '[.outlet, (.title | length < 100)]'
["Bomb",true]
--- stderr
newsframe: ingest: -: warning: not well-formed XML at line 1 (Detected an entity reference loop), recovered 1 item
=== external entities are never read, internal ones are
$ printf '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY co "Example Co">]><rss><channel><title>&co;</title><item><title>a &secret; b</title><link>http://e.example/</link></item></channel></rss>' | newsframe ingest -q - | jq -c '[.outlet, .title]'
["Example Co","a b"]
=== a feed with no items is reported, not silently dropped
$ printf '<rss><channel><title>Empty</title></channel></rss>' | newsframe ingest -
--- stderr
newsframe: ingest: -: warning: feed has no items
newsframe: ingest: 1 input read, 0 records emitted, 1 skipped (no items)
=== an XML document that is not a feed
$ printf '<?xml version="1.0"?><urlset><url><loc>http://e.example/</loc></url></urlset>' | newsframe ingest -
--- stderr
newsframe: ingest: -: warning: not a feed
newsframe: ingest: 1 input read, 0 records emitted, 1 skipped (not a feed)
=== an aggregator's item names its original outlet in <source>: that is the outlet, not the aggregator's title
$ printf '<rss version="2.0"><channel><title>News Aggregator</title><item><title>Dam opens</title><link>https://agg.example/r/1</link><source url="https://river.example/">River Post</source></item><item><title>Own story</title><link>https://agg.example/2</link></item></channel></rss>' | newsframe ingest -q - | jq -c '[.title, .outlet]'
["Dam opens","River Post"]
["Own story","News Aggregator"]
=== JSON Feed 1.0: the single author object, date_modified when nothing was published, content_text as is
$ printf '{"version":"https://jsonfeed.org/version/1","title":"Old Notes","items":[{"id":"a","url":"https://old.example/a","title":"A","content_text":"Plain <text> kept.","date_modified":"2020-05-06T07:08:09-02:00","author":{"name":"Ola"}}]}' | newsframe ingest -q - | jq -c '[.outlet, .title, .text, .published, .authors]'
["Old Notes","A","Plain <text> kept.","2020-05-06T09:08:09Z",["Ola"]]
=== RSS: HTML in CDATA becomes text, its ampersands, brackets and '>' as written; a section in the channel title too
$ printf '<rss><channel><title><![CDATA[Fish & Co]]></title><item><title>A</title><description><![CDATA[<p>Fish &amp; chips [sic], 5 > 4</p><p>]]]]><![CDATA[> end</p>]]></description></item></channel></rss>' | newsframe ingest -q - | jq -c '[.outlet, .title, .text]'
["Fish & Co","A","Fish & chips [sic], 5 > 4\n\n]]> end"]
=== RSS: description and content:encoded the same HTML give the text once and no summary; different ones both
$ printf '<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><item><title>Same</title><description><![CDATA[<p>One <b>two</b></p>]]></description><content:encoded><![CDATA[<p>One <b>two</b></p>]]></content:encoded></item><item><title>Apart</title><description>&lt;p&gt;Short&lt;/p&gt;</description><content:encoded><![CDATA[<p>Short.</p><p>Long.</p>]]></content:encoded></item></channel></rss>' | newsframe ingest -q - | jq -c '[.title, .text, .summary]'
["Same","One two",null]
["Apart","Short.\n\nLong.","Short"]
=== a feed cut short after an item with CDATA: that item as it is, the rest recovered and reported
$ printf '<rss><channel><title>Cut</title><item><title>One</title><description><![CDATA[<p>Tom &amp; Jerry</p>]]></description></item><item><title>Half' | newsframe ingest - | jq -c '[.title, .text]'
["One","Tom & Jerry"]
["Half",null]
--- stderr
newsframe: ingest: -: warning: not well-formed XML at line 1 (Premature end of data in tag title line 1), recovered 2 items
newsframe: ingest: 2 inputs read, 2 records emitted
=== CRLF line ends inside CDATA: the section is read as it is (line ends are one space in the text)
$ printf '<rss><channel><title>T</title><item><title>A</title><description><![CDATA[<p>one\r\ntwo</p>]]></description></item></channel></rss>\r\n' | newsframe ingest -q - | jq -c '[.title, .text]'
["A","one two"]
=== "<!" that opens no comment, CDATA or doctype in escaped HTML is text; a real comment is still dropped
$ printf '<rss><channel><title>T</title><item><description>&lt;!%s &lt;a href="foo"&gt;</description></item><item><description>a &lt;!-- note --&gt;b &lt;!x</description></item></channel></rss>' "'" | newsframe ingest -q - | jq -c .text
"<!'"
"a b <!x"
=== the date forms feedparser reads: Google's extra month zero, a month name, Greek names, Korean time, Perforce, reduced ISO 8601; a broken RFC 822 clock is left out, not cut to its day
$ printf '<rss><channel><title>T</title><item><pubDate>2003-012-31T10:14:55+00:00</pubDate></item><item><pubDate>2004-j\303\272lius-13T9:15-05:00</pubDate></item><item><pubDate>\316\232\317\205\317\201, 11 \316\231\316\277\317\215\316\273 2004 12:00:00 EST</pubDate></item><item><pubDate>2004\353\205\204 05\354\233\224 28\354\235\274  01:31:15</pubDate></item><item><pubDate>Fri, 2006/09/15 08:19:53 EDT</pubDate></item><item><pubDate>2003-12</pubDate></item><item><pubDate>03-335</pubDate></item><item><pubDate>Sun, 16 Dec 2012 1:2:3:4 GMT</pubDate></item></channel></rss>' | newsframe ingest -q - | jq -c '[.published]'
["2003-12-31T10:14:55Z"]
["2004-07-13T14:15:00Z"]
["2004-07-11T17:00:00Z"]
["2004-05-27T16:31:15Z"]
["2006-09-15T12:19:53Z"]
["2003-12-01"]
["2003-12-01"]
[null]
