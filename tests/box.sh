#!/bin/bash
# A box in, every document out (issue 9): a box of 40 inputs (page-image folders, single and multi-page
# scans, texts, TSV, CSV, an empty file, unsupported kinds, duplicates, nested folders, a broken scan)
# through arkivtext run. Every file is accounted for in report.csv exactly once; page folders become one
# document in natural page order; duplicates make one package; packages are valid; a run with two
# workers, runs killed with SIGKILL or stopped with SIGINT and then resumed give the same packages, byte
# for byte; a manifest groups files and gives their title.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: box.sh ARKIVTEXT MKPAGE FIXTURES_DIR
set -u
HERE=$(dirname "$(realpath "$0")")
AT=$(realpath "$1"); MK=$(realpath "$2"); F=$(realpath "$3")
export OMP_THREAD_LIMIT=1 SOURCE_DATE_EPOCH=1767225600   # 2026-01-01: every CREATED the same
dir=$(mktemp -d)
trap 'kill -9 $(jobs -p) 2>/dev/null; rm -rf "$dir"' EXIT
fails=0; n=0
ok() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fails=$((fails + 1)); fi; }
cd "$dir"

# Short pages (our own sentences) at 150 dpi, so that OCR takes little time.
page() {   # page TEXT OUT
    printf '%s\n' "$1" > page.txt
    "$MK" text --dpi 150 --seed 3 page.txt "$2" gt.txt > /dev/null
}
mkdir -p box/arende1 box/arende2 box/texter/djup box/tabeller box/ovrigt
page "Avtal om snöröjning, sida ett" box/arende1/0001.png
page "Avtalet gäller från den första januari, sida två" box/arende1/0002.png
for i in 1 2 10; do page "Protokoll från nämnden, sida $i" "box/arende2/sida$i.png"; done
page "Brev till kommunstyrelsen" box/brev.png
page "Beslut om bygglov, första sidan" box/ovrigt/beslut.tif
page "Beslut om bygglov, andra sidan" box/ovrigt/beslut.tif            # a second page in the TIFF
head -c 2000 box/brev.png > box/trasig.png                               # a broken scan
cp "$F"/bostadsforsorjning.txt "$F"/handlingsplan_trygghet.txt "$F"/naringsliv_kompetens.txt \
   "$F"/protokoll_kommitte.txt box/texter/
cp "$F"/handlingsplan_tabell.tsv box/tabeller/
printf 'Namn,Uppgift,Klart\nAnna,Remissvar,2024-03-01\nBo,Protokoll,2024-04-15\n' > box/tabeller/tabell.csv
cp "$F"/verksamhetsplan_2021.txt box/texter/
cp "$F"/verksamhetsplan_2021.txt box/kopia.txt                           # two duplicates of it
cp "$F"/verksamhetsplan_2021.txt box/texter/djup/kopia2.txt
: > box/tom.txt                                                          # an empty file
printf 'PK\003\004\024\000\006\000' > box/ovrigt/brev.docx               # unsupported kinds, named or not
printf 'GIF89a\001\000\001\000' > box/ovrigt/bild.gif
printf '\000\001\002\003\377\376bin\344rt' > box/ovrigt/data
printf 'x' > box/ovrigt/.dold                                            # hidden
for i in $(seq 1 18); do
    sub=box/texter/djup; [ $((i % 2)) -eq 0 ] && sub=box/texter
    printf 'Anteckning %d från mötet\n\nVi talade om punkt %d och beslutade att återkomma.\n' "$i" "$i" > "$sub/anteckning_$i.txt"
done
inputs=$(find box -type f | wc -l)
ok "the box holds 40 inputs" '[ $inputs -eq 40 ]'

ARGS=(run --organisation "Huddinge kommun" --no-pdf)   # the access copy is tested by run and pdfa
"$AT" "${ARGS[@]}" -j 1 -o ref box > ref.log 2>&1; rc=$?
ok "a run of the box exits 1 (files skipped, a scan broken)" '[ $rc -eq 1 ]'
sed 's/^/# /' ref.log | head -20

