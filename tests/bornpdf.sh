#!/bin/bash
# Born-digital PDFs: the text layer read with its boxes, tables found by their rules, running
# headers and footers dropped, line-end hyphens joined, mixed PDFs page by page, and bad PDFs
# (garbage text layer, only drawings, 500 pages, 2 000 cells on a page) giving a record and
# warnings. Every PDF is made here by mkbornpdf (cairo), from the fixtures or from text below.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: bornpdf.sh read|bad ARKIVTEXT MKBORNPDF SCHEMA FIXTURES
# (read: text, boxes, tables, prose; bad: mixed and bad PDFs, which need OCR and so more time)
set -u
MODE=$1; AT=$2; MK=$3; SCHEMA=$4; FIX=$5
export OMP_THREAD_LIMIT=1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fails=0; n=0
ok() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fails=$((fails + 1)); fi; }
# A record without where things were found: a PDF and its export differ only there.
fields() { sed -E 's/ (page|lines|alto|source)="[^"]*"//g' "$1"; }
attr() { grep -o "$1=\"[0-9]*\"" | head -1 | grep -o '[0-9]*'; }

if [ "$MODE" = read ]; then
# ---- text and boxes ----
printf 'Avtal om samverkan\n\nParterna ska arbeta tillsammans.\n' > "$dir/short.txt"
"$MK" text "$dir/short.txt" "$dir/short.pdf"
"$AT" ocr -o "$dir/short" "$dir/short.pdf" 2> "$dir/err"; rc=$?
ok "a born-digital PDF is read" '[ $rc -eq 0 ] && [ -s "$dir/short/short.alto.xml" ]'
ok "its text is the text layer, line by line and paragraph by paragraph" \
    '[ "$(cat "$dir/short/short.txt")" = "$(printf "Avtal om samverkan\n\nParterna ska arbeta tillsammans.")" ]'
ok "ALTO 4.4 valid" 'xmllint --noout --nonet --schema "$SCHEMA" "$dir/short/short.alto.xml" 2> /dev/null'
first=$(grep -m1 'CONTENT="Avtal"' "$dir/short/short.alto.xml")
second=$(grep -m1 'CONTENT="Parterna"' "$dir/short/short.alto.xml")
# mkbornpdf sets text 20 mm from the left edge (236 px at 300 dpi), the first baseline 32 mm down.
ok "a word's box is where it is drawn, in pixels at 300 dpi" \
    'x=$(echo "$first" | attr HPOS); [ "$x" -ge 230 ] && [ "$x" -le 245 ]'
ok "its height is the type's (10 pt: 42 px at 300 dpi, give or take its ascent and descent)" \
    'h=$(echo "$first" | attr HEIGHT); [ "$h" -ge 30 ] && [ "$h" -le 60 ]'
ok "the next paragraph lies below" \
    '[ "$(echo "$second" | attr VPOS)" -gt "$(echo "$first" | attr VPOS)" ]'
ok "words from the text layer have confidence 1" 'echo "$first" | grep -q "WC=\"1\""'
ok "the page is 300 dpi A4" 'grep -q "<Page [^>]*WIDTH=\"2479\" HEIGHT=\"3508\"" "$dir/short/short.alto.xml"'

# ---- a ruled table: the same record as its TSV export ----
"$MK" table "$FIX/handlingsplan_tabell.tsv" "$dir/plan.pdf"
"$AT" extract -o "$dir/pdf" "$dir/plan.pdf" 2> "$dir/err.pdf"; rc=$?
"$AT" extract -o "$dir/tsv" "$FIX/handlingsplan_tabell.tsv" 2> "$dir/err.tsv"
ok "the table PDF gives a record" '[ $rc -eq 0 ] && [ -s "$dir/pdf/plan.record.xml" ]'
ok "its table runs over several pages" '[ "$(pdfinfo "$dir/plan.pdf" | awk "/^Pages:/ {print \$2}")" -gt 1 ]'
ok "the same activities as the TSV (30 or more)" \
    '[ "$(grep -c "<activity " "$dir/pdf/plan.record.xml")" -ge 30 ] &&
     [ "$(grep -c "<activity " "$dir/pdf/plan.record.xml")" = "$(grep -c "<activity " "$dir/tsv/handlingsplan_tabell.record.xml")" ]'
ok "field for field the same record as the TSV" \
    'diff <(fields "$dir/pdf/plan.record.xml") <(fields "$dir/tsv/handlingsplan_tabell.record.xml") > "$dir/plan.diff"'
