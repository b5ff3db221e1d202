#!/bin/bash
# Searchable PDF/A-1b: `arkivtext ocr --pdf` on rendered pages (gray, photocopied, bitonal,
# colour, a table, old OCR text to repair, a 200 dpi scan, a blank page) and the writer's own
# edge cases (test_pdfa): every PDF valid for Apache PDFBox Preflight (one JVM for all), the text
# layer equal to the repaired .txt, its words on their ALTO boxes, page images kept in the right
# encoding at the scan's resolution; a born-digital PDF gets none; `arkivtext run` packages it as
# representation rep2 (--no-pdf: not); bad input gets one line and no file.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: pdfa.sh ARKIVTEXT MKPAGE TEST_PDFA PDFA_BOXES.PY MKPDF.PY FIXTURES_TEXT FIXTURES_SAMPLES
set -u
AT=$1; MK=$2; UNIT=$3; BOXES=$4; MKPDF=$5; TEXT=$6; SAMPLES=$7
export OMP_THREAD_LIMIT=1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fails=0; n=0
ok() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fails=$((fails + 1)); fi; }
cer() { "$AT" eval --json --gold "$1" "$2" | python3 -c 'import json,sys; print(json.load(sys.stdin)["cer"])'; }
below() { python3 -c "import sys; sys.exit(0 if $1 <= $2 else 1)"; }

mkdir -p "$dir/in"
"$MK" text --seed 1 "$TEXT/samarbetsavtal_ostra.txt" "$dir/in/clean.png" "$dir/clean.gt"
"$MK" text --degrade photocopy --seed 2 "$TEXT/verksamhetsplan_2021.txt" "$dir/in/copy.png" "$dir/copy.gt"
"$MK" text --degrade skew --ink bitonal --seed 3 "$TEXT/bostadsforsorjning.txt" "$dir/in/bitonal.tif" "$dir/bitonal.gt"
"$MK" text --ink blue --seed 4 "$TEXT/tjansteutlatande_samverkan.txt" "$dir/in/colour.png" "$dir/colour.gt"
"$MK" table --seed 5 "$TEXT/handlingsplan_tabell.tsv" "$dir/in/table.png" "$dir/table.gt"
"$MK" text --seed 6 "$SAMPLES/samarbetsavtal_ocr.txt" "$dir/in/oldocr.png" "$dir/oldocr.gt"
"$MK" text --degrade lowdpi --seed 7 "$TEXT/protokoll_kommitte.txt" "$dir/in/lowdpi.png" "$dir/lowdpi.gt"
python3 "$MKPDF" "$dir/in/born.pdf" "Ett avtal skrivet i en ordbehandlare."
# PNGs written here: a blank A4 page at 150 dpi; one that says it is 20 000 x 14 000 px (its
# header is all OCR reads before refusing it).
python3 - "$dir" <<'PY'
import struct, sys, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
def png(path, w, h, rows):
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    phys = struct.pack(">IIB", 5906, 5906, 1)  # 150 dpi in pixels per metre
    open(path, "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"pHYs", phys)
                           + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))
png(sys.argv[1] + "/in/blank.png", 1240, 1754, (b"\0" + b"\xff" * 1240) * 1754)
png(sys.argv[1] + "/huge.png", 20000, 14000, b"\0" * 20001)
PY
"$AT" ocr -j 2 --normalize --pdf -o "$dir/out" "$dir/in" 2> "$dir/err"; rc=$?
scans="clean copy bitonal colour table oldocr lowdpi blank"
ok "nine documents read" '[ $rc -eq 0 ] && grep -q "9 of 9 documents read" "$dir/err"'
ok "a PDF/A for each of the eight scans" 'for p in $scans; do [ -s "$dir/out/$p.pdf" ] || exit 1; done'
ok "the blank page's has no text" '[ -z "$(pdftotext "$dir/out/blank.pdf" - | tr -d " \n\f")" ]'
ok "none for the born-digital PDF, with a note naming it" \
    '[ ! -e "$dir/out/born.pdf" ] && grep -q "born.pdf: no PDF/A" "$dir/err"'
ok "no temporary files left" '[ -z "$(ls -a "$dir/out" | grep tmp)" ]'

