# keyness over tests/fixtures/text/mini.jsonl. Values checked by hand from
# the formulas of newsframe-keyness(1): e.g. RT (22 tokens) against BBC
# (18 tokens, stop words left out), "peace" 0 vs 3: E2 = 18 x 3 / 40 =
# 1.35, G2 = 2 x 3 ln(3/1.35) = 4.7910, log ratio = log2((0.5/22)/(3/18))
# = -2.8745.

=== target against a chosen reference, no correction
$ newsframe keyness --target outlet=RT --reference outlet=BBC --stopwords auto --correct none --top 2 tests/fixtures/text/mini.jsonl
term	target	reference	target_pm	reference_pm	g2	p	log_ratio	lrc	pct_diff	use
*total*	22	18	1000000.00	1000000.00	0.0000	1	0.0000	0.0000	0.00	
peace	0	3	0.00	166666.67	4.7910	0.02861	-2.8745	0.0000	-100.00	under
began	0	1	0.00	55555.56	1.5970	0.2063	-1.2895	0.0000	-100.00	under

=== records instead of tokens (peace: 0 of 2 RT records, 2 of 3 BBC), JSON
$ newsframe keyness --target outlet=RT --reference outlet=BBC --unit docs --top 2 --json tests/fixtures/text/mini.jsonl
{"term":"*total*","target_docs":2,"reference_docs":3,"target_pm":1000000.00,"reference_pm":1000000.00,"g2":0.0000,"p":1,"p_bh":1,"log_ratio":0.0000,"lrc":0.0000,"pct_diff":0.00,"use":""}
{"term":"peace","target_docs":0,"reference_docs":2,"target_pm":0.00,"reference_pm":666666.67,"g2":2.0433,"p":0.1529,"p_bh":0.3809,"log_ratio":-1.4150,"lrc":0.0000,"pct_diff":-100.00,"use":"under"}
{"term":"color-revolution","target_docs":1,"reference_docs":0,"target_pm":500000.00,"reference_pm":0.00,"g2":1.8326,"p":0.1758,"p_bh":0.3809,"log_ratio":1.5850,"lrc":0.0000,"pct_diff":null,"use":"over"}

=== reference = the rest; Bonferroni over the 46 terms; stop words kept
$ newsframe keyness --target group=state --min-count 3 --correct bonferroni tests/fixtures/text/mini.jsonl
term	target	reference	target_pm	reference_pm	g2	p	p_bonferroni	log_ratio	lrc	pct_diff	use
*total*	39	23	1000000.00	1000000.00	0.0000	1	1	0.0000	0.0000	0.00	
peace	0	3	0.00	130434.78	5.9498	0.01472	0.6771	-3.3468	0.0000	-100.00	under
protesters	1	2	25641.03	86956.52	1.0746	0.2999	1	-1.7618	0.0000	-70.51	under
the	3	1	76923.08	43478.26	0.2660	0.606	1	0.8231	0.0000	76.92	over
war	3	1	76923.08	43478.26	0.2660	0.606	1	0.8231	0.0000	76.92	over
officials	2	1	51282.05	43478.26	0.0185	0.8918	1	0.2382	0.0000	17.95	over
революция	2	1	51282.05	43478.26	0.0185	0.8918	1	0.2382	0.0000	17.95	over

=== each group against the others, stems and titles; a sure difference has a non-zero LRC
$ newsframe keyness --by group --stem --stopwords auto --title --top 1 tests/fixtures/text/mini.jsonl
group	term	target	reference	target_pm	reference_pm	g2	p	p_bh	log_ratio	lrc	pct_diff	use
	*total*	6	68	1000000.00	1000000.00	0.0000	1	1	0.0000	0.0000	0.00	
	протест	2	0	333333.33	0.00	10.0492	0.001524	0.05639	5.5025	1.0316	inf	over
public	*total*	22	52	1000000.00	1000000.00	0.0000	1	1	0.0000	0.0000	0.00	
public	peac	3	0	136363.64	0.00	7.2781	0.00698	0.2583	3.8260	0.0000	inf	over
state	*total*	46	28	1000000.00	1000000.00	0.0000	1	1	0.0000	0.0000	0.00	
state	peac	0	3	0.00	107142.86	5.8312	0.01574	0.3694	-3.3012	0.0000	-100.00	under

=== bigrams
$ newsframe keyness --target outlet=TASS --ngram 2 --top 2 tests/fixtures/text/mini.jsonl
term	target	reference	target_pm	reference_pm	g2	p	p_bh	log_ratio	lrc	pct_diff	use
*total*	13	49	1000000.00	1000000.00	0.0000	1	1	0.0000	0.0000	0.00	
в москве	1	0	76923.08	0.00	3.1244	0.07713	0.3856	2.9143	0.0000	inf	over
вышли на	1	0	76923.08	0.00	3.1244	0.07713	0.3856	2.9143	0.0000	inf	over

