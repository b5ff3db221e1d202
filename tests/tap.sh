# The start every shell test shares: a scratch folder removed at exit (the test runs in it), `ok NAME
# CONDITION` for one TAP line, and `tap_end` for the plan and the exit status. Source it after `set -u`.
# SPDX-License-Identifier: GPL-3.0-or-later
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fails=0; n=0
ok() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fails=$((fails + 1)); fi; }
tap_end() { echo "1..$n"; [ $fails -eq 0 ]; }
cd "$dir"
