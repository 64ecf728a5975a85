/// Reading node positions back from Graphviz's laid-out DOT (`-Tdot`).
extension WaveLayout {
    /// The `pos` of every node statement in laid-out DOT, in points, by node id.
    ///
    /// Reads the subset of DOT that Graphviz writes: statements separated by `;` or new lines, ids plain or
    /// quoted (with `\"` escapes and Graphviz's `\` + newline line continuations inside quotes), attribute
    /// lists in `[...]`. A node statement is an id followed by an attribute list, with no edge operator;
    /// `pos="x,y"` (a trailing `!` allowed) gives its position. Edge positions and other attributes are
    /// skipped; a malformed `pos` leaves the node out.
    /// - Complexity: O(length of the text).
    public static func positions(fromLaidOutDOT text: String) -> [String: (x: Double, y: Double)] {
        let tokens = DOTTokens.split(text)
        var result: [String: (x: Double, y: Double)] = [:]
        var index = 0
        while index < tokens.count {
            // A node statement: ID [ attributes ], not a keyword, not followed by an edge operator.
            guard let id = tokens[index].name, index + 1 < tokens.count, tokens[index + 1] == .punctuation("["),
                !tokens[index].isKeyword, !(index > 0 && tokens[index - 1].isEdgeOperator),
                !(index + 2 < tokens.count && tokens[index + 2] == .edgeOperator)
            else {
                index += 1
                continue
            }
            var cursor = index + 2
            while cursor < tokens.count, tokens[cursor] != .punctuation("]") {
                if tokens[cursor].name == "pos", cursor + 2 < tokens.count,
                    tokens[cursor + 1] == .punctuation("="), let value = tokens[cursor + 2].name,
                    let point = point(value)
                {
                    result[id] = point
                }
                cursor += 1
            }
            index = cursor + 1
        }
        return result
    }

    /// `x,y` or `x,y!` as two numbers.
    static func point(_ text: String) -> (x: Double, y: Double)? {
        let parts = text.split(separator: ",")
        guard parts.count == 2, let x = Double(parts[0]),
            let y = Double(parts[1].hasSuffix("!") ? parts[1].dropLast() : parts[1]), x.isFinite, y.isFinite
        else { return nil }
        return (x, y)
    }
}

/// The tokens of DOT text, enough to find node statements.
enum DOTTokens: Equatable {
    /// An id, keyword, number or quoted string (quotes removed, escapes resolved).
    case identifier(String)
    case quoted(String)
    /// `[`, `]`, `=`, `;`, `,`, `{`, `}`.
    case punctuation(Character)
    /// `--` or `->`.
    case edgeOperator

    var isEdgeOperator: Bool { self == .edgeOperator }

    /// The text of an id or quoted string; nil for punctuation and edge operators.
    var name: String? {
        switch self {
        case .identifier(let text), .quoted(let text): return text
        case .punctuation, .edgeOperator: return nil
        }
    }

    /// An unquoted DOT keyword (`graph`, `node`, `edge`, `subgraph`, `digraph`, `strict`).
    var isKeyword: Bool {
        guard case .identifier(let word) = self else { return false }
        return ["graph", "node", "edge", "subgraph", "digraph", "strict"].contains(word.lowercased())
    }

    static func split(_ text: String) -> [DOTTokens] {
        var tokens: [DOTTokens] = []
        let characters = Array(text.unicodeScalars)
        var i = 0
        func isIdentifierCharacter(_ c: Unicode.Scalar) -> Bool {
            c == "_" || c == "." || c.properties.isAlphabetic || ("0"..."9").contains(c) || c.value > 127
        }
        while i < characters.count {
            let c = characters[i]
            if c == "\"" {
                var value = String.UnicodeScalarView()
                i += 1
                while i < characters.count, characters[i] != "\"" {
                    if characters[i] == "\\", i + 1 < characters.count {
                        let next = characters[i + 1]
                        if next == "\n" {
                            i += 2
                            continue
                        }
                        if next == "\r", i + 2 < characters.count, characters[i + 2] == "\n" {
                            i += 3
                            continue
                        }
                        if next == "\"" {
                            value.append("\"")
                            i += 2
                            continue
                        }
                    }
                    value.append(characters[i])
                    i += 1
                }
                i += 1
                tokens.append(.quoted(String(value)))
            } else if c == "-", i + 1 < characters.count, characters[i + 1] == "-" || characters[i + 1] == ">" {
                tokens.append(.edgeOperator)
                i += 2
            } else if "[]=;,{}".unicodeScalars.contains(c) {
                tokens.append(.punctuation(Character(c)))
                i += 1
            } else if isIdentifierCharacter(c) || c == "-" {
                var value = String.UnicodeScalarView([c])
                i += 1
                while i < characters.count, isIdentifierCharacter(characters[i]) {
                    value.append(characters[i])
                    i += 1
                }
                tokens.append(.identifier(String(value)))
            } else {
                i += 1
            }
        }
        return tokens
    }
}
