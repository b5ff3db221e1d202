#!/bin/bash
# The real OCR documents 002 and 003 (../shared/corpus, not shipped: skipped when absent).
# No gold exists; we check that the classes of damage seen there are repaired:
# marker words of each class must (nearly) disappear and their repairs appear.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: corpus.sh ARKIVTEXT CORPUS_DIR
set -u
AT=$1; corpus=$2
if [ ! -d "$corpus" ] || ! ls "$corpus"/002_*.txt >/dev/null 2>&1; then
    echo "1..0 # SKIP $corpus not present"
    exit 0
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
n=0; fails=0
for doc in "$corpus"/002_*.txt "$corpus"/003_*.txt; do
    "$AT" normalize --stats "$doc" > "$dir/out" 2> "$dir/stats"
    sed 's/^/# /' "$dir/stats"
    # marker (damaged reading) and what it must become (an extended regex), one pair a line
    while read -r bad good; do
        before=$(grep -ow -- "$bad" "$doc" | wc -l)
        [ "$before" -ge 2 ] || continue
        after=$(grep -ow -- "$bad" "$dir/out" | wc -l)
        fixed=$(grep -owE -- "$good" "$dir/out" | wc -l)
        n=$((n + 1))
        if [ "$after" -le $((before / 10)) ] && [ "$fixed" -ge $((before - after)) ]; then
            echo "ok $n - $(basename "$doc"): '$bad' $before -> $after, '$good' now $fixed"
        else
            echo "not ok $n - $(basename "$doc"): '$bad' $before -> $after, '$good' now $fixed"; fails=$((fails + 1))
        fi
    done <<'PAIRS'
Sodertorn Södertörn
ar är|år
pa på
fran från
6ver över
mal mål
Sodertorns Södertörns
naringsliv näringsliv
Hogskola Högskola
PAIRS
done
echo "1..$n"
[ $fails -eq 0 ]
