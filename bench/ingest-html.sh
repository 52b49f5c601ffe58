#!/bin/sh
# SPDX-License-Identifier: MIT
# HTML ingest throughput against readability-lxml and Readability.js
# (jsdom), in the same run, on the
# same pages: ../shared/data/extraction-dev/html (real news pages),
# decompressed once into a temporary directory. Each tool reads every page
# once in one process (newsframe with one thread, -j 1); the best of three
# runs is kept. Prints MB/s of each and the ratios (targets on one core:
# at least 6 times readability-lxml and 30 times Readability.js).
# Readability.js is installed with npm into bench/node_modules on first
# use; without node or npm that baseline says skipped.
#
# usage: bench/ingest-html.sh [SHARED_DIR]   (default ../shared)
set -eu
shared=${1:-../shared}
nf=${NEWSFRAME:-build/newsframe}
src=$shared/data/extraction-dev/html
here=$(dirname "$0")
if [ ! -d "$src" ]; then
	echo "ingest-html: skipped (no $src)"
	exit 0
fi
# The Debian package installs for the system python.
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3
if ! "$py" -c 'import readability' 2>/dev/null; then
	echo "ingest-html: skipped (python3-readability is not installed)"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/html"
for f in "$src"/*; do
	b=$(basename "$f" .gz)
	case $f in
	*.gz) gzip -dc "$f" >"$tmp/html/$b" ;;
	*) cp "$f" "$tmp/html/$b" ;;
	esac
done
bytes=$(cat "$tmp"/html/* | wc -c)
pages=$(ls "$tmp/html" | wc -l)

# Best wall time of three runs of a command, in seconds.
best() {
	b=
	for i in 1 2 3; do
		s=$(date +%s.%N)
		"$@" >/dev/null 2>&1 || true
		e=$(date +%s.%N)
		t=$(echo "$e - $s" | bc -l 2>/dev/null ||
		    awk -v s="$s" -v e="$e" 'BEGIN { print e - s }')
		b=$(awk -v a="$b" -v t="$t" 'BEGIN { print (a == "" || t < a) ? t : a }')
	done
	echo "$b"
}

tn=$(best "$nf" ingest -q -j 1 "$tmp/html")
tr=$(best "$py" "$here/readability_lxml.py" "$tmp/html")
tj=
if command -v node >/dev/null && command -v npm >/dev/null; then
	[ -d "$here/node_modules/jsdom" ] ||
	    (cd "$here" && npm install --silent --no-audit --no-fund \
	    --no-save @mozilla/readability jsdom >/dev/null 2>&1) || true
	[ -d "$here/node_modules/jsdom" ] &&
	    tj=$(best node "$here/readability_js.mjs" "$tmp/html")
fi
awk -v n="$tn" -v r="$tr" -v b="$bytes" -v p="$pages" 'BEGIN {
	printf "ingest-html: %d pages, %.1f MB\n", p, b / 1e6
	printf "  newsframe ingest   %7.3f s  %7.1f MB/s\n", n, b / 1e6 / n
	printf "  readability-lxml   %7.3f s  %7.1f MB/s\n", r, b / 1e6 / r
	printf "  ratio              %7.1fx   (target >= 6x)\n", r / n
}'
if [ -n "$tj" ]; then
	awk -v n="$tn" -v j="$tj" -v b="$bytes" 'BEGIN {
		printf "  Readability.js     %7.3f s  %7.1f MB/s\n", j, b / 1e6 / j
		printf "  ratio to Readability.js %5.1fx   (target >= 30x)\n", j / n
	}'
else
	echo "  Readability.js: skipped (node/npm or the npm registry unavailable)"
fi
