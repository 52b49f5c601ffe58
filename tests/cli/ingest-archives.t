# ingest on web archives, dumps and other tools' exports, mixed in one run.
# Fixtures in tests/fixtures/ingest/ (make.py builds the binary ones).
# crawl.warc.gz holds, one gzip member each: warcinfo, request, a 200 HTML
# response, a 200 response chunked and gzip-encoded, a 404, a PNG,
# metadata, revisit. dump.tar.gz: a page and news.rss; dump.zip: a page
# and a plain-text README; export.jsonl: news-please and schema.org names,
# a line with a bad type and a line that is not JSON.
=== one directory, every format: records in walk order, sources named, WARC offsets are gzip member offsets, bad lines and non-documents accounted for
$ newsframe ingest tests/fixtures/ingest/mixed | jq -c '[.source.path, .source.format, .source.offset, .url, .title, .published, .fetched]'
["tests/fixtures/ingest/mixed/crawl.warc.gz","warc",385,"https://gazette.example/breakwater","Breakwater to be finished before winter","2024-03-01T08:00:00Z","2024-03-04T05:06:07Z"]
["tests/fixtures/ingest/mixed/crawl.warc.gz","warc",1144,"https://gazette.example/ferry","Ferry timetable changes in April","2024-03-02T08:30:00Z","2024-03-04T05:06:07Z"]
["tests/fixtures/ingest/mixed/dump.tar.gz:site/lighthouse.html","html",null,null,"Lighthouse reopens to visitors","2024-02-20",null]
["tests/fixtures/ingest/mixed/dump.tar.gz:site/feed.xml","rss",null,"https://gazette.example/storm-warning","Storm warning for the coast & islands","2024-03-05T09:15:00Z",null]
["tests/fixtures/ingest/mixed/dump.tar.gz:site/feed.xml","rss",null,"https://gazette.example/fees","Harbour fees unchanged","2024-03-04T21:31:00Z",null]
["tests/fixtures/ingest/mixed/dump.zip:market.html","html",null,null,"Market square to close for repairs","2024-02-25T12:00:00Z",null]
["tests/fixtures/ingest/mixed/export.jsonl","jsonl",0,"https://other.example/a","Imported story","2024-02-28",null]
["tests/fixtures/ingest/mixed/export.jsonl","jsonl",327,"https://other.example/c","Second import","2024-02-29T08:00:00Z",null]
["tests/fixtures/ingest/mixed/items.json","jsonfeed",null,"https://notes.example/tides","Spring tides this weekend","2024-03-06T07:00:00Z",null]
["tests/fixtures/ingest/mixed/news.rss","rss",null,"https://gazette.example/storm-warning","Storm warning for the coast & islands","2024-03-05T09:15:00Z",null]
["tests/fixtures/ingest/mixed/news.rss","rss",null,"https://gazette.example/fees","Harbour fees unchanged","2024-03-04T21:31:00Z",null]
["tests/fixtures/ingest/mixed/wire.atom","atom",null,"https://wire.example/port","Le port rouvre","2024-03-05T13:00:00Z",null]
["tests/fixtures/ingest/mixed/wire.atom","atom",null,null,"Sans lien","2024-03-04",null]
--- stderr
newsframe: ingest: tests/fixtures/ingest/mixed/dump.zip:README.txt: warning: plain text without markup, not a document
newsframe: ingest: tests/fixtures/ingest/mixed/export.jsonl:223: line 2: title: expected a string
newsframe: ingest: tests/fixtures/ingest/mixed/export.jsonl:311: line 3: expected a JSON object
newsframe: ingest: 16 inputs read, 13 records emitted, 3 skipped (2 bad record, 1 not a document); not documents: 1 warc media image/png, 1 warc metadata, 1 warc request, 1 warc revisit, 1 warc status 4xx, 1 warc warcinfo
=== the same run exits 1: two lines could not be read
$ newsframe ingest -q tests/fixtures/ingest/mixed > /dev/null 2>&1
--- exit 1
=== WARC: the body of a chunked, gzip-encoded response, and the page's own metadata
$ newsframe ingest -q tests/fixtures/ingest/mixed/crawl.warc.gz | jq -c 'select(.url | endswith("ferry")) | [.authors, .lang, (.text | startswith("The harbour authority said on Monday"))]'
[["Tom Quay"],"en",true]
=== WARC: a corrupt gzip member is reported at its offset and the next record is read
$ newsframe ingest tests/fixtures/ingest/bad/corrupt.warc.gz | jq -c '[.url, .source.offset]'
["https://gazette.example/ferry",1144]
--- stderr
newsframe: ingest: tests/fixtures/ingest/bad/corrupt.warc.gz:385: corrupt gzip member
newsframe: ingest: 2 inputs read, 1 record emitted, 1 skipped (corrupt gzip); not documents: 1 warc media image/png, 1 warc metadata, 1 warc request, 1 warc revisit, 1 warc status 4xx, 1 warc warcinfo
=== WARC: a truncated last record is reported with its offset (uncompressed file: byte offsets)
$ newsframe ingest tests/fixtures/ingest/bad/truncated.warc | jq -c '[.url, .source.offset]'
["https://gazette.example/breakwater",497]
["https://gazette.example/ferry",1896]
--- stderr
newsframe: ingest: tests/fixtures/ingest/bad/truncated.warc:3780: truncated record
newsframe: ingest: 3 inputs read, 2 records emitted, 1 skipped (truncated record); not documents: 1 warc media image/png, 1 warc metadata, 1 warc request, 1 warc status 4xx, 1 warc warcinfo
=== WARC from stdin: read from memory, same records
$ newsframe ingest -q - < tests/fixtures/ingest/mixed/crawl.warc.gz | jq -r .url
https://gazette.example/breakwater
https://gazette.example/ferry
=== legacy ARC: the filedesc record counted, the response read, its 14-digit date as fetched
$ newsframe ingest tests/fixtures/ingest/bad/legacy.arc | jq -c '[.url, .title, .fetched, .source.format, .source.offset]'
["http://old.example/lighthouse","Lighthouse reopens to visitors","2005-06-14T07:01:59Z","arc",67]
--- stderr
newsframe: ingest: 1 input read, 1 record emitted; not documents: 1 arc warcinfo
=== zip cut in its second member: the first is read, the second reported
$ newsframe ingest tests/fixtures/ingest/bad/cut.zip | jq -r .source.path
tests/fixtures/ingest/bad/cut.zip:a.html
--- stderr
newsframe: ingest: tests/fixtures/ingest/bad/cut.zip:b.html: ZIP decompression failed (-5)
newsframe: ingest: 2 inputs read, 1 record emitted, 1 skipped (corrupt archive)
=== a single gzip-compressed feed is read as its contents
$ gzip -c -n tests/fixtures/ingest/mixed/news.rss | newsframe ingest -q - | jq -r .title
Storm warning for the coast & islands
Harbour fees unchanged
=== single files compressed with bzip2 and xz are read as their contents
$ { bzip2 -c tests/fixtures/ingest/mixed/news.rss | newsframe ingest -q -; xz -c tests/fixtures/ingest/mixed/wire.atom | newsframe ingest -q -; } | jq -c '[.title, .source.path]'
["Storm warning for the coast & islands","-"]
["Harbour fees unchanged","-"]
["Le port rouvre","-"]
["Sans lien","-"]
=== JSON Lines: --map names the fields of another tool's export (dotted paths reach into objects)
$ printf '{"headline":{"main":"Mapped"},"body":"Text here.","meta":{"when":"2024-01-02T03:04:05Z"},"by":"Kim; Lou"}\n' | newsframe ingest -q --map title=headline.main,text=body --map published=meta.when,authors=by - | jq -c '[.title, .text, .published, .authors, .source.format]'
["Mapped","Text here.","2024-01-02T03:04:05Z",["Kim","Lou"],"jsonl"]
=== JSON Lines: our own records come back through ingest unchanged in substance
$ newsframe ingest -q tests/fixtures/ingest/mixed/news.rss | newsframe ingest -q - | jq -c '[.url, .outlet, .title, .published, .authors, .tags, .lang]'
["https://gazette.example/storm-warning","Harbour Gazette","Storm warning for the coast & islands","2024-03-05T09:15:00Z",["Mary Shore"],["Weather"],"en"]
["https://gazette.example/fees","Harbour Gazette","Harbour fees unchanged","2024-03-04T21:31:00Z",["Tom Quay"],null,"en"]
=== --map: an unknown record field is a usage error
$ newsframe ingest --map body=text tests/fixtures/ingest/mixed/export.jsonl
--- stderr
newsframe: ingest: --map: unknown record field (url, outlet, via, group, title, authors, published, fetched, lang, text, summary, tags): 'body=text'
usage: newsframe ingest [-q] [--strict] [-o FILE] [--from-list FILE] [--lang LIST] [--map FIELD=NAME,...] [--max-depth N] [--max-doc-bytes N] [--max-doc-seconds S] [--min-words N] [--outlet-map FILE] [--report-errors FILE] [--since DATE] [--until DATE] [path ...]
--- exit 2
=== man page example: a crawl's records with their gzip member offsets
$ newsframe ingest -q tests/fixtures/ingest/mixed/crawl.warc.gz | jq -r '[.source.offset, .url, .fetched] | @tsv'
385	https://gazette.example/breakwater	2024-03-04T05:06:07Z
1144	https://gazette.example/ferry	2024-03-04T05:06:07Z
=== man page example: another tool's export with --map (a mapped name absent from a line falls back to the usual names)
$ newsframe ingest -q --map text=maintext,published=date_publish tests/fixtures/ingest/mixed/export.jsonl | jq -c '[.title, .published]'
["Imported story","2024-02-28"]
["Second import","2024-02-29T08:00:00Z"]
--- stderr
newsframe: ingest: tests/fixtures/ingest/mixed/export.jsonl:223: line 2: title: expected a string
newsframe: ingest: tests/fixtures/ingest/mixed/export.jsonl:311: line 3: expected a JSON object
