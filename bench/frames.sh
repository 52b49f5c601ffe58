#!/bin/sh
# SPDX-License-Identifier: MIT
# Benchmarks frames: the same generated corpus (SIZE megabytes, default
# 200; English and Russian words, the lexicons' words sprinkled in) with a
# 10-entry and a 2,000-entry lexicon (words, phrases and globs in 10
# frames). The 2,000-entry run should take at most 1.5 times the 10-entry
# run: lexicon matching walks one token trie, so its cost per token does
# not grow with the entries. Then grep counting the same literal entries
# on the same file, as ratios newsframe / grep: grep -c -i -E -w (lines,
# i.e. articles, with a match) and grep -o -i -F -w | wc -l (matches; -F,
# grep's fastest path for a word list: -E takes minutes per 100 MB with
# 1,600 alternatives). grep sees bytes: it does not fold Cyrillic case
# outside UTF-8 locales, knows no inflection, phrases across line breaks,
# sentences or overlaps, so it counts less than frames; it is the floor.
# Times are CPU seconds, so a busy machine does not skew the ratios.
# Usage: bench/frames.sh [SIZE_MB [newsframe binary]]
set -eu
SIZE=${1:-200}
NF=${2:-build/newsframe}
dir=${TMPDIR:-/tmp}/nf-bench-frames.$$
mkdir -p "$dir"
trap 'rm -rf "$dir"' EXIT INT TERM

python3 - "$dir" "$SIZE" <<'PY'
import json, random, sys
out, size = sys.argv[1], int(sys.argv[2]) * 1000 * 1000
rnd = random.Random(11)
lat = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "dri", "ost"]
cyr = ["ка", "ло", "ми", "не", "ру", "са", "ти", "во", "зе", "па", "дри", "ост"]
def words(syl, n):
    return sorted({"".join(rnd.choice(syl) for _ in range(rnd.randint(2, 4)))
                   for _ in range(n * 2)})[:n]
vocab = words(lat, 15000) + words(cyr, 15000)
# The big lexicon: 2,000 entries in 10 frames; a third are two-word
# phrases, a fifth globs (a word and its endings); the small one keeps
# the first entry of each frame. Their words are made of other syllables
# than the text's, so they occur where they are sprinkled in.
rare = (words(["xu", "qe", "wy", "jo", "fi", "bu", "hy", "gu"], 1100) +
        words(["щу", "жэ", "фы", "юх", "ця", "шо", "хю", "гэ"], 1100))
rnd.shuffle(rare)
entries, lit = [], []
for i in range(2000):
    w = rare[i]
    if i % 5 == 1:
        e = w + "*"
    elif i % 3 == 2:
        e = w + " " + rare[(i * 7) % len(rare)]
        lit.append(e)
    else:
        e = w
        lit.append(e)
    entries.append(e)
def lexicon(path, n):
    with open(path, "w") as f:
        for fr in range(10):
            f.write("[frame%d]\n= Generated frame %d.\n" % (fr, fr))
            for e in entries[fr::10][:n]:
                f.write(e + "\n")
lexicon(out + "/small.nfl", 1)
lexicon(out + "/big.nfl", 200)
with open(out + "/small.lit", "w") as f:
    f.write("\n".join(e for e in entries[:10] if "*" not in e) + "\n")
with open(out + "/big.lit", "w") as f:
    f.write("\n".join(lit) + "\n")
# A 20 MB block, repeated to the size asked.
sprinkle = [e.replace("*", "ami") for e in entries]
block, n = [], 0
while n < 20 * 1000 * 1000:
    sents = []
    for _ in range(rnd.randint(10, 25)):
        ws = rnd.choices(vocab, k=rnd.randint(6, 18))
        if rnd.random() < 0.3:
            ws.insert(rnd.randrange(len(ws)), rnd.choice(sprinkle))
        sents.append(" ".join(ws).capitalize() + ".")
    line = json.dumps({"id": "b%07d" % len(block), "outlet": "o%d" % rnd.randrange(40),
                       "published": "2024-%02d-%02d" % (rnd.randint(1, 12), rnd.randint(1, 28)),
                       "title": " ".join(rnd.choices(vocab, k=6)),
                       "text": " ".join(sents)}, ensure_ascii=False) + "\n"
    block.append(line)
    n += len(line.encode())
