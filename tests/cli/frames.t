# newsframe frames: golden tests. The mini corpus (tests/fixtures/frames/
# mini.jsonl) has 18 tokens: m1 7, m2 5, m3 4, m4 2 (title and text).
# Hits by hand: m1 protest 3 (Protests, fuel prices, protesters) and
# crackdown 1 (detained); m2 foreign 1; m3 foreign 1 (Цветная революция;
# "протесты" is not the Latin protest*); m4 none. Wilson 95% intervals:
# 1/4 [0.0456, 0.6994], 2/4 [0.1500, 0.8500], 1/2 [0.0945, 0.9055],
# 0/2 [0, 0.6576].
=== the frame table, rows by frame name
$ newsframe frames -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl
frame	hits	docs	docs_total	words	hits_per_10k	share_docs	ci_low	ci_high
crackdown	1	1	4	18	555.56	0.2500	0.0456	0.6994
foreign	2	2	4	18	1111.11	0.5000	0.1500	0.8500
protest	3	1	4	18	1666.67	0.2500	0.0456	0.6994
=== the corpus on stdin
$ newsframe frames -l tests/fixtures/frames/mini.nfl < tests/fixtures/frames/mini.jsonl | tail -n 1
protest	3	1	4	18	1666.67	0.2500	0.0456	0.6994
=== per outlet: every frame for every group, zeros included
$ newsframe frames --by outlet -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl
outlet	frame	hits	docs	docs_total	words	hits_per_10k	share_docs	ci_low	ci_high
A	crackdown	1	1	2	12	833.33	0.5000	0.0945	0.9055
A	foreign	1	1	2	12	833.33	0.5000	0.0945	0.9055
A	protest	3	1	2	12	2500.00	0.5000	0.0945	0.9055
B	crackdown	0	0	2	6	0.00	0.0000	0.0000	0.6576
B	foreign	1	1	2	6	1666.67	0.5000	0.0945	0.9055
B	protest	0	0	2	6	0.00	0.0000	0.0000	0.6576
=== per ISO week of publication (2024-03-04 is in week 10)
$ newsframe frames --by week -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl | cut -f 1-5
week	frame	hits	docs	docs_total
2024-W10	crackdown	1	1	1
2024-W10	foreign	0	0	1
2024-W10	protest	3	1	1
2024-W11	crackdown	0	0	1
2024-W11	foreign	1	1	1
2024-W11	protest	0	0	1
2024-W14	crackdown	0	0	2
2024-W14	foreign	1	1	2
2024-W14	protest	0	0	2
=== per month and per language
$ newsframe frames --by month -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl | cut -f 1-2,4-5; newsframe frames --by lang -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl | cut -f 1,2,4
month	frame	docs	docs_total
2024-03	crackdown	1	2
2024-03	foreign	1	2
2024-03	protest	1	2
2024-04	crackdown	0	2
2024-04	foreign	1	2
2024-04	protest	0	2
lang	frame	docs
en	crackdown	1
en	foreign	1
en	protest	1
ru	crackdown	0
ru	foreign	1
ru	protest	0
=== --min-hits: an article uses a frame only with that many hits
$ newsframe frames --min-hits 2 -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl | cut -f 1-4
frame	hits	docs	docs_total
crackdown	1	0	4
foreign	2	0	4
protest	3	1	4
=== --compare: chi-square test of the shares between outlets
# crackdown: 1 of 2 vs 0 of 2, X^2 = 4/3, p = 0.2482, V = sqrt(1/3);
# foreign: 1 of 2 in both, X^2 = 0.
$ newsframe frames --compare --by outlet -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl
frame	groups	docs_total	docs	chi2	df	p	cramers_v
crackdown	2	4	1	1.3333	1	0.2482	0.5774
foreign	2	4	2	0.0000	1	1	0.0000
protest	2	4	1	1.3333	1	0.2482	0.5774
=== --compare is NA when every article (or none) uses the frame
$ newsframe frames --compare --by outlet --min-hits 5 -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl | tail -n 1
protest	2	4	0	NA	NA	NA	NA
=== --per-doc: one row per article and frame
$ newsframe frames --per-doc -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl
id	outlet	published	frame	hits
m1	A	2024-03-04	crackdown	1
m1	A	2024-03-04	foreign	0
m1	A	2024-03-04	protest	3
m2	A	2024-03-12	crackdown	0
m2	A	2024-03-12	foreign	1
m2	A	2024-03-12	protest	0
m3	B	2024-04-01	crackdown	0
m3	B	2024-04-01	foreign	1
m3	B	2024-04-01	protest	0
m4	B	2024-04-02	crackdown	0
m4	B	2024-04-02	foreign	0
m4	B	2024-04-02	protest	0
=== --per-doc with a group that is not a column already
$ newsframe frames --per-doc --by lang -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl | sed -n '1p;4p'
id	outlet	published	lang	frame	hits
m1	A	2024-03-04	en	protest	3
=== --per-doc as JSON lines
$ newsframe frames --per-doc --json -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl | head -n 1
{"id":"m1","outlet":"A","published":"2024-03-04","frame":"crackdown","hits":1}
=== --cooccur: articles using both frames (a <= b)
$ newsframe frames --cooccur -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl
frame_a	frame_b	docs
crackdown	crackdown	1
crackdown	foreign	0
crackdown	protest	1
foreign	foreign	2
foreign	protest	0
protest	protest	1
=== --json: numbers as numbers
$ newsframe frames --json --by outlet -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl | head -n 1
{"outlet":"A","frame":"crackdown","hits":1,"docs":1,"docs_total":2,"words":12,"hits_per_10k":833.33,"share_docs":0.5000,"ci_low":0.0945,"ci_high":0.9055}
=== --stem: stemmed entries meet stemmed text
# "detain*" is a glob (never stemmed); "protest*" matches "протесты" no
# more with stemming; stemming makes "fuel price" meet "fuel prices".
$ printf '[p]\nfuel price\n' > ${TMPDIR:-/tmp}/nf-stem.nfl; newsframe frames -l ${TMPDIR:-/tmp}/nf-stem.nfl tests/fixtures/frames/mini.jsonl | cut -f 1-3; newsframe frames --stem -l ${TMPDIR:-/tmp}/nf-stem.nfl tests/fixtures/frames/mini.jsonl | cut -f 1-3; rm -f ${TMPDIR:-/tmp}/nf-stem.nfl
frame	hits	docs
p	0	0
frame	hits	docs
p	1	1
=== the same counts with -j 2 as with one thread
$ newsframe frames -j 2 --by outlet -l tests/fixtures/frames/test.nfl tests/fixtures/frames/corpus.jsonl tests/fixtures/frames/corpus.jsonl > ${TMPDIR:-/tmp}/nf-j2; newsframe frames -j 1 --by outlet -l tests/fixtures/frames/test.nfl tests/fixtures/frames/corpus.jsonl tests/fixtures/frames/corpus.jsonl | cmp - ${TMPDIR:-/tmp}/nf-j2 && echo same; rm -f ${TMPDIR:-/tmp}/nf-j2
same
=== merge of shard tables equals the table of the whole corpus
$ d=$(mktemp -d); f=tests/fixtures/frames; head -n 3 $f/corpus.jsonl > $d/a.jsonl; tail -n 3 $f/corpus.jsonl > $d/b.jsonl; for x in a b; do newsframe frames --by month -l $f/test.nfl $d/$x.jsonl > $d/$x.tsv; newsframe frames --cooccur --by month -l $f/test.nfl $d/$x.jsonl > $d/$x.co; done; newsframe frames --by month -l $f/test.nfl $f/corpus.jsonl > $d/w.tsv; newsframe frames --cooccur --by month -l $f/test.nfl $f/corpus.jsonl > $d/w.co; newsframe merge $d/a.tsv $d/b.tsv | cmp - $d/w.tsv && echo table same; newsframe merge $d/a.co $d/b.co | cmp - $d/w.co && echo cooccur same; rm -r $d
table same
cooccur same
=== per-doc counts equal the hand labels exactly
# The hand-labeled fixture: tests/fixtures/frames/expected-hits.tsv lists
# every hit (id, frame, text matched) the lexicon test.nfl must give on
# corpus.jsonl: inflection, case, line breaks, hyphenation, punctuation
# inside phrases, gaps, optional tokens, exclusions, overlapping entries,
# language restriction, a regex entry, Cyrillic and Latin.
$ f=tests/fixtures/frames; newsframe frames --per-doc -l $f/test.nfl $f/corpus.jsonl | awk -F '\t' 'NR > 1 && $5 > 0 { print $1 "\t" $4 "\t" $5 }' > ${TMPDIR:-/tmp}/nf-got; cut -f 1,2 $f/expected-hits.tsv | uniq -c | awk '{ print $2 "\t" $3 "\t" $1 }' | sort | diff - ${TMPDIR:-/tmp}/nf-got && echo counts equal the labels; rm -f ${TMPDIR:-/tmp}/nf-got
counts equal the labels
=== every hit is a labeled one (kwic shows what frames counts)
$ f=tests/fixtures/frames; newsframe kwic -w 0 -l $f/test.nfl $f/corpus.jsonl | tail -n +2 | cut -f 1,4,6 | sort | diff $f/expected-hits.tsv - && echo hits equal the labels
hits equal the labels
=== the table of the fixture
$ newsframe frames -l tests/fixtures/frames/test.nfl tests/fixtures/frames/corpus.jsonl | cut -f 1-4
frame	hits	docs	docs_total
foreign	16	5	6
protest	11	3	6
security	5	2	6
=== quanteda YAML: nested keys become parent.child frames
$ newsframe frames -l tests/fixtures/frames/mini.yml tests/fixtures/frames/mini.jsonl | cut -f 1-3
frame	hits	docs
crackdown	1	1
unrest.foreign	2	2
unrest.protest	3	1
=== LIWC .dic
$ newsframe frames -l tests/fixtures/frames/mini.dic tests/fixtures/frames/mini.jsonl | cut -f 1-3
frame	hits	docs
crackdown	1	1
foreign	2	2
protest	3	1
=== Lexicoder .lc3
$ newsframe frames -l tests/fixtures/frames/mini.lc3 tests/fixtures/frames/mini.jsonl | cut -f 1-3
frame	hits	docs
crackdown	1	1
foreign	2	2
protest	3	1
=== the shipped lexicon loads and counts
$ newsframe frames -l corpora/lexicons/unrest.nfl tests/fixtures/frames/corpus.jsonl | cut -f 1
frame
crackdown-rights
foreign-interference
information-war
intervention
protest-grievance
stability-order
terrorism-security
=== every error of a lexicon is reported with its line; nothing runs
$ newsframe frames -l tests/fixtures/frames/bad.nfl tests/fixtures/frames/mini.jsonl
--- stderr
newsframe: frames: tests/fixtures/frames/bad.nfl:1: entry before the first [frame] section
newsframe: frames: tests/fixtures/frames/bad.nfl:3: a gap must stand between two tokens
newsframe: frames: tests/fixtures/frames/bad.nfl:4: bad regular expression: at offset 9: missing closing parenthesis
newsframe: frames: tests/fixtures/frames/bad.nfl:5: frame 'foreign' defined twice (first at line 2)
newsframe: frames: tests/fixtures/frames/bad.nfl:2: frame 'foreign' has no entries
--- exit 1
=== a lexicon that cannot be read
$ newsframe frames -l tests/fixtures/frames/nonexistent.nfl tests/fixtures/frames/mini.jsonl
--- stderr
newsframe: frames: tests/fixtures/frames/nonexistent.nfl: No such file or directory
--- exit 1
=== a malformed corpus line is reported; the rest is counted
$ printf '{"id":"x","text":"fuel prices"}\nnot json\n' | newsframe frames -l tests/fixtures/frames/mini.nfl
frame	hits	docs	docs_total	words	hits_per_10k	share_docs	ci_low	ci_high
crackdown	0	0	1	2	0.00	0.0000	0.0000	0.7935
foreign	0	0	1	2	0.00	0.0000	0.0000	0.7935
protest	1	1	1	2	5000.00	1.0000	0.2065	1.0000
--- stderr
newsframe: frames: -:2: not valid JSON
--- exit 1
=== a lexicon is required
$ newsframe frames tests/fixtures/frames/mini.jsonl 2>&1 | head -n 1
newsframe: frames: a lexicon is required (-l FILE)
=== --compare needs --by
$ newsframe frames --compare -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl 2>&1 | head -n 1; newsframe frames --compare -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl 2>/dev/null
newsframe: frames: --compare needs groups (--by)
--- exit 2
=== views exclude each other
$ newsframe frames --cooccur --per-doc -l tests/fixtures/frames/mini.nfl 2>&1 </dev/null | head -n 1
newsframe: frames: --compare, --cooccur, --per-doc and --voice exclude each other
=== --by needs a known field or period
$ newsframe frames --by colour -l tests/fixtures/frames/mini.nfl 2>&1 </dev/null | head -n 1
newsframe: frames: --by: unknown field (see newsframe-corpus(5))
=== man page: the shipped lexicon per outlet (foreign-interference by hand)
# RT: "Colour revolution", "color revolution", "colour revolution"; BBC:
# "foreign-\nbacked", "Foreign-Backed"; TASS: "Цветная Революция",
# "цветной революции", "кукловодах", "цветных революций"; Meduza:
# "Цветную революцию", "кукловоды".
$ newsframe frames -l corpora/lexicons/unrest.nfl --by outlet tests/fixtures/frames/corpus.jsonl | awk -F '\t' '$2 == "foreign-interference"' | cut -f 1-5
BBC	foreign-interference	2	1	2
Meduza	foreign-interference	2	1	1
RT	foreign-interference	3	1	2
TASS	foreign-interference	4	1	1
=== man page: shards counted apart and merged equal the whole
$ d=$(mktemp -d); f=tests/fixtures/frames; for k in 1 2 3; do newsframe frames -l $f/test.nfl --by week --shard $k/3 $f/corpus.jsonl > $d/part$k.tsv; done; newsframe merge $d/part*.tsv | cmp - $(newsframe frames -l $f/test.nfl --by week $f/corpus.jsonl > $d/all.tsv; echo $d/all.tsv) && echo same; rm -r $d
same
=== man page: a sample of articles to code
$ newsframe frames -l tests/fixtures/frames/test.nfl --per-doc tests/fixtures/frames/corpus.jsonl | awk -F '\t' 'NR > 1 { print $1 }' | sort -u | shuf -n 4 --random-source=tests/fixtures/frames/corpus.jsonl | sort | uniq | wc -l
4
=== newsframe-lexicon(5) example: the exclusion cancels only what it overlaps
# and "майдан* @ru" does not fire in an English record.
$ d=$(mktemp -d); printf '[foreign-interference]\n= The unrest is directed or paid for from abroad.\ncolor revolution\ncolour revolution\nцветн* революц*\nforeign [1-3] forces\n[the] collective west\nre:\\bcia\\b\nмайдан* @ru\nrevolution*\n!industrial revolution\n' > $d/l.nfl; printf '{"id":"e","lang":"en","text":"The industrial revolution. A revolution in the street. Цветная революция, the CIA and Майдан."}\n' | newsframe kwic -w 0 -l $d/l.nfl | cut -f 6; rm -r $d
match
revolution
Цветная революция
CIA
=== no article: the header alone
$ newsframe frames --by outlet -l tests/fixtures/frames/mini.nfl < /dev/null; newsframe frames --cooccur -l tests/fixtures/frames/mini.nfl < /dev/null
outlet	frame	hits	docs	docs_total	words	hits_per_10k	share_docs	ci_low	ci_high
frame_a	frame_b	docs
=== --voice: the outlet's own words and quoted sources
# voice.jsonl by hand: v1 "color revolution" inside “…,” Peskov said is
# Peskov's; "protests" and the scare-quoted “color revolution” (no
# speaker) are the author's; v2 «цветная революция», — заявил Песков is
# Песков's; "detained" and "protesters" are the author's.
$ newsframe frames --voice -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/voice.jsonl
frame	voice	source	hits	docs
crackdown	author		1	1
foreign	author		1	1
foreign	quoted	Peskov	1	1
foreign	quoted	Песков	1	1
protest	author		2	2
=== --voice per outlet merges like the other tables
$ d=$(mktemp -d); f=tests/fixtures/frames; head -n 1 $f/voice.jsonl > $d/a; tail -n 1 $f/voice.jsonl > $d/b; newsframe frames --voice --by outlet -l $f/mini.nfl $d/a > $d/a.tsv; newsframe frames --voice --by outlet -l $f/mini.nfl $d/b > $d/b.tsv; newsframe merge $d/a.tsv $d/b.tsv | cmp - $(newsframe frames --voice --by outlet -l $f/mini.nfl $f/voice.jsonl > $d/w.tsv; echo $d/w.tsv) && echo same; head -n 1 $d/w.tsv; rm -r $d
same
outlet	frame	voice	source	hits	docs
=== man page: --voice per outlet
$ newsframe frames -l tests/fixtures/frames/mini.nfl --voice --by outlet tests/fixtures/frames/voice.jsonl | grep quoted
A	foreign	quoted	Peskov	1	1
B	foreign	quoted	Песков	1	1
=== a byte-order mark before the first line is ignored
$ newsframe frames -l tests/fixtures/frames/bom.nfl tests/fixtures/frames/mini.jsonl | cut -f 1-3
frame	hits	docs
a	1	1
=== a lexicon that is not UTF-8 names its first bad line
$ newsframe frames -l tests/fixtures/frames/latin1.dic tests/fixtures/frames/mini.jsonl
--- stderr
newsframe: frames: tests/fixtures/frames/latin1.dic:4: not UTF-8 (convert the file, e.g. with iconv -f windows-1252 -t utf-8)
--- exit 1
=== per day and per year
$ newsframe frames --by day -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl | awk -F '\t' '$2 == "foreign"' | cut -f 1,3,5; newsframe frames --by year -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/mini.jsonl | cut -f 1-5
2024-03-04	0	1
2024-03-12	1	1
2024-04-01	1	1
2024-04-02	0	1
year	frame	hits	docs	docs_total
2024	crackdown	1	1	4
2024	foreign	2	2	4
2024	protest	3	1	4
=== a record without text is matched on its summary
$ printf '{"id":"s","title":"News","summary":"Fuel prices rose."}\n' | newsframe frames -l tests/fixtures/frames/mini.nfl | cut -f 1-3
frame	hits	docs
crackdown	0	0
foreign	0	0
protest	1	1
=== --list: the frames, their entries and definitions; no corpus is read
$ newsframe frames --list -l tests/fixtures/frames/test.nfl
frame	entries	exclusions	definition
foreign	9	1	Unrest presented as directed from abroad.
protest	6	0	Peaceful protest and civil grievance.
security	4	0	Terrorism and security threat.
=== --list shows how an imported dictionary was flattened
$ newsframe frames --list --json -l tests/fixtures/frames/mini.yml
{"frame":"crackdown","entries":1,"exclusions":0,"definition":null}
{"frame":"unrest.foreign","entries":2,"exclusions":0,"definition":null}
{"frame":"unrest.protest","entries":2,"exclusions":0,"definition":null}

