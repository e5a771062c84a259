#!/usr/bin/env python3
"""Carries translations over to strings that moved to another context.

After code moves a tr() string into another class (another context), lupdate marks it unfinished in
every .ts file and drops the old entry. This fills each unfinished entry whose source text (and
plural form) had a finished translation in an earlier version of the same file, in any context.

  python3 scripts/carry-translations.py [REV]   # REV: the git revision to take them from (HEAD)

Run it after `cmake --build build --target update_translations`; what it cannot fill stays unfinished
for a translator (tst_translations lists those).
"""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def finished_translations(xml_text):
    """source text -> translation element of every finished message."""
    found = {}
    for message in ET.fromstring(xml_text).iter('message'):
        source = message.findtext('source')
        translation = message.find('translation')
        if source is None or translation is None or translation.get('type') in ('unfinished', 'vanished',
                                                                                 'obsolete'):
            continue
        key = (source, message.get('numerus') == 'yes')
        found.setdefault(key, translation)
    return found


def main():
    rev = sys.argv[1] if len(sys.argv) > 1 else 'HEAD'
    for ts in sorted((ROOT / 'translations').glob('mailfix_*.ts')):
        relative = ts.relative_to(ROOT).as_posix()
        try:
            old = subprocess.run(['git', 'show', f'{rev}:{relative}'], cwd=ROOT, check=True,
                                 capture_output=True, text=True).stdout
        except subprocess.CalledProcessError:
            print(f'{relative}: not in {rev}, skipped')
            continue
        known = finished_translations(old)
        tree = ET.parse(ts)
        filled = left = 0
        for message in tree.getroot().iter('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') != 'unfinished':
                continue
            key = (message.findtext('source'), message.get('numerus') == 'yes')
            if key not in known:
                left += 1
                continue
            donor = known[key]
            translation.attrib.pop('type', None)
            translation.text = donor.text
            for child in list(translation):
                translation.remove(child)
            for child in donor:
                translation.append(child)
            filled += 1
        if filled:
            body = ET.tostring(tree.getroot(), encoding='unicode')
            ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n',
                          encoding='utf-8')
        print(f'{relative}: {filled} carried over, {left} still unfinished')


if __name__ == '__main__':
    main()
