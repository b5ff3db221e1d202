#!/bin/bash
# One batch on a real (one-node) Slurm cluster with a PostgreSQL journal, everything in a temporary
# folder: munged with its own key, slurmctld and slurmd on localhost (no cgroups: proctrack/linuxproc,
# task/none), a scratch PostgreSQL. 30 documents (27 texts, 3 small scans) are enqueued and
# `arkivtext slurm --submit` starts an array of 3 workers; one task is cancelled (scancel) and another
# worker killed (SIGKILL) while they hold claims, PostgreSQL restarts under the third, and the job is
# submitted again. Then: 30 packages, each once, all valid, byte-identical to a single-process run; every
# document done, the killed worker's claim taken over (the cancelled one's too if it stopped before
# finishing it), no claim or lock left.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: cluster.sh ARKIVTEXT MKPAGE FIXTURES_DIR
set -u
AT=$(realpath "$1"); MK=$(realpath "$2"); F=$(realpath "$3")
. "$(dirname "$(realpath "$0")")/pg_scratch.sh"
for p in munged mungekey slurmctld slurmd sbatch squeue scancel; do
    command -v $p > /dev/null || PATH=$PATH:/usr/sbin command -v $p > /dev/null ||
        { echo "1..0 # SKIP $p not installed (Debian slurm-wlm, munge)"; exit 0; }
