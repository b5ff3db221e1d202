#!/bin/bash
# arkivtext extract from the command line: golden records of our fixtures (checked by hand),
# schema validity of every output, JSON, and bad or hostile input.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: extract_cli.sh ARKIVTEXT SCHEMA FIXTURES_DIR GOLDEN_DIR
set -u
AT=$(realpath "$1"); SCHEMA=$2; FIXTURES=$3; GOLDEN=$4
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
n=0; fails=0
check() { # name, condition (evaluated)
    n=$((n + 1))
    if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fails=$((fails + 1)); fi
}
valid() { xmllint --noout --nonet --schema "$SCHEMA" "$1" 2>/dev/null; }

# Golden records: the fixture's record must equal the file we checked line by line against the fixture.
for golden in "$GOLDEN"/*.record.xml; do
    name=$(basename "$golden" .record.xml)
    src=$(cd "$FIXTURES" && ls "$name".* | head -1)
    (cd "$FIXTURES" && "$AT" extract "$src") > "$dir/$name.xml" 2> "$dir/err"
    check "golden $name: same record" 'diff -u "$golden" "$dir/$name.xml" > "$dir/diff"'
    [ -s "$dir/diff" ] && head -20 "$dir/diff" | sed 's/^/# /'
    check "golden $name: valid against the schema" 'valid "$dir/$name.xml"'
done

# Several inputs go to a folder, one summary line each; JSON parses.
"$AT" extract -o "$dir/out" --format json "$FIXTURES"/*.txt "$FIXTURES"/*.tsv 2> "$dir/err"; rc=$?
count=$(ls "$FIXTURES"/*.txt "$FIXTURES"/*.tsv | wc -l)
check "batch to a folder succeeds" '[ $rc -eq 0 ]'
check "one .record.json per input" '[ $(ls "$dir/out"/*.record.json | wc -l) -eq $count ]'
check "one summary line per input" '[ $(wc -l < "$dir/err") -eq $count ]'
check "JSON parses" 'for f in "$dir/out"/*.json; do python3 -m json.tool "$f" > /dev/null || exit 1; done'

check "several inputs without -o is a usage error" '! "$AT" extract "$FIXTURES"/*.txt > /dev/null 2>&1'

# A text export's signature table (tab-separated places and parties) with the names as lines under it: the
# table is the blocks' marker though its lines are fields, not running text (two wordings).
printf 'Avtal om vinterväghållning\n\n§ 1 Parter\n\nAvtalet gäller mellan Arvika kommun och Vägservice AB.\n\n%s\n\n%s\n' \
    $'Arvika 2027-01-10\tKarlstad 2027-01-12\nArvika kommun, tekniska nämnden\tVägservice AB' \
    $'Eva Lind, ordförande i tekniska nämnden\n\nOlle Berg, verkställande direktör' > "$dir/sig1.txt"
printf 'Avtal om skolskjuts\n\n§ 1 Parter\n\nAvtalet gäller mellan Säffle kommun och Åmåls kommun.\n\n%s\n\n%s\n' \
    $'Säffle den 3 mars 2027\tÅmål den 5 mars 2027\nFör Säffle kommun\tFör Åmåls kommun' \
    $'Mona Sten\nKommunstyrelsens ordförande\n\nJan Vik\nKommundirektör' > "$dir/sig2.txt"
"$AT" extract --no-normalize "$dir/sig1.txt" > "$dir/sig1.xml" 2> /dev/null
"$AT" extract --no-normalize "$dir/sig2.txt" > "$dir/sig2.xml" 2> /dev/null
check "export signature table 1: the names under it signed" \
    'grep -q "<name[^>]*>Eva Lind</name>" "$dir/sig1.xml" && grep -q "<role[^>]*>verkställande direktör</role>" "$dir/sig1.xml"'
check "export signature table 2: the names under it signed" \
    'grep -q "<name[^>]*>Mona Sten</name>" "$dir/sig2.xml" && grep -q "<role[^>]*>Kommundirektör</role>" "$dir/sig2.xml"'

# Bad input: one line naming the file, no output file for it, the rest of the batch done.
: > "$dir/empty.txt"
printf 'PK\x03\x04\x00\x00binary' > "$dir/archive.txt"
printf 'Plan f\xf6r 2024\n' > "$dir/latin1.txt"
printf '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<alto>&x;</alto>\n' > "$dir/evil.alto.xml"
cp "$FIXTURES/samarbetsavtal_ostra.txt" "$dir/good.txt"
"$AT" extract -o "$dir/bad" "$dir/archive.txt" "$dir/latin1.txt" "$dir/evil.alto.xml" "$dir/good.txt" \
    "$dir/empty.txt" 2> "$dir/err"; rc=$?
check "a batch with bad files exits 1" '[ $rc -eq 1 ]'
check "a ZIP named .txt: one line naming it and what it is" 'grep -q "archive.txt: a ZIP archive, not a text file" "$dir/err"'
check "invalid UTF-8: one line naming it and the byte" 'grep -q "latin1.txt: invalid UTF-8 at byte 6" "$dir/err"'
check "hostile XML: refused, /etc/passwd not read" 'grep -q "evil.alto.xml" "$dir/err" && ! grep -q "root:" "$dir/err"'
check "no output for the bad files" '[ ! -e "$dir/bad/archive.record.xml" ] && [ ! -e "$dir/bad/latin1.record.xml" ] && [ ! -e "$dir/bad/evil.record.xml" ]'
check "no temporary files left" '[ -z "$(ls -A "$dir/bad" | grep -v "record.xml$")" ]'
check "the good file in the same batch is done" 'valid "$dir/bad/good.record.xml"'
check "an empty file gives a valid record with a warning" 'valid "$dir/bad/empty.record.xml" && grep -q "<warning>the document has no text</warning>" "$dir/bad/empty.record.xml"'
"$AT" extract --lenient "$dir/latin1.txt" > "$dir/lenient.xml" 2>/dev/null
check "--lenient: a valid record from invalid UTF-8" 'valid "$dir/lenient.xml"'

# 10 MB of random text: a valid record and no crash. The sanitized run reads 2 MB of it: the same code
# paths under ASan and UBSan for 9 s of CPU instead of 55 s; the plain run keeps the size.
mb=10; [ -n "${AT_SANITIZED:-}" ] && mb=2
python3 - "$dir/random.txt" $mb <<'EOF'
import random, sys
random.seed(7)
alphabet = "abcdefghijklmnopqrstuvwxyzåäöéABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ0123456789 .,:;-–§%/()\t\n"
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for _ in range(int(sys.argv[2]) * 1024):
        f.write("".join(random.choice(alphabet) for _ in range(1000)))
EOF
"$AT" extract "$dir/random.txt" > "$dir/random.xml" 2> "$dir/err"; rc=$?
check "$mb MB of random text extracts (exit 0)" '[ $rc -eq 0 ]'
check "$mb MB of random text: a valid record" 'valid "$dir/random.xml"'

echo "1..$n"
[ $fails -eq 0 ]
