#!/bin/bash
# A shared batch on a PostgreSQL journal (a scratch cluster in a temporary folder): an unreachable
# server, a wrong password, a journal of a newer schema and a folder of another batch each get one line
# and claim nothing. Then workers share a batch while one is killed (SIGKILL: its claim is taken over
# without waiting for its lease), the server restarts under another (it reconnects and goes on), and a
# third hangs (SIGSTOP: its claim is taken over when its lease runs out, and when it wakes its late
# result changes nothing). In the end: every document done once, no claim or lock left, the packages
# and report.json byte-identical to a single run.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: batch_pg.sh ARKIVTEXT MKPAGE FIXTURES_DIR
set -u
AT=$(realpath "$1"); MK=$(realpath "$2"); F=$(realpath "$3")
. "$(dirname "$(realpath "$0")")/pg_scratch.sh"
if ! pg_scratch_available; then echo "1..0 # SKIP PostgreSQL server binaries not installed"; exit 0; fi
export OMP_THREAD_LIMIT=1 SOURCE_DATE_EPOCH=1767225600
dir=$(mktemp -d)
pids=()
cleanup() { kill -CONT "${pids[@]}" 2>/dev/null; kill -9 "${pids[@]}" 2>/dev/null; pg_scratch_stop; rm -rf "$dir"; }
trap cleanup EXIT
cd "$dir"
fails=0; n=0
ok() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fails=$((fails + 1)); fi; }
one_line() { [ "$(wc -l < "$1")" -eq 1 ] && grep -q "$2" "$1"; }
# libpq's own words are translated under sv_SE: the checks read only ours and the names in them.
pg_scratch_start "$dir/pg" fsync=off || { echo "Bail out! cannot start a scratch PostgreSQL"; exit 1; }
q() { pg_psql -d arkiv -At -c "$1"; }
# Wait (up to 60 s) until worker $1 holds a claim.
claimed() { for _ in $(seq 600); do [ "$(q "select count(*) from arkivtext_documents where state = 'running' and claimed_by = '$(hostname):$1'")" -ge 1 ] && return 0; sleep 0.1; done; return 1; }

mkdir in
# short scans (a few lines each): OCR long enough to be caught at work, short enough for CI
head -6 "$F/samarbetsavtal_ostra.txt" > short.txt
for s in 1 2 3; do "$MK" text --degrade skew --seed $s short.txt in/scan$s.png gt$s > /dev/null; done
cp "$F"/verksamhetsplan_2021.txt "$F"/tjansteutlatande_samverkan.txt "$F"/protokoll_kommitte.txt in/
docs=$(ls in | wc -l)
ARGS=(--organisation "Huddinge kommun")
# The manifest gives one document what the archivist knows of it; the others are one file each.
{ echo "path,document,title,date,diarienummer,series"
  for f in $(ls in); do
      case $f in verksamhetsplan*) echo "in/$f,plan,Verksamhetsplan 2021,2021-01-15,KS-2021/7,A1" ;; *) echo "in/$f,$f" ;; esac
  done; } > manifest.csv

"$AT" run --enqueue "$dir"/in/* -o out "${ARGS[@]}" --journal "postgresql://at@${PG_DIR//\//%2F}:5999/arkiv" > unreachable.log 2>&1; rc=$?
ok "an unreachable server: one line, exit 3" '[ $rc -eq 3 ] && one_line unreachable.log "journal: cannot connect: .*\.s\.PGSQL\.5999"'
PGPASSWORD=wrong "$AT" run --enqueue "$dir"/in/* -o out "${ARGS[@]}" --journal "$PG_URI" > password.log 2>&1; rc=$?
ok "a wrong password: one line, exit 3" '[ $rc -eq 3 ] && one_line password.log "journal: cannot connect: .*\"at\""'
ok "... and no batch file was written" '[ ! -e out/arkivtext-batch.ini ]'

"$AT" run --enqueue --manifest manifest.csv in -o out "${ARGS[@]}" --journal "$PG_URI" > enqueue.log 2>&1; rc=$?
ok "enqueue into PostgreSQL" '[ $rc -eq 0 ] && grep -q "$docs documents queued" enqueue.log && [ "$(q "select count(*) from arkivtext_documents where state = '"'queued'"'")" = $docs ]'
ok "the batch file names the journal without its password" "grep -q '^journal=postgresql://at@' out/arkivtext-batch.ini && ! grep -q \"\$PGPASSWORD\" out/arkivtext-batch.ini"

q "update arkivtext_schema set version = 3"
"$AT" run --worker -o out > newer.log 2>&1; rc=$?
ok "a journal of a newer schema: one line, exit 3, nothing claimed" \
   '[ $rc -eq 3 ] && one_line newer.log "journal schema version 3 is newer" && [ "$(q "select count(*) from arkivtext_documents where state <> '"'queued'"'")" = 0 ]'
q "update arkivtext_schema set version = 2"
mkdir other
sed 's/^id=.*/id=00000000-0000-4000-8000-000000000000/' out/arkivtext-batch.ini > other/arkivtext-batch.ini
"$AT" run --worker -o other > other.log 2>&1; rc=$?
ok "a folder of another batch: one line, exit 3, nothing claimed" \
   '[ $rc -eq 3 ] && one_line other.log "is not in the journal postgresql://at@" && [ "$(q "select count(*) from arkivtext_documents where state <> '"'queued'"'")" = 0 ]'

