#!/bin/bash
# The search index on PostgreSQL (a scratch cluster in a temporary folder): the index API's own test
# (test_search) passes against it; the same packages indexed into SQLite and into PostgreSQL answer every
# query of eval/search/queries.tsv, and a few more, with the same hits in the same order, the same pages,
# lines, snippets and scores; indexing a folder again replaces its documents; an unreachable server and a
# query of FTS or tsquery syntax get one line; correct on a batch with a PostgreSQL journal and index updates
# both.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: search_pg.sh ARKIVTEXT TEST_SEARCH EVAL_DIR
set -u
AT=$(realpath "$1"); TS=$(realpath "$2"); EVAL=$(realpath "$3")
. "$(dirname "$(realpath "$0")")/pg_scratch.sh"
if ! pg_scratch_available; then echo "1..0 # SKIP PostgreSQL server binaries not installed"; exit 0; fi
dir=$(mktemp -d)
trap 'pg_scratch_stop; rm -rf "$dir"' EXIT
cd "$dir"
fails=0; n=0
ok() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fails=$((fails + 1)); fi; }
pg_scratch_start "$dir/pg" fsync=off || { echo "Bail out! cannot start a scratch PostgreSQL"; exit 1; }
pg_psql -d postgres -c 'CREATE DATABASE unit'

"$TS" "${PG_URI%/arkiv}/unit" > unit.log 2>&1; rc=$?
ok "the index API's test passes on PostgreSQL ($(grep -c '^ok' unit.log) checks)" '[ $rc -eq 0 ] && ! grep -q "^not ok" unit.log'
grep "^not ok" unit.log | sed 's/^/# /'

mkdir in
cp "$EVAL"/search/docs/*.txt in/
cp "$EVAL"/docs/studied/*.txt "$EVAL"/docs/studied/*.tsv in/ 2> /dev/null
"$AT" run --organisation "Utvärdering" -o out in > run.log 2>&1
"$AT" index out > index-sqlite.log 2>&1; rc1=$?
"$AT" index out --index "$PG_URI" > index-pg.log 2>&1; rc2=$?
docs=$(ls -d out/*uuid-* | wc -l)
ok "$docs packages indexed into SQLite and into PostgreSQL" \
   '[ $rc1 -eq 0 ] && [ $rc2 -eq 0 ] && grep -q "$docs packages indexed.*the index holds $docs documents" index-pg.log'
"$AT" index out --index "$PG_URI" > again.log 2>&1
ok "indexing the folder again replaces its documents" 'grep -q "the index holds $docs documents" again.log'

queries=queries.txt
cut -f1 "$EVAL/search/queries.tsv" | grep -v '^#' | grep . > $queries
printf '%s\n' Sodertorn Södertörn cykelbana hållplats "kind:agreement" "org:Utvärdering" "year:2022 avtal" \
    "avtal samverkan kommun" "förskola Södertälje" "nosuchword" >> $queries
# Both indexes asked every query in one process each (--queries): each hit names its query.
"$AT" search -d out --json -n 10 --queries $queries > a.jsonl 2> /dev/null
"$AT" search --index "$PG_URI" --json -n 10 --queries $queries > b.jsonl 2> /dev/null
read -r same differ found < <(python3 - $queries a.jsonl b.jsonl <<'PY'
import json, sys
queries = [q.rstrip("\n") for q in open(sys.argv[1], encoding="utf-8") if q.strip()]
def hits(path):
    by_query = {}
    for line in open(path, encoding="utf-8"):
        by_query.setdefault(json.loads(line)["query"], []).append(line)
    return by_query
a, b = hits(sys.argv[2]), hits(sys.argv[3])
differ = [q for q in queries if a.get(q, []) != b.get(q, [])]
for q in differ:
    print(f"# differs: {q}", file=sys.stderr)
    print("".join("#   < " + l for l in a.get(q, [])[:2]) + "".join("#   > " + l for l in b.get(q, [])[:2]), end="", file=sys.stderr)
print(len(queries) - len(differ), len(differ), sum(1 for q in queries if a.get(q)))
PY
)
ok "every query ($same of $((same + differ))) gets the same hits in the same order, with the same lines, snippets and scores" \
   '[ $differ -eq 0 ] && [ $same -ge 70 ]'
# Two empty indexes would agree too: most queries must find something.
ok "the queries find hits ($found of $((same + differ)) have at least one)" '[ $found -ge 70 ]'

for q in '"' '*' 'NEAR(' "'; DROP TABLE arkivtext_index_docs; --" 'avtal & !samverkan' "a:*" '\\'; do
    out=$("$AT" search --index "$PG_URI" "$q" 2>&1); rc=$?
    ok "query [$q]: searched, or one clear line, never an SQL or tsquery error (rc $rc)" \
       '{ [ $rc -eq 0 ] || { [ $rc -eq 2 ] && [ $(echo "$out" | wc -l) -eq 1 ]; }; } && ! echo "$out" | grep -qi "sql\|tsquery\|syntax error"'
done
ok "... and the index is whole" '[ "$(pg_psql -d arkiv -At -c "select count(*) from arkivtext_index_docs")" = $docs ]'
"$AT" search --index "postgresql://at@${PG_DIR//\//%2F}:5999/arkiv" avtal > unreachable.log 2>&1; rc=$?
ok "an unreachable server: one line, exit 3" '[ $rc -eq 3 ] && [ $(wc -l < unreachable.log) -eq 1 ] && grep -q "index: cannot connect" unreachable.log'

# correct on a batch whose journal and index are PostgreSQL: the journal entry and the shared index follow
pg_psql -d postgres -c 'CREATE DATABASE journal'
mkdir in2
cp "$EVAL"/search/docs/avtal_spillvatten_haninge_tyreso.txt in2/
"$AT" run --organisation "Utvärdering" --journal "${PG_URI%/arkiv}/journal" -o out2 in2 > run2.log 2>&1 &&
    "$AT" index out2 --index "$PG_URI" > index2.log 2>&1; rc=$?
P=$(basename out2/*uuid-*)
python3 - "out2/review/$P.html" > decisions.json <<'PY'
import html, json, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
word, text = re.findall(r'<span id="(p\d+_w\d+)" class="w[^"]*" data-line="\d+" data-text="([^"]*)"', page)[3]
print(json.dumps({"format": "arkivtext-decisions", "version": 1, "package": re.search(r'data-package="([^"]+)"', page).group(1),
                  "reviewer": "Anna Arkivarie", "decisions": [{"word": word, "action": "correct", "from": html.unescape(text), "to": "Zebraord"}]}))
PY
jq() { pg_psql -d journal -At -c "select words_changed from arkivtext_documents where package LIKE '%$P'"; }
before=$(jq)
"$AT" correct --index "$PG_URI" out2 decisions.json > correct.log 2>&1; rc2=$?
ok "correct on a PostgreSQL journal and index (rc $rc, $rc2)" '[ $rc -eq 0 ] && [ $rc2 -eq 0 ] && grep -q "1 word changed\|1 words changed" correct.log'
ok "the journal entry counts the correction (words changed $before -> $(jq))" '[ -n "$before" ] && [ "$(jq)" = $((before + 1)) ]'
ok "the shared index finds the corrected word" '"$AT" search --index "$PG_URI" Zebraord | grep -q "^1\. $P"'

echo "1..$n"
[ $fails -eq 0 ]
