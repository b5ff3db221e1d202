#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Derive the compact count tables committed under dict/data/ from the open
Swedish lists in ../shared/data/ (see dict/data/README.md for sources and
licences). Developers run this by hand when the sources change; the build
never reads ../shared.

    python3 dict/tools/derive_tables.py ../shared/data dict/data
"""
import lzma
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

WORD = re.compile(r"^[a-zåäöéü]+(?:-[a-zåäöéü]+)*$")
MIN_PER_BILLION = 30      # below this the web list is mostly noise and names
MIN_CONTEXT_COUNT = 3     # statute unigrams and pairs seen fewer times carry little
AMBIGUOUS_SHARE = 0.002   # a spelling this common relative to its key's top is a real rival
NUMBER = "<num>"          # stands for any number: "2 år", "år 2030" tell år from är
# Tokens as in the SFS pair counts: words, numbers, and the punctuation pairs do not cross.
SFS_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[ .,:/-]\d+)*|[.;:?!()\[\]\"§\n]")


def fold(word):
    return "".join(c for c in unicodedata.normalize("NFD", word.lower())
                   if not unicodedata.combining(c))


def number_pairs(corpus):
    """Pairs of a number and a word, counted in the SFS corpus (the given pair list has no numbers)."""
    pairs, numbers = defaultdict(int), 0
    with lzma.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            prev = None
            for m in SFS_TOKEN.finditer(line):
                tok = m.group()
                if tok[0].isdigit():
                    tok = NUMBER
                    numbers += 1
                elif tok[0].isalpha():
                    tok = tok.lower()
                else:
                    prev = None
                    continue
                if prev is not None and NUMBER in (prev, tok) and prev != tok:
                    pairs[(prev, tok)] += 1
                prev = tok
    return pairs, numbers


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

    unigrams = {}
    with open(src / "sfs_statutes/sfs_unigrams.tsv", encoding="utf-8") as f:
        for line in f:
            word, count = line.rstrip("\n").split("\t")
            unigrams[word] = int(count)
    pairs_with_numbers, numbers = number_pairs(src / "sfs_statutes/sfs_corpus_sv.txt.xz")
    unigrams[NUMBER] = numbers
    total = sum(unigrams.values())
    with open(dst / "sfs_unigrams.tsv", "w", encoding="utf-8") as out:
        out.write(f"# word<TAB>count in Swedish statutes (SFS), public domain; total tokens {total}\n")
        kept = {w: c for w, c in unigrams.items() if c >= MIN_CONTEXT_COUNT}
        for word, count in sorted(kept.items(), key=lambda kv: (-kv[1], kv[0])):
            out.write(f"{word}\t{count}\n")
        # Fold the pruned tail into one line so the total (the prior's denominator) stays right.
        out.write(f"__rest__\t{total - sum(kept.values())}\n")

    # Pairs matter only where a word has rival spellings that context must separate.
    groups = defaultdict(list)
    for word, n in wordfreq.items():
        groups[fold(word)].append(n)
    ambiguous = {w for w, n in wordfreq.items()
                 if len(groups[fold(w)]) > 1 and n >= AMBIGUOUS_SHARE * max(groups[fold(w)])}
    with open(src / "sfs_statutes/sfs_bigrams_min2.tsv", encoding="utf-8") as f, \
         open(dst / "sfs_bigrams.tsv", "w", encoding="utf-8") as out:
        out.write("# word word<TAB>count in Swedish statutes (SFS), public domain; "
                  "only pairs with a word that has rival spellings\n")
        for line in f:
            pair, count = line.rstrip("\n").split("\t")
            first, second = pair.split(" ")
            if int(count) >= MIN_CONTEXT_COUNT and (first in ambiguous or second in ambiguous):
                out.write(line)
        for (first, second), count in sorted(pairs_with_numbers.items()):
            if count >= MIN_CONTEXT_COUNT and (first in ambiguous or second in ambiguous):
                out.write(f"{first} {second}\t{count}\n")

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
