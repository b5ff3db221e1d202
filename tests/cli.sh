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
# The exit codes --help names are the README's table, and the CLI's own list, 130 included.
readme=$(dirname "$0")/../README.md
codes_help=$(sed -n '/^Exit codes/,$p' "$dir/out" | grep -oE '(^|[ ,])[0-9]+ [a-z]' | grep -oE '[0-9]+' | sort -n | tr '\n' ' ')
codes_readme=$(sed -n '/^## Exit codes/,/^## /p' "$readme" | sed -n 's/^| \([0-9][0-9]*\) |.*/\1/p' | sort -n | tr '\n' ' ')
ok "exit codes in --help ($codes_help) are the README's ($codes_readme), 130 included" \
   '[ "$codes_help" = "$codes_readme" ] && [ "$codes_help" = "0 1 2 3 130 " ]'
"$AT" frobnicate 2> "$dir/err"; rc=$?
ok "an unknown command is a usage error (2)" '[ $rc -eq 2 ] && grep -q "unknown command" "$dir/err"'
"$AT" normalize --no-such-option 2> "$dir/err"; rc=$?
ok "an unknown option is a usage error (2)" '[ $rc -eq 2 ] && [ $(wc -l < "$dir/err") -eq 1 ]'

"$AT" normalize --explain 6ver > "$dir/out"
ok "--explain lists över first for 6ver, with its rule" 'sed -n 3p "$dir/out" | grep -q "över .*ocr.6-ö"'
ok "--explain lists the unchanged reading too" 'grep -q "6ver .*(unchanged)" "$dir/out"'
# --explain WORD FILE: the word as it was decided in that document, not in a vacuum.
printf 'Sodertorn ar en attraktiv del av regionen.\nKostnaden ar 120 000 kr.\n' > "$dir/explain.txt"
"$AT" normalize --explain ar "$dir/explain.txt" > "$dir/out" 2> "$dir/err"; rc=$?
ok "--explain WORD FILE: the document's estimated strip rate, each occurrence with its neighbours and decision" \
   '[ $rc -eq 0 ] && head -1 "$dir/out" | grep -q "^ar (in .*explain.txt: strip rate 0\.[0-9]*, estimated from the document): 3 candidates" &&
    ! head -1 "$dir/out" | grep -q "strip rate 0.50" &&
    grep -q "^  line 1: Södertörn \[ar\] en -> är (rule dict.diacritics, score " "$dir/out" &&
    grep -q "^  line 2: Kostnaden \[ar\] 120 -> är (rule " "$dir/out" && grep -q "2 occurrences in" "$dir/out"'
"$AT" normalize --strip-rate 0.1 --explain ar "$dir/explain.txt" > "$dir/out"
ok "--explain WORD FILE with --strip-rate: the rate as given" 'head -1 "$dir/out" | grep -q "strip rate 0.10, as given"'
"$AT" normalize --explain ar "$dir/explain.txt" "$dir/explain.txt" > /dev/null 2> "$dir/err"; rc=$?
ok "--explain with two FILEs is a usage error" '[ $rc -eq 2 ] && [ $(wc -l < "$dir/err") -eq 1 ]'

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
# eval: changed words told apart (right, wrong but a real word), the error list, confusion sets.
printf 'Vi är här i år.\n' > "$dir/gold"; printf 'Vi ar har i ar.\n' > "$dir/ocr"; printf 'Vi är har i är.\n' > "$dir/hyp"
printf '# folded\tspellings\nar\tär:1:1\tår:1:1\nhar\thar:1:1\thär:1:1\n' > "$dir/sets"
"$AT" eval --gold "$dir/gold" --ocr "$dir/ocr" --errors --confusions "$dir/sets" "$dir/hyp" > "$dir/out"
ok "eval: år read as är is wrong but plausible, här left as har is broken" \
   'grep -q "changed 2 words: 1 right, 1 wrong but plausible (50.00 % of changed), 0 wrong otherwise; 1 damaged words left" "$dir/out" &&
    grep -q "^plausible	år	ar	är$" "$dir/out" && grep -q "^broken	här	har	har$" "$dir/out"'
ok "eval: confusion sets right before and after" \
   'grep -q "^| ar | 2 | 0.00 % | 50.00 % |$" "$dir/out" && grep -q "^| har | 1 | 0.00 % | 0.00 % |$" "$dir/out"'
"$AT" eval --gold "$dir/gold" --errors "$dir/hyp" 2> "$dir/err"; rc=$?
ok "eval: --errors without --ocr is a usage error" '[ $rc -eq 2 ] && grep -q "need --ocr" "$dir/err"'

