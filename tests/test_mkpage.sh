#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the synthetic page renderer tests/mkpage.c: page sizes and
# resolution, ground truth shape, determinism, errors, and that tesseract
# reads the clean text page back with a character error rate under 2 %.
# Usage: test_mkpage.sh MKPAGE TEXT.txt TABLE.tsv
# Set MKPAGE_CER_ALL=1 to also print (not check) the CER of degraded pages.
set -u
if [ $# -ne 3 ]; then
    echo "usage: $0 MKPAGE TEXT.txt TABLE.tsv" >&2
    exit 2
fi
MK=$1 TXT=$2 TSV=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
n=0 fails=0
export OMP_THREAD_LIMIT=${OMP_THREAD_LIMIT:-1}   # tesseract is ~4x faster single-threaded here

ok() {   # ok DESCRIPTION COMMAND...
    local desc=$1; shift
    n=$((n + 1))
    if "$@"; then
        echo "ok $n - $desc"
    else
        echo "not ok $n - $desc"; fails=$((fails + 1))
    fi
}

skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }

# png_is FILE W H DPI: an 8-bit gray PNG of W x H pixels at DPI.
png_is() {
    python3 - "$@" <<'EOF'
import struct, sys
f, w, h, dpi = sys.argv[1], *map(int, sys.argv[2:])
d = open(f, 'rb').read()
if d[:8] != b'\x89PNG\r\n\x1a\n' or d[12:16] != b'IHDR':
    sys.exit('%s: not a PNG' % f)
pw, ph, depth, color = struct.unpack('>IIBB', d[16:26])
i = d.find(b'pHYs')
px, py, unit = struct.unpack('>IIB', d[i + 4:i + 13]) if i > 0 else (0, 0, 0)
got = (pw, ph, depth, color, round(px * 0.0254) if unit == 1 else 0, round(py * 0.0254) if unit == 1 else 0)
if got != (w, h, 8, 0, dpi, dpi):
    sys.exit('%s: %dx%d depth %d color type %d at %dx%d dpi' % ((f,) + got))
EOF
}

# cer REF HYP: character error rate after collapsing whitespace.
cer() {
    python3 - "$1" "$2" <<'EOF'
import sys
ref, hyp = (' '.join(open(f, encoding='utf-8').read().split()) for f in sys.argv[1:3])
prev = list(range(len(hyp) + 1))
for i, a in enumerate(ref, 1):
    cur = [i] + [0] * len(hyp)
    for j, b in enumerate(hyp, 1):
        cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a != b))
    prev = cur
print('%.4f' % (prev[-1] / max(1, len(ref))))
EOF
}

# The text GT has a plausible line count and is the start of the input.
text_gt_ok() {
    python3 - "$1" "$TXT" <<'EOF'
import sys
gt = open(sys.argv[1], encoding='utf-8').read()
src = open(sys.argv[2], encoding='utf-8').read()
lines = [l for l in gt.split('\n') if l]
if not 30 <= len(lines) <= 80:
    sys.exit('%d text lines' % len(lines))
if max(map(len, lines)) > 100:
    sys.exit('a line of %d characters' % max(map(len, lines)))
g, s = ' '.join(gt.split()), ' '.join(src.split())
if not s.startswith(g):
    sys.exit('ground truth is not the start of the input')
EOF
}

# The table GT: at least title/header + 2 rows, all as wide as the input,
# each row the input's row but for whitespace (wrapped lines are joined).
table_gt_ok() {
    python3 - "$1" "$TSV" <<'EOF'
import sys
gt = open(sys.argv[1], encoding='utf-8').read().split('\n')
src = [l for l in open(sys.argv[2], encoding='utf-8').read().split('\n') if l.strip()]
if gt[-1] != '':
    sys.exit('no final newline')
gt = [r.split('\t') for r in gt[:-1]]
src = [r.split('\t') for r in src]
ncols = max(map(len, src))
if len(gt) < 4:
    sys.exit('%d rows' % len(gt))
for i, row in enumerate(gt):
    if len(row) != ncols:
        sys.exit('row %d has %d cells, not %d' % (i + 1, len(row), ncols))
    want = src[i] + [''] * (ncols - len(src[i]))
    if [''.join(c.split()) for c in row] != [''.join(c.split()) for c in want]:
        sys.exit('row %d differs from the input' % (i + 1))
EOF
}

