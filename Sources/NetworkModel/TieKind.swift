/// What a tie means: membership, participation, leadership, funding, and so on,
/// or any other kind the data names.
///
/// Each well-known kind has a default direction (``defaultDirection``); a
/// direction column in the data overrides it tie by tie.
public struct TieKind: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String

    /// Creates a kind from the data's word: lower-cased, trimmed, inner spaces and hyphens as `_`.
    public init(rawValue: String) {
        var word = rawValue.trimmingWhitespace().lowercased()
        if word.contains(where: { $0 == " " || $0 == "-" }) {
            word = String(word.map { $0 == " " || $0 == "-" ? "_" : $0 })
        }
        self.rawValue = word
    }

    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }

    public static func < (lhs: TieKind, rhs: TieKind) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let memberOf: TieKind = "member_of"
    public static let participatesIn: TieKind = "participates_in"
    public static let leads: TieKind = "leads"
    public static let funds: TieKind = "funds"
    public static let convenes: TieKind = "convenes"
    public static let adopts: TieKind = "adopts"
    public static let shares: TieKind = "shares"
    public static let collaboratesWith: TieKind = "collaborates_with"
    public static let attended: TieKind = "attended"
    public static let advises: TieKind = "advises"
    /// The kind of a tie whose data names none.
    public static let tie: TieKind = "tie"

    /// The kinds Liaison knows by name.
    public static let wellKnown: [TieKind] = [
        .memberOf, .participatesIn, .leads, .funds, .convenes, .adopts, .shares, .collaboratesWith, .attended,
        .advises,
    ]

    /// The direction a tie of this kind has when the data does not say:
    /// `collaborates_with`, `shares` and unnamed ties are undirected; every
    /// other well-known kind points from its actor to its object (a person
    /// *is a member of* an organization). Kinds Liaison does not know are undirected.
    public var defaultDirection: TieDirection {
        switch self {
        case .memberOf, .participatesIn, .leads, .funds, .convenes, .adopts, .attended, .advises: return .directed
        default: return .undirected
        }
    }
}
