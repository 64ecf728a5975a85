/// Where a layout program put a map's nodes and cluster boxes, read from Graphviz's laid-out DOT
/// output (`-Tdot`: `pos`, `width`, `height` of nodes, `bb` of clusters), in points.
///
/// The reader tokenises DOT (quoted strings with their escapes and line continuations, HTML strings,
/// punctuation), so no text inside a label or tooltip can be mistaken for a position.
public struct MapLayout: Sendable, Equatable {
    /// A node's centre and half sizes, in points.
    public struct Box: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public var halfWidth: Double
        public var halfHeight: Double

        public init(x: Double, y: Double, halfWidth: Double, halfHeight: Double) {
            self.x = x
            self.y = y
            self.halfWidth = halfWidth
            self.halfHeight = halfHeight
        }

        func overlaps(_ other: Box, margin: Double = 0) -> Bool {
            abs(x - other.x) < halfWidth + other.halfWidth + margin
                && abs(y - other.y) < halfHeight + other.halfHeight + margin
        }
    }

    /// Nodes by DOT id (`n12`).
    public var nodes: [String: Box]
    /// Cluster boxes by DOT subgraph id (`cluster_c0`), with the label's centre when Graphviz gives one.
    public var clusters: [String: (box: Box, label: (x: Double, y: Double)?)]

    public static func == (lhs: MapLayout, rhs: MapLayout) -> Bool {
        lhs.nodes == rhs.nodes && lhs.clusters.keys.sorted() == rhs.clusters.keys.sorted()
    }

    /// Reads laid-out DOT text. Nodes without a readable `pos` are left out.
    /// - Complexity: O(length of the text).
    public init(laidOutDOT text: String) {
        let tokens = Self.tokens(Array(text.utf8))
        var nodes: [String: Box] = [:]
        var clusters: [String: (box: Box, label: (x: Double, y: Double)?)] = [:]
        var stack: [String] = []
        var pendingSubgraph: String?
        var index = 0
        func attributes(from start: Int) -> (values: [String: String], end: Int) {
            var values: [String: String] = [:]
            var i = start + 1
            while i < tokens.count, tokens[i] != .close("]") {
                if case .word(let name) = tokens[i], i + 2 < tokens.count, tokens[i + 1] == .equals {
                    if case .word(let value) = tokens[i + 2] { values[name] = value }
                    i += 3
                } else {
                    i += 1
                }
            }
            return (values, i)
        }
        while index < tokens.count {
            switch tokens[index] {
            case .word("subgraph"):
                if index + 1 < tokens.count, case .word(let name) = tokens[index + 1] { pendingSubgraph = name }
                index += 2
                continue
            case .open("{"):
                stack.append(pendingSubgraph ?? "")
                pendingSubgraph = nil
            case .close("}"):
                _ = stack.popLast()
            case .word(let name):
                let next = index + 1 < tokens.count ? tokens[index + 1] : .equals
                if next == .edgeOperator {
                    // Skip the edge statement and its attributes.
                    while index < tokens.count, tokens[index] != .semicolon, tokens[index] != .open("[") { index += 1 }
                    if index < tokens.count, tokens[index] == .open("[") { index = attributes(from: index).end }
                } else if next == .open("[") {
                    let (values, end) = attributes(from: index + 1)
                    if name == "graph", let cluster = stack.last, cluster.hasPrefix("cluster"),
                        let bb = values["bb"].map(Self.numbers), bb.count == 4
                    {
                        let box = Box(
                            x: (bb[0] + bb[2]) / 2, y: (bb[1] + bb[3]) / 2, halfWidth: (bb[2] - bb[0]) / 2,
                            halfHeight: (bb[3] - bb[1]) / 2)
                        let lp = values["lp"].map(Self.numbers)
                        clusters[cluster] = (box, lp.flatMap { $0.count == 2 ? (x: $0[0], y: $0[1]) : nil })
                    } else if name != "graph", name != "node", name != "edge",
                        let pos = values["pos"].map(Self.numbers), pos.count >= 2,
                        let width = values["width"].flatMap(Double.init),
                        let height = values["height"].flatMap(Double.init)
                    {
                        nodes[name] = Box(x: pos[0], y: pos[1], halfWidth: width * 36, halfHeight: height * 36)
                    }
                    index = end
                }
            default: break
            }
            index += 1
        }
        self.nodes = nodes
        self.clusters = clusters
    }

    enum Token: Equatable {
        case word(String)
        case open(Character)
        case close(Character)
        case equals, semicolon, comma, edgeOperator
    }

    /// `"1.5,2!"` as [1.5, 2]; unreadable parts are dropped.
    static func numbers(_ text: String) -> [Double] {
        text.split(separator: ",").compactMap { Double($0.filter { $0 != "!" }) }
    }

    /// DOT tokens: words (bare, quoted with escapes resolved, or HTML), brackets, `=`, `;`, `,`, `--`/`->`.
    static func tokens(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                i += 1
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                tokens.append(.open(Character(UnicodeScalar(byte))))
                i += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                tokens.append(.close(Character(UnicodeScalar(byte))))
                i += 1
            case UInt8(ascii: "="): tokens.append(.equals); i += 1
            case UInt8(ascii: ";"): tokens.append(.semicolon); i += 1
            case UInt8(ascii: ","): tokens.append(.comma); i += 1
            case UInt8(ascii: "\""):
                var value: [UInt8] = []
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                    if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count {
                        if bytes[i + 1] == UInt8(ascii: "\n") {
                            i += 2
                            continue
                        }
                        value.append(bytes[i])
                        value.append(bytes[i + 1])
                        i += 2
                        continue
                    }
                    value.append(bytes[i])
                    i += 1
                }
                i += 1
                tokens.append(.word(String(decoding: value, as: UTF8.self)))
            case UInt8(ascii: "<"):
                var depth = 0
                let start = i
                repeat {
                    if bytes[i] == UInt8(ascii: "<") { depth += 1 }
                    if bytes[i] == UInt8(ascii: ">") { depth -= 1 }
                    i += 1
                } while i < bytes.count && depth > 0
                tokens.append(.word(String(decoding: bytes[start..<i], as: UTF8.self)))
            case UInt8(ascii: "-") where i + 1 < bytes.count
                && (bytes[i + 1] == UInt8(ascii: "-") || bytes[i + 1] == UInt8(ascii: ">")):
                tokens.append(.edgeOperator)
                i += 2
            default:
                let start = i
                while i < bytes.count, !Self.isDelimiter(bytes[i]) { i += 1 }
                if i == start { i += 1 } else {
                    tokens.append(.word(String(decoding: bytes[start..<i], as: UTF8.self)))
                }
            }
        }
        return tokens
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "="), UInt8(ascii: ";"),
            UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "<"):
            return true
        default: return false
        }
    }
}
