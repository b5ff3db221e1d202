# SPDX-License-Identifier: GPL-3.0-or-later
"""Goal layouts by a code-blind author, the heldout half (issue 10): loaded by eval/goal-layouts/run --set heldout.
What each layout is stays unsaid on purpose: do not study this file to tune a reader.
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


def L03(d, groups, h):
    out = [para(BACKGROUND[1])]
    for n, (g, acts) in enumerate(groups, 1):
        band = f"Inriktningsmål {ROMAN[n - 1]} – {cap(g)}"
        out.append(raw(f'<div style="background:#1f4e79;color:#fff;font-weight:bold;padding:4pt 6pt;'
                       f'margin-top:12pt">{E(band)}</div>', band))
        rows = [cells(a) for a in acts]
        out.append(raw(table(list(h), [[E(x) for x in r] for r in rows], tstyle="margin-top:0",
                             th="background:#dbe5f1;border:1px solid #9ab", td="border:1px solid #9ab"),
                       export(list(h), rows)))
    return out

def L05(d, groups, h):
    ghead = ["Mål", "Indikator", "Målvärde 2028"]
    grows = [[f"{n}. {cap(g)}"] + list(INDICATORS[(n - 1) % len(INDICATORS)]) for n, (g, a) in enumerate(groups, 1)]
    ahead = list(h) + ["Bidrar till mål"]
    arows = [cells(a) + [str(n)] for n, (g, acts) in enumerate(groups, 1) for a in acts]
    return [head2("Mål och indikatorer"), raw(table(ghead, [[E(x) for x in r] for r in grows]), export(ghead, grows)),
            head2("Aktiviteter"), raw(table(ahead, [[E(x) for x in r] for r in arows]), export(ahead, arows))]

def L06(d, groups, h):
    rows, xrows = [], []
    for n, (g, acts) in enumerate(groups, 1):
        for i, a in enumerate(acts):
            c = cells(a)
            if i == 0:
                rows.append([f"<b>({n}) {E(cap(g))}</b><br>{E(c[0])}"] + [E(x) for x in c[1:]])
                xrows.append([xcell(f"({n}) {cap(g)}", c[0])] + c[1:])
            else:
                rows.append([E(x) for x in c])
                xrows.append(c)
    return [head2("Aktivitetsplan"), para(BACKGROUND[2]), raw(table(list(h), rows), export(list(h), xrows))]

def L08(d, groups, h):
    out = [head2("Strategiska mål och aktiviteter")]
    for n, (g, acts) in enumerate(groups, 1):
        line = f"Vi ska verka för att {low(g)}."
        out.append(raw(f'<div style="border:1.5pt solid #555;padding:5pt 8pt;margin:12pt 0 4pt 0">'
                       f'<div style="font-weight:bold">Strategiskt mål {n}</div><div>{E(line)}</div></div>',
                       f"Strategiskt mål {n}\n{line}"))
        rows = [cells(a) for a in acts]
        out.append(raw(table(list(h), [[E(x) for x in r] for r in rows]), export(list(h), rows)))
    return out

def L10(d, main, groups, h):
    ghead = ["Effektmål", "Nr", "Resultatmål", "Indikator"]
    rows, xrows = [], []
    for n, (s, a) in enumerate(groups, 1):
        ind = INDICATORS[(n - 1) % len(INDICATORS)][0]
        rows.append([(E(cap(main)), len(groups), "font-weight:bold") if n == 1 else None, f"R{n}", E(cap(s)), E(ind)])
        xrows.append([cap(main) if n == 1 else "", f"R{n}", cap(s), ind])
    ahead = ["Resultatmål"] + list(h)
    arows = [[f"R{n}"] + cells(a) for n, (s, acts) in enumerate(groups, 1) for a in acts]
    return [head2("Målstruktur"), raw(table(ghead, rows), export(ghead, xrows)),
            head2("Aktiviteter"), raw(table(ahead, [[E(x) for x in r] for r in arows]), export(ahead, arows))]

def L11(d, main, groups, h):
    caption = ('<caption style="caption-side:top;text-align:left;padding:0 0 4pt 0"><b>Övergripande mål:</b> '
               f"{E(cap(main))}</caption>")
    rows, xrows = [], []
    for n, (s, acts) in enumerate(groups, 1):
        for i, a in enumerate(acts):
            c = cells(a)
            rows.append([(f"<b>{n}.</b> {E(cap(s))}", len(acts), "background:#eaeaea") if i == 0 else None]
                        + [E(x) for x in c])
            xrows.append([f"{n}. {cap(s)}" if i == 0 else ""] + c)
    head = ["Delmål"] + list(h)
    return [head2("Åtgärder"), raw(table(head, rows, caption=caption),
                                   f"Övergripande mål: {cap(main)}\n" + export(head, xrows))]

def L13(d, main, groups, h):
    out = [raw('<div style="border:1pt solid #2e75b6;background:#f3f8fc;padding:6pt 8pt;margin:8pt 0 10pt">'
               f'<div style="font-weight:bold;color:#2e75b6">Långsiktigt mål</div><div>{E(cap(main))}</div></div>',
               f"Långsiktigt mål\n{cap(main)}")]
    for n, (s, acts) in enumerate(groups, 1):
        bar = f"Målsättning {n}. {cap(s)}"
        out.append(raw(f'<div style="border-left:5pt solid #2e75b6;padding:2pt 6pt;margin:12pt 0 3pt;'
                       f'font-weight:bold">{E(bar)}</div>', bar))
        rows = [cells(a) for a in acts]
        out.append(raw(table(list(h), [[E(x) for x in r] for r in rows], th="background:#2e75b6;color:#fff"),
                       export(list(h), rows)))
    return out

def L15(d, main, groups, h):
    rows = [cells(a) + [cap(s)] for s, acts in groups for a in acts]
    head = list(h) + ["Delmål"]
    html_rows = [[E(x) for x in r[:-1]] + [f'<span style="color:#555;font-size:9pt">{E(r[-1])}</span>'] for r in rows]
    filler = [head2("Inledning")] + [para(t) for t in BACKGROUND[:2] + MORE]
    return filler + [para(f"Mål för planen: {cap(main)}.", "font-weight:bold"),
                     raw(table(head, html_rows, th="background:none;border:none;border-bottom:1pt solid #000",
                               td="border:none;border-bottom:0.5pt solid #ccc"), export(head, rows))]

def m_layouts(d, goals, h):
    """Main goals only, each activity serving one."""
    groups = [(g, acts_of(d, g)) for g in goals]
    yield "L03", L03(d, groups, h)
    yield "L05", L05(d, groups, h)
    yield "L06", L06(d, groups, h)
    yield "L08", L08(d, groups, h)


def s_layouts(d, main, subs, h):
    """One main goal over sub-goals, each activity serving a sub-goal."""
    groups = [(s, acts_of(d, s)) for s in subs]
    yield "L10", L10(d, main, groups, h)
    yield "L11", L11(d, main, groups, h)
    yield "L13", L13(d, main, groups, h)
    yield "L15", L15(d, main, groups, h)
