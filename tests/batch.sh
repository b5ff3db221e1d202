#!/bin/bash
# A shared batch on the default SQLite journal: run --enqueue, two run --worker processes at once give
# the packages a single run gives, byte for byte; status counts them; bad setups get one line and
# claim nothing (no batch in the folder, another batch's folder, a journal of a newer schema, options
# a worker must not be given); a journal of the earlier schema is upgraded and keeps what was done.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: batch.sh ARKIVTEXT FIXTURES_DIR
set -u
AT=$(realpath "$1"); F=$(realpath "$2")
export OMP_THREAD_LIMIT=1 SOURCE_DATE_EPOCH=1767225600
dir=$(mktemp -d)
trap 'kill -9 $(jobs -p) 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$dir"' EXIT
cd "$dir"
fails=0; n=0
ok() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fails=$((fails + 1)); fi; }
sql() { python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); r=c.execute(sys.argv[2]).fetchall(); c.commit(); print("\n".join("|".join(map(str, x)) for x in r))' "$@"; }
one_line() { [ "$(wc -l < "$1")" -eq 1 ] && grep -q "$2" "$1"; }

mkdir in
cp "$F"/*.txt "$F/handlingsplan_tabell.tsv" in/
docs=$(ls in | wc -l)
ARGS=(--organisation "Huddinge kommun" --submission-agreement "KS-2024/17")

"$AT" run --enqueue "$dir"/in/* -o shared "${ARGS[@]}" > enqueue.log 2>&1; rc=$?
ok "enqueue registers every document and processes none" \
   '[ $rc -eq 0 ] && grep -q "^arkivtext run: $docs documents queued (0 already done)" enqueue.log && [ -z "$(ls -d shared/*uuid-* 2>/dev/null)" ]'
ok "the batch file names the batch and the options every worker uses" \
   'grep -q "^id=" shared/arkivtext-batch.ini && grep -q "^options=--organisation;Huddinge kommun;--submission-agreement;KS-2024/17;" shared/arkivtext-batch.ini'
"$AT" status shared > status0.log 2>&1
ok "status before any worker: all queued" 'grep -q "$docs documents: 0 done, 0 running, $docs queued, 0 failed" status0.log'

# A worker asked to stop (Ctrl-C; scancel's SIGTERM alike) claims nothing more and finishes what it holds.
"$AT" run --worker -o shared -j 1 > w0.log 2>&1 & w0=$!
while kill -0 $w0 2>/dev/null && [ -z "$(ls -d shared/*uuid-* 2>/dev/null)" ]; do sleep 0.02; done
kill -INT $w0; wait $w0; rc0=$?
left=$(sql shared/journal.sqlite "select count(*) from documents where state = 'queued'")
ok "a worker stopped by SIGINT: exit 130, what it held finished, the rest ($left) queued, a line on how to go on" \
   '[ $rc0 -eq 130 ] && grep -q "interrupted: .*the same command again goes on" w0.log && [ "$left" -gt 0 ] &&
    [ "$(sql shared/journal.sqlite "select count(*) from documents where state = '"'running'"'")" = 0 ]'
"$AT" run --worker -o shared -j 1 > w1.log 2>&1 & w1=$!
"$AT" run --worker -o shared -j 1 > w2.log 2>&1; rc2=$?
wait $w1; rc1=$?
ok "two workers at once both end well" '[ $rc1 -eq 0 ] && [ $rc2 -eq 0 ]'
shared_by() { grep -o "[0-9]* documents\?: [0-9]* ok" "$1" | cut -d" " -f1; }
ok "together they packaged each document once ($(shared_by w0.log) + $(shared_by w1.log) + $(shared_by w2.log))" \
   '[ $(( $(shared_by w0.log) + $(shared_by w1.log) + $(shared_by w2.log) )) -eq $docs ] && [ $(ls -d shared/*uuid-* | wc -l) -eq $docs ]'
ok "the worker that found the batch complete wrote its review pages" \
   '[ $(ls shared/review/*uuid-*.html | wc -l) -eq $docs ] && grep -q "review pages of $docs documents" w1.log w2.log'
ok "every document is done in the journal, claimed by one of the workers" \
   '[ "$(sql shared/journal.sqlite "select count(*) from documents where state = '"'done'"' and claimed_by like '"'%:%'"'")" = $docs ]'

"$AT" run "$dir"/in/* -o single "${ARGS[@]}" > single.log 2>&1
ok "the shared batch equals a single run, byte for byte (packages and report.json)" \
   'diff -r -x "journal.sqlite*" -x arkivtext-batch.ini -x run-options.ini -x "batch-*.json" single shared > diff.log'
sed 's/^/# /' diff.log | head -5
ok "the workers' packages name their sources relative to the box, not as paths of this machine" \
   '[ $(grep -l "altRecordID TYPE=\"SOURCE\">[^/]" shared/*uuid-*/METS.xml | wc -l) -eq $docs ] && ! grep -rq "$dir/in" shared/*uuid-*/'
