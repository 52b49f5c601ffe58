# Hostile inputs: each is generated at test time into the case's own
# temporary directory ($F, from tests/cli/fixtures.sh) by
# tests/hostile/make-inputs.sh; good inputs of the same run must still
# come out. See newsframe-ingest(1), "Failure model" in DESIGN.

=== xml: a billion-laughs feed is not expanded; the good feed still comes out
# The recovered item of laughs.xml has lost its fields (libxml2 stops at
# the entity); nothing of the expansion reaches the output.
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" xml && cd "$F" && newsframe ingest laughs.xml good.xml > out; s=$?; jq -r '[.source.path, .title // "-", .url // "-"] | @tsv' out; grep -c lol out; exit $s
laughs.xml	-	-
good.xml	Good item	https://e.example/4
0
--- stderr
newsframe: ingest: laughs.xml: warning: not well-formed XML at line 1 (Detected an entity reference loop), recovered 1 item
newsframe: ingest: 2 inputs read, 2 records emitted

=== xml: external entities (a file beside the feed, /etc/passwd, http) are never read
# secret.txt holds SECRET-MARKER-42: it would show in the output if read.
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" xml && cd "$F" && newsframe ingest xxe.xml > out; s=$?; jq -r '.title, .text' out; grep -c -e SECRET -e root: out; exit $s
A B C
x y
0
--- stderr
newsframe: ingest: 1 input read, 1 record emitted

=== xml: an external DTD is never loaded, its entity stays unexpanded
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" xml && cd "$F" && newsframe ingest -q extdtd.xml | jq -r .title
A &e; B

=== xml: 100,000-deep nesting stops at the parser's depth limit, the item is kept
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" deep && cd "$F" && newsframe ingest deep.xml | jq -r '.title, .url'
Deep
https://e.example/5
--- stderr
newsframe: ingest: deep.xml: warning: not well-formed XML at line 2 (Excessive depth in document: 256 use XML_PARSE_HUGE option), recovered 1 item
newsframe: ingest: 1 input read, 1 record emitted

=== xml: a 50 MB text node is read within the document limit
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" deep && cd "$F" && newsframe ingest bigtext.xml | jq -r '.title, (.text | length)'
Big
52428799
--- stderr
newsframe: ingest: bigtext.xml: warning: not well-formed XML at line 2 (internal error: Huge input lookup), recovered 1 item
newsframe: ingest: 1 input read, 1 record emitted

=== html: 100,000-deep nesting is flattened, the text is kept
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" deep && cd "$F" && newsframe ingest deep.html | jq -r .text
Rivers rose overnight across the valley, forcing hundreds of families from their homes, officials said on Tuesday.
--- stderr
newsframe: ingest: 1 input read, 1 record emitted

=== html: a tag with a million attributes is read in linear time
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" html && cd "$F" && timeout 20 "$NEWSFRAME" ingest attrs.html good.html | jq -r '[.source.path, .text] | @tsv'
attrs.html	Rivers rose overnight across the valley, forcing hundreds of families from their homes, officials said on Tuesday.
good.html	Rivers rose overnight across the valley, forcing hundreds of families from their homes, officials said on Tuesday.
--- stderr
newsframe: ingest: 2 inputs read, 2 records emitted

=== html: a 10 MB line, an unterminated comment and an unterminated script
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" html && cd "$F" && newsframe ingest longline.html comment.html script.html | jq -r '[.source.path, (.text | length), (.text | test("never|var s"))] | @tsv'
longline.html	10000114	false
comment.html	114	false
script.html	114	false
--- stderr
newsframe: ingest: 3 inputs read, 3 records emitted

=== html: a NUL byte does not make a page binary; it becomes U+FFFD, counted
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" html && cd "$F" && newsframe ingest nul.html | jq -r .text
Rivers rose overnight across the val�ley, forcing hundreds of families from their homes, officials said on Tuesday.
--- stderr
newsframe: ingest: 1 input read, 1 record emitted; 1 invalid byte sequence replaced

