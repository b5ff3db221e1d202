#!/bin/bash
# Packages as archives: zip and tar written reproducibly and valid; hostile archives refused with one clear line,
# nothing written outside the private temporary folder (which is removed).
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: archive.sh ARKIVTEXT MKPACKAGE TEXT
set -u
AT=$1 MK=$2 TEXT=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fails=0; n=0
ok() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fails=$((fails + 1)); fi; }
export SOURCE_DATE_EPOCH=1700000000
mkdir "$dir/tmp"
export TMPDIR=$dir/tmp
check() { "$AT" validate "$@" > "$dir/o" 2> "$dir/e"; rc=$?; }
errors() { grep -c ": error: " "$dir/o"; }
clean_tmp() { [ -z "$(ls -A "$dir/tmp")" ]; }

zip=$("$MK" "$TEXT" "$dir/a" --zip)
tar=$("$MK" "$TEXT" "$dir/a" --tar)
folder=$("$MK" "$TEXT" "$dir/a")
zip2=$("$MK" "$TEXT" "$dir/b" --zip)
tar2=$("$MK" "$TEXT" "$dir/b" --tar)
ok "the writer made a zip and a tar" '[ -f "$zip" ] && [ -f "$tar" ] && [ "${zip##*.}" = zip ]'
ok "the same inputs give byte-identical zip and tar archives" 'cmp -s "$zip" "$zip2" && cmp -s "$tar" "$tar2"'
check "$zip" "$tar"
ok "the zip and the tar are valid, the temporary folder is removed" \
  '[ $rc -eq 0 ] && grep -q "^$zip: valid (E-ARK SIP 2.1.0; 0 errors, 0 warnings" "$dir/o" && grep -q "^$tar: valid" "$dir/o" && clean_tmp'
ok "the zip unpacks to one root folder named after the package" \
  'python3 -c "import zipfile,sys; n={x.split(\"/\")[0] for x in zipfile.ZipFile(sys.argv[1]).namelist()}; assert n=={sys.argv[2]}, n" "$zip" "$(basename "$folder")"'
tar -czf "$dir/pkg.tar.gz" -C "$(dirname "$folder")" "$(basename "$folder")"
(cd "$(dirname "$folder")" && zip -qrX "$dir/infozip.zip" "$(basename "$folder")") 2> /dev/null || \
  python3 -c "import shutil,sys; shutil.make_archive(sys.argv[1], 'zip', sys.argv[2], sys.argv[3])" "$dir/infozip" "$(dirname "$folder")" "$(basename "$folder")"
check "$dir/pkg.tar.gz" "$dir/infozip.zip"
ok "a .tar.gz and a zip made by another tool are valid" '[ $rc -eq 0 ] && [ $(grep -c ": valid (" "$dir/o") -eq 2 ]'

# A tampered byte inside the zip: caught by fixity.
python3 - "$zip" "$dir/tampered.zip" <<'EOF'
import sys, zipfile
src, out = sys.argv[1:3]
with zipfile.ZipFile(src) as z, zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as o:
    for i in z.infolist():
        data = z.read(i)
        if i.filename.endswith('.normalized.txt'):
            data = data[:10] + b'X' + data[11:]
        o.writestr(i, data)
EOF
check "$dir/tampered.zip"
ok "a byte changed inside a zip: CSIP71 (and PREMIS fixity)" \
  '[ $rc -eq 1 ] && grep -q "error: \[CSIP71\] .*normalized.txt: SHA-256 is" "$dir/o" && grep -q "error: \[FIXITY\] .*normalized.txt: SHA-256 is" "$dir/o" && clean_tmp'

# Zip slip: an entry leaving the package.
python3 - "$zip" "$dir/slip.zip" <<'EOF'
import sys, zipfile
src, out = sys.argv[1:3]
with zipfile.ZipFile(src) as z, zipfile.ZipFile(out, 'w') as o:
    root = z.namelist()[0].split('/')[0]
    for i in z.infolist():
        o.writestr(i, z.read(i))
    o.writestr(root + '/../../escaped.txt', b'escaped\n')
EOF
check "$dir/slip.zip"
ok "zip slip (../ entry): one clear line, exit 1, nothing written outside" \
  '[ $rc -eq 1 ] && [ $(errors) -eq 1 ] && grep -q "error: \[ARCHIVE\] slip.zip: refused: an entry would leave the package (..)" "$dir/o" && ! ls "$dir/escaped.txt" "$dir/tmp/escaped.txt" /tmp/escaped.txt 2> /dev/null && clean_tmp'

