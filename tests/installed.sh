#!/bin/bash
# The installed layout: `meson install --destdir` and the installed arkivtext run from there find their
# modules (OCR, image, PostgreSQL, PDF/A, archive, SQLite) in arkivtext/ beside the installed libarkivtext, not in the build; and a
# text command loads none of the modules' libraries (issue 14: start at once).
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: installed.sh MESON BUILD_DIR MKPAGE
set -u
MESON=$1; BUILD=$(realpath "$2"); MKPAGE=$(realpath "$3")
. "$(dirname "$0")/tap.sh"

"$MESON" install -C "$BUILD" --no-rebuild --quiet --destdir "$dir/root" > install.log 2>&1; rc=$?
ok "meson install --destdir succeeds" '[ $rc -eq 0 ]'
lib=$(find "$dir/root" -name 'libarkivtext.so.0' -printf '%h\n' | head -1)
bin=$(find "$dir/root" -path '*/bin/arkivtext' | head -1)
ok "the library, the program and the modules are installed" \
   '[ -n "$lib" ] && [ -x "$bin" ] && [ -f "$lib/arkivtext/libarkivtext-ocr.so" ] && [ -f "$lib/arkivtext/libarkivtext-pg.so" ] \
    && [ -f "$lib/arkivtext/libarkivtext-pdfa.so" ] && [ -f "$lib/arkivtext/libarkivtext-image.so" ] \
    && [ -f "$lib/arkivtext/libarkivtext-archive.so" ] && [ -f "$lib/arkivtext/libarkivtext-sqlite.so" ]'
installed_dict=$(find "$dir/root" -name 'arkivtext.atdict*')
ok "the installed dictionary, written again in huge-page blocks, is the build's byte for byte" \
   '[ "$(basename "$installed_dict")" = arkivtext.atdict ] && cmp -s "$installed_dict" "$BUILD/arkivtext.atdict"'
run() { LD_LIBRARY_PATH=$lib LD_DEBUG=files "$bin" "$@" 2> loaded.log; }
loaded() { grep -o 'file=[^ ]*' loaded.log | sed 's/^file=//'; }

printf 'Kommunen ar ansvarig.\n' > in.txt
run normalize in.txt -o out.txt; rc=$?
ok "the installed arkivtext normalizes" '[ $rc -eq 0 ] && grep -q "är" out.txt'
ok "normalize loads no libpq, libqpdf, tesseract, leptonica, poppler, libarchive, libsqlite3 nor any module" \
   '! loaded | grep -E "libpq|libqpdf|libtesseract|liblept|libpoppler|libarchive|libsqlite|libarkivtext-"'
ok "the installed program uses the installed library" 'grep -q "needed by $lib/libarkivtext.so.0" loaded.log'

printf 'Avtal om samverkan mellan kommunerna.\n' > page.txt
"$MKPAGE" text page.txt page.png page.gt > /dev/null
run run --organisation Testkommunen --no-review -o out page.png; rc=$?
ok "run of a scan loads the installed OCR and PDF/A modules" \
   '[ $rc -eq 0 ] && loaded | grep -qx "$lib/arkivtext/libarkivtext-ocr.so" \
    && loaded | grep -qx "$lib/arkivtext/libarkivtext-pdfa.so"'
run review out > review.out; rc=$?  # its summary is no TAP line
ok "review draws the pages with the installed image module alone (no tesseract, poppler, libqpdf, libpq)" \
   '[ $rc -eq 0 ] && find out/review -name '*.jpg' | grep -q . && loaded | grep -qx "$lib/arkivtext/libarkivtext-image.so" \
    && ! loaded | grep -E "libtesseract|libpoppler|libqpdf|libpq|libarkivtext-(ocr|pdfa|pg)"'
heavy=0
for cmd in "validate $(ls -d out/*__uuid-* | head -1)" "index out" "search -d out samverkan" "extract page.txt -o page.xml"; do
    run $cmd > /dev/null || heavy=1
    loaded | grep -qE "libtesseract|libpoppler|libqpdf|libpq|libarchive|libarkivtext-(ocr|image|pdfa|pg|archive)" && heavy=1
done
ok "validate, index, search and extract of text load none of the other modules nor their libraries" '[ $heavy -eq 0 ]'
run index out > /dev/null
ok "an index loads the installed SQLite module" 'loaded | grep -qx "$lib/arkivtext/libarkivtext-sqlite.so"'
run run --organisation Testkommunen --no-pdf --zip -o zipped page.txt; rc=$?
ok "a package written as a zip loads the installed archive module" \
   '[ $rc -eq 0 ] && ls zipped/*.zip > /dev/null && loaded | grep -qx "$lib/arkivtext/libarkivtext-archive.so"'
ARKIVTEXT_ARCHIVE_MODULE=$dir/none.so LD_LIBRARY_PATH=$lib "$bin" validate zipped/*.zip > /dev/null 2> err.log; rc=$?
ok "an archive module that cannot be loaded: the archive is not checked, one line says why" \
   '[ $rc -eq 1 ] && [ $(wc -l < err.log) -eq 1 ] && grep -q "cannot load the archive module" err.log'
mkdir mixed && cp zipped/*.zip mixed/ && echo "a note, no archive" > mixed/notes.txt
ARKIVTEXT_ARCHIVE_MODULE=$dir/none.so LD_LIBRARY_PATH=$lib "$bin" validate mixed > /dev/null 2> err.log
ok "without the archive module a folder's zip is still found by its magic bytes, its text file is no package" \
   '[ $(wc -l < err.log) -eq 1 ] && grep -q "\.zip: cannot load the archive module" err.log && ! grep -q notes.txt err.log'
# A PostgreSQL location whose socket folder does not exist: the module loads, the connection fails.
run search --index "postgresql:///arkivtext?host=$dir/nowhere" word
ok "a PostgreSQL index loads the installed PostgreSQL module" 'loaded | grep -qx "$lib/arkivtext/libarkivtext-pg.so"'
ok "and says in one line why it cannot connect" \
   '[ $(grep -v "^ *[0-9]*:" loaded.log | grep -c .) -eq 1 ] && grep -q "arkivtext search:" loaded.log'
ARKIVTEXT_PG_MODULE=$dir/none.so LD_LIBRARY_PATH=$lib "$bin" search --index "postgresql:///x?host=$dir/nowhere" word \
    2> err.log; rc=$?
ok "a PostgreSQL module that cannot be loaded: one line, exit 3" \
   '[ $rc -eq 3 ] && [ $(wc -l < err.log) -eq 1 ] && grep -q "cannot load the PostgreSQL module" err.log'
tap_end
