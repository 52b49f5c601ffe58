# newsframe ingest: pages to records. Fixtures: corpora/sample (the demo
# corpus), corpora/outlets.tsv, and small pages made by
# tests/cli/fixtures.sh. Bad inputs and usage errors are in errors.t.

=== a page becomes one record: metadata by precedence, body without boilerplate
# Title without the "| Site" suffix, author from meta, the +02:00 time in
# UTC, canonical URL, registrable domain (www. dropped), lang from <html>.
$ . tests/cli/fixtures.sh; cd "$F" && newsframe ingest good.html
{"id":"8f3a4442e0eebe31","url":"https://www.harbour-gazette.example/2025/03/10/fuel-protest","outlet":"Harbour Gazette","domain":"harbour-gazette.example","title":"Fuel protest reaches the port","authors":["Lena Ostrova"],"published":"2025-03-10T07:00:00Z","published_from":"meta","lang":"en","text":"Dock workers in Ulvar stopped loading ships on Monday to protest against the rise in fuel prices, the harbour authority said.\n\n\"We will not work while our wages go into the tank,\" said Pavel Rusk, a crane operator who has worked at the port for twenty years.\n\nThe authority said that three ships were waiting outside the harbour and that talks with the union would continue on Tuesday.","source":{"path":"good.html","format":"html"}}
--- stderr
newsframe: ingest: 1 input read, 1 record emitted

=== gzip is found by its magic bytes; source.path is the .gz file
$ . tests/cli/fixtures.sh; cd "$F" && cp good.html.gz page && newsframe ingest -q good.html.gz page | jq -c '[.title, .source]'
["Fuel protest reaches the port",{"path":"good.html.gz","format":"html"}]
["Fuel protest reaches the port",{"path":"page","format":"html"}]

=== the sample corpus: records per outlet, group and language with the outlet map
# 43 pages: 7 outlets; the aggregator's 4 pages count for the outlets
# they credit; VTR's /ru/ section is mapped by a URL prefix.
$ newsframe ingest -q --outlet-map corpora/outlets.tsv corpora/sample | jq -r '[.outlet, .group, .lang] | @tsv' | sort | uniq -c
      2 Concord Today	foreign-state	en
      3 Concord Today	foreign-state	ru
      5 Drovna Free Press	independent	en
      5 Drovna Free Press	independent	ru
      9 Kestrel Wire	international	en
      3 Open Steppe Rights Watch	ngo	en
      2 Open Steppe Rights Watch	ngo	ru
      4 VTR	state-affiliated	en
      4 VTR Russian Service	state-affiliated	ru
      6 Vostok Vestnik	regional	ru

=== the summary line counts what was read and emitted
$ newsframe ingest corpora/sample >/dev/null
--- stderr
newsframe: ingest: 43 inputs read, 43 records emitted

=== windows-1251 with no declaration comes out right, language detected
# Vostok Vestnik's pages declare no charset and no language.
$ newsframe ingest -q corpora/sample/vostok/2025-03-10-kesh-miting.html | jq -r '.title, .authors[0], .lang, (.text | split("\n\n")[0])'
В Кеше прошёл многотысячный митинг
Игорь Лесков
ru
В понедельник на центральной площади Кеша собрались несколько тысяч человек. Люди требовали вернуть прежние цены на бензин и дизельное топливо.

=== koi8-r with no declaration comes out right
$ . tests/cli/fixtures.sh; printf '<html><head><title>Кеш</title></head><body><p>В понедельник на центральной площади Кеша собрались несколько тысяч человек. Люди требовали вернуть прежние цены на бензин.</p></body></html>' | iconv -f UTF-8 -t KOI8-R >"$F/k.html" && newsframe ingest -q "$F/k.html" | jq -r '.lang, .text'
ru
В понедельник на центральной площади Кеша собрались несколько тысяч человек. Люди требовали вернуть прежние цены на бензин.