"$AT" ocr -o "$dir/plan" "$dir/plan.pdf" 2> /dev/null
ok "the first page's table has the TSV's rows and cells" \
    'head -3 "$FIX/handlingsplan_tabell.tsv" | diff - <(head -3 "$dir/plan/plan.table1.tsv") > /dev/null'

"$MK" table --no-rules "$FIX/handlingsplan_tabell.tsv" "$dir/plan-unruled.pdf"
"$AT" extract -o "$dir/unruled" "$dir/plan-unruled.pdf" 2> /dev/null; rc=$?
ok "a table without rules: its columns found by the alignment of its words, the same record as the TSV" \
    '[ $rc -eq 0 ] && diff <(fields "$dir/unruled/plan-unruled.record.xml") <(fields "$dir/tsv/handlingsplan_tabell.record.xml") > /dev/null'
ok "... with every activity" '[ "$(grep -c "<activity " "$dir/unruled/plan-unruled.record.xml")" -ge 30 ]'

# ---- prose: running header, footer and page numbers dropped; hyphens joined ----
for f in samarbetsavtal_ostra verksamhetsplan_2021; do
    "$MK" text --header "Östra kommunernas samverkanskommitté – $f" "$FIX/$f.txt" "$dir/$f.pdf"
    "$AT" extract -o "$dir/prose" "$dir/$f.pdf" 2> /dev/null
    "$AT" extract -o "$dir/prose-txt" "$FIX/$f.txt" 2> /dev/null
    ok "$f: a PDF of several pages with a running header and page numbers" \
        '[ "$(pdfinfo "$dir/$f.pdf" | awk "/^Pages:/ {print \$2}")" -ge 3 ]'
    ok "$f: the same record as the text" \
        'diff <(fields "$dir/prose/$f.record.xml") <(fields "$dir/prose-txt/$f.record.xml") > /dev/null'
done
"$AT" ocr -o "$dir/prose-ocr" "$dir/samarbetsavtal_ostra.pdf" 2> /dev/null
ok "the running header is dropped" '! grep -q "samverkanskommitté – samarbetsavtal_ostra" "$dir/prose-ocr/samarbetsavtal_ostra.txt"'
ok "the page numbers are dropped" '! grep -q "^Sida [0-9]" "$dir/prose-ocr/samarbetsavtal_ostra.txt"'
ok "the body text is all there" \
    '[ "$(tr -s " \n" "\n\n" < "$dir/prose-ocr/samarbetsavtal_ostra.txt" | grep -c .)" -ge \
       "$(tr -s " \n\t" "\n\n\n" < "$FIX/samarbetsavtal_ostra.txt" | grep -c .)" ]'

cat > "$dir/hyphen.txt" <<'EOF'
Kommunerna ska planera för en snabb befolknings-
tillväxt och för fler gång- och cykelvägar.
Projektet leds av EU-
kommissionen.
EOF
"$MK" text "$dir/hyphen.txt" "$dir/hyphen.pdf"
"$AT" ocr -o "$dir/hyphen" "$dir/hyphen.pdf" 2> /dev/null
ok "a word hyphenated at the line end is joined" 'grep -q "snabb befolkningstillväxt$" "$dir/hyphen/hyphen.txt"'
ok "the next line goes on after the joined word" 'grep -q "^och för fler gång- och cykelvägar.$" "$dir/hyphen/hyphen.txt"'
ok "the join is recorded: the raw reading kept, the rule named" \
    'grep -A1 "CONTENT=\"befolkningstillväxt\"" "$dir/hyphen/hyphen.alto.xml" | grep -q "<ALTERNATIVE PURPOSE=\"raw\">befolknings-</ALTERNATIVE>" &&
     grep -q "pdf.dehyphen" "$dir/hyphen/hyphen.alto.xml"'
ok "a hyphen after a capital stays (EU-)" 'grep -q "EU-$" "$dir/hyphen/hyphen.txt"'

