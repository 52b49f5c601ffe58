#!/bin/sh
# SPDX-License-Identifier: MIT
# make demo: ingests the sample corpus with its outlet map and prints a
# short summary per outlet (records, group, languages, republished via an
# aggregator). Standard tools only. Usage: corpora/demo.sh BINARY
set -e
nf=${1:-build/newsframe}
dir=$(dirname "$0")
out=${TMPDIR:-/tmp}/newsframe-demo.$$.jsonl
trap 'rm -f "$out"' EXIT INT TERM

echo "== newsframe ingest --outlet-map $dir/outlets.tsv $dir/sample/"
"$nf" ingest --outlet-map "$dir/outlets.tsv" -o "$out" "$dir/sample/"
echo
echo "== records per outlet"
# One JSON string field of a record line (values are JSON-escaped, so an
# unescaped quote ends them).
LC_ALL=C awk '
function field(line, key,    i, s, c, v) {
	i = index(line, "\"" key "\":\"")
	if (i == 0)
		return ""
	s = substr(line, i + length(key) + 4)
	v = ""
	while (length(s) > 0) {
		c = substr(s, 1, 1)
		if (c == "\\") { v = v substr(s, 1, 2); s = substr(s, 3); continue }
		if (c == "\"") break
		v = v c; s = substr(s, 2)
	}
	return v
}
{
	o = field($0, "outlet"); if (o == "") o = "(unknown)"
	n[o]++
	g[o] = field($0, "group")
	l = field($0, "lang"); if (l == "") l = "?"
	seen[o, l] = 1
	v = field($0, "via"); if (v != "") via[o]++
	total++
}
END {
	for (k in seen) {
		split(k, p, SUBSEP)
		ls[p[1]] = ls[p[1]] " " p[2]
	}
	for (o in ls) {
		m = split(substr(ls[o], 2), w, " ")
		for (i = 2; i <= m; i++)	# insertion sort: a few codes
			for (j = i; j > 1 && w[j - 1] > w[j]; j--) {
				t = w[j]; w[j] = w[j - 1]; w[j - 1] = t
			}
		langs[o] = w[1]
		for (i = 2; i <= m; i++)
			langs[o] = langs[o] " " w[i]
	}
	printf "%-26s %-17s %7s  %-9s %s\n", "outlet", "group", "records", "languages", "republished"
	for (o in n)
		printf "%-26s %-17s %7d  %-9s %s\n", o, (g[o] == "" ? "-" : g[o]), n[o], langs[o], (via[o] ? via[o] " via aggregator" : "") | "sort"
	close("sort")
	printf "%-26s %-17s %7d\n", "total", "", total
}' "$out"

# The comparative framing report of the sample, with the shipped lexicon.
report=$(cd "$(dirname "$nf")" && pwd)/report.html
echo
echo "== newsframe report -l $dir/lexicons/unrest.nfl --by group -o $report"
"$nf" report -l "$dir/lexicons/unrest.nfl" --by group \
    --title "Sample corpus: framing of the unrest by outlet group" \
    -o "$report" "$out"
echo "report: $report"
