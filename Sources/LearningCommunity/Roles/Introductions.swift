import NetworkModel

/// Every tie of a network seen from both ends, with its dates, for questions of the form "were these two
/// connected before that day?".
struct TimedAdjacency: Sendable {
    struct Entry: Sendable {
        var neighbor: Int32
        var tie: Int
        /// Day numbers; nil start = always present, nil end = never ended.
        var startDay: Int?
        var endDay: Int?
    }

    let entries: [[Entry]]

    init(_ network: Network) {
        var entries = [[Entry]](repeating: [], count: network.nodeCount)
        for (index, tie) in network.ties.enumerated() where !tie.isSelfLoop {
            let start = tie.start?.dayNumber
            let end = tie.end?.dayNumber
            entries[Int(tie.source)].append(Entry(neighbor: tie.target, tie: index, startDay: start, endDay: end))
            entries[Int(tie.target)].append(Entry(neighbor: tie.source, tie: index, startDay: start, endDay: end))
        }
        self.entries = entries
    }

    /// Whether the tie was present before `day` (nil day: at any time).
    static func presentBefore(_ entry: Entry, _ day: Int?) -> Bool {
        guard let day else { return true }
        if let start = entry.startDay, start >= day { return false }
        if let end = entry.endDay, end <= day { return false }
        return true
    }

    /// The neighbours of `node` through ties present before `day`.
    func neighbors(of node: Int32, before day: Int?) -> Set<Int32> {
        var result = Set<Int32>()
        for entry in entries[Int(node)] where Self.presentBefore(entry, day) { result.insert(entry.neighbor) }
        return result
    }
}

/// A pair of participants a funder brought together (see `GrantmakerRoles`).
struct Introduction: Sendable {
    var first: Int32
    var second: Int32
    var firstTie: Int
    var secondTie: Int
    /// The later start of the funder's two ties (both are dated: an undated tie makes no introduction).
    var date: PartialDate
    /// The first tie between the pair that began on or after the introduction.
    var followUp: (tie: Int, start: PartialDate?)?
}

enum Introductions {
    /// Whether introductions can be tested for `funder`: at least one of its ties to a participant, other
    /// than a grant, has a start date. Without dates there is no "before", so no introduction is credited.
    static func testable(by funder: Int32, network: Network, timeline: TimedAdjacency) -> Bool {
        timeline.entries[Int(funder)].contains { entry in
            entry.startDay != nil && network.ties[entry.tie].kind != .funds
        }
    }

    /// The introductions made by `funder`, ordered by date, then by the pair's positions.
    static func made(
        by funder: Int32, network: Network, timeline: TimedAdjacency, groups: [Int32]?, windowDays: Int
    ) -> [Introduction] {
        let participantKinds: Set<NodeKind> = [.person, .organization]
        var funded = Set<Int32>()
        for entry in timeline.entries[Int(funder)] where network.ties[entry.tie].kind == .funds {
            funded.insert(entry.neighbor)
        }
        // One contact tie per participant: the earliest-starting non-funding tie.
        var contact: [Int32: TimedAdjacency.Entry] = [:]
        for entry in timeline.entries[Int(funder)] {
            let tie = network.ties[entry.tie]
            guard tie.kind != .funds, !funded.contains(entry.neighbor),
                participantKinds.contains(network.nodes[Int(entry.neighbor)].kind)
            else { continue }
            if let known = contact[entry.neighbor], Self.startsNoLater(known, than: entry) { continue }
            contact[entry.neighbor] = entry
        }
        let participants = contact.keys.sorted()
        var found: [Introduction] = []
        for (i, a) in participants.enumerated() {
            for b in participants[(i + 1)...] {
                guard let tieA = contact[a], let tieB = contact[b] else { continue }
                if let groups {
                    let ga = groups[Int(a)]
                    let gb = groups[Int(b)]
                    guard ga >= 0, gb >= 0, ga != gb else { continue }
                }
                // Without both dates there is no "before": whether the pair had met cannot be told.
                guard let sa = tieA.startDay, let sb = tieB.startDay, abs(sa - sb) <= windowDays else { continue }
                let day = max(sa, sb)
                guard let date = sa >= sb ? network.ties[tieA.tie].start : network.ties[tieB.tie].start else { continue }
                let before = timeline.neighbors(of: a, before: day)
                guard !before.contains(b) else { continue }
                var common = before.intersection(timeline.neighbors(of: b, before: day))
                common.remove(funder)
                guard common.isEmpty else { continue }
                found.append(
                    Introduction(
                        first: a, second: b, firstTie: tieA.tie, secondTie: tieB.tie, date: date,
                        followUp: followUp(a, b, after: day, network, timeline)))
            }
        }
        return found.sorted { ($0.date.dayNumber, $0.first, $0.second) < ($1.date.dayNumber, $1.first, $1.second) }
    }

    private static func startsNoLater(_ a: TimedAdjacency.Entry, than b: TimedAdjacency.Entry) -> Bool {
        switch (a.startDay, b.startDay) {
        case (nil, _): return true
        case (_, nil): return false
        case let (x?, y?): return x <= y
        }
    }

    private static func followUp(
        _ a: Int32, _ b: Int32, after day: Int, _ network: Network, _ timeline: TimedAdjacency
    ) -> (tie: Int, start: PartialDate?)? {
        let later = timeline.entries[Int(a)].filter { $0.neighbor == b && ($0.startDay ?? Int.min) >= day }
        guard let first = later.min(by: { ($0.startDay ?? 0, $0.tie) < ($1.startDay ?? 0, $1.tie) }) else { return nil }
        return (first.tie, network.ties[first.tie].start)
    }
}
