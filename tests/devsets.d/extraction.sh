#!/bin/sh
# Extraction quality on the two development sets in $1/data: the body text
# of extraction-dev (token 4-gram F1, precision, recall with
# eval/extract-eval; title, byline and publication day against its ground
# truth) and the must/must-not snippets, dates, titles and authors of
# extraction-snippets-dev (eval/snippet-eval). Prints the figures; fails
# when one drops below the floor reached (floor = figure reached - 0.005).
set -eu
shared=$1
: "${NEWSFRAME:=build/newsframe}"
dev=$shared/data/extraction-dev
snip=$shared/data/extraction-snippets-dev
for d in "$dev" "$snip"; do
	[ -d "$d" ] || { echo "extraction: $d missing"; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$NEWSFRAME" ingest -q "$dev/html" > "$tmp/dev.jsonl" 2>>"$tmp/stderr" || true
"$NEWSFRAME" ingest -q "$snip/html" > "$tmp/snip.jsonl" 2>>"$tmp/stderr" || true
python3 "$shared/eval/snippet-eval" "$snip/truth.json" "$tmp/snip.jsonl" \
	> "$tmp/snip.txt"
python3 - "$dev/ground-truth.json" "$tmp/dev.jsonl" "$tmp/pred.json" <<'PY'
import json, os, re, sys
truth = json.load(open(sys.argv[1], encoding="utf-8"))
recs = {}
for line in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(line)
    name = re.sub(r"\.html?(\.gz)?$", "", os.path.basename(r["source"]["path"]))
    recs[name] = r
json.dump({k: {"articleBody": r.get("text", "")} for k, r in recs.items()},
          open(sys.argv[3], "w", encoding="utf-8"))
norm = lambda s: re.sub(r"\s+", " ", s or "").strip()
hit = {"title": [0, 0], "byline": [0, 0], "date": [0, 0]}
for k, t in truth.items():
    r = recs.get(k, {})
    if t.get("title"):
        hit["title"][1] += 1
        hit["title"][0] += norm(t["title"]) == norm(r.get("title"))
    if t.get("byline"):
        hit["byline"][1] += 1
        want = norm(t["byline"]).lower()
        got = [norm(a).lower() for a in r.get("authors", [])]
        hit["byline"][0] += bool(got) and all(a in want for a in got)
    if t.get("publishedTime"):
        hit["date"][1] += 1
        hit["date"][0] += (r.get("published") or "")[:10] == t["publishedTime"][:10]
with open(sys.argv[3] + ".meta", "w") as f:
    for k, (a, n) in hit.items():
        f.write(f"{k} {a / n:.3f} {a}/{n}\n")
PY
python3 "$shared/eval/extract-eval" "$dev/ground-truth.json" "$tmp/pred.json" \
	> "$tmp/dev.txt"
python3 - "$tmp/dev.txt" "$tmp/pred.json.meta" "$tmp/snip.txt" <<'PY'
import re, sys
dev = dict(re.findall(r"^(\w+)\s+([0-9.]+)$", open(sys.argv[1]).read(), re.M))
meta = {l.split()[0]: (float(l.split()[1]), l.split()[2])
        for l in open(sys.argv[2])}
snip = open(sys.argv[3]).read()
prf = dict(re.findall(r"(precision|recall|f1)=([0-9.]+)", snip))
acc = dict(re.findall(r"(date \(day\)|title exact|authors) \d+/\d+ \(([0-9.]+)\)", snip))
figures = [
    ("extraction-dev text F1", float(dev["f1"]), 0.968),
    ("extraction-dev text precision", float(dev["precision"]), 0.979),
    ("extraction-dev text recall", float(dev["recall"]), 0.957),
    ("extraction-dev title exact", meta["title"][0], 0.769),
    ("extraction-dev byline", meta["byline"][0], 0.903),
    ("extraction-dev date (day)", meta["date"][0], 0.965),
    ("snippets text F1", float(prf["f1"]), 0.968),
    ("snippets text precision", float(prf["precision"]), 0.962),
    ("snippets text recall", float(prf["recall"]), 0.974),
    ("snippets date (day)", float(acc["date (day)"]), 0.913),
    ("snippets title exact", float(acc["title exact"]), 0.894),
    ("snippets authors", float(acc["authors"]), 0.897),
]
bad = 0
for name, got, floor in figures:
    mark = "" if got >= floor else "  BELOW FLOOR"
    bad += got < floor
    print(f"  {name:32} {got:.3f}  (floor {floor:.3f}){mark}")
sys.exit(1 if bad else 0)
PY
