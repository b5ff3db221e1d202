#!/usr/bin/env python3
# The review pages in a real browser: Debian's chromium, headless, driven through the DevTools
# protocol over a pipe (--remote-debugging-pipe; no npm, no network). Opens DIR/review/index.html and
# one document's page and checks: no console errors, as many word boxes as the package's ALTO has
# words, a changed word shows its original, a rejected change and a typed correction end up in the
# exported decisions (the file downloaded and the text shown), a screenshot of the page is not blank.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: review_browser.py DIR OUT.json  (OUT.json: the exported decisions, for arkivtext correct)
import base64, glob, json, os, re, shutil, sys, tempfile, time, zlib

from cdp_browser import Browser

n = fails = 0


def ok(what, cond):
    global n, fails
    n += 1
    print(("ok" if cond else "not ok") + f" {n} - {what}")
    fails += not cond


def png_is_blank(data):
    """True when the PNG's pixels (8-bit RGB(A), as chromium writes them) are nearly all one value."""
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind = data[pos + 4:pos + 8]
        if kind == b"IHDR":
            width = int.from_bytes(data[pos + 8:pos + 12], "big")
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    values = {}
    for b in raw[::97]:  # a sample is enough to tell a page from an empty screen
        values[b] = values.get(b, 0) + 1
    top = max(values.values())
    return width == 0 or top > 0.98 * sum(values.values())


def alto_words(package):
    return sum(len(re.findall(r"<String\b", open(f, encoding="utf-8").read()))
               for f in glob.glob(os.path.join(package, "representations/rep1/data/*.xml"))
               if "alto" in open(f, encoding="utf-8").read(600).lower())


def read_download(path, seconds=10):
    """The JSON file chromium downloads to `path`, once whole (under load it can be seen half written), or None."""
    for _ in range(seconds * 10):
        try:
            with open(path, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            time.sleep(0.1)
    return None


def main():
    """The checks, once more in a fresh browser when chromium itself dies (its pipe closed: seen once under load,
    on opening a page image, in a run whose other browser tests passed); a second death fails the test."""
    global n, fails
    for attempt in (1, 2):
        try:
            return check_pages(os.path.abspath(sys.argv[1]), sys.argv[2])
        except (EOFError, BrokenPipeError) as e:
            if attempt == 2:
                raise
            print(f"# chromium died ({e}) after {n} checks; all of them again in a new browser")
            n = fails = 0


def check_pages(out_dir, decisions_out):
    review = os.path.join(out_dir, "review")
    tmp = tempfile.mkdtemp()
    b = Browser(os.path.join(tmp, "profile"))
    try:
        b.attach_page("Page", "Runtime", "Log")
        b.call("Browser.setDownloadBehavior", session=False, behavior="allow", downloadPath=tmp)

        b.open("file://" + os.path.join(review, "index.html"))
        rows = b.js("Array.from(document.querySelectorAll('#documents tbody tr')).map(r => r.cells[0].textContent)")
        ok(f"the overview lists every package ({rows})", len(rows) == len(glob.glob(os.path.join(out_dir, "*uuid-*/"))))
        b.js("document.querySelector('th button[data-col=\"0\"]').click()")
        first = b.js("document.querySelector('#documents tbody tr').cells[0].textContent")
        ok("sorting by name puts the first name first", first == sorted(rows)[0])
        ok("the overview loads without console errors", not b.errors())

        # the document with page images
        scan = b.js("Array.from(document.querySelectorAll('#documents tbody a')).find(a => a.textContent.endsWith('.png')).href")
        b.open(scan)
        package = os.path.join(out_dir, os.path.basename(scan)[:-len(".html")])
        boxes = b.js("document.querySelectorAll('.sheet .w').length")
        words = alto_words(package)
        ok(f"one word box per ALTO word ({boxes} boxes, {words} words)", boxes == words and boxes > 50)
        loaded = b.js("Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)")
        ok("the page image loaded", loaded)
        shot = base64.b64decode(b.call("Page.captureScreenshot", format="png")["data"])
        ok("a screenshot of the first page is not blank", not png_is_blank(shot))

        changed = b.js("""(() => { const w = document.querySelector('.w.chg'); if (!w) return null;
            w.click(); return [w.id, w.dataset.raw, w.dataset.text, document.getElementById('wp-raw').textContent,
                               w.title]; })()""")
        ok(f"a changed word shows its original reading ({changed})",
           changed is not None and changed[1] != changed[2] and changed[3] == changed[1] and changed[1] in changed[4])
        b.js("document.getElementById('reject').click()")
        low = b.js("""(() => { const w = Array.from(document.querySelectorAll('.w')).find(w => !w.classList.contains('chg'));
            w.click(); const c = document.getElementById('correction'); c.value = 'Rättat';
            document.getElementById('correct-form').requestSubmit(); return w.id; })()""")
        b.js("document.getElementById('reviewer').value = 'Anna Arkivarie'; document.getElementById('export').click()")
        shown = json.loads(b.js("document.getElementById('export-json').value"))
        got = {d["word"]: d for d in shown["decisions"]}
        ok("the exported decisions hold the rejected change (to the original reading)",
           changed is not None and got.get(changed[0], {}).get("action") == "reject" and got[changed[0]]["to"] == changed[1])
        ok("... and the typed correction, the reviewer and the package",
           got.get(low, {}).get("to") == "Rättat" and shown["reviewer"] == "Anna Arkivarie"
           and shown["package"] == os.path.basename(package))
        downloaded = read_download(os.path.join(tmp, "decisions-" + os.path.basename(package) + ".json"))
        ok("the export is downloaded as a file", downloaded == shown)
        b.js("document.querySelector('.rec') && document.querySelector('.rec').click()")
        ok("a record element shows its lines on the page",
           b.js("!document.querySelector('.rec') || document.querySelectorAll('.w.hl').length > 0"))
        ok("the document page runs without console errors " + "; ".join(b.errors()), not b.errors())
        with open(decisions_out, "w", encoding="utf-8") as f:
            json.dump(shown, f, ensure_ascii=False)
    finally:
        b.close()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"1..{n}")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
