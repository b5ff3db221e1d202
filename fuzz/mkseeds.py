#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the seed corpus of the fuzz targets into fuzz/corpus/<target>/.

    mkseeds.py [ARKIVTEXT]

The texts are made up here (no real documents). Images are drawn and written
with leptonica (through ctypes, so no Python imaging package is needed), PDFs
by tests/mkpdf.py and a small writer below. With the path of a built
`arkivtext`, the ALTO seeds of the extractor are what `arkivtext ocr` writes
for a PDF text layer; without it they are left as they are.

Every seed starts with the target's selector byte (see the fuzz_*.c headers);
the text seeds use printable ones: '0' plain, '1' table, '2' normalized,
'3' table + normalized, '6' normalized keeping lines, '8' ALTO, ':' ALTO +
normalized (extract); '0' strict, '1' lenient, '3' lenient table, '4' strict
keeping lines, '5' lenient keeping lines (normalize).
"""
import ctypes
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests"))
import mkpdf  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")

PLAN = """Handlingsplan for trygghet i centrum 2025-2027
Dnr KS-2024/118.109

1. Bakgrund

Kommunstyrelsen beslutade den 12 mars 2024 att ta fram en handlingsplan.
Planen galler for aren 2025-2027 och foljs upp arligen.

2. Mal

Mal 1: Fler ska kanna sig trygga i centrum.
Delmal 1.1: Battre belysning pa gang- och cykelvagar.
Delmal 1.2: Fler vuxna ute kvallstid.

3. Aktiviteter

Aktivitet: Inventera belysningen langs Storgatan.
Ansvar: Samhallsbyggnadsforvaltningen
Tidplan: 2025
Kostnad: 400 000 kr

Aktivitet: Trygghetsvandring med foreningar.
Ansvar: Kultur- och fritidsforvaltningen
Tidplan: hosten 2025
Kostnad: 50 000 kr

4. Budget

Totalt 500 000 kr for 2025.

Moten

Samradsmote den 14 mars 2025 i Stadshuset.
"""

AGREEMENT = """Samarbetsavtal om gemensam kompetensforsorjning

Detta avtal ar tecknat mellan Norrby kommun, Sodra Vik kommun och Ostbo kommun.

\u00a7 1 Syfte

Parterna samverkar om utbildning av personal inom aldreomsorgen.

\u00a7 2 Avtalstid

Avtalet galler fran och med den 1 januari 2025 till och med den 31 december 2027.
Uppsagningstiden ar 12 manader.

\u00a7 3 Kostnader

Kostnaderna fordelas efter invanarantal.

Norrby den 3 december 2024

Anna Andersson            Bo Berg
Kommunstyrelsens ordf.    Kommundirektor
"""

MEMO = """Tjansteutlatande
2024-10-07
Dnr KS-2024/960.103

Arende: Medfinansiering av regional cykelplan

Forslag till beslut
Kommunstyrelsen foreslar kommunfullmaktige besluta
att anslaa 120 000 kr ur kommunstyrelsens oforutsedda medel,
att uppdra at kommundirektoren att teckna avtal.

Sammanfattning
Regionen har tagit fram en cykelplan (RUFS 2050) for E4/E20-korridoren.
Kontakt: planering@example.se, www.example.se/cykel

Eva Ek
Kommundirektor
"""

MINUTES = """PROTOKOLL
Kommunstyrelsens arbetsutskott
Sammantradesdatum 2024-05-21

\u00a7 41 Val av justerare
Arbetsutskottet utser Per Persson att justera protokollet.

\u00a7 42 Budget 2025
Arbetsutskottet foreslar att budgeten faststalls.
Reservation: Lisa Lind (M) reserverar sig mot beslutet.