python3 - "$dir/abs.zip" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w') as o:
    info = zipfile.ZipInfo('pkg/METS.xml')
    o.writestr(info, b'<mets/>')
    o.writestr(zipfile.ZipInfo('/tmp/absolute-escape.txt'), b'x')
EOF
check "$dir/abs.zip"
ok "an absolute entry: refused, nothing written" \
  '[ $rc -eq 1 ] && [ $(errors) -eq 1 ] && grep -q "refused: an entry has an absolute path" "$dir/o" && ! ls /tmp/absolute-escape.txt 2> /dev/null && clean_tmp'

# A link inside a zip (unix mode S_IFLNK).
python3 - "$dir/link.zip" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w') as o:
    o.writestr('pkg/METS.xml', b'<mets/>')
    info = zipfile.ZipInfo('pkg/passwd')
    info.create_system = 3
    info.external_attr = (0o120777 << 16)
    o.writestr(info, '/etc/passwd')
EOF
check "$dir/link.zip"
ok "a symbolic link in a zip: refused" '[ $rc -eq 1 ] && [ $(errors) -eq 1 ] && grep -q "refused: pkg/passwd is a link" "$dir/o" && clean_tmp'

# A zip bomb: 300 MB of zeros in a few hundred kB.
python3 - "$dir/bomb.zip" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as o:
    with o.open('pkg/METS.xml', 'w') as f:
        block = b'\0' * (1 << 20)
        for _ in range(300):
            f.write(block)
EOF
check "$dir/bomb.zip"
ok "a zip bomb: refused with one line, the temporary folder removed" \
  '[ $rc -eq 1 ] && [ $(errors) -eq 1 ] && grep -q "error: \[ARCHIVE\] bomb.zip: refused: unpacks to over [0-9]* bytes from [0-9]* (a zip bomb?)" "$dir/o" && clean_tmp'

# 50 000 entries: unpacked and checked in bounded time (no METS.xml); with a lower limit, refused.
python3 - "$dir/many.zip" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w') as o:
    for i in range(50000):
        o.writestr('pkg/f%05d.txt' % i, b'')
EOF
start=$(date +%s)
check "$dir/many.zip"
took=$(( $(date +%s) - start ))
ok "a 50 000-entry zip: checked (one line: no METS.xml), in bounded time ($took s)" \
  '[ $rc -eq 1 ] && [ $(errors) -eq 1 ] && grep -q "error: \[CSIPSTR4\] no METS.xml" "$dir/o" && [ $took -lt 120 ] && clean_tmp'
check --max-entries 10000 "$dir/many.zip"
ok "... and refused with --max-entries 10000" \
  '[ $rc -eq 1 ] && [ $(errors) -eq 1 ] && grep -q "refused: more than 10000 entries" "$dir/o" && clean_tmp'

# A truncated zip.
head -c $(( $(stat -c %s "$zip") / 2 )) "$zip" > "$dir/truncated.zip"
check "$dir/truncated.zip"
ok "a truncated zip: one clear line" \
  '[ $rc -eq 1 ] && [ $(errors) -eq 1 ] && grep -q "error: \[ARCHIVE\] truncated.zip: truncated or corrupt archive" "$dir/o" && clean_tmp'

# METS with an external entity, inside a zip.
secret=$dir/secret.txt; echo SECRET-MARKER > "$secret"
python3 - "$zip" "$dir/xxe.zip" "$secret" <<'EOF'
import sys, zipfile
src, out, secret = sys.argv[1:4]
with zipfile.ZipFile(src) as z, zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as o:
    for i in z.infolist():
        data = z.read(i)
        if i.filename.count('/') == 1 and i.filename.endswith('/METS.xml'):
            data = data.replace(b'?>', b'?>\n<!DOCTYPE mets [<!ENTITY xxe SYSTEM "file://' + secret.encode() + b'">]>', 1)
            data = data.replace(b'<name>arkivtext</name>', b'<name>&xxe;</name>', 1)
        o.writestr(i, data)
EOF
check "$dir/xxe.zip"
ok "METS with an external entity: one clear line, the entity never read" \
  '[ $rc -eq 1 ] && [ $(errors) -eq 1 ] && grep -q "METS.xml\(:[0-9]*\)\?: error: \[XSD\] has a DOCTYPE; refused" "$dir/o" && ! grep -q SECRET-MARKER "$dir/o" "$dir/e" && clean_tmp'

echo "not a zip" > "$dir/text.zip"
check "$dir/text.zip"
ok "a text file named .zip: a text file, not a package, exit 1" '[ $rc -eq 1 ] && grep -q "text.zip: a text file, not a package" "$dir/e"'

echo "1..$n"
exit $((fails > 0))
