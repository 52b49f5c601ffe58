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

=== notes that are not UTF-8: an error, nothing written
$ newsframe report -l tests/fixtures/report/frames.nfl --lexicon-notes tests/fixtures/report/latin1-notes.txt tests/fixtures/report/corpus.jsonl | wc -c
0
--- stderr
newsframe: report: tests/fixtures/report/latin1-notes.txt: not valid UTF-8

=== notes: in the document as written, after the frames' definitions
$ newsframe report -l tests/fixtures/report/frames.nfl --lexicon-notes tests/fixtures/report/notes.txt tests/fixtures/report/corpus.jsonl | grep -A1 -e '<dt>security' -e 'Notes on the lexicon'
<dt>security</dt><dd>Terrorism and security threat.</dd>
</dl>
<h3>Notes on the lexicon</h3>
<div class="notes">Validated on 120 hand-coded articles (F1 0.81 to 0.93).</div>

=== a lexicon that does not load: its error, exit 1
$ newsframe report -l tests/fixtures/report/missing.nfl tests/fixtures/report/corpus.jsonl
--- stderr
newsframe: report: tests/fixtures/report/missing.nfl: No such file or directory
--- exit 1

=== corpus: articles and dates per group; outlets without a group form the group "" (as in frames)
$ newsframe report -l tests/fixtures/report/frames.nfl --by group --format json tests/fixtures/report/corpus.jsonl | jq -r '.groups[] | [.name, .articles, .first, .last, .langs.en] | @tsv'
	2			2
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
$ t=$(mktemp -d); newsframe report -l tests/fixtures/report/frames.nfl -o "$t/test.html" tests/fixtures/report/corpus.jsonl && grep -c -e '<script' -e '<link' -e ' src=' "$t/test.html"; head -c 15 "$t/test.html"; echo; tail -n 1 "$t/test.html"; rm -rf "$t"
0
<!DOCTYPE html>
</html>


=== prevalence equals frames --by outlet (counts, rates and intervals)
# The numbers of the report are those of the commands on the same input:
# each pipeline prints every row of both, sorted, and counts how many
# times each distinct row appears (always 2 when they agree) and how many
# distinct rows there are: here 5 outlets x 3 frames.
$ { newsframe frames -l tests/fixtures/report/frames.nfl --by outlet tests/fixtures/report/corpus.jsonl | tail -n +2; newsframe report -l tests/fixtures/report/frames.nfl --format json tests/fixtures/report/corpus.jsonl | jq -r '.prevalence[] | [.group, .frame, .hits, .docs, .docs_total, .words, .hits_per_10k, .share_docs, .ci_low, .ci_high] | @tsv' | awk -F'\t' -v OFS='\t' '{ $7 = sprintf("%.2f", $7); for (i = 8; i <= 10; i++) $i = sprintf("%.4f", $i); print }'; } | sort | uniq -c | awk '{ n[$1]++ } END { for (k in n) print k, n[k] }'
2 15

=== prevalence equals frames --by group, records without a group included
$ { newsframe frames -l tests/fixtures/report/frames.nfl --by group tests/fixtures/report/corpus.jsonl | tail -n +2; newsframe report -l tests/fixtures/report/frames.nfl --by group --format json tests/fixtures/report/corpus.jsonl | jq -r '.prevalence[] | [.group, .frame, .hits, .docs, .docs_total, .words, .hits_per_10k, .share_docs, .ci_low, .ci_high] | @tsv' | awk -F'\t' -v OFS='\t' '{ $7 = sprintf("%.2f", $7); for (i = 8; i <= 10; i++) $i = sprintf("%.4f", $i); print }'; } | sort | uniq -c | awk '{ n[$1]++ } END { for (k in n) print k, n[k] }'
2 9

=== the test per frame equals frames --compare
$ { newsframe frames --compare -l tests/fixtures/report/frames.nfl --by outlet tests/fixtures/report/corpus.jsonl | tail -n +2 | cut -f1,5-; newsframe report -l tests/fixtures/report/frames.nfl --format json tests/fixtures/report/corpus.jsonl | jq -r '.compare[] | [.frame, .chi2, .df, .p, .cramers_v] | @tsv' | awk -F'\t' -v OFS='\t' '{ $2 = sprintf("%.4f", $2); $4 = sprintf("%.4g", $4); $5 = sprintf("%.4f", $5); print }'; } | sort | uniq -c | awk '{ n[$1]++ } END { for (k in n) print k, n[k] }'
2 3

=== distinctive terms: counts, G2 and log ratio equal keyness --by outlet --stopwords auto
# Every row of the report is a row of keyness (no line left over), and
# each outlet lists its over-used terms, at most --top (15) of them.
$ t=$(mktemp -d); newsframe keyness --by outlet --stopwords auto tests/fixtures/report/corpus.jsonl | tail -n +2 | grep -v '\*total\*' | cut -f1-4,7,10,13 > "$t/keyness.tsv"; newsframe report -l tests/fixtures/report/frames.nfl --format json tests/fixtures/report/corpus.jsonl | jq -r '.keyness[] | [.group, .term, .count, .ref_count, .g2, .log_ratio] | @tsv' | awk -F'\t' -v OFS='\t' '{ $5 = sprintf("%.4f", $5); $6 = sprintf("%.4f", $6); print $0, "over" }' | sort > "$t/rows.tsv"; sort "$t/keyness.tsv" | comm -13 - "$t/rows.tsv" | wc -l; { awk -F'\t' '$7 == "over" { n[$1]++ } END { for (g in n) print "keyness", g, (n[g] > 15 ? 15 : n[g]) }' "$t/keyness.tsv"; awk -F'\t' '{ n[$1]++ } END { for (g in n) print "report", g, n[g] }' "$t/rows.tsv"; } | awk '{ k = $2 " " $3; c[k]++ } END { for (k in c) if (c[k] != 2) bad++; print bad ? "differ" : "same" }'; rm -rf "$t"
0
same

