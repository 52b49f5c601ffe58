# newsframe ingest on bad input and bad usage: one diagnostic per skipped
# input, the other inputs still come out, a summary that accounts for
# every input, and exit 0 (warnings only), 1 (an input could not be
# read) or 2 (usage). Fixtures are made at test time by
# tests/cli/fixtures.sh; nothing big is committed.

=== a missing file is an error; the other inputs still come out
$ . tests/cli/fixtures.sh; cd "$F" && newsframe ingest missing.html good.html >out; s=$?; jq -r .title out; exit $s
Fuel protest reaches the port
--- stderr
newsframe: ingest: missing.html: No such file or directory
newsframe: ingest: 2 inputs read, 1 record emitted, 1 skipped (unreadable)
--- exit 1

=== an empty file is a warning: exit 0
$ . tests/cli/fixtures.sh; cd "$F" && newsframe ingest empty.html blank.html
--- stderr
newsframe: ingest: empty.html: warning: empty document
newsframe: ingest: blank.html: warning: only white space, no document
newsframe: ingest: 2 inputs read, 0 records emitted, 2 skipped (empty)

=== binary junk is skipped with a warning
$ . tests/cli/fixtures.sh; cd "$F" && newsframe ingest junk.bin good.html | wc -l
1
--- stderr
newsframe: ingest: junk.bin: warning: binary data, not a document
newsframe: ingest: 2 inputs read, 1 record emitted, 1 skipped (not a document)

=== a truncated gzip stream is an error
$ . tests/cli/fixtures.sh; cd "$F" && newsframe ingest truncated.html.gz good.html.gz >out; s=$?; jq -r .source.path out; exit $s
good.html.gz
--- stderr
newsframe: ingest: truncated.html.gz: truncated gzip stream
newsframe: ingest: 2 inputs read, 1 record emitted, 1 skipped (truncated gzip)
--- exit 1

=== a corrupt gzip stream is an error
$ . tests/cli/fixtures.sh; cd "$F" && newsframe ingest -q corrupt.html.gz
--- stderr
newsframe: ingest: corrupt.html.gz: corrupt gzip stream: invalid block type
--- exit 1

=== a format with no reader is named
$ . tests/cli/fixtures.sh; cd "$F" && newsframe ingest doc.pdf
--- stderr
newsframe: ingest: doc.pdf: warning: unsupported format: pdf
newsframe: ingest: 1 input read, 0 records emitted, 1 skipped (unsupported format)

=== every input is accounted for: read = emitted + skipped by reason
$ . tests/cli/fixtures.sh; cd "$F" && newsframe ingest good.html missing.html empty.html blank.html junk.bin truncated.html.gz corrupt.html.gz doc.pdf >out; s=$?; wc -l <out; exit $s
1
--- stderr
newsframe: ingest: missing.html: No such file or directory
newsframe: ingest: empty.html: warning: empty document
newsframe: ingest: blank.html: warning: only white space, no document
newsframe: ingest: junk.bin: warning: binary data, not a document
newsframe: ingest: truncated.html.gz: truncated gzip stream
newsframe: ingest: corrupt.html.gz: corrupt gzip stream: invalid block type
newsframe: ingest: doc.pdf: warning: unsupported format: pdf
newsframe: ingest: 8 inputs read, 1 record emitted, 7 skipped (1 corrupt gzip, 2 empty, 1 not a document, 1 truncated gzip, 1 unreadable, 1 unsupported format)
--- exit 1

=== --report-errors writes every skipped input as TSV
$ . tests/cli/fixtures.sh; cd "$F" && newsframe ingest -q --report-errors "$F.tsv" good.html missing.html empty.html truncated.html.gz >/dev/null 2>&1; cat "$F.tsv"; rm -f "$F.tsv"
path	offset	reason	message
missing.html		unreadable	No such file or directory
empty.html		empty	empty document
truncated.html.gz		truncated gzip	truncated gzip stream

=== -q keeps the per-input diagnostics, drops the summary
$ . tests/cli/fixtures.sh; cd "$F" && newsframe ingest -q empty.html good.html | wc -l
1
--- stderr
newsframe: ingest: empty.html: warning: empty document

=== --strict stops at the first error
$ . tests/cli/fixtures.sh; cd "$F" && newsframe ingest --strict missing.html good.html
--- stderr
newsframe: ingest: missing.html: No such file or directory
newsframe: ingest: 1 input read, 0 records emitted, 1 skipped (unreadable)
--- exit 1

=== --strict goes on after warnings
$ . tests/cli/fixtures.sh; cd "$F" && newsframe ingest -q --strict empty.html good.html | wc -l
1
--- stderr
newsframe: ingest: empty.html: warning: empty document

=== a directory walk skips FIFOs without opening them and reports link loops
# d/up leads back to $F, which is walked too; there d is an ancestor.
$ . tests/cli/fixtures.sh; cd "$F" && mkdir d && cp good.html d/a.html && mkfifo d/fifo && ln -s .. d/up && ln -s nowhere d/dangling && newsframe ingest d >"$F.out"; s=$?; jq -r .source.path "$F.out"; rm -f "$F.out"; exit $s
d/a.html
d/up/good.html
d/up/good.html.gz
d/up/short.html
--- stderr
newsframe: ingest: d/dangling: No such file or directory
newsframe: ingest: d/fifo: warning: a FIFO, not read
newsframe: ingest: d/up/blank.html: warning: only white space, no document
newsframe: ingest: d/up/corrupt.html.gz: corrupt gzip stream: invalid block type
newsframe: ingest: d/up/d: warning: symbolic link loop, not followed
newsframe: ingest: d/up/doc.pdf: warning: unsupported format: pdf
newsframe: ingest: d/up/empty.html: warning: empty document
newsframe: ingest: d/up/junk.bin: warning: binary data, not a document
newsframe: ingest: d/up/truncated.html.gz: truncated gzip stream
newsframe: ingest: 13 inputs read, 4 records emitted, 9 skipped (1 corrupt gzip, 2 empty, 1 not a document, 1 not a regular file, 1 symlink loop, 1 truncated gzip, 1 unreadable, 1 unsupported format)
--- exit 1

