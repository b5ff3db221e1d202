#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent check of `arkivtext extract` on the born-digital action-plan tables (a TAP test).

Usage: extract_tables.py ARKIVTEXT CORPUS_DIR [TABLES_GOLD]

The documents CORPUS_DIR/000_*.txt and 001_*.txt are tab-separated tables. This script reads them
itself: it classes every line (blank, document title row, column-header row, repeated page header,
section row, activity row) and checks its classes against the counts and lines written by hand in
TABLES_GOLD (default: extract-gold/tables.tsv next to this script). Then it runs
`ARKIVTEXT extract FILE` and asserts:
  - as many activity elements as activity rows;
  - every activity's `lines` is one source line, and an activity row;
  - no activity comes from a repeated page header;
  - per column, every non-empty cell of an activity's row is found in the field the column's
    header names (COLUMNS below), whitespace-collapsed and compared exactly (only <b> tags
    stripped); responsible parties are compared party by party (RESPONSIBLE_SEPARATORS); the
    sub-goal column is checked through the activity's @goal: the element with that @id (a subGoal,
    or a mainGoal by its title) must read as the cell of the row, or for a continuation row (empty
    cell) as that of the nearest row above naming one.
Skips (1..0 # SKIP) when CORPUS_DIR is absent.
"""
import glob
import json
import os
import re
import subprocess
import sys

from records import NS, extract_record

# column header (lower case) -> activity field; 'goal' = the element @goal points to;
# None = a column that activity rows leave empty (the goal area is on section rows).
COLUMNS = {
    "rubrik": "title", "aktivitet": "title", "åtgärd": "title",
    "uppdrag": "description",
    "uppdragsgivare": "commissioner",
    "förväntat resultat": "expectedResult",
    "tidplan": "time", "tid": "time",
    "ansvarig nämnd": "responsible", "ansvarig": "responsible",
    "kostnad": "cost",
    "kommentar": "comment",
    "ansvarig handläggare": "contact", "handläggare slk": "contact",
    "delmål": "goal",
    "område och huvudmål": None,
}
RESPONSIBLE_SEPARATORS = [", ", " och ", " i samarbete med ", " i samverkan med ", " tillsammans med ", " samt "]
DOCS = ["000", "001"]


def clean(text):
    return " ".join(re.sub(r"</?b>", "", text).split())


def joins_made(arkivtext, src):
    """The split words the normalizer joins in src ("stads kärnorna" -> "stadskärnorna"):
    a cell may read either way, and only by a join the change log records."""
    pr = subprocess.run([arkivtext, "normalize", src, "--changes", "-", "-o", os.devnull],
                        capture_output=True, timeout=300)
    joins, parts, whole = [], [], None
    for line in pr.stdout.decode("utf-8").splitlines():
        ch = json.loads(line)
        if ch.get("rule") != "layout.join":
            continue
        if ch["after"]:
            if whole:
                joins.append(("".join(parts), whole))
            parts, whole = [ch["before"]], ch["after"]
        else:
            parts.append(ch["before"])
    if whole:
        joins.append(("".join(parts), whole))
    return joins


def as_joined(text, joins):
    for split, whole in joins:
        text = text.replace(split, whole)
    return text


def local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_range(text):
    m = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?", text or "")
    if not m:
        return None
    a = int(m.group(1))
    return (a, int(m.group(2)) if m.group(2) else a)


def parse_list(text):
    out = []
    for part in text.split(","):
        if part.strip():
            a, b = parse_range(part)
            out.extend(range(a, b + 1))
    return out


def classify(path):
    """-> (rows, header) where rows[lineno] = (class, cells); classes: blank, title, header,
    repeated-title, repeated-header, section, activity."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    rows, header, title = {}, None, None
    for no, line in enumerate(lines, 1):
        cells = [c.strip() for c in line.rstrip("\r").split("\t")]
        filled = [clean(c) for c in cells if clean(c)]
        if not filled:
            rows[no] = ("blank", cells)
        elif header is None and len(filled) >= 3 and all(c.lower() in COLUMNS for c in filled):
            header = [clean(c) for c in cells]
            rows[no] = ("header", cells)
        elif header is not None and [clean(c) for c in cells] == header:
            rows[no] = ("repeated-header", cells)
        elif header is None:
            title = [clean(c) for c in cells]
            rows[no] = ("title", cells)
        elif title is not None and [clean(c) for c in cells] == title:
            rows[no] = ("repeated-title", cells)
        elif len(filled) == 1 and clean(cells[0]):
            rows[no] = ("section", cells)
        else:
            rows[no] = ("activity", cells)
    return rows, header


def read_tables_gold(path):
    gold = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            p = line.rstrip("\n").split("\t")
            p += [""] * (7 - len(p))
            gold[p[0]] = {"activities": int(p[1]), "sections": int(p[2]), "dropped": int(p[3]),
                          "activity_lines": parse_list(p[4]), "section_lines": parse_list(p[5]),
                          "dropped_lines": parse_list(p[6])}
    return gold


def parties(cell):
    text = clean(cell)
    for sep in RESPONSIBLE_SEPARATORS:
        text = text.replace(sep, "\x00")
    out = []
    for p in text.split("\x00"):
        p = p.strip().rstrip(".,").strip()
        if p:
            out.append(p)
    return out


def words(text):
    return [w.rstrip(".,") for w in clean(text).split() if w.rstrip(".,")]


def contains_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def fmt_lines(nums):
    out, i = [], 0
    nums = sorted(nums)
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out.append(str(nums[i]) if i == j else f"{nums[i]}-{nums[j]}")
        i = j + 1
    return ",".join(out) or "-"


class Tap:
    def __init__(self):
        self.out, self.n, self.failed = [], 0, 0

    def ok(self, cond, desc, details=()):
        self.n += 1
        self.out.append(f"{'ok' if cond else 'not ok'} {self.n} - {desc}")
        if not cond:
            self.failed += 1
            self.out.extend(f"#   {d}" for d in list(details)[:25])
            if len(details) > 25:
                self.out.append(f"#   ... {len(details) - 25} more")

    def note(self, text):
        self.out.append(f"# {text}")


def check_doc(tap, arkivtext, doc, src, gold):
    rows, header = classify(src)
    by = {}
    for no, (cls, _) in rows.items():
        by.setdefault(cls, []).append(no)
    act_rows = by.get("activity", [])
    sec_rows = by.get("section", [])
    dropped = by.get("repeated-title", []) + by.get("repeated-header", [])
    tap.note(f"{doc}: {len(rows)} lines: title rows {fmt_lines(by.get('title', []))}, column header "
             f"{fmt_lines(by.get('header', []))}, repeated page headers {fmt_lines(dropped)} ({len(dropped)}), "
             f"section rows {fmt_lines(sec_rows)} ({len(sec_rows)}), activity rows {fmt_lines(act_rows)} "
             f"({len(act_rows)}), blank {len(by.get('blank', []))}")
    g = gold.get(doc)
    if g is None:
        tap.ok(False, f"{doc} has expected counts in tables.tsv")
        return
    tap.note(f"{doc}: expected (tables.tsv): {g['activities']} activities, {g['sections']} sections, "
             f"{g['dropped']} dropped repeated headers")
    same = (len(act_rows) == g["activities"] == len(g["activity_lines"]) and act_rows == g["activity_lines"]
            and len(sec_rows) == g["sections"] and sec_rows == g["section_lines"]
            and len(dropped) == g["dropped"] and sorted(dropped) == g["dropped_lines"])
    tap.ok(same, f"{doc} row classes agree with tables.tsv ({len(act_rows)} activity, {len(sec_rows)} section, "
                 f"{len(dropped)} dropped)",
           [f"activity {fmt_lines(act_rows)} vs {fmt_lines(g['activity_lines'])}",
            f"section {fmt_lines(sec_rows)} vs {fmt_lines(g['section_lines'])}",
            f"dropped {fmt_lines(dropped)} vs {fmt_lines(g['dropped_lines'])}"])
    unknown = [h for h in (header or []) if h and h.lower() not in COLUMNS]
    tap.ok(header is not None and not unknown, f"{doc} every column header maps to a field",
           [f"unknown column '{h}'" for h in unknown] or ["no column-header row found"])
    if header is None:
        return

    # run the extractor
    root, why = extract_record(arkivtext, src)
    tap.ok(why is None, f"{doc} extract prints a record" + (f" (kind {root.get('kind')})" if root is not None else ""),
           [why or ""])
    if root is None:
        return

    activities = [el for el in root.iter() if local(el.tag) == "activity"]
    by_id = {el.get("id"): el for el in root.iter() if el.get("id")}
    tap.note(f"{doc}: extract gives {len(activities)} activity elements")
    tap.ok(len(activities) == g["activities"], f"{doc} {len(activities)} activities == {g['activities']} activity rows")

    joins = joins_made(arkivtext, src)
    act_set, dropped_set = set(act_rows), set(dropped)
    bad, from_header, row_of = [], [], {}
    for k, el in enumerate(activities, 1):
        rng = parse_range(el.get("lines"))
        label = f"activity #{k} id={el.get('id')} lines={el.get('lines')}"
        if rng is None or rng[0] != rng[1]:
            bad.append(f"{label}: not a single line")
            continue
        if rng[0] in dropped_set:
            from_header.append(f"{label}: a repeated page-header line")
        if rng[0] not in act_set:
            bad.append(f"{label}: line {rng[0]} is a {rows.get(rng[0], ('no',))[0]} row")
            continue
        if rng[0] in row_of:
            bad.append(f"{label}: line {rng[0]} already gave activity #{row_of[rng[0]][0]}")
            continue
        row_of[rng[0]] = (k, el)
    tap.ok(not bad, f"{doc} every activity's lines is one activity row", bad)
    tap.ok(not from_header, f"{doc} no activity from a repeated page header", from_header)
    missing = [r for r in act_rows if r not in row_of]
    tap.note(f"{doc}: activity rows without an activity element: {fmt_lines(missing)}")
    sec_cover = sum(1 for el in root.iter()
                    if local(el.tag) in ("theme", "mainGoal", "section", "heading", "title")
                    and parse_range(el.get("lines")) and parse_range(el.get("lines"))[0] in set(sec_rows))
    tap.note(f"{doc}: elements located on section rows: {sec_cover} (section rows: {len(sec_rows)})")

    # per column
    goal_col = None
    for ci, name in enumerate(header):
        if name and COLUMNS.get(name.lower()) == "goal":
            goal_col = ci
    for ci, name in enumerate(header):
        if not name:
            continue
        field = COLUMNS[name.lower()]
        n_cells, problems = 0, []
        for r in act_rows:
            cells = rows[r][1]
            cell = clean(cells[ci]) if ci < len(cells) else ""
            if field is None:
                if cell:
                    problems.append(f"line {r}: column '{name}' filled on an activity row (not checked)")
                continue
            if field == "goal":
                # the nearest row at or above naming a goal
                want, kind = None, None
                for up in range(r, 0, -1):
                    cls, ucells = rows.get(up, ("blank", []))
                    if cls == "activity" and ci < len(ucells) and clean(ucells[ci]):
                        want, kind = clean(ucells[ci]), "cell"
                        break
                    if cls == "section":
                        want, kind = clean(ucells[0]), "section"
                        break
                if want is None:
                    continue
            elif not cell:
                continue
            else:
                want = cell
            n_cells += 1
            if r not in row_of:
                problems.append(f"line {r}: no activity element")
                continue
            k, el = row_of[r]
            kids = [ch for ch in el if local(ch.tag) == field] if field != "goal" else []
            texts = [clean("".join(ch.itertext())) for ch in kids]
            if field == "goal":
                gid = el.get("goal")
                target = by_id.get(gid) if gid else None
                if target is None:
                    problems.append(f"line {r}: @goal={gid!r} names no element")
                    continue
                if local(target.tag) == "mainGoal":
                    t = target.find(f"{{{NS}}}title")
                    got = clean("".join(t.itertext())) if t is not None else ""
                else:
                    got = clean("".join(target.itertext()))
                good = (got in (want, as_joined(want, joins)) if kind == "cell"
                        else bool(got) and (got in want or got in as_joined(want, joins)))
                if not good:
                    problems.append(f"line {r}: @goal {gid} ({local(target.tag)}) reads '{got}', "
                                    f"want {'' if kind == 'cell' else 'part of '}'{want}'")
            elif field == "responsible":
                hay = words(" ".join(texts))
                lost = [p for p in parties(want) if not contains_seq(hay, words(p))]
                if lost:
                    problems.append(f"line {r}: responsible {texts} lacks {lost}")
            else:
                if want not in texts and as_joined(want, joins) not in texts:
                    problems.append(f"line {r}: {field} {texts} != '{want}'")
        if field is None:
            if problems:
                tap.note(f"{doc}: " + "; ".join(problems))
            continue
        tap.ok(not problems, f"{doc} column '{name}' -> {field}: {n_cells - len(problems)}/{n_cells} cells found",
               problems)


def main(argv):
    if len(argv) not in (3, 4):
        print("usage: extract_tables.py ARKIVTEXT CORPUS_DIR [TABLES_GOLD]", file=sys.stderr)
        return 2
    arkivtext, corpus = argv[1], argv[2]
    gold_path = argv[3] if len(argv) == 4 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "extract-gold", "tables.tsv")
    if not os.path.isdir(corpus):
        print(f"1..0 # SKIP {corpus} not present")
        return 0
    srcs = {d: sorted(glob.glob(os.path.join(corpus, f"{d}_*.txt"))) for d in DOCS}
    srcs = {d: s[0] for d, s in srcs.items() if s}
    if not srcs:
        print(f"1..0 # SKIP no table documents in {corpus}")
        return 0
    tap = Tap()
    try:
        gold = read_tables_gold(gold_path)
        tap.ok(True, f"expected counts read from {os.path.basename(gold_path)}")
    except (OSError, ValueError, TypeError) as e:
        tap.ok(False, f"expected counts read from {gold_path}", [str(e)])
        gold = {}
    for d in DOCS:
        if d in srcs:
            check_doc(tap, arkivtext, d, srcs[d], gold)
        else:
            tap.ok(True, f"{d} # SKIP not in {corpus}")
    print(f"1..{tap.n}")
    print("\n".join(tap.out))
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
