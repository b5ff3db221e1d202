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

# Over 1 MB through pipes both ways (the pieces after the first were logged at wrong offsets), with
# over 125 000 changes (undo was quadratic; bench/undo times it).
for i in $(seq 36); do cat "$@"; done > "$dir/clean.txt"
"$AT" damage --mode ocr --seed 11 "$dir/clean.txt" > "$dir/big.txt"
cat "$dir/big.txt" | "$AT" normalize --changes "$dir/big.jsonl" | cat > "$dir/big.out"
ok "a text over 1 MB normalized through a pipe has over 125 000 changes" \
   '[ $(stat -c %s "$dir/big.txt") -gt 2000000 ] && [ $(wc -l < "$dir/big.jsonl") -gt 125000 ]'
cat "$dir/big.out" | "$AT" normalize --undo "$dir/big.jsonl" | cat > "$dir/big.back"
ok "undo through a pipe restores it byte for byte" 'cmp -s "$dir/big.txt" "$dir/big.back"'

# A malformed log: one line naming the log and its line, a non-zero exit, nothing written.
good=$(head -1 "$dir/changes.jsonl")
malformed() { # what, the log's second line
    printf '%s\n%s\n' "$good" "$2" > "$dir/bad.jsonl"
    "$AT" normalize --undo "$dir/bad.jsonl" "$dir/out.txt" > "$dir/bad.out" 2> "$dir/bad.err"
    local rc=$?
    ok "malformed log ($1): exit $rc, one line naming bad.jsonl:2, no output" \
       '[ $rc -ne 0 ] && [ $(wc -l < "$dir/bad.err") -eq 1 ] && grep -q "bad.jsonl:2" "$dir/bad.err" && [ ! -s "$dir/bad.out" ]'
}
malformed "before is a number" '{"offset":0,"out_offset":0,"before":5,"after":"x"}'
malformed "before is null" '{"offset":0,"out_offset":0,"before":null,"after":"x"}'
malformed "after is an object" '{"offset":0,"out_offset":0,"before":"x","after":{}}'
malformed "no before" '{"offset":0,"out_offset":0,"after":"x"}'
malformed "before_hex is not hex" '{"offset":0,"out_offset":0,"before_hex":"zz1","after":"x"}'
malformed "out_offset is a string" '{"offset":0,"out_offset":"0","before":"x","after":"x"}'
malformed "out_offset is negative" '{"offset":0,"out_offset":-4,"before":"x","after":"x"}'
malformed "an array" '[1,2]'
malformed "not JSON" '{"offset":'
echo "1..$n"
[ $fails -eq 0 ]
