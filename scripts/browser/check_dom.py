"""Checks the DOM chromium dumped after running a Liaison report's script (standard library only).

    check_dom.py first-name REPORT.html           prints the first name of the key-actor table
    check_dom.py first-kinds REPORT.html          prints the most common node kind and tie kind of the report
    check_dom.py check DOM.html CONSOLE.log NAME KIND  checks the page (filtered to KIND) and exits 1 with the failures
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


def first_kinds(report_path):
    text = open(report_path, encoding="utf-8").read()
    node = re.search(r'data-filter="kind" value="([^"]*)"', text)
    tie = re.search(r'data-filter="tie" value="([^"]*)"', text)
    if not node or not tie:
        sys.exit("error: the report has no map filters")
    return html.unescape(node.group(1)) + " " + html.unescape(tie.group(1))


def summary_failures(dom):
    failures = []
    first = re.search(r'<main>\s*<section id="([^"]*)"', dom)
    if not first or first.group(1) != "summary":
        failures.append("the summary is not the first section")
    summary = re.search(r'<section id="summary">(.*?)</section>', dom, re.S)
    if not summary:
        return failures + ["the summary section is missing"]
    items = re.findall(r'<li>(.*?)</li>', summary.group(1), re.S)
    if not 5 <= len(items) <= 8:
        failures.append("the summary has %d sentences (expected 5 to 8)" % len(items))
    for item in items:
        link = re.search(r'<a class="evidence" href="#([^"]*)"', item)
        if not link:
            failures.append("a summary sentence has no evidence link")
        elif 'id="%s"' % link.group(1) not in dom:
            failures.append("the evidence link #%s leads nowhere" % link.group(1))
    return failures


def filter_failures(dom, kind):
    failures = []
    for list_id in ["rank-connectors", "rank-bridges", "rank-central"]:
        if not re.search(r'<div class="ranked" id="%s">.*?<ol><li>' % list_id, dom, re.S):
            failures.append("the ranked list %s is missing or empty" % list_id)
    shown = re.search(r'data-filter-shown="(\d+)"', dom)
    nodes = re.findall(r'<g id="node:[^"]*" class="node([^"]*)"', dom)
    faded = [c for c in nodes if "filtered" in c]
    if not shown:
        failures.append("the map filters did not run")
    elif not faded or len(faded) == len(nodes):
        failures.append("filtering to %s faded %d of %d nodes" % (kind, len(faded), len(nodes)))
    edges = re.findall(r'<g id="tie:\d+" class="edge([^"]*)"', dom)
    if not edges or not any("filtered" in c for c in edges):
        failures.append("hiding a tie kind faded no tie")
    download = re.search(r'data-last-download="map\.png (\d+)"', dom)
    if not download or int(download.group(1)) < 1000:
        failures.append("the map did not download as PNG")
    return failures


def check(dom_path, console_path, name, kind):
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
    highlighted = re.findall(r'class="node hl( filtered)?"', dom)
    neighbours = re.findall(r'class="node hl-nb( filtered)?"', dom)
    if not hit or len(highlighted) != 1:
        failures.append("searching for %r highlighted %d nodes (expected 1)" % (name, len(highlighted)))
    if not re.search(r'class="map[^"]*searching', dom):
        failures.append("the map is not in its searching state")
    card = re.search(r'<aside id="card" class="card"( hidden="")?( data-pinned="[^"]*")?>(.*?)</aside>', dom, re.S)
    if card and not card.group(2):
        failures.append("the node card of %r is not pinned" % name)
    if not card or card.group(1) or "<h3>%s</h3>" % html.escape(name, quote=False) not in card.group(3):
        failures.append("the node card of %r did not open" % name)
    elif "<table>" not in card.group(3) or "Roles" not in card.group(3) and "No role" not in card.group(3):
        failures.append("the node card lacks its metrics or roles")
    failures += sorted_failures(dom, "degree")
    failures += summary_failures(dom)
    failures += filter_failures(dom, kind)
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
    elif len(sys.argv) == 3 and sys.argv[1] == "first-kinds":
        print(first_kinds(sys.argv[2]))
    elif len(sys.argv) == 6 and sys.argv[1] == "check":
        check(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    else:
        sys.exit(__doc__)
