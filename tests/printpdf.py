#!/usr/bin/env python3
# HTML pages printed to PDF by one headless chromium kept open, as `chromium --headless
# --print-to-pdf --no-pdf-header-footer` prints them (the page's own @page size and margins, no
# header or footer) but without starting the browser for each page: starting it is most of the
# cost (~5 s of a loaded machine per page; tests/bornpdf.sh prints some 60 pages).
# Reads lines `HTML<TAB>PDF` on standard input and answers each with one line, `ok` or `error:
# WHY`, once the PDF is written (so a shell can wait for it; see tests/bornpdf.sh).
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: printpdf.py PROFILE_DIR
import base64, os, sys

from cdp_browser import Browser


def print_page(browser, html, pdf):
    browser.open("file://" + os.path.abspath(html))
    data = browser.call("Page.printToPDF", preferCSSPageSize=True, printBackground=True, displayHeaderFooter=False)["data"]
    with open(pdf, "wb") as f:
        f.write(base64.b64decode(data))


def main():
    browser = Browser(sys.argv[1])
    try:
        browser.attach_page("Page")
        for line in sys.stdin:
            try:
                html, pdf = line.rstrip("\n").split("\t")
                print_page(browser, html, pdf)
                print("ok", flush=True)
            except ValueError:
                print(f"error: not HTML<TAB>PDF: {line.strip()}", flush=True)
            except (OSError, RuntimeError, TimeoutError, EOFError) as e:  # EOFError: chromium is gone
                print(f"error: {line.strip()}: {e!r}", flush=True)
    finally:
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
