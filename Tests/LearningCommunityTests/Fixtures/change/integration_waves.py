"""Expected values of `NetworkChange.compare` on datasets/integration-initiative, waves 2016-17 → 2019
(cumulative reading), from networkx. Run from the repository root:

    PYTHONHASHSEED=0 /work/main/.venv/bin/python Tests/LearningCommunityTests/Fixtures/change/integration_waves.py

Writes integration-waves.json beside this script; its `asOf` member holds the same indicators and counts for the
network as of 2017-06 and as of 2019-06. Leiden modularity is not reproduced here (it depends on the
seeded run); everything else is: density, components, the largest component's share, Freeman degree
centralisation (igraph's normalisation n(n-1)), transitivity, average clustering, E-I index and cross-group share
by city, nodes and ties added and lost, degree/betweenness/PageRank of every matched node, new articulation points.
"""
import csv
import json
import os

import networkx as nx

ROOT = "datasets/integration-initiative"
HERE = os.path.dirname(os.path.abspath(__file__))


def parse(date):
    if not date:
        return None
    return tuple(int(p) for p in date.split("-"))


def compare_common(a, b):
    """-1, 0, 1 at the coarser precision, as Liaison's PartialDate.compareAtCommonPrecision."""
    k = min(len(a), len(b))
    return (a[:k] > b[:k]) - (a[:k] < b[:k])


def full_order_key(date):
    # Liaison's PartialDate order: a coarser date sorts before the finer dates within it.
    return tuple(date) + (0,) * (3 - len(date))


with open(f"{ROOT}/nodes.csv", newline="") as f:
    nodes = list(csv.DictReader(f))
with open(f"{ROOT}/edges.csv", newline="") as f:
    edges = list(csv.DictReader(f))

earliest = {}
for e in edges:
    start = parse(e["start"])
    if e["wave"] and start and (e["wave"] not in earliest or full_order_key(start) < full_order_key(earliest[e["wave"]])):
        earliest[e["wave"]] = start
waves = sorted(earliest, key=lambda w: (full_order_key(earliest[w]), w))


def captured_by(wave):
    rank = waves.index(wave)
    included = set(waves[: rank + 1])
    close = None
    for e in edges:
        if e["wave"] == wave and e["start"]:
            s = parse(e["start"])
            if close is None or full_order_key(close) < full_order_key(s):
                close = s
    kept = [e for e in edges if e["wave"] in included and not (e["end"] and compare_common(parse(e["end"]), close) < 0)]
    tied = {e["source"] for e in edges} | {e["target"] for e in edges}
    touched = {e["source"] for e in kept} | {e["target"] for e in kept}
    ids = [n["id"] for n in nodes if n["id"] in touched or n["id"] not in tied]
    return ids, kept


def as_of(date):
    """The network as of `date`, as `TieSelection(asOf:)` and `Network.selecting` make it."""
    kept = [
        e for e in edges
        if not (e["start"] and compare_common(parse(e["start"]), date) > 0)
        and not (e["end"] and compare_common(parse(e["end"]), date) < 0)
    ]
    tied = {e["source"] for e in edges} | {e["target"] for e in edges}
    touched = {e["source"] for e in kept} | {e["target"] for e in kept}
    return [n["id"] for n in nodes if n["id"] in touched or n["id"] not in tied], kept


def key(e):
    directed = e["direction"] == "directed"
    s, t = e["source"], e["target"]
    if not directed and t < s:
        s, t = t, s
    return (s, t, e["kind"], directed)


city = {n["id"]: n["city"].strip() for n in nodes}


def measure(ids, kept):
    g = nx.Graph()
    g.add_nodes_from(ids)
    g.add_edges_from((e["source"], e["target"]) for e in kept)
    n = g.number_of_nodes()
    comps = list(nx.connected_components(g))
    degrees = [d for _, d in g.degree()]
    top = max(degrees)
    internal = external = 0
    for u, v in g.edges():
        if not city[u] or not city[v]:
            continue
        if city[u] == city[v]:
            internal += 1
        else:
            external += 1
    ap = set(nx.articulation_points(g))
    return g, {
        "nodes": n,
        "ties": g.number_of_edges(),
        "density": nx.density(g),
        "components": len(comps),
        "largest_component_share": max(len(c) for c in comps) / n,
        "degree_centralization": sum(top - d for d in degrees) / (n * (n - 1)),
        "transitivity": nx.transitivity(g),
        "average_clustering": nx.average_clustering(g),
        "ei_index": (external - internal) / (external + internal),
        "cross_group_share": external / (external + internal),
    }, ap


ids_a, kept_a = captured_by("2016-17")
ids_b, kept_b = captured_by("2019")
g_a, indicators_a, ap_a = measure(ids_a, kept_a)
g_b, indicators_b, ap_b = measure(ids_b, kept_b)
keys_a = {key(e) for e in kept_a}
keys_b = {key(e) for e in kept_b}
matched = [v for v in ids_a if v in set(ids_b)]
centralities = {}
for name, function in [
    ("degree", nx.degree_centrality),
    ("betweenness", nx.betweenness_centrality),
    ("pagerank", lambda g: nx.pagerank(g, weight=None)),
]:
    before, after = function(g_a), function(g_b)
    centralities[name] = {v: [before[v], after[v]] for v in matched}

result = {
    "from": "2016-17",
    "to": "2019",
    "waves": waves,
    "before": indicators_a,
    "after": indicators_b,
    "nodesAdded": [v for v in ids_b if v not in set(ids_a)],
    "nodesLost": [v for v in ids_a if v not in set(ids_b)],
    "tiesAdded": len(keys_b - keys_a),
    "tiesLost": len(keys_a - keys_b),
    "tiesKept": len(keys_a & keys_b),
    "newArticulationPoints": sorted(ap_b - ap_a),
    "centralities": centralities,
}
ids_c, kept_c = as_of((2017, 6))
ids_d, kept_d = as_of((2019, 6))
_, indicators_c, _ = measure(ids_c, kept_c)
_, indicators_d, _ = measure(ids_d, kept_d)
keys_c = {key(e) for e in kept_c}
keys_d = {key(e) for e in kept_d}
result["asOf"] = {
    "from": "2017-06",
    "to": "2019-06",
    "before": indicators_c,
    "after": indicators_d,
    "nodesAdded": len([v for v in ids_d if v not in set(ids_c)]),
    "nodesLost": len([v for v in ids_c if v not in set(ids_d)]),
    "tiesAdded": len(keys_d - keys_c),
    "tiesLost": len(keys_c - keys_d),
}
with open(os.path.join(HERE, "integration-waves.json"), "w") as f:
    json.dump(result, f, indent=1, sort_keys=True)
    f.write("\n")
print({k: result[k] for k in ("tiesAdded", "tiesLost", "tiesKept")}, len(result["nodesAdded"]), len(result["nodesLost"]))
print(result["before"])
print(result["after"])
print(result["newArticulationPoints"])