=== html: invalid UTF-8 in every field of a UTF-8 page: U+FFFD there, the rest intact
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" html && cd "$F" && newsframe ingest badutf8.html | jq -r '.title, .authors[0], .url, .tags[0], .text'
Мир�(
Иван ���
https://e.example/�
а�
Москва. Президент заявил о новых мерах поддержки семей. �� Москва. Президент заявил о новых мерах поддержки семей.
--- stderr
newsframe: ingest: 1 input read, 1 record emitted; 9 invalid byte sequences replaced

=== html: conflicting charset declarations: the first <meta> wins over <?xml?>
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" html && cd "$F" && newsframe ingest -q charsets.html | jq -r .text
Москва. Президент заявил о новых мерах по поддержке семей, пострадавших от наводнения в долине.

=== html: a page over the time budget is skipped and reported; the next still comes out
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" html && cd "$F" && newsframe ingest --max-doc-seconds 0.000001 --report-errors r.tsv longline.html good.html > out; s=$?; jq -r .source.path out; cat r.tsv; exit $s
good.html
path	offset	reason	message
longline.html		too slow	parsing took more than 1e-06 s, skipped (see --max-doc-seconds)
--- stderr
newsframe: ingest: longline.html: parsing took more than 1e-06 s, skipped (see --max-doc-seconds)
newsframe: ingest: 2 inputs read, 1 record emitted, 1 skipped (too slow)
--- exit 1

=== html: --max-doc-seconds must be a number of seconds
$ newsframe ingest --max-doc-seconds soon x.html
--- stderr
newsframe: ingest: --max-doc-seconds: expected a number of seconds such as 30 or 0.5, not 'soon'
usage: newsframe ingest [-q] [--strict] [-o FILE] [--from-list FILE] [--lang LIST] [--map FIELD=NAME,...] [--max-depth N] [--max-doc-bytes N] [--max-doc-seconds S] [--min-words N] [--outlet-map FILE] [--report-errors FILE] [--since DATE] [--until DATE] [path ...]
--- exit 2

=== gzip: concatenated members are one document; a bad CRC and a cut stream are errors
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" gz && cd "$F" && newsframe ingest members.html.gz crc.html.gz cut.html.gz good.html > out; s=$?; jq -r '[.source.path, .title] | @tsv' out; exit $s
members.html.gz	First
good.html	Floods
--- stderr
newsframe: ingest: crc.html.gz: corrupt gzip stream: incorrect data check
newsframe: ingest: cut.html.gz: truncated gzip stream
newsframe: ingest: 4 inputs read, 2 records emitted, 2 skipped (1 corrupt gzip, 1 truncated gzip)
--- exit 1

=== gzip: 25 KB that would gunzip to 10 GB stop at the document limit, never loaded
# A gzip of 10,240 gzip members of 1 MB of zeros: the outer stream gives
# 10 MB of gzip, the inner one is stopped at --max-doc-bytes (64M).
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" bomb && cd "$F" && newsframe ingest bomb.gz.gz good.html > out; s=$?; jq -r .source.path out; exit $s
good.html
--- stderr
newsframe: ingest: bomb.gz.gz: too large: more than 67108864 bytes (see --max-doc-bytes)
newsframe: ingest: 2 inputs read, 1 record emitted, 1 skipped (too large)
--- exit 1

=== zip: a ../ member is read in memory, a bomb member stops at the limit, a cut archive keeps its readable members
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" zip && cd "$F" && newsframe ingest d.zip cut.zip > out; s=$?; jq -r '[.source.path, .title] | @tsv' out; test -e ../escape.html || echo nothing written; exit $s
d.zip:../escape.html	Escape
d.zip:ok.html	Ok
cut.zip:../escape.html	Escape
cut.zip:ok.html	Ok
nothing written
--- stderr
newsframe: ingest: d.zip:bomb.html: larger than the document size limit
newsframe: ingest: cut.zip:bomb.html: ZIP decompression failed (-5)
newsframe: ingest: 6 inputs read, 4 records emitted, 2 skipped (1 corrupt archive, 1 too large)
--- exit 1

=== tar: ../ and absolute member names are read in memory, links and devices never followed; nothing is written
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" tar && cd "$F/dump" && newsframe ingest dump.tar | jq -r '[.source.path, .title] | @tsv'; cd "$F" && find . | sort
dump.tar:../escape.html	Escape
dump.tar:/abs/root.html	Absolute
dump.tar:a/../../up.html	Up
dump.tar:ok/good.html	Inside
.
./blank.html
./corrupt.html.gz
./doc.pdf
./dump
./dump/dump.tar
./empty.html
./good.html
./good.html.gz
./junk.bin
./short.html
./truncated.html.gz
--- stderr
newsframe: ingest: 4 inputs read, 4 records emitted; not documents: 3 archive non-file member

=== warc: a Content-Length past the end is a truncated record
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" warc && cd "$F" && newsframe ingest long.warc good.html > out; s=$?; jq -r .source.path out; exit $s
good.html
--- stderr
newsframe: ingest: long.warc:0: truncated record
newsframe: ingest: 2 inputs read, 1 record emitted, 1 skipped (truncated record)
--- exit 1

=== warc: a short Content-Length, a missing one, garbage between records: the next record is found
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" warc && cd "$F" && newsframe ingest short.warc nolen.warc garbage.warc > out; s=$?; jq -r '[.source.path, .source.offset, .url] | @tsv' out; exit $s
short.warc	447	https://e.example/1
nolen.warc	281	https://e.example/2
garbage.warc	0	https://e.example/3
garbage.warc	699	https://e.example/4
--- stderr
newsframe: ingest: short.warc:0: warning: empty document
newsframe: ingest: short.warc:219: not a WARC record header
newsframe: ingest: nolen.warc:0: record without Content-Length
newsframe: ingest: garbage.warc:449: not a WARC record header
newsframe: ingest: 8 inputs read, 4 records emitted, 4 skipped (3 bad WARC record, 1 empty)
--- exit 1

=== warc: records nested 3,000 deep stop at 16 levels (they overflowed a buffer)
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" nest && cd "$F" && newsframe ingest nest.warc
--- stderr
newsframe: ingest: nest.warc:0: documents nested more than 16 deep
newsframe: ingest: 1 input read, 0 records emitted, 1 skipped (nested too deep)
--- exit 1

=== warc: a chunk size larger than the body is cut to what is there
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" warc && cd "$F" && newsframe ingest -q chunked.warc | jq -r '[.url, .title] | @tsv'
https://e.example/c	Chunk
https://e.example/5	Page 5

=== warc: an 8 MB header line does not stop the next record
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" warc && cd "$F" && newsframe ingest hugehdr.warc > out; s=$?; jq -r .url out; exit $s
https://e.example/6
--- stderr
newsframe: ingest: hugehdr.warc:0: record header over 1 MB
newsframe: ingest: 2 inputs read, 1 record emitted, 1 skipped (bad WARC record)
--- exit 1

=== walk: FIFOs and devices are skipped unopened, link loops reported, unreadable files are errors
# Root reads any file whatever its mode: the walk runs as nobody when the
# tests run as root. A FIFO opened for reading would hang: timeout says so.
$ . tests/cli/fixtures.sh; chmod 755 "$F"; sh tests/hostile/make-inputs.sh "$F" walk && cd "$F" && if [ "$(id -u)" = 0 ]; then as="setpriv --reuid=65534 --regid=65534 --clear-groups"; else as=; fi; timeout 10 $as "$NEWSFRAME" ingest in > out; s=$?; jq -r .title out; exit $s
A
B
--- stderr
newsframe: ingest: in/fifo: warning: a FIFO, not read
newsframe: ingest: in/locked.html: Permission denied
newsframe: ingest: in/sub/loop: warning: symbolic link loop, not followed
newsframe: ingest: in/zero: warning: a character device, not read
newsframe: ingest: 6 inputs read, 2 records emitted, 4 skipped (2 not a regular file, 1 symlink loop, 1 unreadable)
--- exit 1

=== nothing lost: a mixed directory, read = emitted + skipped, in the summary and in --report-errors
# Archive members, WARC records, feed items and JSON lines are inputs of
# their own: 17 = 10 + 7.
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" mixed && cd "$F" && newsframe ingest --report-errors r.tsv mix > out; s=$?; jq -r '[.source.path, .title] | @tsv' out; cat r.tsv; exit $s
mix/a-good.html	Good A
mix/e-crawl.warc	Warc 1
mix/e-crawl.warc	Warc 2
mix/f-dump.tar.gz:t1.html	Tar 1
mix/f-dump.tar.gz:t3.html	Tar 3
mix/g-good.html	Good G
mix/h-lines.jsonl	Line 1
mix/h-lines.jsonl	Line 3
mix/i-feed.xml	Item 1
mix/i-feed.xml	Item 2
path	offset	reason	message
mix/b-empty.html		empty	empty document
mix/c-junk.bin		not a document	binary data, not a document
mix/d-cut.html.gz		truncated gzip	truncated gzip stream
mix/e-crawl.warc	450	bad WARC record	not a WARC record header
mix/e-crawl.warc	909	truncated record	truncated record
mix/f-dump.tar.gz:t2.html		empty	only white space, no document
mix/h-lines.jsonl	33	bad record	line 2: expected a JSON object
--- stderr
newsframe: ingest: mix/b-empty.html: warning: empty document
newsframe: ingest: mix/c-junk.bin: warning: binary data, not a document
newsframe: ingest: mix/d-cut.html.gz: truncated gzip stream
newsframe: ingest: mix/e-crawl.warc:450: not a WARC record header
newsframe: ingest: mix/e-crawl.warc:909: truncated record
newsframe: ingest: mix/f-dump.tar.gz:t2.html: warning: only white space, no document
newsframe: ingest: mix/h-lines.jsonl:33: line 2: expected a JSON object
newsframe: ingest: 17 inputs read, 10 records emitted, 7 skipped (1 bad WARC record, 1 bad record, 2 empty, 1 not a document, 1 truncated gzip, 1 truncated record)
--- exit 1

=== nothing lost: --strict stops the mixed directory at its first error
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" mixed && cd "$F" && newsframe ingest --strict mix > out; s=$?; jq -r .title out; exit $s
Good A
--- stderr
newsframe: ingest: mix/b-empty.html: warning: empty document
newsframe: ingest: mix/c-junk.bin: warning: binary data, not a document
newsframe: ingest: mix/d-cut.html.gz: truncated gzip stream
newsframe: ingest: 4 inputs read, 1 record emitted, 3 skipped (1 empty, 1 not a document, 1 truncated gzip)
--- exit 1

=== -o: a run killed by SIGTERM leaves neither FILE nor its temporary file
# The FIFO operand is never written to: the run waits on it until killed.
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" mixed && cd "$F" && mkfifo block && timeout -s TERM 2 "$NEWSFRAME" ingest -q -o out.jsonl mix/a-good.html block; echo "status $?"; ls | grep out.jsonl || echo nothing
status 124
nothing

=== -o: a run killed by SIGKILL leaves no FILE
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" mixed && cd "$F" && mkfifo block && (timeout -s KILL 2 "$NEWSFRAME" ingest -q -o out.jsonl mix/a-good.html block; echo "status $?") 2>/dev/null; test -e out.jsonl || echo no out.jsonl
status 137
no out.jsonl

=== | head -1 ends the run quietly: killed by SIGPIPE, no diagnostic
$ . tests/cli/fixtures.sh; awk 'BEGIN { for (i = 0; i < 2000; i++) { printf "{\"id\":\"%d\",\"text\":\"", i; for (j = 0; j < 50; j++) printf "w%d ", i * 50 + j; print "\"}" } }' > "$F/big.jsonl" && (newsframe terms "$F/big.jsonl"; echo "newsframe $?" >&2) | head -1
term	count	docs
--- stderr
newsframe 141

=== jsonl: bad lines are reported as path:line, the good ones still counted
# b: not JSON; c: text of the wrong type; d: duplicate key, the last wins;
# e: invalid UTF-8; f: a lone surrogate escape; g: a valid pair; then an
# array, a 100 MB line (never held in memory) and a last good line.
$ . tests/cli/fixtures.sh; sh tests/hostile/make-inputs.sh "$F" jsonl && cd "$F" && newsframe terms bad.jsonl
term	count	docs
peace	4	4
again	1	1
final	1	1
pair	1	1
resumed	1	1
talks	1	1
--- stderr
newsframe: terms: bad.jsonl:2: not valid JSON
newsframe: terms: bad.jsonl:3: field "text" has the wrong type
newsframe: terms: bad.jsonl:5: invalid UTF-8
newsframe: terms: bad.jsonl:6: not valid JSON
newsframe: terms: bad.jsonl:8: expected a JSON object
newsframe: terms: bad.jsonl:9: line longer than 64 MB, skipped
--- exit 1

=== jsonl: a \u0000 escape is read as U+FFFD, the rest of the string kept; a repeated member's last value wins, in ingest as in select
# An escaped backslash before u0000 is text and stays as it is.
$ . tests/cli/fixtures.sh; printf '%s\n' '{"id":"n","title":"a\\u0000b","title":"c\\u0000d","text":"before \u0000 after"}' > "$F/in.jsonl" && newsframe select "$F/in.jsonl" | jq -r '.title, .text' && newsframe ingest -q "$F/in.jsonl" | jq -r '.title, .text'
c\u0000d
before � after
c\u0000d
before � after

=== jsonl.gz: members are read one after another and bytes after the last are ignored; a cut or corrupt stream is an error after the records before it
# 3,000 records of about 100 bytes; two members, then "junk". The cut
# and the flipped byte fall far into the stream.
$ . tests/cli/fixtures.sh; cd "$F" && awk 'BEGIN { for (i = 0; i < 3000; i++) printf "{\"id\":\"%d\",\"text\":\"record %d of the gzipped corpus, padded with words.\"}\n", i, i }' > all.jsonl && head -n 1000 all.jsonl | gzip > two.gz && tail -n +1001 all.jsonl | gzip >> two.gz && printf junk >> two.gz && newsframe stats two.gz | head -n 1 && gzip -c all.jsonl | head -c 4000 > cut.gz && newsframe stats cut.gz | head -n 1; gzip -c all.jsonl > bad.gz && printf '\377' | dd of=bad.gz bs=1 seek=6000 conv=notrunc 2>/dev/null && newsframe stats bad.gz >/dev/null 2>err; grep -c 'bad.gz: corrupt gzip stream' err
records 3000, words 27000
records 725, words 6525
1
--- stderr
newsframe: stats: cut.gz: truncated gzip stream