=== voices equal sources --by outlet
$ { newsframe sources --by outlet tests/fixtures/report/corpus.jsonl | tail -n +2; newsframe report -l tests/fixtures/report/frames.nfl --format json tests/fixtures/report/corpus.jsonl | jq -r '.sources[] | [.group, .source, .kind, .mentions, .docs] | @tsv'; } | sort | uniq -c | awk '{ n[$1]++ } END { for (k in n) print k, n[k] }'
2 4

=== time series: the weeks of the date range, articles per group and week
$ newsframe report -l tests/fixtures/report/frames.nfl --by group --format json tests/fixtures/report/corpus.jsonl | jq -r '.series.unit, .series.undated, (.series.periods | join(" ")), (.series.rows[] | select(.frame == "security") | [.group, .period, .docs, .docs_total] | @tsv)'
week
2
2024-W01 2024-W02 2024-W03 2024-W04 2024-W05 2024-W06 2024-W07
independent	2024-W01	0	1
independent	2024-W02	1	2
independent	2024-W04	1	1
independent	2024-W05	0	1
state	2024-W01	2	3
state	2024-W03	1	2
state	2024-W06	0	1
state	2024-W07	0	1

=== evidence: a line per article with the frame, at most --examples per group, linked
$ newsframe report -l tests/fixtures/report/frames.nfl --by group --examples 2 --format json tests/fixtures/report/corpus.jsonl | jq -r '.evidence[] | select(.frame == "protest") | [.group, .outlet, .match, .url] | @tsv'
	BBC	Peaceful protests	https://bbc.example/news/13
	Blog	fuel prices	https://blog.example/14
independent	BBC	fuel prices	https://bbc.example/news/9
independent	BBC	peaceful protest	https://bbc.example/news/5

=== HTML: a heatmap cell per group and frame, a chart per frame, a line per dated group
# 3 groups x 3 frames cells; in each frame's chart a line for independent
# and state (the records without a group have no date); a terms chart per
# group.
$ newsframe report -l tests/fixtures/report/frames.nfl --by group tests/fixtures/report/corpus.jsonl | grep -o -e '<rect class="cell"' -e '<svg [^>]*id="chart-[a-z]*' -e '<path class="line"' | sort | uniq -c | awk '{ $1 = $1; print }'
6 <path class="line"
9 <rect class="cell"
1 <svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-heatmap
3 <svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-series
3 <svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-terms
1 <svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-voices

=== HTML: well-formed (xmllint), every chart with a title and a description
# The heatmap, 3 frame charts, 5 outlets' terms charts and the voices.
$ newsframe report -l tests/fixtures/report/frames.nfl tests/fixtures/report/corpus.jsonl | xmllint --noout --nonet - && newsframe report -l tests/fixtures/report/frames.nfl tests/fixtures/report/corpus.jsonl | xmllint --xpath 'count(//*[local-name()="svg"][*[local-name()="title"]][*[local-name()="desc"]])' -
10

=== the report does not depend on the order of the records
# Evidence is sampled by id hash, tables are sorted, dedup's origin is the
# earliest article: the same corpus read backwards gives the same data.
$ t=$(mktemp -d); cat tests/fixtures/report/corpus.jsonl | newsframe report -l tests/fixtures/report/frames.nfl --format json > "$t/fwd.json"; tac tests/fixtures/report/corpus.jsonl | newsframe report -l tests/fixtures/report/frames.nfl --format json | cmp - "$t/fwd.json" && echo same; rm -rf "$t"
same

=== man page example: the shipped lexicon, by group, a title, -o
# The title twice (<title>, <h1>); 3 groups x the lexicon's 7 frames.
$ t=$(mktemp -d); newsframe report -l corpora/lexicons/unrest.nfl --by group --title 'January unrest' -o "$t/example.html" tests/fixtures/report/corpus.jsonl && grep -o -e '>January unrest<' -e 'class="cell"' "$t/example.html" | sort | uniq -c | awk '{ $1 = $1; print }'; rm -rf "$t"
2 >January unrest<
21 class="cell"

=== man page example: Markdown
$ newsframe report -l tests/fixtures/report/frames.nfl --format md tests/fixtures/report/corpus.jsonl | grep -c '^## '
8

=== man page example: the share of articles using each frame per group
# By hand from corpus.jsonl: (none) = a13, a14, both on fuel prices;
# independent: foreign a09, protest a04 a05 a09 a10, security a06 a09;
# state: foreign a01 a07 a11, security a02 a03 a08.
$ newsframe report -l tests/fixtures/report/frames.nfl --by group --format json tests/fixtures/report/corpus.jsonl | jq -r '.prevalence[] | [.group, .frame, .share_docs] | @tsv'
	foreign	0
	protest	1
	security	0
independent	foreign	0.2
independent	protest	0.8
independent	security	0.4
state	foreign	0.4285714286
state	protest	0
state	security	0.4285714286

=== an empty corpus: a report that says so, and no empty sections
$ newsframe report -l tests/fixtures/report/frames.nfl --format json < /dev/null | jq -c '[.articles, .groups, (.prevalence // "none"), (.evidence // "none")]'; newsframe report -l tests/fixtures/report/frames.nfl --format md < /dev/null | grep -e '^## ' -e 'No article'
[0,[],"none","none"]
## Corpus
**No article was read**, so there is nothing to compare.
## The frames
