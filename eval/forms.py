#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Score `arkivtext extract` on the documents of eval/docs in their five forms (issue 10).

Usage:
  eval/forms.py ARKIVTEXT DOCS_DIR [--forms-dir DIR] [--forms LIST] [--split LIST]
                [--jobs N] [--details] [--min-f1 X]

DOCS_DIR is eval/docs (studied/ and heldout/, each NAME.html, NAME.txt|.tsv, NAME.facts.json).
The forms (eval/forms/make writes all but the first into --forms-dir):
  export  DOCS_DIR/SPLIT/NAME.txt|.tsv, the document system's export
  born    DIR/SPLIT/NAME/born.pdf, born-digital PDF
  scan    DIR/SPLIT/NAME/scan.tif, clean 300 dpi TIFF scan
  image   DIR/SPLIT/NAME/image.pdf, image-only PDF of the same page images
  worn    DIR/SPLIT/NAME/worn.pdf, worn scan
--forms defaults to export (and all five when --forms-dir is given); --split to studied,heldout.

Each record (`ARKIVTEXT extract FILE`, XML) and each .facts.json become bags of facts, one bag per
field; a fact is a tuple of normalised strings. A field's matched facts are the bags' multiset
intersection: precision = matched / predicted, recall = matched / gold, F1 their harmonic mean.
A group (metadata, parties, ...) and a whole form sum the counts of their fields (micro average).

Normalisation of every compared string: Unicode NFC, white space runs to one space, ends trimmed,
case folded, a trailing '.', ',', ';' or ':' dropped, the dashes – — ‐ read as '-'. Diacritics and
all other characters must be exact. Dates are ISO, durations ISO 8601, amounts integers.

Fields (gold from the facts -> predicted from the record):
  metadata.title, .organisation, .diarienummer, .author (name), .recipient: the element's text
  metadata.date       dates/date[@type=document]/@value
  metadata.adopted_date, .adopted_by, .adopted_paragraph
                      dates/date[@type=decided]/@value, @by, @paragraph
  metadata.period_from, .period_to    metadata/period/@from, @to
  parties.name        agreement/party text;  parties.acting_body  (name, party/@actingBody)
  term.valid_from, .valid_to          validFrom/@value, validTo/@value
  term.notice_period, .renewal        noticePeriod/@duration, renewal/@duration
  clauses             (number, heading)
  signatures.name     metadata/signatories/signatory/name;  signatures.title  (name, role)
  signatures.place_date   each distinct (place, date) of the facts' signatures -> agreement/signature
  sections            section/heading
  goals               (level, text): theme/title, mainGoal/title, subGoal;  goals.parent (text, parent)
  activities.title    activity/title; activities.responsible, .cost, .time, .comment, .goal:
                      (title, value) with one fact per responsible; goal is the goal's full text
  budget              (amount, year or '') of budgets//line and budgets//total (the facts count a sum row
                      as an entry), the year its budget's @year
  meetings            events/event/@date
A budget item's words and a meeting's body are not compared (the facts' README: not meant to be
compared letter by letter).

Held-out documents give only aggregate tables (never per-document lines), whatever the options.
With --details the studied half also prints, per document and form, each field's missed and
invented facts. With --min-f1 X the run fails (exit 1) when the overall F1 of a form and split is
below X; an extract that fails or prints no record always fails the run.
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter

NS = "{urn:arkivtext:record:1}"
FORMS = ["export", "born", "scan", "image", "worn"]
FORM_FILES = {"born": "born.pdf", "scan": "scan.tif", "image": "image.pdf", "worn": "worn.pdf"}
GROUPS = ["metadata", "parties", "term", "clauses", "signatures", "sections", "goals", "activities",
          "budget", "meetings"]
DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-"})


def norm(s):
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", str(s)).translate(DASHES)
    s = re.sub(r"\s+", " ", s).strip().casefold()
    return re.sub(r"[.,;:]$", "", s).strip()


