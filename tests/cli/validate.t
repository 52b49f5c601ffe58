# newsframe validate: mini.nfl against tests/fixtures/frames/coded.tsv.
# By hand: foreign is coded for m1 0 (no hit: TN), m2 1 (hit: TP), m3 0
# (hit "Цветная революция": FP), m4 0 (TN); protest for m1 1 (TP), m2 1
# (no hit: FN), m4 0 (TN). Precision, recall and F1 = 2TP/(2TP+FP+FN).
=== per frame: counts, precision, recall, F1 and the disagreements
$ newsframe validate -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/coded.tsv tests/fixtures/frames/mini.jsonl
frame	n	tp	fp	fn	tn	precision	recall	f1	false_positives	false_negatives
foreign	4	1	1	0	2	0.5000	1.0000	0.6667	m3	
protest	3	1	0	1	1	1.0000	0.5000	0.6667		m2
=== --kwic: the passages behind the false positives
$ newsframe validate --kwic -w 1 -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/coded.tsv tests/fixtures/frames/mini.jsonl
frame	id	outlet	published	left	match	right
foreign	m3	B	2024-04-01		Цветная революция	и
=== --min-hits 2: m1's three protest hits still count, m2's one would not
$ newsframe validate --min-hits 2 -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/coded.tsv tests/fixtures/frames/mini.jsonl | cut -f 1-9
frame	n	tp	fp	fn	tn	precision	recall	f1
foreign	4	0	0	1	3	NA	0.0000	0.0000
protest	3	1	0	1	1	1.0000	0.5000	0.6667
=== coded articles missing from the corpus are counted in a warning
$ head -n 2 tests/fixtures/frames/mini.jsonl | newsframe validate -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/coded.tsv | cut -f 1-6
frame	n	tp	fp	fn	tn
foreign	2	1	0	0	1
protest	2	1	0	1	0
--- stderr
newsframe: validate: warning: 2 coded articles not in the corpus (m3, ...)
=== bad coded rows are reported by line; the good ones still count
$ newsframe validate -l tests/fixtures/frames/mini.nfl tests/fixtures/frames/coded-bad.tsv tests/fixtures/frames/mini.jsonl
frame	n	tp	fp	fn	tn	precision	recall	f1	false_positives	false_negatives
protest	1	1	0	0	0	1.0000	1.0000	1.0000		
--- stderr
newsframe: validate: tests/fixtures/frames/coded-bad.tsv:3: no frame 'nosuch' in the lexicon
newsframe: validate: tests/fixtures/frames/coded-bad.tsv:4: present must be 0 or 1
newsframe: validate: tests/fixtures/frames/coded-bad.tsv:5: expected 3 tab-separated fields: id frame present
--- exit 1
=== the coded file is required
$ newsframe validate -l tests/fixtures/frames/mini.nfl < /dev/null 2>&1 | head -n 1
newsframe: validate: missing operand
=== a lexicon is required
$ newsframe validate tests/fixtures/frames/coded.tsv < /dev/null 2>&1 | head -n 1
newsframe: validate: a lexicon is required (-l FILE)
=== --stem: "protesting" meets m1's "Protests" and "protesters" only when stemmed
$ d=$(mktemp -d); printf '[protest]\nprotesting\n' > $d/l.nfl; printf 'm1\tprotest\t1\nm2\tprotest\t0\n' > $d/c.tsv; newsframe validate -l $d/l.nfl $d/c.tsv tests/fixtures/frames/mini.jsonl | cut -f 1-6; newsframe validate --stem -l $d/l.nfl $d/c.tsv tests/fixtures/frames/mini.jsonl | cut -f 1-6; rm -r $d
frame	n	tp	fp	fn	tn
protest	2	0	0	1	1
frame	n	tp	fp	fn	tn
protest	2	1	0	0	1