render() {   # render MODE NAME [OPTS...]: $dir/NAME.png and $dir/NAME.gt
    local mode=$1 name=$2; shift 2
    local in=$TXT; [ "$mode" = table ] && in=$TSV
    "$MK" "$mode" "$@" "$in" "$dir/$name.png" "$dir/$name.gt" 2> "$dir/$name.err" &&
        [ -s "$dir/$name.png" ] && [ -s "$dir/$name.gt" ] && [ ! -s "$dir/$name.err" ]
}

ok "text page renders" render text clean
ok "text page is 2480x3508 8-bit gray at 300 dpi" png_is "$dir/clean.png" 2480 3508 300
ok "text ground truth has a plausible number of lines and is the input's start" text_gt_ok "$dir/clean.gt"
ok "table page renders" render table table
ok "table page is 2480x3508 8-bit gray at 300 dpi" png_is "$dir/table.png" 2480 3508 300
ok "table ground truth rows match the input rows" table_gt_ok "$dir/table.gt"
ok "text page at --dpi 150 is 1240x1754" eval 'render text d150 --dpi 150 && png_is "$dir/d150.png" 1240 1754 150'

ok "skew page renders, same size" eval 'render text skew7 --degrade skew --seed 7 && png_is "$dir/skew7.png" 2480 3508 300'
ok "same seed gives identical bytes" eval 'render text skew7b --degrade skew --seed 7 && cmp -s "$dir/skew7.png" "$dir/skew7b.png"'
ok "another seed gives a different skew page" eval 'render text skew8 --degrade skew --seed 8 && ! cmp -s "$dir/skew7.png" "$dir/skew8.png"'
ok "skew keeps the ground truth" cmp -s "$dir/clean.gt" "$dir/skew7.gt"
ok "clean table renders identically twice" eval 'render table table2 && cmp -s "$dir/table.png" "$dir/table2.png"'
ok "rot90 swaps the dimensions" eval 'render text rot90 --degrade rot90 && png_is "$dir/rot90.png" 3508 2480 300'
ok "lowdpi is 1654x2339 at 200 dpi" eval 'render text lowdpi --degrade lowdpi --dpi 600 && png_is "$dir/lowdpi.png" 1654 2339 200'
ok "noise page renders" eval 'render text noise --degrade noise --seed 3 && png_is "$dir/noise.png" 2480 3508 300'
ok "photocopy page renders" eval 'render text photocopy --degrade photocopy --seed 3 && png_is "$dir/photocopy.png" 2480 3508 300'
ok "photocopy table renders" eval 'render table tphoto --degrade photocopy --seed 4 && png_is "$dir/tphoto.png" 2480 3508 300'

# image mode: an existing page degraded (eval/forms/make's worn scans).
img() {   # img KIND NAME EXT: $dir/clean.png degraded into $dir/NAME.EXT
    "$MK" image --degrade "$1" --seed 5 "$dir/clean.png" "$dir/$2.$3" 2> "$dir/$2.err" && [ ! -s "$dir/$2.err" ]
}
changed() { ! cmp -s "$dir/clean.png" "$1"; }
ok "image rot180 keeps the size and changes the page" eval 'img rot180 i180 png && png_is "$dir/i180.png" 2480 3508 300 && changed "$dir/i180.png"'
ok "image rot180 twice gives the page back" eval '"$MK" image --degrade rot180 "$dir/i180.png" "$dir/i360.png" && cmp -s "$dir/clean.png" "$dir/i360.png"'
ok "image shadow and border change the page, same size" eval 'img shadow ishadow png && png_is "$dir/ishadow.png" 2480 3508 300 && changed "$dir/ishadow.png" &&
    img border iborder png && png_is "$dir/iborder.png" 2480 3508 300 && changed "$dir/iborder.png"'
