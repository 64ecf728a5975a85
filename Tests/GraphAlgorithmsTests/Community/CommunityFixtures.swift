import Foundation
import GraphCore
import Testing

/// One corpus graph with the networkx/igraph values scripts/fixtures/communities.py wrote for it.
struct CommunityFixture {
    /// A quality value of a fixed partition.
    struct Value {
        let partition: String
        let weighted: Bool
        let resolution: Double
        let value: Double?
    }

    let name: String
    let entry: Fixtures.Entry
    let partitions: [String: [Int32]]
    let modularity: [Value]
    let cpm: [Value]
    let reference: [String: Double?]

    static func all() throws -> [CommunityFixture] {
        try Fixtures.graphNames().map(load)
    }

    static func load(_ name: String) throws -> CommunityFixture {
        let object = try Fixtures.expected("communities", name)
        let rawPartitions = try #require(object["partitions"] as? [String: [Int]], "\(name) partitions")
        let rawReference = try #require(object["reference"] as? [String: Any], "\(name) reference")
        return CommunityFixture(
            name: name, entry: try Fixtures.entry(name),
            partitions: rawPartitions.mapValues { $0.map { Int32($0) } },
            modularity: try values(object, "modularity", name), cpm: try values(object, "cpm", name),
            reference: rawReference.mapValues { ($0 as? NSNumber)?.doubleValue })
    }

    private static func values(_ object: [String: Any], _ key: String, _ name: String) throws -> [Value] {
        let list = try #require(object[key] as? [[String: Any]], "\(name) \(key)")
        return try list.map { item in
            Value(
                partition: try #require(item["partition"] as? String),
                weighted: try #require(item["weighted"] as? Bool),
                resolution: try #require((item["resolution"] as? NSNumber)?.doubleValue),
                value: (item["value"] as? NSNumber)?.doubleValue)
        }
    }

    func graph(weighted: Bool) throws -> Graph { try entry.graph(weighted: weighted) }
}

/// Modularity by the textbook double sum over all node pairs, from the raw edge list
/// (parallel ties summed), independent of ``Modularity``:
/// undirected `Q = 1/2m Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j)` with `A_ii` twice the loop weight;
/// directed `Q = 1/m Σ_ij [A_ij − γ k_i^out k_j^in / m] δ(c_i, c_j)`.
func pairwiseModularity(_ entry: Fixtures.Entry, _ membership: [Int32], weighted: Bool, resolution: Double = 1) -> Double {
    let n = entry.n
    var a = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    for edge in entry.edges {
        let u = Int(edge[0]), v = Int(edge[1])
        let w = weighted ? edge[2] : 1
        if entry.directed {
            a[u][v] = weighted ? a[u][v] + w : 1
        } else if u == v {
            a[u][u] = weighted ? a[u][u] + 2 * w : 2
        } else {
            a[u][v] = weighted ? a[u][v] + w : 1
            a[v][u] = a[u][v]
        }
    }
    let kOut = a.map { $0.reduce(0, +) }
    let kIn = (0..<n).map { j in (0..<n).reduce(0.0) { $0 + a[$1][j] } }
    let total = kOut.reduce(0, +)  // 2m undirected, m directed
    var q = 0.0
    for i in 0..<n {
        for j in 0..<n where membership[i] == membership[j] {
            q += a[i][j] - resolution * kOut[i] * kIn[j] / total
        }
    }
    return q / total
}

/// Whether every community induces a connected subgraph of the graph's undirected view.
func everyCommunityIsConnected(_ graph: Graph, _ membership: [Int32]) -> Bool {
    let n = graph.nodeCount
    var seen = [Bool](repeating: false, count: n)
    var rootOfCommunity: [Int32: Int] = [:]
    for v in 0..<n where rootOfCommunity[membership[v]] == nil { rootOfCommunity[membership[v]] = v }
    for (community, root) in rootOfCommunity {
        var stack = [root]
        seen[root] = true
        while let v = stack.popLast() {
            for u in Array(graph.outNeighbors(of: v)) + Array(graph.inNeighbors(of: v)) {
                let u = Int(u)
                if !seen[u] && membership[u] == community { seen[u] = true; stack.append(u) }
            }
        }
    }
    return seen.allSatisfy { $0 }
}
