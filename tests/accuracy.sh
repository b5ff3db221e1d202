#!/bin/bash
# Accuracy of the normalizer on our own fixtures, damaged two ways:
#   strip: every diacritic removed        target >= 97 % restored, <= 0.3 % of intact words harmed
#   ocr:   simulated OCR confusions       target >= 95 % restored, <= 0.5 % harmed
# Prints the figures (CER/WER before and after) and checks the targets.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: accuracy.sh ARKIVTEXT FIXTURE...
set -u
AT=$1; shift
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fails=0; n=0
for mode in strip ocr; do
    : > "$dir/gold"; : > "$dir/ocr"; : > "$dir/hyp"
    for f in "$@"; do
        "$AT" damage --mode "$mode" --seed 2026 "$f" > "$dir/one.ocr" || exit 1
        "$AT" normalize "$dir/one.ocr" > "$dir/one.hyp" || exit 1
        cat "$f" >> "$dir/gold"; echo >> "$dir/gold"
        cat "$dir/one.ocr" >> "$dir/ocr"; echo >> "$dir/ocr"
        cat "$dir/one.hyp" >> "$dir/hyp"; echo >> "$dir/hyp"
    done
    "$AT" eval --gold "$dir/gold" "$dir/ocr" | sed "s/^/# $mode, before: /"
    "$AT" eval --gold "$dir/gold" --ocr "$dir/ocr" "$dir/hyp" | sed "s/^/# $mode, after:  /"
    "$AT" eval --json --gold "$dir/gold" --ocr "$dir/ocr" "$dir/hyp" > "$dir/$mode.json"
    case $mode in strip) want_fixed=0.97 max_harm=0.003 ;; ocr) want_fixed=0.95 max_harm=0.005 ;; esac
    n=$((n + 1))
    if python3 -c "
import json, sys
r = json.load(open('$dir/$mode.json'))
sys.exit(0 if r['fixed_rate'] >= $want_fixed and r['harmed_rate'] <= $max_harm else 1)"; then
        echo "ok $n - $mode: restored and harmed within target"
    else
        echo "not ok $n - $mode: restored below $want_fixed or harmed above $max_harm"; fails=$((fails + 1))
    fi
done
echo "1..$n"
[ $fails -eq 0 ]
