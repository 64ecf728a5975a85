import ArgumentParser

extension LiaisonCommand {
    /// Placeholder.
    public struct Validate: ParsableCommand {
        public static let configuration = CommandConfiguration(abstract: "Validate.")

        public init() {}

        public func run() throws {}
    }
}