=== an aggregator's republished article: outlet and domain of the original, via the host
$ newsframe ingest -q --outlet-map corpora/outlets.tsv corpora/sample/newsdigest/story-48213.htm | jq -c '[.outlet, .domain, .via, .group, .url]'
["Kestrel Wire","kestrelwire.example","newsdigest.example","international","https://newsdigest.example/story/48213"]

=== without an outlet map the credited outlet is kept, its domain unknown
$ newsframe ingest -q corpora/sample/newsdigest/story-48290.html | jq -c '[.outlet, .domain, .via]'
["Drovna Free Press",null,"newsdigest.example"]

=== the credit line is not part of the text
$ newsframe ingest -q corpora/sample/newsdigest/story-48213.htm | jq -r '.text' | tail -n 1
A Western diplomat in Drovna said the deployment “sends a message to the Veskarian army as much as to the protesters.”

=== a URL prefix in the outlet map wins over its domain
$ newsframe ingest -q --outlet-map corpora/outlets.tsv corpora/sample/vtr | jq -r '[.outlet, .domain, .lang] | @tsv' | sort | uniq -c
      4 VTR	vtr.example	en
      4 VTR Russian Service	vtr.example	ru

=== --lang keeps the languages listed, the rest is counted as filtered
$ newsframe ingest --lang ru corpora/sample | wc -l
20
--- stderr
newsframe: ingest: 43 inputs read, 20 records emitted; 23 filtered (lang)

=== --lang takes a list
$ newsframe ingest -q --lang en,ru corpora/sample | wc -l
43

=== --since and --until compare days in UTC
# Two pages were published on 2025-03-20, two on 2025-03-08.
$ newsframe ingest -q --since 2025-03-20 corpora/sample | jq -r '.published' | sort
2025-03-20T09:00:00Z
2025-03-20T10:05:00Z

=== --until is inclusive
$ newsframe ingest --until 2025-03-08 corpora/sample | jq -r .published
2025-03-08T06:00:00Z
2025-03-08T06:30:00Z
--- stderr
newsframe: ingest: 43 inputs read, 2 records emitted; 41 filtered (until)

=== --since with a time
$ newsframe ingest -q --since 2025-03-20T09:30:00Z corpora/sample | jq -r '.published'
2025-03-20T10:05:00Z

=== --min-words drops short records, counted
$ . tests/cli/fixtures.sh; cd "$F" && newsframe ingest --min-words 10 short.html good.html | jq -r .title
Fuel protest reaches the port
--- stderr
newsframe: ingest: 2 inputs read, 1 record emitted; 1 filtered (min-words)

=== - reads a page from stdin
$ newsframe ingest -q - < corpora/sample/osrw/2025-03-15-veskaria-shutdown.html | jq -c '[.domain, .source.path]'
["osrw.example","-"]

