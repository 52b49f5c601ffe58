# collocates over tests/fixtures/text/mini.jsonl. By hand, BBC: 14 content
# tokens (a3: protesters police clashed | protesters demanded peace war;
# a5: peace talks began | officials said peace possible), the node twice;
# "clashed" once near it: MI = log2(1 x 14 / (2 x 1)) = 2.8074,
# t = (1 - 2/14) / 1 = 0.8571, logDice = 14 + log2(2/3) = 13.4150.
# Windows stop at sentence ends: "war" in a3 is beyond the first node's.

=== per outlet, window 3 (the man page example, by outlet)
$ newsframe collocates --by outlet -w 3 'protesters?' tests/fixtures/text/mini.jsonl
outlet	collocate	cooc	freq	mi	t	logdice	g2
BBC	*total*	2	14	0.0000	0.0000	0.0000	0.0000
BBC	clashed	1	1	2.8074	0.8571	13.4150	4.4323
BBC	demanded	1	1	2.8074	0.8571	13.4150	4.4323
BBC	peace	1	3	1.2224	0.5714	12.6781	0.9622
BBC	police	1	1	2.8074	0.8571	13.4150	4.4323
BBC	war	1	1	2.8074	0.8571	13.4150	4.4323
Kazinform	*total*	0	8	0.0000	0.0000	0.0000	0.0000
RT	*total*	1	15	0.0000	0.0000	0.0000	0.0000
RT	gathered	1	1	3.9069	0.9333	14.0000	7.3479
RT	kyiv	1	1	3.9069	0.9333	14.0000	7.3479
TASS	*total*	0	10	0.0000	0.0000	0.0000	0.0000

=== stems, titles, window 2: "Clashes" (title) and "clashed" are one collocate
$ newsframe collocates --stem --title -w 2 protest tests/fixtures/text/mini.jsonl
collocate	cooc	freq	mi	t	logdice	g2
*total*	3	57	0.0000	0.0000	0.0000	0.0000
clash	1	2	3.2479	0.8947	12.6781	3.5502
demand	1	1	4.2479	0.9474	13.0000	6.2494
gather	1	1	4.2479	0.9474	13.0000	6.2494
kyiv	1	1	4.2479	0.9474	13.0000	6.2494
peac	1	3	2.6630	0.8421	12.4150	2.5785
polic	1	1	4.2479	0.9474	13.0000	6.2494

=== stop words kept, JSON, top 2
$ newsframe collocates --json --top 2 --stopwords none war tests/fixtures/text/mini.jsonl
{"collocate":"*total*","cooc":4,"freq":62,"mi":0.0000,"t":0.0000,"logdice":0.0000,"g2":0.0000}
{"collocate":"the","cooc":3,"freq":4,"mi":3.5392,"t":1.5831,"logdice":13.5850,"g2":15.0607}
{"collocate":"continues","cooc":1,"freq":1,"mi":3.9542,"t":0.9355,"logdice":12.6781,"g2":5.7394}

=== --min-count 2 keeps collocates seen twice near the node
$ newsframe collocates --min-count 2 --stopwords none war tests/fixtures/text/mini.jsonl
collocate	cooc	freq	mi	t	logdice	g2
*total*	4	62	0.0000	0.0000	0.0000	0.0000
the	3	4	3.5392	1.5831	13.5850	15.0607

=== --min-count 0 lists every term with its frequency (for shards)
# G2 = 2 (ln 47 + 46 ln(46 / (46 x 46 / 47))) = 9.6789
$ newsframe collocates --min-count 0 -w 1 kyiv tests/fixtures/text/mini.jsonl | head -4
collocate	cooc	freq	mi	t	logdice	g2
*total*	1	47	0.0000	0.0000	0.0000	0.0000
gathered	1	1	5.5546	0.9787	14.0000	9.6789
began	0	1	0.0000	0.0000	0.0000	0.0000

=== a bad pattern is a usage error
$ newsframe collocates '(' tests/fixtures/text/mini.jsonl
--- stderr
newsframe: collocates: pattern '(': at offset 1: missing closing parenthesis
usage: newsframe collocates [--json] [--stem] [--title] [-w N] [--by FIELD] [--min-count N] [--stopwords LIST] [--top K] pattern [corpus ...]
--- exit 2

=== the pattern is required
$ newsframe collocates
--- stderr
newsframe: collocates: missing operand
usage: newsframe collocates [--json] [--stem] [--title] [-w N] [--by FIELD] [--min-count N] [--stopwords LIST] [--top K] pattern [corpus ...]
--- exit 2

=== window range
$ newsframe collocates -w 0 war tests/fixtures/text/mini.jsonl
--- stderr
newsframe: collocates: --window: must be at least 1
usage: newsframe collocates [--json] [--stem] [--title] [-w N] [--by FIELD] [--min-count N] [--stopwords LIST] [--top K] pattern [corpus ...]
--- exit 2

=== man page example: the company "protesters" keeps per outlet group
# state: 29 content tokens, the node once: MI(gathered) = log2(29)
$ newsframe collocates --by group -w 4 'protesters?' tests/fixtures/text/mini.jsonl
group	collocate	cooc	freq	mi	t	logdice	g2
	*total*	0	4	0.0000	0.0000	0.0000	0.0000
public	*total*	2	14	0.0000	0.0000	0.0000	0.0000
public	clashed	1	1	2.8074	0.8571	13.4150	4.4323
public	demanded	1	1	2.8074	0.8571	13.4150	4.4323
public	peace	1	3	1.2224	0.5714	12.6781	0.9622
public	police	1	1	2.8074	0.8571	13.4150	4.4323
public	war	1	1	2.8074	0.8571	13.4150	4.4323
state	*total*	1	29	0.0000	0.0000	0.0000	0.0000
state	gathered	1	1	4.8580	0.9655	14.0000	8.6997
state	kyiv	1	1	4.8580	0.9655	14.0000	8.6997
