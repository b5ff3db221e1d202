#!/bin/bash
# Recount the statute context tables of dict/data (sfs_unigrams.tsv, sfs_bigrams.tsv,
# sfs_trigrams.tsv) from the SFS corpus in ../shared/data with the normalizer's own
# tokenizer (dict/tools/count_ngrams.c). A developer step: the build never reads ../shared.
# Held out and never counted: statutes i % 20 == 3 (test) and 11 (development), and the
# statute paragraphs of ../shared/data/ocr_eval_synthetic (our OCR test set).
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: dict/tools/derive_ngrams.sh [BUILD_DIR] [SHARED_DATA]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
data=${2:-../shared/data}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
xz -dc "$data/sfs_statutes/sfs_corpus_sv.txt.xz" > "$tmp/corpus.txt"
"$build/arkivtext-count-ngrams" --dict "$build/arkivtext.atdict" --rules normalize/rules/sv.rules \
    --exclude "$data/ocr_eval_synthetic/sfs_kommun_sample.txt" --out "$tmp" "$tmp/corpus.txt"
# Sorted, so that a recount shows as a readable diff.
for table in sfs_unigrams sfs_bigrams sfs_trigrams; do
    { head -1 "$tmp/$table.tsv"; tail -n +2 "$tmp/$table.tsv" | LC_ALL=C sort; } > "dict/data/$table.tsv"
done
ls -l dict/data/sfs_*.tsv
