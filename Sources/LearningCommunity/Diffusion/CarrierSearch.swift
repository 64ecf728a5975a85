import NetworkModel

/// Finds the carrier that best explains an adoption, among the contacts of the adopter with earlier
/// adopters of the same practice. The rule is documented on ``DiffusionReport/analyze(_:grouping:initiatives:)``.
struct CarrierSearch: Sendable {
    struct Candidate {
        let from: Int32
        let fromAdopted: PartialDate
        let carrier: DiffusionCarrier
    }

    let network: Network
    let contacts: ContactIndex

    /// The best candidate carrier reaching `adopter` (adopted on `date`) from an earlier adopter in
    /// `adoptedOn` accepted by `admits`, or nil.
    /// - Complexity: O(d(v) + Σ attendees of the events v attended).
    func bestCarrier(
        to adopter: Int32, adoptedOn date: PartialDate, earlierAdoptions adoptedOn: [Int32: PartialDate],
        admitting admits: (Int32) -> Bool
    ) -> Candidate? {
        var best: Candidate?
        func consider(_ candidate: Candidate) {
            if best.map({ isBetter(candidate, than: $0) }) ?? true { best = candidate }
        }
        for index in contacts.tiesOfNode[Int(adopter)] {
            let tie = network.ties[index]
            let other = tie.source == adopter ? tie.target : tie.source
            guard let otherAdopted = adoptedOn[other], otherAdopted < date, admits(other) else { continue }
            if let start = tie.start, !(start < date) { continue }
            if let end = tie.end, end < otherAdopted { continue }
            consider(Candidate(
                from: other, fromAdopted: otherAdopted,
                carrier: .tie(index: index, kind: tie.kind, start: tie.start)))
        }
        for attendance in contacts.attendancesOfNode[Int(adopter)] {
            for fellow in contacts.attendeesOfEvent[Int(attendance.event)] where fellow.node != adopter {
                guard let otherAdopted = adoptedOn[fellow.node], otherAdopted < date, admits(fellow.node),
                    let shared = contacts.coAttendanceDate(attendance, fellow), otherAdopted <= shared, shared < date
                else { continue }
                consider(Candidate(
                    from: fellow.node, fromAdopted: otherAdopted,
                    carrier: .coAttendance(event: attendance.event, date: shared)))
            }
        }
        return best
    }

    /// Later carrier date first (undated last), then `shares` over other ties over co-attendance, then
    /// the most recent earlier adopter, then the smaller adopter id, then the smaller tie index or event id.
    private func isBetter(_ a: Candidate, than b: Candidate) -> Bool {
        switch (a.carrier.date, b.carrier.date) {
        case let (dateA?, dateB?) where dateA != dateB: return dateA > dateB
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if a.carrier.precedence != b.carrier.precedence { return a.carrier.precedence > b.carrier.precedence }
        if a.fromAdopted != b.fromAdopted { return a.fromAdopted > b.fromAdopted }
        let idA = network.nodes[Int(a.from)].id, idB = network.nodes[Int(b.from)].id
        if idA != idB { return idA < idB }
        switch (a.carrier, b.carrier) {
        case let (.tie(indexA, _, _), .tie(indexB, _, _)): return indexA < indexB
        case let (.coAttendance(eventA, _), .coAttendance(eventB, _)):
            return network.nodes[Int(eventA)].id < network.nodes[Int(eventB)].id
        default: return false
        }
    }
}
