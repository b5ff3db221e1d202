#!/bin/bash
# arkivtext run end to end on our own sample scans and texts: packages valid (xmllint against the
# schemas for METS, PREMIS, ALTO and our record), a failing document does not stop the others,
# a re-run skips finished documents, and runs killed with SIGKILL at random moments, then resumed,
# end with the same output as an uninterrupted run, byte for byte.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: run.sh ARKIVTEXT MKPAGE SCHEMAS_DIR FIXTURES_DIR
set -u
HERE=$(dirname "$(realpath "$0")")
AT=$(realpath "$1"); MK=$(realpath "$2"); S=$(realpath "$3"); F=$(realpath "$4")
export OMP_THREAD_LIMIT=1 SOURCE_DATE_EPOCH=1767225600   # 2026-01-01: every CREATED the same
dir=$(mktemp -d)
trap 'kill -9 $(jobs -p) 2>/dev/null; rm -rf "$dir"' EXIT
fails=0; n=0
ok() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fails=$((fails + 1)); fi; }
valid() { xmllint --nonet --noout --schema "$S/$1" "$2" 2>/dev/null; }

mkdir -p "$dir/in"
# The scan's first 16 lines, not a full page: no check reads its words, and a full page cost 4 s more of OCR
# under ASan each time a run reads it (the reference run, the killed ones and the resumed one).
head -n 16 "$F/samarbetsavtal_ostra.txt" > "$dir/avtal.txt"
"$MK" text --degrade skew --seed 5 "$dir/avtal.txt" "$dir/in/avtal.png" "$dir/gt1" > /dev/null
"$MK" table --seed 6 "$F/handlingsplan_tabell.tsv" "$dir/in/handlingsplan.png" "$dir/gt2" > /dev/null
cp "$F/tjansteutlatande_samverkan.txt" "$F/verksamhetsplan_2021.txt" "$F/handlingsplan_tabell.tsv" "$dir/in/"
head -c 3000 "$dir/in/avtal.png" > "$dir/in/trasig.png"     # a truncated scan
cd "$dir"

ARGS=(run -j 2 --organisation "Huddinge kommun" --submission-agreement "KS-2024/17")
run() { "$AT" "${ARGS[@]}" -o "$@" in; }

start=$(date +%s%N)
run ref > ref.log 2>&1; rc=$?
ref_ms=$(( ($(date +%s%N) - start) / 1000000 ))
ok "a run with one broken scan exits 1" '[ $rc -eq 1 ]'
ok "the broken scan gets one line naming it" 'grep -q "trasig.png.*truncated or corrupt" ref.log'
ok "the summary counts 5 ok and 1 failed" 'grep -q "6 documents: 5 ok (0 already done, [0-9] with warnings), 0 duplicates, 1 failed; 0 files skipped" ref.log'
ok "five packages" '[ $(ls -d ref/*uuid-* | wc -l) -eq 5 ]'
ok "report.json: 5 ok, 1 failed with its error" \
   'python3 -c "import json,sys; r=json.load(open(\"ref/report.json\")); t=r[\"totals\"]; sys.exit(0 if t[\"ok\"]==5 and t[\"failed\"]==1 and any(\"trasig\" in d[\"source\"] and d[\"error\"] for d in r[\"documents\"]) else 1)"'
