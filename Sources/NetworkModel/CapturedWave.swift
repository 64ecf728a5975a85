/// One survey wave cut from a network, named by its label: what `liaison map-waves` cuts
/// (LearningCommunity's `Network.capturedBy(waves:reading:)`) and what a wave map draws (NetworkMaps'
/// `WaveLayout`).
public struct CapturedWave: Sendable {
    /// The wave's label, as the ties name it.
    public var label: String
    /// The network as the wave captured it.
    public var network: Network

    public init(label: String, network: Network) {
        self.label = label
        self.network = network
    }
}
