#!/bin/bash
# Numbers written to files keep their decimal point under the Swedish locale an archivist's machine
# has (sv_SE.UTF-8 formats 0.95 as "0,95"): records, ALTO, PREMIS, report.json and validate --json,
# and the packages `run` writes there are valid.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: locale.sh ARKIVTEXT MKPAGE SCHEMAS_DIR FIXTURE.txt
set -u
AT=$(realpath "$1"); MK=$(realpath "$2"); S=$(realpath "$3"); F=$(realpath "$4")
if ! locale -a 2>/dev/null | grep -qix 'sv_SE.utf-\?8'; then
    echo "1..0 # SKIP locale sv_SE.UTF-8 not installed (see .ci/install-deps)"
    exit 77
fi
export LC_ALL=sv_SE.UTF-8 SOURCE_DATE_EPOCH=1767225600
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
fails=0; n=0
ok() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fails=$((fails + 1)); fi; }
# A number we write with a decimal comma: in a numeric attribute, after a label in ALTO/PREMIS, or in JSON.
comma_number() {
    grep -E '(WC|[cC]onfidence|HPOS|VPOS|WIDTH|HEIGHT|ROTATION|amount)="-?[0-9]+,[0-9]+"|(deskew|clean|confidence|skew)[: ]-?[0-9]+,[0-9]|": -?[0-9]+,[0-9]' "$@"
}

ok "the locale is in effect (it writes 0.5 as 0,50)" '[ "$(python3 -c "import locale; locale.setlocale(locale.LC_ALL, \"\"); print(locale.format_string(\"%.2f\", 0.5))")" = "0,50" ]'

"$AT" extract "$F" > record.xml 2> err
ok "extract: kindConfidence with a decimal point" 'grep -Eq "kindConfidence=\"[01]\.[0-9]{2}\"" record.xml'
ok "extract: no number with a decimal comma in the record" '! comma_number record.xml'
ok "extract: the record is valid against our schema" 'xmllint --nonet --noout --schema "$S/arkivtext-record-1.xsd" record.xml 2>/dev/null'

# A small skewed scan: OCR confidences, the deskew angle and the speck share are numbers in ALTO and PREMIS.
mkdir in
head -12 "$F" > page.txt
"$MK" text --dpi 150 --degrade skew --seed 3 page.txt in/sida.png gt.txt > /dev/null
cp "$F" in/
"$AT" run -j 2 --organisation "Huddinge kommun" -o out in > run.log 2>&1; rc=$?
ok "run under sv_SE: both documents packaged" '[ $rc -eq 0 ] && [ "$(ls -d out/*/METS.xml | wc -l)" -eq 2 ]'
[ $rc -eq 0 ] || tail -20 run.log | sed "s/^/# /" >&2 # meson shows a failed test's stderr
"$AT" validate out/*uuid-*/ > validate.log 2>&1; rc=$?
ok "run under sv_SE: arkivtext validate accepts the packages" '[ $rc -eq 0 ]'
ok "ALTO: word confidences and the deskew angle with a decimal point" \
   'grep -Eq "WC=\"(1|0\.[0-9]+)\"" out/*/representations/rep1/data/*.alto.xml &&
    grep -Eq "deskew:-?[0-9]+\.[0-9]{2}" out/*/representations/rep1/data/*.alto.xml'
ok "PREMIS: mean word confidence and skew with a decimal point" \
   'grep -Eq "mean word confidence [01]\.[0-9]{3}" out/*/metadata/preservation/premis.xml &&
    grep -Eq "skew -?[0-9]+\.[0-9]{2}" out/*/metadata/preservation/premis.xml'
ok "no number with a decimal comma in any package file or report" '! comma_number -r out --include="*.xml" --include="*.json" --include="*.csv"'
ok "report.json parses, with the OCR confidence a number" \
   'python3 -c "import json,sys; r=json.load(open(\"out/report.json\")); sys.exit(0 if any(isinstance(d.get(\"mean_confidence\"), float) for d in r[\"documents\"]) else 1)"'
"$AT" validate --json out/*uuid-*/ > validate.json 2>/dev/null
ok "validate --json parses (one object per package and line), its counts numbers" \
   'python3 -c "import json,sys; r=[json.loads(l) for l in open(\"validate.json\")]; sys.exit(0 if len(r) == 2 and all(isinstance(p[\"errors\"], int) and p[\"valid\"] for p in r) else 1)"'
echo "1..$n"
[ $fails -eq 0 ]
