#!/usr/bin/env python3
# Do two run folders' reports say the same, but for documents one run found done by an earlier one
# ("already done" where the other says "ok")? A killed and resumed run must report what an
# uninterrupted one does. SPDX-License-Identifier: GPL-3.0-or-later
# Usage: same_report.py DIR_A DIR_B   (exit 0 when they agree; the differences are printed)
import csv, json, sys

def status(s):
    return "ok" if s == "already done" else s

def report_json(d):
    r = json.load(open(f"{d}/report.json", encoding="utf-8"))
    for doc in r["documents"]:
        doc["status"] = status(doc["status"])
    t = r["totals"]
    t["ok"] += t.pop("already_done")
    return r

def report_csv(d):
    rows = list(csv.DictReader(open(f"{d}/report.csv", newline="", encoding="utf-8")))
    for row in rows:
        row["status"] = status(row["status"])
    return rows

a, b = sys.argv[1:3]
same = True
for name, read in (("report.json", report_json), ("report.csv", report_csv)):
    if read(a) != read(b):
        print(f"{name}: {a} and {b} differ")
        same = False
sys.exit(0 if same else 1)
