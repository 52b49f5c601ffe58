#!/bin/sh
# Writes the hostile inputs of tests/cli/hostile.t into DIR, generated at
# test time so no big or dangerous file is kept in the repository.
# Usage: sh tests/hostile/make-inputs.sh DIR SET...
set -e
dir=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
for set in "$@"; do
	python3 "$here/inputs.py" "$dir" "$set"
done
