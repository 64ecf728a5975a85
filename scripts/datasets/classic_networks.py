#!/usr/bin/env python3
"""Writes the classic networks bundled under datasets/ in Liaison's canonical CSV form.

    python3 scripts/datasets/classic_networks.py [--check]

Zachary's karate club and Davis' Southern Women come from networkx (3.6.1 was used), which carries
the data. Padgett's Florentine families: networkx has the 20 marriage ties among 15 families; the
business ties, the sixteenth family (Pucci, tied by neither relation) and the wealth/priorates
attributes are transcribed below from UCINET's `padgett.dat` (relations PADGM, PADGB) and
`padgw.dat`, as printed by the R package `multigraph` (README of github.com/mplex/multigraph,
`read.dl("http://moreno.ss.uci.edu/padgett.dat")`). The script checks the transcribed marriage
matrix against networkx edge for edge, so a transcription slip in that matrix would stop it.

With --check, nothing is written: the script fails if a file on disk differs from what it would write.
"""
import os
import sys

import networkx as nx

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
NODE_COLUMNS = ["id", "label", "kind"]
EDGE_COLUMNS = ["source", "target", "kind", "direction", "weight", "start", "end", "wave"]


def escape(field):
    """Quote a field exactly as Liaison's CSVWriter does (RFC 4180, minimal quoting)."""
    field = str(field)
    needs = any(c in field for c in ',"\n\r;\t')
    if field and (field[0] in (" ", "=", "\ufeff") or field[-1] == " "):
        needs = True
    return '"' + field.replace('"', '""') + '"' if needs else field


def csv_text(header, rows):
    return "".join(",".join(escape(f) for f in row) + "\n" for row in [header] + rows)


def weight_text(w):
    return str(int(w)) if float(w) == int(w) else repr(float(w))


def karate():
    g = nx.karate_club_graph()
    labels = {0: "Mr. Hi (instructor)", 33: "John A. (administrator)"}
    nodes = [[str(v), labels.get(v, f"Member {v + 1}"), "person", g.nodes[v]["club"]] for v in g.nodes]
    edges = [[str(u), str(v), "interacts_with", "undirected", weight_text(d["weight"]), "", "", ""]
             for u, v, d in g.edges(data=True)]
    return {"nodes.csv": csv_text(NODE_COLUMNS + ["club"], nodes), "edges.csv": csv_text(EDGE_COLUMNS, edges)}


def slug(name):
    return name.lower().replace(" ", "-")


def southern_women():
    g = nx.davis_southern_women_graph()
    women = [v for v, d in g.nodes(data=True) if d["bipartite"] == 0]
    events = [v for v, d in g.nodes(data=True) if d["bipartite"] == 1]
    assert len(women) == 18 and len(events) == 14, "networkx's Southern Women changed shape"
    nodes = [[slug(w), w, "person"] for w in women] + [[e, f"Event {e[1:]}", "event"] for e in events]
    pairs = []
    for w in women:  # women in networkx's order, each woman's events in event order
        for e in events:
            if g.has_edge(w, e):
                pairs.append((slug(w), e))
    assert len(pairs) == 89, "expected 89 attendances"
    edges = [[p, e, "attended", "directed", "1", "", "", ""] for p, e in pairs]
    return {
        "nodes.csv": csv_text(NODE_COLUMNS, nodes),
        "edges.csv": csv_text(EDGE_COLUMNS, edges),
        "attendance.csv": csv_text(["person", "event"], [list(p) for p in pairs]),
    }


# UCINET padgett.dat row/column order, abbreviated names as UCINET writes them.
PADGETT_ORDER = ["ACCIAIUOL", "ALBIZZI", "BARBADORI", "BISCHERI", "CASTELLAN", "GINORI", "GUADAGNI", "LAMBERTES",
                 "MEDICI", "PAZZI", "PERUZZI", "PUCCI", "RIDOLFI", "SALVIATI", "STROZZI", "TORNABUON"]
FULL_NAME = {"ACCIAIUOL": "Acciaiuoli", "CASTELLAN": "Castellani", "LAMBERTES": "Lamberteschi",
             "TORNABUON": "Tornabuoni"}
PADGM = """
0000000010000000
0000011010000000
0000100010000000
0000001000100010
0010000000100010
0100000000000000
0101000100000001
0000001000000000
1110000000001101
0000000000000100
0001100000000010
0000000000000000
0000000010000011
0000000011000000
0001100000101000
0000001010001000
"""
PADGB = """
0000000000000000
0000000000000000
0000110010100000
0000001100100000
0010000100100000
0010000010000000
0001000100000000
0001101000100000
0010010001000101
0000000010000000
0011100100000000
0000000000000000
0000000000000000
0000000010000000
0000000000000000
0000000010000000
"""
# padgw.dat: net wealth in 1427 (thousands of lira) and number of priorates (seats on the civic council) 1282-1344.
PADGW = {"ACCIAIUOL": (10, 53), "ALBIZZI": (36, 65), "RIDOLFI": (27, 38), "STROZZI": (146, 74),
         "BARBADORI": (55, 0), "BISCHERI": (44, 12), "CASTELLAN": (20, 22), "GUADAGNI": (8, 21),
         "LAMBERTES": (42, 0), "MEDICI": (103, 53), "PAZZI": (48, 0), "PERUZZI": (49, 42), "SALVIATI": (10, 35),
         "TORNABUON": (48, 0), "GINORI": (32, 0), "PUCCI": (3, 0)}


def matrix_edges(text):
    rows = [r for r in text.split() if r]
    assert len(rows) == 16 and all(len(r) == 16 for r in rows)
    for i in range(16):
        for j in range(16):
            assert rows[i][j] == rows[j][i], "Padgett's matrices are symmetric"
    return [(i, j) for i in range(16) for j in range(i + 1, 16) if rows[i][j] == "1"]


def florentine():
    name = [FULL_NAME.get(a, a.capitalize()) for a in PADGETT_ORDER]
    marriage = matrix_edges(PADGM)
    business = matrix_edges(PADGB)
    reference = {frozenset(e) for e in nx.florentine_families_graph().edges()}
    assert {frozenset((name[i], name[j])) for i, j in marriage} == reference, "PADGM differs from networkx"
    assert len(marriage) == 20 and len(business) == 15
    assert len({v for e in business for v in e}) == 11, "business ties join 11 families"
    nodes = [[n, n, "family", str(PADGW[a][0]), str(PADGW[a][1])] for a, n in zip(PADGETT_ORDER, name)]
    edges = [[name[i], name[j], "marriage", "undirected", "1", "", "", ""] for i, j in marriage]
    edges += [[name[i], name[j], "business", "undirected", "1", "", "", ""] for i, j in business]
    return {"nodes.csv": csv_text(NODE_COLUMNS + ["wealth", "priorates"], nodes),
            "edges.csv": csv_text(EDGE_COLUMNS, edges)}


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    for folder, files in [("karate", karate()), ("southern-women", southern_women()), ("florentine", florentine())]:
        path = os.path.join(ROOT, "datasets", folder)
        os.makedirs(path, exist_ok=True)
        for filename, text in files.items():
            target = os.path.join(path, filename)
            if check:
                current = open(target, encoding="utf-8").read() if os.path.exists(target) else None
                if current != text:
                    stale.append(target)
            else:
                with open(target + ".tmp", "w", encoding="utf-8", newline="") as handle:
                    handle.write(text)
                os.replace(target + ".tmp", target)
                print(f"wrote {os.path.relpath(target, ROOT)}")
    if stale:
        print("out of date: " + ", ".join(os.path.relpath(p, ROOT) for p in stale), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