# The writer's edge cases: words with astral and combining characters, pages with no words, a
# 20 000 x 14 000 px page, 500 pages, refusals.
"$UNIT" "$dir/unit" > "$dir/unit.tap"; unit_rc=$?
sed 's/^/# unit: /' "$dir/unit.tap"
ok "the writer's own checks pass (test_pdfa)" '[ $unit_rc -eq 0 ]'

# The text layer says what the repaired .txt says (up to white space), in reading order, in
# pdftotext's default mode and with -layout: at most 0.2 % of the characters differ on a page (a
# line OCR found running down the page continues the line before it, where the .txt has it).
edits=0; chars=0; layout_edits=0
for p in clean copy bitonal colour oldocr lowdpi; do
    pdftotext "$dir/out/$p.pdf" "$dir/$p.pdf.txt"
    pdftotext -layout "$dir/out/$p.pdf" "$dir/$p.layout.txt"
    read -r e c < <("$AT" eval --json --gold "$dir/out/$p.txt" "$dir/$p.pdf.txt" |
                    python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["char_edits"], j["gold_chars"])')
    le=$("$AT" eval --json --gold "$dir/out/$p.txt" "$dir/$p.layout.txt" | python3 -c 'import json,sys; print(json.load(sys.stdin)["char_edits"])')
    edits=$((edits + e)); chars=$((chars + c)); layout_edits=$((layout_edits + le))
    ok "$p: pdftotext gives the repaired text ($e edits in $c characters, at most 0.2 %)" '[ $((e * 500)) -le $c ]'
done
ok "all pages: pdftotext gives the repaired text ($edits edits in $chars characters, at most 0.2 %)" \
    '[ $((edits * 500)) -le $chars ]'
ok "all pages: pdftotext -layout too ($layout_edits edits in $chars characters, at most 0.2 %)" \
    '[ $((layout_edits * 500)) -le $chars ]'

# Table cells: in content order (-raw) the cells come one by one, as in the .txt (row by row);
# poppler's default mode keeps each cell's lines together but reads the table down its columns;
# -layout draws the rows, a row's lines across its cells.
pdftotext -raw "$dir/out/table.pdf" "$dir/table.raw.txt"; pdftotext "$dir/out/table.pdf" "$dir/table.pdf.txt"
pdftotext -layout "$dir/out/table.pdf" "$dir/table.layout.txt"
c=$(cer "$dir/out/table.txt" "$dir/table.raw.txt"); d=$(cer "$dir/out/table.txt" "$dir/table.pdf.txt")
echo "# table: pdftotext -raw CER $c, default mode $d, -layout $(cer "$dir/out/table.txt" "$dir/table.layout.txt")"
ok "table: pdftotext -raw gives the cells in order (CER $c <= 0.002)" 'below $c 0.002'
ok "table: the default mode keeps cells whole (CER $d <= 0.15; a line per block gave 0.36)" 'below $d 0.15'
ok "the repaired words are searchable, the broken ones not" \
    'grep -q "Tyresö kommun" "$dir/oldocr.pdf.txt" && ! grep -q "Tyresé" "$dir/oldocr.pdf.txt"'
ok "and the ALTO still keeps the broken reading" 'grep -q ">Tyresé</ALTERNATIVE>" "$dir/out/oldocr.alto.xml"'

# Every word's box as pdftotext -bbox reports it against its ALTO box.
for p in ${scans% blank}; do
    share=$(python3 "$BOXES" "$dir/out/$p.pdf" "$dir/out/$p.alto.xml" | python3 -c 'import json,sys; print(json.load(sys.stdin)["share"])')
    ok "$p: words on their ALTO boxes (IoU >= 0.5 for $share >= 0.95)" 'below 0.95 $share'
done