=== an entry that expands to more than 64 words is an error
# Found by fuzzing: words split at hyphens can give an entry more units
# than a compiled variant holds (64); it is rejected with its line, never
# cut short or written past the end. 22 words of three parts are 66
# units; 21 are 63 and load; 64 word units and then a gap are 65.
$ d=$(mktemp -d); { printf '[long]\n'; for i in $(seq 22); do printf 'a-b-c '; done; printf '\n[ok]\n'; for i in $(seq 21); do printf 'a-b-c '; done; printf '\n[gap]\n'; for i in $(seq 21); do printf 'a-b-c '; done; printf 'd [2] e\n'; } > $d/long.nfl; newsframe frames -l $d/long.nfl tests/fixtures/frames/mini.jsonl 2>&1 | sed "s|$d/||"; rm -r $d
newsframe: frames: long.nfl:2: entry has more than 64 words and gaps
newsframe: frames: long.nfl:6: entry has more than 64 words and gaps

=== a text word of more than 64 hyphen parts is matched on its first 64
# 70 parts "x-x-...-x": x-x-x hits fit 21 times into the first 64 parts
# (hits of a frame that overlap count once); the next word still counts.
$ d=$(mktemp -d); printf '[f]\nfuel\n[x]\nx-x-x\n' > $d/h.nfl; printf '{"id":"h","text":"%s fuel"}\n' "$(printf 'x-%.0s' $(seq 69))x" > $d/h.jsonl; newsframe frames -l $d/h.nfl $d/h.jsonl | cut -f 1-3; rm -r $d
frame	hits	docs
f	1	1
x	21	1
