#!/usr/bin/env python3
# Recall of arkivtext search on the query set eval/search/queries.tsv (written before tuning, by an
# engineer who did not see the search code): the documents of eval/search/docs/ and the plain exports
# of eval/docs/studied/ are run into packages, indexed, and every query asked with --json -n 10.
# Prints recall in the top 10 per query that misses something, per kind of query, and in all
# (macro: the mean of the queries' recalls; micro: relevant documents found of all relevant).
# TAP: one check, recall >= --min-recall (macro).
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: search_eval.py ARKIVTEXT EVAL_DIR [--min-recall R] [--keep DIR]
import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("arkivtext")
    ap.add_argument("eval_dir", help="the project's eval/ folder")
    ap.add_argument("--min-recall", type=float, default=0.95)
    ap.add_argument("--keep", help="make the packages here and keep them")
    args = ap.parse_args()
    queries_path = os.path.join(args.eval_dir, "search", "queries.tsv")
    if not os.path.exists(queries_path):
        print("1..0 # SKIP no eval/search/queries.tsv")
        return 0
    work = args.keep or tempfile.mkdtemp(prefix="search-eval-")
    try:
        return evaluate(args, queries_path, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def collection(eval_dir, into):
    """Copy the searched documents: eval/search/docs and the plain exports of the studied documents the
    queries were judged against (eval/search/studied.txt; studied documents added later are no part of it)."""
    os.makedirs(into, exist_ok=True)
    docs = os.path.join(eval_dir, "search", "docs")
    for name in sorted(os.listdir(docs)):
        shutil.copy(os.path.join(docs, name), into)
    with open(os.path.join(eval_dir, "search", "studied.txt"), encoding="utf-8") as f:
        names = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    for name in names:
        shutil.copy(os.path.join(eval_dir, "docs", "studied", name), into)


def evaluate(args, queries_path, work):
    at = os.path.abspath(args.arkivtext)
    docs = os.path.join(work, "in")
    out = os.path.join(work, "out")
    if not os.path.isdir(out):
        collection(args.eval_dir, docs)
        subprocess.run([at, "run", "--organisation", "Utvärdering", "-o", out, docs], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run([at, "index", out], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    per_kind = collections.defaultdict(list)
    recalls, capped, found_all, relevant_all = [], [], 0, 0
    words, fields = [], []
    rows = [line.rstrip("\n").split("\t") for line in open(queries_path, encoding="utf-8")
            if line.strip() and not line.startswith("#")]
    # Every query asked in one process (--queries): each hit names its query.
    listed = os.path.join(work, "queries.txt")
    with open(listed, "w", encoding="utf-8") as f:
        f.writelines(query + "\n" for query, _, _ in rows)
    res = subprocess.run([at, "search", "-d", out, "--json", "-n", "10", "--queries", listed], capture_output=True,
                         text=True)
    if res.returncode != 0:
        print(f"# search exit {res.returncode}: " + " | ".join(res.stderr.splitlines()[:3]))
    hits_of = collections.defaultdict(list)
    for hit in (json.loads(l) for l in res.stdout.splitlines() if l.strip()):
        hits_of[hit["query"]].append(hit["document"])
    for query, relevant, what in rows:
        relevant = {r.strip() for r in relevant.split(",") if r.strip()}
        hits = hits_of[query]
        found = relevant & set(hits)
        recall = len(found) / len(relevant)
        recalls.append(recall)
        capped.append(len(found) / min(len(relevant), 10))
        (fields if ":" in query else words).append(recall)
        found_all += len(found)
        relevant_all += len(relevant)
        per_kind[what.split(":")[0].split(";")[0].strip()].append(recall)
        if recall < 1:
            missed = ", ".join(sorted(relevant - found))
            print(f"# {recall:.2f}  {query}  missed: {missed}")
    for kind, rs in sorted(per_kind.items()):
        print(f"# {kind:45s} {len(rs):3d} queries  recall@10 {sum(rs) / len(rs):.3f}")
    macro = sum(recalls) / len(recalls)
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0
    print(f"# word queries: {len(words)}, recall@10 {mean(words):.3f}; "
          f"queries with a field filter: {len(fields)}, recall@10 {mean(fields):.3f}")
    print(f"# all: {len(recalls)} queries, recall@10 {macro:.3f} (mean of queries), "
          f"{found_all}/{relevant_all} = {found_all / relevant_all:.3f} of relevant documents, "
          f"{mean(capped):.3f} counting at most 10 relevant a query")
    ok = macro >= args.min_recall
    print(f"{'ok' if ok else 'not ok'} 1 - recall@10 {macro:.3f} >= {args.min_recall}")
    print("1..1")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
