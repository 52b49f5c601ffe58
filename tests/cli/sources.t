# sources: tests/fixtures/sources/mini.jsonl holds s1 (a quote with the
# speaker after it and a title to strip, a surname joining the full name,
# "according to Reuters"), s2 (the same person, and an anonymous source),
# s3 (Russian: «…», — заявил, по словам + genitive, как сообщает ТАСС) and
# s4 (no text). The full fixture is scored by tests/fixtures/sources/score.py.
=== the table: one row per source and kind, by source
$ newsframe sources tests/fixtures/sources/mini.jsonl
source	kind	mentions	docs
Anna Keller	person	3	2
Reuters	media	1	1
anonymous	anonymous	1	1
Дмитрий Соколов	person	2	1
ТАСС	media	1	1
=== --by outlet: the outlet first, then the source
$ newsframe sources --by outlet tests/fixtures/sources/mini.jsonl
outlet	source	kind	mentions	docs
Kelmar Courier	Anna Keller	person	3	2
Kelmar Courier	Reuters	media	1	1
Kelmar Courier	anonymous	anonymous	1	1
Вести Оствика	Дмитрий Соколов	person	2	1
Вести Оствика	ТАСС	media	1	1
=== --by lang
$ newsframe sources --by lang tests/fixtures/sources/mini.jsonl | cut -f1,2,4
lang	source	mentions
en	Anna Keller	3
en	Reuters	1
en	anonymous	1
ru	Дмитрий Соколов	2
ru	ТАСС	1
=== tables of shards merge into the table of the whole
$ for k in 1 2 3; do newsframe sources --by outlet --shard $k/3 tests/fixtures/sources/mini.jsonl > /tmp/nf-src-$$-$k; done; newsframe sources --by outlet tests/fixtures/sources/mini.jsonl > /tmp/nf-src-$$-all; newsframe merge /tmp/nf-src-$$-1 /tmp/nf-src-$$-2 /tmp/nf-src-$$-3 | cmp - /tmp/nf-src-$$-all && echo same; rm -f /tmp/nf-src-$$-*
same
=== --min-count 2 per outlet
$ newsframe sources --min-count 2 --by outlet tests/fixtures/sources/mini.jsonl
outlet	source	kind	mentions	docs
Kelmar Courier	Anna Keller	person	3	2
Вести Оствика	Дмитрий Соколов	person	2	1
=== --min-count 2
$ newsframe sources --min-count 2 tests/fixtures/sources/mini.jsonl
source	kind	mentions	docs
Anna Keller	person	3	2
Дмитрий Соколов	person	2	1
=== --json
$ newsframe sources --json --min-count 3 tests/fixtures/sources/mini.jsonl
{"source":"Anna Keller","kind":"person","mentions":3,"docs":2}
=== --occurrences: one line per attribution; quote only for direct speech
$ newsframe sources --occurrences tests/fixtures/sources/mini.jsonl | head -3
{"id":"s1","outlet":"Kelmar Courier","source":"Anna Keller","kind":"person","cue":"said","quote":"We are ready,","sentence":"“We are ready,” Foreign Minister Anna Keller said."}
{"id":"s1","outlet":"Kelmar Courier","source":"Anna Keller","kind":"person","cue":"added","sentence":"Keller added that talks would go on."}
{"id":"s1","outlet":"Kelmar Courier","source":"Reuters","kind":"media","cue":"According to","sentence":"According to Reuters, the delegations met twice."}
=== --occurrences: Russian, the genitive put in the nominative
$ newsframe sources --occurrences tests/fixtures/sources/mini.jsonl | grep '"s3"' | cut -d, -f2-5
"outlet":"Вести Оствика","source":"Дмитрий Соколов","kind":"person","cue":"заявил"
"outlet":"Вести Оствика","source":"Дмитрий Соколов","kind":"person","cue":"По словам"
"outlet":"Вести Оствика","source":"ТАСС","kind":"media","cue":"Как сообщает"
=== --occurrences with --by names the group field
$ newsframe sources --occurrences --by lang tests/fixtures/sources/mini.jsonl | tail -1
{"id":"s3","outlet":"Вести Оствика","lang":"ru","source":"ТАСС","kind":"media","cue":"Как сообщает","sentence":"Как сообщает ТАСС, делегации уже прибыли."}
=== --aliases joins names
$ newsframe sources --aliases tests/fixtures/sources/aliases.txt tests/fixtures/sources/mini.jsonl | grep person
Anna Keller	person	3	2
Dmitry Sokolov	person	2	1
=== --cues adds a speech verb
$ printf '{"id":"c","text":"Mara Voss proclaimed her victory."}\n' | newsframe sources --cues tests/fixtures/sources/extra-cues.txt
source	kind	mentions	docs
Mara Voss	person	1	1
=== --cues with regular expressions (say and anon)
$ printf '{"id":"r","text":"Об этом проинформировала Анна Келлер. According to two people with knowledge of the matter, it failed."}\n' | newsframe sources --cues tests/fixtures/sources/regex-cues.txt --occurrences | jq -r '[.source, .kind, .cue] | @tsv'
Анна Келлер	person	проинформировала
anonymous	anonymous	with knowledge of
=== regular expressions with -j 2: each thread has its own
$ for i in $(seq 300); do cat tests/fixtures/sources/mini.jsonl; done | newsframe sources -j 2 --cues tests/fixtures/sources/regex-cues.txt | tail -1
ТАСС	media	300	300
=== a bad regular expression names its place
$ printf 'say\t/(unclosed/\n' > /tmp/nf-rx-$$ && newsframe sources --cues /tmp/nf-rx-$$ tests/fixtures/sources/mini.jsonl 2>&1 | sed "s|/tmp/nf-rx-[0-9]*|CUES|"; rm -f /tmp/nf-rx-$$
newsframe: sources: CUES:1: bad regular expression: at offset 9: missing closing parenthesis
=== without it, no attribution
$ printf '{"id":"c","text":"Mara Voss proclaimed her victory."}\n' | newsframe sources
source	kind	mentions	docs
=== a pronoun with no person before it is unresolved; a later one resolves
$ printf '{"id":"p","text":"She said the vote was final. Later, Ilse Brandt said it was not. She added that a recount was due."}\n' | newsframe sources
source	kind	mentions	docs
Ilse Brandt	person	2	1
unresolved	unknown	1	1
=== organisations after в are put in the nominative
$ printf '{"id":"k","text":"В Кремле заявили, что ответят. Об этом сообщили в пресс-службе МВД."}\n' | newsframe sources
source	kind	mentions	docs
Кремль	organisation	1	1
пресс-служба МВД	organisation	1	1
=== a list of speakers gives one attribution each
$ printf '{"id":"l","text":"Health Minister Sara Lund and Education Minister Olaf Brink said schools would reopen."}\n' | newsframe sources --occurrences | cut -d, -f2
"source":"Olaf Brink"
"source":"Sara Lund"
=== quotes inside quotes: the outer quotation goes with the speaker
$ printf '{"id":"q","text":"«Он сказал мне: „Уезжай“, и я уехала», — рассказала Ольга Петренко."}\n' | newsframe sources --occurrences | jq -r '[.source, .quote] | @tsv'
Ольга Петренко	Он сказал мне: „Уезжай“, и я уехала
=== scare quotes and no cue: nothing
$ printf '{"id":"n","text":"The so-called \\"reform\\" passed on Monday. Critics were not impressed."}\n' | newsframe sources
source	kind	mentions	docs
=== the same with -j 2
$ newsframe sources -j 2 --by outlet tests/fixtures/sources/mini.jsonl
outlet	source	kind	mentions	docs
Kelmar Courier	Anna Keller	person	3	2
Kelmar Courier	Reuters	media	1	1
Kelmar Courier	anonymous	anonymous	1	1
Вести Оствика	Дмитрий Соколов	person	2	1
Вести Оствика	ТАСС	media	1	1
=== unknown --by field
$ newsframe sources --by colour tests/fixtures/sources/mini.jsonl
--- stderr
newsframe: sources: --by: colour: unknown field (see newsframe-corpus(5))
usage: newsframe sources [--json] [--occurrences] [--aliases FILE] [--by FIELD] [--cues FILE] [--min-count N] [corpus ...]
--- exit 2
=== a missing cue file is an error
$ newsframe sources --cues nonexistent.txt tests/fixtures/sources/mini.jsonl
--- stderr
newsframe: sources: nonexistent.txt: No such file or directory
--- exit 1
=== a bad cue line names its place
$ printf 'say\tannounced\nshout\tyelled\n' > /tmp/nf-cues-$$ && newsframe sources --cues /tmp/nf-cues-$$ tests/fixtures/sources/mini.jsonl 2>&1 | sed "s|/tmp/nf-cues-[0-9]*|CUES|"; rm -f /tmp/nf-cues-$$
newsframe: sources: CUES:2: unknown kind (say, prep, anon, pron, role, media, org, stop, skip)
=== a bad alias line names its place
$ printf 'A = B\nno equals sign\n' > /tmp/nf-al-$$ && newsframe sources --aliases /tmp/nf-al-$$ tests/fixtures/sources/mini.jsonl 2>&1 | sed "s|/tmp/nf-al-[0-9]*|ALIASES|"; rm -f /tmp/nf-al-$$
newsframe: sources: ALIASES:2: expected NAME = CANONICAL
=== a malformed corpus line is reported, the rest counted
$ printf 'oops\n{"id":"m","text":"Anna Keller said yes."}\n' | newsframe sources
source	kind	mentions	docs
Anna Keller	person	1	1
--- stderr
newsframe: sources: -:1: not valid JSON
--- exit 1
=== man page example: sources per outlet
$ newsframe sources --by outlet tests/fixtures/sources/mini.jsonl | head -2
outlet	source	kind	mentions	docs
Kelmar Courier	Anna Keller	person	3	2
=== man page example: one person's attributions
$ newsframe sources --occurrences tests/fixtures/sources/mini.jsonl | jq -c 'select(.source == "Anna Keller")' | wc -l
3
=== man page example: aliases
$ printf '%s\n' 'Дмитрий Соколов = Dmitry Sokolov' > /tmp/nf-al2-$$ && newsframe sources --aliases /tmp/nf-al2-$$ tests/fixtures/sources/mini.jsonl | grep Sokolov; rm -f /tmp/nf-al2-$$
Dmitry Sokolov	person	2	1