ok "image lowdpi is a 200 dpi JPEG of 1653x2339" eval 'img lowdpi ilow jpg &&
    python3 -c "import sys; d=open(sys.argv[1],\"rb\").read(); i=d.find(b\"\xff\xc0\"); h,w=int.from_bytes(d[i+5:i+7],\"big\"),int.from_bytes(d[i+7:i+9],\"big\"); sys.exit((w,h)!=(1653,2339) or d[:2]!=b\"\xff\xd8\")" "$dir/ilow.jpg"'
ok "image of a missing page: exit 1, one line naming the file" eval '
    "$MK" image "$dir/nope.png" "$dir/x.png" 2> "$dir/e"; rc=$?
    [ $rc -eq 1 ] && [ "$(wc -l < "$dir/e")" -eq 1 ] && grep -q "nope.png" "$dir/e"'

# Errors: usage -> 2; bad input -> 1 with one stderr line naming the file.
ok "no arguments is a usage error (exit 2)" eval '"$MK" >/dev/null 2>&1; [ $? -eq 2 ]'
ok "unknown --degrade is a usage error (exit 2)" eval '"$MK" text --degrade smudge "$TXT" "$dir/x.png" "$dir/x.gt" 2>/dev/null; [ $? -eq 2 ]'
ok "missing input: exit 1, one line naming the file" eval '
    "$MK" text "$dir/nope.txt" "$dir/x.png" "$dir/x.gt" 2> "$dir/e"; rc=$?
    [ $rc -eq 1 ] && [ "$(wc -l < "$dir/e")" -eq 1 ] && grep -q "nope.txt" "$dir/e"'
ok "invalid UTF-8: exit 1, one line naming the file" eval '
    printf "abc\377\n" > "$dir/bad.txt"; "$MK" text "$dir/bad.txt" "$dir/x.png" "$dir/x.gt" 2> "$dir/e"; rc=$?
    [ $rc -eq 1 ] && [ "$(wc -l < "$dir/e")" -eq 1 ] && grep -q "bad.txt" "$dir/e"'
ok "unwritable output: exit 1, one line naming the file" eval '
    "$MK" text "$TXT" "$dir/no/such/dir/x.png" "$dir/x.gt" 2> "$dir/e"; rc=$?
    [ $rc -eq 1 ] && [ "$(wc -l < "$dir/e")" -eq 1 ] && grep -q "x.png" "$dir/e"'

# The real check: tesseract reads the clean page back.
if command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx swe; then
    c=none
    if [ -s "$dir/clean.png" ] && [ -s "$dir/clean.gt" ] &&
        tesseract "$dir/clean.png" - -l swe > "$dir/clean.ocr" 2>/dev/null; then
        c=$(cer "$dir/clean.gt" "$dir/clean.ocr")
    fi
    echo "# clean text page: CER $c"
    ok "tesseract CER on the clean text page < 2 % ($c)" python3 -c "import sys; sys.exit(not '$c'[0].isdigit() or float('$c') >= 0.02)"
    if [ "${MKPAGE_CER_ALL:-}" = 1 ]; then
        for k in skew7 noise photocopy lowdpi rot90; do
            tesseract "$dir/$k.png" - -l swe > "$dir/$k.ocr" 2>/dev/null
            echo "# $k: CER $(cer "$dir/$k.gt" "$dir/$k.ocr")"
        done
    fi
else
    skip "tesseract CER on the clean text page < 2 %" "tesseract with swe not installed"
fi

echo "1..$n"
[ $fails -eq 0 ]