def fact(*parts):
    return tuple(norm(p) for p in parts)


# ---- gold -------------------------------------------------------------------------------------

def gold_facts(f):
    bags = {}

    def add(field, *parts):
        bags.setdefault(field, Counter())[fact(*parts)] += 1

    md = f.get("metadata", {})
    for key in ["title", "organisation", "diarienummer", "author", "recipient", "date", "adopted_date",
                "adopted_by", "adopted_paragraph", "period_from", "period_to"]:
        if md.get(key) is not None:
            add("metadata." + key, md[key])
    for p in f.get("parties", []):
        add("parties.name", p["name"])
        if p.get("acting_body"):
            add("parties.acting_body", p["name"], p["acting_body"])
    for key, v in f.get("term", {}).items():
        if v is not None:
            add("term." + key, v)
    for c in f.get("clauses", []):
        add("clauses", c["number"], c["heading"])
    places = set()
    for s in f.get("signatures", []):
        add("signatures.name", s["name"])
        if s.get("title"):
            add("signatures.title", s["name"], s["title"])
        if s.get("place") or s.get("date"):
            places.add((s.get("place") or "", s.get("date") or ""))
    for p in sorted(places):
        add("signatures.place_date", *p)
    for s in f.get("sections", []):
        add("sections", s if isinstance(s, str) else s.get("heading", s.get("text")))
    for g in f.get("goals", []):
        add("goals", g["level"], g["text"])
        if g.get("parent"):
            add("goals.parent", g["text"], g["parent"])
    for a in f.get("activities", []):
        add("activities.title", a["title"])
        for r in a.get("responsible") or []:
            add("activities.responsible", a["title"], r)
        for key in ["cost", "time", "comment", "goal"]:
            if a.get(key):
                add("activities." + key, a["title"], a[key])
    for b in f.get("budget", []):
        add("budget", b["amount"], b.get("year") or "")
    for m in f.get("meetings", []):
        add("meetings", m["date"])
    return bags


# ---- predicted --------------------------------------------------------------------------------

def text(e):
    return "".join(e.itertext()) if e is not None else ""


def child_text(e, name):
    c = e.find(NS + name)
    return text(c) if c is not None else None


