#!/bin/bash
# Every writer writes safely, whatever its output path names: a regular file is replaced atomically,
# a symbolic link is written through (the link stays), a FIFO and a device node are written through
# (never replaced), a folder is refused with one line, and `-` is standard output. Checked for the
# outputs of normalize (-o, --changes, --undo -o), extract (-o, XML and JSON), ocr (-o), dict learn (-o),
# damage (-o) and run (report files); and two inputs, or the text and its change log, that would be
# written to one file are refused before anything is written.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: write_targets.sh ARKIVTEXT MKPDF
set -u
AT=$(realpath "$1"); MKPDF=$(realpath "$2")
export SOURCE_DATE_EPOCH=1767225600   # the same processing time in every ALTO
dir=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$dir"' EXIT
cd "$dir"
fails=0; n=0
ok() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fails=$((fails + 1)); fi; }

printf 'Sodertorn ar en attraktiv del av regionen.\nKostnaden ar 120 000 kr.\n' > in.txt
python3 "$MKPDF" doc.pdf "Samverkan mellan kommunerna" "Beslutad 2021-03-18" > /dev/null
# A device node of our own (what /dev/null is) where the tool will write; /dev/null itself when mknod is not allowed.
mkdev() { mknod "$1" c 1 3 2>/dev/null || ln -s /dev/null "$1"; }

# targets LABEL TARGET COMMAND...: COMMAND writes TARGET (which lies under out/, made fresh for each case).
targets() {
    local label=$1 T=$2 rc ino
    shift 2
    fresh() { rm -rf out elsewhere fifo.out; mkdir -p out "$(dirname "$T")"; }
    fresh; "$@" > /dev/null 2>&1; cp "$T" ref.out 2>/dev/null || : > ref.out
    ok "$label: writes something to a new file" '[ -s ref.out ]'

    fresh; echo old > "$T"; chmod 600 "$T"; ino=$(stat -c %i "$T")
    "$@" > /dev/null 2> err; rc=$?
    ok "$label: an existing file is replaced atomically (new inode, same mode, no temporary left)" \
       '[ $rc -eq 0 ] && cmp -s "$T" ref.out && [ "$(stat -c %i "$T")" != "$ino" ] && [ "$(stat -c %a "$T")" = 600 ] &&
        [ -z "$(find "$(dirname "$T")" -name "*.tmp-*")" ]'

    fresh; echo old > elsewhere; ln -s "$dir/elsewhere" "$T"
    "$@" > /dev/null 2> err; rc=$?
    ok "$label: a symbolic link to a file is written through, the link stays" \
       '[ $rc -eq 0 ] && [ -L "$T" ] && [ "$(readlink "$T")" = "$dir/elsewhere" ] && cmp -s elsewhere ref.out'

    fresh; mkdir elsewhere; ln -s "$dir/elsewhere" "$T"
    "$@" > /dev/null 2> err; rc=$?
    ok "$label: a symbolic link to a folder is refused with one line" \
       '[ $rc -ne 0 ] && [ -L "$T" ] && [ -z "$(ls -A elsewhere)" ] && [ "$(grep -c "$(basename "$T").*symbolic link to a folder" err)" -eq 1 ]'

    fresh; mkfifo "$T"
    timeout 60 cat "$T" > fifo.out &
    local reader=$!
    "$@" > /dev/null 2> err; rc=$?
    wait $reader
    ok "$label: a FIFO is written through and stays a FIFO" '[ $rc -eq 0 ] && [ -p "$T" ] && cmp -s fifo.out ref.out'

    fresh; mkdev "$T"
    "$@" > /dev/null 2> err; rc=$?
    ok "$label: a device node is written through and stays one" '[ $rc -eq 0 ] && { [ -c "$T" ] || [ -L "$T" ]; }'

    fresh; mkdir "$T"
    "$@" > /dev/null 2> err; rc=$?
    ok "$label: a folder is refused with one line and left as it was" \
       '[ $rc -ne 0 ] && [ -d "$T" ] && [ -z "$(ls -A "$T")" ] && [ "$(grep -c "$(basename "$T"): is a folder" err)" -eq 1 ]'
}

targets "normalize -o" out/clean.txt "$AT" normalize -o out/clean.txt in.txt
targets "normalize --changes" out/changes.jsonl "$AT" normalize -o /dev/null --changes out/changes.jsonl in.txt
targets "extract -o" out/in.record.xml "$AT" extract -o out in.txt
targets "ocr -o (text)" out/doc.txt "$AT" ocr -o out doc.pdf
targets "ocr -o (ALTO)" out/doc.alto.xml "$AT" ocr -o out doc.pdf
"$AT" normalize -o u.txt --changes u.jsonl in.txt
targets "normalize --changes (XML)" out/changes.xml "$AT" normalize -o /dev/null --changes out/changes.xml in.txt
targets "normalize --undo -o" out/orig.txt "$AT" normalize --undo u.jsonl -o out/orig.txt u.txt
targets "extract -o (JSON)" out/in.record.json "$AT" extract -f json -o out in.txt
targets "dict learn -o" out/lex.lexicon "$AT" dict learn -o out/lex.lexicon in.txt
targets "damage -o" out/damaged.txt "$AT" damage --mode strip -o out/damaged.txt u.txt
targets "run (report.json)" out/report.json "$AT" run -j 1 --organisation "Huddinge kommun" -o out in.txt

