#!/bin/bash
# The command line: help, explain, user lexicons, XML change logs, usage errors.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: cli.sh ARKIVTEXT
set -u
AT=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fails=0; n=0
ok() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fails=$((fails + 1)); fi; }

"$AT" --help > "$dir/out"; rc=$?
ok "--help exits 0 and lists the commands" '[ $rc -eq 0 ] && grep -q "normalize" "$dir/out" && grep -q "Exit codes" "$dir/out"'
"$AT" frobnicate 2> "$dir/err"; rc=$?
ok "an unknown command is a usage error (2)" '[ $rc -eq 2 ] && grep -q "unknown command" "$dir/err"'
"$AT" normalize --no-such-option 2> "$dir/err"; rc=$?
ok "an unknown option is a usage error (2)" '[ $rc -eq 2 ] && [ $(wc -l < "$dir/err") -eq 1 ]'

"$AT" normalize --explain 6ver > "$dir/out"
ok "--explain lists över first for 6ver, with its rule" 'sed -n 3p "$dir/out" | grep -q "över .*ocr.6-ö"'
ok "--explain lists the unchanged reading too" 'grep -q "6ver .*(unchanged)" "$dir/out"'

# A user lexicon teaches a name no list has: Öhrnell, stripped to Ohrnell.
printf 'Handläggare är Maria Öhrnell. Frågor besvaras av Öhrnell.\n' > "$dir/clean.txt"
"$AT" dict learn -o "$dir/lex.txt" "$dir/clean.txt" 2> "$dir/err"
ok "dict learn writes a lexicon" 'head -1 "$dir/lex.txt" | grep -q "^# arkivtext lexicon 1$" && grep -q "^w	öhrnell	2$" "$dir/lex.txt"'
printf 'Kontakta Ohrnell pa kontoret i host.\n' > "$dir/ocr.txt"
"$AT" normalize "$dir/ocr.txt" > "$dir/without"
"$AT" normalize --lexicon "$dir/lex.txt" "$dir/ocr.txt" > "$dir/with"
ok "without the lexicon the name stays" 'grep -q "Kontakta Ohrnell på kontoret i höst." "$dir/without"'
ok "with the lexicon the name is repaired" 'grep -q "Kontakta Öhrnell på kontoret i höst." "$dir/with"'
printf 'w\tbroken\n' > "$dir/bad-lex.txt"
"$AT" normalize --lexicon "$dir/bad-lex.txt" "$dir/ocr.txt" 2> "$dir/err"; rc=$?
ok "a broken lexicon is a setup error naming file:line" '[ $rc -eq 3 ] && grep -q "bad-lex.txt:1:1:" "$dir/err"'

"$AT" normalize --changes "$dir/changes.xml" "$dir/ocr.txt" > "$dir/out"
ok "XML change log is well-formed" 'xmllint --noout "$dir/changes.xml"'
ok "XML change log records rule and offsets" 'grep -q "<change offset=\"17\" out-offset=\"17\" rule=\"dict.diacritics\"" "$dir/changes.xml"'
"$AT" normalize --undo "$dir/changes.xml" "$dir/out" | cmp -s - "$dir/ocr.txt"
ok "undo from the XML log restores the input" '[ $? -eq 0 ]'

"$AT" normalize --stats "$dir/ocr.txt" 2> "$dir/err" > /dev/null
ok "--stats prints one summary line" 'grep -q "words, [0-9]* changed" "$dir/err"'
# A rule match PCRE2 gives up on (here a runaway user rule) leaves the word as it is, with a warning.
printf 'glyph test.runaway 0.5 "^(a|aa)+$" x\n' > "$dir/runaway.rules"
printf 'Det var aaaaaaaaaaaaaaaaaaaaaaaaaaaaab och en ar.\n' > "$dir/runaway.txt"
"$AT" normalize --rules "$dir/runaway.rules" "$dir/runaway.txt" > "$dir/out" 2> "$dir/err"; rc=$?
ok "a rule match stopped by PCRE2's limits: word kept, one warning naming the rule" \
  '[ $rc -eq 0 ] && grep -q "aaaaaaaaaaaaaaaaaaaaaaaaaaaaab och en är" "$dir/out" && [ $(wc -l < "$dir/err") -eq 1 ] && grep -q "warning: .*runaway.txt: 1 rule match stopped at PCRE2.s limits (first: rule test.runaway)" "$dir/err"'

echo "1..$n"
[ $fails -eq 0 ]
