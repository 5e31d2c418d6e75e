#!/usr/bin/env python3
"""Writes FieldDesk's icon set: resources/icons/{light,dark}/<name>.svg and the application
icon resources/fielddesk.svg, from the line drawings below (24x24, 2 px round strokes).

    tools/icons/generate.py

One drawing per icon, two variants: `light` (dark strokes, for light palettes) and `dark`
(light strokes, for dark palettes). Edit a drawing here and run the script again; the files
it writes are committed, so the build needs no Python.
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2] / 'resources'
STROKE = {'light': '#334155', 'dark': '#e2e8f0'}
ACCENT = {'light': '#2563eb', 'dark': '#93c5fd'}

# name: SVG elements; "A" in a colour attribute is the accent, "S" the stroke colour.
ICONS = {
    # workspaces
    'approvals': '<path d="M4 13h4l2 3h4l2-3h4"/><path d="M5 5h14l1 8v6H4v-6z"/>'
                 '<path d="M9 8.5l2 2 4-4" stroke="A"/>',
    'dispatch-board': '<rect x="3" y="4" width="18" height="17" rx="2"/><path d="M3 9h18M8 2v4M16 2v4"/>'
                      '<path d="M6 13h6M10 17h8" stroke="A"/>',
    'customers': '<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20c.8-3.6 3.3-5.5 6.5-5.5s5.7 1.9 6.5 5.5"/>'
                 '<path d="M16 4.8a3.5 3.5 0 0 1 0 6.4M18 14.8c1.8.8 3 2.5 3.5 5.2" stroke="A"/>',
    'fleet': '<path d="M2 16V7h11v9M13 10h4.5l3.5 3.5V16"/><circle cx="6.5" cy="17.5" r="2"/>'
             '<circle cx="16.5" cy="17.5" r="2"/><path d="M8.5 17.5h6" stroke="A"/>',
    'reports': '<path d="M3 3v18h18"/><path d="M7 16v-4M11 16V8M15 16v-6M19 16V5" stroke="A"/>',
    'admin': '<path d="M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12"/>'
             '<circle cx="16" cy="6" r="2" stroke="A"/><circle cx="10" cy="12" r="2" stroke="A"/>'
             '<circle cx="18" cy="18" r="2" stroke="A"/>',
    'tenants': '<path d="M4 21V4h10v17M14 9h6v12M2 21h20"/>'
               '<path d="M7 8h4M7 12h4M7 16h4M17 13h.5M17 17h.5" stroke="A"/>',
    'my-work': '<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M8 7V5a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2"/>'
               '<path d="M9 13.5l2 2 4-4" stroke="A"/>',
    # the board's actions
    'go-previous': '<path d="M15 5l-7 7 7 7"/>',
    'go-next': '<path d="M9 5l7 7-7 7"/>',
    'today': '<rect x="3" y="4" width="18" height="17" rx="2"/><path d="M3 9h18M8 2v4M16 2v4"/>'
             '<circle cx="12" cy="15" r="2" stroke="A"/>',
    'new-job': '<path d="M12 5v14M5 12h14" stroke="A"/>',
    'edit': '<path d="M4 20h4L19 9l-4-4L4 16z"/><path d="M13.5 6.5l4 4" stroke="A"/>',
    'duplicate': '<rect x="8" y="8" width="12" height="12" rx="2"/><path d="M16 4H6a2 2 0 0 0-2 2v10"/>'
                 '<path d="M14 11v6M11 14h6" stroke="A"/>',
    'undo': '<path d="M9 14L4 9l5-5"/><path d="M4 9h10a6 6 0 0 1 0 12h-3" stroke="A"/>',
    'redo': '<path d="M15 14l5-5-5-5"/><path d="M20 9H10a6 6 0 0 0 0 12h3" stroke="A"/>',
    'assign': '<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20c.8-3.6 3.3-5.5 6.5-5.5s5.7 1.9 6.5 5.5"/>'
              '<path d="M19 8v6M16 11h6" stroke="A"/>',
    'unassign': '<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20c.8-3.6 3.3-5.5 6.5-5.5s5.7 1.9 6.5 5.5"/>'
                '<path d="M16 11h6" stroke="A"/>',
    'best-slot': '<circle cx="12" cy="12" r="8.5"/><circle cx="12" cy="12" r="4.5"/>'
                 '<circle cx="12" cy="12" r="1" stroke="A"/>',
    'auto-route': '<circle cx="5" cy="18" r="2"/><circle cx="19" cy="6" r="2"/>'
                  '<path d="M7 18h8a3 3 0 0 0 0-6H9a3 3 0 0 1 0-6h8" stroke="A"/>',
    'zoom-in': '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5L21 21"/>'
               '<path d="M10.5 7.5v6M7.5 10.5h6" stroke="A"/>',
    'zoom-out': '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5L21 21"/>'
                '<path d="M7.5 10.5h6" stroke="A"/>',
    'shortcuts': '<rect x="2" y="6" width="20" height="12" rx="2"/>'
                 '<path d="M6 10h1M10 10h1M14 10h1M18 10h1M8 14h8" stroke="A"/>',
    # the window's header
    'notifications': '<path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z"/><path d="M10 20a2 2 0 0 0 4 0" stroke="A"/>',
    'sign-out': '<path d="M10 4H5v16h5"/><path d="M14 8l4 4-4 4M18 12H9" stroke="A"/>',
    # menus
    'preferences': '<path d="M4 7h9M19 7h1M4 17h3M13 17h7"/>'
                   '<circle cx="16" cy="7" r="2.5" stroke="A"/><circle cx="10" cy="17" r="2.5" stroke="A"/>',
    'help': '<circle cx="12" cy="12" r="9"/>'
            '<path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17.2v.3" stroke="A"/>',
}

APP_ICON = '''<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>FieldDesk</title>
  <rect x="8" y="8" width="240" height="240" rx="52" fill="#1d4ed8"/>
  <rect x="8" y="8" width="240" height="120" rx="52" fill="#2563eb"/>
  <rect x="8" y="76" width="240" height="52" fill="#2563eb"/>
  <path d="M128 44c-33 0-58 25-58 57 0 42 58 111 58 111s58-69 58-111c0-32-25-57-58-57z"
        fill="#ffffff"/>
  <circle cx="128" cy="101" r="30" fill="#1d4ed8"/>
  <path d="M128 84v18l12 8" fill="none" stroke="#ffffff" stroke-width="9" stroke-linecap="round"
        stroke-linejoin="round"/>
</svg>
'''


def icon(body, variant):
    body = body.replace('stroke="A"', f'stroke="{ACCENT[variant]}"')
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" '
            f'fill="none" stroke="{STROKE[variant]}" stroke-width="2" stroke-linecap="round" '
            f'stroke-linejoin="round">{body}</svg>\n')


def main():
    for variant in STROKE:
        folder = ROOT / 'icons' / variant
        folder.mkdir(parents=True, exist_ok=True)
        for name, body in ICONS.items():
            (folder / f'{name}.svg').write_text(icon(body, variant))
    (ROOT / 'fielddesk.svg').write_text(APP_ICON)


if __name__ == '__main__':
    main()
