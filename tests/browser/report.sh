#!/bin/sh
# SPDX-License-Identifier: MIT
# Real-browser test of `newsframe report`: headless Chromium loads the HTML
# report from file:// with every host unresolvable (so a fetch would fail
# and log), takes a screenshot and checks that the page is not blank, that
# the heatmap region is in colour, that it prints to PDF,
# that the browser's DOM holds every chart and heatmap cell, and that the
# console logged no error.
#
# Usage: tests/browser/report.sh NEWSFRAME [REPORT.html]
# Without REPORT.html it writes one from tests/fixtures/report/. Skips,
# saying so, when Chromium is not installed. Exit 1 on failure.
set -u
nf=${1:?usage: report.sh NEWSFRAME [REPORT.html]}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

browser=
for b in chromium chromium-browser google-chrome; do
	if command -v "$b" >/dev/null 2>&1; then
		browser=$b
		break
	fi
done
if [ -z "$browser" ]; then
	echo "browser: SKIPPED: Chromium is not installed (make deps installs it)"
	exit 0
fi

if [ $# -lt 2 ] && ! "$nf" frames -h >/dev/null 2>&1; then
	echo "browser: SKIPPED: this build has no frames command, so no heatmap"
	exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
failed=0 passed=0
ok() { passed=$((passed + 1)); echo "ok $*"; }
fail() { failed=$((failed + 1)); echo "not ok $*"; }

if [ $# -ge 2 ]; then
	html=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
else
	html=$tmp/report.html
	fx=$root/tests/fixtures/report
	if ! "$nf" report -q -l "$fx/frames.nfl" --by group \
	    --title "Browser test" -o "$html" "$fx/corpus.jsonl"; then
		echo "not ok newsframe report failed"
		echo "browser: 0 passed, 1 failed"
		exit 1
	fi
fi

# Flags: no GPU, sandbox or first-run work; no network of any kind.
shot() {
	name=$1
	shift
	"$browser" --headless --no-sandbox --disable-gpu --disable-quic \
	    --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync \
	    --host-resolver-rules="MAP * ~NOTFOUND" \
	    --user-data-dir="$tmp/profile-$name" --enable-logging=stderr \
	    --v=0 --window-size=1200,2000 "$@" 2>"$tmp/log-$name" \
	    >"$tmp/out-$name"
}

if shot top --screenshot="$tmp/top.png" "file://$html" &&
    [ -s "$tmp/top.png" ]; then
	ok "screenshot taken"
else
	fail "screenshot taken"
	sed 's/^/    /' "$tmp/log-top" | tail -5
fi

# Not blank: many colours and a fair amount of ink on the page.
if [ -s "$tmp/top.png" ] &&
    python3 "$here/png.py" stats "$tmp/top.png" >"$tmp/stats" &&
    awk '{ exit !($2 >= 50 && $4 >= 0.01) }' "$tmp/stats"; then
	ok "page is not blank ($(cat "$tmp/stats"))"
else
	fail "page is not blank ($(cat "$tmp/stats" 2>/dev/null))"
fi

# The heatmap region: the cells' colours (ColorBrewer YlGnBu, drawn flat)
# are on screen, at least three of them over whole cells, in one block.
if [ -s "$tmp/top.png" ] &&
    python3 "$here/png.py" find "$tmp/top.png" ffffd9 edf8b1 c7e9b4 \
    7fcdbb 41b6c4 1d91c0 225ea8 253494 081d58 >"$tmp/heat" &&
    awk '$1 == "box" { w = $4 - $2; h = $5 - $3; next }
	$2 >= 500 { n++ }
	END { exit !(n >= 3 && w >= 100 && h >= 30) }' "$tmp/heat"; then
	ok "heatmap region is in colour ($(grep box "$tmp/heat"))"
else
	fail "heatmap region is in colour"
	sed 's/^/    /' "$tmp/heat" 2>/dev/null
fi

# The DOM as Chromium built it: every chart, every cell.
shot dom --dump-dom "file://$html"
want_svg=$(grep -c '<svg ' "$html")
got_svg=$(grep -o '<svg ' "$tmp/out-dom" | wc -l)
want_cells=$(grep -o 'class="cell"' "$html" | wc -l)
got_cells=$(grep -o '<rect class="cell"' "$tmp/out-dom" | wc -l)
if [ "$want_svg" -gt 0 ] && [ "$got_svg" -eq "$want_svg" ] &&
    [ "$want_cells" -gt 0 ] && [ "$got_cells" -eq "$want_cells" ]; then
	ok "DOM has $got_svg charts and $got_cells heatmap cells"
else
	fail "DOM has $got_svg of $want_svg charts, $got_cells of" \
	    "$want_cells heatmap cells"
fi

# It prints: Chromium's print path (the print style sheet) makes a PDF.
shot pdf --print-to-pdf="$tmp/report.pdf" --no-pdf-header-footer \
    "file://$html"
pages=0
if [ -s "$tmp/report.pdf" ] && [ "$(head -c 5 "$tmp/report.pdf")" = "%PDF-" ]; then
	pages=$(grep -a -o '/MediaBox' "$tmp/report.pdf" | wc -l)
fi
if [ "$pages" -gt 0 ]; then
	ok "prints to PDF ($pages pages)"
else
	fail "prints to PDF"
fi

# No console message of any kind (errors, failed loads, CSP, ...).
if grep -h 'CONSOLE\|Failed to load\|net::ERR' "$tmp"/log-* >"$tmp/console"; then
	fail "no console errors"
	sed 's/^/    /' "$tmp/console" | head -10
else
	ok "no console errors"
fi

if [ -n "${REPORT_SCREENSHOT:-}" ]; then
	cp "$tmp/top.png" "$REPORT_SCREENSHOT"
fi
echo "browser: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
