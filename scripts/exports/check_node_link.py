"""Reads a `liaison export` file with networkx and prints what networkx sees, as JSON.

Usage: python scripts/exports/check_node_link.py FILE.json|FILE.graphml|FILE.gexf [NODE_ID ...]

A .json file is read with `nx.node_link_graph` (networkx 3.6 defaults), a .graphml file with
`nx.read_graphml` and a .gexf file with `nx.read_gexf` (both refuse graphs that mix directed and
undirected ties, so use them on exports whose ties all follow the analysis direction).

Prints {"nodes", "edges", "directed", "multigraph", "attributes": {id: node attributes},
"max_degree_difference", "max_betweenness_difference"}: the differences compare the exported
`degree` and `betweenness` with networkx's own on the simple graph the multigraph collapses to
(Liaison merges parallel ties before computing metrics), over the nodes that carry the metric.
The Swift test ExportCommandTests runs this script and checks its output.
"""

import json
import sys

import networkx as nx


def main() -> None:
    path, sample_ids = sys.argv[1], sys.argv[2:]
    if path.endswith(".graphml"):
        graph = nx.read_graphml(path)
    elif path.endswith(".gexf"):
        graph = nx.read_gexf(path)
    else:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        graph = nx.node_link_graph(data)  # networkx 3.6 defaults: edges="edges", name="id", key="key"
    simple = nx.DiGraph(graph) if graph.is_directed() else nx.Graph(graph)
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    betweenness = nx.betweenness_centrality(simple)
    degree_difference = 0.0
    betweenness_difference = 0.0
    for node, attributes in graph.nodes(data=True):
        if "degree" in attributes:
            degree_difference = max(degree_difference, abs(attributes["degree"] - simple.degree(node)))
        if "betweenness" in attributes:
            betweenness_difference = max(betweenness_difference, abs(attributes["betweenness"] - betweenness[node]))
    report = {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "attributes": {node: graph.nodes[node] for node in sample_ids if node in graph},
        "max_degree_difference": degree_difference,
        "max_betweenness_difference": betweenness_difference,
    }
    json.dump(report, sys.stdout, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
