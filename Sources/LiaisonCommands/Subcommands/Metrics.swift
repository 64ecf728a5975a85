import ArgumentParser

extension LiaisonCommand {
    /// Placeholder.
    public struct Metrics: ParsableCommand {
        public static let configuration = CommandConfiguration(abstract: "Metrics.")

        public init() {}

        public func run() throws {}
    }
}