# --corrections first, whole words, case kept; --min-score flags what it does not make; undo ignores flags.
printf 'Sodertsrn och SODERTSRN ar i Sodertsrns. Vi bor i Norden.\n' > "$dir/corr-in.txt"
printf '# our corrections\nsodertsrn\tSödertörn\n' > "$dir/corr.tsv"
"$AT" normalize --corrections "$dir/corr.tsv" --changes "$dir/corr.jsonl" "$dir/corr-in.txt" > "$dir/out"
ok "--corrections: whole words, case kept, logged as user.correction" \
   'grep -q "^Södertörn och SÖDERTÖRN är i Sodertsrns. Vi bor i Norden.$" "$dir/out" &&
    [ $(grep -c "\"rule\":\"user.correction\"" "$dir/corr.jsonl") -eq 2 ]'
printf 'sodertsrn Södertörn\n' > "$dir/corr-bad.tsv"
"$AT" normalize --corrections "$dir/corr-bad.tsv" "$dir/corr-in.txt" > /dev/null 2> "$dir/err"; rc=$?
ok "--corrections: a line without a tab is a setup error naming file:line" '[ $rc -eq 3 ] && grep -q "corr-bad.tsv:1:" "$dir/err"'
"$AT" normalize --min-score 1 --changes "$dir/flags.jsonl" "$dir/corr-in.txt" > "$dir/out"
ok "--min-score 1: nothing changed, every repair flagged with its suggestion" \
   'cmp -s "$dir/out" "$dir/corr-in.txt" && grep -q "\"before\":\"ar\",\"after\":\"ar\",\"rule\":\"flagged\",\"suggestion\":\"är\"" "$dir/flags.jsonl"'
"$AT" normalize --min-score 1 --changes "$dir/flags.xml" "$dir/corr-in.txt" > /dev/null
"$AT" normalize --undo "$dir/flags.jsonl" "$dir/out" | cmp -s - "$dir/corr-in.txt" && \
"$AT" normalize --undo "$dir/flags.xml" "$dir/out" | cmp -s - "$dir/corr-in.txt"
ok "undo passes over flags (JSON Lines and XML)" '[ $? -eq 0 ] && grep -q "<suggestion>är</suggestion>" "$dir/flags.xml"'
"$AT" normalize --min-score 2 "$dir/corr-in.txt" 2> "$dir/err"; rc=$?
ok "--min-score outside 0..1 is a usage error" '[ $rc -eq 2 ]'

# Every command's --help usage line shows what it requires and is the one the README shows
# ("…" and "..." alike; GLib's own words in English: under sv_SE it writes [FLAGGA…]). run's is checked
# by run's own tests.
readme=$(dirname "$0")/../README.md
for cmd in normalize ocr extract validate search index status slurm eval damage "dict learn" "dict lookup" "dict coverage" \
           "dict info"; do
    usage=$(LC_ALL=C.UTF-8 "$AT" $cmd --help | sed -n 2p | sed 's/^ *//; s/ - .*//; s/…/.../g')
    ok "$cmd --help: the usage line '$usage' is in the README" \
       '[ -n "$usage" ] && sed "s/…/.../g" "$readme" | grep -qxF -- "$usage"'
done
# Every command and subcommand answers --help with its usage on stdout and exit 0, doing nothing else.
commands=$("$AT" --help | sed -n 's/^  \([a-z]*\) .*/\1/p')
for cmd in $commands "dict learn" "dict lookup" "dict coverage" "dict info"; do
    "$AT" $cmd --help > "$dir/out" 2> "$dir/err"; rc=$?
    ok "$cmd --help: usage on stdout, exit 0" \
       '[ $rc -eq 0 ] && head -2 "$dir/out" | grep -qE "^(Usage: | *)arkivtext $cmd " && [ ! -s "$dir/err" ]'
done
ok "--help lists at least the 14 commands" '[ $(echo $commands | wc -w) -ge 14 ]'
"$AT" dict info extra > /dev/null 2> "$dir/err"; rc=$?
ok "dict info with an argument is a usage error" '[ $rc -eq 2 ] && [ $(wc -l < "$dir/err") -eq 1 ]'
for want in "ocr:-o DIR" "extract:--lang=LANG" "extract:--dpi=N" "eval:--gold GOLD" "damage:--mode strip|ocr" \
            "dict learn:-o LEXICON" "slurm:-o DIR"; do
    cmd=${want%%:*}
    ok "$cmd --help shows ${want#*:}" '"$AT" $cmd --help | grep -qF -- "${want#*:}"'
done

