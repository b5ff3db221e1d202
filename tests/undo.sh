#!/bin/bash
# Every change is recorded (offset, before, after, rule, score) and can be undone.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: undo.sh ARKIVTEXT FIXTURE...
set -u
AT=$1; shift
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fails=0; n=0
ok() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fails=$((fails + 1)); fi; }
for fixture in "$@"; do
    name=$(basename "$fixture")
    "$AT" damage --mode ocr --seed 7 "$fixture" > "$dir/in.txt"
    for fmt in jsonl xml; do
        "$AT" normalize --changes "$dir/changes.$fmt" "$dir/in.txt" > "$dir/out.txt"
        ok "$name ($fmt): normalizer changed something" '[ -s "$dir/changes.$fmt" ] && ! cmp -s "$dir/in.txt" "$dir/out.txt"'
        "$AT" normalize --undo "$dir/changes.$fmt" "$dir/out.txt" > "$dir/back.txt"
        ok "$name ($fmt): undo restores the input byte for byte" 'cmp -s "$dir/in.txt" "$dir/back.txt"'
    done
    # Each JSON record's offset points at its 'before' in the input and its out_offset at 'after' in the output.
    ok "$name: offsets point at before and after" 'python3 - "$dir/in.txt" "$dir/out.txt" "$dir/changes.jsonl" <<PY
import json, sys
src = open(sys.argv[1], "rb").read(); out = open(sys.argv[2], "rb").read()
for line in open(sys.argv[3], encoding="utf-8"):
    c = json.loads(line)
    before = c["before"].encode() if "before" in c else bytes.fromhex(c["before_hex"])
    after = c["after"].encode()
    assert set(c) >= {"offset", "out_offset", "after", "rule", "score"}, c
    assert src[c["offset"]:c["offset"] + len(before)] == before, c
    assert out[c["out_offset"]:c["out_offset"] + len(after)] == after, c
    assert 0 <= c["score"] <= 1, c
PY'
done
"$AT" normalize --undo "$dir/changes.jsonl" /dev/null > /dev/null 2> "$dir/err"
ok "undo against the wrong text fails clearly" 'grep -q "does not match the text" "$dir/err"'
echo "1..$n"
[ $fails -eq 0 ]