# Every file found in report.csv exactly once, as a document's file or a skipped file.
cat > accounted.py <<'EOF'
import csv, os, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
seen = [f for r in rows for f in r["source"].split("\n")]
found = sorted(os.path.join(d, f) for d, _, fs in os.walk(sys.argv[2]) for f in fs)
missing = sorted(set(found) - set(seen)); twice = sorted({f for f in seen if seen.count(f) > 1})
for f in missing: print("# not in report.csv:", f)
for f in twice: print("# twice in report.csv:", f)
sys.exit(0 if not missing and not twice and len(seen) == len(found) else 1)
EOF
ok "every input is in report.csv exactly once" 'python3 accounted.py ref/report.csv box'
status() { python3 -c "
import csv, sys
for r in csv.DictReader(open('$1/report.csv', newline='', encoding='utf-8')):
    if r['source'].split('\n')[0] == sys.argv[1]: print(r['status'], r['pages'], r['package'], r['message'], r['package_folder'], sep='|')
" "$2"; }
ok "the empty file, the Word document, the GIF, the binary and the hidden file are skipped, each with its reason" \
   '[ "$(grep -c ",skipped,.*," ref/report.csv)" -eq 5 ] && status ref box/tom.txt | grep -q "^skipped|.*empty" &&
    status ref box/ovrigt/brev.docx | grep -q "not supported" && status ref box/ovrigt/bild.gif | grep -q "GIF"'
ok "the console names the skipped files" 'grep -q "5 files skipped" ref.log && grep -q "^  box/ovrigt/data: " ref.log'
ok "the broken scan failed, with its reason" 'status ref box/trasig.png | grep -q "^failed|.*trasig.png"'
ok "a page folder is one document of its pages" 'status ref box/arende1/0001.png | grep -q "^ok.*|2|uuid-"'
ok "... in natural order (sida2 before sida10)" \
   'python3 -c "
import csv,sys
r=[r for r in csv.DictReader(open(\"ref/report.csv\",newline=\"\",encoding=\"utf-8\")) if \"sida1.png\" in r[\"source\"]][0]
sys.exit(0 if r[\"source\"].split(\"\n\")==[\"box/arende2/sida1.png\",\"box/arende2/sida2.png\",\"box/arende2/sida10.png\"] and r[\"pages\"]==\"3\" else 1)"'
ok "the multi-page TIFF is one document of two pages" 'status ref box/ovrigt/beslut.tif | grep -q "^ok.*|2|uuid-"'
first=$(status ref box/kopia.txt | cut -d"|" -f3)
ok "two duplicates: reported as such, in the package of the first" \
   '[ -n "$first" ] && status ref box/texter/djup/kopia2.txt | grep -q "^duplicate|.*|$first|the same content as box/kopia.txt" &&
    status ref box/texter/verksamhetsplan_2021.txt | grep -q "^duplicate|.*|$first|"'
ok "the CSV is read as a table" 'grep -q "<Table\|<TextBlock" "ref/$(status ref box/tabeller/tabell.csv | cut -d"|" -f5)"/representations/rep1/data/*.alto.xml'
folder=$(status ref box/kopia.txt | cut -d"|" -f5)
ok "packages are named by their document: folder, METS LABEL, processing.txt" \
   '[ "$folder" = "verksamhetsplan-och-budget-2021__$first" ] && grep -q "LABEL=\"Verksamhetsplan och budget 2021\"" "ref/$folder/METS.xml" &&
    grep -q "^  kopia.txt$" "ref/$folder/documentation/processing.txt"'
ok "the package of duplicates names every source (METS altRecordID, PREMIS), relative to the box" \
   '[ $(grep -c "altRecordID TYPE=\"SOURCE\">[a-z]" "ref/$folder/METS.xml") -eq 3 ] &&
    grep -q "altRecordID TYPE=\"SOURCE\">texter/djup/kopia2.txt<" "ref/$folder/METS.xml" &&
    grep -q "[^/]texter/djup/kopia2.txt" "ref/$folder/metadata/preservation/premis.xml"'
ok "no package names a path of this machine (METS, PREMIS, processing.txt)" '! grep -rq "$dir" ref/*uuid-*/'
ok "a page folder's package is named by its title or the folder" '[ -n "$(ls -d ref/*arende1__uuid-* ref/avtal-*__uuid-* 2>/dev/null)" ]'
packages=$(ls -d ref/*uuid-* | wc -l)
ok "one package per document but the broken scan and the duplicates ($packages)" '[ $packages -eq 29 ]'
"$AT" validate ref/*uuid-* > validate.log 2>&1; rc=$?
ok "every package is valid" '[ $rc -eq 0 ]'
grep -v ": valid" validate.log | sed 's/^/# /' | head -5

# One run interrupted twice, then resumed: killed (SIGKILL) once its first package is in place, resumed and
# stopped (SIGINT) once the next package is, resumed to the end. The packages must be those of the
# uninterrupted run, byte for byte; the reports differ only where they should ("already done").
same() {   # same DIR
    diff -r -x "journal.sqlite*" -x "report.*" ref "$1" && python3 "$HERE/same_report.py" ref "$1"
}
interrupt() {   # interrupt SIGNAL LOG: run with two workers, send SIGNAL once one more package is in place
    local before=$(ls -d cut/*uuid-* 2>/dev/null | wc -l)
    "$AT" "${ARGS[@]}" -j 2 -o cut box > "$2" 2>&1 &
    local pid=$!
    while kill -0 $pid 2>/dev/null && [ "$(ls -d cut/*uuid-* 2>/dev/null | wc -l)" -le $before ]; do sleep 0.02; done
    kill -s "$1" $pid 2>/dev/null
    wait $pid
}
interrupt KILL killed.log; rc=$?
ok "SIGKILL mid-run: killed ($rc) before the end" '[ $rc -eq 137 ] && [ ! -f cut/report.csv ]'
interrupt INT stopped.log; rc=$?
ok "resumed, then SIGINT mid-run: exit 130, the documents running finished, a line on how to resume" \
   '[ $rc -eq 130 ] && grep -q "interrupted: .* not started.*the same command again resumes" stopped.log'
ok "... with the report so far: documents not started listed as such, every input once, nothing half" \
   'grep -q ",not started," cut/report.csv && python3 accounted.py cut/report.csv box && [ -z "$(ls -A cut cut/.arkivtext | grep "tmp-")" ]'
"$AT" "${ARGS[@]}" -j 2 -o cut box > resumed.log 2>&1
ok "... resumed with two workers: the packages of the uninterrupted run with one, byte for byte" 'same cut > diff-cut.log'
sed 's/^/# /' diff-cut.log | head -5

# A manifest groups files into documents and gives what the archivist knows.
printf 'path,document,title,date,diarienummer,series\ntexter/anteckning_2.txt,mote,Anteckningar från mötet,2024-05-02,KS-2024/99,F2\ntexter/anteckning_4.txt,mote,,,,\n' > box/manifest.csv
"$AT" "${ARGS[@]}" --manifest box/manifest.csv -o manifest box/texter > manifest.log 2>&1; rc=$?
ok "--manifest: its rows make one document with its title and diarienummer; other files are skipped" \
   '[ $rc -eq 1 ] && [ $(ls -d manifest/*uuid-* | wc -l) -eq 1 ] &&
    grep -q "^\"box/texter/anteckning_2.txt$" manifest/report.csv &&
    grep -q "Anteckningar från mötet,.*2024-05-02.*,KS-2024/99" manifest/report.csv &&
    grep -q "anteckning_1.txt,skipped,.*not in the manifest" manifest/report.csv'
record=$(ls manifest/*uuid-*/metadata/descriptive/record.xml); erms=${record%record.xml}erms.xml
ok "... and its title, date, diarienummer and series are in the package's record and ERMS, which validate" \
   'grep -q "<title>Anteckningar från mötet</title>" "$record" && grep -q "<diarienummer>KS-2024/99</diarienummer>" "$record" &&
    grep -q "<series>F2</series>" "$record" && grep -q "<date type=\"document\" value=\"2024-05-02\">" "$record" &&
    grep -q "<title>Anteckningar från mötet</title>" "$erms" && grep -q "objectId>KS-2024/99<" "$erms" &&
    grep -q "<classification>F2</classification>" "$erms" &&
    grep -q "<date dateType=\"created\">2024-05-02T00:00:00</date>" "$erms" && "$AT" validate manifest > /dev/null'
"$AT" run --organisation "Annan kommun" --manifest box/manifest.csv -o manifest box/texter > other.log 2>&1; rc=$?
ok "another --organisation than the folder's packages: one line saying --force redoes them, exit 3" \
   '[ $rc -eq 3 ] && [ $(wc -l < other.log) -eq 1 ] && grep -q "made --organisation .Huddinge kommun. (now .Annan kommun.); --force redoes them" other.log'
"$AT" run --organisation "Annan kommun" --force --manifest box/manifest.csv -o manifest box/texter > force.log 2>&1
ok "... and with --force the package is made again with it" \
   'grep -q "0 already done" force.log && grep -q "Annan kommun" manifest/*uuid-*/METS.xml && ! grep -q "Huddinge" manifest/*uuid-*/METS.xml'
# Files are checked by content, not by path: copies of the rules and the models change nothing, an edit does.
cp "$ARKIVTEXT_RULES" rules.txt; mkdir td
cp "$(dirname "$(ls /usr/share/tesseract-ocr/*/tessdata/swe.traineddata | head -1)")"/{swe,osd}.traineddata td/
again() { "$AT" run --organisation "Annan kommun" --rules rules.txt --tessdata td --manifest box/manifest.csv -o manifest box/texter > "$1" 2>&1; }
again copies.log; rc=$?
ok "--rules and --tessdata naming copies of what the packages were made with: nothing redone" '[ $rc -eq 1 ] && grep -q "1 ok (1 already done" copies.log'
echo "# an edit" >> rules.txt; again rules.log; rc=$?
ok "--rules of other content: one line saying --force redoes them, exit 3" \
   '[ $rc -eq 3 ] && [ $(wc -l < rules.log) -eq 1 ] && grep -q "made with --rules of other content .*; --force redoes them" rules.log'
cp "$ARKIVTEXT_RULES" rules.txt; printf x >> td/swe.traineddata; again models.log; rc=$?
ok "... and so does a tesseract model of other content (--tessdata)" \
   '[ $rc -eq 3 ] && [ $(wc -l < models.log) -eq 1 ] && grep -q "made with --tessdata of other content .*swe:.*; --force redoes them" models.log'
mkdir nomodels
"$AT" run --organisation "Annan kommun" --tessdata nomodels --manifest box/manifest.csv -o manifest box/texter > nomodels.log 2>&1; rc=$?
ok "... but a machine without the models is not stopped for a box of texts" '[ $rc -eq 1 ] && grep -q "1 ok (1 already done" nomodels.log'
sed -i 's/Anteckningar från mötet/Anteckningar från mötet i maj/' box/manifest.csv
"$AT" run --organisation "Annan kommun" --manifest box/manifest.csv -o manifest box/texter > edited.log 2>&1
ok "an edited manifest title: the document is made again with it, its package under the old name removed" \
   'grep -q "1 ok (0 already done" edited.log && [ $(ls -d manifest/*uuid-* | wc -l) -eq 1 ] &&
    grep -q "LABEL=\"Anteckningar från mötet i maj\"" manifest/*uuid-*/METS.xml'
grouped=$(basename "$(ls -d ref/*uuid-* | grep -e "arende1__" -e "/avtal-" | head -1)")
mkdir perfile; cp -r "ref/$grouped" perfile/                            # as a run without it made it
"$AT" "${ARGS[@]}" --pages-per-file -o perfile box/arende1 > perfile.log 2>&1
ok "--pages-per-file: every page image a document of its own" '[ $(ls -d perfile/*uuid-* | wc -l) -eq 3 ]'
ok "... the package of them grouped, left by the run before, is kept and reported stale (report.csv, console)" \
   '[ -d "perfile/$grouped" ] && grep -q "^,stale,,$grouped,.*no longer in the box" perfile/report.csv &&
    grep -q "1 package in the folder is no longer in the box (kept; \"stale\" in report.csv)" perfile.log'

echo "1..$n"
[ $fails -eq 0 ]