done
PATH=$PATH:/usr/sbin
if ! pg_scratch_available; then echo "1..0 # SKIP PostgreSQL server binaries not installed"; exit 0; fi
if [ "$(id -u)" != 0 ]; then echo "1..0 # SKIP slurmd needs root to start jobs"; exit 0; fi
export OMP_THREAD_LIMIT=1 SOURCE_DATE_EPOCH=1767225600
T=$(mktemp -d)
chmod 711 "$T"   # munged wants its socket's folders searchable by all; postgres must reach its own
cleanup() {
    [ -n "${SLURM_CONF:-}" ] && scancel --quiet --full "${jobs[@]}" 2> /dev/null
    for f in "$T"/slurm/slurmd.pid "$T"/slurm/slurmctld.pid "$T"/munge/munged.pid; do
        [ -f "$f" ] && kill "$(cat "$f")" 2> /dev/null
    done
    # workers that outlived their tasks (every worker that claimed is named in the journal)
    for p in $(workers); do kill -9 "$p" 2> /dev/null; done
    pg_scratch_stop
    sleep 0.5
    for f in "$T"/slurm/slurmd.pid "$T"/slurm/slurmctld.pid "$T"/munge/munged.pid; do
        [ -f "$f" ] && kill -9 "$(cat "$f")" 2> /dev/null
    done
    rm -rf "$T"
}
jobs=()
trap cleanup EXIT
cd "$T"
fails=0; n=0
ok() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fails=$((fails + 1)); fi; }
bail() { echo "Bail out! $1"; for f in "$T"/slurm/log/*.log "$T"/munge/munged.log; do [ -f "$f" ] && tail -5 "$f" | sed "s|^|# $(basename "$f"): |"; done; exit 1; }
# Wait up to $1 seconds for the command after it to succeed.
await() { local until=$(( $(date +%s) + $1 )); shift; until "$@"; do [ "$(date +%s)" -lt $until ] || return 1; sleep 0.2; done; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# ---- munge, Slurm and PostgreSQL, all in $T ----
mkdir -p munge slurm/state slurm/spool slurm/log
chmod 711 munge
mungekey --create --keyfile=munge/munge.key > /dev/null 2>&1 || bail "mungekey failed"
munged --key-file=munge/munge.key --socket="$T/munge/munge.sock" --pid-file="$T/munge/munged.pid" \
    --seed-file="$T/munge/seed" --log-file="$T/munge/munged.log" || bail "munged did not start"
node=$(hostname -s)
cat > slurm/slurm.conf << EOF
ClusterName=arkivtext-test
SlurmctldHost=localhost
SlurmctldPort=$(free_port)
SlurmdPort=$(free_port)
AuthType=auth/munge
AuthInfo=socket=$T/munge/munge.sock
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$T/slurm/state
SlurmdSpoolDir=$T/slurm/spool
SlurmctldPidFile=$T/slurm/slurmctld.pid
SlurmdPidFile=$T/slurm/slurmd.pid
SlurmctldLogFile=$T/slurm/log/slurmctld.log
SlurmdLogFile=$T/slurm/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerParameters=sched_min_interval=100000
ReturnToService=2
KillWait=5
MinJobAge=600
NodeName=$node NodeHostname=$node NodeAddr=127.0.0.1 CPUs=$(getconf _NPROCESSORS_ONLN) RealMemory=1000 State=UNKNOWN
PartitionName=test Nodes=$node Default=YES MaxTime=INFINITE State=UP OverSubscribe=FORCE:4
EOF
export SLURM_CONF=$T/slurm/slurm.conf
slurmctld -f "$SLURM_CONF" || bail "slurmctld did not start"
slurmd -f "$SLURM_CONF" || bail "slurmd did not start"
await 30 eval '[ "$(sinfo -h -o %t 2> /dev/null)" = idle ]' || bail "the node did not come up"
pg_scratch_start "$T/pg" fsync=off || bail "PostgreSQL did not start"
q() { pg_psql -d arkiv -At -c "$1"; }
workers() { [ -n "${PG_URI:-}" ] && q "select distinct split_part(claimed_by, ':', 2) from arkivtext_documents where claimed_by like '$(hostname):%'" 2> /dev/null; }
echo "# Slurm $(sinfo -V | cut -d' ' -f2) with munge, PostgreSQL $("$PG_BIN/postgres" -V | awk '{print $3}'), in $T"

# ---- 30 documents: the fixture texts in thirds, and three short scans ----
mkdir in
for f in "$F"/*.txt "$F"/*.tsv; do
    b=$(basename "$f"); split -n l/3 -d --additional-suffix=".${b##*.}" "$f" "in/${b%.*}_"
done
head -6 "$F/samarbetsavtal_ostra.txt" > short.txt
for s in 1 2 3; do "$MK" text --degrade skew --seed $s short.txt in/scan$s.png gt > /dev/null; done
docs=$(ls in | wc -l)
ok "30 documents to process" '[ $docs -eq 30 ]'

"$AT" run --enqueue "$T"/in/* -o out --organisation "Huddinge kommun" --journal "$PG_URI" > enqueue.log 2>&1
ok "enqueued into PostgreSQL" 'grep -q "30 documents queued" enqueue.log'
submit() { "$AT" slurm -o out --workers 3 --cpus-per-worker 1 --lease 5 --time 10:00 --submit 2> submit.err; }
job=$(submit); jobs+=("$job")
ok "arkivtext slurm --submit started an array job ($job)" '[[ "$job" =~ ^[0-9]+$ ]]'
[[ "$job" =~ ^[0-9]+$ ]] || bail "sbatch: $(cat submit.err)"

# The pids of the workers holding claims now, and the array task of a pid.
claimers() { q "select distinct split_part(claimed_by, ':', 2) from arkivtext_documents where state = 'running'"; }
task_of() { tr '\0' '\n' 2> /dev/null < /proc/$1/environ | sed -n 's/^SLURM_ARRAY_TASK_ID=//p'; }
pid_of_task() { for p in $(claimers); do [ "$(task_of "$p")" = "$1" ] && echo "$p" && return 0; done; return 1; }
await 90 eval '[ $(claimers | wc -l) -ge 3 ] && pid_of_task 1 > /dev/null && pid_of_task 2 > /dev/null' ||
    bail "the three workers did not all start: $(squeue -h 2>&1 | head -3)"
ok "three array tasks work at once, each holding a claim" '[ $(claimers | wc -l) -eq 3 ]'

# What a dead worker held stays running under its name until another worker takes it over.
held_by() { q "select source from arkivtext_documents where state = 'running' and claimed_by like '%:$1'"; }
# scancel sends SIGTERM, then SIGKILL after KillWait: a worker finishes the document it holds if it
# can (it starts no other), else its claim is left for another worker.
p1=$(pid_of_task 1)
await 10 eval 'held1=$(held_by "$p1"); [ -n "$held1" ]'
scancel "${job}_1"
await 30 eval '! kill -0 $p1 2> /dev/null'; gone1=$?
state1=$(q "select state from arkivtext_documents where source = '$held1'")
ok "scancel ended task 1 while it held $(basename "$held1") (left $state1)" \
   '[ $gone1 -eq 0 ] && [ -n "$held1" ] && { [ "$state1" = done ] || [ "$state1" = running ]; }'
await 60 eval 'p2=$(pid_of_task 2)' || bail "task 2 holds no claim"
kill -9 "$p2"
held2=$(held_by "$p2")
# A killed process lingers until its parent reaps it.
await 10 eval '! kill -0 $p2 2> /dev/null'; gone2=$?
ok "SIGKILL ended task 2's worker while it held $(basename "$held2")" '[ -n "$held2" ] && [ $gone2 -eq 0 ]'
pg_scratch_restart; restarted=$?
ok "PostgreSQL restarted while task 3 worked" '[ $restarted -eq 0 ]'
job2=$(submit); jobs+=("$job2")
ok "the job was submitted again ($job2)" '[[ "$job2" =~ ^[0-9]+$ ]]'
await 150 eval '[ -z "$(squeue -h 2> /dev/null)" ]'; finished=$?
ok "every task ended within the time allowed" '[ $finished -eq 0 ]'
[ $finished -eq 0 ] || squeue | sed 's/^/# /'
"$AT" status out | sed 's/^/# /'

ok "all 30 documents done in the journal" '[ "$(q "select count(*) from arkivtext_documents where state = '"'done'"'")" = 30 ]'
takeovers1=$([ "$state1" = running ] && echo 1 || echo 0)
ok "the cancelled worker's document done, taken over $takeovers1 time(s)" \
   '[ "$(q "select state || attempts from arkivtext_documents where source = '"'$held1'"'")" = "done$takeovers1" ]'
ok "the killed worker's document taken over once and done" \
   '[ "$(q "select state || attempts from arkivtext_documents where source = '"'$held2'"'")" = done1 ]'
ok "no claim left running or leased, no advisory lock held" \
   '[ "$(q "select count(*) from arkivtext_documents where state = '"'running'"' or lease_until is not null")" = 0 ] && [ "$(q "select count(*) from pg_locks where locktype = '"'advisory'"' and classid = 1634888564")" = 0 ]'
ok "30 packages, one per document" '[ $(ls -d out/*uuid-* | wc -l) -eq 30 ] && [ "$(q "select count(distinct package) from arkivtext_documents")" = 30 ]'
"$AT" validate out/*uuid-* > validate.log 2>&1; rc=$?
ok "arkivtext validate accepts every package" '[ $rc -eq 0 ]'
tail -2 validate.log | sed 's/^/# /'
"$AT" run "$T"/in/* -o single --organisation "Huddinge kommun" > single.log 2>&1
ok "the packages and report.json equal a single-process run's, byte for byte" \
   'diff -r -x "journal.sqlite*" -x arkivtext-batch.ini -x run-options.ini -x "batch-*.json" -x logs single out > diff.log'
sed 's/^/# /' diff.log | head -5
# The cancelled task's worker, when it finished its document in time, says it was interrupted: not a problem.
problems() { cat out/logs/*.log | grep "^arkivtext run: " | grep -v " documents\?: " | grep -v "packaged with warnings (see report.json)" |
             grep -v "^arkivtext run: interrupted: the documents this worker held are finished"; }
ok "no worker reported a problem in its task's log" '[ -z "$(problems)" ]'
problems | sed 's/^/# /' | head -5

echo "1..$n"
[ $fails -eq 0 ]
