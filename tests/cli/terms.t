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
# their tables are added up (by id): the same table as one thread's.
$ d=$(mktemp -d) && for i in $(seq 600); do cat tests/fixtures/text/mini.jsonl; done > $d/c.jsonl && for o in "" "--ngram 1-2 --by outlet" "--stem --tfidf"; do newsframe terms -j 2 $o $d/c.jsonl > $d/j2 && newsframe terms -j 1 $o $d/c.jsonl | cmp - $d/j2 && echo "same: $o"; done; rm -rf $d
same: 
same: --ngram 1-2 --by outlet
same: --stem --tfidf

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
usage: newsframe terms [--json] [--stem] [--tfidf] [--title] [--totals] [--by FIELD] [--min-count N] [--ngram N[-M]] [--stopwords LIST] [--top K] [corpus ...]
--- exit 2

=== n-gram range must be N-M
$ newsframe terms --ngram 3-x tests/fixtures/text/mini.jsonl
--- stderr
newsframe: terms: --ngram: expected N or N-M
usage: newsframe terms [--json] [--stem] [--tfidf] [--title] [--totals] [--by FIELD] [--min-count N] [--ngram N[-M]] [--stopwords LIST] [--top K] [corpus ...]
--- exit 2

=== unknown --by field
$ newsframe terms --by nosuch tests/fixtures/text/mini.jsonl
--- stderr
newsframe: terms: --by: nosuch: unknown field (see newsframe-corpus(5))
usage: newsframe terms [--json] [--stem] [--tfidf] [--title] [--totals] [--by FIELD] [--min-count N] [--ngram N[-M]] [--stopwords LIST] [--top K] [corpus ...]
--- exit 2

=== unreadable stop-word list
$ newsframe terms --stopwords /nonexistent/list tests/fixtures/text/mini.jsonl
--- stderr
newsframe: terms: --stopwords: /nonexistent/list: No such file or directory
usage: newsframe terms [--json] [--stem] [--tfidf] [--title] [--totals] [--by FIELD] [--min-count N] [--ngram N[-M]] [--stopwords LIST] [--top K] [corpus ...]
--- exit 2

=== --top must be positive
$ newsframe terms --top 0 tests/fixtures/text/mini.jsonl
--- stderr
newsframe: terms: --top: must be at least 1
usage: newsframe terms [--json] [--stem] [--tfidf] [--title] [--totals] [--by FIELD] [--min-count N] [--ngram N[-M]] [--stopwords LIST] [--top K] [corpus ...]
--- exit 2
