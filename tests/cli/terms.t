# terms over tests/fixtures/text/mini.jsonl: 8 records, en/ru/kk, outlets
# RT (2), TASS (2), BBC (3), Kazinform (1); a7 has no group and no date,
# a8 has no text. Counts were worked out by hand from the texts: "war" is
# twice in a1, once in a3 and a6; English stop words (the, in, is, from,
# over, and, not) are dropped by default.

=== the most frequent terms; ties by term bytewise
$ newsframe terms --top 6 tests/fixtures/text/mini.jsonl
term	count	docs
war	4	3
officials	3	2
peace	3	2
protesters	3	2
революция	3	2
said	2	2

=== Революция, РЕВОЛЮЦИЯ and революция are one term
$ newsframe terms tests/fixtures/text/mini.jsonl | grep -i 'революц'
революция	3	2

=== Kazakh letters are kept and folded; және is a stop word
$ newsframe terms --by lang tests/fixtures/text/mini.jsonl | grep '^kk' | cut -f2 | paste -sd' ' -
жаңа заң келісті парламент қабылдады қазақстан үкімет үкіметі
=== per outlet, top 2 (example of the man page)
$ newsframe terms --by outlet --top 2 tests/fixtures/text/mini.jsonl
outlet	term	count	docs
BBC	peace	3	2
BBC	protesters	2	1
Kazinform	жаңа	1	1
Kazinform	заң	1	1
RT	war	3	2
RT	officials	2	1
TASS	революция	3	2
TASS	вышли	1	1

=== --min-count drops rarer terms
$ newsframe terms --min-count 3 tests/fixtures/text/mini.jsonl
term	count	docs
war	4	3
officials	3	2
peace	3	2
protesters	3	2
революция	3	2

=== --totals: all tokens (stop words too) and records per group
$ newsframe terms --totals --by lang --top 1 tests/fixtures/text/mini.jsonl
lang	term	count	docs
en	*total*	40	5
en	war	4	3
kk	*total*	9	1
kk	жаңа	1	1
ru	*total*	13	2
ru	революция	3	2

=== --tfidf: count x ln(records in group / docs); implies --totals
$ newsframe terms --tfidf --by group --top 2 tests/fixtures/text/mini.jsonl
group	term	count	docs	tfidf
	*total*	5	1	0.0000
	вышли	1	1	0.0000
	протестующие	1	1	0.0000
public	*total*	18	3	0.0000
public	peace	3	2	1.2164
public	protesters	2	1	2.1972
state	*total*	39	4	0.0000
state	war	3	2	2.0794
state	officials	2	1	2.7726

=== bigrams never cross a sentence end ("war. The color-revolution")
$ newsframe terms --ngram 2 --top 4 tests/fixtures/text/mini.jsonl
term	count	docs
officials said	2	2
color-revolution failed	1	1
demanded peace	1	1
failed officials	1	1

=== --ngram 1-2 counts both sizes in one table
$ newsframe terms --ngram 1-2 --min-count 2 tests/fixtures/text/mini.jsonl
term	count	docs
war	4	3
officials	3	2
peace	3	2
protesters	3	2
революция	3	2
officials said	2	2
said	2	2

=== a stop word may sit inside an n-gram (на), per month (man page example)
$ newsframe terms --by month --ngram 2-3 --top 1 tests/fixtures/text/mini.jsonl
month	term	count	docs
	вышли на улицы	1	1
2024-03	demanded peace	1	1
2024-04	officials said	2	2

=== --json writes one object per row
$ newsframe terms --json --top 2 tests/fixtures/text/mini.jsonl
{"term":"war","count":4,"docs":3}
{"term":"officials","count":3,"docs":2}

=== --stem counts Snowball stems by each record's language
$ newsframe terms --stem --top 5 tests/fixtures/text/mini.jsonl
term	count	docs
war	4	3
offici	3	2
peac	3	2
protest	3	2
революц	3	2

=== --stopwords none keeps every word
$ newsframe terms --stopwords none --top 3 tests/fixtures/text/mini.jsonl
term	count	docs
the	4	3
war	4	3
officials	3	2

=== --stopwords FILE replaces the built-in lists
$ newsframe terms --stopwords tests/fixtures/text/stop.txt --top 3 tests/fixtures/text/mini.jsonl
term	count	docs
the	4	3
peace	3	2
protesters	3	2