=== --from-list reads the paths, one per line
$ ls corpora/sample/concordtoday/*.html | newsframe ingest -q --from-list - | jq -r .outlet | uniq -c
      5 Concord Today

=== --from-list and operands together
$ . tests/cli/fixtures.sh; echo corpora/sample/vtr > "$F/list"; newsframe ingest --from-list "$F/list" corpora/sample/osrw | wc -l
13
--- stderr
newsframe: ingest: 13 inputs read, 13 records emitted

=== text is NFC
# The page holds "é" as e + U+0301; the record holds U+00E9 (as typed
# here).
$ . tests/cli/fixtures.sh; printf '<html lang="fr"><head><title>Cafe\314\201 de la gare</title></head><body><p>Le cafe\314\201 de la gare est ferme\314\201 depuis lundi, selon les habitants du quartier.</p></body></html>' >"$F/nfc.html"; newsframe ingest -q "$F/nfc.html" | jq -r '.title, .text'
Café de la gare
Le café de la gare est fermé depuis lundi, selon les habitants du quartier.

=== -o writes the corpus atomically, nothing left beside it
$ . tests/cli/fixtures.sh; newsframe ingest -q -o "$F/out.jsonl" corpora/sample/osrw && wc -l < "$F/out.jsonl" && ls "$F" | grep tmp | wc -l
5
0

=== a directory is walked in sorted order
$ newsframe ingest -q corpora/sample/kestrelwire | jq -r .source.path
corpora/sample/kestrelwire/2025-03-10-veskaria-fuel-protests-spread.html.gz
corpora/sample/kestrelwire/2025-03-12-veskaria-internet-blackout.html.gz
corpora/sample/kestrelwire/2025-03-13-concord-pact-troops.html.gz
corpora/sample/kestrelwire/2025-03-14-factbox-veskaria.html.gz
corpora/sample/kestrelwire/2025-03-15-death-toll-disputed.html.gz
corpora/sample/kestrelwire/2025-03-17-merek-cuts-diesel-price.html.gz
corpora/sample/kestrelwire/2025-03-20-concord-withdrawal-begins.html.gz

=== archives are read member by member
$ . tests/cli/fixtures.sh; tar --sort=name -C corpora/sample -cf "$F/osrw.tar" osrw && newsframe ingest -q "$F/osrw.tar" | jq -r '.source.path | sub(".*/"; "")'
2025-03-13-prekratit-repressii.html
2025-03-13-veskaria-stop-crackdown.html
2025-03-15-otklyuchenie-skryvaet.html
2025-03-15-veskaria-shutdown.html
2025-03-18-foreign-troops-accountability.html

=== ids are stable: the same page gives the same id
$ newsframe ingest -q corpora/sample/vtr corpora/sample/vtr | jq -r .id | sort | uniq -d | wc -l
8

=== --help lists the options
$ newsframe ingest --help | head -n 2
usage: newsframe ingest [-q] [--strict] [-o FILE] [--from-list FILE] [--lang LIST] [--map FIELD=NAME,...] [--max-depth N] [--max-doc-bytes N] [--max-doc-seconds S] [--min-words N] [--outlet-map FILE] [--report-errors FILE] [--since DATE] [--until DATE] [path ...]
turn pages, feeds and archives into a JSON Lines corpus

=== man: Russian records of one week, written atomically to a file
# From here on: the EXAMPLES of newsframe-ingest(1), newsframe-outlets(5),
# newsframe-corpus(5) and newsframe(1). (The directory walk and the
# per-outlet count of newsframe-ingest(1) are cases above.)
# ru records dated 2025-03-10..16: VTR 2, Drovna Free Press 3 (+1 via
# NewsDigest), OSRW 2, Vostok Vestnik 5, Concord Today 2.
$ . tests/cli/fixtures.sh; newsframe ingest --lang ru --since 2025-03-10 --until 2025-03-16 -o "$F/week.jsonl" corpora/sample && wc -l < "$F/week.jsonl"
15
--- stderr
newsframe: ingest: 43 inputs read, 15 records emitted; 28 filtered (23 lang, 1 since, 4 until)

=== man: a list of paths from find
# story-48377 has no extension, so find leaves it out.
$ find corpora/sample -name '*.htm*' | newsframe ingest -q --from-list - | wc -l
42

=== man: a list of the inputs that were skipped
$ . tests/cli/fixtures.sh; cd "$F" && mkdir dump && cp good.html empty.html dump/ && newsframe ingest --report-errors skipped.tsv dump/ > corpus.jsonl; cat skipped.tsv; wc -l < corpus.jsonl
path	offset	reason	message
dump/empty.html		empty	empty document
1
--- stderr
newsframe: ingest: dump/empty.html: warning: empty document
newsframe: ingest: 2 inputs read, 1 record emitted, 1 skipped (empty)

=== man: outlets(5), a republished article keeps its original outlet
$ newsframe ingest -q --outlet-map corpora/outlets.tsv corpora/sample/newsdigest/story-48213.htm | jq -c '[.outlet, .domain, .via, .group]'
["Kestrel Wire","kestrelwire.example","newsdigest.example","international"]

