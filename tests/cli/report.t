# report: tests/fixtures/report/corpus.jsonl holds 14 articles by 5 outlets
# (RT 4, TASS 3, Reuters 3, BBC 3, Blog 1) in the groups state (RT, TASS),
# independent (Reuters, BBC) and none (Blog), published 2024-01-02 to
# 2024-02-13 (BBC's a13 and Blog's a14 have no date); RT's a03 is a copy of
# TASS's a02. frames.nfl there has the frames foreign, protest, security.

=== the lexicon is required
$ newsframe report tests/fixtures/report/corpus.jsonl
--- stderr
newsframe: report: -l LEXICON is required
usage: newsframe report -l LEXICON [--by outlet | group] [--format html | md | json] [--title T] [--lexicon-notes FILE] [--top N] [--examples N] [-o FILE] [corpus ...]
--- exit 2

=== --by takes outlet or group only
$ newsframe report -l tests/fixtures/report/frames.nfl --by lang tests/fixtures/report/corpus.jsonl
--- stderr
newsframe: report: --by: expected outlet or group, not 'lang'
usage: newsframe report -l LEXICON [--by outlet | group] [--format html | md | json] [--title T] [--lexicon-notes FILE] [--top N] [--examples N] [-o FILE] [corpus ...]
--- exit 2

=== --format takes html, md or json
$ newsframe report -l tests/fixtures/report/frames.nfl --format pdf tests/fixtures/report/corpus.jsonl
--- stderr
newsframe: report: --format: expected html, md or json, not 'pdf'
usage: newsframe report -l LEXICON [--by outlet | group] [--format html | md | json] [--title T] [--lexicon-notes FILE] [--top N] [--examples N] [-o FILE] [corpus ...]
--- exit 2

=== unreadable notes: an error naming the file, nothing written
$ newsframe report -l tests/fixtures/report/frames.nfl --lexicon-notes tests/fixtures/report/missing.txt tests/fixtures/report/corpus.jsonl | wc -c
0
--- stderr
newsframe: report: tests/fixtures/report/missing.txt: No such file or directory

=== corpus: articles and dates per group; outlets without a group form (none)
$ newsframe report -l tests/fixtures/report/frames.nfl --by group --format json tests/fixtures/report/corpus.jsonl | jq -r '.groups[] | [.name, .articles, .first, .last, .langs.en] | @tsv'
(none)	2			2
independent	5	2024-01-05	2024-01-30	5
state	7	2024-01-02	2024-02-13	7

=== corpus: totals and the date range
$ newsframe report -l tests/fixtures/report/frames.nfl --format json tests/fixtures/report/corpus.jsonl | jq -c '[.articles, .first, .last, (.groups | length), .excluded]'
[14,"2024-01-02","2024-02-13",5,[]]

=== a line that is not a record: reported and counted as excluded
$ newsframe report -l tests/fixtures/report/frames.nfl --format json tests/fixtures/report/corpus.jsonl tests/fixtures/report/bad.jsonl | jq -c '[.articles, .excluded]'
[14,[{"reason":"lines that are not records (reported above)","articles":1}]]
--- stderr
newsframe: report: tests/fixtures/report/bad.jsonl:1: not valid JSON

=== a line that is not a record: the report is still written, exit 1
$ newsframe report -l tests/fixtures/report/frames.nfl tests/fixtures/report/bad.jsonl tests/fixtures/report/corpus.jsonl > /dev/null
--- stderr
newsframe: report: tests/fixtures/report/bad.jsonl:1: not valid JSON
--- exit 1

=== syndication: TASS's story republished by RT, as dedup --by outlet finds
$ newsframe report -l tests/fixtures/report/frames.nfl --format json tests/fixtures/report/corpus.jsonl | jq -c .syndication
{"clusters":1,"articles":2,"links":[{"origin":"TASS","republisher":"RT","count":1}]}

=== syndication equals dedup --by outlet
$ { newsframe dedup --by outlet tests/fixtures/report/corpus.jsonl | tail -n +2; newsframe report -l tests/fixtures/report/frames.nfl --format json tests/fixtures/report/corpus.jsonl | jq -r '.syndication.links[] | [.origin, .republisher, .count] | @tsv'; } | sort | uniq -c | awk '{ print $1 }'
2

=== Markdown: the title and the syndication table
$ newsframe report -l tests/fixtures/report/frames.nfl --format md --title 'Unrest | January' tests/fixtures/report/corpus.jsonl | grep -e '^# ' -e '^| TASS | RT'
# Unrest \| January
| TASS | RT | 1 |

=== HTML: one self-contained document, written atomically with -o
$ newsframe report -l tests/fixtures/report/frames.nfl -o /tmp/nf-report-test.html tests/fixtures/report/corpus.jsonl && grep -c -e '<script' -e '<link' -e ' src=' /tmp/nf-report-test.html; head -c 15 /tmp/nf-report-test.html; echo; tail -n 1 /tmp/nf-report-test.html; rm -f /tmp/nf-report-test.html
0
<!DOCTYPE html>
</html>
