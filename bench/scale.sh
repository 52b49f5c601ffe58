#!/bin/sh
# SPDX-License-Identifier: MIT
# Scaling on one machine: throughput per core and the 1 -> 2 core
# speed-up of ingest (a directory of HTML pages, and a WARC.gz of the same
# pages), terms, frames, dedup, kwic, validate and report (a corpus made by
# ingesting the pages; validate with every article coded); then
# the peak RSS of ingest on inputs of growing size, which must stay flat
# (ingest holds at most 2 documents per worker, whatever the corpus).
#
# Inputs are generated under $TMPDIR from the extraction-dev pages: the
# HTML directory is made of symbolic links to the unpacked pages, so a
# 4 GB input costs no disk space.
#
# usage: bench/scale.sh [SHARED_DIR]   (default ../shared)
# environment: SCALE_MB  size of each throughput input (default 100)
#              RSS_MB    input sizes of the peak RSS runs (default
#                        "1000 4000"; "" skips them)
#              JOBS      the -j of the parallel runs (default 2)
#              REPEAT    runs of each, the fastest kept (default 3)
# CPU time counts user + system time of all threads, so MB/s per core is
# input MB / CPU s; the speed-up is wall time -j 1 / wall time -j JOBS,
# each the fastest of REPEAT alternated runs. On a machine loaded by other
# jobs wall times vary a lot from run to run; the speed-up is then only a
# rough figure, CPU times much less so.
set -eu
shared=${1:-../shared}
nf=${NEWSFRAME:-build/newsframe}
scale_mb=${SCALE_MB:-100}
rss_mb=${RSS_MB-1000 4000}
jobs=${JOBS:-2}
repeat=${REPEAT:-3}
pages=$shared/data/extraction-dev/html
lexicon=corpora/lexicons/unrest.nfl
[ -d "$pages" ] || { echo "bench/scale.sh: no $pages" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nf-bench-scale.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

mkdir "$tmp/src"
for f in "$pages"/*.html.gz; do
	b=${f##*/}
	gzip -dc "$f" > "$tmp/src/${b%.gz}"
done
src_bytes=$(cat "$tmp/src"/* | wc -c)

# html_dir DIR MB: links to the pages, repeated to about MB megabytes,
# one subdirectory per copy.
html_dir() {
	copies=$(( ($2 * 1000000 + src_bytes - 1) / src_bytes ))
	i=0
	while [ $i -lt $copies ]; do
		mkdir -p "$1/$i"
		for f in "$tmp/src"/*; do
			ln -s "$f" "$1/$i/${f##*/}"
		done
		i=$((i + 1))
	done
	echo $((copies * src_bytes))
}

# warc DIR_OF_PAGES FILE MB: a WARC.gz of 200 responses (one gzip member
# per record, a request record before each, as crawlers write them).
warc() {
	python3 - "$1" "$2" "$3" <<'PY'
import gzip, os, sys
src, out, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = sorted(os.listdir(src))
def rec(typ, uri, block, ctype):
    h = ("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\n"
         "WARC-Date: 2024-03-01T10:20:30Z\r\n"
         "Content-Type: %s\r\nContent-Length: %d\r\n\r\n"
         % (typ, uri, ctype, len(block)))
    return gzip.compress(h.encode() + block + b"\r\n\r\n", 1)
total, n = 0, 0
with open(out, "wb") as f:
    while total < mb * 1000000:
        for name in files:
            html = open(os.path.join(src, name), "rb").read()
            uri = "https://bench.example/%d/%s" % (n, name)
            f.write(rec("request", uri, b"GET / HTTP/1.1\r\n\r\n",
                        "application/http; msgtype=request"))
            f.write(rec("response", uri, b"HTTP/1.1 200 OK\r\n"
                        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
                        + html, "application/http; msgtype=response"))
            total += len(html)
            n += 1
print(total)
PY
}

# timed OUT CMD...: runs CMD, stdout to OUT; sets wall, cpu, rss (KB).
timed() {
	out=$1
	shift
	/usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$@" > "$out" \
	    2> "$tmp/err" || true
	set -- $(tail -n 1 "$tmp/time")
	wall=$1
	cpu=$(echo "$2 $3" | awk '{ print $1 + $2 }')
	rss=$4
}

