# SPDX-License-Identifier: GPL-3.0-or-later
"""Goal layouts by a code-blind author, the studied half (issue 10): loaded by eval/goal-layouts/run --set studied.
A layout is a list of the run tool's blocks; ("raw", html, export_text) carries a fragment of the page
and the lines of the export."""
import html

E = html.escape
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
INDICATORS = (("Andel enligt årlig enkät", "Ökar varje år"), ("Nyckeltal i kommunens uppföljning", "Uppnått 2028"),
              ("Redovisning i verksamhetsberättelsen", "Uppnått vid periodens slut"),
              ("Statistik från ansvarig förvaltning", "Minst som 2026"))
BACKGROUND = ("Planen beskriver hur nämnden under planperioden arbetar med de frågor som den omfattar. Den har "
              "tagits fram av förvaltningen i dialog med berörda verksamheter, föreningar och andra aktörer och "
              "bygger på den kartläggning som gjordes under föregående år.",
              "Aktiviteterna finansieras inom ordinarie budgetram om inget annat anges i tabellen. Ansvarig "
              "förvaltning rapporterar hur arbetet fortskrider till nämnden två gånger per år, och planen "
              "revideras när förutsättningarna förändras.",
              "Tabellen nedan anger för varje aktivitet vem som ansvarar, när den genomförs och vad den beräknas "
              "kosta. Kostnader som ryms i befintlig verksamhet anges inte.")
MORE = ("Förvaltningen sammanställer en gång om året vilka aktiviteter som har genomförts, vilka som har "
        "skjutits upp och varför. Sammanställningen redovisas för nämnden i samband med bokslutet och "
        "publiceras på kommunens webbplats.",
        "Den som ansvarar för en aktivitet planerar den tillsammans med berörda enheter och ser till att "
        "den dokumenteras. Synpunkter från invånare och medarbetare tas till vara när planen revideras.",
        "Planen gäller för den period som anges på framsidan. Nämnden kan besluta om ändringar i "
        "aktiviteterna under perioden om budgeten eller uppdraget förändras.")


def cap(s):
    return s[:1].upper() + s[1:]


def low(s):
    return s[:1].lower() + s[1:]


def acts_of(d, goal):
    return [a for a in d["activities"] if a.get("goal") == goal]


def cells(a):
    return [a["title"], ", ".join(a.get("responsible", [])), a.get("time", ""), a.get("cost", "")]


def xcell(*paragraphs):
    """An exported cell: paragraphs on lines of their own, quoted as a spreadsheet export quotes them."""
    text = "\n".join(paragraphs)
    return '"' + text.replace('"', '""') + '"' if len(paragraphs) > 1 else text


def table(head, rows, tstyle="", th="", td="", caption=""):
    """HTML of a table: a row is a list of cells, each an HTML string, (html, rowspan) or None under a merge."""
    out = [f'<table style="{tstyle}">{caption}<thead><tr>'
           + "".join(f'<th style="{th}">{E(c)}</th>' for c in head) + "</tr></thead><tbody>"]
    for r in rows:
        tds = []
        for c in r:
            if isinstance(c, tuple):
                tds.append(f'<td rowspan="{c[1]}" style="{td}{c[2] if len(c) > 2 else ""}">{c[0]}</td>')
            elif c is not None:
                tds.append(f'<td style="{td}">{c}</td>')
        out.append("<tr>" + "".join(tds) + "</tr>")
    return "".join(out) + "</tbody></table>"


def export(head, rows):
    return "\n".join(["\t".join(head)] + ["\t".join(r) for r in rows])


def raw(html_text, export_text):
    return ("raw", html_text, export_text)


def para(text, style=""):
    return raw(f'<p style="{style}">{E(text)}</p>', text)


def head2(text):
    return raw(f"<h2>{E(text)}</h2>", text)


def L01(d, groups, h):
    """Effektmål N and the goal in one merged first-column cell."""
    rows, xrows = [], []
    for n, (g, acts) in enumerate(groups, 1):
        for i, a in enumerate(acts):
            c = cells(a)
            first = (f"<b>Effektmål {n}</b><br>{E(cap(g))}", len(acts), "background:#f2f2f2") if i == 0 else None
            rows.append([first] + [E(x) for x in c])
            xrows.append([xcell(f"Effektmål {n}", cap(g)) if i == 0 else ""] + c)
    head = ["Effektmål"] + list(h)
    return [head2("Handlingsplan"), para(BACKGROUND[0]),
            raw(table(head, rows, tstyle="font-size:9.5pt", th="background:#c6d9f1"), export(head, xrows))]

def L02(d, groups, h):
    """A table caption above each table: Tabell N. Resultatmål N: goal."""
    out = [head2("Resultatmål och aktiviteter")]
    for n, (g, acts) in enumerate(groups, 1):
        cap_text = f"Tabell {n}. Resultatmål {n}: {cap(g)}"
        caption = ('<caption style="caption-side:top;text-align:left;font-style:italic;font-size:9.5pt;'
                   f'padding:0 0 2pt 0">{E(cap_text)}</caption>')
        rows = [cells(a) for a in acts]
        out.append(raw(table(list(h), [[E(x) for x in r] for r in rows], caption=caption,
                         tstyle="margin-bottom:14pt"), cap_text + "\n" + export(list(h), rows)))
    return out

