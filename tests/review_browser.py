#!/usr/bin/env python3
# The review pages in a real browser: Debian's chromium, headless, driven through the DevTools
# protocol over a pipe (--remote-debugging-pipe; no npm, no network). Opens DIR/review/index.html and
# one document's page and checks: no console errors, as many word boxes as the package's ALTO has
# words, a changed word shows its original, a rejected change and a typed correction end up in the
# exported decisions (the file downloaded and the text shown), a screenshot of the page is not blank.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: review_browser.py DIR OUT.json  (OUT.json: the exported decisions, for arkivtext correct)
import base64, glob, json, os, re, shutil, subprocess, sys, tempfile, time, zlib

n = fails = 0


def ok(what, cond):
    global n, fails
    n += 1
    print(("ok" if cond else "not ok") + f" {n} - {what}")
    fails += not cond


class Browser:
    def __init__(self, profile):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()

        def fds():  # chromium reads commands on fd 3 and writes replies on fd 4
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)
        self.proc = subprocess.Popen(
            [shutil.which("chromium"), "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--user-data-dir=" + profile, "--window-size=1300,900", "--no-first-run", "about:blank"],
            pass_fds=(3, 4, to_chrome_r, from_chrome_w), preexec_fn=fds, stdout=subprocess.DEVNULL,
            stderr=None if os.environ.get("REVIEW_BROWSER_DEBUG") else subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buf, self.next_id, self.events, self.session = b"", 0, [], None

    def _read(self, deadline):
        while b"\0" not in self.buf:
            if time.time() > deadline:
                raise TimeoutError("chromium did not answer")
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                raise EOFError("chromium closed the pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method, session=True, **params):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params}
        if session and self.session:
            msg["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(msg).encode() + b"\0")
        deadline = time.time() + 60
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_event(self, method):
        deadline = time.time() + 60
        while True:
            for i, e in enumerate(self.events):
                if e.get("method") == method:
                    return self.events.pop(i)
            self.events.append(self._read(deadline))

    def open(self, url):
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired")

    def js(self, expression):
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError(f"{expression}: {r['exceptionDetails']}")
        return r["result"].get("value")

    def errors(self):
        bad = []
        for e in self.events:
            m, p = e.get("method"), e.get("params", {})
            if m == "Runtime.exceptionThrown" or (m == "Runtime.consoleAPICalled" and p.get("type") == "error") or \
               (m == "Log.entryAdded" and p["entry"].get("level") == "error"):
                bad.append(json.dumps(p)[:300])
        return bad

    def close(self):
        try:
            self.call("Browser.close", session=False)
        except (EOFError, RuntimeError, TimeoutError):
            pass
        self.proc.wait(timeout=30)


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


def main():
    out_dir, decisions_out = os.path.abspath(sys.argv[1]), sys.argv[2]
    review = os.path.join(out_dir, "review")
    tmp = tempfile.mkdtemp()
    b = Browser(os.path.join(tmp, "profile"))
    try:
        target = b.call("Target.createTarget", session=False, url="about:blank")["targetId"]
        b.session = b.call("Target.attachToTarget", session=False, targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            b.call(domain + ".enable")
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
        downloaded = os.path.join(tmp, "decisions-" + os.path.basename(package) + ".json")
        for _ in range(100):
            if os.path.exists(downloaded):
                break
            time.sleep(0.1)
        ok("the export is downloaded as a file", os.path.exists(downloaded) and json.load(open(downloaded)) == shown)
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