Justerandes signatur
"""

OCR_DAMAGED = """S6derby ar en attraktiv del av regionen, med 6ver
en halv miljon invanare. Vi samverkar f6r att stdrka den regionala
utvecklingen och befolknings-
tillvaxten. Kostnaden ar 120 000 kr (KS-2022/960.103).
\u2022 Battre kollektivtrafik
e Fler bostader
S 3 anger att vara kommuner ska samrada.
"""

TABLE = ("Aktivitet\tAnsvar\tTid\tKostnad\n"
         "Inventera belysning\tSamhallsbyggnad\t2025\t400 000\n"
         "Trygghetsvandring\tKultur och fritid\thost 2025\t50 000\n"
         "Summa\t\t\t450 000\n")

MIXED = ("Rubrik med \u00e5\u00e4\u00f6 och \u00c5\u00c4\u00d6 redan ratt\r\n"
         "Rad med CRLF och  dubbla  mellanslag\r\n\r\n"
         "\ufeffBOM mitt i, tecken \u00a7\u00a7 8 12 och $ 4\n"
         "Ord-\n\ndelat over tomrad, och ett-\nannat; pa sidan 6 ar 8 saker\n")

ALTO_FALLBACK = """<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">
<Description><MeasurementUnit>pixel</MeasurementUnit></Description>
<Layout><Page ID="p1" PHYSICAL_IMG_NR="1" WIDTH="2480" HEIGHT="3508"><PrintSpace>
<TextBlock ID="p1_b0"><TextLine ID="p1_l0">
<String CONTENT="Handlingsplan" HPOS="10" VPOS="10" WIDTH="100" HEIGHT="20" WC="0.9"/><SP/>
<String CONTENT="2025" HPOS="120" VPOS="10" WIDTH="40" HEIGHT="20" WC="0.9"/>
</TextLine></TextBlock>
</PrintSpace></Page></Layout></alto>
"""


def write(target, name, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    assert len(data) < 20000, name
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def text_seeds():
    for name, sel, text in [("plan.txt", "0", PLAN), ("plan-norm.txt", "2", PLAN),
                            ("agreement.txt", "2", AGREEMENT), ("memo.txt", "6", MEMO),
                            ("minutes.txt", "0", MINUTES), ("damaged.txt", "2", OCR_DAMAGED),
                            ("table.tsv", "3", TABLE), ("table-as-text.txt", "0", TABLE),
                            ("mixed.txt", "6", MIXED)]:
        write("extract", name, sel + text)
    write("extract", "invalid-utf8.txt", b"2Dnr KS-2024/1\xff\xfe.109\nM\xc3l 1: \xe2\x80 trygg\n")
    write("extract", "alto-as-text.txt", "2" + ALTO_FALLBACK)
    for name, sel, text in [("damaged.txt", "0", OCR_DAMAGED), ("damaged-lines.txt", "4", OCR_DAMAGED),
                            ("plan.txt", "1", PLAN), ("agreement.txt", "5", AGREEMENT), ("memo.txt", "0", MEMO),
                            ("table.tsv", "3", TABLE), ("mixed.txt", "1", MIXED)]:
        write("normalize", name, sel + text)
    write("normalize", "invalid-utf8.txt", b"1S\xf6dert\xf6rn ar \xc3 6ver\r\n\xef\xbb\xbfpa vara-\nkommuner\x00\n")
    write("normalize", "invalid-utf8-strict.txt", b"0ar \xff pa\n")


def alto_seeds(arkivtext):
    if not arkivtext:
        if not os.path.exists(os.path.join(CORPUS, "extract", "alto.xml")):
            write("extract", "alto.xml", "8" + ALTO_FALLBACK)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for name, sel, norm, lines in [
                ("alto.xml", "8", False, PLAN.splitlines()[:14]),
                ("alto-normalized.xml", ":", True, OCR_DAMAGED.replace("\u2022", "*").splitlines())]:
            pdf = os.path.join(tmp, "page.pdf")
            with open(pdf, "wb") as f:
                f.write(mkpdf.pdf(lines))
            out = os.path.join(tmp, "out")
            subprocess.run([arkivtext, "ocr", "-o", out] + (["--normalize"] if norm else []) + [pdf],
                           check=True, stdout=subprocess.DEVNULL)
            with open(os.path.join(out, "page.alto.xml"), "rb") as f:
                write("extract", name, sel.encode() + f.read())


# ---- images and PDFs for the loader ----
# Selector byte: bits 0-2 modulo 6 pick the extension (.png .tif .jpg .pnm .webp .pdf), bit 3 forces rendering.
EXT = {".png": 0, ".tif": 1, ".jpg": 2, ".pnm": 3, ".webp": 4, ".pdf": 5}
FORCE = 8
IFF = {"jpeg": 2, "png": 3, "tiff": 4, "g4": 8, "lzw": 9, "zip": 10, "pnm": 11, "webp": 15}


def lept():
    lib = ctypes.CDLL("liblept.so.5")
    lib.pixCreate.restype = ctypes.c_void_p
    lib.pixCreate.argtypes = [ctypes.c_int] * 3
    lib.pixSetPixel.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_uint32]
    lib.pixSetResolution.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
    lib.pixSetAllArbitrary.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    lib.pixWrite.argtypes = [ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int]
    lib.pixWriteTiff.argtypes = [ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p]
    lib.pixDestroy.argtypes = [ctypes.POINTER(ctypes.c_void_p)]
    lib.setMsgSeverity.argtypes = [ctypes.c_int]
    return lib


def page(lib, depth, w=160, h=96):
    """A tiny 'scan': a ruled 2x2 table and a few word-like blobs."""
    pix = lib.pixCreate(w, h, depth)
    ink = 1 if depth == 1 else 0
    paper = 0 if depth == 1 else (0xffffff00 if depth == 32 else (1 << depth) - 1)
    lib.pixSetAllArbitrary(pix, paper)
    ink = 1 if depth == 1 else (0x20202000 if depth == 32 else 0x20)
    for x in range(8, 152):
        for y in (50, 70, 90):
            lib.pixSetPixel(pix, x, y, ink)
    for y in range(50, 91):
        for x in (8, 80, 151):
            lib.pixSetPixel(pix, x, y, ink)
    for bx, by, bw in [(10, 10, 30), (45, 10, 50), (10, 25, 70), (15, 56, 40), (90, 76, 30)]:
        for x in range(bx, bx + bw):
            for y in range(by, by + 8):
                if (x // 3 + y) % 4:
                    lib.pixSetPixel(pix, x, y, ink)
    lib.pixSetResolution(pix, 300, 300)
    return pix


def image_seeds():
    lib = lept()
    lib.setMsgSeverity(6)  # L_SEVERITY_NONE
    with tempfile.TemporaryDirectory() as tmp:
        def emit(name, ext, fmt, depth, **kw):
            pix = ctypes.c_void_p(page(lib, depth, **kw))
            path = os.path.join(tmp, name)
            assert lib.pixWrite(path.encode(), pix, IFF[fmt]) == 0, name
            lib.pixDestroy(ctypes.byref(pix))
            with open(path, "rb") as f:
                write("load", name, bytes([EXT[ext]]) + f.read())

        emit("page1.png", ".png", "png", 1)
        emit("page8.png", ".png", "png", 8)
        emit("page32.png", ".png", "png", 32, w=40, h=30)
        emit("page-g4.tif", ".tif", "g4", 1)
        emit("page-lzw.tif", ".tif", "lzw", 8)
        emit("page-zip.tif", ".tif", "zip", 8, w=60, h=40)
        emit("page.jpg", ".jpg", "jpeg", 8)
        emit("page.pnm", ".pnm", "pnm", 8, w=40, h=30)
        emit("page1.pbm", ".pnm", "pnm", 1)
        emit("page.webp", ".webp", "webp", 32)
        # A PNG named .jpg: leptonica goes by the content, not the name.
        emit("png-named.jpg", ".jpg", "png", 1, w=40, h=30)
        # A three-page TIFF: every page is read in turn.
        path = os.path.join(tmp, "multi.tif")
        for i, mode in enumerate([b"w", b"a", b"a"]):
            pix = ctypes.c_void_p(page(lib, 1, w=40 + 8 * i, h=30))
            assert lib.pixWriteTiff(path.encode(), pix, IFF["g4"], mode) == 0
            lib.pixDestroy(ctypes.byref(pix))
        with open(path, "rb") as f:
            write("load", "multi.tif", bytes([EXT[".tif"]]) + f.read())


def small_pdf(lines, media="[0 0 595 842]"):
    """mkpdf's page on a smaller MediaBox (same length: the xref offsets stay right)."""
    data = mkpdf.pdf(lines)
    old = b"/MediaBox [0 0 595 842]"
    new = ("/MediaBox " + media).encode()
    assert len(new) == len(old), new
    return data.replace(old, new)


