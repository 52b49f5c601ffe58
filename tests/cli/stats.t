# stats over tests/fixtures/text/mini.jsonl: 8 records; words (runs of
# letters or digits) by hand: a1 13, a2 8, a3 10 (March: 31), a4 9, a5 8,
# a6 10 (April: 27), a7 5 (undated), a8 none (no text, 2024-12-30).

=== the one-screen summary
$ newsframe stats tests/fixtures/text/mini.jsonl
records 8, words 63
published 2024-03-01 to 2024-12-30 (7 records dated)

outlets: 4
  BBC                              3
  RT                               2
  TASS                             2
  Kazinform                        1

groups: 3
  state                            4
  public                           3
  (none)                           1

langs: 3
  en                               5
  ru                               2
  kk                               1

months: 4
  2024-03                          3
  2024-04                          3
  2024-12                          1
  (none)                           1

missing fields (records without):
  url                              8
  domain                           8
  group                            1
  authors                          8
  published                        1
  text                             1
  summary                          8
  tags                             8

=== --by outlet: a mergeable TSV table
$ newsframe stats --by outlet tests/fixtures/text/mini.jsonl
outlet	records	words	no_title	no_text	no_published	no_lang	no_url
BBC	3	18	0	1	0	0	3
RT	2	23	0	0	0	0	2
TASS	2	13	0	0	1	0	2
Kazinform	1	9	0	0	0	0	1

=== --by week (ISO: 2024-12-30 is in 2025-W01), undated records in the empty group
$ newsframe stats --by week tests/fixtures/text/mini.jsonl
week	records	words	no_title	no_text	no_published	no_lang	no_url
2024-W15	2	18	0	0	0	0	2
	1	5	0	0	1	0	1
2024-W09	1	13	0	0	0	0	1
2024-W10	1	8	0	0	0	0	1
2024-W11	1	10	0	0	0	0	1
2024-W14	1	9	0	0	0	0	1
2025-W01	1	0	0	1	0	0	1

=== --by month --json
$ newsframe stats --by month --json tests/fixtures/text/mini.jsonl
{"month":"2024-03","records":3,"words":31,"no_title":0,"no_text":0,"no_published":0,"no_lang":0,"no_url":3}
{"month":"2024-04","records":3,"words":27,"no_title":0,"no_text":0,"no_published":0,"no_lang":0,"no_url":3}
{"month":"","records":1,"words":5,"no_title":0,"no_text":0,"no_published":1,"no_lang":0,"no_url":1}
{"month":"2024-12","records":1,"words":0,"no_title":0,"no_text":1,"no_published":0,"no_lang":0,"no_url":1}

=== long lists are cut after 10, the rest summed
$ for i in 1 2 3 4 5 6 7 8 9 10 11 12; do echo "{\"id\":\"$i\",\"outlet\":\"O$i\",\"text\":\"x\"}"; done | newsframe stats | sed -n '/^outlets/,/more/p'
outlets: 12
  O1                               1
  O10                              1
  O11                              1
  O12                              1
  O2                               1
  O3                               1
  O4                               1
  O5                               1
  O6                               1
  O7                               1
  (2 more)                         2

=== a bad line is reported, the rest summarized
$ newsframe stats --by outlet tests/fixtures/text/bad.jsonl
outlet	records	words	no_title	no_text	no_published	no_lang	no_url
X	1	2	1	0	1	0	1
Y	1	3	1	0	1	0	1
--- stderr
newsframe: stats: tests/fixtures/text/bad.jsonl:2: not valid JSON
--- exit 1

=== --json needs --by
$ newsframe stats --json tests/fixtures/text/mini.jsonl
--- stderr
newsframe: stats: --json goes with --by
usage: newsframe stats [--json] [--by FIELD] [corpus ...]
--- exit 2

=== unknown --by field
$ newsframe stats --by nosuch tests/fixtures/text/mini.jsonl
--- stderr
newsframe: stats: --by: nosuch: unknown field (see newsframe-corpus(5))
usage: newsframe stats [--json] [--by FIELD] [corpus ...]
--- exit 2
