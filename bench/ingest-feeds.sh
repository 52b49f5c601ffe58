#!/bin/sh
# SPDX-License-Identifier: MIT
# Feed throughput against Python feedparser on the same files, in the same
# run: the feed suite of ../shared/data/feeds (596 small RSS/RDF/Atom
# files) plus 20 generated RSS 2.0 / Atom feeds of 200 items with HTML
# content, each tool parsing every file once in one process. Prints both
# times and the ratio (target: newsframe at least 20 times faster).
#
# usage: [REPEAT=N] bench/ingest-feeds.sh [SHARED_DIR]   (default ../shared)
set -eu
shared=${1:-../shared}
nf=${NEWSFRAME:-build/newsframe}
suite=$shared/data/feeds
[ -d "$suite" ] || { echo "bench/ingest-feeds.sh: no $suite" >&2; exit 2; }
# Debian's python3-feedparser lives in the system Python, which a pyenv
# or venv python3 first in PATH does not see.
py=python3
for p in python3 /usr/bin/python3; do
	if "$p" -c 'import feedparser' 2>/dev/null; then py=$p; break; fi
done
"$py" -c 'import feedparser' 2>/dev/null ||
	{ echo "bench/ingest-feeds.sh: python3-feedparser is not installed" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/feeds"
find "$suite" -name '*.xml' | sort | awk '{ printf "cp \"%s\" \"'"$tmp"'/feeds/s%04d.xml\"\n", $0, NR }' | sh
python3 - "$tmp/feeds" <<'PY'
import sys
out = sys.argv[1]
para = ("<p>The council voted on Tuesday to approve the budget, "
        "after a <b>long</b> debate &amp; several amendments.</p>") * 6
for k in range(20):
    if k % 2 == 0:
        items = "".join(
            "<item><title>Story %d-%d</title><link>https://news.example/%d/%d</link>"
            "<guid>https://news.example/%d/%d</guid>"
            "<pubDate>Tue, 05 Mar 2024 10:%02d:00 +0100</pubDate>"
            "<dc:creator>Jane Doe</dc:creator><category>Politics</category>"
            "<description><![CDATA[%s]]></description></item>\n"
            % (k, i, k, i, k, i, i % 60, para) for i in range(200))
        doc = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
               'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
               '<title>Example News</title><link>https://news.example/</link><language>en-us</language>'
               '%s</channel></rss>\n' % items)
    else:
        items = "".join(
            '<entry><title type="html">Story %d-%d</title>'
            '<link rel="alternate" href="https://news.example/a/%d/%d"/>'
            '<id>tag:news.example,2024:%d-%d</id>'
            '<published>2024-03-05T10:%02d:00+01:00</published>'
            '<author><name>John Roe</name></author><category term="World"/>'
            '<content type="html">%s</content></entry>\n'
            % (k, i, k, i, k, i, i % 60,
               para.replace("&", "&amp;").replace("<", "&lt;"))
            for i in range(200))
        doc = ('<?xml version="1.0" encoding="utf-8"?>\n'
               '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">'
               '<title>Example Wire</title>%s</feed>\n' % items)
    open("%s/g%02d.xml" % (out, k), "w").write(doc)
PY
# CPU time (user + system) of each side, the best of REPEAT runs (default
# 5) taken in turns, one of newsframe then one of feedparser: the machine
# is shared, and both sides are single-threaded. Taking turns gives both
# the same spells of load; three runs of each, one side after the other,
# let one busy second decide newsframe's figure (0.1 s a run against 2 s)
# and so the ratio, which then swung between 17x and 24x from run to run.
# The median of each side is printed too.
"$py" - "$nf" "$tmp/feeds" "${REPEAT:-5}" <<'PY'
import os, resource, subprocess, sys, time
import feedparser
nf, d, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
names = sorted(os.listdir(d))

def newsframe():
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([nf, "ingest", "-q", "-j", "1", d], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, out.count(b"\n")

def fp():
    t = time.process_time()
    n = 0
    for name in names:
        with open(os.path.join(d, name), "rb") as f:
            n += len(feedparser.parse(f.read()).entries)
    return time.process_time() - t, n

n_runs, p_runs = [], []
for _ in range(max(repeat, 1)):
    n_runs.append(newsframe())
    p_runs.append(fp())
n_runs.sort()
p_runs.sort()
(n_cpu, n_rec), (p_cpu, p_rec) = n_runs[0], p_runs[0]
n_med, p_med = n_runs[len(n_runs) // 2][0], p_runs[len(p_runs) // 2][0]
print("ingest-feeds: %d files; newsframe %.3f s CPU (median %.3f; %d records, "
      "%.0f items/s); feedparser %.2f s CPU (median %.2f; %d entries, "
      "%.0f items/s); ratio %.1fx (of medians %.1fx)"
      % (len(names), n_cpu, n_med, n_rec, n_rec / max(n_cpu, 1e-3), p_cpu,
         p_med, p_rec, p_rec / max(p_cpu, 1e-3), p_cpu / max(n_cpu, 1e-3),
         p_med / max(n_med, 1e-3)))
PY
