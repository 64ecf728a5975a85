import NetworkModel

/// What carried a practice from an earlier adopter to a later one.
public enum DiffusionCarrier: Hashable, Sendable {
    /// A tie between the two adopters: its index in ``Network/ties``, kind and start date (nil when undated).
    case tie(index: Int, kind: TieKind, start: PartialDate?)
    /// Both adopters attended the same event (the network position of the event node) on `date`.
    case coAttendance(event: Int32, date: PartialDate)

    /// The carrier's date: the tie's start or the co-attended event's date.
    public var date: PartialDate? {
        switch self {
        case .tie(_, _, let start): return start
        case .coAttendance(_, let date): return date
        }
    }

    /// The tie kind's name, or `attended` for co-attendance (the words of truth files and reports).
    public var kindName: String {
        switch self {
        case .tie(_, let kind, _): return kind.rawValue
        case .coAttendance: return TieKind.attended.rawValue
        }
    }

    /// Precedence among carriers of the same date: an explicit `shares` tie first, then any other tie,
    /// then co-attendance.
    var precedence: Int {
        switch self {
        case .tie(_, let kind, _): return kind == .shares ? 2 : 1
        case .coAttendance: return 0
        }
    }
}

/// One attributed step of a practice's spread: `to` adopted after `from`, and a carrier joined them.
public struct PracticeTransmission: Hashable, Sendable {
    /// Network position of the practice.
    public let practice: Int32
    /// Network position of the earlier adopter.
    public let from: Int32
    /// Network position of the later adopter.
    public let to: Int32
    public let carrier: DiffusionCarrier
    /// When `from` adopted.
    public let fromAdopted: PartialDate
    /// When `to` adopted.
    public let adopted: PartialDate
    /// Group of `from` in the analysis grouping (-1 for none).
    public let fromGroup: Int32
    /// Group of `to` in the analysis grouping (-1 for none).
    public let toGroup: Int32
}

/// One adopter of a practice.
public struct Adoption: Hashable, Sendable {
    /// Network position of the adopter.
    public let adopter: Int32
    /// The adoption date: the `start` of the adopter's earliest dated `adopts` tie to the practice.
    public let date: PartialDate
    /// The survey wave of that tie, if it has one.
    public let wave: String?
    /// The adopter's group in the analysis grouping (-1 for none).
    public let group: Int32
    /// The adopter's initiative group (-1 for none).
    public let initiative: Int32
    /// The earlier adopter and carrier this adoption is attributed to, if any carrier reached the adopter
    /// (see ``DiffusionReport/analyze(_:grouping:initiatives:)`` for the rule).
    public let source: PracticeTransmission?
}