def two_page_pdf():
    """Two pages, one with text and one drawn only (no text layer: rendered)."""
    text = b"BT /F1 10 Tf 10 40 Td (Protokoll 2024-05-21 \\247 41) Tj ET"
    art = b"0.2 g 10 10 60 4 re f 10 20 40 4 re f 1 w 5 5 m 90 5 l S"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 60] /Contents 5 0 R "
        b"/Resources << /Font << /F1 7 0 R >> >> >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 60] /Rotate 90 /Contents 6 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        b"<< /Length %d /Filter /ASCIIHexDecode >>\nstream\n%s>\nendstream" % (len(art.hex()) + 1,
                                                                                  art.hex().encode()),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_seeds():
    pdf = bytes([EXT[".pdf"]])
    write("load", "text-layer.pdf", pdf + small_pdf(["Handlingsplan 2025", "M\u00e5l 1: trygghet", "S\u00f6dert\u00f6rn"]))
    write("load", "forced.pdf", bytes([EXT[".pdf"] | FORCE]) + small_pdf(["KS-2024/118"], "[0 0 144 72 ]"))
    write("load", "no-text.pdf", pdf + small_pdf([], "[0 0 120 90 ]"))
    write("load", "two-pages.pdf", pdf + two_page_pdf())
    write("load", "two-pages-forced.pdf", bytes([EXT[".pdf"] | FORCE]) + two_page_pdf())
    # A PDF named .png: the loader goes by the %PDF- magic.
    write("load", "pdf-named.png", bytes([EXT[".png"]]) + small_pdf(["x"], "[0 0 72 72  ]"))


if __name__ == "__main__":
    text_seeds()
    alto_seeds(sys.argv[1] if len(sys.argv) > 1 else None)
    image_seeds()
    pdf_seeds()
    total = 0
    for target in sorted(os.listdir(CORPUS)):
        folder = os.path.join(CORPUS, target)
        size = sum(os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder))
        total += size
        print(f"{target}: {len(os.listdir(folder))} seeds, {size} bytes")
        assert size < 200000, target