# scaling NAME MB CMD...: -j 1 and -j JOBS runs of CMD, alternated
# REPEAT times, the fastest of each kept; one result line.
scaling() {
	name=$1
	mb=$2
	shift 2
	w1=999999 wj=999999 r=0
	while [ $r -lt "$repeat" ]; do
		timed "$tmp/out1" "$@" -j 1
		if awk -v a="$wall" -v b="$w1" 'BEGIN { exit !(a < b) }'; then
			w1=$wall c1=$cpu
		fi
		timed "$tmp/outj" "$@" -j "$jobs"
		if awk -v a="$wall" -v b="$wj" 'BEGIN { exit !(a < b) }'; then
			wj=$wall cj=$cpu
		fi
		if ! cmp -s "$tmp/out1" "$tmp/outj"; then
			echo "scale: $name: -j 1 and -j $jobs outputs differ" >&2
		fi
		r=$((r + 1))
	done
	awk -v n="$name" -v mb="$mb" -v w1="$w1" -v c1="$c1" -v wj="$wj" \
	    -v cj="$cj" -v j="$jobs" 'BEGIN {
		if (c1 <= 0) c1 = 0.01; if (wj <= 0) wj = 0.01
		printf "scale: %-12s %6.0f MB: %6.1f MB/s per core (-j 1: %.2f s, %.2f s CPU); -j %d: %.2f s, %.2f s CPU; speed-up %.2fx (goal >= 1.7)\n",
		    n, mb, mb / c1, w1, c1, j, wj, cj, w1 / wj
	}'
}

# Throughput inputs.
html_bytes=$(html_dir "$tmp/html" "$scale_mb")
warc_bytes=$(warc "$tmp/src" "$tmp/pages.warc.gz" "$scale_mb")
"$nf" ingest -q "$tmp/html" > "$tmp/one.jsonl"
one=$(wc -c < "$tmp/one.jsonl")
: > "$tmp/corpus.jsonl"
while [ "$(wc -c < "$tmp/corpus.jsonl")" -lt $((scale_mb * 1000000)) ]; do
	cat "$tmp/one.jsonl" >> "$tmp/corpus.jsonl"
done
corpus_bytes=$(wc -c < "$tmp/corpus.jsonl")
cut -d '"' -f 4 "$tmp/one.jsonl" | awk '{ printf "%s\tprotest-grievance\t%d\n", $1, NR % 2 }' > "$tmp/coded.tsv"

echo "scale: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
scaling "ingest html" "$(echo "$html_bytes" | awk '{ print $1 / 1e6 }')" \
    "$nf" ingest -q "$tmp/html"
scaling "ingest warc" "$(echo "$warc_bytes" | awk '{ print $1 / 1e6 }')" \
    "$nf" ingest -q "$tmp/pages.warc.gz"
scaling "terms" "$(echo "$corpus_bytes" | awk '{ print $1 / 1e6 }')" \
    "$nf" terms --ngram 1-2 "$tmp/corpus.jsonl"
scaling "frames" "$(echo "$corpus_bytes" | awk '{ print $1 / 1e6 }')" \
    "$nf" frames --by outlet -l "$lexicon" "$tmp/corpus.jsonl"
scaling "dedup" "$(echo "$corpus_bytes" | awk '{ print $1 / 1e6 }')" \
    "$nf" dedup "$tmp/corpus.jsonl"
scaling "kwic" "$(echo "$corpus_bytes" | awk '{ print $1 / 1e6 }')" \
    "$nf" kwic -l "$lexicon" "$tmp/corpus.jsonl"
scaling "validate" "$(echo "$corpus_bytes" | awk '{ print $1 / 1e6 }')" \
    "$nf" validate -l "$lexicon" "$tmp/coded.tsv" "$tmp/corpus.jsonl"
scaling "report" "$(echo "$corpus_bytes" | awk '{ print $1 / 1e6 }')" \
    "$nf" report -l "$lexicon" "$tmp/corpus.jsonl"
rm -rf "$tmp/html" "$tmp/pages.warc.gz" "$tmp/corpus.jsonl"

# Peak RSS of ingest -j JOBS on growing inputs: flat, not proportional.
first=
for mb in $rss_mb; do
	rm -rf "$tmp/big"
	bytes=$(html_dir "$tmp/big" "$mb")
	timed /dev/null "$nf" ingest -q -j "$jobs" "$tmp/big"
	awk -v mb="$mb" -v b="$bytes" -v rss="$rss" -v w="$wall" \
	    -v f="${first:-$rss}" -v j="$jobs" 'BEGIN {
		printf "scale: ingest -j %d peak RSS on %5.0f MB of HTML: %5.1f MB (%.0f s; %.2fx the smallest input)\n",
		    j, b / 1e6, rss / 1024, w, rss / f
	}'
	first=${first:-$rss}
done
rm -rf "$tmp/big"
