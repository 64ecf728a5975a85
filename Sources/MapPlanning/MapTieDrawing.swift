import NetworkMaps
import NetworkModel

/// Which ties a map draws and how (`--tie-kinds`), unless a preset chooses its own.
public enum MapTieDrawing: Hashable, Sendable {
    /// Every tie in full, affiliations (``TieEmphasis/affiliationKinds``) faint: the default.
    case affiliationsFaint
    /// Every tie kind in full (`--tie-kinds all`).
    case all
    /// Only these kinds, in full (`--tie-kinds funds,convenes`).
    case only(Set<TieKind>)

    /// Reads `--tie-kinds`: nil is the default, `all` every kind, otherwise a comma-separated list of kinds.
    public init(option: String?) {
        switch option {
        case nil: self = .affiliationsFaint
        case "all"?: self = .all
        case let list?: self = .only(Set(list.split(separator: ",").map { TieKind(rawValue: String($0)) }))
        }
    }

    /// Sets `options`' drawn and faint tie kinds for `network` as this choice says.
    public func apply(to options: inout MapOptions, network: Network) {
        switch self {
        case .all: return
        case .only(let kinds): options.drawnTieKinds = kinds
        case .affiliationsFaint: options.faintTieKinds = MapChoices.faintTieKinds(network)
        }
    }
}