=== a 10 MB page on one line is read; the next input still comes out
$ . tests/cli/fixtures.sh; cd "$F" && big_line && newsframe ingest -q big-line.html good.html | jq -r '[.title, (.text | length > 10000000)] | @tsv'
One line	true
Fuel protest reaches the port	false

=== 10,000-deep nesting neither crashes nor loses the next input
$ . tests/cli/fixtures.sh; cd "$F" && deep_nesting && newsframe ingest -q deep.html good.html | jq -r .title
Deep
Fuel protest reaches the port

=== a compression bomb is stopped at --max-doc-bytes, not loaded
$ . tests/cli/fixtures.sh; cd "$F" && head -c 50000000 /dev/zero | gzip -1 >bomb.html.gz && newsframe ingest --max-doc-bytes 1M bomb.html.gz good.html >out; s=$?; wc -l <out; exit $s
1
--- stderr
newsframe: ingest: bomb.html.gz: too large: more than 1048576 bytes (see --max-doc-bytes)
newsframe: ingest: 2 inputs read, 1 record emitted, 1 skipped (too large)
--- exit 1

=== a plain file over --max-doc-bytes is skipped too
$ . tests/cli/fixtures.sh; cd "$F" && newsframe ingest -q --max-doc-bytes 512 good.html
--- stderr
newsframe: ingest: good.html: too large: more than 512 bytes (see --max-doc-bytes)
--- exit 1

=== invalid byte sequences become U+FFFD and are counted
$ . tests/cli/fixtures.sh; printf '<html lang="en"><head><meta charset="utf-8"><title>Bad bytes</title></head><body><p>The protesters gathered in the square \342\200\224 then \377 moved on to the port of Ulvar, where they were stopped by \303( police.</p></body></html>' >"$F/bad.html"; newsframe ingest "$F/bad.html" | jq -r .text
The protesters gathered in the square — then � moved on to the port of Ulvar, where they were stopped by �( police.
--- stderr
newsframe: ingest: 1 input read, 1 record emitted; 2 invalid byte sequences replaced

=== a bad outlet map is a usage error: nothing on stdout, exit 2
$ . tests/cli/fixtures.sh; printf 'vtr.example\tVTR\tstate\nno-outlet-here\n' >"$F/map.tsv"; newsframe ingest --outlet-map "$F/map.tsv" corpora/sample/vtr 2>&1 | sed "s|$F|F|"
newsframe: ingest: F/map.tsv: line 2: expected KEY<TAB>OUTLET[<TAB>GROUP]

=== the exit status of a bad outlet map
$ . tests/cli/fixtures.sh; printf 'only-a-key\n' >"$F/map.tsv"; newsframe ingest -q --outlet-map "$F/map.tsv" corpora/sample/vtr 2>/dev/null
--- exit 2

=== a missing outlet map
$ newsframe ingest --outlet-map /nonexistent/outlets.tsv corpora/sample/vtr
--- stderr
newsframe: ingest: /nonexistent/outlets.tsv: No such file or directory
--- exit 2

=== no input is a usage error
$ newsframe ingest -q
--- stderr
newsframe: ingest: no input: give paths, - for stdin, or --from-list FILE
usage: newsframe ingest [-q] [--strict] [-o FILE] [--from-list FILE] [--lang LIST] [--map FIELD=NAME,...] [--max-depth N] [--max-doc-bytes N] [--max-doc-seconds S] [--min-words N] [--outlet-map FILE] [--report-errors FILE] [--since DATE] [--until DATE] [path ...]
--- exit 2

=== a malformed date is a usage error
$ newsframe ingest --since 2025-13-01 corpora/sample/vtr
--- stderr
newsframe: ingest: --since: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ, not '2025-13-01'
usage: newsframe ingest [-q] [--strict] [-o FILE] [--from-list FILE] [--lang LIST] [--map FIELD=NAME,...] [--max-depth N] [--max-doc-bytes N] [--max-doc-seconds S] [--min-words N] [--outlet-map FILE] [--report-errors FILE] [--since DATE] [--until DATE] [path ...]
--- exit 2

=== --until is checked the same way
$ newsframe ingest --until yesterday corpora/sample/vtr 2>&1 >/dev/null | head -n 1
newsframe: ingest: --until: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ, not 'yesterday'

=== a language that is not a code is a usage error
$ newsframe ingest --lang english corpora/sample/vtr 2>&1 >/dev/null | head -n 1
newsframe: ingest: --lang: 'english' is not an ISO 639-1 code such as en or ru

=== a malformed size is a usage error
$ newsframe ingest --max-doc-bytes lots corpora/sample/vtr 2>&1 >/dev/null | head -n 1
newsframe: ingest: --max-doc-bytes: expected a size such as 1000000, 512K or 64M, not 'lots'

=== --min-words must be a number
$ newsframe ingest --min-words -3 corpora/sample/vtr 2>/dev/null
--- exit 2

=== an unknown option names itself
$ newsframe ingest --no-such-option corpora/sample/vtr 2>&1 >/dev/null | head -n 1
newsframe: ingest: unknown option --no-such-option

=== an unwritable -o is reported and nothing is written
$ newsframe ingest -q -o /nonexistent/dir/out.jsonl corpora/sample/vtr
--- stderr
newsframe: ingest: /nonexistent/dir/out.jsonl: No such file or directory
--- exit 2
