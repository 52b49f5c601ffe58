# Scale: sharding by id hash, merging partial tables, and -j.
# Every case builds a corpus from corpora/sample in a scratch directory.

=== shards partition the corpus: 3 shards hold every record exactly once
$ d=$(mktemp -d) && newsframe ingest -q corpora/sample > $d/c.jsonl && for k in 1 2 3; do newsframe ingest -q --shard $k/3 corpora/sample; done | sort > $d/s.jsonl && sort $d/c.jsonl | cmp - $d/s.jsonl && echo same; rm -rf $d
same

=== GNU parallel: terms over 8 shards, merged, equals the single run
$ d=$(mktemp -d) && newsframe ingest -q corpora/sample > $d/c.jsonl && seq 8 | parallel --will-cite -j 2 "$NEWSFRAME terms --ngram 1-2 --shard {}/8 $d/c.jsonl > $d/part{}.tsv" && newsframe merge $d/part*.tsv > $d/merged.tsv && newsframe terms --ngram 1-2 $d/c.jsonl > $d/whole.tsv && cmp $d/merged.tsv $d/whole.tsv && echo identical; rm -rf $d
identical

=== terms by outlet: -j 1 and -j 4 give byte-identical output
$ d=$(mktemp -d) && newsframe ingest -q corpora/sample > $d/c.jsonl && newsframe terms -j 1 --by outlet $d/c.jsonl > $d/1.tsv && newsframe terms -j 4 --by outlet $d/c.jsonl > $d/4.tsv && cmp $d/1.tsv $d/4.tsv && echo identical; rm -rf $d
identical

=== ingest: -j 1 and -j 4 give byte-identical corpora
$ d=$(mktemp -d) && newsframe ingest -q -j 1 corpora/sample > $d/1.jsonl && newsframe ingest -q -j 4 corpora/sample > $d/4.jsonl && cmp $d/1.jsonl $d/4.jsonl && echo identical; rm -rf $d
identical

=== ingest of good and bad inputs of every kind: -j 1 and -j 4 give the same records, diagnostics, error report and exit status
$ . tests/cli/fixtures.sh; . tests/cli/mixed.sh; cd "$F" && for j in 1 4; do newsframe ingest -j $j --report-errors r$j.tsv mixed > o$j.jsonl 2> e$j.txt; echo "exit $?" >> e$j.txt; done; cmp o1.jsonl o4.jsonl && cmp e1.txt e4.txt && cmp r1.tsv r4.tsv && wc -l < o4.jsonl && tail -2 e4.txt
74
newsframe: ingest: 83 inputs read, 74 records emitted, 9 skipped (1 bad WARC record, 2 corrupt gzip, 3 empty, 1 not a document, 1 truncated gzip, 1 unsupported format); not documents: 16 warc request, 2 warc status 4xx
exit 1

=== ingest -j 4: the warning of a slow page comes before those of quick inputs after it
$ . tests/cli/fixtures.sh; cd "$F" && awk 'BEGIN { printf "<html><head><title>Links</title></head><body>"; for (i = 0; i < 30000; i++) printf "<nav><a href=\"/x%d\">Section %d</a></nav>", i, i; printf "</body></html>\n" }' > slow.html && newsframe ingest -j 4 slow.html empty.html good.html blank.html 2>&1 >/dev/null
newsframe: ingest: slow.html: warning: no article text found
newsframe: ingest: empty.html: warning: empty document
newsframe: ingest: blank.html: warning: only white space, no document
newsframe: ingest: 4 inputs read, 1 record emitted, 3 skipped (2 empty, 1 no text)

=== ingest --strict -j 4 stops after the same input as -j 1, though workers read ahead
$ . tests/cli/fixtures.sh; . tests/cli/mixed.sh; cd "$F" && for j in 1 4; do newsframe ingest --strict -j $j mixed/pages mixed/good.html mixed/bad mixed/crawl.warc.gz > o$j.jsonl 2> e$j.txt; echo "exit $?" >> e$j.txt; done; cmp o1.jsonl o4.jsonl && cmp e1.txt e4.txt && wc -l < o4.jsonl && cat e4.txt
44
newsframe: ingest: mixed/bad/blank.html: warning: only white space, no document
newsframe: ingest: mixed/bad/corrupt.html.gz: corrupt gzip stream: invalid block type
newsframe: ingest: 46 inputs read, 44 records emitted, 2 skipped (1 corrupt gzip, 1 empty)
exit 1

=== ingest -j: a WARC.gz on stdin and a --from-list list give the same output as -j 1
$ . tests/cli/fixtures.sh; . tests/cli/mixed.sh; cd "$F" && for j in 1 3; do newsframe ingest -j $j - < mixed/crawl.warc.gz > w$j.jsonl 2> w$j.txt; find mixed -type f | sort | newsframe ingest -q -j $j --from-list - > l$j.jsonl 2> l$j.txt; done; cmp w1.jsonl w3.jsonl && cmp w1.txt w3.txt && cmp l1.jsonl l3.jsonl && cmp l1.txt l3.txt && cat w3.txt && wc -l < l3.jsonl
newsframe: ingest: 11 inputs read, 11 records emitted; not documents: 13 warc request, 2 warc status 4xx
74

