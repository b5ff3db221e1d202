#!/bin/bash
# arkivtext correct: an archivist rejects two changes and corrects one word of a package (decisions as a
# review page exports them); the package is written again and valid, the PREMIS event names the person
# and the count, the log holds before and after, ALTO, text and record read as asked, search finds the
# corrected word; the same file twice changes nothing; bad decisions get one line and change nothing;
# undo restores the readings.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: correct.sh ARKIVTEXT SAMPLES_DIR
set -u
AT=$(realpath "$1"); S=$(realpath "$2")
. "$(dirname "$(realpath "$0")")/tap.sh"
mkdir in
cp "$S/tjansteutlatande_utan_diakriter.txt" in/
SOURCE_DATE_EPOCH=1767225600 "$AT" run --organisation "Haninge kommun" -o out in > run.log 2>&1 && "$AT" index out > /dev/null
P=$(basename out/*uuid-*)
ok "a package, its index and its review page (run wrote it)" '[ -d "out/$P" ] && [ -s out/index.sqlite ] && [ -s "out/review/$P.html" ]'
sources() { grep -o "<altRecordID TYPE=\"SOURCE\">[^<]*" "out/$P/METS.xml"; }
sources > sources.before
changed() { python3 -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT words_changed FROM documents").fetchone()[0])' out/journal.sqlite; }
changed_before=$(changed)
overview_changed() { python3 - out/review/index.html "$P" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
rows = re.findall(r'<tr data-objid="%s"[^>]*>(.*?)</tr>' % re.escape(sys.argv[2]), page)
cells = re.findall(r"<td[^>]*>(.*?)</td>", rows[0]) if len(rows) == 1 else []
print(cells[4] if len(cells) == 10 else "no row")
PY
}
ok "the overview's row counts the words run changed ($changed_before)" '[ "$(overview_changed)" = "$changed_before" ]'
# the decisions: the first two changes rejected, the first word of the title corrected (as the page exports them)
python3 - "out/review/$P.html" > decisions.json <<'PY'
import html, json, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
words = re.findall(r'<span id="(p\d+_w\d+)" class="w([^"]*)" data-line="\d+" data-text="([^"]*)"(?: data-raw="([^"]*)")?', page)
changed = [w for w in words if "chg" in w[1]][:2]
title = [w for w in words if w[2] == "samarbetsavtal"][0]
d = [{"word": w[0], "action": "reject", "from": html.unescape(w[2]), "to": html.unescape(w[3])} for w in changed]
d.append({"word": title[0], "action": "correct", "from": "samarbetsavtal", "to": "Zebraavtal"})
print(json.dumps({"format": "arkivtext-decisions", "version": 1, "package": re.search(r'data-package="([^"]+)"', page).group(1),
                  "reviewer": "Anna Arkivarie", "decisions": d}, ensure_ascii=False))
PY
alto() { cat out/$P/representations/rep1/data/*.alto.xml; }
alto > before.alto
SOURCE_DATE_EPOCH=1780000000 "$AT" correct out decisions.json > correct.log 2>&1; rc=$?
ok "correct applies three decisions (rc $rc)" '[ $rc -eq 0 ] && grep -q "3 words changed" correct.log'
ok "METS: created when run made it, last modified when corrected, still NEW" \
   'grep -q "CREATEDATE=\"2026-01-01T00:00:00Z\" LASTMODDATE=\"2026-05-28T20:26:40Z\" RECORDSTATUS=\"NEW\"" "out/$P/METS.xml"'
ok "METS names the sources run found, not the copies in the package" \
   '[ -s sources.before ] && grep -qx "<altRecordID TYPE=\"SOURCE\">tjansteutlatande_utan_diakriter.txt" sources.before && sources | diff - sources.before'
ok "the document's review page shows the correction" 'grep -q "data-text=\"Zebraavtal\"" "out/review/$P.html"'
ok "the overview's row counts the words changed as the package now has them" \
   '[ "$(overview_changed)" = $((changed_before - 1)) ] && [ $(grep -c "<tr data-objid=" out/review/index.html) -eq 1 ]'
ok "the journal counts the words changed as the package now has them (two rejected, one corrected: $changed_before - 1)" \
   '[ "$(changed)" = $((changed_before - 1)) ]'
ok "the package is still valid" '"$AT" validate "out/$P" > /dev/null'
ok "PREMIS: a manual correction by Anna Arkivarie, 3 words" \
   'grep -q "manual correction after review: 3 words (2 changes rejected, 1 corrected)" out/$P/metadata/preservation/premis.xml &&
    grep -q "<premis:agentName>Anna Arkivarie</premis:agentName>" out/$P/metadata/preservation/premis.xml'
ok "the log holds each change: word, before, after, who, why" 'python3 -c "
import json
log = json.load(open(\"out/$P/metadata/preservation/corrections.json\"))
s = log[\"sessions\"][0]
assert s[\"person\"] == \"Anna Arkivarie\" and s[\"reason\"] and len(s[\"changes\"]) == 3
assert s[\"changes\"][2][\"before\"] == \"samarbetsavtal\" and s[\"changes\"][2][\"after\"] == \"Zebraavtal\"
"'
ok "ALTO: the rejected words read their originals again, the correction keeps the original as ALTERNATIVE" 'python3 -c "
import json, re
d = json.load(open(\"decisions.json\"))[\"decisions\"]
alto = open(\"/dev/stdin\").read()
for x in d:
    m = re.search(r\"<String ID=\\\"%s\\\"[^>]*CONTENT=\\\"([^\\\"]*)\\\"\" % x[\"word\"], alto)
    assert m and m.group(1) == x[\"to\"], (x, m and m.group(1))
assert re.search(r\"CONTENT=\\\"Zebraavtal\\\"[^>]*>\s*<ALTERNATIVE PURPOSE=\\\"raw\\\">samarbetsavtal<\", alto)
" < <(alto)'
ok "the text and the record read the correction" \
   'grep -q "Zebraavtal" out/$P/representations/rep1/data/*.normalized.txt && grep -q "Zebraavtal" out/$P/metadata/descriptive/record.xml'
ok "search finds the corrected word" '"$AT" search -d out Zebraavtal | grep -q "^1\. $P"'
sum() { sha256sum out/$P/METS.xml | cut -d" " -f1; }
s1=$(sum)
"$AT" correct out decisions.json > again.log 2>&1; rc=$?
ok "the same decisions again change nothing (rc $rc)" '[ $rc -eq 0 ] && grep -q "nothing to change" again.log && [ "$(sum)" = "$s1" ]'
"$AT" run --organisation "Haninge kommun" -o out in > rerun.log 2>&1; rc=$?
ok "a re-run keeps the corrected package as done (rc $rc)" \
   '[ $rc -eq 0 ] && grep -q "1 ok (1 already done" rerun.log && [ "$(sum)" = "$s1" ] && grep -q "data-text=\"Zebraavtal\"" "out/review/$P.html"'
ok "its report gives the corrected count and title" \
   'grep -q "$((changed_before - 1)) words changed" rerun.log && grep -q "Zebraavtal" out/report.json'

bad() { # NAME, then the python that turns decisions.json into bad.json
    python3 -c "import json; d = json.load(open('decisions.json')); $2; open('bad.json', 'w').write(json.dumps(d) if isinstance(d, dict) else d)"
    "$AT" correct out bad.json > /dev/null 2> err.log; rc=$?
    ok "$1: one line, nothing changed (rc $rc)" '[ $rc -ne 0 ] && [ $(wc -l < err.log) -eq 1 ] && grep -q "bad.json" err.log && [ "$(sum)" = "$s1" ]'
}
bad "an unknown word id" 'd["decisions"][0]["word"] = "p9_w9999"'
bad "another package" 'd["package"] = "uuid-00000000-0000-5000-8000-000000000000"'
bad "malformed JSON" 'd = "{\"format\": \"arkivtext-decisions\", "'
bad "a package changed since the review" 'd["decisions"][2]["from"] = "annat"; d["decisions"][2]["to"] = "Zebraavtalet"'
bad "a correction of two words" 'd["decisions"][2]["to"] = "två ord"'

"$AT" correct --undo out "$P" > undo.log 2>&1; rc=$?
ok "undo restores every reading (rc $rc)" \
   '[ $rc -eq 0 ] && diff <(grep -o "CONTENT=\"[^\"]*\"" before.alto) <(alto | grep -o "CONTENT=\"[^\"]*\"") > /dev/null'
ok "after undo: valid, logged as a session of its own, search no longer finds the correction" \
   '"$AT" validate "out/$P" > /dev/null && grep -q "\"undoes\" : 1" out/$P/metadata/preservation/corrections.json &&
    ! "$AT" search -d out Zebraavtal 2> /dev/null | grep -q "^1\."'
tap_end