# One failure, one exit code in every command: an input missing or of the wrong kind is 1 (an input
# failed), named in one line by what it is; an output that cannot be written is 3.
printf 'not a PDF\n' > "$dir/brev.pdf"; printf '\x89PNG\r\n\x1a\nxxxx' > "$dir/scan.txt"; mkdir -p "$dir/a-folder"
for cmd in "normalize" "extract" "dict learn -o $dir/lex.out" "damage --mode strip" "eval --gold $dir/plain0.txt" \
           "dict coverage"; do
    printf 'Sodertorn ar en kommun.\n' > "$dir/plain0.txt"
    "$AT" $cmd "$dir/missing.txt" > /dev/null 2> "$dir/err"; rc=$?
    ok "$cmd: a missing input: exit 1, one line naming it" \
       '[ $rc -eq 1 ] && [ $(grep -c "missing.txt" "$dir/err") -eq 1 ] && grep -q "missing.txt: cannot open: " "$dir/err"'
    "$AT" $cmd "$dir/scan.txt" > /dev/null 2> "$dir/err"; rc=$?
    ok "$cmd: an image named .txt: exit 1, 'a PNG image, not a text file'" \
       '[ $rc -eq 1 ] && [ $(grep -c "scan.txt" "$dir/err") -eq 1 ] && grep -q "scan.txt: a PNG image, not a text file" "$dir/err"'
done
"$AT" ocr -o "$dir/ocr-kind" "$dir/brev.pdf" > /dev/null 2> "$dir/err"; rc=$?
ok "ocr: a text file named .pdf: exit 1, 'a text file, not a PDF'" '[ $rc -eq 1 ] && grep -q "brev.pdf: a text file, not a PDF$" "$dir/err"'
"$AT" validate "$dir/brev.pdf" > /dev/null 2> "$dir/err"; rc=$?
ok "validate: a text file: exit 1, 'a text file, not a package'" '[ $rc -eq 1 ] && grep -q "brev.pdf: a text file, not a package" "$dir/err"'
for cmd in "normalize -o $dir/a-folder" "damage --mode strip -o $dir/a-folder" "dict learn -o $dir/a-folder"; do
    "$AT" $cmd "$dir/plain0.txt" > /dev/null 2> "$dir/err"; rc=$?
    ok "${cmd%% -o*}: an output that cannot be written: exit 3, one line" \
       '[ $rc -eq 3 ] && [ $(wc -l < "$dir/err") -eq 1 ] && grep -q "a-folder: is a folder" "$dir/err"'
done
echo > "$dir/extract-out"
"$AT" extract -o "$dir/extract-out" "$dir/plain0.txt" > /dev/null 2> "$dir/err"; rc=$?
ok "extract: an output folder that cannot be made: exit 3" '[ $rc -eq 3 ]'

# Counts in words: one of a thing is singular.
printf 'Hej\n' > "$dir/one.txt"
"$AT" dict learn -o "$dir/one.lex" "$dir/one.txt" 2> "$dir/err"
ok "dict learn: '1 word, 0 word pairs from 1 file'" 'grep -q "1 word, 0 word pairs from 1 file ->" "$dir/err"'
printf 'ar\n' > "$dir/one.txt"
"$AT" normalize --stats "$dir/one.txt" > /dev/null 2> "$dir/err"
ok "normalize --stats: '1 word, 1 changed'" 'grep -q "normalize: 1 word, 1 changed" "$dir/err"'
"$AT" ocr -o "$dir/ocr-kind" "$dir/brev.pdf" > /dev/null 2> "$dir/err"
ok "ocr: '0 of 1 document read, 0 pages'" 'grep -q "0 of 1 document read, 0 pages," "$dir/err"'
# run, validate, status, review: a box of one document, one page, one change and one skipped file.
mkdir -p "$dir/one-box"; printf 'Kommunen ar stor.\n' > "$dir/one-box/a.txt"; printf 'PK\003\004xxxx' > "$dir/one-box/b.zip"
"$AT" run -o "$dir/one-out" --organisation T "$dir/one-box" 2> "$dir/err"
ok "run: '1 document: 1 ok …, 0 duplicates, 0 failed; 1 file skipped; 1 page; 1 word changed'" \
   'grep -q "run: 1 document: 1 ok (0 already done, 0 with warnings), 0 duplicates, 0 failed; 1 file skipped; 1 page; 1 word changed;" "$dir/err"'
"$AT" validate "$dir/one-out" > "$dir/out"
ok "validate: '1 package: 1 valid'" 'grep -q "^1 package: 1 valid, 0 invalid" "$dir/out"'
"$AT" status "$dir/one-out" > "$dir/out"
ok "status: '1 document', '1 page done'" 'grep -q ": 1 document: 1 done" "$dir/out" && grep -q "^1 page done" "$dir/out"'
"$AT" review "$dir/one-out" > "$dir/out"
ok "review: '1 document, 1 page (0 images), 1 word marked'" 'grep -q "review: 1 document, 1 page (0 images), 1 word marked;" "$dir/out"'

