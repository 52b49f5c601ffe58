#!/bin/sh
# SPDX-License-Identifier: MIT
# The cost of main-content extraction against the cost of parsing, on the
# pages of ../shared/data/extraction-dev, with build/extract-file: libxml2's
# own tree parse (htmlReadMemory), our parse into the page tree, and the
# whole of html_extract (parse, metadata, extraction). Each runs every page
# 5 times in one process; user CPU time, best of three. DESIGN's rule:
# extraction beyond the parse costs less than libxml2's parse.
#
# usage: bench/extraction.sh [SHARED_DIR] [EXTRACT_FILE]
set -eu
shared=${1:-../shared}
ef=${2:-build/extract-file}
src=$shared/data/extraction-dev/html
if [ ! -d "$src" ] || [ ! -x "$ef" ]; then
	echo "extraction: skipped (no $src or $ef)"
	exit 0
fi
bytes=$(for f in "$src"/*.gz; do gzip -dc "$f"; done | wc -c)
pages=$(ls "$src"/*.gz | wc -l)
# Best user CPU seconds of three runs.
cpu() {
	b=
	for i in 1 2 3; do
		t=$( { /usr/bin/time -f %U "$ef" "$@" "$src"/*.gz >/dev/null; } \
		    2>&1 | tail -1)
		b=$(awk -v a="$b" -v t="$t" 'BEGIN { print (a == "" || t < a) ? t : a }')
	done
	echo "$b"
}
base=$(cpu -n 0)
xml=$(cpu -x -n 5)
tree=$(cpu -p -n 5)
full=$(cpu -n 5)
awk -v b="$base" -v x="$xml" -v p="$tree" -v f="$full" -v n="$bytes" \
    -v pages="$pages" '
BEGIN {
	x = (x - b) / 5; p = (p - b) / 5; f = (f - b) / 5
	mb = n / 1e6
	printf "extraction: %d pages, %.1f MB, per pass (user CPU)\n", pages, mb
	printf "  libxml2 tree parse   %6.3f s  %6.1f MB/s\n", x, mb / x
	printf "  page tree (SAX)      %6.3f s  %6.1f MB/s\n", p, mb / p
	printf "  html_extract         %6.3f s  %6.1f MB/s\n", f, mb / f
	printf "  extraction beyond the parse = %.0f%% of libxml2 parse\n", \
	    100 * (f - p) / x
}'