# A: killed holding a claim. B: works through a server restart. C: hangs (lease 2 s) holding a claim.
"$AT" run --worker -o out -j 1 > a.log 2>&1 & a=$!; pids+=($a)
claimed $a; kill -9 $a; wait $a 2>/dev/null
killed_doc=$(q "select source from arkivtext_documents where state = 'running' and claimed_by = '$(hostname):$a'")
"$AT" run --worker -o out -j 1 > b.log 2>&1 & b=$!; pids+=($b)
claimed $b; restarted=false; pg_scratch_restart && restarted=true
ok "the server restarted while worker B held a claim" '$restarted'
"$AT" run --worker -o out -j 1 --lease 2 > c.log 2>&1 & c=$!; pids+=($c)
claimed $c; kill -STOP $c
hung_doc=$(q "select source from arkivtext_documents where state = 'running' and claimed_by = '$(hostname):$c'")
t0=$(date +%s)
wait $b; rc_b=$?
ok "worker B survived the restart and finished the batch" '[ $rc_b -eq 0 ] && [ "$(q "select count(*) from arkivtext_documents where state <> '"'done'"'")" = 0 ]'
[ $rc_b -eq 0 ] || tail -40 b.log | sed 's/^/# /'
ok "the killed worker's claim was taken over without waiting for its lease (300 s): $(basename "$killed_doc")" \
   '[ -n "$killed_doc" ] && [ "$(q "select attempts || state || claimed_by from arkivtext_documents where source = '"'$killed_doc'"'")" = "1done$(hostname):$b" ]'
ok "the hung worker's claim was taken over after its lease: $(basename "$hung_doc")" \
   '[ -n "$hung_doc" ] && [ "$(q "select attempts || state || claimed_by from arkivtext_documents where source = '"'$hung_doc'"'")" = "1done$(hostname):$b" ]'
kill -CONT $c; wait $c; rc_c=$?
ok "the hung worker, woken, ends well and changes nothing" \
   '[ $rc_c -eq 0 ] && [ "$(q "select claimed_by from arkivtext_documents where source = '"'$hung_doc'"'")" = "$(hostname):$b" ]'
[ $rc_c -eq 0 ] || tail -20 c.log | sed 's/^/# /'
ok "no claim left running, no advisory lock held" \
   '[ "$(q "select count(*) from arkivtext_documents where state = '"'running'"' or lease_until is not null")" = 0 ] && [ "$(q "select count(*) from pg_locks where locktype = '"'advisory'"' and classid = 1634888564")" = 0 ]'
ok "each document packaged once" '[ $(ls -d out/*uuid-* | wc -l) -eq $docs ]'
"$AT" run --manifest manifest.csv in -o single "${ARGS[@]}" > single.log 2>&1
record=$(grep -l "<series>A1</series>" out/*uuid-*/metadata/descriptive/record.xml)
ok "the workers' package has the manifest's title, date, diarienummer and series" \
   '[ -n "$record" ] && grep -q "<title>Verksamhetsplan 2021</title>" "$record" && grep -q "<diarienummer>KS-2021/7</diarienummer>" "$record" &&
    grep -q "<date type=\"document\" value=\"2021-01-15\">" "$record"'
ok "packages, report.json and report.csv equal a single run's, byte for byte (sources as given)" \
   'diff -r -x "journal.sqlite*" -x arkivtext-batch.ini -x run-options.ini -x "batch-*.json" -x logs single out > diff.log'
sed 's/^/# /' diff.log | head -5
"$AT" status out > status.log 2>&1; rc=$?
ok "status reads the PostgreSQL journal named in the batch file" \
   '[ $rc -eq 0 ] && grep -q "$docs documents: $docs done, 0 running, 0 queued, 0 failed" status.log'
sed 's/^/# /' status.log

echo "1..$n"
[ $fails -eq 0 ]