=== --title counts headlines too
$ newsframe terms --title --top 3 tests/fixtures/text/mini.jsonl
term	count	docs
war	5	3
officials	4	2
революция	4	2

=== --by week uses ISO weeks; records without a date form the empty group
$ newsframe terms --by week --top 1 tests/fixtures/text/mini.jsonl
week	term	count	docs
	вышли	1	1
2024-W09	war	2	1
2024-W10	революция	2	1
2024-W11	protesters	2	1
2024-W14	жаңа	1	1
2024-W15	officials	3	2

=== --by day and --by year
$ newsframe terms --by year --top 1 tests/fixtures/text/mini.jsonl; newsframe terms --by day --top 1 tests/fixtures/text/mini.jsonl | sed -n 2,3p
year	term	count	docs
	вышли	1	1
2024	war	4	3
	вышли	1	1
2024-03-01	war	2	1

=== a bad line and a missing file are reported; the rest is counted
# -j 1: with workers the two messages may come in either order
$ newsframe terms -j 1 tests/fixtures/text/bad.jsonl /nonexistent
term	count	docs
peace	3	2
later	1	1
--- stderr
newsframe: terms: tests/fixtures/text/bad.jsonl:2: not valid JSON
newsframe: terms: /nonexistent: No such file or directory
--- exit 1

=== standard input
$ newsframe terms < tests/fixtures/text/bad.jsonl
term	count	docs
peace	3	2
later	1	1
--- stderr
newsframe: terms: -:2: not valid JSON
--- exit 1

=== the same table with -j 2 as with one thread
# 600 copies (900 KB) make several batches, so both threads count and
# their tables are added up (by id): the same table as one thread's
# (with the paired n-gram sizes folded in each worker's tables first).
$ d=$(mktemp -d) && for i in $(seq 600); do cat tests/fixtures/text/mini.jsonl; done > $d/c.jsonl && for o in "" "--ngram 1-2 --by outlet" "--stem --tfidf" "--ngram 1-3 --title" "--ngram 2-4 --by outlet"; do newsframe terms -j 2 $o $d/c.jsonl > $d/j2 && newsframe terms -j 1 $o $d/c.jsonl | cmp - $d/j2 && echo "same: $o"; done; rm -rf $d
same: 
same: --ngram 1-2 --by outlet
same: --stem --tfidf
same: --ngram 1-3 --title
same: --ngram 2-4 --by outlet

=== a corpus plain, gzipped, from a pipe and redirected from a file: the same table
# A regular file that is not gzip is read with read(2), the others through
# zlib (src/core/lines.c).
$ d=$(mktemp -d) && newsframe terms --ngram 1-2 tests/fixtures/text/mini.jsonl > $d/a && gzip -c tests/fixtures/text/mini.jsonl > $d/m.gz && newsframe terms --ngram 1-2 $d/m.gz | cmp - $d/a && cat tests/fixtures/text/mini.jsonl | newsframe terms --ngram 1-2 | cmp - $d/a && newsframe terms --ngram 1-2 - < tests/fixtures/text/mini.jsonl | cmp - $d/a && wc -l < $d/a; rm -rf $d
58

=== a term holding spaces and an n-gram of the same string are one row
# U+FDFA is one letter whose normal form (NFKC) is four words: as a
# unigram it is the same string as the 4-gram of those words, so the two
# are one row, and a record holding both counts once in docs.
$ printf '{"text":"\357\267\272 \330\265\331\204\331\211 \330\247\331\204\331\204\331\207 \330\271\331\204\331\212\331\207 \331\210\330\263\331\204\331\205"}\n{"text":"\357\267\272"}\n' | newsframe terms -j 1 --ngram 1-4 --min-count 2
term	count	docs
صلى الله عليه وسلم	3	2

=== n-gram size must be 1 to 5
$ newsframe terms --ngram 0 tests/fixtures/text/mini.jsonl
--- stderr
newsframe: terms: --ngram: must be at least 1
usage: newsframe terms [--json] [--stem] [--tfidf] [--title] [--totals] [--by FIELD] [--max-memory SIZE] [--min-count N] [--ngram N[-M]] [--stopwords LIST] [--tmpdir DIR] [--top K] [corpus ...]
--- exit 2