=== --by and --target: exactly one
$ newsframe keyness tests/fixtures/text/mini.jsonl
--- stderr
newsframe: keyness: give either --target or --by
usage: newsframe keyness [--json] [--stem] [--title] [--by FIELD] [--correct METHOD] [--min-count N] [--ngram N[-M]] [--reference SPEC] [--stopwords LIST] [--target SPEC] [--top K] [--unit UNIT] [corpus ...]
--- exit 2

=== target needs FIELD=VALUE
$ newsframe keyness --target outlet tests/fixtures/text/mini.jsonl
--- stderr
newsframe: keyness: --target: outlet: expected FIELD=VALUE[,VALUE...]
usage: newsframe keyness [--json] [--stem] [--title] [--by FIELD] [--correct METHOD] [--min-count N] [--ngram N[-M]] [--reference SPEC] [--stopwords LIST] [--target SPEC] [--top K] [--unit UNIT] [corpus ...]
--- exit 2

=== unknown field
$ newsframe keyness --target nosuch=x tests/fixtures/text/mini.jsonl
--- stderr
newsframe: keyness: --target: nosuch=x: unknown field (see newsframe-corpus(5))
usage: newsframe keyness [--json] [--stem] [--title] [--by FIELD] [--correct METHOD] [--min-count N] [--ngram N[-M]] [--reference SPEC] [--stopwords LIST] [--target SPEC] [--top K] [--unit UNIT] [corpus ...]
--- exit 2

=== --reference goes with --target
$ newsframe keyness --by lang --reference rest tests/fixtures/text/mini.jsonl
--- stderr
newsframe: keyness: --reference goes with --target, not --by
usage: newsframe keyness [--json] [--stem] [--title] [--by FIELD] [--correct METHOD] [--min-count N] [--ngram N[-M]] [--reference SPEC] [--stopwords LIST] [--target SPEC] [--top K] [--unit UNIT] [corpus ...]
--- exit 2

=== bad --unit
$ newsframe keyness --target lang=en --unit words tests/fixtures/text/mini.jsonl
--- stderr
newsframe: keyness: --unit: expected tokens or docs, not 'words'
usage: newsframe keyness [--json] [--stem] [--title] [--by FIELD] [--correct METHOD] [--min-count N] [--ngram N[-M]] [--reference SPEC] [--stopwords LIST] [--target SPEC] [--top K] [--unit UNIT] [corpus ...]
--- exit 2

=== bad --correct
$ newsframe keyness --target lang=en --correct holm tests/fixtures/text/mini.jsonl
--- stderr
newsframe: keyness: --correct: expected bh, bonferroni or none, not 'holm'
usage: newsframe keyness [--json] [--stem] [--title] [--by FIELD] [--correct METHOD] [--min-count N] [--ngram N[-M]] [--reference SPEC] [--stopwords LIST] [--target SPEC] [--top K] [--unit UNIT] [corpus ...]
--- exit 2

=== a bad line is reported, the rest compared
# "now" 1 of 2 vs 0 of 3: G2 = 2 ln(1/0.4); BH over 3 terms gives 0.4682
$ newsframe keyness --target outlet=X --top 1 tests/fixtures/text/bad.jsonl
term	target	reference	target_pm	reference_pm	g2	p	p_bh	log_ratio	lrc	pct_diff	use
*total*	2	3	1000000.00	1000000.00	0.0000	1	1	0.0000	0.0000	0.00	
now	1	0	500000.00	0.00	1.8326	0.1758	0.4682	1.5850	0.0000	inf	over
--- stderr
newsframe: keyness: tests/fixtures/text/bad.jsonl:2: not valid JSON
--- exit 1

=== man page example: what state-affiliated outlets say more or less
# peace: 0 of 39 state tokens vs 3 of 23: E2 = 23 x 3 / 62, G2 = 5.9498
$ newsframe keyness --target group=state --top 20 tests/fixtures/text/mini.jsonl | head -3
term	target	reference	target_pm	reference_pm	g2	p	p_bh	log_ratio	lrc	pct_diff	use
*total*	39	23	1000000.00	1000000.00	0.0000	1	1	0.0000	0.0000	0.00	
peace	0	3	0.00	130434.78	5.9498	0.01472	0.3859	-3.3468	0.0000	-100.00	under

=== man page example: each outlet against the rest, by records
# peace: 2 of 3 BBC records, 0 of the 5 others: G2 = 4 ln(2/0.75)
$ newsframe keyness --by outlet --unit docs --top 10 tests/fixtures/text/mini.jsonl | head -3
outlet	term	target_docs	reference_docs	target_pm	reference_pm	g2	p	p_bh	log_ratio	lrc	pct_diff	use
BBC	*total*	3	5	1000000.00	1000000.00	0.0000	1	1	0.0000	0.0000	0.00	
BBC	peace	2	0	666666.67	0.00	3.9233	0.04762	0.3821	2.7370	0.0000	inf	over
