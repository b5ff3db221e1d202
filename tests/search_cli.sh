#!/bin/bash
# arkivtext index and arkivtext search on packages made by arkivtext run: hits name the package, the
# original file, page and lines as the record counts them; --json gives JSON Lines; field filters;
# FTS5 syntax in a query is text; bad input gets one line and changes nothing.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: search_cli.sh ARKIVTEXT FIXTURES_DIR
set -u
AT=$(realpath "$1"); F=$(realpath "$2")
. "$(dirname "$(realpath "$0")")/tap.sh"
mkdir in
cp "$F/samarbetsavtal_ostra.txt" "$F/tjansteutlatande_samverkan.txt" "$F/handlingsplan_tabell.tsv" in/
# old OCR without diacritics: the normalizer repairs it, the search finds it either way
printf 'Protokoll\n\nVid motet beslutades att bygga nya cykelbanor i Sodertorn.\nBusshallplatserna flyttas.\n' > in/protokoll.txt
# a spreadsheet's CSV export: read as the table it is, and read again so from its package
printf 'Åtgärd;Ansvarig;Kostnad\nLaddstolpar vid simhallen;Fastighet;"120 000"\n"Solceller; skolor";Teknik;90 000\n' > in/budget.csv
"$AT" run --organisation "Haninge kommun" -o out in > run.log 2>&1
ok "run makes five packages" '[ $(ls -d out/*uuid-* | wc -l) -eq 5 ]'
"$AT" index out > index.log 2>&1; rc=$?
ok "index exits 0 and says what it indexed" '[ $rc -eq 0 ] && grep -q "5 documents, 5 pages indexed" index.log'
ok "the index is out/index.sqlite, no temporary file left" '[ -s out/index.sqlite ] && [ -z "$(ls out | grep tmp)" ]'

s() { "$AT" search -d out "$@"; }
s laddstolpar > csv.txt
ok "a CSV document is found, on its row's line" 'head -1 csv.txt | grep -qE "  budget\.csv  page 1, line 2 "'
s "Östra kommunernas samverkanskommitté" > hit.txt
ok "a hit names the package and the original file" \
   'head -1 hit.txt | grep -qE "^1\. ([a-z0-9-]+__)?uuid-[0-9a-f-]+  (samarbetsavtal_ostra|tjansteutlatande_samverkan)\.txt  page 1, lines? [0-9]"'
ok "the snippet marks the words" 'grep -q "«Östra» «kommunernas» «samverkanskommitté»" hit.txt'
s --json samarbetsavtal > hits.jsonl
ok "--json: one valid JSON object per line with package, document, page, lines, score, snippet" \
   'python3 -c "
