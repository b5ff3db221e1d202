#!/usr/bin/env python3
# The official E-ARK IP test corpus (DILCIS Board) against arkivtext validate.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: eark_corpus.py ARKIVTEXT CORPUS [--min-requirement P] [--min-valid P] [--min-invalid P]
#                       [--min-package P] [--list]
#
# The verdicts are counted as the corpus README says: every package of every testable test case that is
# implemented and present (392 at commit 3fb76187), each (test case, package) pair once. Each test case tests
# one requirement (its requirementId), and a package's isValid is the verdict about that requirement; the
# rule's <error level> says how a requirement not met is reported. Two measures:
#   requirement (the main one): for a pair marked invalid, arkivtext reports the test case's requirement as
#       not met (an error or a warning; for INFO rules, on MAY items, any report); for a pair marked valid, it
#       reports that requirement neither as an error nor as a warning (a note on an absent MAY item is no
#       verdict). Whether the report's level is the rule's <error level> is counted apart ("level as the
#       rule"), since the profiles' levels moved between CSIP 2.0.4, for which some test cases were written,
#       and 2.1.0;
#   package: arkivtext accepts (no error at all) a package marked valid and rejects one marked invalid.
# Before validating, the corpus README's one preparation step is completed on a copy: files a METS names with
# another case of letters (the packages were made on a case-insensitive file system, so the README's
# conversion did not find them) get the CRLF line ends the METS's SIZE and checksum prove they were made with.
# Exits 77 (meson's SKIP) when the corpus is absent, 1 when a figure is below its minimum.
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
REJECTED = {'ERROR': {'error', 'warning'}, 'WARNING': {'error', 'warning'}, 'INFO': {'error', 'warning', 'info'}}
WAYS = ('requirement', 'level as rule', 'package')
AT_LEVEL = {'ERROR': {'error'}, 'WARNING': {'warning'}, 'INFO': {'error', 'warning', 'info'}}


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
            for rule in root.iter('rule'):
                level = rule.find('error').get('level')
                for pkg in rule.iter('package'):
                    if pkg.get('isImplemented') != 'TRUE':
                        continue
                    where = os.path.join(folder, case, pkg.findtext('path').strip())
                    if not os.path.isdir(where):
                        continue
                    entries = os.listdir(where)
                    if 'METS.xml' not in entries and len(entries) == 1:
                        where = os.path.join(where, entries[0])
                    out.append({'spec': spec, 'req': req, 'level': level, 'valid': pkg.get('isValid') == 'TRUE',
                                'path': where})
    return out


def crlf_repairs(package):
    """Files a METS names with another case of letters whose CRLF form has the stated SIZE and MD5 or
    SHA-256: [(path on disk, CRLF bytes)]."""
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


def prepared(paths, tmp):
    """{corpus path: path validated}: packages needing the CRLF step are validated from a copy in `tmp`."""
    out = {}
    for path in paths:
        fixes = crlf_repairs(path) if os.path.isdir(path) else []
        if not fixes:
            out[path] = path
            continue
        copy = os.path.join(tmp, str(len(out)), os.path.basename(path))
        shutil.copytree(path, copy)
        for d, _, _ in os.walk(copy):
            os.chmod(d, 0o755)
        for have, data in fixes:
            target = os.path.join(copy, os.path.relpath(have, path))
            os.chmod(target, 0o644)
            with open(target, 'wb') as f:
                f.write(data)
        out[path] = copy
    return out


def run(arkivtext, paths):
    start = time.monotonic()
    proc = subprocess.run([arkivtext, 'validate', '--json', *paths], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True)
    seconds = time.monotonic() - start
    return {r['package']: r for r in map(json.loads, proc.stdout.splitlines())}, seconds


def agrees(case, report):
    """(requirement-level, requirement-level at the rule's own level, package-level) agreement of one pair."""
    levels = {p['level'] for p in report.get('problems', []) if p['requirement'] == case['req']}
    unreadable = not report.get('checked')
    if case['valid']:
        requirement = at_level = not levels & {'error', 'warning'}
    else:
        requirement = bool(levels & REJECTED[case['level']]) or unreadable
        at_level = bool(levels & AT_LEVEL[case['level']]) or unreadable
    return requirement, at_level, report.get('valid', False) == case['valid']


def percent(a, b):
    return 100.0 * a / b if b else 100.0


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__ or 'usage: eark_corpus.py ARKIVTEXT CORPUS [options]')
    arkivtext, corpus = args[0], args[1]
    opts = {k: float(v) for k, v in zip(args[2::2], args[3::2]) if k.startswith('--m')}
    if not os.path.isdir(os.path.join(corpus, 'CSIP')):
        print('# SKIP: no E-ARK IP test corpus at ' + corpus)
        sys.exit(77)
    cases = verdicts(corpus)
    tmp = tempfile.mkdtemp(prefix='eark-corpus-')
    try:
        where = prepared(sorted({c['path'] for c in cases}), tmp)
        by_copy, seconds = run(arkivtext, sorted(where.values()))
        reports = {orig: by_copy[copy] for orig, copy in where.items()}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print('# %d verdicts, %d packages (%d with the CRLF step), %.1f s' % (
        len(cases), len(reports), sum(o != c for o, c in where.items()), seconds))
    tally, disagree = {}, []
    for c in cases:
        for way, ok in zip(WAYS, agrees(c, reports[c['path']])):
            for spec in (c['spec'], 'all'):
                t = tally.setdefault((way, spec), [0, 0, 0, 0])  # valid agreed, valid, invalid agreed, invalid
                t[0 if c['valid'] else 2] += ok
                t[1 if c['valid'] else 3] += 1
            if not ok:
                disagree.append((way, c['spec'], c['req'], c['level'], 'valid' if c['valid'] else 'invalid',
                                 os.path.relpath(c['path'], corpus)))
    for way in WAYS:
        for spec in ('CSIP', 'SIP', 'all'):
            t = tally[(way, spec)]
            print('# %-14s %-4s agree %3d/%3d = %5.1f %%   valid %3d/%3d = %5.1f %%   invalid %3d/%3d = %5.1f %%' % (
                way, spec, t[0] + t[2], t[1] + t[3], percent(t[0] + t[2], t[1] + t[3]), t[0], t[1],
                percent(t[0], t[1]), t[2], t[3], percent(t[2], t[3])))
    if '--list' in args:
        for d in disagree:
            print('%-14s %-4s %-9s %-7s %-7s %s' % d)
    req, pkg = tally[('requirement', 'all')], tally[('package', 'all')]
    checks = [('requirement-level agreement', percent(req[0] + req[2], req[1] + req[3]), '--min-requirement'),
              ('valid pairs agreed', percent(req[0], req[1]), '--min-valid'),
              ('invalid pairs agreed', percent(req[2], req[3]), '--min-invalid'),
              ('package-level agreement', percent(pkg[0] + pkg[2], pkg[1] + pkg[3]), '--min-package')]
    failed = False
    for n, (what, figure, key) in enumerate(checks, 1):
        ok = figure >= opts.get(key, 0)
        failed |= not ok
        print('%s %d - %s %.1f %% >= %.1f %%' % ('ok' if ok else 'not ok', n, what, figure, opts.get(key, 0)))
    print('1..4')
    sys.exit(1 if failed else 0)


main()
