# merge: tables of shards add up to the table of the whole corpus, byte for
# byte. Each identity case splits tests/fixtures/text/mini.jsonl with
# --shard K/N, runs the analyzer on each shard, merges, and compares.

=== terms: 3 shards merged equal the whole run
$ d=$(mktemp -d) && f=tests/fixtures/text/mini.jsonl && for k in 1 2 3; do newsframe terms --shard $k/3 $f > $d/$k.tsv; done && newsframe merge $d/1.tsv $d/2.tsv $d/3.tsv > $d/m.tsv && newsframe terms $f | cmp - $d/m.tsv && echo identical; rm -rf $d
identical

=== terms by outlet, n-grams 1-3, tf-idf: 4 shards, merge --top at the end
$ d=$(mktemp -d) && f=tests/fixtures/text/mini.jsonl && o='--by outlet --ngram 1-3 --tfidf' && for k in 1 2 3 4; do newsframe terms $o --shard $k/4 $f > $d/$k.tsv; done && newsframe merge --top 3 $d/?.tsv > $d/m.tsv && newsframe terms $o --top 3 $f | cmp - $d/m.tsv && echo identical; rm -rf $d
identical

=== terms by ISO week with stems and --min-count applied by merge
$ d=$(mktemp -d) && f=tests/fixtures/text/mini.jsonl && for k in 1 2; do newsframe terms --by week --stem --shard $k/2 $f > $d/$k.tsv; done && newsframe merge --min-count 2 $d/?.tsv > $d/m.tsv && newsframe terms --by week --stem --min-count 2 $f | cmp - $d/m.tsv && echo identical; rm -rf $d
identical

=== keyness target/reference: 3 shards
$ d=$(mktemp -d) && f=tests/fixtures/text/mini.jsonl && o='--target group=state --stopwords auto' && for k in 1 2 3; do newsframe keyness $o --shard $k/3 $f > $d/$k.tsv; done && newsframe merge $d/?.tsv > $d/m.tsv && newsframe keyness $o $f | cmp - $d/m.tsv && echo identical; rm -rf $d
identical

=== keyness --by (every group against every term), records, Bonferroni: 4 shards
$ d=$(mktemp -d) && f=tests/fixtures/text/mini.jsonl && o='--by outlet --unit docs --correct bonferroni' && for k in 1 2 3 4; do newsframe keyness $o --shard $k/4 $f > $d/$k.tsv; done && newsframe merge $d/?.tsv > $d/m.tsv && newsframe keyness $o $f | cmp - $d/m.tsv && echo identical; rm -rf $d
identical

=== collocates: shards with --min-count 0, merged with --min-count 1
$ d=$(mktemp -d) && f=tests/fixtures/text/mini.jsonl && for k in 1 2 3; do newsframe collocates --by group --min-count 0 --shard $k/3 'protesters|war' $f > $d/$k.tsv; done && newsframe merge --min-count 1 $d/?.tsv > $d/m.tsv && newsframe collocates --by group 'protesters|war' $f | cmp - $d/m.tsv && echo identical; rm -rf $d
identical

=== stats --by: 2 shards
$ d=$(mktemp -d) && f=tests/fixtures/text/mini.jsonl && for k in 1 2; do newsframe stats --by lang --shard $k/2 $f > $d/$k.tsv; done && newsframe merge $d/?.tsv > $d/m.tsv && newsframe stats --by lang $f | cmp - $d/m.tsv && echo identical; rm -rf $d
identical

=== counts add up, rows re-sorted (count desc, then term), from stdin
$ printf 'term\tcount\tdocs\npeace\t2\t1\nwar\t1\t1\n' > /tmp/nf-merge-a.tsv && printf 'term\tcount\tdocs\nwar\t3\t2\nzeal\t2\t2\n' | newsframe merge /tmp/nf-merge-a.tsv -; rm -f /tmp/nf-merge-a.tsv
term	count	docs
war	4	3
peace	2	1
zeal	2	2

=== --json output, --top per group
$ printf 'outlet\tterm\tcount\tdocs\nA\tx\t1\t1\nA\ty\t5\t2\nB\tx\t2\t1\n' | newsframe merge --json --top 1
{"outlet":"A","term":"y","count":5,"docs":2}
{"outlet":"B","term":"x","count":2,"docs":1}

=== derived columns are recomputed from the summed counts and totals
$ printf 'term\tcount\tdocs\ttfidf\n*total*\t10\t2\t0\nwar\t2\t1\t9.9\n' | newsframe merge
term	count	docs	tfidf
*total*	10	2	0.0000
war	2	1	1.3863

=== a table of unknown kind is an error
$ printf 'foo\tbar\n1\t2\n' | newsframe merge
--- stderr
newsframe: merge: -:1: not a table newsframe can merge (header: foo	bar)
--- exit 1

=== malformed rows are reported and skipped; the others are added
$ printf 'term\tcount\tdocs\nwar\t2\t1\npeace\tx\t1\nfoo\t1\n' | newsframe merge
term	count	docs
war	2	1
--- stderr
newsframe: merge: -:3: count: expected a whole number, not 'x'
newsframe: merge: -:4: 2 columns, the header has 3
--- exit 1

=== a table with another header is not merged
$ printf 'term\tcount\tdocs\nwar\t2\t1\n' | newsframe merge - tests/fixtures/text/outlet-header.tsv
term	count	docs
war	2	1
--- stderr
newsframe: merge: tests/fixtures/text/outlet-header.tsv:1: header differs from the first table's
--- exit 1

=== no input at all
$ newsframe merge < /dev/null
--- stderr
newsframe: merge: no table to merge
--- exit 1

=== --top must be positive
$ newsframe merge --top 0
--- stderr
newsframe: merge: --top: must be at least 1
usage: newsframe merge [--json] [--min-count N] [--top K] [table ...]
--- exit 2