# Every option that changes the packages is checked against the folder's: a change stops the run with one
# line naming it and saying --force redoes them (exit 3); the same options resume.
for change in "--no-pdf:without --no-pdf (now with)" "--lang swe+eng:--lang 'swe' (now 'swe+eng')" \
              "--dpi 200:--dpi '300' (now '200')" "--no-tables:without --no-tables (now with)" \
              "--force-ocr:without --force-ocr (now with)" "--no-normalize:without --no-normalize (now with)" \
              "--lenient:without --lenient (now with)" "--submission-agreement LÖ-1:--submission-agreement '' (now 'LÖ-1')" \
              "--zip:as a folder (now as a zip)"; do
    "$AT" run -o "$dir/one-out" --organisation T ${change%%:*} "$dir/one-box" > /dev/null 2> "$dir/err"; rc=$?
    ok "run ${change%%:*} on a folder made without it: exit 3, one line, 'made ${change#*:}; --force redoes them'" \
       '[ $rc -eq 3 ] && [ $(wc -l < "$dir/err") -eq 1 ] && grep -qF "made ${change#*:}; --force redoes them" "$dir/err"'
done
"$AT" run -o "$dir/one-out" --organisation T "$dir/one-box" 2> "$dir/err"; rc=$?
ok "the same options again resume: 1 already done" '[ $rc -eq 1 ] && grep -q "1 ok (1 already done" "$dir/err"'
"$AT" run -o "$dir/one-out" --organisation T --dpi 200 --force "$dir/one-box" 2> "$dir/err"; rc=$?
ok "--force redoes them with the new option, which the next run keeps" \
   '[ $rc -eq 1 ] && grep -q "1 ok (0 already done" "$dir/err" && grep -qx "dpi=200" "$dir/one-out/.arkivtext/run-options.ini"'

# Start at once: commands that read text neither load the OCR libraries nor start themselves again;
# ocr opens the OCR module (the dynamic linker's LD_DEBUG=files lists every program start and library).
loads() { # what to look for, command...
    local what=$1; shift
    LD_DEBUG=files "$@" < /dev/null > /dev/null 2> "$dir/ld"
    grep -cE "$what" "$dir/ld"
}
ocr_libs='file=lib(tesseract|lept|poppler)[^ ]*so'
printf 'Sodertorn ar en kommun.\n' > "$dir/plain.txt"
for cmd in "normalize $dir/plain.txt" "extract $dir/plain.txt" "dict info" "eval --gold $dir/plain.txt $dir/plain.txt" \
           "validate $dir" "search --help"; do
    ok "$cmd: no OCR library loaded, one program start" \
       '[ $(loads "$ocr_libs" "$AT" $cmd) -eq 0 ] && [ $(loads "initialize program" "$AT" $cmd) -eq 1 ]'
done
ok "ocr opens the OCR module, with tesseract, in one program start" \
   '[ $(loads "file=.*libarkivtext-ocr" "$AT" ocr -o "$dir/ocr-out" "$dir/none.png") -ge 1 ] && [ $(loads "$ocr_libs" "$AT" ocr -o "$dir/ocr-out" "$dir/none.png") -ge 1 ] &&
    [ $(loads "initialize program" "$AT" ocr -o "$dir/ocr-out" "$dir/none.png") -eq 1 ]'

# A rule match PCRE2 gives up on (here a runaway user rule) leaves the word as it is, with a warning.
printf 'glyph test.runaway 0.5 "^(a|aa)+$" x\n' > "$dir/runaway.rules"
printf 'Det var aaaaaaaaaaaaaaaaaaaaaaaaaaaaab och det ar bra.\n' > "$dir/runaway.txt"
"$AT" normalize --rules "$dir/runaway.rules" "$dir/runaway.txt" > "$dir/out" 2> "$dir/err"; rc=$?
ok "a rule match stopped by PCRE2's limits: word kept, one warning naming the rule" \
  '[ $rc -eq 0 ] && grep -q "aaaaaaaaaaaaaaaaaaaaaaaaaaaaab och det är bra" "$dir/out" && [ $(wc -l < "$dir/err") -eq 1 ] && grep -q "warning: .*runaway.txt: 1 rule match stopped at PCRE2.s limits (first: rule test.runaway)" "$dir/err"'

echo "1..$n"
[ $fails -eq 0 ]
