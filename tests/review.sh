#!/bin/bash
# arkivtext run writes the review pages at its end (not with --no-review).
# arkivtext review on a batch made by arkivtext run (a scanned page and a text): the overview and a
# page per document, page images at 150 dpi drawn through the OCR module, one box per ALTO word,
# changed and doubtful words marked; a package that cannot be read is named and left out; the review
# folder is replaced whole, never a link; then the pages in headless chromium (review_browser.py).
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: review.sh ARKIVTEXT MKPAGE FIXTURES_DIR BROWSER_TEST
set -u
AT=$(realpath "$1"); MKPAGE=$(realpath "$2"); F=$(realpath "$3"); BROWSER=$(realpath "$4")
. "$(dirname "$(realpath "$0")")/tap.sh"
mkdir in
"$MKPAGE" text --degrade noise "$F/samarbetsavtal_ostra.txt" in/scan.png gt.txt > /dev/null
printf 'Protokoll\n\nVid motet beslutades att bygga nya cykelbanor i Sodertorn.\n' > in/protokoll.txt
"$AT" run --organisation "Haninge kommun" --no-pdf -o out in > run.log 2>&1
ok "run makes two packages" '[ $(ls -d out/*uuid-* | wc -l) -eq 2 ]'
ok "run ends by writing the review pages of both" \
   '[ -s out/review/index.html ] && [ $(ls out/review/*uuid-*.html | wc -l) -eq 2 ] && grep -q "review pages of 2 documents" run.log'
rm -r out/review
"$AT" run --organisation "Haninge kommun" --no-pdf --no-review -o out in > rerun.log 2>&1; rc=$?
ok "--no-review: none written (rc $rc)" '[ $rc -eq 0 ] && [ ! -e out/review ] && ! grep -q "review pages" rerun.log'

"$AT" review out > review.log 2>&1; rc=$?
ok "review exits 0 and says what it wrote" '[ $rc -eq 0 ] && grep -q "2 documents, 2 pages (1 image)" review.log'
ok "index.html and one page per package, no temporary folder left" \
   '[ -s out/review/index.html ] && [ $(ls out/review/*uuid-*.html | wc -l) -eq 2 ] && [ -z "$(ls -a out | grep tmp)" ]'
scan=$(basename "$(dirname "$(dirname "$(dirname "$(dirname "$(ls out/*uuid-*/representations/rep1/data/scan.png)")")")")")
ok "the scan's page image is a JPEG at 150 dpi (half the 300 dpi page)" \
   'python3 -c "
import re, struct, sys
d = open(\"out/review/$scan/p1.jpg\", \"rb\").read()
assert d[:2] == b\"\xff\xd8\"
alto = open([l for l in __import__(\"glob\").glob(\"out/$scan/representations/rep1/data/*.alto.xml\")][0]).read()
w = int(re.search(r\"<Page [^>]*WIDTH=\\\"(\d+)\\\"\", alto).group(1))
i = 2
while d[i + 1] not in (0xC0, 0xC2): i += 2 + struct.unpack(\">H\", d[i + 2:i + 4])[0]
h2, w2 = struct.unpack(\">HH\", d[i + 5:i + 9])
sys.exit(abs(w2 - w / 2) > 1)
"'
count() { python3 -c "import re,sys; print(len(re.findall(sys.argv[1], open(sys.argv[2], encoding='utf-8').read())))" "$@"; }
ok "one word span per ALTO String in the scan's page" \
   '[ "$(count "<span id=\"p1_w" out/review/$scan.html)" = "$(cat out/$scan/representations/rep1/data/*.alto.xml | grep -o "<String " | wc -l)" ]'
ok "changed words carry their original reading and rule" \
   'grep -q "class=\"w chg[^>]*data-raw=\"[^\"]*\" data-rule=\"[^\"]\+\"" out/review/*.html'
ok "the text document is shown as text with the repaired Södertörn marked (original Sodertorn)" \
   'grep -q "data-text=\"Södertörn\.\" data-raw=\"Sodertorn\.\"" out/review/*.html'
ok "pages are self-contained: no http(s) URL in script, style, link or img" \
   '! grep -qE "(src|href)=\"https?:" out/review/*.html'

# a package that cannot be read is named and left out; the others are still written
cp -r "out/$scan" "out/uuid-broken" && echo "not xml" > out/uuid-broken/METS.xml
"$AT" review out > review2.log 2> err.log; rc=$?
ok "a broken package: exit 1, one line naming it, the others written (rc $rc)" \
   '[ $rc -eq 1 ] && [ $(wc -l < err.log) -eq 1 ] && grep -q "uuid-broken" err.log && [ $(ls out/review/*uuid-*.html | wc -l) -eq 2 ]'
rm -rf out/uuid-broken
# never a link: a symbolic link where the review folder goes is refused and left as it is
mv out/review elsewhere && ln -s "$dir/elsewhere" out/review
"$AT" review out > /dev/null 2> err.log; rc=$?
ok "a symbolic link named review is refused, one line, left alone (rc $rc)" \
   '[ $rc -eq 3 ] && [ $(wc -l < err.log) -eq 1 ] && [ -L out/review ]'
rm out/review

# an OCR'd word the engine was sure of is marked when run's dictionary knows it not, or when it is a speck ("|");
# numbers, dashes and known words are not
mkdir alto
w() { printf '<String CONTENT="%s" WC="%s" HPOS="%d" VPOS="100" WIDTH="300" HEIGHT="40"/><SP/>' "$1" "$2" "$3"; }
{ echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page WIDTH="2480" HEIGHT="3508"><PrintSpace><TextBlock><TextLine>'
  w Kommunen 0.95 100; w beslutade 0.95 420; w Xqvbnrk, 0.95 740; w 2024 0.95 1060; w cykelbanor 0.5 1380
  w – 0.95 1700; w "|" 0.95 1800
  echo '</TextLine></TextBlock></PrintSpace></Page></Layout></alto>'; } > alto/sida.alto.xml
"$AT" run --organisation "Haninge kommun" --no-pdf -o alto-out alto > alto.log 2>&1
marked() { grep -o 'class="w low" data-line="1" data-text="[^"]*"' alto-out/review/*uuid-*.html | sed 's/.*data-text=//' | tr -d '"' | tr '\n' ' '; }
ok "marked: the unknown word, the one of low confidence and the speck, not the known words, number or dash ($(marked))" \
   '[ "$(marked)" = "Xqvbnrk, cykelbanor | " ]'

if command -v chromium > /dev/null; then
    "$AT" review out > /dev/null
    python3 "$BROWSER" out decisions.json > browser.log 2>&1; rc=$?
    # the checks of its last browser only (review_browser.py starts a second when chromium dies)
    tac browser.log | sed '/^# chromium died/q' | tac |
        sed 's/^\(not \)\?ok [0-9]* - /  browser: &/' | grep "ok [0-9]* -" | sed 's/^  browser: //' > browser.tap
    while IFS= read -r line; do
        case "$line" in
            "ok "*) ok "browser: ${line#ok * - }" true ;;
            "not ok "*) ok "browser: ${line#not ok * - }" false ;;
        esac
    done < browser.tap
    ok "the browser test ran to its end (rc $rc)" '[ $rc -eq 0 ] && grep -q "^1\.\." browser.log'
    # what stopped it (a traceback), as TAP comments
    [ $rc -eq 0 ] || grep -v "^\(not \)\?ok [0-9]* -" browser.log | sed 's/^/# /'
else
    echo "ok $((n + 1)) # SKIP chromium is not installed"; n=$((n + 1))
fi
tap_end
