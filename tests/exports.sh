#!/bin/bash
# TAP: libarkivtext.so exports the public API (at_*) and nothing else: the
# stages are built with hidden visibility and only AT_EXPORT functions are seen.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
lib=$1
echo "1..4"
# Symbols every ELF shared object defines, not ours to hide.
linker='^(_edata|_end|__bss_start|_init|_fini)$'
symbols=$(nm -D --defined-only "$lib" | awk '{print $NF}' | grep -Ev "$linker")
others=$(grep -v '^at_' <<<"$symbols")
if [ -n "$symbols" ] && [ -z "$others" ]; then
  echo "ok 1 - only at_ symbols exported ($(wc -l <<<"$symbols") of them)"
else
  echo "not ok 1 - symbols without the at_ prefix exported:"; sed 's/^/# /' <<<"$others" | head -20
fi
for s in at_version at_pipeline_new; do
  n=$((${n:-1} + 1))
  if grep -qx "$s" <<<"$symbols"; then echo "ok $n - $s exported"; else echo "not ok $n - $s missing"; fi
done
# at_fold is the stages' internal support API (core/private.h), not public.
if grep -qx at_fold <<<"$symbols"; then echo "not ok 4 - internal at_fold exported"; else echo "ok 4 - internal at_fold hidden"; fi
