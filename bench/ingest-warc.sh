#!/bin/sh
# SPDX-License-Identifier: MIT
# Ingest throughput on a web archive: builds a WARC.gz (one gzip member per
# record, as crawlers write them) from the extraction-dev pages, each page
# a 200 response, with request and metadata records between them as real
# crawls have, repeated until the archive holds about 1000 pages; then
# times `newsframe ingest` over it and prints MB/s of compressed input and
# pages/s.
#
# usage: bench/ingest-warc.sh [SHARED_DIR]   (default ../shared)
set -eu
shared=${1:-../shared}
nf=${NEWSFRAME:-build/newsframe}
pages=$shared/data/extraction-dev/html
[ -d "$pages" ] || { echo "bench/ingest-warc.sh: no $pages" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
python3 - "$pages" "$tmp/pages.warc.gz" <<'PY'
import gzip, os, sys, uuid
src, out = sys.argv[1], sys.argv[2]
files = sorted(os.listdir(src))
def rec(typ, uri, block, ctype):
    h = ("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\n"
         "WARC-Date: 2024-03-01T10:20:30Z\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"
         "Content-Type: %s\r\nContent-Length: %d\r\n\r\n"
         % (typ, uri, uuid.uuid4(), ctype, len(block)))
    return gzip.compress(h.encode() + block + b"\r\n\r\n")
with open(out, "wb") as f:
    n = 0
    while n < 1000:
        for name in files:
            html = gzip.decompress(open(os.path.join(src, name), "rb").read())
            uri = "https://bench.example/%d/%s" % (n, name[:-3])
            f.write(rec("request", uri, b"GET / HTTP/1.1\r\n\r\n",
                        "application/http; msgtype=request"))
            f.write(rec("response", uri, b"HTTP/1.1 200 OK\r\n"
                        b"Content-Type: text/html; charset=utf-8\r\n"
                        b"Content-Length: %d\r\n\r\n" % len(html) + html,
                        "application/http; msgtype=response"))
            f.write(rec("metadata", uri, b"fetchTimeMs: 12\r\n",
                        "application/warc-fields"))
            n += 1
PY
size=$(wc -c < "$tmp/pages.warc.gz")
# Wall and CPU time (user + system): the machine may be shared.
/usr/bin/time -f '%e %U %S' -o "$tmp/time" \
    "$nf" ingest -q "$tmp/pages.warc.gz" > "$tmp/out.jsonl" || true
recs=$(wc -l < "$tmp/out.jsonl")
awk -v b="$size" -v r="$recs" '{
	wall = $1; cpu = $2 + $3
	if (wall <= 0) wall = 0.001
	if (cpu <= 0) cpu = 0.001
	printf "ingest-warc: %.1f MB compressed, 1000 pages, %d records; wall %.2f s (%.1f MB/s, %.0f pages/s); CPU %.2f s (%.1f MB/s, %.0f pages/s)\n",
	    b / 1e6, r, wall, b / 1e6 / wall, 1000 / wall, cpu, b / 1e6 / cpu,
	    1000 / cpu
}' "$tmp/time"
