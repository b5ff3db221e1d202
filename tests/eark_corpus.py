#!/usr/bin/env python3
# The official E-ARK IP test corpus (DILCIS Board) against arkivtext validate.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: eark_corpus.py ARKIVTEXT CORPUS [--min-package P] [--min-requirement P] [--list]
# Counts verdicts as the corpus README says: every package of every testable
# test case that is implemented and present (392 at commit 3fb76187). Two
# ways of agreeing are measured:
#   package:     arkivtext accepts (no error) a package marked valid, rejects (an error) one marked invalid;
#   requirement: arkivtext reports the test case's own requirement (at any level: error, warning or
#                note) for a package marked invalid, and does not for one marked valid.
# Exits 77 (meson's SKIP) when the corpus is absent, 1 when either figure is below its minimum.
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import xml.etree.ElementTree as ET

METS = '{http://www.loc.gov/METS/}'
HREF = '{http://www.w3.org/1999/xlink}href'


def verdicts(corpus):
    out = []
    for spec in ('CSIP', 'SIP'):
        folder = os.path.join(corpus, spec)
        for case in sorted(os.listdir(folder)):
            path = os.path.join(folder, case, 'testCase.xml')
            if not os.path.isfile(path):
                continue
            root = ET.parse(path).getroot()
            if root.get('testable') != 'TRUE':
                continue
            req = root.find('id').get('requirementId')
            for pkg in root.iter('package'):
                if pkg.get('isImplemented') != 'TRUE':
                    continue
                where = os.path.join(folder, case, pkg.findtext('path').strip())
                if not os.path.isdir(where):
                    continue
                entries = os.listdir(where)
                if 'METS.xml' not in entries and len(entries) == 1:
                    where = os.path.join(where, entries[0])
                out.append((spec, req, pkg.get('isValid') == 'TRUE', where))
    return out


def crlf_repairs(package):
    """The corpus README's one change, where it could not be made: files that METS names with another
    case of letters (made on a case-insensitive file system) and whose CRLF form has the stated SIZE
    and MD5/SHA-256. Returns [(path on disk, CRLF bytes)]."""
    repairs = []
    for folder, _, files in os.walk(package):
        if 'METS.xml' not in files:
            continue
        try:
            root = ET.parse(os.path.join(folder, 'METS.xml')).getroot()
        except ET.ParseError:
            continue
        for holder in list(root.iter(METS + 'file')) + list(root.iter(METS + 'mdRef')):
            loc = holder if holder.tag == METS + 'mdRef' else holder.find(METS + 'FLocat')
            href = loc.get(HREF) if loc is not None else None
            algo = {'MD5': hashlib.md5, 'SHA-256': hashlib.sha256}.get(holder.get('CHECKSUMTYPE'))
            if not href or not algo or not holder.get('SIZE', '').isdigit():
                continue
            want = os.path.normpath(os.path.join(folder, urllib.parse.unquote(href)))
            if os.path.exists(want) or not os.path.isdir(os.path.dirname(want)):
                continue
            same = [n for n in os.listdir(os.path.dirname(want)) if n.lower() == os.path.basename(want).lower()]
            if len(same) != 1:
                continue
            have = os.path.join(os.path.dirname(want), same[0])
            data = open(have, 'rb').read().replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
            if len(data) == int(holder.get('SIZE')) and algo(data).hexdigest() == holder.get('CHECKSUM', '').lower():
                repairs.append((have, data))
    return repairs


def repaired(paths, tmp):
    """Packages with CRLF repairs are validated from a copy in `tmp`: {original: path validated}."""
    out = {}
    for path in paths:
        fixes = crlf_repairs(path) if os.path.isdir(path) else []
        if not fixes:
            out[path] = path
            continue
        copy = os.path.join(tmp, str(len(out)), os.path.basename(path))
        shutil.copytree(path, copy)
        for have, data in fixes:
            target = os.path.join(copy, os.path.relpath(have, path))
            os.chmod(target, 0o644)
            with open(target, 'wb') as f:
                f.write(data)
        out[path] = copy
    return out


