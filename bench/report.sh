#!/bin/sh
# SPDX-License-Identifier: MIT
# Benchmarks `newsframe report` on a generated corpus of 100,000 articles
# (about 200 words each from a 20,000-word vocabulary, 40 outlets in 4
# groups over a year, frame phrases and attributions sprinkled in, one in
# ten a near-copy of an earlier article). It times, single-threaded:
#   - frames: one pass over the corpus with the same lexicon;
#   - each analysis the report makes, as its own command (frames,
#     keyness --by outlet, dedup --by outlet, sources --by outlet): the
#     separate passes;
#   - report --format json (the one pass, no HTML) and report (HTML).
# The claim measured: the report costs one pass over the corpus plus
# rendering, not one pass per analysis: report/separate < 1, and
# report_html - report_json (the rendering) is small. Times are CPU
# seconds, one thread each.
# Usage: bench/report.sh [newsframe binary] [articles]
set -eu
NF=${1:-build/newsframe}
N=${2:-100000}
here=$(cd "$(dirname "$0")/.." && pwd)
LEX=$here/tests/fixtures/report/frames.nfl
dir=${TMPDIR:-/tmp}/nf-bench-report.$$
mkdir -p "$dir"
trap 'rm -rf "$dir"' EXIT INT TERM

python3 - "$dir/corpus.jsonl" "$N" <<'PY'
import itertools, json, random, sys
rnd = random.Random(11)
syll = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "dri", "ost"]
vocab = sorted({"".join(rnd.choice(syll) for _ in range(rnd.randint(1, 4)))
                for _ in range(40000)})[:20000]
cum = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(vocab))))
phrases = ["a color revolution", "foreign-backed groups", "peaceful protests",
           "fuel prices", "a terrorist plot", "a security threat",
           "foreign hostile forces"]
names = ["Dmitry Peskov", "Maria Zakharova", "Aigul Sarieva", "John Smith",
         "Reuters", "a source familiar with the talks"]
outlets = ["outlet%02d" % i for i in range(40)]
groups = ["state", "independent", "regional", "foreign"]
def sentence():
    words = rnd.choices(vocab, cum_weights=cum, k=rnd.randint(8, 18))
    if rnd.random() < 0.15:
        words.insert(rnd.randrange(len(words)), rnd.choice(phrases))
    s = " ".join(words).capitalize() + "."
    if rnd.random() < 0.08:
        s = '"%s," %s said.' % (s[:-1], rnd.choice(names))
    return s
arts = []
with open(sys.argv[1], "w") as f:
    for i in range(int(sys.argv[2])):
        if arts and rnd.random() < 0.1:
            base = list(rnd.choice(arts))
            base[rnd.randrange(len(base))] = sentence()
            base.append("Subscribe to our newsletter for more news.")
        else:
            base = [sentence() for _ in range(rnd.randint(10, 16))]
            if len(arts) < 5000:
                arts.append(base)
            else:
                arts[rnd.randrange(5000)] = base
        o = rnd.randrange(len(outlets))
        day = i * 365 // int(sys.argv[2])
        f.write(json.dumps({
            "id": "b%06d" % i, "url": "https://%s.example/%d" % (outlets[o], i),
            "outlet": outlets[o], "group": groups[o % 4],
            "published": "2024-%02d-%02d" % (1 + day // 31 % 12, 1 + day % 28),
            "lang": "en", "title": sentence()[:60],
            "text": "\n\n".join(" ".join(base[k:k + 4])
                                for k in range(0, len(base), 4))}) + "\n")
PY
size=$(du -m "$dir/corpus.jsonl" | cut -f1)
echo "corpus: $N articles, $size MB"

# CPU seconds (user + sys) and peak RSS of a command: the machine is
# shared, so wall time says more about the neighbours than about us.
t() {
	/usr/bin/time -f '%U %S %M' -o "$dir/time" "$@" >"$dir/out" \
	    2>"$dir/err" || { echo "failed: $*" >&2; cat "$dir/err" >&2; exit 1; }
	awk '{ printf "%.2f %d\n", $1 + $2, $3 / 1024 }' "$dir/time"
}

printf 'step\tcpu_seconds\tpeak_rss_mb\n'
row() {
	printf '%s\t%s\t%s\n' "$1" "${2% *}" "${2#* }"
}
sum=0
add() {
	sum=$(echo "$sum ${1% *}" | awk '{ print $1 + $2 }')
}
frames=$(t "$NF" frames -q -j 1 -l "$LEX" --by outlet "$dir/corpus.jsonl")
row frames "$frames"
add "$frames"
terms=$(t "$NF" keyness -q -j 1 --by outlet --stopwords auto \
    "$dir/corpus.jsonl")
row keyness "$terms"
add "$terms"
dedup=$(t "$NF" dedup -q --by outlet "$dir/corpus.jsonl")
row dedup "$dedup"
add "$dedup"
sources=$(t "$NF" sources -q -j 1 --by outlet "$dir/corpus.jsonl")
row sources "$sources"
add "$sources"
json=$(t "$NF" report -q -j 1 -l "$LEX" --format json "$dir/corpus.jsonl")
row report_json "$json"
html=$(t "$NF" report -q -j 1 -l "$LEX" -o "$dir/report.html" \
    "$dir/corpus.jsonl")
row report_html "$html"
printf 'separate passes\t%s\n' "$sum"
echo "${html% *} $sum ${frames% *} ${json% *} ${html#* }" | awk '{
	printf "ratio report / separate passes: %.2f (one pass: < 1)\n", \
	    $1 / $2
	printf "ratio report / frames pass: %.2f\n", $1 / $3
	printf "rendering (html - json): %.2f s\n", $1 - $4
	printf "report peak RSS: %d MB\n", $5 }'
printf 'report.html: %d KB\n' $(($(wc -c <"$dir/report.html") / 1024))