def record_facts(root):
    bags = {}

    def add(field, *parts):
        bags.setdefault(field, Counter())[fact(*parts)] += 1

    md = root.find(NS + "metadata")
    if md is not None:
        for key, path in [("title", "title"), ("diarienummer", "diarienummer"),
                          ("organisation", "organisations/organisation"), ("recipient", "recipients/recipient"),
                          ("author", "authors/author/name")]:
            for e in md.findall("/".join(NS + p for p in path.split("/"))):
                add("metadata." + key, text(e))
        for d in md.findall(f"{NS}dates/{NS}date"):
            if d.get("type") == "document":
                add("metadata.date", d.get("value"))
            elif d.get("type") == "decided":
                add("metadata.adopted_date", d.get("value"))
                for attr, key in [("by", "adopted_by"), ("paragraph", "adopted_paragraph")]:
                    if d.get(attr):
                        add("metadata." + key, d.get(attr))
        for p in md.findall(NS + "period"):
            for attr in ["from", "to"]:
                if p.get(attr):
                    add("metadata.period_" + attr, p.get(attr))
        for s in md.findall(f"{NS}signatories/{NS}signatory"):
            name = child_text(s, "name")
            add("signatures.name", name)
            if child_text(s, "role"):
                add("signatures.title", name, child_text(s, "role"))
    for ag in root.iter(NS + "agreement"):
        for p in ag.findall(NS + "party"):
            add("parties.name", text(p))
            if p.get("actingBody"):
                add("parties.acting_body", text(p), p.get("actingBody"))
        for tag, key, attr in [("validFrom", "valid_from", "value"), ("validTo", "valid_to", "value"),
                               ("noticePeriod", "notice_period", "duration"), ("renewal", "renewal", "duration")]:
            for e in ag.findall(NS + tag):
                if e.get(attr):
                    add("term." + key, e.get(attr))
        for c in ag.findall(NS + "clause"):
            add("clauses", c.get("number"), child_text(c, "heading") or "")
        for s in ag.findall(NS + "signature"):
            add("signatures.place_date", s.get("place") or "", s.get("date") or "")
    for s in root.iter(NS + "section"):
        if s.find(NS + "heading") is not None and root.find(NS + "sections") is not None:
            if s in list(root.find(NS + "sections")):
                add("sections", child_text(s, "heading"))
    goal_text = {}
    goals = root.find(NS + "goals")
    if goals is not None:
        def walk(e, parent):
            for c in e:
                level = c.tag[len(NS):]
                if level in ("theme", "mainGoal"):
                    t = child_text(c, "title") or ""
                elif level == "subGoal":
                    t = text(c)
                else:
                    continue
                goal_text[c.get("id")] = t
                add("goals", level, t)
                if parent is not None:
                    add("goals.parent", t, parent)
                if level != "subGoal":
                    walk(c, t)
        walk(goals, None)
    for a in root.iter(NS + "activity"):
        title = child_text(a, "title") or ""
        add("activities.title", title)
        for r in a.findall(NS + "responsible"):
            add("activities.responsible", title, text(r))
        for key in ["cost", "time", "comment"]:
            v = child_text(a, key)
            if v:
                add("activities." + key, title, v)
        if a.get("goal") in goal_text:
            add("activities.goal", title, goal_text[a.get("goal")])
    for b in root.iter(NS + "budget"):
        for line in b.iter():
            if line.tag in (NS + "line", NS + "total"):
                add("budget", line.get("amount"), b.get("year") or "")
    for ev in root.iter(NS + "event"):
        if ev.get("date"):
            add("meetings", ev.get("date"))
    return bags


# ---- running and counting ---------------------------------------------------------------------

def group_of(field):
    return field.split(".")[0]


def score(gold, pred):
    """{field: (matched, predicted, gold)} over the fields of either side."""
    out = {}
    for field in set(gold) | set(pred):
        g, p = gold.get(field, Counter()), pred.get(field, Counter())
        out[field] = (sum((g & p).values()), sum(p.values()), sum(g.values()))
    return out


def prf(m, p, g):
    prec = m / p if p else (1.0 if not g else 0.0)
    rec = m / g if g else (1.0 if not p else 0.0)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def add_counts(total, counts):
    for k, (m, p, g) in counts.items():
        a = total.get(k, (0, 0, 0))
        total[k] = (a[0] + m, a[1] + p, a[2] + g)


def source_of(args, split, name, form):
    if form == "export":
        for ext in ("tsv", "txt"):
            path = os.path.join(args.docs, split, f"{name}.{ext}")
            if os.path.exists(path):
                return path
        return None
    return os.path.join(args.forms_dir, split, name, FORM_FILES[form])


def extract(arkivtext, path):
    """The record's root, or an error string."""
    if not path or not os.path.exists(path):
        return f"{path}: missing (run eval/forms/make)"
    r = subprocess.run([arkivtext, "extract", path], capture_output=True)
    if r.returncode != 0:
        return f"{path}: extract exit {r.returncode}: {r.stderr.decode(errors='replace').strip()[:300]}"
    try:
        return ET.fromstring(r.stdout)
    except ET.ParseError as e:
        return f"{path}: no record ({e})"


def fmt(m, p, g):
    prec, rec, f1 = prf(m, p, g)
    return f"{prec:6.3f} {rec:6.3f} {f1:6.3f} {m:4d}/{p:<4d}/{g:<4d}"


