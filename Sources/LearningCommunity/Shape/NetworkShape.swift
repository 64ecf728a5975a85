/// The measured indicators a network's shape is read from.
public struct ShapeIndicators: Sendable, Equatable {
    public var nodes: Int
    /// Weakly connected components, isolates included.
    public var components: Int
    /// Share of nodes in the largest component.
    public var largestComponentShare: Double
    /// Freeman degree centralisation, 0 (all alike) to 1 (a star).
    public var degreeCentralization: Double
    /// Nodes whose degree z-score is at least the hub threshold.
    public var hubs: Int
    /// Pearson correlation of the ties with the ideal core/periphery pattern (Borgatti–Everett).
    public var corePeripheryFit: Double
    /// Share of nodes in that core.
    public var coreShare: Double

    public init(
        nodes: Int, components: Int, largestComponentShare: Double, degreeCentralization: Double, hubs: Int,
        corePeripheryFit: Double, coreShare: Double
    ) {
        self.nodes = nodes
        self.components = components
        self.largestComponentShare = largestComponentShare
        self.degreeCentralization = degreeCentralization
        self.hubs = hubs
        self.corePeripheryFit = corePeripheryFit
        self.coreShare = coreShare
    }
}

/// Thresholds of the shape classification.
public struct ShapeThresholds: Sendable, Equatable {
    /// Below this share of nodes in the largest component the network is scattered fragments.
    public var fragmentedBelowLargestShare = 0.5
    /// From this degree centralisation on, one hub dominates.
    public var hubAndSpokeMinimumCentralization = 0.5
    /// From this core/periphery correlation on, with a core of at most `coreMaximumShare` of the nodes,
    /// the network has a core and a periphery.
    public var corePeripheryMinimumFit = 0.5
    public var coreMaximumShare = 0.5
    /// At least this many hubs make a multi-hub network.
    public var multiHubMinimumHubs = 2

    public init() {}
}

/// The shape of a network in the terms practitioners use, after Krebs & Holley, *Building Smart
/// Communities through Network Weaving* (2006), whose four stages a growing network passes through:
/// scattered fragments, a single hub-and-spoke, a multi-hub small world, and a core/periphery network.
public enum NetworkShape: String, Sendable, CaseIterable {
    case scatteredFragments = "scattered fragments"
    case hubAndSpoke = "hub-and-spoke"
    case multiHub = "multi-hub"
    case corePeriphery = "core-periphery"
    /// None of the four patterns is clear.
    case looselyKnit = "loosely knit"

    /// The shape the indicators show, with the reason in plain language.
    ///
    /// The rules, tried in this order: largest component below `fragmentedBelowLargestShare` of the nodes
    /// → scattered fragments; degree centralisation at least `hubAndSpokeMinimumCentralization` →
    /// hub-and-spoke; core/periphery fit at least `corePeripheryMinimumFit` with a core of at most
    /// `coreMaximumShare` → core-periphery; at least `multiHubMinimumHubs` hubs → multi-hub; otherwise
    /// loosely knit.
    public static func classify(
        _ indicators: ShapeIndicators, thresholds: ShapeThresholds = ShapeThresholds()
    ) -> (shape: NetworkShape, reason: String) {
        guard indicators.nodes > 0 else { return (.looselyKnit, "the analysed graph has no nodes") }
        let largest = RoleText.percent(indicators.largestComponentShare)
        if indicators.largestComponentShare < thresholds.fragmentedBelowLargestShare {
            return (
                .scatteredFragments,
                "\(indicators.components) separate components; the largest holds only \(largest) of the nodes "
                    + "(threshold \(RoleText.percent(thresholds.fragmentedBelowLargestShare)))"
            )
        }
        let centralization = RoleText.number(indicators.degreeCentralization)
        if indicators.degreeCentralization >= thresholds.hubAndSpokeMinimumCentralization {
            return (
                .hubAndSpoke,
                "degree centralisation \(centralization) (threshold "
                    + "\(RoleText.number(thresholds.hubAndSpokeMinimumCentralization))): one node holds most ties"
            )
        }
        let fit = RoleText.number(indicators.corePeripheryFit)
        let hubs = indicators.hubs == 1 ? "1 hub" : "\(indicators.hubs) hubs"
        if indicators.corePeripheryFit >= thresholds.corePeripheryMinimumFit
            && indicators.coreShare <= thresholds.coreMaximumShare
        {
            return (
                .corePeriphery,
                "core/periphery fit \(fit) (threshold \(RoleText.number(thresholds.corePeripheryMinimumFit))): "
                    + "a densely tied core of \(RoleText.percent(indicators.coreShare)) of the nodes with the rest "
                    + "tied mostly to it; degree centralisation \(centralization), \(hubs)"
            )
        }
        if indicators.hubs >= thresholds.multiHubMinimumHubs {
            return (
                .multiHub,
                "\(hubs) and degree centralisation \(centralization): several centres, none "
                    + "dominant; core/periphery fit \(fit)"
            )
        }
        return (
            .looselyKnit,
            "no dominant pattern: degree centralisation \(centralization), \(hubs), "
                + "core/periphery fit \(fit), largest component \(largest) of the nodes"
        )
    }
}