"$AT" status shared > status.log 2>&1; rc=$?
ok "status: every document done, nothing left" \
   '[ $rc -eq 0 ] && grep -q "$docs documents: $docs done, 0 running, 0 queued, 0 failed" status.log && grep -q "nothing left to do" status.log'
"$AT" status --json shared > status.json
ok "status --json is JSON with the same counts" \
   'python3 -c "import json,sys; s=json.load(open(\"status.json\")); sys.exit(0 if s[\"done\"]==$docs and s[\"queued\"]==0 and s[\"eta_seconds\"]==0 else 1)"'

"$AT" run --enqueue "$dir"/in/* -o shared "${ARGS[@]}" > again.log 2>&1
ok "enqueueing again queues nothing done with the same content" 'grep -q "0 documents queued ($docs already done)" again.log'

mkdir elsewhere
"$AT" run --worker -o elsewhere > nobatch.log 2>&1; rc=$?
ok "a worker on a folder without a batch: one line, exit 3" '[ $rc -eq 3 ] && one_line nobatch.log "elsewhere: no batch here"'
mkdir copy
sed 's/^id=.*/id=00000000-0000-4000-8000-000000000000/' shared/arkivtext-batch.ini > copy/arkivtext-batch.ini
"$AT" run --worker -o copy --journal shared/journal.sqlite > other.log 2>&1; rc=$?
ok "a worker whose folder holds another batch than the journal: one line, exit 3" \
   '[ $rc -eq 3 ] && one_line other.log "copy: this folder.s batch 00000000-0000-4000-8000-000000000000 is not the journal.s"'
"$AT" run --worker -o shared --organisation X > usage.log 2>&1; rc=$?
ok "a worker given the batch's options: usage error" '[ $rc -eq 2 ] && one_line usage.log "takes its options from the batch"'

echo "nytt dokument" > in/nytt.txt
"$AT" run --enqueue "$dir"/in/nytt.txt -o shared "${ARGS[@]}" > /dev/null 2>&1
sql shared/journal.sqlite "pragma user_version = 99" > /dev/null
"$AT" run --worker -o shared > newer.log 2>&1; rc=$?
ok "a journal of a newer schema: one line, exit 3" '[ $rc -eq 3 ] && one_line newer.log "journal schema version 99 is newer than this arkivtext understands"'
ok "... and nothing was claimed" \
   '[ "$(sql shared/journal.sqlite "select state from documents where source like '"'%nytt.txt'"'")" = queued ]'
sql shared/journal.sqlite "pragma user_version = 2" > /dev/null

# The journal of the earlier schema (no queue columns, user_version 0), as the release before wrote it.
sql single/journal.sqlite "drop index documents_state" > /dev/null
for c in size seq claim_key claimed_by lease_until attempts started finished; do
    sql single/journal.sqlite "alter table documents drop column $c" > /dev/null
done
sql single/journal.sqlite "drop table batch" > /dev/null
sql single/journal.sqlite "pragma user_version = 0" > /dev/null
"$AT" run "$dir"/in/*.t[sx]? -o single "${ARGS[@]}" > upgrade.log 2>&1
ok "a journal of the earlier schema is upgraded and keeps what was done" \
   'grep -q "$((docs + 1)) documents: $((docs + 1)) ok ($docs already done," upgrade.log && [ "$(sql single/journal.sqlite "pragma user_version")" = 2 ]'

# Workers package and report a box as a single run does: the manifest's title, date, diarienummer and series
# in their packages, sources as the archivist gave them, the box's order with the duplicate in its place,
# the skipped file; the package names both sources of the duplicate.
mkdir -p dupbox/sub; printf 'Kommunen ar stor.\n' > dupbox/a.txt; cp dupbox/a.txt dupbox/sub/kopia.txt; : > dupbox/tom.txt
printf 'Protokoll fran namnden.\n' > dupbox/b.txt; printf 'Hej p\345 dig.\n' > dupbox/latin1.txt   # fails: not UTF-8
printf 'path,document,title,date,diarienummer,series\na.txt,a,Kommunens storlek,2024-05-02,KS-2024/99,F2\nsub/kopia.txt,kopia\nb.txt,b\ntom.txt,tom\nlatin1.txt,latin1\n' > dupbox/manifest.csv
"$AT" run --manifest dupbox/manifest.csv dupbox -o dupsingle "${ARGS[@]}" > dup-single.log 2>&1
"$AT" run --enqueue --manifest dupbox/manifest.csv dupbox -o dupout "${ARGS[@]}" > dup-enqueue.log 2>&1
"$AT" run --worker -o dupout -j 1 > dup-worker1.log 2>&1 & w1=$!
"$AT" run --worker -o dupout -j 1 > dup-worker2.log 2>&1; rc2=$?
wait $w1; rc1=$?
record=$(ls dupout/*uuid-*/metadata/descriptive/record.xml | head -1)
ok "workers' packages carry the manifest's title, date, diarienummer and series (record, ERMS, METS LABEL)" \
   '[ $((rc1 + rc2)) -ge 1 ] && grep -q "<title>Kommunens storlek</title>" "$record" &&
    grep -q "<diarienummer>KS-2024/99</diarienummer>" "$record" && grep -q "<series>F2</series>" "$record" &&
    grep -q "<date type=\"document\" value=\"2024-05-02\">" "$record" &&
    grep -q "objectId>KS-2024/99<" "${record%record.xml}erms.xml" && grep -q "LABEL=\"Kommunens storlek\"" dupout/*uuid-*/METS.xml'
