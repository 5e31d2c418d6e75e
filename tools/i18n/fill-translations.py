#!/usr/bin/env python3
"""Fills unfinished messages of a Qt .ts file from a table of translations.

    fill-translations.py TS_FILE TABLE.py [TABLE.py ...]

Each table is a Python file defining one dict named after the language (DE, ES, ...) =
{source: translation}; a numerus message takes a list of its forms ([singular, plural]). Sources are matched as the user sees them (XML entities decoded).
Prints what is still unfinished afterwards and exits 1 when anything is.
"""
import html
import re
import runpy
import sys

# Texts in a .ts file have their markup escaped: no raw '<' inside a source or comment.
MESSAGE = re.compile(r'(<message( numerus="yes")?>\s*<source>([^<]*)</source>(?:\s*<comment>[^<]*</comment>)?\s*)'
                     r'<translation type="unfinished">(.*?)</translation>', re.S)


def escape(text):
    return html.escape(text, quote=False).replace("'", '&apos;').replace('"', '&quot;')


def main():
    ts_file, tables = sys.argv[1], sys.argv[2:]
    table = {}
    for path in tables:
        names = runpy.run_path(path)
        table.update(next(value for key, value in names.items() if key.isupper() and isinstance(value, dict)))
    text = open(ts_file, encoding='utf-8').read()

    def fill(match):
        head, numerus, source = match.group(1), match.group(2), html.unescape(match.group(3))
        if source not in table:
            return match.group(0)
        value = table[source]
        if numerus:
            forms = value if isinstance(value, list) else [value, value]
            inner = ''.join(f'\n            <numerusform>{escape(f)}</numerusform>' for f in forms)
            return f'{head}<translation>{inner}\n        </translation>'
        return f'{head}<translation>{escape(value)}</translation>'

    text = MESSAGE.sub(fill, text)
    open(ts_file, 'w', encoding='utf-8').write(text)
    left = [html.unescape(m.group(3)) for m in MESSAGE.finditer(text)]
    for source in left:
        print('unfinished:', source)
    return 1 if left else 0


if __name__ == '__main__':
    sys.exit(main())
