#!/bin/bash
# Bad input gets one clear line naming the file and the problem, a non-zero
# exit, no partial output, and the rest of a batch still processed.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: bad_input.sh ARKIVTEXT
set -u
AT=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fails=0
check() { # name, condition (evaluated)
    if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fails=$((fails + 1)); fi
}

printf 'Sodertorn ar\xff stor\n' > "$dir/bad.txt"
"$AT" normalize "$dir/bad.txt" > "$dir/out" 2> "$dir/err"; rc=$?
check "invalid UTF-8 fails with exit 1 (an input failed), as in every command" '[ $rc -eq 1 ]'
check "invalid UTF-8 error names the file and byte offset" 'grep -q "bad.txt: invalid UTF-8 at byte 12$" "$dir/err"'
check "invalid UTF-8 error is one line" '[ $(wc -l < "$dir/err") -eq 1 ]'

"$AT" normalize --lenient "$dir/bad.txt" > "$dir/out" 2> "$dir/err"; rc=$?
check "--lenient succeeds" '[ $rc -eq 0 ]'
check "--lenient writes U+FFFD" 'grep -q "är� stor" "$dir/out"'
check "--lenient warns with the offset" 'grep -q "warning: .*invalid UTF-8 at byte 12" "$dir/err"'

printf 'PK\x03\x04\x00\x00binary' > "$dir/archive.txt"
"$AT" normalize "$dir/archive.txt" > "$dir/out" 2> "$dir/err"; rc=$?
check "binary input fails with exit 1" '[ $rc -eq 1 ]'
check "binary input: named by what it is, not a text file" 'grep -q "archive.txt: a ZIP archive, not a text file" "$dir/err"'

: > "$dir/empty.txt"
"$AT" normalize "$dir/empty.txt" > "$dir/out" 2> "$dir/err"; rc=$?
check "empty input succeeds" '[ $rc -eq 0 ]'
check "empty input gives empty output" '[ ! -s "$dir/out" ] && [ ! -s "$dir/err" ]'

printf '# test rules\nglyph ocr.x 0.5 "a(b" c\n' > "$dir/broken.rules"
"$AT" normalize --rules "$dir/broken.rules" "$dir/empty.txt" > "$dir/out" 2> "$dir/err"; rc=$?
check "broken rules fail with exit 3" '[ $rc -eq 3 ]'
check "broken rules: file:line:col" 'grep -q "broken.rules:2:21: bad pattern: missing closing parenthesis" "$dir/err"'
printf 'glyph ocr.x 2 a b\n' > "$dir/weight.rules"
"$AT" normalize --rules "$dir/weight.rules" "$dir/empty.txt" 2> "$dir/err"
check "bad weight: file:line:col" 'grep -q "weight.rules:1:13: weight must be" "$dir/err"'

printf 'Sodertorn ar stor.\n' > "$dir/good.txt"
"$AT" normalize -o "$dir/outdir" "$dir/good.txt" "$dir/bad.txt" "$dir/missing.txt" 2> "$dir/err"; rc=$?
check "batch with failures exits 1" '[ $rc -eq 1 ]'
check "batch: the good file is written" 'grep -q "Södertörn är stor." "$dir/outdir/good.txt"'
check "batch: no output for the bad file" '[ ! -e "$dir/outdir/bad.txt" ]'
check "batch: no temporary files left" '[ -z "$(ls "$dir/outdir" | grep tmp)" ]'
check "batch: one line per failure" '[ $(wc -l < "$dir/err") -eq 2 ]'

"$AT" normalize -o "$dir/single.txt" "$dir/bad.txt" 2> /dev/null
check "failed single file leaves no output" '[ ! -e "$dir/single.txt" ]'

echo "1..$(grep -c '^check ' "$0")"
[ $fails -eq 0 ]
