import GraphAlgorithms
import GraphCore
import NetworkModel

/// The network-level table of `liaison metrics --network`: size, density,
/// connectedness, distances in the largest component, clustering,
/// centralisation and assortativity, each as networkx (or igraph) defines it.
public enum NetworkStatistics {
    /// Computes the statistics on a projected graph.
    /// - Parameters:
    ///   - network: the network the graph was projected from (for attribute assortativity).
    ///   - projected: the graph and its node map.
    ///   - betweenness: normalised betweenness per graph node, if already computed (else computed exactly).
    ///   - attribute: a node attribute for attribute assortativity (categories as written; empty = its own category).
    ///   - edgeLength: path lengths for the diameter and average shortest path.
    /// - Returns: rows `metric, value, definition`.
    /// - Complexity: O(n·m) for betweenness and distances (all pairs of the largest component), O(m·d) clustering.
    public static func compute(
        network: Network, projected: ProjectedGraph, betweenness: [Double]?, attribute: String?,
        edgeLength: EdgeLength, threads: Int
    ) throws(AlgorithmError) -> ResultTable {
        let graph = projected.graph
        let weak = Components.weak(graph)
        var rows: [[ResultTable.Cell]] = []
        func add(_ name: String, _ value: ResultTable.Cell, _ definition: String) {
            rows.append([.text(name), value, .text(definition)])
        }
        add("nodes", .integer(graph.nodeCount), "nodes analysed")
        add("ties", .integer(graph.edgeCount), "distinct ties after merging parallel ties (self-loops included)")
        add("directed", .flag(graph.isDirected), "whether tie direction was honoured")
        add("density", .real(Density.density(graph)), "m / (n(n−1)/2) undirected, m / (n(n−1)) directed (networkx)")
        add("weak_components", .integer(weak.count), "connected components ignoring direction")
        if graph.isDirected {
            add("strong_components", .integer(Components.strong(graph).count), "strongly connected components")
        }
        add("largest_component_nodes", .integer(weak.largestSize), "nodes in the largest (weak) component")
        add("largest_component_share", .real(weak.largestShare), "share of all nodes in the largest component")
        let largestLabel = weak.sizes.firstIndex(of: weak.largestSize)
        let members = largestLabel.map { label in (0..<graph.nodeCount).filter { weak.labels[$0] == label } } ?? []
        let paths = try Distances.summary(graph, nodes: members, length: edgeLength, threads: threads)
        let pathNote = paths.isFullyReachable ? "" : " (over reachable ordered pairs: the component is not strongly connected)"
        add("diameter", paths.diameter.map { .real($0) } ?? .missing,
            "longest shortest path in the largest component" + pathNote)
        add("average_shortest_path", paths.averageShortestPathLength.map { .real($0) } ?? .missing,
            "mean shortest-path length in the largest component" + pathNote)
        add("transitivity", .real(Clustering.transitivity(graph)), "3 × triangles / connected triples (networkx)")
        add("average_clustering", .real(Clustering.average(graph, weighted: graph.isWeighted)),
            graph.isWeighted
                ? "mean weighted local clustering, zeros included (networkx average_clustering with weight)"
                : "mean local clustering, zeros included (networkx)")
        add("degree_centralization", .real(Centralization.degree(graph)),
            "Freeman degree centralisation, normalised by its maximum for the graph size (igraph)")
        let b: [Double]
        if let betweenness { b = betweenness } else {
            b = try Betweenness.exact(graph, length: edgeLength, threads: threads)
        }
        add("betweenness_centralization",
            .real(Centralization.betweenness(b, directed: graph.isDirected, normalized: true)),
            "Freeman betweenness centralisation, normalised by the star's (igraph)")
        add("degree_assortativity", .real(Assortativity.degree(graph)), "Pearson correlation of degrees at either end of a tie (networkx)")
        if let attribute {
            var codes: [String: Int] = [:]
            let categories = projected.networkPositions.map { position -> Int in
                let value = network[position].attributes[attribute] ?? ""
                if let code = codes[value] { return code }
                codes[value] = codes.count
                return codes.count - 1
            }
            add("attribute_assortativity(\(attribute))", .real(try Assortativity.attribute(graph, categories: categories)),
                "Newman's assortativity of the attribute's categories (networkx)")
        }
        return ResultTable(columns: ["metric", "value", "definition"], rows: rows)
    }
}