import json, sys
rows = [json.loads(l) for l in open(\"hits.jsonl\")]
assert len(rows) >= 2
for r in rows:
    assert \"uuid-\" in r[\"package\"] and r[\"document\"].endswith((\".txt\", \".tsv\"))
    assert r[\"page\"] == 1 and all(isinstance(x, int) for x in r[\"lines\"]) and r[\"lines\"]
    assert isinstance(r[\"score\"], float) and \"«\" in r[\"snippet\"]
"'
# line numbers are the original file's (the record's), not the ALTO's
line=$(grep -n "^SAMARBETSAVTAL" "$F/samarbetsavtal_ostra.txt" | head -1 | cut -d: -f1)
ok "lines count as in the original file (SAMARBETSAVTAL on line $line)" \
   'python3 -c "
import json
rows = [json.loads(l) for l in open(\"hits.jsonl\")]
assert any(r[\"document\"] == \"samarbetsavtal_ostra.txt\" and $line in r[\"lines\"] for r in rows)
"'
ok "Sodertorn finds the repaired Södertörn" 's Sodertorn | grep -q "protokoll.txt"'
ok "cykelbana finds cykelbanor" 's cykelbana | grep -q "«cykelbanor»"'
ok "hållplats finds Busshållplatserna" 's hållplats | grep -q "«Busshållplatserna»"'
ok "kind:agreement finds the agreement" 's kind:agreement | grep -q "samarbetsavtal_ostra.txt"'
ok "party:Nacka finds the agreement" 's party:Nacka | grep -q "samarbetsavtal_ostra.txt"'
ok "org:Haninge finds every package (the submitting organisation)" '[ $(s -n 20 org:Haninge | grep -c "^[0-9]*\. [a-z0-9_-]*uuid") -eq 5 ]'
ok "dnr:KS-2023/118.106 finds the memo" 's dnr:KS-2023/118.106 | grep -q "tjansteutlatande_samverkan.txt"'
ok "year:2023 and a word" 's year:2023 samverkan | grep -q "^1\. [a-z0-9_-]*uuid"'
for q in '"' '*' 'NEAR(' '(' 'avtal)' '"samverkan' 'samverkan*' 'NEAR(avtal samverkan, 3)' 'avtal AND OR' "'; DROP TABLE docs; --"; do
    out=$(s "$q" 2>&1); rc=$?
    ok "query [$q]: searched, or one clear line, never an SQL error (rc $rc)" \
       '{ [ $rc -eq 0 ] || { [ $rc -eq 2 ] && [ $(echo "$out" | wc -l) -eq 1 ]; }; } && ! echo "$out" | grep -qi "sql\|fts5\|syntax error"'
done
# A list of queries on one open index: the hits each query gets alone, each naming its query; a bad one its line.
printf 'laddstolpar\nparti:Haninge\n\nSodertorn\n' > list.txt
s --json --queries list.txt > list.jsonl 2> list.err; rc=$?
ok "--queries: each line's hits as it gets them alone, each naming its query; a bad one gets its line, exit 2" \
   '[ $rc -eq 2 ] && diff <(s --json laddstolpar; s --json Sodertorn) <(sed -E "s/^\{\"query\":\"[^\"]*\",/{/" list.jsonl) &&
    [ $(grep -c "^{\"query\":\"laddstolpar\"," list.jsonl) -ge 1 ] && [ $(grep -c "^{\"query\":\"Sodertorn\"," list.jsonl) -ge 1 ] &&
    [ "$(cat list.err)" = "arkivtext search: query parti:Haninge: unknown field '"'"'parti:'"'"' (fields: kind, party, dnr, year, org)" ]'
s --queries list.txt > list.txt.out 2> /dev/null
ok "--queries, text: each query's hits under a line naming it" \
   '[ "$(grep -c "^query: " list.txt.out)" -eq 2 ] && sed -n "/^query: laddstolpar$/,/^query: S/p" list.txt.out | grep -q "  budget\.csv  " &&
    sed -n "/^query: Sodertorn$/,\$p" list.txt.out | grep -q "  protokoll\.txt  "'
out=$(s --queries list.txt samverkan 2>&1); rc=$?
ok "a query and --queries both: a usage error" '[ $rc -eq 2 ] && echo "$out" | grep -q "give one of them"'
ok "the index still answers after all that" 's samverkan | grep -q "^1\. [a-z0-9_-]*uuid"'
out=$(s parti:Haninge 2>&1); rc=$?
ok "an unknown field: exit 2, one line naming it" '[ $rc -eq 2 ] && [ "$out" = "arkivtext search: query: unknown field '"'"'parti:'"'"' (fields: kind, party, dnr, year, org)" ]'
out=$("$AT" search -d in samverkan 2>&1); rc=$?
ok "no index: exit 3, one line" '[ $rc -eq 3 ] && [ $(echo "$out" | wc -l) -eq 1 ] && echo "$out" | grep -q "no index"'
echo "not a database" > bad.sqlite; mkdir badidx; mv bad.sqlite badidx/index.sqlite
out=$("$AT" search -d badidx samverkan 2>&1); rc=$?
ok "a damaged index: exit 3, one line" '[ $rc -eq 3 ] && [ $(echo "$out" | wc -l) -eq 1 ]'
cp -r out/$(ls out | grep uuid | head -1) out/uuid-broken && rm out/uuid-broken/representations/rep1/METS.xml
"$AT" index out > index2.log 2>&1; rc=$?
ok "index: a broken package gets one line, the rest is indexed, exit 1" \
   '[ $rc -eq 1 ] && grep -q "uuid-broken" index2.log && grep -q "5 documents" index2.log'
mkdir -p linked && mv out/index.sqlite linked/real.sqlite && ln -s ../linked/real.sqlite out/index.sqlite
"$AT" index out > /dev/null 2>&1
ok "index through a symbolic link: the file it names is replaced, the link stays" \
   '[ -L out/index.sqlite ] && s samverkan | grep -q "^1\. [a-z0-9_-]*uuid"'
rm out/index.sqlite && mkfifo out/index.sqlite
out=$(timeout 20 "$AT" index out 2>&1); rc=$?
ok "index onto a named pipe: refused in one line" '[ $rc -eq 3 ] && [ -p out/index.sqlite ] && echo "$out" | grep -q "not a regular file"'
tap_end