data = "".join(block).encode()
with open(out + "/corpus.jsonl", "wb") as f:
    left = size
    while left > 0:
        f.write(data[:left])
        left -= len(data)
PY
# A cut block may end mid-line: keep whole lines only.
tail -c 1 "$dir/corpus.jsonl" | od -An -c | grep -q '\\n' ||
    sed -i '$d' "$dir/corpus.jsonl"
mb=$(( $(wc -c < "$dir/corpus.jsonl") / 1000000 ))

# CPU seconds (user + system, all processes of a pipeline): the machine
# may be shared, and wall time would measure the neighbours too.
cpu() {
	awk '{ printf "%.2f", $1 + $2 }' "$dir/time"
}
secs() {
	/usr/bin/time -f '%U %S' -o "$dir/time" "$@" > "$dir/out" 2>/dev/null ||
	    true
	cpu
}
printf 'run\tentries\tcpu_s\tMB/cpu_s\n'
# frames: three runs of each lexicon, alternating, and the median of each,
# as one run's CPU time varies by a tenth on a shared machine.
for i in 1 2 3; do
	for lx in small big; do
		secs "$NF" frames -j 1 -q -l "$dir/$lx.nfl" "$dir/corpus.jsonl" \
		    >> "$dir/runs_$lx"
		echo >> "$dir/runs_$lx"
	done
done
for lx in small big; do
	n=$(grep -cv -e '^\[' -e '^=' "$dir/$lx.nfl")
	t=$(sort -n "$dir/runs_$lx" | sed -n 2p)
	echo "$t" > "$dir/t_$lx"
	awk -v t="$t" -v n="$n" -v mb="$mb" -v l="$lx" \
	    'BEGIN { printf "frames %s\t%d\t%.2f\t%.1f\n", l, n, t, mb / t }'
done
for lx in small big; do
	n=$(wc -l < "$dir/$lx.lit")
	t=$(secs grep -c -i -E -w -f "$dir/$lx.lit" "$dir/corpus.jsonl")
	echo "$t" > "$dir/gc_$lx"
	awk -v t="$t" -v n="$n" -v mb="$mb" -v l="$lx" \
	    'BEGIN { printf "grep -c %s\t%d\t%.2f\t%.1f\n", l, n, t, mb / t }'
	/usr/bin/time -f '%U %S' -o "$dir/time" sh -c \
	    'grep -o -i -F -w -f "$1" "$2" | wc -l' sh "$dir/$lx.lit" \
	    "$dir/corpus.jsonl" > /dev/null
	t=$(cpu)
	echo "$t" > "$dir/go_$lx"
	awk -v t="$t" -v n="$n" -v mb="$mb" -v l="$lx" \
	    'BEGIN { printf "grep -o %s\t%d\t%.2f\t%.1f\n", l, n, t, mb / t }'
done
awk -v s="$(cat "$dir/t_small")" -v b="$(cat "$dir/t_big")" \
    -v cs="$(cat "$dir/gc_small")" -v cb="$(cat "$dir/gc_big")" \
    -v os="$(cat "$dir/go_small")" -v ob="$(cat "$dir/go_big")" 'BEGIN {
	printf "ratio frames 2000/10 entries: %.2f (goal <= 1.50)\n", b / s
	printf "ratio frames / grep -c: %.2f (10 entries), %.2f (2000)\n", \
	    s / cs, b / cb
	printf "ratio frames / grep -o: %.2f (10 entries), %.2f (2000)\n", \
	    s / os, b / ob
	exit (b / s <= 1.5 ? 0 : 1)
}'
