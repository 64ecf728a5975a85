/// A small value model of a Graphviz DOT graph: graph, node and edge attributes,
/// clusters, nodes and edges, in the order they will be written.
///
/// The model holds data as given; ``DOTWriter`` does all quoting and escaping, so
/// code that builds a document never writes DOT syntax itself.
public struct DOTDocument: Sendable, Equatable {
    /// The graph's name. Always written: Graphviz numbers anonymous graphs with a
    /// process-wide counter, which would make renderings differ from run to run.
    public var name: String
    /// `digraph` when true, `graph` otherwise.
    public var isDirected: Bool
    public var graphAttributes: DOTAttributes
    /// Defaults for every node (`node [...]`).
    public var nodeDefaults: DOTAttributes
    /// Defaults for every edge (`edge [...]`).
    public var edgeDefaults: DOTAttributes
    /// Boxes drawn around groups of nodes (`subgraph cluster_… { … }`), each holding its nodes.
    public var clusters: [DOTCluster]
    /// Nodes outside every cluster.
    public var nodes: [DOTNode]
    public var edges: [DOTEdge]

    public init(
        name: String, isDirected: Bool, graphAttributes: DOTAttributes = [], nodeDefaults: DOTAttributes = [],
        edgeDefaults: DOTAttributes = [], clusters: [DOTCluster] = [], nodes: [DOTNode] = [], edges: [DOTEdge] = []
    ) {
        self.name = name
        self.isDirected = isDirected
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.clusters = clusters
        self.nodes = nodes
        self.edges = edges
    }

    /// Number of nodes, in clusters or not.
    public var nodeCount: Int { nodes.count + clusters.reduce(0) { $0 + $1.nodes.count } }
}

/// A node statement: an id and its attributes.
public struct DOTNode: Sendable, Equatable {
    public var id: String
    public var attributes: DOTAttributes

    public init(id: String, attributes: DOTAttributes = []) {
        self.id = id
        self.attributes = attributes
    }
}

/// An edge statement between two node ids (`->` in a digraph, `--` in a graph).
public struct DOTEdge: Sendable, Equatable {
    public var from: String
    public var to: String
    public var attributes: DOTAttributes

    public init(from: String, to: String, attributes: DOTAttributes = []) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }
}

/// A cluster subgraph: Graphviz draws a box around its nodes (with `dot` and `fdp`).
public struct DOTCluster: Sendable, Equatable {
    /// The subgraph id; ``DOTWriter`` adds the `cluster_` prefix Graphviz requires.
    public var id: String
    public var attributes: DOTAttributes
    public var nodes: [DOTNode]

    public init(id: String, attributes: DOTAttributes = [], nodes: [DOTNode] = []) {
        self.id = id
        self.attributes = attributes
        self.nodes = nodes
    }
}

/// The value of a DOT attribute.
public enum DOTValue: Sendable, Equatable {
    /// Text from anywhere (data included): written as a quoted, escaped DOT string.
    case text(String)
    /// A number, written with at most three decimals.
    case number(Double)
    /// An HTML-like label (written between `<` and `>`). The markup must be built by
    /// Liaison with every piece of data passed through `DOTEscaping.htmlLabelText`.
    case html(String)
}

/// Attributes in the order they were set; setting a name again replaces its value in place.
public struct DOTAttributes: Sendable, Equatable, ExpressibleByArrayLiteral, Sequence {
    public private(set) var entries: [(name: String, value: DOTValue)] = []

    public init() {}

    public init(arrayLiteral elements: (String, DOTValue)...) {
        for (name, value) in elements { self[name] = value }
    }

    public subscript(name: String) -> DOTValue? {
        get { entries.first { $0.name == name }?.value }
        set {
            if let index = entries.firstIndex(where: { $0.name == name }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((name, newValue))
            }
        }
    }

    public var isEmpty: Bool { entries.isEmpty }

    public func makeIterator() -> IndexingIterator<[(name: String, value: DOTValue)]> { entries.makeIterator() }

    public static func == (lhs: DOTAttributes, rhs: DOTAttributes) -> Bool {
        lhs.entries.count == rhs.entries.count
            && zip(lhs.entries, rhs.entries).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }
}