def L04(d, groups, h):
    """Goals as contents lines with a page reference; tables under `Aktiviteter för mål N`."""
    lines, xlines = [], ["Innehåll"]
    for n, (g, acts) in enumerate(groups, 1):
        page_no = 2 + (n - 1) // 2
        lines.append(f'<div style="display:flex;align-items:flex-end;margin:3pt 0"><span style="flex:0 1 auto">'
                     f'Mål {n}&nbsp;&nbsp;{E(cap(g))}</span>'
                     '<span style="flex:1 0 24pt;border-bottom:1px dotted #000;margin:0 4pt 3pt 4pt"></span>'
                     f"<span>{page_no}</span></div>")
        xlines.append(f"Mål {n} {cap(g)}\t{page_no}")
    out = [raw('<h2>Innehåll</h2>' + "".join(lines), "\n".join(xlines))]
    for n, (g, acts) in enumerate(groups, 1):
        rows = [cells(a) for a in acts]
        out += [head2(f"Aktiviteter för mål {n}"),
                raw(table(list(h), [[E(x) for x in r] for r in rows]), export(list(h), rows))]
    return out

def L07(d, groups, h):
    """`Målsättning` merged in a right column, rules only under the header, the table over a page break."""
    rows, xrows = [], []
    for g, acts in groups:
        for i, a in enumerate(acts):
            c = cells(a)
            rows.append([E(x) for x in c] + [(E(cap(g)), len(acts), "font-style:italic") if i == 0 else None])
            xrows.append(c + [cap(g) if i == 0 else ""])
    head = list(h) + ["Målsättning"]
    filler = [head2("Bakgrund")] + [para(t) for t in BACKGROUND] + [head2("Uppföljning")] + [para(t) for t in MORE]
    return filler + [head2("Aktiviteter"),
                     raw(table(head, rows, th="background:none;border:none;border-bottom:1.5pt solid #000",
                               td="border:none;padding:4pt 3pt"), export(head, xrows))]

def L09(d, main, groups, h):
    """Two-level numbered headings: `1. main goal`, `1.N sub-goal`, a table under each."""
    out = [para(f"Planen har ett övergripande mål och {len(groups)} delmål."),
           raw(f'<h2 style="font-size:14pt">1. {E(cap(main))}</h2>', f"1. {cap(main)}")]
    for n, (s, acts) in enumerate(groups, 1):
        out.append(raw(f'<h3 style="font-size:11.5pt;margin:10pt 0 3pt">1.{n} {E(cap(s))}</h3>', f"1.{n} {cap(s)}"))
        rows = [cells(a) for a in acts]
        out.append(raw(table(list(h), [[E(x) for x in r] for r in rows]), export(list(h), rows)))
    return out

def L12(d, main, groups, h):
    """`Inriktningsmål` heading over the main goal; each sub-goal in bold, `Delmål N.`, atop its first activity."""
    rows, xrows = [], []
    for n, (s, acts) in enumerate(groups, 1):
        for i, a in enumerate(acts):
            c = cells(a)
            if i == 0:
                rows.append([f"<b>Delmål {n}. {E(cap(s))}</b><br>{E(c[0])}"] + [E(x) for x in c[1:]])
                xrows.append([xcell(f"Delmål {n}. {cap(s)}", c[0])] + c[1:])
            else:
                rows.append([E(x) for x in c])
                xrows.append(c)
    return [head2("Inriktningsmål"), para(cap(main) + "."), head2("Delmål och aktiviteter"),
            raw(table(list(h), rows, th="background:#e8e8e8;border:1px solid #999", td="border:1px solid #999"),
                export(list(h), xrows))]

def L14(d, main, groups, h):
    """Sub-goals as `a)` paragraphs after the main goal; one table whose first column names the letter."""
    letters = "abcdefgh"
    out = [head2("Övergripande mål"), para(cap(main)), head2("Delmål")]
    out += [para(f"{letters[n - 1]}) {cap(s)}", "margin:2pt 0 2pt 12pt") for n, (s, a) in enumerate(groups, 1)]
    ahead = ["Delmål"] + list(h)
    arows = [[letters[n - 1]] + cells(a) for n, (s, acts) in enumerate(groups, 1) for a in acts]
    return out + [head2("Handlingsplan"),
                  raw(table(ahead, [[E(x) for x in r] for r in arows]), export(ahead, arows))]

def L16(d, main, groups, h):
    """One table over two levels: the main goal merged down a first column, each sub-goal down a second."""
    rows, xrows = [], []
    total = sum(len(a) for s, a in groups)
    for n, (s, acts) in enumerate(groups, 1):
        for i, a in enumerate(acts):
            c = cells(a)
            first = (E(cap(main)), total, "font-weight:bold;background:#f2f2f2") if n == 1 and i == 0 else None
            rows.append([first, (E(cap(s)), len(acts)) if i == 0 else None] + [E(x) for x in c])
            xrows.append([cap(main) if n == 1 and i == 0 else "", cap(s) if i == 0 else ""] + c)
    head = ["Mål", "Delmål"] + list(h)
    return [head2("Mål, delmål och aktiviteter"), raw(table(head, rows, tstyle="font-size:9pt"), export(head, xrows))]

def m_layouts(d, goals, h):
    """Main goals only, each activity serving one."""
    groups = [(g, acts_of(d, g)) for g in goals]
    yield "L01", L01(d, groups, h)
    yield "L02", L02(d, groups, h)
    yield "L04", L04(d, groups, h)
    yield "L07", L07(d, groups, h)


def s_layouts(d, main, subs, h):
    """One main goal over sub-goals, each activity serving a sub-goal."""
    groups = [(s, acts_of(d, s)) for s in subs]
    yield "L09", L09(d, main, groups, h)
    yield "L12", L12(d, main, groups, h)
    yield "L14", L14(d, main, groups, h)
    yield "L16", L16(d, main, groups, h)
