#!/bin/sh
# SPDX-License-Identifier: MIT
# The feed conformance suite (shared/data/feeds, 677 expectations from
# feedparser's tests): fails when fewer pass than the floor below, the
# level reached minus half a point.
# usage: tests/devsets.d/feeds.sh SHARED_DIR
set -u
shared=$1
floor=${FEEDS_FLOOR:-99.2}
: "${NEWSFRAME:=build/newsframe}"
out=$("$shared/eval/feed-check" --failures 0 2>&1)
status=$?
summary=$(printf '%s\n' "$out" | tail -n 1)
echo "feeds: $summary"
[ "$status" -eq 0 ] || { echo "feeds: feed-check exited $status"; exit 1; }
printf '%s\n' "$summary" | awk -v floor="$floor" '
	$2 == "passed," && $4 == "failed" {
		t = $1 + $3; rate = t ? 100 * $1 / t : 0
		printf "feeds: %.1f%% passed (floor %.1f%%)\n", rate, floor
		exit rate + 1e-9 < floor
	}
	{ exit 1 }'
