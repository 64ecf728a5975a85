import NetworkModel

/// Relationship quality as the PARTNER tool measures it (Varda, Chandra, Stern & Lurie, "Core dimensions of
/// connectivity in public health collaboratives", *J. Public Health Management and Practice* 14(5), 2008;
/// PARTNER CPRM): each partner is rated by the others on **value** (power/influence, level of involvement,
/// resource contribution) and **trust** (reliability, support of the mission, openness to discussion), each
/// item on a small ordinal scale (1 to 4 in PARTNER).
///
/// **Definitions.** A rating question is assigned to an item when its text contains the item's words
/// (case ignored): reliab → reliability; mission → mission support; open or discussion → openness;
/// power or influence → power/influence; involve → involvement; resource → resources. For a node, an item's
/// score is the mean of the ratings it received on that item; its **trust** (or **value**) score is the mean
/// of its item scores on the dimension's items that it was rated on. The network's item score is the mean of
/// all ratings on the item; the network's dimension score is the mean of its item scores. Each score is also
/// given as a share of the scale's maximum (`score / maximum`), as PARTNER reports percentages.
///
/// - Complexity: O(r) for r ratings.
public struct PartnerScores: Sendable, Equatable {
    /// The six PARTNER items.
    public enum Item: String, Sendable, CaseIterable {
        case reliability, missionSupport = "mission_support", openness
        case powerInfluence = "power_influence", involvement, resources

        public var dimension: Dimension {
            switch self {
            case .reliability, .missionSupport, .openness: .trust
            case .powerInfluence, .involvement, .resources: .value
            }
        }

        /// The item a question's text asks about, or nil.
        public static func asked(by question: String) -> Item? {
            let text = question.lowercased()
            if text.contains("reliab") { return .reliability }
            if text.contains("mission") { return .missionSupport }
            if text.contains("open") || text.contains("discussion") { return .openness }
            if text.contains("power") || text.contains("influence") { return .powerInfluence }
            if text.contains("involve") { return .involvement }
            if text.contains("resource") { return .resources }
            return nil
        }
    }

    public enum Dimension: String, Sendable, CaseIterable {
        case trust, value
    }

    /// One rating: who rated whom on which question, and the value (as a survey import records it).
    public typealias Rating = SurveySummary.Rating

    /// The questions read as each item.
    public var questions: [Item: [String]]
    /// Per node (by network position): each item's mean rating received (nil when not rated on it).
    public var nodeItems: [[Item: Double]]
    /// Per node: each dimension's score (nil when not rated on any of its items).
    public var nodeScores: [[Dimension: Double]]
    /// Each item's mean over all ratings.
    public var networkItems: [Item: Double]
    /// Each dimension's score for the network: the mean of its item scores.
    public var networkScores: [Dimension: Double]
    /// The scale's maximum, for shares.
    public var scaleMaximum: Double

    /// Scores from `ratings` of a network with `nodeCount` nodes; questions that name no item are left out.
    public static func compute(_ ratings: [Rating], nodeCount: Int, scaleMaximum: Double = 4) -> PartnerScores {
        var questions: [Item: [String]] = [:]
        var nodeSums = [[Item: (Double, Int)]](repeating: [:], count: nodeCount)
        var networkSums: [Item: (Double, Int)] = [:]
        for rating in ratings {
            guard let item = Item.asked(by: rating.question), rating.rated >= 0, Int(rating.rated) < nodeCount else {
                continue
            }
            if !(questions[item]?.contains(rating.question) ?? false) { questions[item, default: []].append(rating.question) }
            let node = nodeSums[Int(rating.rated)][item] ?? (0, 0)
            nodeSums[Int(rating.rated)][item] = (node.0 + rating.value, node.1 + 1)
            let all = networkSums[item] ?? (0, 0)
            networkSums[item] = (all.0 + rating.value, all.1 + 1)
        }
        func means(_ sums: [Item: (Double, Int)]) -> [Item: Double] {
            sums.mapValues { $0.0 / Double($0.1) }
        }
        func dimensions(_ items: [Item: Double]) -> [Dimension: Double] {
            var scores: [Dimension: Double] = [:]
            for dimension in Dimension.allCases {
                let values = Item.allCases.filter { $0.dimension == dimension }.compactMap { items[$0] }
                if !values.isEmpty { scores[dimension] = values.reduce(0, +) / Double(values.count) }
            }
            return scores
        }
        let nodeItems = nodeSums.map(means)
        let networkItems = means(networkSums)
        return PartnerScores(
            questions: questions, nodeItems: nodeItems, nodeScores: nodeItems.map(dimensions),
            networkItems: networkItems, networkScores: dimensions(networkItems), scaleMaximum: scaleMaximum)
    }

    /// Whether any rating question was read as a PARTNER item.
    public var isEmpty: Bool { questions.isEmpty }
}