def run(arkivtext, paths):
    reports = {}
    start = time.monotonic()
    proc = subprocess.run([arkivtext, 'validate', '--json', *paths], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True)
    seconds = time.monotonic() - start
    for line in proc.stdout.splitlines():
        r = json.loads(line)
        reports[r['package']] = r
    return reports, seconds


def flagged(report, req):
    if not report.get('checked'):
        return True  # nothing could be read: rejected for every requirement
    return any(p['requirement'] == req for p in report['problems']) or \
        any(k['id'] == req and k['outcome'] == 'fail' for k in report['requirements'])


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit('usage: eark_corpus.py ARKIVTEXT CORPUS [--min-package P] [--min-requirement P] [--list]')
    arkivtext, corpus = args[0], args[1]
    opts = dict(zip(args[2::2], args[3::2])) if '--list' not in args else {}
    if not os.path.isdir(os.path.join(corpus, 'CSIP')):
        print('# SKIP: no E-ARK IP test corpus at ' + corpus)
        sys.exit(77)
    cases = verdicts(corpus)
    tmp = tempfile.mkdtemp(prefix='eark-corpus-')
    try:
        where = repaired(sorted({c[3] for c in cases}), tmp)
        for d, _, _ in os.walk(tmp):
            os.chmod(d, 0o755)
        by_copy, seconds = run(arkivtext, sorted(where.values()))
        reports = {orig: by_copy[copy] for orig, copy in where.items()}
        print('# %d packages validated from a copy with the corpus README\'s CRLF change made' %
              sum(1 for o, c in where.items() if o != c))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    tally = {}
    disagree = []
    for spec, req, valid, path in cases:
        r = reports[path]
        for way, rejected in (('package', not r['valid']), ('requirement', flagged(r, req))):
            t = tally.setdefault((way, spec), [0, 0, 0, 0])  # valid ok, valid, invalid ok, invalid
            ok = rejected != valid
            t[0 if valid else 2] += ok
            t[1 if valid else 3] += 1
            if not ok:
                disagree.append((way, spec, req, 'valid' if valid else 'invalid', os.path.relpath(path, corpus)))
    print('# %d verdicts, %d packages, %.1f s' % (len(cases), len(reports), seconds))
    figures = {}
    for way in ('package', 'requirement'):
        all_t = [0, 0, 0, 0]
        for spec in ('CSIP', 'SIP'):
            t = tally[(way, spec)]
            all_t = [a + b for a, b in zip(all_t, t)]
            print('# %-11s %-4s agree %3d/%3d = %5.1f %%  valid accepted %3d/%3d  invalid rejected %3d/%3d' % (
                way, spec, t[0] + t[2], t[1] + t[3], 100.0 * (t[0] + t[2]) / (t[1] + t[3]), t[0], t[1], t[2], t[3]))
        figures[way] = 100.0 * (all_t[0] + all_t[2]) / (all_t[1] + all_t[3])
        print('# %-11s all  agree %3d/%3d = %5.1f %%  valid accepted %5.1f %%  invalid rejected %5.1f %%' % (
            way, all_t[0] + all_t[2], all_t[1] + all_t[3], figures[way], 100.0 * all_t[0] / all_t[1],
            100.0 * all_t[2] / all_t[3]))
    if '--list' in args:
        for d in disagree:
            print('%-11s %-4s %-9s %-7s %s' % d)
    failed = False
    for way in ('package', 'requirement'):
        minimum = float(opts.get('--min-' + way, 0))
        ok = figures[way] >= minimum
        failed |= not ok
        print('%s %d - %s agreement %.1f %% >= %.1f %%' % ('ok' if ok else 'not ok', 1 + (way == 'requirement'), way,
                                                         figures[way], minimum))
    print('1..2')
    sys.exit(1 if failed else 0)


main()
