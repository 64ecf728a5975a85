/// Guimerà and Amaral's seven node roles, from the within-group degree z-score `z` and the
/// participation coefficient `P` (see ``Participation``).
///
/// Hubs have `z ≥ hubZ` (2.5). Non-hubs: R1 ultra-peripheral `P ≤ 0.05`, R2 peripheral
/// `0.05 < P ≤ 0.62`, R3 non-hub connector `0.62 < P ≤ 0.80`, R4 non-hub kinless `P > 0.80`.
/// Hubs: R5 provincial hub `P ≤ 0.30`, R6 connector hub `0.30 < P ≤ 0.75`, R7 kinless hub
/// `P > 0.75`. Every boundary value belongs to the lower class.
///
/// Reference: R. Guimerà and L. A. N. Amaral, "Functional cartography of complex metabolic
/// networks", Nature 433, 895–900 (2005), doi:10.1038/nature03288.
public enum GroupRole: Int, Sendable, CaseIterable, Equatable {
    case ultraPeripheral = 1
    case peripheral = 2
    case nonHubConnector = 3
    case nonHubKinless = 4
    case provincialHub = 5
    case connectorHub = 6
    case kinlessHub = 7

    /// The role's short name, `R1` … `R7`.
    public var code: String { "R\(rawValue)" }

    /// The role of a node with z-score `z` and participation `participation`; nil when either is
    /// NaN (an ungrouped node).
    /// - Complexity: O(1).
    public static func classify(
        z: Double, participation: Double, thresholds: GroupRoleThresholds = GroupRoleThresholds()
    ) -> GroupRole? {
        guard !z.isNaN, !participation.isNaN else { return nil }
        let t = thresholds
        if z >= t.hubZ {
            if participation <= t.provincialHubMaximum { return .provincialHub }
            return participation <= t.connectorHubMaximum ? .connectorHub : .kinlessHub
        }
        if participation <= t.ultraPeripheralMaximum { return .ultraPeripheral }
        if participation <= t.peripheralMaximum { return .peripheral }
        return participation <= t.nonHubConnectorMaximum ? .nonHubConnector : .nonHubKinless
    }

    /// The role of every node (nil for ungrouped nodes).
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` when the columns differ in length.
    /// - Complexity: O(n).
    public static func classify(
        z: [Double], participation: [Double], thresholds: GroupRoleThresholds = GroupRoleThresholds()
    ) throws(AlgorithmError) -> [GroupRole?] {
        guard z.count == participation.count else {
            throw .invalidParameter(
                name: "participation", value: "\(participation.count) values",
                reason: "needs as many values as z (\(z.count))")
        }
        return zip(z, participation).map { classify(z: $0, participation: $1, thresholds: thresholds) }
    }
}

/// The boundaries between the roles of ``GroupRole`` (Guimerà & Amaral's values by default).
public struct GroupRoleThresholds: Sendable, Equatable {
    /// z-score from which a node is a hub (2.5).
    public let hubZ: Double
    /// Largest P of an ultra-peripheral node (0.05).
    public let ultraPeripheralMaximum: Double
    /// Largest P of a peripheral node (0.62).
    public let peripheralMaximum: Double
    /// Largest P of a non-hub connector (0.80).
    public let nonHubConnectorMaximum: Double
    /// Largest P of a provincial hub (0.30).
    public let provincialHubMaximum: Double
    /// Largest P of a connector hub (0.75).
    public let connectorHubMaximum: Double

    /// Guimerà and Amaral's thresholds.
    public init() {
        hubZ = 2.5
        ultraPeripheralMaximum = 0.05
        peripheralMaximum = 0.62
        nonHubConnectorMaximum = 0.80
        provincialHubMaximum = 0.30
        connectorHubMaximum = 0.75
    }

    /// Custom thresholds.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` when a value is not finite or
    ///   the participation boundaries are not increasing within 0...1
    ///   (`ultraPeripheral ≤ peripheral ≤ nonHubConnector`, `provincialHub ≤ connectorHub`).
    public init(
        hubZ: Double, ultraPeripheralMaximum: Double, peripheralMaximum: Double, nonHubConnectorMaximum: Double,
        provincialHubMaximum: Double, connectorHubMaximum: Double
    ) throws(AlgorithmError) {
        guard hubZ.isFinite else {
            throw .invalidParameter(name: "hubZ", value: "\(hubZ)", reason: "must be finite")
        }
        let nonHub = [ultraPeripheralMaximum, peripheralMaximum, nonHubConnectorMaximum]
        let hub = [provincialHubMaximum, connectorHubMaximum]
        for boundaries in [nonHub, hub] {
            let valid = boundaries.allSatisfy { (0...1).contains($0) } && zip(boundaries, boundaries.dropFirst()).allSatisfy { $0 <= $1 }
            guard valid else {
                throw .invalidParameter(
                    name: "participation thresholds", value: "\(boundaries)",
                    reason: "must lie in 0...1 and increase")
            }
        }
        self.hubZ = hubZ
        self.ultraPeripheralMaximum = ultraPeripheralMaximum
        self.peripheralMaximum = peripheralMaximum
        self.nonHubConnectorMaximum = nonHubConnectorMaximum
        self.provincialHubMaximum = provincialHubMaximum
        self.connectorHubMaximum = connectorHubMaximum
    }
}
