#!/bin/bash
# arkivtext ocr on bad input: one clear line naming the file and the problem,
# no output files for it, the other inputs of the run still complete, exit 1.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: ocr_bad_input.sh ARKIVTEXT MKPDF
set -u
AT=$1; MKPDF=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fails=0; n=0
ok() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fails=$((fails + 1)); fi; }

python3 "$MKPDF" "$dir/good.pdf" "Södertörn är en attraktiv del av regionen." "Kommunerna samverkar."
: > "$dir/empty.png"
printf 'Det här är ingen bild.\n' > "$dir/text.png"
# A TIFF cut off after its first 4 KB: the header is there, the image data is not.
python3 - "$dir" <<'PY'
import struct, sys, zlib
d = sys.argv[1]
w = h = 1000
strip = bytes(w * h // 8)  # 1 bpp, white is 0 with PhotometricInterpretation 0
ifd = [(256, 4, 1, w), (257, 4, 1, h), (258, 3, 1, 1), (259, 3, 1, 1), (262, 3, 1, 0),
       (273, 4, 1, 8 + 2 + 12 * 9 + 4), (277, 3, 1, 1), (278, 4, 1, h), (279, 4, 1, len(strip))]
head = b"II*\0" + struct.pack("<I", 8) + struct.pack("<H", len(ifd))
head += b"".join(struct.pack("<HHII", t, ty, c, v) for t, ty, c, v in ifd) + struct.pack("<I", 0)
open(d + "/truncated.tif", "wb").write((head + strip)[:4096])
# A PNG that declares 40 000 x 40 000 pixels.
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 40000, 40000, 1, 0, 0, 0, 0))
png += chunk(b"IDAT", zlib.compress(b"\0" * 5001)) + chunk(b"IEND", b"")
open(d + "/huge.png", "wb").write(png)
# Odd and broken scans the libraries under leptonica like to talk about on stderr: a PNG cut in half, a
# PNG with a broken colour profile (iCCP), a TIFF with tags libtiff does not know.
w, h = 300, 200
raw = b"".join(b"\0" + bytes(((x * 7 + y * 13) % 256) for x in range(w)) for y in range(h))
ihdr = chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
body = chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
good = b"\x89PNG\r\n\x1a\n" + ihdr + body
open(d + "/cut.png", "wb").write(good[:len(good) // 2])
phys = chunk(b"pHYs", struct.pack(">IIB", 11811, 11811, 1))
iccp = chunk(b"iCCP", b"profile\0\0" + zlib.compress(b"not an ICC profile" * 8))
open(d + "/odd.png", "wb").write(b"\x89PNG\r\n\x1a\n" + ihdr + iccp + phys + body)
w = h = 64
ifd = [(256, 4, 1, w), (257, 4, 1, h), (258, 3, 1, 1), (259, 3, 1, 1), (262, 3, 1, 0), (273, 4, 1, 0),
       (277, 3, 1, 1), (278, 4, 1, h), (279, 4, 1, w * h // 8), (50000, 4, 1, 7), (50001, 3, 1, 2)]
start = 8 + 2 + 12 * len(ifd) + 4
ifd = [(t, ty, c, start if t == 273 else v) for t, ty, c, v in ifd]
tif = b"II*\0" + struct.pack("<I", 8) + struct.pack("<H", len(ifd))
tif += b"".join(struct.pack("<HHII", t, ty, c, v) for t, ty, c, v in ifd) + struct.pack("<I", 0)
open(d + "/odd.tif", "wb").write(tif + bytes(w * h // 8))
PY
qpdf --encrypt user owner 256 -- "$dir/good.pdf" "$dir/encrypted.pdf"
head -c 400 "$dir/good.pdf" > "$dir/broken.pdf"

"$AT" ocr -o "$dir/out" "$dir/empty.png" "$dir/text.png" "$dir/truncated.tif" "$dir/huge.png" \
    "$dir/encrypted.pdf" "$dir/broken.pdf" "$dir/good.pdf" 2> "$dir/err"; rc=$?
ok "some inputs failed: exit 1" '[ $rc -eq 1 ]'
ok "the good input still completes" 'grep -q "Södertörn är en attraktiv del av regionen." "$dir/out/good.txt" && [ -s "$dir/out/good.alto.xml" ]'
ok "zero-byte file: named by what it is" 'grep -qx "arkivtext ocr: .*empty.png: an empty file, not an image or PDF" "$dir/err"'
ok "text file named .png: named by what it is" 'grep -qx "arkivtext ocr: .*text.png: a text file, not an image or PDF" "$dir/err"'
ok "truncated TIFF" 'grep -qx "arkivtext ocr: .*truncated.tif: .*truncated or corrupt.*" "$dir/err"'
ok "40 000 x 40 000 px image" 'grep -qx "arkivtext ocr: .*huge.png: image too large (40000 x 40000 px.*" "$dir/err"'
ok "encrypted PDF" 'grep -qx "arkivtext ocr: .*encrypted.pdf: encrypted PDF (a password is needed)" "$dir/err"'
ok "broken PDF" 'grep -qx "arkivtext ocr: .*broken.pdf: broken or truncated PDF" "$dir/err"'
ok "one line per failure, plus the summary" '[ $(wc -l < "$dir/err") -eq 7 ]'
ok "no output files for the failed inputs" '[ "$(ls "$dir/out" | grep -v "^good\." | wc -l)" -eq 0 ]'
ok "no temporary files left" '[ -z "$(ls "$dir/out" | grep tmp)" ]'
# Only our lines on stderr, from every command that reads scans: the libraries' own chatter is silenced.
ours() { ! grep -v "^arkivtext \|^  " "$1" | grep -qv "^$dir/[a-z.]*: generic "; }  # extract's summary
for f in cut.png odd.png truncated.tif odd.tif; do
    mkdir -p "$dir/box-$f"; cp "$dir/$f" "$dir/box-$f/"
    "$AT" ocr -o "$dir/quiet-ocr" "$dir/$f" > /dev/null 2> "$dir/err-ocr"
    "$AT" extract -o "$dir/quiet-extract" "$dir/$f" > /dev/null 2> "$dir/err-extract"
    "$AT" run -o "$dir/quiet-run-$f" --organisation Test "$dir/box-$f" > /dev/null 2> "$dir/err-run"
    ok "$f: ocr, extract and run write only our lines on stderr" \
       'ours "$dir/err-ocr" && ours "$dir/err-extract" && ours "$dir/err-run" && [ -s "$dir/err-run" ]'
    cp "$dir/err-ocr" "$dir/err-ocr-$f"
done
ok "a PNG cut in half: one line, with libpng's reason" \
   'grep -q "^arkivtext ocr: .*cut.png: cannot decode page 1 (truncated or corrupt image: .*)" "$dir/err-ocr-cut.png"'
ok "odd PNG and TIFF are still read" '[ -s "$dir/quiet-ocr/odd.alto.xml" ] && ls "$dir"/quiet-run-odd.png/*/METS.xml > /dev/null'
# The models are loaded on the first page that needs OCR: a missing one fails each scan, named with the
# model and the folder; a born-digital PDF needs none.
"$AT" ocr --tessdata "$dir" -o "$dir/out2" "$dir/odd.png" "$dir/good.pdf" 2> "$dir/err2"; rc=$?
ok "a missing model: one line naming the scan, the model and the folder, exit 1, no output for the scan" \
   '[ $rc -eq 1 ] && [ $(wc -l < "$dir/err2") -eq 2 ] && [ ! -e "$dir/out2/odd.txt" ] &&
    grep -qx "arkivtext ocr: .*odd.png: page 1: missing tesseract model: swe.traineddata not found in $dir" "$dir/err2"'
ok "a born-digital PDF reads with no model available" \
   'grep -q "Södertörn är en attraktiv del av regionen." "$dir/out2/good.txt" && [ -s "$dir/out2/good.alto.xml" ]'
mkdir "$dir/noosd"; ln -s "$(ls /usr/share/tesseract-ocr/*/tessdata/swe.traineddata | head -1)" "$dir/noosd/"
"$AT" ocr --tessdata "$dir/noosd" -o "$dir/out3" "$dir/odd.png" 2> "$dir/err3"; rc=$?
ok "a missing orientation model, when pages are turned upright: named as well" \
   '[ $rc -eq 1 ] && [ ! -e "$dir/out3/odd.txt" ] &&
    grep -qx "arkivtext ocr: .*odd.png: page 1: missing tesseract model: osd.traineddata not found in $dir/noosd" "$dir/err3"'
# Tesseract loads "swe+eng" when only swe is there, silently: the missing one fails each scan as well.
models=$(dirname "$(ls /usr/share/tesseract-ocr/*/tessdata/swe.traineddata | head -1)")
mkdir "$dir/noeng"; ln -s "$models/swe.traineddata" "$models/osd.traineddata" "$dir/noeng/"
"$AT" ocr --tessdata "$dir/noeng" --lang swe+eng -o "$dir/out4" "$dir/odd.png" 2> "$dir/err4"; rc=$?
ok "a missing second language of a + list: named, exit 1, no output for the scan" \
   '[ $rc -eq 1 ] && [ ! -e "$dir/out4/odd.txt" ] &&
    grep -qx "arkivtext ocr: .*odd.png: page 1: missing tesseract model: eng.traineddata not found in $dir/noeng" "$dir/err4"'
mkdir "$dir/nomodels"
"$AT" ocr --tessdata "$dir/nomodels" --lang swe+eng -o "$dir/out6" "$dir/odd.png" 2> "$dir/err6"; rc=$?
ok "no model of a + list there: the first one named, not the list" \
   '[ $rc -eq 1 ] && grep -qx "arkivtext ocr: .*odd.png: page 1: missing tesseract model: swe.traineddata not found in $dir/nomodels" "$dir/err6"'
mkdir "$dir/damaged"; head -c 100000 "$models/swe.traineddata" > "$dir/damaged/swe.traineddata"
"$AT" ocr --tessdata "$dir/damaged" -o "$dir/out5" "$dir/odd.png" 2> "$dir/err5"; rc=$?
ok "a model file that is there but cannot be loaded: said so, not 'not found'" \
   '[ $rc -eq 1 ] && [ ! -e "$dir/out5/odd.txt" ] &&
    grep -qx "arkivtext ocr: .*odd.png: page 1: tesseract model swe.traineddata in $dir/damaged cannot be loaded (damaged?)" "$dir/err5"'
# A mistyped folder is a setup error: one line before any input is read, exit 3.
"$AT" ocr --tessdata "$dir/nosuch" -o "$dir/out6" "$dir/odd.png" "$dir/good.pdf" 2> "$dir/err6"; rc=$?
ok "a --tessdata folder that does not exist: one setup line, exit 3, no output" \
   '[ $rc -eq 3 ] && [ $(wc -l < "$dir/err6") -eq 1 ] && [ ! -e "$dir/out6/good.txt" ] &&
    grep -q "tesseract model folder $dir/nosuch not found" "$dir/err6"'
echo "1..$n"
[ $fails -eq 0 ]
