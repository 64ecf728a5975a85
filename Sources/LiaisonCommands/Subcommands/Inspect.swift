import ArgumentParser

extension LiaisonCommand {
    /// Placeholder.
    public struct Inspect: ParsableCommand {
        public static let configuration = CommandConfiguration(abstract: "Inspect.")

        public init() {}

        public func run() throws {}
    }
}