=== man: corpus(5) and newsframe(1), records per outlet
$ newsframe ingest -q --outlet-map corpora/outlets.tsv corpora/sample | jq -r .outlet | sort | uniq -c
      5 Concord Today
     10 Drovna Free Press
      9 Kestrel Wire
      5 Open Steppe Rights Watch
      4 VTR
      4 VTR Russian Service
      6 Vostok Vestnik

=== man: newsframe(1), paths from find through xargs
# xargs runs the binary itself, not the test's shell function.
$ find corpora/sample -name '*.htm*' | xargs "$NEWSFRAME" ingest -q --outlet-map corpora/outlets.tsv | jq -r .outlet | sort | uniq -c
      5 Concord Today
     10 Drovna Free Press
      8 Kestrel Wire
      5 Open Steppe Rights Watch
      4 VTR
      4 VTR Russian Service
      6 Vostok Vestnik

=== -o onto a FIFO (or device) writes in place, never renames over it
$ . tests/cli/fixtures.sh; mkfifo "$F/pipe"; cat "$F/pipe" > "$F/got" & newsframe ingest -q -o "$F/pipe" corpora/sample/vtr; wait; wc -l < "$F/got"; test -p "$F/pipe" && echo still a FIFO
8
still a FIFO

=== --shard K/N splits the records by id; the shards add up to the whole
$ for k in 1 2 3; do newsframe ingest -q --shard $k/3 corpora/sample; done | jq -r .id | sort | uniq | wc -l
43

=== a declared charset is honoured (meta charset, windows-1251)
$ . tests/cli/fixtures.sh; printf '<html><head><meta charset="windows-1251"><title>Кеш</title></head><body><p>В понедельник на площади Кеша собрались несколько тысяч человек.</p></body></html>' | iconv -f UTF-8 -t CP1251 >"$F/d.html" && newsframe ingest -q "$F/d.html" | jq -r '.title, .text'
Кеш
В понедельник на площади Кеша собрались несколько тысяч человек.

=== a declared charset is honoured (XML declaration, koi8-r)
$ . tests/cli/fixtures.sh; printf '<?xml version="1.0" encoding="koi8-r"?><html><head><title>Кеш</title></head><body><p>В понедельник на площади Кеша собрались несколько тысяч человек.</p></body></html>' | iconv -f UTF-8 -t KOI8-R >"$F/x.html" && newsframe ingest -q "$F/x.html" | jq -r '.title, .text'
Кеш
В понедельник на площади Кеша собрались несколько тысяч человек.

=== UTF-16 with a byte order mark
$ . tests/cli/fixtures.sh; printf '<html lang="en"><head><title>Ulvar port</title></head><body><p>Dock workers in Ulvar stopped loading ships on Monday, the harbour authority said.</p></body></html>' | iconv -f UTF-8 -t UTF-16 >"$F/u16.html" && newsframe ingest -q "$F/u16.html" | jq -r '.title, .text'
Ulvar port
Dock workers in Ulvar stopped loading ships on Monday, the harbour authority said.

=== a date only in the page's script data is read, and said to be from there
# A JavaScript front end's state object; a meta date would come first.
$ p='<html><head><title>Port reopens</title><script>window.__STATE__={"story":{"id":7,"publishedDate":"2025-03-11T18:30:00-05:00"}};</script></head><body><h1>Port reopens</h1><p>The port of Ulvar reopened on Tuesday after a week of strikes, the harbour authority said, and the first ships were loaded.</p></body></html>'; printf '%s\n' "$p" | newsframe ingest -q - | jq -c '[.published, .published_from]'; printf '%s\n' "$p" | sed 's|<title>|<meta property="article:published_time" content="2025-03-10"><title>|' | newsframe ingest -q - | jq -c '[.published, .published_from]'
["2025-03-11T23:30:00Z","script"]
["2025-03-10","meta"]
