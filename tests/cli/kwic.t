# newsframe kwic: golden tests on tests/fixtures/frames/mini.jsonl.
# Hits of mini.nfl, in input order (per article: frames in lexicon order,
# then position): m1 protest "Protests", "fuel prices", "protesters",
# m1 crackdown "detained", m2 foreign "color revolution", m3 foreign
# "Цветная революция".
=== a pattern, 5 tokens of context from the original text
$ newsframe kwic 'color revolution' tests/fixtures/frames/mini.jsonl
id	outlet	published	left	match	right
m2	A	2024-03-12	A	color revolution	, officials said
=== a glob pattern over Cyrillic inflections
$ newsframe kwic 'цветн* революц*' tests/fixtures/frames/mini.jsonl
id	outlet	published	left	match	right
m3	B	2024-04-01		Цветная революция	и протесты
=== one frame of a lexicon, 1 token of context
$ newsframe kwic -l tests/fixtures/frames/mini.nfl --frame protest -w 1 tests/fixtures/frames/mini.jsonl
id	outlet	published	frame	left	match	right
m1	A	2024-03-04	protest		Protests	over
m1	A	2024-03-04	protest	over	fuel prices	. Police
m1	A	2024-03-04	protest	detained	protesters	
=== characters of context instead of tokens
$ newsframe kwic -c 6 'fuel prices' tests/fixtures/frames/mini.jsonl
id	outlet	published	left	match	right
m1	A	2024-03-04	over	fuel prices	. Poli
=== --stem: "protests" meets "protesters" (both stem to "protest")
$ newsframe kwic -w 0 protests tests/fixtures/frames/mini.jsonl; newsframe kwic -w 0 --stem protests tests/fixtures/frames/mini.jsonl
id	outlet	published	left	match	right
m1	A	2024-03-04		Protests	
id	outlet	published	left	match	right
m1	A	2024-03-04		Protests	
m1	A	2024-03-04		protesters	
=== --sort right: by the words after the match
$ newsframe kwic --sort right -w 0 -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl | cut -f 1,6
id	match
m1	protesters
m2	color revolution
m1	Protests
m1	fuel prices
m1	detained
m3	Цветная революция
=== --sort left: by the words before the match, nearest first
$ newsframe kwic --sort left -w 0 -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl | cut -f 1,6
id	match
m1	Protests
m3	Цветная революция
m2	color revolution
m1	protesters
m1	fuel prices
m1	detained
=== --sort date and --sort outlet
$ tac tests/fixtures/frames/mini.jsonl | newsframe kwic --sort date -l tests/fixtures/frames/mini.nfl | cut -f 1,3 | uniq; tac tests/fixtures/frames/mini.jsonl | newsframe kwic --sort outlet -l tests/fixtures/frames/mini.nfl | cut -f 2 | uniq
id	published
m1	2024-03-04
m2	2024-03-12
m3	2024-04-01
outlet
A
B
=== --limit stops after N rows
$ newsframe kwic --limit 2 -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl | cut -f 6
match
Protests
fuel prices
=== --limit after --sort
$ newsframe kwic --sort right --limit 1 -w 0 -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl | cut -f 6
match
protesters
=== --sample: N rows, the same for the same seed, in input order
$ f=tests/fixtures/frames; a=$(newsframe kwic --sample 3 --seed 7 -l $f/test.nfl $f/corpus.jsonl); b=$(newsframe kwic --sample 3 --seed 7 -l $f/test.nfl $f/corpus.jsonl); [ "$a" = "$b" ] && echo same; echo "$a" | wc -l; echo "$a" | tail -n +2 | cut -f 1,4,6 | sort | comm -23 - $f/expected-hits.tsv | wc -l
same
4
0
=== --sample larger than the hits: all of them
$ newsframe kwic --sample 100 -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl | cmp - tests/fixtures/frames/mini.kwic && echo all
all
=== a pattern or a lexicon is needed
$ newsframe kwic < /dev/null 2>&1 | head -n 1
newsframe: kwic: missing operand
=== a bad pattern is a usage error
$ newsframe kwic '[1-3] forces' tests/fixtures/frames/mini.jsonl
--- stderr
newsframe: kwic: pattern:1: a gap must stand between two tokens
usage: newsframe kwic [--stem] [--voice] [-c N | -w N] [--limit N] [--sample N] [--seed S] [--sort KEY] (pattern | -l FILE [--frame NAME]) [corpus ...]
--- exit 2
=== an unknown frame
$ newsframe kwic -l tests/fixtures/frames/mini.nfl --frame nope tests/fixtures/frames/mini.jsonl
--- stderr
newsframe: kwic: tests/fixtures/frames/mini.nfl: no frame 'nope'
--- exit 1
=== --frame needs a lexicon; -c and -w exclude each other; --sort keys
$ newsframe kwic --frame x war < /dev/null 2>&1 | head -n 1; newsframe kwic -c 5 -w 2 war < /dev/null 2>&1 | head -n 1; newsframe kwic --sort size war < /dev/null 2>&1 | head -n 1
newsframe: kwic: --frame needs a lexicon (-l FILE)
newsframe: kwic: -c and -w exclude each other
newsframe: kwic: --sort: expected left, right, outlet or date, not 'size'
=== man page: what comes before "protesters", sorted
# r2: "... prices on Sunday. Protesters said the protest"; r4: "Police
# called the protesters terrorists and a"; "sunday" sorts before "the".
$ newsframe kwic -w 3 --sort left protesters tests/fixtures/frames/corpus.jsonl
id	outlet	published	left	match	right
r2	BBC	2024-01-09	prices on Sunday.	Protesters	said the protest
r4	RT	2024-01-15	Police called the	protesters	terrorists and a
=== --voice: whose words each hit is in
$ newsframe kwic --voice -w 2 -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/voice.jsonl
id	outlet	published	frame	voice	source	left	match	right
v1	A	2024-05-01	foreign	quoted	Peskov	is a	color revolution	,” Peskov said
v1	A	2024-05-01	foreign	author		The so-called “	color revolution	” is a
v1	A	2024-05-01	protest	author		call the	protests	peaceful. The
v2	B	2024-05-02	foreign	quoted	Песков	Это	цветная революция	», — заявил Песков
v2	B	2024-05-02	protest	author		Police detained	protesters	
v2	B	2024-05-02	crackdown	author		Песков. Police	detained	protesters
=== newsframe-lexicon(5) validation: passages of one frame of the shipped lexicon
$ newsframe kwic -l corpora/lexicons/unrest.nfl --frame foreign-interference --sample 50 --seed 3 -w 0 tests/fixtures/frames/corpus.jsonl | cut -f 1,6
id	match
r1	Colour revolution
r1	color revolution
r1	colour revolution
r2	foreign- backed
r2	Foreign-Backed
r3	Цветная Революция
r3	цветной революции
r3	кукловодах
r3	цветных революций
r5	Цветную революцию
r5	кукловоды
