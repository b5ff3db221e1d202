#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Derive the web tables committed under dict/data/ (wordfreq_sv.tsv,
web_pairs.tsv) from the open Swedish lists in ../shared/data/ (see
dict/data/README.md for sources and licences; the statute tables come from
dict/tools/derive_ngrams.sh). Developers run this by hand when the sources change; the build
never reads ../shared.

    python3 dict/tools/derive_tables.py ../shared/data dict/data
"""
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

WORD = re.compile(r"^[a-zåäöéü]+(?:-[a-zåäöéü]+)*$")
MIN_PER_BILLION = 30      # below this the web list is mostly noise and names
AMBIGUOUS_SHARE = 0.002   # a spelling this common relative to its key's top is a real rival


def fold(word):
    return "".join(c for c in unicodedata.normalize("NFD", word.lower())
                   if not unicodedata.combining(c))


def main(src, dst):
    src, dst = Path(src), Path(dst)
    wordfreq = {}
    with open(src / "wordfreq/wordfreq_large_sv.tsv", encoding="utf-8") as f:
        for line in f:
            word, _, per_billion = line.rstrip("\n").split("\t")
            if WORD.match(word) and int(per_billion) >= MIN_PER_BILLION:
                wordfreq[word] = int(per_billion)
    with open(dst / "wordfreq_sv.tsv", "w", encoding="utf-8") as out:
        out.write("# word<TAB>occurrences per billion; derived from wordfreq (Robyn Speer), CC BY-SA 4.0\n")
        for word, n in sorted(wordfreq.items(), key=lambda kv: (-kv[1], kv[0])):
            out.write(f"{word}\t{n}\n")

    # Pairs matter only where a word has rival spellings that context must separate.
    groups = defaultdict(list)
    for word, n in wordfreq.items():
        groups[fold(word)].append(n)
    ambiguous = {w for w, n in wordfreq.items()
                 if len(groups[fold(w)]) > 1 and n >= AMBIGUOUS_SHARE * max(groups[fold(w)])}
    # The web pair list has ranks, not counts: it says which pairs general Swedish
    # uses, so that a pair the statutes never use is not taken as evidence against it.
    with open(src / "tesseract_langdata/langdata_swe.word.bigrams", encoding="utf-8") as f, \
         open(dst / "web_pairs.tsv", "w", encoding="utf-8") as out:
        out.write("# word word<TAB>rank in the tesseract langdata swe.word.bigrams web list, Apache-2.0; "
                  "only pairs with a word that has rival spellings\n")
        seen = set()
        for rank, line in enumerate(f, 1):
            pair = line.rstrip("\n").lower().split(" ")
            if len(pair) == 2 and tuple(pair) not in seen and all(w in wordfreq for w in pair) and \
               (pair[0] in ambiguous or pair[1] in ambiguous):
                seen.add(tuple(pair))
                out.write(f"{pair[0]} {pair[1]}\t{rank}\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
