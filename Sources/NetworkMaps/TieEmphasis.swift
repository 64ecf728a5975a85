import NetworkModel

/// Which tie kinds a default map draws in full and which it draws faint.
///
/// Ties that are relationships between actors (collaborating, funding, advising, leading, convening,
/// sharing, and every kind Liaison does not know) carry the map's message; affiliations (being a member,
/// taking part, attending, adopting a practice) are many, and mostly say who belongs where, which the
/// colours and boxes already show. So affiliations are drawn faint, unless the network has nothing else.
public enum TieEmphasis {
    /// The affiliation kinds a default map draws faint.
    public static let affiliationKinds: Set<TieKind> = [.memberOf, .participatesIn, .attended, .adopts]

    /// The kinds to draw faint among those `present`: the affiliations, or none when every kind present is one.
    /// - Complexity: O(*k*) for *k* kinds.
    public static func faintKinds(present: Set<TieKind>) -> Set<TieKind> {
        let faint = present.intersection(affiliationKinds)
        return faint.count == present.count ? [] : faint
    }
}