=== ingest -j: a member handed to a worker keeps its archive nesting, so the limit falls at the same depth
$ . tests/cli/fixtures.sh; cd "$F" && tar cf l5.tar good.html && for i in 4 3 2 1; do tar cf l$i.tar l$((i+1)).tar; done && for j in 1 3; do newsframe ingest -j $j l1.tar l2.tar > o$j 2> e$j; done; cmp o1 o3 && cmp e1 e3 && wc -l < o3 && cat e3
1
newsframe: ingest: l1.tar:l2.tar:l3.tar:l4.tar:l5.tar: archives nested too deep
newsframe: ingest: 2 inputs read, 1 record emitted, 1 skipped (nested too deep)

=== every analyzer with -j workers: -j 1 and -j 4 give byte-identical output on a corpus of several batches
$ d=$(mktemp -d) && newsframe ingest -q corpora/sample > $d/c1 && for i in $(seq 24); do cat $d/c1; done > $d/c.jsonl && for cmd in "terms --by outlet --ngram 1-2" "keyness --by outlet" "keyness --target lang=en --unit docs" "collocates -w 3 fuel|топлив.*" "stats" "stats --by outlet" "sources --by outlet" "frames --by outlet -l corpora/lexicons/unrest.nfl" "select --where lang=ru --grep протест"; do newsframe $cmd -j 1 $d/c.jsonl > $d/1; newsframe $cmd -j 4 $d/c.jsonl > $d/4; test -s $d/1 && cmp -s $d/1 $d/4 && echo "identical: $cmd" || echo "differ: $cmd"; done; rm -rf $d
identical: terms --by outlet --ngram 1-2
identical: keyness --by outlet
identical: keyness --target lang=en --unit docs
identical: collocates -w 3 fuel|топлив.*
identical: stats
identical: stats --by outlet
identical: sources --by outlet
identical: frames --by outlet -l corpora/lexicons/unrest.nfl
identical: select --where lang=ru --grep протест

=== dedup, kwic, validate and report with -j workers: -j 1 and -j 4 give byte-identical stdout, stderr and exit status on a corpus of several batches
# 24 copies of the sample: odd ones keep the ids and get a changed text
# (near-duplicates, ids seen twice, evidence hashes that tie), even ones
# keep the text under new ids (exact copies). What these commands decide
# in input order (first occurrences, clusters' origins, the first of an
# id, a sample drawn in sequence, --limit) must not depend on -j.
$ d=$(mktemp -d) && L=corpora/lexicons/unrest.nfl && newsframe ingest -q corpora/sample > $d/c1 && for i in $(seq 24); do if [ $((i % 2)) = 1 ]; then sed "s/ the / the$i /g" $d/c1; else sed "s/^{\"id\":\"\([0-9a-f]*\)\"/{\"id\":\"\1-$i\"/" $d/c1; fi; done > $d/c.jsonl && cut -d '"' -f 4 $d/c1 | awk '{ printf "%s\tprotest-grievance\t%d\n%s\tforeign-interference\t%d\n", $1, NR % 2, $1, NR % 3 == 0 }' > $d/coded.tsv && for cmd in "dedup" "dedup --pairs -k 3 -t 0.3" "dedup --by outlet -t 0.8" "dedup --drop" "kwic -l $L" "kwic -l $L --frame protest-grievance --voice" "kwic -c 20 --sample 25 --seed 3 police" "kwic -l $L --sort outlet --limit 50" "kwic -l $L --limit 100" "validate -l $L $d/coded.tsv" "validate --kwic --min-hits 2 -l $L $d/coded.tsv" "report -l $L" "report -l $L --format md --examples 5" "report -l $L --format json --top 5"; do for j in 1 4; do newsframe $cmd -j $j $d/c.jsonl > $d/o$j 2> $d/e$j; echo "exit $?" >> $d/e$j; done; test -s $d/o1 && cmp -s $d/o1 $d/o4 && cmp -s $d/e1 $d/e4 && echo "identical: ${cmd%% -l*}" || echo "differ: $cmd"; done; for j in 1 4; do newsframe dedup --drop -j $j < $d/c.jsonl > $d/s$j 2>&1; done; cmp $d/s1 $d/s4 && echo "identical: dedup --drop < stdin"; rm -rf $d
identical: dedup
identical: dedup --pairs -k 3 -t 0.3
identical: dedup --by outlet -t 0.8
identical: dedup --drop
identical: kwic
identical: kwic
identical: kwic -c 20 --sample 25 --seed 3 police
identical: kwic
identical: kwic
identical: validate
identical: validate --kwic --min-hits 2
identical: report
identical: report
identical: report
identical: dedup --drop < stdin