# `-` is standard output.
"$AT" normalize in.txt > ref.txt
"$AT" normalize -o - in.txt > got.txt 2> err; rc=$?
ok "normalize -o - writes the text to standard output" '[ $rc -eq 0 ] && [ -s got.txt ] && cmp -s got.txt ref.txt && [ ! -e - ]'
"$AT" normalize -o ref.txt --changes ref.jsonl in.txt
"$AT" normalize -o /dev/null --changes - in.txt > got.jsonl 2> err; rc=$?
ok "normalize --changes - writes the change log to standard output" '[ $rc -eq 0 ] && [ -s got.jsonl ] && cmp -s got.jsonl ref.jsonl && [ ! -e - ]'
"$AT" normalize --changes - in.txt > /dev/null 2> err; rc=$?
ok "normalize --changes - with the text on standard output too is a usage error" '[ $rc -eq 2 ] && [ $(wc -l < err) -eq 1 ] && [ ! -e - ]'
"$AT" normalize --changes /dev/stdout -o /dev/null in.txt > got.jsonl 2> err; rc=$?
ok "normalize --changes /dev/stdout writes to standard output, /dev/stdout stays" \
   '[ $rc -eq 0 ] && cmp -s got.jsonl ref.jsonl && [ -L /dev/stdout ]'
"$AT" extract in.txt > ref.xml
"$AT" extract -o - in.txt > got.xml 2> err; rc=$?
ok "extract -o - writes the record to standard output" '[ $rc -eq 0 ] && [ -s got.xml ] && cmp -s got.xml ref.xml && [ ! -e - ]'
"$AT" ocr -o - doc.pdf > /dev/null 2> err; rc=$?
ok "ocr -o - is a usage error (several files per document)" '[ $rc -eq 2 ] && [ $(wc -l < err) -eq 1 ] && [ ! -e - ]'
"$AT" run --organisation X -o - in.txt > /dev/null 2> err; rc=$?
ok "run -o - is a usage error (a folder is needed)" '[ $rc -eq 2 ] && [ $(wc -l < err) -eq 1 ] && [ ! -e - ]'

"$AT" normalize --undo u.jsonl -o - u.txt > got.txt 2> err; rc=$?
ok "normalize --undo -o - writes the original to standard output" '[ $rc -eq 0 ] && cmp -s got.txt in.txt && [ ! -e - ]'
"$AT" damage --mode strip u.txt > ref.txt
"$AT" damage --mode strip -o - u.txt > got.txt 2> err; rc=$?
ok "damage -o - writes to standard output" '[ $rc -eq 0 ] && [ -s got.txt ] && cmp -s got.txt ref.txt && [ ! -e - ]'
"$AT" extract -f json in.txt > ref.json
"$AT" extract -f json -o - in.txt > got.json 2> err; rc=$?
ok "extract -f json -o - writes the record to standard output" '[ $rc -eq 0 ] && [ -s got.json ] && cmp -s got.json ref.json && [ ! -e - ]'

# The text and its change log in one file: one would overwrite the other, so neither is written.
rm -f same.txt; "$AT" normalize -o same.txt --changes ./same.txt in.txt 2> err; rc=$?
ok "normalize -o F --changes F is refused, nothing written" '[ $rc -eq 2 ] && [ ! -e same.txt ] && [ $(wc -l < err) -eq 1 ] && grep -q "both name" err'
echo old > same.txt; ln -sf same.txt same-link.txt
"$AT" normalize -o same.txt --changes same-link.txt in.txt 2> err; rc=$?
ok "normalize -o F --changes LINK-TO-F is refused, F left as it was" \
   '[ $rc -eq 2 ] && [ "$(cat same.txt)" = old ] && [ -L same-link.txt ] && [ $(wc -l < err) -eq 1 ]'

# Two inputs, one output name: refused before anything is written.
mkdir -p a b
cp in.txt a/plan.txt; cp in.txt b/plan.txt; printf 'Mal\tKostnad\nEtt\t100\n' > b/plan.tsv; cp doc.pdf a/scan.pdf; cp doc.pdf b/scan.pdf
rm -rf out; "$AT" extract -o out a/plan.txt b/plan.txt 2> err; rc=$?
ok "extract: a/plan.txt and b/plan.txt to one folder are refused, nothing written" \
   '[ $rc -eq 2 ] && [ ! -e out ] && [ $(wc -l < err) -eq 1 ] && grep -q "a/plan.txt and b/plan.txt" err'
rm -rf out; "$AT" normalize -o out a/plan.txt b/plan.txt 2> err; rc=$?
ok "normalize: a/plan.txt and b/plan.txt to one folder are refused, nothing written" \
   '[ $rc -eq 2 ] && [ ! -e out ] && [ $(wc -l < err) -eq 1 ]'
rm -rf out; "$AT" extract -f json -o out a/plan.txt b/plan.tsv 2> err; rc=$?
ok "extract: a/plan.txt and b/plan.tsv (one stem) to one folder are refused, nothing written" \
   '[ $rc -eq 2 ] && [ ! -e out ] && [ $(wc -l < err) -eq 1 ] && grep -q "plan.record.json" err'
rm -rf out; "$AT" ocr -o out a/scan.pdf b/scan.pdf 2> err; rc=$?
ok "ocr: a/scan.pdf and b/scan.pdf to one folder are refused, nothing written" \
   '[ $rc -eq 2 ] && [ ! -e out ] && [ $(wc -l < err) -eq 1 ]'

echo "1..$n"
[ $fails -eq 0 ]
