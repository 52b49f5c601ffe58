# SPDX-License-Identifier: MIT
# Sourced by CLI test cases (". tests/cli/fixtures.sh" from the repository
# root): makes $F, a temporary directory of small ordinary and hostile
# inputs, removed when the case's shell exits. Big inputs are made only
# by the cases that call big_line or deep_nesting. Nothing big is
# committed.
F=$(mktemp -d "${TMPDIR:-/tmp}/nf-cli.XXXXXX")
trap 'rm -rf "$F"' EXIT

cat >"$F/good.html" <<'HTML'
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Fuel protest reaches the port | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<link rel="canonical" href="https://www.harbour-gazette.example/2025/03/10/fuel-protest">
<meta name="author" content="Lena Ostrova">
<meta property="article:published_time" content="2025-03-10T09:00:00+02:00">
</head>
<body>
<nav><a href="/">Home</a> <a href="/port">Port</a></nav>
<article>
<h1>Fuel protest reaches the port</h1>
<p>Dock workers in Ulvar stopped loading ships on Monday to protest against the rise in fuel prices, the harbour authority said.</p>
<p>"We will not work while our wages go into the tank," said Pavel Rusk, a crane operator who has worked at the port for twenty years.</p>
<p>The authority said that three ships were waiting outside the harbour and that talks with the union would continue on Tuesday.</p>
</article>
<footer>Harbour Gazette, all rights reserved</footer>
</body>
</html>
HTML
printf '<html><head><title>Short</title></head><body><p>Too short to keep.</p></body></html>\n' >"$F/short.html"
: >"$F/empty.html"
printf '  \n\t\n' >"$F/blank.html"
awk 'BEGIN { for (i = 0; i < 4096; i++) printf "%c", (i * 7 + 3) % 256 }' \
    >"$F/junk.bin"
gzip -c -n "$F/good.html" >"$F/good.html.gz"
head -c 300 "$F/good.html.gz" >"$F/truncated.html.gz"
printf '\037\213\010\000\000\000\000\000\000\003garbage, not deflate' \
    >"$F/corrupt.html.gz"
printf '%%PDF-1.4\n1 0 obj << >> endobj\n' >"$F/doc.pdf"

# A 10 MB page on one line.
big_line() {
	awk 'BEGIN {
		printf "<html><head><title>One line</title></head><body><p>"
		for (i = 0; i < 1120000; i++) printf "fuel and "
		printf "protest.</p></body></html>"
	}' >"$F/big-line.html"
}

# A page nested 10,000 elements deep.
deep_nesting() {
	awk 'BEGIN {
		printf "<html><head><title>Deep</title></head><body>"
		for (i = 0; i < 10000; i++) printf "<div>"
		printf "<p>Deep inside the page there is a short text.</p>"
		for (i = 0; i < 10000; i++) printf "</div>"
		printf "</body></html>\n"
	}' >"$F/deep.html"
}
