# The record `arkivtext extract` prints for one file, for the corpus tests (extract_eval.py,
# extract_tables.py).
# SPDX-License-Identifier: GPL-3.0-or-later
import subprocess
import xml.etree.ElementTree as ET

NS = "urn:arkivtext:record:1"


def extract_record(arkivtext, src, timeout=300):
    """(root, None) with the record's root element, or (None, why) in one line."""
    try:
        pr = subprocess.run([arkivtext, "extract", src], capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout} s"
    except OSError as e:
        return None, f"cannot run {arkivtext}: {e}"
    if pr.returncode != 0:
        return None, f"exit status {pr.returncode}: {pr.stderr.decode('utf-8', 'replace').strip()[:300]}"
    try:
        root = ET.fromstring(pr.stdout)
    except ET.ParseError as e:
        return None, f"unparsable XML: {e}"
    if root.tag != f"{{{NS}}}record":
        return None, f"root element is {root.tag}, not {{{NS}}}record"
    return root, None
