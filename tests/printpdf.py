#!/usr/bin/env python3
# HTML pages printed to PDF by one headless chromium kept open, as `chromium --headless
# --print-to-pdf --no-pdf-header-footer` prints them (the page's own @page size and margins, no
# header or footer) but without starting the browser for each page: starting it is most of the
# cost (~5 s of a loaded machine per page; tests/bornpdf.sh prints some 60 pages).
# Reads lines `HTML<TAB>PDF` on standard input and answers each with one line, `ok` or `error:
# WHY`, once the PDF is written (so a shell can wait for it; see tests/bornpdf.sh).
# With $ARKIVTEXT_FIXTURE_CACHE (a folder; .ci/run sets it), a page printed once is copied from there
# the next time: chromium's PDF does not depend on our code, and CI's second run of the suite would
# otherwise print every page again. The HTML is the key: pages here load nothing beside themselves.
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: printpdf.py PROFILE_DIR
import base64, hashlib, os, shutil, sys, tempfile

from cdp_browser import Browser


class Printer:
    """One chromium, started at the first page the cache does not hold."""
    def __init__(self, profile):
        self.profile, self.browser = profile, None

    def print_page(self, html, pdf):
        if self.browser is None:
            self.browser = Browser(self.profile)
            self.browser.attach_page("Page")
        self.browser.open("file://" + os.path.abspath(html))
        data = self.browser.call("Page.printToPDF", preferCSSPageSize=True, printBackground=True,
                                 displayHeaderFooter=False)["data"]
        with open(pdf, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        if self.browser is not None:
            self.browser.close()


def print_cached(printer, cache, html, pdf):
    with open(html, "rb") as f:
        cached = os.path.join(cache, "print-" + hashlib.sha256(f.read()).hexdigest() + ".pdf")
    if os.path.exists(cached):
        shutil.copyfile(cached, pdf)
        return
    printer.print_page(html, pdf)
    # Written aside and renamed: tests of both runs may share the folder at the same time.
    fd, tmp = tempfile.mkstemp(dir=cache, suffix=".part")
    os.close(fd)
    shutil.copyfile(pdf, tmp)
    os.replace(tmp, cached)


def main():
    printer, cache = Printer(sys.argv[1]), os.environ.get("ARKIVTEXT_FIXTURE_CACHE")
    if cache:
        os.makedirs(cache, exist_ok=True)
    try:
        for line in sys.stdin:
            try:
                html, pdf = line.rstrip("\n").split("\t")
                if cache:
                    print_cached(printer, cache, html, pdf)
                else:
                    printer.print_page(html, pdf)
                print("ok", flush=True)
            except ValueError:
                print(f"error: not HTML<TAB>PDF: {line.strip()}", flush=True)
            except (OSError, RuntimeError, TimeoutError, EOFError) as e:  # EOFError: chromium is gone
                print(f"error: {line.strip()}: {e!r}", flush=True)
    finally:
        printer.close()


if __name__ == "__main__":
    sys.exit(main())