=== n-gram range must be N-M
$ newsframe terms --ngram 3-x tests/fixtures/text/mini.jsonl
--- stderr
newsframe: terms: --ngram: expected N or N-M
usage: newsframe terms [--json] [--stem] [--tfidf] [--title] [--totals] [--by FIELD] [--max-memory SIZE] [--min-count N] [--ngram N[-M]] [--stopwords LIST] [--tmpdir DIR] [--top K] [corpus ...]
--- exit 2

=== unknown --by field
$ newsframe terms --by nosuch tests/fixtures/text/mini.jsonl
--- stderr
newsframe: terms: --by: nosuch: unknown field (see newsframe-corpus(5))
usage: newsframe terms [--json] [--stem] [--tfidf] [--title] [--totals] [--by FIELD] [--max-memory SIZE] [--min-count N] [--ngram N[-M]] [--stopwords LIST] [--tmpdir DIR] [--top K] [corpus ...]
--- exit 2

=== unreadable stop-word list
$ newsframe terms --stopwords /nonexistent/list tests/fixtures/text/mini.jsonl
--- stderr
newsframe: terms: --stopwords: /nonexistent/list: No such file or directory
usage: newsframe terms [--json] [--stem] [--tfidf] [--title] [--totals] [--by FIELD] [--max-memory SIZE] [--min-count N] [--ngram N[-M]] [--stopwords LIST] [--tmpdir DIR] [--top K] [corpus ...]
--- exit 2

=== --top must be positive
$ newsframe terms --top 0 tests/fixtures/text/mini.jsonl
--- stderr
newsframe: terms: --top: must be at least 1
usage: newsframe terms [--json] [--stem] [--tfidf] [--title] [--totals] [--by FIELD] [--max-memory SIZE] [--min-count N] [--ngram N[-M]] [--stopwords LIST] [--tmpdir DIR] [--top K] [corpus ...]
--- exit 2

# --max-memory: past the limit the table is spilled to disk as sorted runs
# and merged back; the output must be the same, byte for byte. A limit of
# 1 byte spills before every record (mini.jsonl: 8 runs; the sample
# corpus three times over: 129 runs, merged 16 at a time).

=== --max-memory 1: the hand-counted table of the first case, spilled at every record
$ newsframe terms --max-memory 1 --top 6 tests/fixtures/text/mini.jsonl
term	count	docs
war	4	3
officials	3	2
peace	3	2
protesters	3	2
революция	3	2
said	2	2

=== --max-memory 1 per outlet, top 2 (the man page example)
$ newsframe terms -j 1 --max-memory 1 --by outlet --top 2 tests/fixtures/text/mini.jsonl
outlet	term	count	docs
BBC	peace	3	2
BBC	protesters	2	1
Kazinform	жаңа	1	1
Kazinform	заң	1	1
RT	war	3	2
RT	officials	2	1
TASS	революция	3	2
TASS	вышли	1	1

=== --max-memory 1 with --tfidf: the totals rows add up across runs
$ newsframe terms -j 1 --max-memory 1 --tfidf --by group --top 2 tests/fixtures/text/mini.jsonl
group	term	count	docs	tfidf
	*total*	5	1	0.0000
	вышли	1	1	0.0000
	протестующие	1	1	0.0000
public	*total*	18	3	0.0000
public	peace	3	2	1.2164
public	protesters	2	1	2.1972
state	*total*	39	4	0.0000
state	war	3	2	2.0794
state	officials	2	1	2.7726

=== --max-memory 1 --json
$ newsframe terms -j 1 --max-memory 1 --json --top 2 tests/fixtures/text/mini.jsonl
{"term":"war","count":4,"docs":3}
{"term":"officials","count":3,"docs":2}

=== spilled at every record, with -j 1 and -j 2, at limits where groups are ordered on disk or in memory: the same bytes as in memory
$ . tests/cli/fixtures.sh; newsframe ingest -q corpora/sample > $F/one.jsonl; cat $F/one.jsonl $F/one.jsonl $F/one.jsonl > $F/c.jsonl; for o in "" "--by outlet" "--ngram 1-3" "--by outlet --ngram 1-3 --top 5" "--by lang --min-count 2 --ngram 1-2" "--tfidf --by outlet" "--json --by month --ngram 2" "--totals --by domain --top 50" "--stem --title --top 300"; do newsframe terms -j 1 --max-memory 0 $o $F/c.jsonl > $F/mem; for m in "-j 1 --max-memory 1" "-j 2 --max-memory 1" "-j 2 --max-memory 20K" "-j 1 --max-memory 200K"; do newsframe terms $m --tmpdir $F $o $F/c.jsonl | cmp -s - $F/mem || echo "differ: $m $o"; done; done; ls $F | grep newsframe | wc -l; wc -l < $F/mem
0
301

