import Foundation

/// Places node labels beside their nodes so that no label covers a node, a cluster's title or another
/// label: each label, most important first, takes the first free spot among twelve around its node (right,
/// left, above, below, the corners, then half-way along the top and bottom), at growing distances; a label with no free spot takes the one
/// that covers least.
///
/// Text size is estimated from the font size (0.6 em a character, an upper bound for Helvetica's
/// letters), so a label is never wider on the page than the box it was placed in.
public enum LabelPlacement {
    /// Estimated width of a character, in ems.
    public static let characterWidth = 0.6
    /// Distances tried between a node's edge and its label, in points.
    static let distances: [Double] = [1.5, 6, 14, 26, 42, 64, 90, 120, 160, 220, 300]
    /// The farthest an optional label goes from its node, in points.
    static let optionalDistance = 64.0

    /// One label to place: the node's box, the text and the font size.
    public struct Request: Sendable {
        public var node: MapLayout.Box
        public var text: String
        public var fontSize: Double
        /// Whether the label may be left out when no spot near its node is free (a label for size only,
        /// not one a role or the reader asked for).
        public var isOptional: Bool

        public init(node: MapLayout.Box, text: String, fontSize: Double, isOptional: Bool = false) {
            self.node = node
            self.text = text
            self.fontSize = fontSize
            self.isOptional = isOptional
        }
    }

    /// Labels longer than this many characters are set on two lines.
    public static let longestLine = 20

    /// The estimated box of `text` (one line per line break) centred at (x, y).
    public static func textBox(_ text: String, fontSize: Double, x: Double, y: Double) -> MapLayout.Box {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let longest = lines.map(\.count).max() ?? 0
        return MapLayout.Box(
            x: x, y: y, halfWidth: Double(longest) * characterWidth * fontSize / 2 + 1,
            halfHeight: Double(max(1, lines.count)) * fontSize * 0.6 + 0.5)
    }

    /// `text` broken at the space nearest its middle when longer than ``longestLine`` characters.
    public static func wrapped(_ text: String) -> String {
        guard text.count > longestLine, !text.contains("\n") else { return text }
        let characters = Array(text)
        let middle = characters.count / 2
        var best: Int?
        for (index, character) in characters.enumerated() where character == " " {
            if best.map({ abs($0 - middle) > abs(index - middle) }) ?? true { best = index }
        }
        guard let cut = best else { return text }
        return String(characters[..<cut]) + "\n" + String(characters[(cut + 1)...])
    }

    /// The centre of each label, in the order of `requests` (most important first); nil for an optional
    /// label with no free spot within ``optionalDistance`` of its node.
    /// - Parameter obstacles: boxes no label may cover (every drawn node, cluster titles).
    /// - Complexity: O(*l* · (*l* + *o*)) for *l* labels and *o* obstacles, with a grid that keeps the
    ///   checks near each candidate.
    public static func place(_ requests: [Request], obstacles: [MapLayout.Box]) -> [(x: Double, y: Double)?] {
        var grid = BoxGrid(cell: 40)
        for obstacle in obstacles { grid.insert(obstacle) }
        var result: [(x: Double, y: Double)?] = []
        result.reserveCapacity(requests.count)
        for request in requests {
            let size = textBox(request.text, fontSize: request.fontSize, x: 0, y: 0)
            var best: (box: MapLayout.Box, covered: Int)?
            search: for distance in distances where !request.isOptional || distance <= optionalDistance {
                for candidate in candidates(around: request.node, label: size, distance: distance) {
                    let covered = grid.overlapCount(candidate)
                    if covered == 0 {
                        best = (candidate, 0)
                        break search
                    }
                    if best == nil || covered < best?.covered ?? .max { best = (candidate, covered) }
                }
            }
            if request.isOptional && best?.covered != 0 {
                result.append(nil)
                continue
            }
            let chosen = best?.box ?? MapLayout.Box(
                x: request.node.x + request.node.halfWidth + size.halfWidth, y: request.node.y,
                halfWidth: size.halfWidth, halfHeight: size.halfHeight)
            grid.insert(chosen)
            result.append((chosen.x, chosen.y))
        }
        return result
    }

    /// Twelve spots around `node`, then a ring of 24 more, at `distance` from its edge: right, left, above, below, then the corners.
    static func candidates(around node: MapLayout.Box, label: MapLayout.Box, distance: Double) -> [MapLayout.Box] {
        let dx = node.halfWidth + label.halfWidth + distance
        let dy = node.halfHeight + label.halfHeight + distance
        var offsets: [(Double, Double)] = [
            (dx, 0), (-dx, 0), (0, dy), (0, -dy), (dx, dy), (-dx, dy), (dx, -dy), (-dx, -dy),
            (0.5 * dx, dy), (-0.5 * dx, dy), (0.5 * dx, -dy), (-0.5 * dx, -dy),
        ]
        // Then a ring of 24 directions, for crowded places.
        for step in 0..<24 {
            let angle = Double(step) * Double.pi / 12
            offsets.append((1.45 * dx * cos(angle), 1.45 * dy * sin(angle)))
        }
        return offsets.map { offset in
            MapLayout.Box(
                x: node.x + offset.0, y: node.y + offset.1, halfWidth: label.halfWidth, halfHeight: label.halfHeight)
        }
    }
}

/// Boxes bucketed by a square grid, for counting the boxes a candidate overlaps.
struct BoxGrid {
    let cell: Double
    private var boxes: [MapLayout.Box] = []
    private var buckets: [Int64: [Int]] = [:]

    init(cell: Double) { self.cell = cell }

    private func range(_ box: MapLayout.Box) -> (ClosedRange<Int>, ClosedRange<Int>) {
        func index(_ value: Double) -> Int { Int((value / cell).rounded(.down).clamped(to: -1e6...1e6)) }
        return (index(box.x - box.halfWidth)...index(box.x + box.halfWidth),
                index(box.y - box.halfHeight)...index(box.y + box.halfHeight))
    }

    private static func key(_ column: Int, _ row: Int) -> Int64 { Int64(column) << 32 ^ Int64(row & 0xFFFF_FFFF) }

    mutating func insert(_ box: MapLayout.Box) {
        let number = boxes.count
        boxes.append(box)
        let (columns, rows) = range(box)
        for column in columns { for row in rows { buckets[Self.key(column, row), default: []].append(number) } }
    }

    /// How many stored boxes `box` overlaps.
    func overlapCount(_ box: MapLayout.Box) -> Int {
        var seen = Set<Int>()
        let (columns, rows) = range(box)
        for column in columns {
            for row in rows {
                for number in buckets[Self.key(column, row)] ?? [] where boxes[number].overlaps(box) {
                    seen.insert(number)
                }
            }
        }
        return seen.count
    }
}

extension Double {
    fileprivate func clamped(to limits: ClosedRange<Double>) -> Double {
        Swift.min(Swift.max(self, limits.lowerBound), limits.upperBound)
    }
}
