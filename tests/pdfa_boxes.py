#!/usr/bin/env python3
# How well the words of a PDF's text layer sit on the words of an ALTO file:
# for every ALTO String, the best intersection over union with a word of the same
# text that `pdftotext -bbox` reports (in points; ALTO pixels are scaled by the
# ratio of the page sizes). Prints one JSON object per PDF:
#   {"pdf": ..., "words": N, "iou_ge_half": N, "share": 0..1, "mean_iou": ...}
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: pdfa_boxes.py PDF ALTO [PDF ALTO ...]
import html
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

ALTO = "{http://www.loc.gov/standards/alto/ns-v4#}"


def pdf_pages(pdf):
    """Per page: (width, height) in points and the words as (text, x0, y0, x1, y1)."""
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        words = [(html.unescape(w[4]), *map(float, w[:4])) for w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', m.group(3))]
        pages.append(((float(m.group(1)), float(m.group(2))), words))
    return pages


def alto_pages(path):
    """Per page: (width, height) in pixels and the words as (text, x0, y0, x1, y1)."""
    pages = []
    for page in ET.parse(path).getroot().iter(ALTO + "Page"):
        words = []
        for s in page.iter(ALTO + "String"):
            x, y = float(s.get("HPOS")), float(s.get("VPOS"))
            words.append((s.get("CONTENT"), x, y, x + float(s.get("WIDTH")), y + float(s.get("HEIGHT"))))
        pages.append(((float(page.get("WIDTH")), float(page.get("HEIGHT"))), words))
    return pages


def iou(a, b):
    ix = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    iy = max(0.0, min(a[4], b[4]) - max(a[2], b[2]))
    inter = ix * iy
    union = (a[3] - a[1]) * (a[4] - a[2]) + (b[3] - b[1]) * (b[4] - b[2]) - inter
    return inter / union if union > 0 else 0.0


def measure(pdf, alto):
    words = good = 0
    total = 0.0
    for ((pw, ph), pwords), ((aw, ah), awords) in zip(pdf_pages(pdf), alto_pages(alto)):
        sx, sy = pw / aw, ph / ah
        by_text = {}
        for w in pwords:
            by_text.setdefault(w[0], []).append(w)
        for t, x0, y0, x1, y1 in awords:
            if not t.strip():
                continue
            box = (t, x0 * sx, y0 * sy, x1 * sx, y1 * sy)
            best = max((iou(box, w) for w in by_text.get(t, [])), default=0.0)
            words += 1
            good += best >= 0.5
            total += best
    return {"pdf": pdf, "words": words, "iou_ge_half": good, "share": good / words if words else 1.0,
            "mean_iou": total / words if words else 1.0}


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args or len(args) % 2:
        sys.exit("usage: pdfa_boxes.py PDF ALTO [PDF ALTO ...]")
    for i in range(0, len(args), 2):
        print(json.dumps(measure(args[i], args[i + 1]), ensure_ascii=False))
