# dedup: planted copies in tests/fixtures/dedup/planted.jsonl (made by
# make-planted.py there): flood-orig is the origin; flood-exact is a byte
# copy; flood-headline has another headline, upper case and other spacing;
# flood-reordered has its paragraphs moved; flood-boiler has a newsletter
# blurb before and after; flood-rewritten has 2 of 10 sentences rewritten;
# flood-other is another outlet's own report of the same flood; the
# budget story is copied once (the copy has no date); chess is unrelated;
# "empty" has no text.
=== clusters: members and roles, origin first, copies by date
$ newsframe dedup tests/fixtures/dedup/planted.jsonl | cut -f1,2,3,4,6
cluster	id	outlet	published	role
1	budget-orig	Norland Herald	2024-02-12	origin
1	budget-copy	Kelmar Courier		copy
2	flood-orig	Kelmar Courier	2024-03-05T06:10:00Z	origin
2	flood-headline	Northern Wire	2024-03-05T08:30:00Z	copy
2	flood-exact	Daily Aggregator	2024-03-05T09:00:00Z	copy
2	flood-boiler	Daily Aggregator	2024-03-05T12:00:00Z	copy
2	flood-rewritten	Northern Wire	2024-03-05T15:00:00Z	copy
2	flood-reordered	Valley Times	2024-03-06	copy
=== clusters: exact copies are 1.000, near copies between threshold and 1
$ newsframe dedup tests/fixtures/dedup/planted.jsonl | awk -F'\t' 'NR > 1 { k = ($5 == "1.000") ? "exact" : (($5 >= 0.5 && $5 < 0.95) ? "near" : "other"); print $2, k }'
budget-orig exact
budget-copy exact
flood-orig exact
flood-headline exact
flood-exact exact
flood-boiler near
flood-rewritten near
flood-reordered near
=== same event, different words: never in a cluster, even at a low threshold
$ newsframe dedup -t 0.1 tests/fixtures/dedup/planted.jsonl | grep -c -e flood-other -e chess
0
--- exit 1
=== a higher threshold leaves the rewritten copy out
$ newsframe dedup --threshold 0.9 tests/fixtures/dedup/planted.jsonl | cut -f2,6
id	role
budget-orig	origin
budget-copy	copy
flood-orig	origin
flood-headline	copy
flood-exact	copy
=== shorter shingles: the rewritten copy is more similar
$ a=$(newsframe dedup -k 5 tests/fixtures/dedup/planted.jsonl | awk -F'\t' '$2 == "flood-rewritten" { print $5 }'); b=$(newsframe dedup -k 2 tests/fixtures/dedup/planted.jsonl | awk -F'\t' '$2 == "flood-rewritten" { print $5 }'); awk -v a="$a" -v b="$b" 'BEGIN { print (b > a) ? "more" : "not more" }'
more
=== pairs: the exact group pairs with each other, 1.000
$ newsframe dedup --pairs tests/fixtures/dedup/planted.jsonl | awk -F'\t' '$5 == "1.000"'
budget-orig	Norland Herald	budget-copy	Kelmar Courier	1.000
flood-headline	Northern Wire	flood-exact	Daily Aggregator	1.000
flood-orig	Kelmar Courier	flood-exact	Daily Aggregator	1.000
flood-orig	Kelmar Courier	flood-headline	Northern Wire	1.000
=== pairs: header, earlier record first, every flood copy paired with the origin
$ newsframe dedup --pairs tests/fixtures/dedup/planted.jsonl | awk -F'\t' 'NR == 1 || $1 == "flood-orig" { print $1, $3 }'
id later_id
flood-orig flood-boiler
flood-orig flood-exact
flood-orig flood-headline
flood-orig flood-reordered
flood-orig flood-rewritten
=== pairs: only pairs above the threshold; two copies of the origin may differ more
# boilerplate added and 20% rewritten: each near the origin, less near each
# other (their shared shingles are those of the 8 sentences both kept).
$ newsframe dedup --pairs tests/fixtures/dedup/planted.jsonl | awk -F'\t' 'NR > 1 && $5 < 0.5 { bad++ } $1 $3 ~ /boiler.*rewritten|rewritten.*boiler/ { both++ } END { print NR - 1, bad + 0, both + 0 }'
15 0 0
=== who republishes whom
$ newsframe dedup --by outlet tests/fixtures/dedup/planted.jsonl
origin_outlet	republisher	count
Kelmar Courier	Daily Aggregator	2
Kelmar Courier	Northern Wire	2
Kelmar Courier	Valley Times	1
Norland Herald	Kelmar Courier	1
=== the --by table is a count table: merge adds up those of two corpora
$ newsframe dedup --by outlet tests/fixtures/dedup/planted.jsonl > /tmp/nf-dd-$$ && newsframe merge /tmp/nf-dd-$$ /tmp/nf-dd-$$; rm -f /tmp/nf-dd-$$
origin_outlet	republisher	count
Kelmar Courier	Daily Aggregator	4
Kelmar Courier	Northern Wire	4
Kelmar Courier	Valley Times	2
Norland Herald	Kelmar Courier	2
=== who republishes whom, by id (any field)
$ newsframe dedup --by id tests/fixtures/dedup/planted.jsonl | head -3
origin_id	republisher	count
budget-orig	budget-copy	1
flood-orig	flood-boiler	1
=== drop: the origins, the unrelated and the textless records stay, in input order
$ newsframe dedup --drop tests/fixtures/dedup/planted.jsonl | sed 's/^{"id": "\([^"]*\)".*/\1/'
flood-orig
flood-other
budget-orig
chess
empty
--- stderr
newsframe: dedup: kept 5 of 11 records, dropped 6 later duplicates
=== man page example: terms without the copies inflating them
# "Varna" is in the origin and its five copies, and in the other outlet's
# own report: 7 records; without the copies, 2.
$ newsframe dedup --drop -q tests/fixtures/dedup/planted.jsonl | newsframe terms | grep '^varna	'; newsframe terms tests/fixtures/dedup/planted.jsonl | grep '^varna	'
varna	2	2
varna	7	7
=== drop: lines are copied as read
$ newsframe dedup --drop -q tests/fixtures/dedup/planted.jsonl | grep '"budget-orig"' > /tmp/nf-dedup-$$ && grep '"budget-orig"' tests/fixtures/dedup/planted.jsonl | cmp - /tmp/nf-dedup-$$ && echo same; rm -f /tmp/nf-dedup-$$
same
=== drop from stdin (spooled); a second copy of the corpus is all duplicates
# except its textless record, which is never a duplicate.
$ newsframe dedup --drop -q - tests/fixtures/dedup/planted.jsonl < tests/fixtures/dedup/planted.jsonl | sed 's/^{"id": *"\([^"]*\)".*/\1/'
flood-orig
flood-other
budget-orig
chess
empty
empty
=== gzip input
$ gzip -c tests/fixtures/dedup/planted.jsonl > /tmp/nf-dedup-$$.gz && newsframe dedup --drop -q /tmp/nf-dedup-$$.gz | wc -l; rm -f /tmp/nf-dedup-$$.gz
5
=== a malformed line is reported and the rest still processed
$ printf '{"id":"a","text":"one two three four five six"}\nnot json\n{"id":"b","text":"One two three four, five six!"}\n' | newsframe dedup
cluster	id	outlet	published	similarity	role
1	a			1.000	origin
1	b			1.000	copy
--- stderr
newsframe: dedup: -:2: not valid JSON
--- exit 1
=== empty input: only the header
$ newsframe dedup < /dev/null
cluster	id	outlet	published	similarity	role
=== modes exclude each other
$ newsframe dedup --drop --by outlet tests/fixtures/dedup/planted.jsonl
--- stderr
newsframe: dedup: --drop, --pairs and --by exclude each other
usage: newsframe dedup [--drop | --pairs | --by FIELD] [-k K] [-t S] [corpus ...]
--- exit 2
=== unknown --by field
$ newsframe dedup --by colour tests/fixtures/dedup/planted.jsonl
--- stderr
newsframe: dedup: --by: unknown field 'colour'
usage: newsframe dedup [--drop | --pairs | --by FIELD] [-k K] [-t S] [corpus ...]
--- exit 2
=== shingle size is range-checked
$ newsframe dedup -k 17 tests/fixtures/dedup/planted.jsonl
--- stderr
newsframe: dedup: --shingle: must be at most 16
usage: newsframe dedup [--drop | --pairs | --by FIELD] [-k K] [-t S] [corpus ...]
--- exit 2
=== threshold is range-checked
$ newsframe dedup -t 1.5 tests/fixtures/dedup/planted.jsonl
--- stderr
newsframe: dedup: --threshold: must be between 0 and 1
usage: newsframe dedup [--drop | --pairs | --by FIELD] [-k K] [-t S] [corpus ...]
--- exit 2
=== a missing file is an error, the others are read
$ newsframe dedup --by outlet nonexistent.jsonl tests/fixtures/dedup/planted.jsonl
origin_outlet	republisher	count
Kelmar Courier	Daily Aggregator	2
Kelmar Courier	Northern Wire	2
Kelmar Courier	Valley Times	1
Norland Herald	Kelmar Courier	1
--- stderr
newsframe: dedup: nonexistent.jsonl: No such file or directory
--- exit 1