=== a first record without text (nothing interned yet), in memory and spilled at every record
$ for m in 0 1; do printf '{"outlet":"X"}\n{"text":"peace war"}\n{"title":"t"}\n{"text":"war"}\n' | newsframe terms -j 1 --max-memory $m; done
term	count	docs
war	2	2
peace	1	1
term	count	docs
war	2	2
peace	1	1

=== spilled at every record, records counted by string (a term holding spaces) among records counted by id: the same bytes as in memory
# Each copy: U+FDFA and its four words in one record (2 counts, 1 doc),
# U+FDFA alone in another: 9 counts in 6 records over three copies.
$ . tests/cli/fixtures.sh; for i in 1 2 3; do cat tests/fixtures/text/mini.jsonl; printf '{"outlet":"BBC","text":"\357\267\272 \330\265\331\204\331\211 \330\247\331\204\331\204\331\207 \330\271\331\204\331\212\331\207 \331\210\330\263\331\204\331\205 war"}\n{"text":"\357\267\272 peace"}\n'; done > $F/c.jsonl; for o in "--ngram 1-2 --by outlet --tfidf" "--ngram 2-4 --min-count 2" "--ngram 1-4"; do newsframe terms -j 1 --max-memory 0 $o $F/c.jsonl > $F/mem; for m in "-j 1 --max-memory 1" "-j 2 --max-memory 1" "-j 1 --max-memory 3K"; do newsframe terms $m --tmpdir $F $o $F/c.jsonl | cmp -s - $F/mem || echo "differ: $m $o"; done; done; grep -c "^صلى الله عليه وسلم	9	6$" $F/mem
1

=== spilled by the ranks of words: keys that start other keys (words, n-grams, group names) sort as in memory
# Runs are sorted by word and group ranks, not strings; that is string
# order only because a space or tab ends what a longer key goes on with.
# "ab", "ab x", "ab-c", "abc"; groups "", "A", "A ", "A B", "AB" (--by
# makes a tab in a value a space: "A<TAB>B" is "A B").
$ . tests/cli/fixtures.sh; printf '%s\n' '{"outlet":"A","text":"ab abc. ab x. abc y ab-c ab"}' '{"outlet":"A B","text":"ab abc ab x"}' '{"outlet":"AB","text":"abc ab. x ab ab-c"}' '{"text":"ab ab x"}' '{"outlet":"A\tB","text":"ab abc"}' '{"outlet":"A\t","text":"abc ab"}' > $F/c.jsonl; for o in "" "--by outlet" "--by outlet --ngram 1-3" "--ngram 1-3" "--ngram 2-3 --by outlet"; do newsframe terms -j 1 --stopwords none --max-memory 0 $o $F/c.jsonl > $F/mem; for m in 1 1K; do newsframe terms -j 1 --stopwords none --max-memory $m --tmpdir $F $o $F/c.jsonl | cmp -s - $F/mem || echo "differ: $m $o"; done; done; newsframe terms --stopwords none --max-memory 1 --tmpdir $F --by outlet --top 1 $F/c.jsonl
outlet	term	count	docs
	ab	2	1
A	ab	3	1
A 	ab	1	1
A B	ab	3	2
AB	ab	2	1

=== the default limit spills nothing on a small corpus: no temporary directory is made
$ newsframe terms --tmpdir /nonexistent --top 1 tests/fixtures/text/mini.jsonl
term	count	docs
war	4	3

=== a spill directory that cannot be made is an error: exit 1, no table
$ . tests/cli/fixtures.sh; newsframe terms --max-memory 1 --tmpdir $F/good.html tests/fixtures/text/mini.jsonl 2>&1 | sed "s|$F|F|"; newsframe terms --max-memory 1 --tmpdir $F/good.html tests/fixtures/text/mini.jsonl 2>/dev/null; echo "exit $?"
newsframe: terms: F/good.html: cannot make a temporary directory: Not a directory
exit 1

