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
	if (index(" " langs[o] " ", " " l " ") == 0)
		langs[o] = langs[o] (langs[o] == "" ? "" : " ") l
	v = field($0, "via"); if (v != "") via[o]++
	total++
}
END {
	printf "%-26s %-17s %7s  %-9s %s\n", "outlet", "group", "records", "languages", "republished"
	for (o in n)
		printf "%-26s %-17s %7d  %-9s %s\n", o, (g[o] == "" ? "-" : g[o]), n[o], langs[o], (via[o] ? via[o] " via aggregator" : "") | "sort"
	close("sort")
	printf "%-26s %-17s %7d\n", "total", "", total
}' "$out"
