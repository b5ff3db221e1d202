#!/bin/bash
# arkivtext-dictc refuses what its format cannot hold, with one line, instead of writing a wrong file.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: dictc_limits.sh ARKIVTEXT-DICTC
set -u
DICTC=$(realpath "$1")
. "$(dirname "$(realpath "$0")")/tap.sh"

# 3^11 = 177 147 spellings of a, å and ä fold to one key; a key counts its spellings in 16 bits.
python3 -c '
import itertools, sys
sys.stdout.write("".join("".join(t) + "\n" for t in itertools.product("aåä", repeat=11)))' > "$dir/forms"
"$DICTC" --forms "$dir/forms" -o "$dir/out.atdict" > /dev/null 2> "$dir/err"; rc=$?
ok "a key of more than 65535 spellings: one line naming the key, exit 1, no dictionary" \
   '[ $rc -eq 1 ] && [ ! -e "$dir/out.atdict" ] && [ $(wc -l < "$dir/err") -eq 1 ] &&
    grep -qx "arkivtext-dictc: key '"'"'aaaaaaaaaaa'"'"' has more than 65535 spellings; .*" "$dir/err"'
head -65535 "$dir/forms" > "$dir/forms-max"
"$DICTC" --forms "$dir/forms-max" -o "$dir/max.atdict" > /dev/null 2> "$dir/err-max"; rc=$?
ok "65535 spellings of one key still fit" '[ $rc -eq 0 ] && [ -s "$dir/max.atdict" ]'
tap_end
