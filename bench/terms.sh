#!/bin/sh
# SPDX-License-Identifier: MIT
# Benchmarks `newsframe terms` (one core) on a generated JSONL corpus of
# MB megabytes (default 500) against the classic Unix pipeline
#   jq -r .text | tr -cs '[:alpha:]' '\n' | tr A-Z a-z | sort | uniq -c
# and scikit-learn's CountVectorizer (on the first SK_MB megabytes, default
# 200, since it holds every text and the whole matrix in memory; its ratio
# compares with terms on the same slice, which takes terms about 0.4 s:
# on 100 MB, GNU time's 10 ms steps were 5% of the ratio), and --ngram
# 1-3 against unigrams.
# Prints wall and CPU seconds (user + system, all processes of a pipeline),
# MB/s of CPU time, peak RSS (GNU time) and the ratios, which compare CPU
# time: the machine is shared, so wall time measures the neighbours too.
# Each run but the last is made ROUNDS times (default 3), the rounds in
# turn, and each side of a ratio is its best round: a neighbour's burst
# then slows one round, not the figure.
# Last, --ngram 1-3 again within --max-memory SPILL_MEM (default 64M), far
# below what its table takes: peak RSS with and without the limit, the
# CPU it costs, and a check that the output is the same.
#
# The corpus: 8,000 articles (English and Russian, ~2.5 KB each) built from
# a bank of 30,000 sentences over a 30,000-word Zipfian vocabulary, plus
# fresh sentences, repeated with new ids (and one new word per copy) until
# the size is reached. Built in $TMPDIR (default /tmp), removed at the end.
# Usage: bench/terms.sh [MB] [newsframe binary]   (default 500, build/newsframe)
set -eu
MB=${1:-500}
NF=${2:-build/newsframe}
SK_MB=${SK_MB:-200}
ROUNDS=${ROUNDS:-3}
SPILL_MEM=${SPILL_MEM:-64M}
# Debian's python3 (where python3-sklearn lives), not a user's own.
PY=${PYTHON:-/usr/bin/python3}
dir=${TMPDIR:-/tmp}/nf-bench-terms.$$
mkdir -p "$dir"
trap 'rm -rf "$dir"' EXIT INT TERM
export LC_ALL=C

$PY - "$dir/base.jsonl" <<'PY'
import itertools, json, random, sys
rnd = random.Random(11)
lat = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "dri", "ost"]
cyr = ["ка", "ло", "ми", "не", "ру", "са", "ти", "во", "зе", "па", "дри", "ост"]
def vocab(syl):
    return sorted({"".join(rnd.choice(syl) for _ in range(rnd.randint(1, 4)))
                   for _ in range(60000)})[:30000]
voc = {"en": vocab(lat), "ru": vocab(cyr)}
cum = {l: list(itertools.accumulate(1.0 / (i + 1) for i in range(len(v))))
       for l, v in voc.items()}
def sentence(lang):
    w = rnd.choices(voc[lang], cum_weights=cum[lang], k=rnd.randint(8, 20))
    w[0] = w[0].capitalize()
    return " ".join(w) + rnd.choice([".", ".", ".", "?", "!"])
bank = {l: [sentence(l) for _ in range(15000)] for l in voc}
bcum = list(itertools.accumulate(1.0 / (i + 1) ** 0.8 for i in range(15000)))
outlets = ["Agency %d" % i for i in range(40)]
with open(sys.argv[1], "w") as f:
    for i in range(8000):
        lang = "ru" if i % 3 == 0 else "en"
        sents = [sentence(lang) if rnd.random() < 0.1 else
                 rnd.choices(bank[lang], cum_weights=bcum)[0]
                 for _ in range(rnd.randint(10, 30))]
        paras = [" ".join(sents[j:j + 4]) for j in range(0, len(sents), 4)]
        f.write(json.dumps({"id": "b%d" % i, "outlet": rnd.choice(outlets),
            "lang": lang, "published": "2024-%02d-%02d" % (i % 12 + 1,
            i % 28 + 1), "title": sentence(lang), "text": "\n\n".join(paras)},
            ensure_ascii=False) + "\n")
PY
want=$((MB * 1024 * 1024))
i=0
: > "$dir/corpus.jsonl"
while [ "$(wc -c < "$dir/corpus.jsonl")" -lt "$want" ]; do
	sed -e "s/^{\"id\": \"b/{\"id\": \"r$i-/" \
	    -e "s/\"text\": \"/\"text\": \"w$i /" "$dir/base.jsonl" \
	    >> "$dir/corpus.jsonl"
	i=$((i + 1))
