#!/bin/sh
# SPDX-License-Identifier: MIT
# Benchmarks dedup on generated corpora of 25,000, 50,000 and 100,000
# articles (about 250 words each, from a 20,000-word vocabulary; one in ten
# is a near-copy of an earlier article: a changed sentence and boilerplate
# added). Prints wall and CPU time, peak RSS, clusters, planted copies and
# copies found for each size, then the CPU ratio 100k/25k (4.0 would be
# linear; n^2 would be 16).
# Usage: bench/dedup.sh [newsframe binary]   (default build/newsframe)
set -eu
NF=${1:-build/newsframe}
dir=${TMPDIR:-/tmp}/nf-bench-dedup.$$
mkdir -p "$dir"
trap 'rm -rf "$dir"' EXIT INT TERM

python3 - "$dir" <<'PY'
import itertools, json, random, sys
rnd = random.Random(7)
syll = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "dri", "ost"]
vocab = sorted({"".join(rnd.choice(syll) for _ in range(rnd.randint(1, 4)))
                for _ in range(40000)})[:20000]
cum = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(vocab))))
def sentence():
    return " ".join(rnd.choices(vocab, cum_weights=cum, k=rnd.randint(8, 20))) + "."
def article():
    return [sentence() for _ in range(rnd.randint(12, 20))]
arts = []
planted = []
with open(sys.argv[1] + "/all.jsonl", "w") as f:
    for i in range(100000):
        if arts and rnd.random() < 0.1:
            planted.append(i)
            base = list(rnd.choice(arts))
            base[rnd.randrange(len(base))] = sentence()
            base.append("Subscribe to our newsletter for more news.")
        else:
            base = article()
            if len(arts) < 5000:
                arts.append(base)
            else:
                arts[rnd.randrange(5000)] = base
        day = 1 + i * 365 // 100000
        f.write(json.dumps({"id": "a%06d" % i, "outlet": "outlet%d" % rnd.randrange(50),
                            "published": "2024-%02d-%02d" % (1 + (day - 1) // 31 % 12, 1 + (day - 1) % 28),
                            "text": " ".join(base)}) + "\n")
with open(sys.argv[1] + "/planted", "w") as f:
    f.write("".join("%d\n" % i for i in planted))
PY
for n in 25000 50000 100000; do
	head -n "$n" "$dir/all.jsonl" > "$dir/c$n.jsonl"
done
# CPU seconds (user + system) are what scaling is judged on: wall time
# on a shared machine measures the neighbours too.
printf 'articles\twall_s\tcpu_s\tpeak_rss_mb\tclusters\tplanted\tcopies\n'
for n in 25000 50000 100000; do
	/usr/bin/time -f '%e %U %S %M' -o "$dir/time" "$NF" dedup -q \
	    "$dir/c$n.jsonl" > "$dir/out$n"
	set -- $(cat "$dir/time")
	cpu=$(awk -v u="$2" -v s="$3" 'BEGIN { printf "%.2f", u + s }')
	cl=$(awk -F'\t' 'NR > 1 { print $1 }' "$dir/out$n" | sort -u | wc -l)
	# Planted near-copies among the first n, and copies found.
	pl=$(awk -v n="$n" '$1 < n' "$dir/planted" | wc -l)
	cp=$(awk -F'\t' '$6 == "copy"' "$dir/out$n" | wc -l)
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$1" "$cpu" \
	    $(($4 / 1024)) "$cl" "$pl" "$cp"
	echo "$cpu" > "$dir/t$n"
done
awk -v a="$(cat "$dir/t25000")" -v b="$(cat "$dir/t100000")" \
    'BEGIN { printf "cpu ratio 100k/25k: %.2f (linear 4.00)\n", b / a }'
