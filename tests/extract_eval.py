#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Measure `arkivtext extract` against the hand-made gold of the real corpus (a TAP test).

Usage: extract_eval.py ARKIVTEXT GOLD_DIR CORPUS_DIR [--min-recall X] [--quiet]

For every GOLD_DIR/NNN.tsv it runs `ARKIVTEXT extract CORPUS_DIR/NNN_*.txt` (XML of namespace
urn:arkivtext:record:1 on stdout) and compares, field by field, the elements found there with the
gold items (format: see the header comment of the gold files).

Matching is one-to-one (maximum bipartite matching: each gold item and each predicted element are
used at most once), per field:
  strict   a predicted element matches a gold item when its `lines` equal one of the gold item's
           line ranges exactly AND, where the gold gives a value, the element's value (@value,
           @amount, @number, @duration or @date, as the field has it) equals it;
  lenient  its `lines` overlap one of the gold item's ranges; values are ignored.
precision = matched / predicted elements of the field, recall = matched / gold items (the tables'
`pred` column counts the predicted elements of the lenient match).
Predicted elements left unmatched that lie wholly inside a gold `skip` range of their field are
not counted (ambiguous or unannotated places). Elements without any `lines` (own or, failing
that, their descendants') count as predictions that match nothing.

TAP: per document one test that extract ran and printed a record, one on its lenient recall
(overall, all fields); then one on the total. With --min-recall X the recall tests fail below X
(and the script exits 1, saying why); without it they only report. A failed run of the extractor
(exit status, unparsable XML) is always a failure. The tables are printed as '# ' lines.
Skips (1..0 # SKIP) when CORPUS_DIR is absent.
"""
import glob
import os
import re
import sys

from records import extract_record

# field -> paths below <record>, of local names; '//' = any depth.
FIELDS = {
    "title": ["metadata/title"],
    "organisation": ["metadata/organisations/organisation"],
    "date": ["metadata/dates/date"],
    "diarienummer": ["metadata/diarienummer"],
    "author": ["metadata/authors/author"],
    "recipient": ["metadata/recipients/recipient"],
    "status": ["metadata/status"],
    "signatory": ["metadata/signatories/signatory"],
    "theme": ["goals//theme"],
    "mainGoal": ["goals//mainGoal"],
    "subGoal": ["goals//subGoal"],
    "budgetLine": ["budgets//line"],
    "budgetTotal": ["budgets//total"],
    "clause": ["agreements//clause"],
    "party": ["agreements//party"],
    "validFrom": ["agreements//validFrom"],
    "validTo": ["agreements//validTo"],
    "noticePeriod": ["agreements//noticePeriod"],
    "attachment": ["attachments//attachment"],
    "event": ["events//event"],
}
FIELD_ORDER = list(FIELDS)

# where a field's value is read
VALUE_ATTR = {
    "date": "value", "validFrom": "value", "validTo": "value",
    "budgetLine": "amount", "budgetTotal": "amount",
    "clause": "number", "attachment": "number",
    "noticePeriod": "duration", "event": "date",
}
# the child whose lines locate the element, when it has lines
LINES_FROM_CHILD = {
    "author": "name", "signatory": "name", "theme": "title", "mainGoal": "title",
    "attachment": "title",
}

ISO_DATE = r"\d{4}-\d{2}-\d{2}"
VALUE_FORMS = {
    "date": rf"{ISO_DATE}",
    "validFrom": rf"{ISO_DATE}",
    "validTo": rf"{ISO_DATE}",
    "budgetLine": r"-?\d+",
    "budgetTotal": r"-?\d+",
    "clause": r"\d+[a-z]?",
    "attachment": r"\d+",
    "noticePeriod": r"P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?",
    "event": rf"({ISO_DATE}|--\d{{2}}-\d{{2}})(/({ISO_DATE}|--\d{{2}}-\d{{2}}))?",
}


class GoldError(Exception):
    pass


def parse_range(text):
    m = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?", text)
    if not m:
        return None
    a = int(m.group(1))
    b = int(m.group(2)) if m.group(2) else a
    if a < 1 or b < a:
        return None
    return (a, b)


def parse_gold(path):
    items, skips = [], []
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 2 or len(parts) > 3:
                raise GoldError(f"{path}:{no}: want field<TAB>lines<TAB>value")
            field, lines = parts[0].strip(), parts[1].strip()
            value = parts[2].strip() if len(parts) == 3 else ""
            ranges = [parse_range(r) for r in lines.split("|")]
            if not ranges or None in ranges:
                raise GoldError(f"{path}:{no}: bad lines '{lines}'")
            if field == "skip":
                names = [v.strip() for v in value.split(",") if v.strip()]
                for n in names:
                    if n not in FIELDS:
                        raise GoldError(f"{path}:{no}: skip names unknown field '{n}'")
                skips.append((ranges, set(names) or set(FIELDS)))
                continue
            if field not in FIELDS:
                raise GoldError(f"{path}:{no}: unknown field '{field}'")
            if value:
                form = VALUE_FORMS.get(field)
                if not form or not re.fullmatch(form, value):
                    raise GoldError(f"{path}:{no}: value '{value}' not allowed for {field}")
            items.append({"field": field, "ranges": ranges, "value": value, "src": no})
    for it in items:
        for ranges, names in skips:
            if it["field"] in names and any(inside(r, s) for r in it["ranges"] for s in ranges):
                raise GoldError(f"{path}:{it['src']}: {it['field']} item inside a skip range of its field")
    return items, skips


def local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def elem_lines(el):
    """(first, last) of an element: its own @lines, else the span of its descendants' lines."""
    own = parse_range(el.get("lines", "")) if el.get("lines") else None
    if own:
        return own
    firsts, lasts = [], []
    for d in el.iter():
        if d is el:
            continue
        r = parse_range(d.get("lines", "")) if d.get("lines") else None
        if r:
            firsts.append(r[0])
            lasts.append(r[1])
    return (min(firsts), max(lasts)) if firsts else None


def compile_pattern(pattern):
    """'goals//subGoal' -> a regex over slash-joined local-name paths below <record>."""
    segs = pattern.split("//")
    rx = "(?:/[^/]+)*/".join("/".join(re.escape(x) for x in seg.split("/")) for seg in segs)
    return re.compile("^" + rx + "$")


PATTERNS = {field: [compile_pattern(p) for p in pats] for field, pats in FIELDS.items()}


def collect(root):
    """field -> list of predicted elements (dicts)."""
    out = {f: [] for f in FIELDS}

    def walk(el, path):
        for ch in el:
            name = local(ch.tag)
            if not name:
                continue
            p = f"{path}/{name}" if path else name
            for field, pats in PATTERNS.items():
                # events: only dated ones are gold; host lists by year are not scored
                if field == "event" and not ch.get("date"):
                    continue
                if any(rx.match(p) for rx in pats):
                    rng = None
                    child = LINES_FROM_CHILD.get(field)
                    if child:
                        for c in ch:
                            if local(c.tag) == child:
                                rng = elem_lines(c)
                                break
                    if rng is None:
                        rng = elem_lines(ch)
                    attr = VALUE_ATTR.get(field)
                    text = " ".join("".join(ch.itertext()).split())
                    out[field].append({"range": rng, "value": ch.get(attr, "") if attr else "",
                                       "text": text})
            walk(ch, p)

    walk(root, "")
    return out


def overlaps(a, b):
    return a[0] <= b[1] and b[0] <= a[1]


def inside(a, b):
    return b[0] <= a[0] and a[1] <= b[1]


def norm_date(v):
    return v.strip()


def date_eq(gold, pred):
    """gold/pred: YYYY-MM-DD or --MM-DD, or an interval A/B; a gold interval also matches its start."""
    pred = pred.strip()
    cands = [gold]
    if "/" in gold:
        cands.append(gold.split("/", 1)[0])

    def one(g, p):
        if g == p:
            return True
        # a gold day without its year (the reader was unsure) accepts any year; a predicted one
        # only matches such a gold day
        if g.startswith("--"):
            return len(g) >= 5 and len(p) >= 5 and g[-5:] == p[-5:] and "/" not in g + p
        return False

    for g in cands:
        if one(g, pred):
            return True
        if "/" in g and "/" in pred:
            ga, gb = g.split("/", 1)
            pa, pb = pred.split("/", 1)
            if one(ga, pa) and one(gb, pb):
                return True
    return False


def value_eq(field, gold, pred):
    if not gold:
        return True
    pred = (pred or "").strip()
    if not pred:
        return False
    if field in ("budgetLine", "budgetTotal"):
        try:
            return int(gold) == int(round(float(pred.replace(" ", "").replace("\u00a0", ""))))
        except ValueError:
            return False
    if field in ("clause", "attachment"):
        return gold.lower() == pred.replace("§", "").strip().lower()
    if field == "noticePeriod":
        return gold.upper() == pred.upper()
    if field == "event":
        return date_eq(gold, pred)
    return norm_date(gold) == norm_date(pred)


def max_matching(n_gold, n_pred, edge):
    """Kuhn's augmenting paths; returns pred index -> gold index."""
    adj = [[j for j in range(n_pred) if edge(i, j)] for i in range(n_gold)]
    owner = {}

    def augment(i, seen):
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(n_gold):
        augment(i, set())
    return owner


def score_field(field, gold, preds, skips):
    """-> dict(strict=(tp, npred, ngold), lenient=..., misses=[...], extras=[...])"""
    res = {}
    field_skips = [s for ranges, names in skips if field in names for s in ranges]
    for mode in ("strict", "lenient"):
        def edge(i, j):
            p = preds[j]
            if p["range"] is None:
                return False
            g = gold[i]
            if mode == "strict":
                return any(r == p["range"] for r in g["ranges"]) and value_eq(field, g["value"], p["value"])
            return any(overlaps(r, p["range"]) for r in g["ranges"])

        owner = max_matching(len(gold), len(preds), edge)
        counted = [j for j in range(len(preds))
                   if j in owner or preds[j]["range"] is None
                   or not any(inside(preds[j]["range"], s) for s in field_skips)]
        res[mode] = (len(owner), len(counted), len(gold))
        if mode == "lenient":
            matched_gold = set(owner.values())
            res["misses"] = [gold[i] for i in range(len(gold)) if i not in matched_gold]
            res["extras"] = [preds[j] for j in counted if j not in owner]
    return res


def ratio(a, b):
    return a / b if b else None


def fmt(x):
    return "    -" if x is None else f"{x:5.2f}"


def fmt_range(r):
    if r is None:
        return "?"
    return str(r[0]) if r[0] == r[1] else f"{r[0]}-{r[1]}"


def table(title, per_field, out):
    out.append(f"# {title}")
    out.append("#   field          gold  pred | strict  P     R   | lenient P     R")
    tot = {"strict": [0, 0, 0], "lenient": [0, 0, 0]}
    for field in FIELD_ORDER:
        r = per_field.get(field)
        if not r or (r["strict"][1] == 0 and r["strict"][2] == 0 and r["lenient"][1] == 0):
            continue
        s, l = r["strict"], r["lenient"]
        for mode in tot:
            for k in range(3):
                tot[mode][k] += r[mode][k]
        out.append(f"#   {field:13} {s[2]:5} {l[1]:5} | {s[0]:4} {fmt(ratio(s[0], s[1]))} {fmt(ratio(s[0], s[2]))}"
                   f" | {l[0]:4} {fmt(ratio(l[0], l[1]))} {fmt(ratio(l[0], l[2]))}")
    s, l = tot["strict"], tot["lenient"]
    out.append(f"#   {'ALL':13} {s[2]:5} {l[1]:5} | {s[0]:4} {fmt(ratio(s[0], s[1]))} {fmt(ratio(s[0], s[2]))}"
               f" | {l[0]:4} {fmt(ratio(l[0], l[1]))} {fmt(ratio(l[0], l[2]))}")
    return tot


def main(argv):
    args, min_recall, quiet = [], None, False
    it = iter(argv[1:])
    for a in it:
        if a == "--min-recall":
            try:
                min_recall = float(next(it))
            except (StopIteration, ValueError):
                print("usage: extract_eval.py ARKIVTEXT GOLD_DIR CORPUS_DIR [--min-recall X] [--quiet]",
                      file=sys.stderr)
                return 2
        elif a.startswith("--min-recall="):
            min_recall = float(a.split("=", 1)[1])
        elif a == "--quiet":
            quiet = True
        else:
            args.append(a)
    if len(args) != 3:
        print("usage: extract_eval.py ARKIVTEXT GOLD_DIR CORPUS_DIR [--min-recall X] [--quiet]", file=sys.stderr)
        return 2
    arkivtext, gold_dir, corpus = args
    if not os.path.isdir(corpus):
        print(f"1..0 # SKIP {corpus} not present")
        return 0
    golds = sorted(glob.glob(os.path.join(gold_dir, "[0-9][0-9][0-9].tsv")))
    if not golds:
        print(f"1..0 # SKIP no gold in {gold_dir}")
        return 0

    parsed = {}
    try:
        for g in golds:
            parsed[g] = parse_gold(g)
    except (GoldError, OSError) as e:
        print("1..1")
        print("not ok 1 - gold well-formed")
        print(f"# FAIL: {e}")
        return 1

    print(f"1..{2 * len(golds) + 2}")
    n = 0
    failures = []

    def tap(ok, desc, why=None):
        nonlocal n
        n += 1
        print(f"{'ok' if ok else 'not ok'} {n} - {desc}")
        if not ok:
            failures.append(why or desc)
            print(f"# FAIL: {why or desc}")

    tap(True, f"gold well-formed: {sum(len(v[0]) for v in parsed.values())} items in {len(golds)} files")

    total = {f: {"strict": [0, 0, 0], "lenient": [0, 0, 0]} for f in FIELDS}
    for g in golds:
        doc = os.path.basename(g)[:3]
        items, skips = parsed[g]
        srcs = sorted(glob.glob(os.path.join(corpus, f"{doc}_*.txt")))
        if not srcs:
            tap(True, f"{doc} extract # SKIP no {doc}_*.txt in {corpus}")
            tap(True, f"{doc} recall # SKIP no {doc}_*.txt in {corpus}")
            continue
        src = srcs[0]
        root, why = extract_record(arkivtext, src)
        kind = root.get("kind", "?") if root is not None else "?"
        tap(why is None, f"{doc} extract prints a record (kind {kind})", f"{doc}: extract: {why}")
        preds = collect(root) if root is not None else {f: [] for f in FIELDS}

        per_field = {}
        lines_out = []
        for field in FIELDS:
            gf = [i for i in items if i["field"] == field]
            r = score_field(field, gf, preds[field], skips)
            per_field[field] = r
            for mode in ("strict", "lenient"):
                for k in range(3):
                    total[field][mode][k] += r[mode][k]
        tot = table(f"{doc} ({os.path.basename(src)}, kind {kind})", per_field, lines_out)
        if not quiet and why is None:
            for field in FIELD_ORDER:
                r = per_field[field]
                for m in r["misses"]:
                    lines_out.append(f"#     missed {field} {'|'.join(fmt_range(x) for x in m['ranges'])}"
                                     f"{' ' + m['value'] if m['value'] else ''}")
                for e in r["extras"]:
                    lines_out.append(f"#     extra  {field} {fmt_range(e['range'])}"
                                     f"{' ' + e['value'] if e['value'] else ''}: {e['text'][:60]}")
        print("\n".join(lines_out))
        rec = ratio(tot["lenient"][0], tot["lenient"][2]) or 0.0
        if min_recall is None:
            tap(why is None, f"{doc} lenient recall {rec:.2f}", f"{doc}: extract failed")
        else:
            tap(rec >= min_recall and why is None, f"{doc} lenient recall {rec:.2f} >= {min_recall:.2f}",
                f"{doc}: lenient recall {rec:.2f} below {min_recall:.2f}" if why is None
                else f"{doc}: extract failed")

    lines_out = []
    tot = table("total", total, lines_out)
    print("\n".join(lines_out))
    rec = ratio(tot["lenient"][0], tot["lenient"][2]) or 0.0
    strict_r = ratio(tot["strict"][0], tot["strict"][2]) or 0.0
    if min_recall is None:
        tap(True, f"total lenient recall {rec:.2f} (strict {strict_r:.2f})")
    else:
        tap(rec >= min_recall, f"total lenient recall {rec:.2f} >= {min_recall:.2f} (strict {strict_r:.2f})",
            f"total: lenient recall {rec:.2f} below {min_recall:.2f}")
    if failures:
        print("# " + "; ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