done
size=$(wc -c < "$dir/corpus.jsonl")
head -c $((SK_MB * 1024 * 1024)) "$dir/corpus.jsonl" | sed '$d' > "$dir/slice.jsonl"
slice=$(wc -c < "$dir/slice.jsonl")

# run LABEL CMD...: wall and CPU seconds and peak RSS (KB) of CMD.
run() {
	label=$1
	shift
	/usr/bin/time -f '%e %U %S %M' -o "$dir/$label.time" "$@" \
	    > "$dir/$label.out"
	read -r wall usr sys rss < "$dir/$label.time"
	echo "$label $wall $(echo "$usr $sys" | awk '{ print $1 + $2 }') $rss" \
	    >> "$dir/results"
}

round=0
while [ "$round" -lt "$ROUNDS" ]; do
	round=$((round + 1))
	run terms "$NF" terms -j 1 --stopwords none "$dir/corpus.jsonl"
	run pipeline sh -c "jq -r .text < '$dir/corpus.jsonl' | tr -cs '[:alpha:]' '\n' | tr A-Z a-z | sort | uniq -c"
	run terms_ngram13 "$NF" terms -j 1 --stopwords none --ngram 1-3 \
	    "$dir/corpus.jsonl"
	run terms_slice "$NF" terms -j 1 --stopwords none "$dir/slice.jsonl"
	if $PY -c 'import sklearn' 2>/dev/null; then
		run sklearn $PY -c '
import json, sys
from sklearn.feature_extraction.text import CountVectorizer
texts = [json.loads(l).get("text", "") for l in open(sys.argv[1], encoding="utf-8")]
v = CountVectorizer()
x = v.fit_transform(texts)
counts = x.sum(axis=0).A1
for t, i in sorted(v.vocabulary_.items()):
    print(counts[i], t)
' "$dir/slice.jsonl"
	else
		echo "sklearn - - -" >> "$dir/results"
	fi
done
run terms_spill "$NF" terms -j 1 --stopwords none --ngram 1-3 \
    --max-memory "$SPILL_MEM" --tmpdir "$dir" "$dir/corpus.jsonl"
cmp -s "$dir/terms_ngram13.out" "$dir/terms_spill.out" && same=yes || same=NO

awk -v size="$size" -v slice="$slice" -v mem="$SPILL_MEM" -v same="$same" \
    -v rounds="$ROUNDS" '
	# The best round of each run: the least CPU.
	!($1 in t) || ($3 != "-" && $3 + 0 < t[$1] + 0) {
		w[$1] = $2; t[$1] = $3; m[$1] = $4
	}
	function mbs(bytes, s) { return s > 0 ? bytes / 1048576 / s : 0 }
	END {
		printf "corpus %.0f MB, slice for scikit-learn %.0f MB; each run its best of %d rounds (terms_spill: one)\n\n",
		    size / 1048576, slice / 1048576, rounds
		printf "%-16s %9s %9s %11s %12s\n", "run", "wall s",
		    "CPU s", "MB/CPU s", "peak RSS MB"
		n = split("terms pipeline terms_ngram13 terms_slice sklearn terms_spill", k)
		for (i = 1; i <= n; i++) {
			if (!(k[i] in t) || t[k[i]] == "-")
				continue
			b = (k[i] ~ /slice|sklearn/) ? slice : size
			printf "%-16s %9.2f %9.2f %11.1f %12.1f\n", k[i],
			    w[k[i]], t[k[i]], mbs(b, t[k[i]]), m[k[i]] / 1024
		}
		printf "\npipeline / terms       %6.1fx CPU (target >= 5)\n",
		    t["pipeline"] / t["terms"]
		if (t["sklearn"] != "-" && t["sklearn"] != "")
			printf "scikit-learn / terms   %6.1fx CPU (target >= 20)\n",
			    t["sklearn"] / t["terms_slice"]
		printf "ngram 1-3 / unigram    %6.2fx CPU (target <= 3)\n",
		    t["terms_ngram13"] / t["terms"]
		printf "ngram 1-3 --max-memory %s: peak RSS %.0f MB (%.0f MB without), %.2fx CPU; same output: %s\n",
		    mem, m["terms_spill"] / 1024, m["terms_ngram13"] / 1024,
		    t["terms_spill"] / t["terms_ngram13"], same
	}' "$dir/results"
echo
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%dT%H:%MZ)"