all_valid=true
for p in ref/*uuid-*; do
    valid eark-mets-local.xsd "$p/METS.xml" && valid eark-mets-local.xsd "$p/representations/rep1/METS.xml" &&
        valid premis.xsd "$p/metadata/preservation/premis.xml" && valid arkivtext-record-1.xsd "$p/metadata/descriptive/record.xml" ||
        { all_valid=false; echo "# invalid: $p"; }
    for a in "$p"/representations/rep1/data/*.alto.xml; do valid alto-4-4.xsd "$a" || { all_valid=false; echo "# invalid: $a"; }; done
    [ "$(basename "$p")" = "$(xmllint --xpath 'string(/*[local-name()="mets"]/@OBJID)' "$p/METS.xml")" ] || all_valid=false
done
ok "every package: METS (eark-mets-local.xsd), PREMIS, ALTO and record valid; folder named after OBJID" '$all_valid'
erms_valid=true
for p in ref/*uuid-*; do
    valid ERMS_v3.xsd "$p/metadata/descriptive/erms.xml" && grep -q 'OTHERMDTYPE="ERMS"' "$p/METS.xml" ||
        { erms_valid=false; echo "# no valid ERMS document: $p"; }
done
ok "every package carries a CITS ERMS 3.0 document in its own dmdSec, valid against ERMS_v3.xsd" '$erms_valid'
untouched() { for p in ref/*uuid-*; do cmp -s in/avtal.png "$p/representations/rep1/data/avtal.png" && return 0; done; return 1; }
ok "the originals are in the packages untouched" 'untouched'
if "$AT" validate --help > /dev/null 2>&1; then
    "$AT" validate ref/*uuid-* > validate.log 2>&1; rc=$?
    ok "arkivtext validate accepts every package, without a warning (ERMS: schema and Schematron rules)" \
       '[ $rc -eq 0 ] && [ $(grep -c "valid (E-ARK SIP 2.1.0; 0 errors, 0 warnings" validate.log) -eq 5 ]'
    sed 's/^/# /' validate.log | tail -3
fi

run ref > rerun.log 2>&1
ok "a re-run skips the five finished documents" 'grep -q "5 ok (5 already done, [0-9] with warnings), 0 duplicates, 1 failed" rerun.log'

# Kill the run at random moments, resume each time, then finish.
RANDOM=42
clean=true
killed=0
for k in 1 2 3 4 5; do
    "$AT" "${ARGS[@]}" -o crash in > "crash$k.log" 2>&1 &   # directly, so that $! is arkivtext itself
    pid=$!
    # within a window that shrinks as less work is left: 90 %, 72 %, ... of an uninterrupted run
    pause_ms=$(( 100 + RANDOM * (ref_ms * 9 * (6 - k) / 50) / 32768 ))
    pause=$(printf '%d.%03d' $((pause_ms / 1000)) $((pause_ms % 1000)))
    sleep "$pause"
    if kill -9 $pid 2>/dev/null; then killed=$((killed + 1)); fi
    wait $pid 2>/dev/null
    echo "# kill $k after ${pause} s: $(ls -d crash/*uuid-* 2>/dev/null | wc -l) packages visible"
    # Whatever is visible must be whole: every package folder has a METS.xml whose files all exist.
    for p in crash/*uuid-*; do
        [ -e "$p" ] || continue
        [ -f "$p/METS.xml" ] && valid eark-mets-local.xsd "$p/METS.xml" || { clean=false; echo "# half package visible after kill $k: $p"; }
    done
done
# Once more, killed right after the journal recorded its first finished package (not when the first
# folder appears: under load the kill could fall between rename and journal, leaving none finished).
"$AT" "${ARGS[@]}" -o crash in > crash6.log 2>&1 &
pid=$!
python3 - "$pid" crash/journal.sqlite <<'POLL'
import os, sqlite3, sys, time
pid, journal = int(sys.argv[1]), sys.argv[2]
def alive():
    try: os.kill(pid, 0); return True
    except ProcessLookupError: return False
def done():
    try:
        db = sqlite3.connect(f"file:{journal}?mode=ro", uri=True, timeout=0.2)
        try: return db.execute("SELECT count(*) FROM documents WHERE state = 'done'").fetchone()[0]
        finally: db.close()
    except sqlite3.Error: return 0
while alive() and done() < 1: time.sleep(0.02)
POLL
kill -9 $pid 2>/dev/null && killed=$((killed + 1))
wait $pid 2>/dev/null
# Done is what the journal recorded: a package renamed into place just before the kill, but not yet
# journaled, is made again (byte-identical, checked below).
done_before=$(python3 -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM documents WHERE state = \x27done\x27").fetchone()[0])' crash/journal.sqlite)
echo "# kill 6 after the first package: $(ls -d crash/*uuid-* 2>/dev/null | wc -l) packages visible, $done_before done in the journal"
ok "runs were killed while working ($killed of 6, at least 2)" '[ $killed -ge 2 ]'
ok "after each SIGKILL, no half package is visible" '$clean'
run crash > final.log 2>&1
ok "the resumed run finishes (5 ok, 1 failed)" 'grep -q "5 ok (.*already done.*), 0 duplicates, 1 failed" final.log'
ok "it skipped the $done_before packages finished before the last kill" \
   '[ $done_before -ge 1 ] && grep -q "5 ok ($done_before already done," final.log'
ok "no temporary folders left" \
   '[ -z "$(ls -A crash | grep -v "__uuid-\|^journal.sqlite\|^report.json$\|^report.csv$\|^.arkivtext$\|^review$")" ] && [ -z "$(ls crash/.arkivtext | grep -v "__uuid-.*json$\|^run-options.ini$")" ]'
# The reports differ only where they should: a document done before the last kill is "already done".
ok "killed-and-resumed output equals the uninterrupted run, byte for byte (reports: but for \"already done\")" \
   'diff -r -x "journal.sqlite*" -x "report.*" ref crash > diff.log && python3 "$HERE/same_report.py" ref crash >> diff.log'
sed 's/^/# /' diff.log | head -10

# Packages as archives: --tar and --zip (the texts only, to keep it short); each valid as written.
mkdir texts && cp in/*.txt in/*.tsv texts/
for kind in tar zip; do
    "$AT" run --organisation "Huddinge kommun" --$kind -o "as-$kind" texts > "as-$kind.log" 2>&1
    "$AT" validate "as-$kind"/*uuid-*."$kind" > "validate-$kind.log" 2>&1; rc=$?
    ok "run --$kind: three .$kind packages, each valid without a warning" \
       '[ $rc -eq 0 ] && [ $(ls "as-$kind"/*uuid-*."$kind" | wc -l) -eq 3 ] && [ $(grep -c "valid (E-ARK SIP 2.1.0; 0 errors, 0 warnings" "validate-$kind.log") -eq 3 ]'
done

echo "1..$n"
[ $fails -eq 0 ]
