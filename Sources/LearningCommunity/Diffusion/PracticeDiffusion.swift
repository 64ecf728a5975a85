import NetworkModel

/// How one practice spread: who adopted it when, which groups and initiatives it reached, and the
/// hops that took it into new groups. Made by ``DiffusionReport/analyze(_:grouping:initiatives:)``.
public struct PracticeDiffusion: Hashable, Sendable {
    /// Network position of the practice node.
    public let practice: Int32
    /// Every dated adoption, by date, then adopter id.
    public let adoptions: [Adoption]
    /// Adopters whose every `adopts` tie to the practice is undated: counted nowhere in time.
    public let undatedAdopters: [Int32]
    /// The groups of the analysis grouping the practice reached, in the order it reached them
    /// (ungrouped adopters add none).
    public let groupsReached: [Int32]
    /// The initiative groups the practice reached, in the order it reached them.
    public let initiativesReached: [Int32]
    /// The adoptions that brought the practice into a new group, each with its carrier from another group.
    public let crossGroupHops: [PracticeTransmission]

    /// The first adoption (earliest date; ties broken by adopter id), nil when nobody adopted it with a date.
    public var firstAdoption: Adoption? { adoptions.first }

    /// Cumulative number of adopters at the end of each calendar year, from the year of the first
    /// adoption to the year of the last (years without adoptions included). O(a).
    public var cumulativeAdoptersByYear: [(year: Int, adopters: Int)] {
        guard let first = adoptions.first?.date.year, let last = adoptions.last?.date.year else { return [] }
        var counts = [Int](repeating: 0, count: last - first + 1)
        for adoption in adoptions { counts[adoption.date.year - first] += 1 }
        var total = 0
        return counts.enumerated().map { offset, count in
            total += count
            return (first + offset, total)
        }
    }

    /// Cumulative number of adopters by survey wave: waves ordered by their earliest adoption of this
    /// practice (then by name); adoptions without a wave are not counted. O(a + w log w).
    public var cumulativeAdoptersByWave: [(wave: String, adopters: Int)] {
        var firstDate: [String: PartialDate] = [:]
        var counts: [String: Int] = [:]
        for adoption in adoptions {
            guard let wave = adoption.wave else { continue }
            counts[wave, default: 0] += 1
            if firstDate[wave] == nil { firstDate[wave] = adoption.date }
        }
        let order = counts.keys.sorted { a, b in
            switch (firstDate[a], firstDate[b]) {
            case let (dateA?, dateB?) where dateA != dateB: return dateA < dateB
            default: return a < b
            }
        }
        var total = 0
        return order.map { wave in
            total += counts[wave] ?? 0
            return (wave, total)
        }
    }
}
