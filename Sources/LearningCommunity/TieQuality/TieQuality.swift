import NetworkModel

/// Ratings of ties from partner surveys (trust, value, frequency, … on a numeric scale such as 1–4),
/// averaged per node and per group.
public struct TieQuality: Sendable {
    /// A mean and the number of ratings behind it.
    public struct Summary: Hashable, Sendable {
        /// Number of rated ties.
        public let count: Int
        /// Mean rating; nil when no tie is rated.
        public let mean: Double?

        init(sum: Double, count: Int) {
            self.count = count
            self.mean = count > 0 ? sum / Double(count) : nil
        }
    }

    /// One rated tie.
    struct Rating {
        let source: Int32
        let target: Int32
        let value: Double
    }

    /// The tie attribute aggregated.
    public let attribute: String
    /// For each network node (by position), the mean over its rated ties.
    public let nodes: [Summary]
    /// The mean over every rated tie.
    public let overall: Summary
    let ratings: [Rating]

    /// Reads a numeric tie attribute and averages it per node.
    ///
    /// **Definition**: a tie is rated when it has a non-blank value for `attribute` (ties without one are
    /// left out, not counted as 0). A node's summary is the count and arithmetic mean of the ratings of
    /// the ties it is an endpoint of (either direction; a self-loop counts once; parallel ties each count).
    /// Values are read as decimal numbers after trimming spaces (`3`, `2.5`, `1e0`). Tie weights, kinds
    /// and dates are not used; every rated tie counts once, whatever its weight.
    ///
    /// - Throws: ``TieQualityError/unknownAttribute(name:available:)`` when no tie has a value for it;
    ///   ``TieQualityError/nonNumericValue(attribute:source:target:value:)`` naming the first tie (in data
    ///   order) whose value is not a finite number.
    /// - Complexity: O(n + m).
    /// - Reference: the trust and value ratings of the PARTNER survey, as analysed in D. M. Varda and
    ///   J. H. Retrum, "An exploratory analysis of network characteristics and quality of interactions
    ///   among public health collaboratives", J. Public Health Res. 1(2) (2012),
    ///   https://doi.org/10.4081/jphr.2012.e27.
    public static func aggregate(_ network: Network, attribute requested: String) throws(TieQualityError) -> TieQuality {
        let attribute = network.tieAttributeName(matching: requested) ?? requested
        var ratings: [Rating] = []
        for tie in network.ties {
            guard let raw = tie.attributes[attribute] else { continue }
            let text = raw.trimmingWhitespace()
            guard !text.isEmpty else { continue }
            guard let value = Double(text), value.isFinite else {
                throw .nonNumericValue(
                    attribute: attribute, source: network.nodes[Int(tie.source)].id,
                    target: network.nodes[Int(tie.target)].id, value: raw)
            }
            ratings.append(Rating(source: tie.source, target: tie.target, value: value))
        }
        guard !ratings.isEmpty else {
            throw .unknownAttribute(name: attribute, available: network.tieAttributeNames)
        }
        var sums = [Double](repeating: 0, count: network.nodeCount)
        var counts = [Int](repeating: 0, count: network.nodeCount)
        var total = 0.0
        for rating in ratings {
            total += rating.value
            for node in rating.source == rating.target ? [rating.source] : [rating.source, rating.target] {
                sums[Int(node)] += rating.value
                counts[Int(node)] += 1
            }
        }
        return TieQuality(
            attribute: attribute, nodes: zip(sums, counts).map { Summary(sum: $0, count: $1) },
            overall: Summary(sum: total, count: ratings.count), ratings: ratings)
    }

    /// The mean rating per group: over the rated ties with at least one endpoint in the group, a tie
    /// inside the group counted once. Aligned with `grouping.groupNames`.
    /// - Throws: ``GroupingError/sizeMismatch(groupingNodes:networkNodes:)`` when the grouping was made for
    ///   a network of another size.
    /// - Complexity: O(n + r) for r rated ties.
    public func groups(_ grouping: NodeGrouping) throws(GroupingError) -> [Summary] {
        guard grouping.membership.count == nodes.count else {
            throw .sizeMismatch(groupingNodes: grouping.membership.count, networkNodes: nodes.count)
        }
        var sums = [Double](repeating: 0, count: grouping.groupCount)
        var counts = [Int](repeating: 0, count: grouping.groupCount)
        for rating in ratings {
            let first = grouping.group(ofNodeAt: rating.source), second = grouping.group(ofNodeAt: rating.target)
            for group in first == second ? [first] : [first, second] where group >= 0 {
                sums[Int(group)] += rating.value
                counts[Int(group)] += 1
            }
        }
        return zip(sums, counts).map { Summary(sum: $0, count: $1) }
    }
}
