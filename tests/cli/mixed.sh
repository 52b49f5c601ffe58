# SPDX-License-Identifier: MIT
# Sourced by scale.t cases after tests/cli/fixtures.sh: makes $F/mixed, a
# directory of good and bad inputs of every kind ingest reads (pages,
# gzip, a tar.gz and a zip of pages, WARC.gz files whole and truncated,
# junk), so -j runs can be compared with a single-threaded run.

# warc_rec TYPE URI BLOCK_FILE: one gzip-member WARC record on stdout.
warc_rec() {
	printf 'WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2025-03-11T08:00:00Z\r\nContent-Type: application/http; msgtype=%s\r\nContent-Length: %d\r\n\r\n' \
	    "$1" "$2" "$1" "$(wc -c < "$3")" > "$F/rec.tmp"
	cat "$3" >> "$F/rec.tmp"
	printf '\r\n\r\n' >> "$F/rec.tmp"
	gzip -c -n "$F/rec.tmp"
}

# http_resp STATUS PAGE: an HTTP response holding PAGE, in $F/resp.tmp.
http_resp() {
	printf 'HTTP/1.1 %s\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n' \
	    "$1" "$(wc -c < "$2")" > "$F/resp.tmp"
	cat "$2" >> "$F/resp.tmp"
}

mkdir -p "$F/mixed/pages" "$F/mixed/bad"
cp -R corpora/sample/. "$F/mixed/pages/"
cp "$F/good.html" "$F/good.html.gz" "$F/short.html" "$F/mixed/"
cp "$F/empty.html" "$F/blank.html" "$F/junk.bin" "$F/truncated.html.gz" \
    "$F/corrupt.html.gz" "$F/doc.pdf" "$F/mixed/bad/"
(cd corpora/sample && tar -czf "$F/mixed/dump.tar.gz" vtr osrw)
(cd "$F" && zip -q -r "$F/mixed/pages.zip" good.html short.html empty.html)
printf 'GET / HTTP/1.1\r\n\r\n' > "$F/req.tmp"
n=0
for p in $(find corpora/sample -name '*.html' | sort | head -12) \
    "$F/short.html"; do
	n=$((n + 1))
	warc_rec request "https://crawl.example/$n" "$F/req.tmp"
	if [ $((n % 5)) = 0 ]; then
		http_resp '404 Not Found' "$p"
	else
		http_resp '200 OK' "$p"
	fi
	warc_rec response "https://crawl.example/$n" "$F/resp.tmp"
done > "$F/mixed/crawl.warc.gz"
head -c 3000 "$F/mixed/crawl.warc.gz" > "$F/mixed/bad/cut.warc.gz"
rm -f "$F/rec.tmp" "$F/resp.tmp" "$F/req.tmp"
