import NetworkModel

/// The contacts through which a practice can travel, indexed by node: every node's ties (except
/// `adopts`) and every node's event attendances, with the attendees of every event.
struct ContactIndex: Sendable {
    struct Attendance: Sendable {
        let node: Int32
        let event: Int32
        let date: PartialDate?
    }

    /// For each node, the indices of its ties in ``Network/ties`` other than `adopts` and self-loops.
    private(set) var tiesOfNode: [[Int]]
    /// For each node, its `attended` ties (the event is the tie's target).
    private(set) var attendancesOfNode: [[Attendance]]
    /// For each event node, who attended it.
    private(set) var attendeesOfEvent: [[Attendance]]
    /// Each node's `date` attribute as a date, used when an attendance has no date of its own.
    let nodeDates: [PartialDate?]

    /// O(n + m).
    init(_ network: Network) {
        tiesOfNode = Array(repeating: [], count: network.nodeCount)
        attendancesOfNode = Array(repeating: [], count: network.nodeCount)
        attendeesOfEvent = Array(repeating: [], count: network.nodeCount)
        nodeDates = network.nodes.map { node in node.attributes["date"].flatMap { try? PartialDate(iso: $0) } }
        for (index, tie) in network.ties.enumerated() where tie.kind != .adopts && !tie.isSelfLoop {
            tiesOfNode[Int(tie.source)].append(index)
            tiesOfNode[Int(tie.target)].append(index)
            if tie.kind == .attended {
                let attendance = Attendance(node: tie.source, event: tie.target, date: tie.start)
                attendancesOfNode[Int(tie.source)].append(attendance)
                attendeesOfEvent[Int(tie.target)].append(attendance)
            }
        }
    }

    /// The date two attendances of the same event share: the later of their own dates when both have
    /// one, else the event's `date` attribute; nil when neither is known.
    func coAttendanceDate(_ a: Attendance, _ b: Attendance) -> PartialDate? {
        if let dateA = a.date, let dateB = b.date { return max(dateA, dateB) }
        return nodeDates[Int(a.event)]
    }
}