=== kwic --limit -j 4: nothing read ahead after the last row is written, counted or reported
# The workers have read past the limit (a bad line, then a missing file),
# but, as with -j 1, the run stops at the record that gave the last row.
$ d=$(mktemp -d) && newsframe ingest -q corpora/sample > $d/c1 && for i in $(seq 24); do cat $d/c1; done > $d/c.jsonl && echo 'not a record' >> $d/c.jsonl && for j in 1 4; do newsframe kwic -j $j --limit 3 -w 0 police $d/c.jsonl $d/missing.jsonl > $d/o$j 2>&1; echo "exit $?" >> $d/o$j; done; cmp $d/o1 $d/o4 && cut -f 5 $d/o4; rm -rf $d
match
Police
police
police
exit 0

=== validate -j 4: warnings of the ordered step and errors of the workers come in input order
# Two coded articles, each found twice; a bad line before, between and
# after them: the first of each id is used, and stderr reads as -j 1's.
# Neither article has a protest-grievance hit (frames --per-doc): the
# one coded 1 is a false negative, the one coded 0 a true negative.
$ d=$(mktemp -d) && newsframe ingest -q corpora/sample > $d/c1 && printf '43a0d5e0b4282c95\tprotest-grievance\t1\n5b1d6ea61e910442\tprotest-grievance\t0\n' > $d/coded.tsv && cd $d && { echo '{'; cat c1; echo '['; cat c1; echo 'x'; } > c.jsonl && for j in 1 4; do newsframe validate -j $j -l $OLDPWD/corpora/lexicons/unrest.nfl coded.tsv c.jsonl > o$j 2> e$j; echo "exit $?" >> e$j; done; cmp o1 o4 && cmp e1 e4 && cut -f 1-6 o4 && cat e4; cd /; rm -rf $d
frame	n	tp	fp	fn	tn
protest-grievance	2	0	0	1	1
newsframe: validate: c.jsonl:1: not valid JSON
newsframe: validate: c.jsonl:45: not valid JSON
newsframe: validate: warning: id 43a0d5e0b4282c95 appears twice in the corpus; the first is used
newsframe: validate: warning: id 5b1d6ea61e910442 appears twice in the corpus; the first is used
newsframe: validate: c.jsonl:89: not valid JSON
exit 1

=== GNU parallel: frames and sources over 8 shards, merged, equal the single run
$ d=$(mktemp -d) && newsframe ingest -q corpora/sample > $d/c.jsonl && for cmd in "frames --by outlet -l corpora/lexicons/unrest.nfl" "sources --by outlet"; do seq 8 | parallel --will-cite -j 2 "$NEWSFRAME $cmd --shard {}/8 $d/c.jsonl > $d/part{}.tsv" && newsframe merge $d/part*.tsv > $d/merged.tsv && newsframe $cmd $d/c.jsonl > $d/whole.tsv && cmp $d/merged.tsv $d/whole.tsv && echo "identical: $cmd"; done; rm -rf $d
identical: frames --by outlet -l corpora/lexicons/unrest.nfl
identical: sources --by outlet

=== Hadoop Streaming recipe, simulated: ingest --from-list - | terms per split, sort, merge equals the single run
# Hadoop Streaming runs the mapper on splits of the input (here: a list of
# paths), sorts all mapper output lines by key, and pipes them into one
# reducer; "mapper | sort | reducer" is the same computation.
$ d=$(mktemp -d) && find corpora/sample -type f | sort > $d/paths && split -l 10 $d/paths $d/split. && for s in $d/split.*; do newsframe ingest -q --from-list - < $s | newsframe terms --by outlet; done | LC_ALL=C sort | newsframe merge > $d/reduced.tsv && newsframe ingest -q corpora/sample | newsframe terms --by outlet > $d/whole.tsv && cmp $d/reduced.tsv $d/whole.tsv && ls $d/split.* | wc -l && echo identical; rm -rf $d
5
identical

=== tables one after the other on one stream (GNU parallel --sshlogin brings them back so) merge like separate files
$ d=$(mktemp -d) && newsframe ingest -q corpora/sample > $d/c.jsonl && seq 4 | parallel --will-cite -k -j 2 "$NEWSFRAME keyness --by outlet --shard {}/4 $d/c.jsonl" | newsframe merge > $d/merged.tsv && newsframe keyness --by outlet $d/c.jsonl | cmp - $d/merged.tsv && echo identical; rm -rf $d
identical

=== a bad shard spec is a usage error
$ newsframe terms --shard 4/3 /dev/null
--- stderr
newsframe: terms: --shard: expected K/N with 1 <= K <= N, not '4/3'
usage: newsframe terms [--json] [--stem] [--tfidf] [--title] [--totals] [--by FIELD] [--max-memory SIZE] [--min-count N] [--ngram N[-M]] [--stopwords LIST] [--tmpdir DIR] [--top K] [corpus ...]
--- exit 2
