#!/usr/bin/env python3
"""Fills the English plural forms of the console's strings in a Qt .ts file.

    english-plurals.py translations/fielddesk_en.ts

English is the source language, so only the strings with %n need an English "translation":
"%n job(s)" becomes "%n job" and "%n jobs"; the few written in the plural ("%n entries") have
their singular in SINGULAR below; any other keeps its text in both forms ("%n min").
Every numerus message is filled, finished or not, so that a changed rule here takes effect.
"""
import html
import re
import sys

# Sources written in the plural, and their singular.
SINGULAR = {
    "%n entries, %1": "%n entry, %1",
    "%n entries, %1 — the report said %2: entries changed since it was made":
        "%n entry, %1 — the report said %2: entries changed since it was made",
    "Approve %n entries?": "Approve %n entry?",
    "Approve the %n selected requests?": "Approve the selected request?",
    "Reject %n requests": "Reject %n request",
    "Waiting %n+ days": "Waiting %n+ day",
}

MESSAGE = re.compile(r'(<message numerus="yes">\s*<source>([^<]*)</source>(?:\s*<comment>[^<]*</comment>)?\s*)'
                     r'<translation( type="unfinished")?>.*?</translation>', re.S)


def escape(text):
    return html.escape(text, quote=False).replace("'", '&apos;').replace('"', '&quot;')


def forms(source):
    if source in SINGULAR:
        return [SINGULAR[source], source]
    if '(s)' in source:
        return [source.replace('(s)', ''), source.replace('(s)', 's')]
    return [source, source]


def main():
    ts_file = sys.argv[1]
    text = open(ts_file, encoding='utf-8').read()

    def fill(match):
        head, source = match.group(1), html.unescape(match.group(2))
        inner = ''.join(f'\n            <numerusform>{escape(f)}</numerusform>'
                        for f in forms(source))
        return f'{head}<translation>{inner}\n        </translation>'

    text, count = MESSAGE.subn(fill, text)
    open(ts_file, 'w', encoding='utf-8').write(text)
    print(f'{count} plural message(s) filled in {ts_file}')


if __name__ == '__main__':
    main()
