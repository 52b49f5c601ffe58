# select over tests/fixtures/text/mini.jsonl (ids a1..a8); cut -c shows
# the ids of the records that pass.

=== records pass through unchanged
$ newsframe select --where outlet=Kazinform tests/fixtures/text/mini.jsonl
{"id":"a4","outlet":"Kazinform","group":"state","title":"Жаңа заң","published":"2024-04-02","lang":"kk","text":"Қазақстан үкіметі жаңа заң қабылдады. Үкімет және парламент келісті."}

=== two outlets in March (man page example, with a date range)
$ newsframe select --where outlet=RT,TASS --since 2024-03-01 --until 2024-03-31 tests/fixtures/text/mini.jsonl | cut -d, -f1
{"id":"a1"
{"id":"a2"

=== repeated --where: all must hold
$ newsframe select --where group=state --where lang=en tests/fixtures/text/mini.jsonl | cut -d, -f1
{"id":"a1"
{"id":"a6"

=== --where-re on any field (title=^War, the man page example)
$ newsframe select --where-re 'title=^War' tests/fixtures/text/mini.jsonl | cut -d, -f1
{"id":"a1"

=== -i makes --where-re ignore case (Unicode too)
$ newsframe select -i --where-re 'title=^ПРОТЕСТ' tests/fixtures/text/mini.jsonl | cut -d, -f1
{"id":"a7"

=== --until YYYY-MM includes the whole month; undated records are left out
$ newsframe select --until 2024-03 tests/fixtures/text/mini.jsonl | cut -d, -f1
{"id":"a1"
{"id":"a2"
{"id":"a3"

=== --since compares dates and date-times alike
$ newsframe select --since 2024-04-11 tests/fixtures/text/mini.jsonl | cut -d, -f1
{"id":"a6"
{"id":"a8"

=== --lang takes a list
$ newsframe select --lang kk,ru tests/fixtures/text/mini.jsonl | cut -d, -f1
{"id":"a2"
{"id":"a4"
{"id":"a7"

=== --min-words counts the words of the text (a7 has 5; a8 has no text)
$ newsframe select --min-words 9 tests/fixtures/text/mini.jsonl | cut -d, -f1
{"id":"a1"
{"id":"a3"
{"id":"a4"
{"id":"a6"

=== --grep searches the text; \b knows Cyrillic
$ newsframe select --grep '\bРеволюция\b' tests/fixtures/text/mini.jsonl | cut -d, -f1
{"id":"a2"
{"id":"a7"

=== -v keeps what the conditions reject
$ newsframe select -v --lang en tests/fixtures/text/mini.jsonl | cut -d, -f1
{"id":"a2"
{"id":"a4"
{"id":"a7"

=== list fields: one element matches
$ printf '{"id":"t1","tags":["war","politics"]}\n{"id":"t2","tags":["sport"]}\n' | newsframe select --where tags=politics,economy | cut -d, -f1
{"id":"t1"

=== --sample is deterministic, nested, and 0 and 1 mean none and all
$ f=tests/fixtures/text/mini.jsonl; d=$(mktemp -d); newsframe select --sample 0.3 --seed 5 $f | sort > $d/a; newsframe select --sample 0.3 --seed 5 $f | sort > $d/b; newsframe select --sample 0.7 --seed 5 $f | sort > $d/c; cmp -s $d/a $d/b && [ -z "$(comm -23 $d/a $d/c)" ] && echo same-and-nested; rm -rf $d; newsframe select --sample 0 $f | wc -l; newsframe select --sample 1 $f | wc -l
same-and-nested
0
8

=== another seed, another sample
$ f=tests/fixtures/text/mini.jsonl; for s in 1 2 3 4; do newsframe select --sample 0.5 --seed $s $f | cut -d, -f1 | paste -sd' ' -; done | sort -u | wc -l
4

=== a bad line is reported, the others filtered
$ newsframe select --where outlet=Y tests/fixtures/text/bad.jsonl
{"id":"b2","outlet":"Y","lang":"en","text":"Peace later, peace."}
--- stderr
newsframe: select: tests/fixtures/text/bad.jsonl:2: not valid JSON
--- exit 1

=== a bad regular expression is a usage error
$ newsframe select --grep 'a(' tests/fixtures/text/mini.jsonl
--- stderr
newsframe: select: --grep: 'a(': at offset 2: missing closing parenthesis
usage: newsframe select [-iv] [--grep REGEX] [--lang LANG[,LANG ...]] [--min-words N] [--sample FRACTION] [--seed N] [--since DATE] [--until DATE] [--where FIELD=V[,V ...]] [--where-re FIELD=REGEX] [corpus ...]
--- exit 2

=== --where needs FIELD=VALUE and a known field
$ newsframe select --where outlet tests/fixtures/text/mini.jsonl
--- stderr
newsframe: select: --where: outlet: expected FIELD=VALUE[,VALUE...]
usage: newsframe select [-iv] [--grep REGEX] [--lang LANG[,LANG ...]] [--min-words N] [--sample FRACTION] [--seed N] [--since DATE] [--until DATE] [--where FIELD=V[,V ...]] [--where-re FIELD=REGEX] [corpus ...]
--- exit 2

=== --where-re needs a known field
$ newsframe select --where-re 'nosuch=x' tests/fixtures/text/mini.jsonl
--- stderr
newsframe: select: --where-re: nosuch: unknown field
usage: newsframe select [-iv] [--grep REGEX] [--lang LANG[,LANG ...]] [--min-words N] [--sample FRACTION] [--seed N] [--since DATE] [--until DATE] [--where FIELD=V[,V ...]] [--where-re FIELD=REGEX] [corpus ...]
--- exit 2

=== dates are YYYY-MM-DD, YYYY-MM or YYYY
$ newsframe select --since 03/2024 tests/fixtures/text/mini.jsonl
--- stderr
newsframe: select: --since: expected YYYY-MM-DD, YYYY-MM or YYYY
usage: newsframe select [-iv] [--grep REGEX] [--lang LANG[,LANG ...]] [--min-words N] [--sample FRACTION] [--seed N] [--since DATE] [--until DATE] [--where FIELD=V[,V ...]] [--where-re FIELD=REGEX] [corpus ...]
--- exit 2

=== --sample is a fraction
$ newsframe select --sample 2 tests/fixtures/text/mini.jsonl
--- stderr
newsframe: select: --sample: must be between 0 and 1
usage: newsframe select [-iv] [--grep REGEX] [--lang LANG[,LANG ...]] [--min-words N] [--sample FRACTION] [--seed N] [--since DATE] [--until DATE] [--where FIELD=V[,V ...]] [--where-re FIELD=REGEX] [corpus ...]
--- exit 2