else
# ---- mixed PDFs, page by page; a garbage text layer ----
printf 'Första sidan har ett textlager.\n\f\nAndra sidan är skannad utan textlager.\n\f\nTredje sidan visar bara frågetecken i textlagret.\n' > "$dir/mixed.txt"
"$MK" text --scan 2 --garbage 3 "$dir/mixed.txt" "$dir/mixed.pdf"
"$AT" extract -o "$dir/mixed-rec" "$dir/mixed.pdf" 2> "$dir/mixed.err"; rc=$?
"$AT" ocr -o "$dir/mixed" "$dir/mixed.pdf" 2> /dev/null
ok "a mixed PDF gives a record" '[ $rc -eq 0 ] && [ -s "$dir/mixed-rec/mixed.record.xml" ]'
ok "page 1 from its text layer" 'grep -q "CONTENT=\"Första\" WC=\"1\"" "$dir/mixed/mixed.alto.xml"'
ok "page 2 (an image) read by OCR" 'grep -qi "skannad" "$dir/mixed/mixed.txt" && grep -q "tesseract" "$dir/mixed/mixed.alto.xml"'
ok "page 3's garbage text layer is not taken" '! grep -q "???" "$dir/mixed/mixed.txt"'
ok "... the page is OCR'd instead" 'grep -qi "frågetecken" "$dir/mixed/mixed.txt"'
ok "... with a warning naming the file, the page and the problem" \
    'grep -q "warning: .*mixed.pdf: page 3: the text layer cannot be used" "$dir/mixed.err"'

# ---- bad input: a record and warnings, no crash ----
"$MK" drawing "$dir/drawing.pdf"
"$AT" extract -o "$dir/drawing-rec" "$dir/drawing.pdf" 2> "$dir/drawing.err"; rc=$?
ok "a PDF of vector drawings only: a record" '[ $rc -eq 0 ] && [ -s "$dir/drawing-rec/drawing.record.xml" ]'
ok "... and a warning: no text found" 'grep -q "warning: .*drawing.pdf: page 1: no text found" "$dir/drawing.err"'

# 500 pages, each its own words (pages alike at the same place would be running heads).
python3 -c '
words = "kommun region samverkan bostad skola trafik klimat budget plan avtal mål åtgärd".split()
for p in range(500):
    if p:
        print("\f")
    for l in range(6):
        print(" ".join(words[(p * 7 + l * 3 + k * 5) % len(words)] for k in range(8 + (p + l) % 5)) + ".")
' > "$dir/long.txt"
"$MK" text --header "Lång rapport" "$dir/long.txt" "$dir/long.pdf"
/usr/bin/time -f %M -o "$dir/long.rss" "$AT" ocr -o "$dir/long" "$dir/long.pdf" 2> "$dir/long.err"; rc=$?
ok "a 500-page PDF is read, every page" '[ $rc -eq 0 ] && [ "$(grep -c "<Page " "$dir/long/long.alto.xml")" -eq 500 ] &&
    [ "$(tail -1 "$dir/long/long.txt" | awk "{print \$NF}")" = "$(tail -1 "$dir/long.txt" | awk "{print \$NF}")" ]'
"$AT" extract -o "$dir/long-rec" "$dir/long/long.alto.xml" 2> /dev/null; rc=$?
ok "... and gives a record" '[ $rc -eq 0 ] && [ -s "$dir/long-rec/long.record.xml" ]'
ok "... in bounded memory (under 600 MB resident)" '[ "$(cat "$dir/long.rss")" -lt 600000 ]'

python3 -c '
for r in range(50):
    print("\t".join(("Kolumn %d" % c) if r == 0 else ("r%dk%d" % (r, c)) for c in range(40)))
' > "$dir/cells.tsv"
"$MK" table --size 3 "$dir/cells.tsv" "$dir/cells.pdf"
"$AT" ocr -o "$dir/cells" "$dir/cells.pdf" 2> /dev/null
"$AT" extract -o "$dir/cells-rec" "$dir/cells.pdf" 2> "$dir/cells.err"; rc=$?
ok "a page of 2 000 table cells is one page" '[ "$(pdfinfo "$dir/cells.pdf" | awk "/^Pages:/ {print \$2}")" -eq 1 ]'
ok "... its table found: 50 rows of 40 cells" \
    '[ "$(wc -l < "$dir/cells/cells.table1.tsv")" -eq 50 ] && [ "$(awk -F"\t" "NF == 40" "$dir/cells/cells.table1.tsv" | wc -l)" -eq 50 ]'
ok "... every word in its cell" '[ "$(sed -n 50p "$dir/cells/cells.table1.tsv" | cut -f 40)" = "r49k39" ]'
ok "... and a record" '[ $rc -eq 0 ] && [ -s "$dir/cells-rec/cells.record.xml" ]'

fi
echo "1..$n"
exit $((fails > 0))