# In a package: the access copy is representation rep2 of a scan, with its METS and PREMIS.
# The package's scan is a bitonal TIFF of one line, as the one above but short: no check reads its words, and
# the full page's OCR and PDF/A cost some 7 s more under ASan.
printf 'Beslut om bygglov\n' > "$dir/short.txt"
mkdir "$dir/pkgin" && "$MK" text --degrade skew --ink bitonal --seed 3 "$dir/short.txt" "$dir/pkgin/bitonal.tif" "$dir/pkgin.gt"
"$AT" run -j 2 --organisation "Nacka kommun" -o "$dir/pkg" "$dir/pkgin/bitonal.tif" "$SAMPLES/samarbetsavtal_ocr.txt" \
    2> "$dir/run.err"; rc=$?
scan_pkg=$(ls "$dir"/pkg/*/representations/rep1/data/bitonal.tif); scan_pkg=${scan_pkg%/representations/*}
text_pkg=$(ls "$dir"/pkg/*/representations/rep1/data/samarbetsavtal_ocr.txt); text_pkg=${text_pkg%/representations/*}
ok "run: both documents packaged" '[ $rc -eq 0 ] && [ -d "$scan_pkg" ] && [ -d "$text_pkg" ]'
ok "the scan's package has rep2 with the PDF/A and its METS" \
    '[ -s "$scan_pkg/representations/rep2/data/bitonal.pdf" ] && [ -s "$scan_pkg/representations/rep2/METS.xml" ]'
ok "the text's package has none" '[ ! -e "$text_pkg/representations/rep2" ]'
ok "the root METS lists rep2 in its fileSec and structMap" \
    'grep -q "USE=\"Representations/rep2\"" "$scan_pkg/METS.xml" && grep -q "LABEL=\"Representations/rep2\"" "$scan_pkg/METS.xml"'
ok "PREMIS: an event deriving it from rep1 (source, outcome, software with version)" \
    'python3 - "$scan_pkg/metadata/preservation/premis.xml" <<PY
import sys, xml.etree.ElementTree as ET
P = "{http://www.loc.gov/premis/v3}"
root = ET.parse(sys.argv[1]).getroot()
ev = [e for e in root.iter(P + "event") if e.find(P + "eventIdentifier/" + P + "eventIdentifierValue").text == "event-access-copy"][0]
roles = {l.find(P + "linkingObjectRole").text: l.find(P + "linkingObjectIdentifierValue").text for l in ev.iter(P + "linkingObjectIdentifier")}
agents = {a.find(P + "agentIdentifier/" + P + "agentIdentifierValue").text: a for a in root.iter(P + "agent")}
qpdf = agents["agent-qpdf"].find(P + "agentVersion")
ok = (ev.find(P + "eventOutcomeInformation/" + P + "eventOutcome").text == "success"
      and roles.get("source") == "representations/rep1/data/bitonal.tif"
      and roles.get("outcome") == "representations/rep2/data/bitonal.pdf"
      and qpdf is not None and qpdf.text
      and any(r.find(P + "relationshipType").text == "derivation" for r in root.iter(P + "relationship")))
sys.exit(0 if ok else 1)
PY'
ok "arkivtext validate: both packages valid" '"$AT" validate "$scan_pkg" "$text_pkg" > "$dir/validate.out"'
sed 's/^/# /' "$dir/validate.out"
# A short page at 150 dpi is scan enough for --no-pdf, and quick to read.
"$MK" text --dpi 150 --seed 8 "$dir/short.txt" "$dir/short.png" "$dir/short.gt"
"$AT" run -j 2 --no-pdf --organisation "Nacka kommun" -o "$dir/pkg-nopdf" "$dir/short.png" 2> /dev/null
ok "run --no-pdf: no rep2" '[ -z "$(ls -d "$dir"/pkg-nopdf/*/representations/rep2 2> /dev/null)" ] && [ -n "$(ls -d "$dir"/pkg-nopdf/*uuid-*)" ]'

# PDFBox Preflight, every PDF in one JVM.
cp=""
for jar in preflight pdfbox2 fontbox2 xmpbox commons-logging jaxb-api javax.activation; do
    cp="$cp:/usr/share/java/$jar.jar"
done
if command -v java > /dev/null && [ -f /usr/share/java/preflight.jar ]; then
    (cd "$dir" && ls out/*.pdf unit/*.pdf pkg/*/representations/rep2/data/*.pdf > list && java -cp "${cp#:}" org.apache.pdfbox.preflight.Validator_A1b \
        xml group list > /dev/null 2> preflight.err)
    pdfs=$(wc -l < "$dir/list")
    valid=$(grep -c '<isValid type="PDF/A1-b">true</isValid>' "$dir/list.preflight.xml" 2> /dev/null)
    grep -o '<preflight name="[^"]*"\|<error>.*</error>\|<code>[^<]*</code>\|<details>[^<]*</details>' \
        "$dir/list.preflight.xml" 2> /dev/null | grep -v 'name=' | head -5 | sed 's/^/# preflight: /'
    echo "# preflight: $valid of $pdfs valid PDF/A-1b"
    ok "PDFBox Preflight: every PDF is valid PDF/A-1b ($valid of $pdfs)" '[ "$valid" = "$pdfs" ] && [ "$pdfs" -ge 14 ]'
else
    echo "ok $((n += 1)) - # SKIP PDFBox Preflight not installed (libpdfbox2-java, libjaxb-api-java, libactivation-java)"
fi

# Page images: bitonal stays CCITT G4, colour stays colour, a photocopy is JPEG.
images() { pdfimages -list "$dir/out/$1.pdf" | awk 'NR == 3 { print $6 "/" $9 }'; }
ok "bitonal scan: a 1-bit CCITT image ($(images bitonal))" '[ "$(images bitonal)" = gray/ccitt ]'
ok "colour scan: an RGB image ($(images colour))" '[ "$(images colour)" = rgb/image ] || [ "$(images colour)" = rgb/jpeg ]'
ok "photocopied gray scan: JPEG ($(images copy))" '[ "$(images copy)" = gray/jpeg ]'
# Clean rendered pages (paper one gray level) are lossless, Flate with PNG predictors: smaller.
ok "clean gray page and 200 dpi page: lossless ($(images clean), $(images lowdpi))" \
    '[ "$(images clean)" = gray/image ] && [ "$(images lowdpi)" = gray/image ]'
w=$(pdfinfo "$dir/out/bitonal.pdf" | awk '/Page size/ { print $3 "x" $5 }')
ok "page size from the scan's 300 dpi: A4 ($w pt)" '[ "$w" = 595.2x841.92 ]'
# A 200 dpi scan is read upsampled to 300 dpi; its image keeps the scan's pixels, on A4 all the same.
low=$(pdfimages -list "$dir/out/lowdpi.pdf" | awk 'NR == 3 { print $4 "x" $5 "@" $13 }')
w=$(pdfinfo "$dir/out/lowdpi.pdf" | awk '/Page size/ { print int($3 + 0.5) "x" int($5 + 0.5) }')
ok "200 dpi scan: the image at the scan's resolution ($low), the page A4 ($w pt)" \
    '[ "$low" = 1654x2339@200 ] && [ "$w" = 595x842 ] && grep -q "upsample:200-&gt;300" "$dir/out/lowdpi.alto.xml"'

# Bad input: a truncated scan and a 20 000 x 14 000 px page (past OCR's 120 megapixels) get one
# line each and no files; --jpeg-quality out of range is refused.
head -c 2000 "$dir/in/clean.png" > "$dir/broken.png"
"$AT" ocr --pdf -o "$dir/bad" "$dir/broken.png" "$dir/huge.png" 2> "$dir/bad.err"; rc=$?
ok "a truncated scan: exit 1, one line, no PDF" \
    '[ $rc -eq 1 ] && [ $(grep -c "broken.png" "$dir/bad.err") -eq 1 ] && [ ! -e "$dir/bad/broken.pdf" ]'
ok "a 20 000 x 14 000 px page: one line, no PDF" \
    'grep -qx "arkivtext ocr: .*huge.png: image too large (20000 x 14000 px.*" "$dir/bad.err" && [ -z "$(ls -A "$dir/bad" 2> /dev/null)" ]'
"$AT" ocr --pdf --jpeg-quality 101 -o "$dir/bad" "$dir/in/clean.png" 2> "$dir/q.err"; rc=$?
ok "--jpeg-quality 101 is a usage error" '[ $rc -eq 2 ] && grep -q "jpeg-quality" "$dir/q.err"'

echo "1..$n"
[ $fails -eq 0 ]
