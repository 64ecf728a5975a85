import NetworkAnalysis
import NetworkModel

/// The main figures of one survey wave: the network made of that wave's ties and the nodes they touch
/// (`Network.selecting(TieSelection(wave:))`).
public struct WaveFigures: Sendable, Equatable {
    public let wave: String
    public let nodes: Int
    public let ties: Int
    public let density: Double
    public let components: Int
    public let largestComponent: Int

    /// Figures for each wave, in the order given.
    /// - Complexity: O(*w* · (*n* + *m*)) for *w* waves.
    static func compute(_ network: Network, waves: [String]) -> [WaveFigures] {
        waves.map { wave in
            let summary = NetworkSummary(network.selecting(TieSelection(wave: wave)))
            return WaveFigures(
                wave: wave, nodes: summary.nodeCount, ties: summary.tieCount, density: summary.density,
                components: summary.componentCount, largestComponent: summary.largestComponentSize)
        }
    }
}