def print_tables(split, forms, totals):
    label = "development (studied)" if split == "studied" else "held-out"
    print(f"\n== {label}: {split}/ ==")
    print(f"{'form':8s} {'P':>6s} {'R':>6s} {'F1':>6s}  matched/pred/gold")
    for form in forms:
        t = totals[form]
        m, p, g = (sum(v[i] for v in t.values()) for i in range(3))
        print(f"{form:8s} {fmt(m, p, g)}")
    fields = sorted({f for form in forms for f in totals[form]},
                    key=lambda f: (GROUPS.index(group_of(f)), f))
    print(f"\nF1 per field ({label})")
    print(f"{'field':28s}" + "".join(f"{form:>9s}" for form in forms) + "   gold")
    rows = [(g, [f for f in fields if group_of(f) == g]) for g in GROUPS]
    for group, members in rows:
        if not members:
            continue
        cells = []
        for form in forms:
            m, p, g = (sum(totals[form].get(f, (0, 0, 0))[i] for f in members) for i in range(3))
            cells.append(prf(m, p, g)[2])
        gold_n = sum(totals[forms[0]].get(f, (0, 0, 0))[2] for f in members)
        print(f"{group:28s}" + "".join(f"{c:9.3f}" for c in cells) + f"   {gold_n}")
        if len(members) > 1 or members[0] != group:
            for f in members:
                cells = [prf(*totals[form].get(f, (0, 0, 0)))[2] for form in forms]
                print(f"  {f:26s}" + "".join(f"{c:9.3f}" for c in cells) + f"   {totals[forms[0]].get(f, (0, 0, 0))[2]}")


def details(name, form, gold, pred):
    for field in sorted(set(gold) | set(pred)):
        g, p = gold.get(field, Counter()), pred.get(field, Counter())
        for miss in sorted((g - p).elements()):
            print(f"  {name} {form} {field} MISSED {miss}")
        for extra in sorted((p - g).elements()):
            print(f"  {name} {form} {field} INVENTED {extra}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("arkivtext")
    ap.add_argument("docs")
    ap.add_argument("--forms-dir")
    ap.add_argument("--forms")
    ap.add_argument("--split", default="studied,heldout")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--min-f1", type=float)
    args = ap.parse_args()
    forms = args.forms.split(",") if args.forms else (FORMS if args.forms_dir else ["export"])
    for form in forms:
        if form not in FORMS:
            ap.error(f"unknown form '{form}': use {', '.join(FORMS)}")
        if form != "export" and not args.forms_dir:
            ap.error(f"form '{form}' needs --forms-dir (made by eval/forms/make)")
    failed = []
    for split in args.split.split(","):
        folder = os.path.join(args.docs, split)
        if not os.path.isdir(folder):
            ap.error(f"{folder}: no such folder")
        names = sorted(n[:-len(".facts.json")] for n in os.listdir(folder) if n.endswith(".facts.json"))
        jobs = [(name, form) for name in names for form in forms]
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            roots = list(pool.map(lambda j: extract(args.arkivtext, source_of(args, split, *j)), jobs))
        totals = {form: {} for form in forms}
        for (name, form), root in zip(jobs, roots):
            with open(os.path.join(folder, name + ".facts.json"), encoding="utf-8") as fh:
                gold = gold_facts(json.load(fh))
            if isinstance(root, str):
                # a held-out failure names no document: only that one failed
                failed.append(root if split == "studied" else f"a held-out {form} extract failed")
                pred = {}
            else:
                pred = record_facts(root)
            add_counts(totals[form], score(gold, pred))
            if args.details and split == "studied":
                details(name, form, gold, pred)
        print_tables(split, forms, totals)
        if args.min_f1 is not None:
            for form in forms:
                m, p, g = (sum(v[i] for v in totals[form].values()) for i in range(3))
                f1 = prf(m, p, g)[2]
                if f1 < args.min_f1:
                    failed.append(f"{split} {form}: F1 {f1:.3f} below the floor {args.min_f1}")
    for f in failed:
        print(f"FAIL: {f}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
