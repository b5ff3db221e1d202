#!/bin/bash
# A 50 MB single line is normalized in bounded memory.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: big_line.sh ARKIVTEXT
set -u
AT=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# 50 MB of stripped Swedish without a single line break.
phrase='Sodertorn ar en attraktiv del av regionen med over en halv miljon invanare och vara kommuner samverkar for att starka utvecklingen. '
yes "$phrase" | tr -d '\n' | head -c 52428800 > "$dir/big.txt"
/usr/bin/time -f '%M' -o "$dir/rss" "$AT" normalize -o "$dir/out.txt" "$dir/big.txt"; rc=$?
fails=0
[ $rc -eq 0 ] && echo "ok - 50 MB line normalized" || { echo "not ok - exit $rc"; fails=1; }
lines=$(wc -l < "$dir/out.txt")
[ "$lines" -eq 0 ] && echo "ok - still one line" || { echo "not ok - $lines line breaks appeared"; fails=1; }
head -c 200 "$dir/out.txt" | grep -q '^Södertörn är en attraktiv del av regionen med över en halv miljon invånare' \
    && echo "ok - repaired" || { echo "not ok - not repaired"; fails=1; }
rss=$(cat "$dir/rss")
echo "# peak RSS ${rss} KiB"
# Sanitizer builds carry shadow memory; the bound is for normal builds.
if [ -n "${AT_SANITIZED:-}" ] || [ "$rss" -lt 204800 ]; then echo "ok - peak RSS under 200 MB"; else echo "not ok - peak RSS ${rss} KiB"; fails=1; fi
echo 1..4
[ $fails -eq 0 ]
