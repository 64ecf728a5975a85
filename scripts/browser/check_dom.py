"""Checks the DOM chromium dumped after running a Liaison report's script (standard library only).

    check_dom.py first-name REPORT.html           prints the first name of the key-actor table
    check_dom.py check DOM.html CONSOLE.log NAME  checks the page and exits 1 with the failures
"""
import html
import re
import sys


def first_name(report_path):
    text = open(report_path, encoding="utf-8").read()
    table = text.find('id="key-actor-table"')
    match = re.search(r'<tbody><tr><td data-sort="([^"]*)"', text[table:]) if table >= 0 else None
    if not match:
        sys.exit("error: the report has no key-actor table to take a name from")
    return html.unescape(match.group(1))


def check(dom_path, console_path, name):
    dom = open(dom_path, encoding="utf-8").read()
    console = open(console_path, encoding="utf-8", errors="replace").read().splitlines()
    failures = []
    messages = [line for line in console if ":CONSOLE" in line or "Uncaught" in line]
    failures += ["console: " + line.split("] ", 1)[-1] for line in messages]
    if not re.search(r'<div id="map"[^>]*>\s*<svg', dom):
        failures.append("the map's inline SVG is missing")
    if len(re.findall(r'<g id="node:[^"]*" class="node', dom)) == 0:
        failures.append("the map has no nodes")
    for table in ["key-actor-table"]:
        if not re.search(r'<table class="sortable" id="%s">.*?<tbody><tr>' % table, dom, re.S):
            failures.append("the %s is missing or empty" % table)
    if "<h2>Roles</h2>" not in dom or "<h2>Methods</h2>" not in dom:
        failures.append("the roles or methods section is missing")
    hit = re.search(r'data-search-hit="([^"]*)"', dom)
    highlighted = re.findall(r'class="node hl"', dom)
    neighbours = re.findall(r'class="node hl-nb"', dom)
    if not hit or len(highlighted) != 1:
        failures.append("searching for %r highlighted %d nodes (expected 1)" % (name, len(highlighted)))
    if 'class="map searching"' not in dom:
        failures.append("the map is not in its searching state")
    card = re.search(r'<aside id="card" class="card"( hidden="")?>(.*?)</aside>', dom, re.S)
    if not card or card.group(1) or "<h3>%s</h3>" % html.escape(name, quote=False) not in card.group(2):
        failures.append("the node card of %r did not open" % name)
    elif "<table>" not in card.group(2) or "Roles" not in card.group(2) and "No role" not in card.group(2):
        failures.append("the node card lacks its metrics or roles")
    failures += sorted_failures(dom, "degree")
    if re.search(r'(?i)\b(src|href)="(https?:)?//', dom):
        failures.append("the page refers to an outside address")
    if failures:
        print("browser check failed:", file=sys.stderr)
        for failure in failures:
            print("  " + failure, file=sys.stderr)
        sys.exit(1)
    print("page ok: map, tables, search hit %s with %d neighbours highlighted" % (hit.group(1), len(neighbours)),
          file=sys.stderr)


def sorted_failures(dom, column):
    """The key-actor table must be sorted by `column`, ascending, after the #sort fragment."""
    table = re.search(r'<table class="sortable" id="key-actor-table">(.*?)</table>', dom, re.S)
    if not table:
        return []
    headings = re.findall(r'<th([^>]*)>(.*?)</th>', table.group(1))
    names = [html.unescape(text) for _, text in headings]
    if column not in names:
        return ["the key-actor table has no %s column" % column]
    index = names.index(column)
    if 'aria-sort="ascending"' not in headings[index][0]:
        return ["clicking the %s heading did not sort the key-actor table" % column]
    rows = re.findall(r'<tr>(.*?)</tr>', table.group(1).split("<tbody>", 1)[-1], re.S)
    keys = []
    for row in rows:
        cells = re.findall(r'data-sort="([^"]*)"', row)
        if index < len(cells) and cells[index] != "":
            keys.append(float(cells[index]))
    if len(keys) < 2 or keys != sorted(keys):
        return ["the key-actor table is not in ascending %s order" % column]
    return []


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "first-name":
        print(first_name(sys.argv[2]))
    elif len(sys.argv) == 5 and sys.argv[1] == "check":
        check(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