ok "... their report names sources as given (also in errors), the duplicate in its place, and the skipped file" \
   '[ "$(cut -d, -f1,2 dupout/report.csv | tr "\n" " ")" = "source,status dupbox/a.txt,ok dupbox/sub/kopia.txt,duplicate dupbox/b.txt,ok dupbox/latin1.txt,failed dupbox/tom.txt,skipped dupbox/manifest.csv,skipped " ] &&
    grep -q "^dupbox/latin1.txt,failed,.*,dupbox/latin1.txt: invalid UTF-8" dupout/report.csv &&
    grep -q "altRecordID TYPE=\"SOURCE\">sub/kopia.txt<" dupout/*uuid-*/METS.xml'
ok "... packages, reports and review pages equal a single run's, byte for byte" \
   'diff -r -x "journal.sqlite*" -x arkivtext-batch.ini -x run-options.ini -x "batch-*.json" dupsingle dupout > dup-diff.log'
sed 's/^/# /' dup-diff.log | head -5
"$AT" run --enqueue --manifest dupbox/manifest.csv dupbox -o dupsingle "${ARGS[@]}" > into-single.log 2>&1; rc=$?
ok "enqueueing into a single run's folder with its options: not stopped as other options" \
   '[ $rc -eq 1 ] && grep -q "1 document queued (2 already done)" into-single.log && ! grep -q "force" into-single.log'
sed -i 's/Kommunens storlek/Kommunens storlek 2024/' dupbox/manifest.csv
"$AT" run --enqueue --manifest dupbox/manifest.csv dupbox -o dupout "${ARGS[@]}" > edit-enqueue.log 2>&1
"$AT" run --worker -o dupout > edit-worker.log 2>&1; rc=$?
ok "a worker whose own documents went well but whose batch report lists a failed and skipped files: exit 1, said" \
   '[ $rc -eq 1 ] && grep -q "1 ok .*; the whole batch: 1 failed, 2 files skipped (report.json)" edit-worker.log'
ok "an edited manifest title: enqueued again, made again with it, its package under the old name removed (its facts too)" \
   'grep -q "queued (1 already done)" edit-enqueue.log && [ $(ls -d dupout/*uuid-* | wc -l) -eq 2 ] &&
    [ $(ls dupout/.arkivtext/*uuid-*.json | wc -l) -eq 2 ] && ! grep -q stale dupout/report.csv &&
    grep -q "LABEL=\"Kommunens storlek 2024\"" dupout/*uuid-*/METS.xml'
(cd dupbox && "$AT" run --manifest manifest.csv . -o ../dupout "${ARGS[@]}") > elsewhere.log 2>&1
ok "a single run from inside the box enqueued from outside it: what the workers did is already done" \
   'grep -q "4 documents: 2 ok (2 already done, .*, 1 duplicate, 1 failed" elsewhere.log &&
    grep -q "^./sub/kopia.txt,duplicate," dupout/report.csv'
sed -i 's/Kommunens storlek 2024/Kommunens storlek i maj/' dupbox/manifest.csv
(cd dupbox && "$AT" run --enqueue --manifest manifest.csv . -o ../dupout "${ARGS[@]}") > inside-enqueue.log 2>&1
"$AT" run --worker -o dupout > inside-worker.log 2>&1
ok "an edited title enqueued from inside the box, worked on from outside: the package under the old name removed" \
   'grep -q "queued (1 already done)" inside-enqueue.log && [ $(ls -d dupout/*uuid-* | wc -l) -eq 2 ] &&
    grep -q "LABEL=\"Kommunens storlek i maj\"" dupout/*uuid-*/METS.xml && [ $(ls dupout/.arkivtext/*uuid-*.json | wc -l) -eq 2 ]'
echo "1..$n"
[ $fails -eq 0 ]