=== ... with -j 2 too, reported once
$ . tests/cli/fixtures.sh; newsframe terms -j 2 --max-memory 1 --tmpdir /nonexistent tests/fixtures/text/mini.jsonl tests/fixtures/text/mini.jsonl
--- stderr
newsframe: terms: /nonexistent: cannot make a temporary directory: No such file or directory
--- exit 1

=== a run that cannot be written (here: past the file size limit, as on a full disk) is an error, never a short table
$ . tests/cli/fixtures.sh; (trap '' XFSZ; ulimit -f 1; newsframe terms -j 1 --max-memory 1 --tmpdir $F tests/fixtures/text/mini.jsonl) 2>&1 | sed "s|$F|F|"; ls $F | grep newsframe | wc -l
newsframe: terms: F: cannot write a temporary file: File too large
0

=== SIGTERM while spilling: the spill directory is removed, the run ends by the signal
$ . tests/cli/fixtures.sh; newsframe ingest -q corpora/sample > $F/one.jsonl; for i in 1 2 3 4 5 6 7 8; do cat $F/one.jsonl; done > $F/c.jsonl; mkdir $F/t; (cat $F/c.jsonl; while sleep 1; do echo; done) 2>/dev/null | "$NEWSFRAME" terms -j 1 --max-memory 1 --tmpdir $F/t > /dev/null & i=0; while [ -z "$(ls $F/t)" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done; ls $F/t | sed 's/\..*//'; kill -TERM $!; wait $! 2>/dev/null; echo "exit $?"; ls $F/t | wc -l
newsframe
exit 143
0

=== | head: the run ends quietly by SIGPIPE while merging its runs, and leaves no spill directory
$ . tests/cli/fixtures.sh; newsframe ingest -q corpora/sample > $F/one.jsonl; cat $F/one.jsonl $F/one.jsonl $F/one.jsonl > $F/c.jsonl; mkdir $F/t; "$NEWSFRAME" terms -j 1 --max-memory 1 --ngram 1-5 --by outlet --tmpdir $F/t $F/c.jsonl | head -1; ls $F/t | wc -l
outlet	term	count	docs
0

=== -o FILE: SIGTERM leaves neither FILE nor its temporary file
$ . tests/cli/fixtures.sh; mkdir $F/o; (cat tests/fixtures/text/mini.jsonl; while sleep 1; do echo; done) 2>/dev/null | "$NEWSFRAME" terms -j 1 -o $F/o/t.tsv & i=0; while [ -z "$(ls $F/o)" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done; ls $F/o | sed 's/\.tmp\..*/.tmp.X/'; kill -TERM $!; wait $! 2>/dev/null; echo "exit $?"; ls $F/o | wc -l
t.tsv.tmp.X
exit 143
0

=== --max-memory takes K, M, G and T; 0 is no limit
$ for m in 0 512 64K 64KiB 1M 2G 1T; do newsframe terms --max-memory $m --top 1 tests/fixtures/text/mini.jsonl | tail -1; done | uniq -c | sed 's/^ *//'
7 war	4	3

=== --max-memory must be a size
$ newsframe terms --max-memory lots tests/fixtures/text/mini.jsonl
--- stderr
newsframe: terms: --max-memory: expected a size such as 500000, 64K, 512M or 2G, not 'lots'
usage: newsframe terms [--json] [--stem] [--tfidf] [--title] [--totals] [--by FIELD] [--max-memory SIZE] [--min-count N] [--ngram N[-M]] [--stopwords LIST] [--tmpdir DIR] [--top K] [corpus ...]
--- exit 2

=== --max-memory is at most 1T
$ newsframe terms --max-memory 2T tests/fixtures/text/mini.jsonl
--- stderr
newsframe: terms: --max-memory: must be at most 1T
usage: newsframe terms [--json] [--stem] [--tfidf] [--title] [--totals] [--by FIELD] [--max-memory SIZE] [--min-count N] [--ngram N[-M]] [--stopwords LIST] [--tmpdir DIR] [--top K] [corpus ...]
--- exit 2

=== a big corpus within 2 GB, spilling to a scratch directory (man page example, on a small corpus)
$ a=$(newsframe terms --ngram 1-3 tests/fixtures/text/mini.jsonl); b=$(newsframe terms --ngram 1-3 --max-memory 2G --tmpdir /nonexistent-scratch tests/fixtures/text/mini.jsonl); [ "$a" = "$b" ] && echo same
same
