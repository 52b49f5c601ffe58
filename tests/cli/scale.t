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

=== a bad shard spec is a usage error
$ newsframe terms --shard 4/3 /dev/null
--- stderr
newsframe: terms: --shard: expected K/N with 1 <= K <= N, not '4/3'
usage: newsframe terms [--json] [--stem] [--tfidf] [--title] [--totals] [--by FIELD] [--min-count N] [--ngram N[-M]] [--stopwords LIST] [--top K] [corpus ...]
--- exit 2
