import ArgumentParser

extension LiaisonCommand {
    /// Placeholder; the generator work replaces this file.
    public struct Generate: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Generate a synthetic learning-community network.")

        public init() {}

        public func run() throws {}
    }
}
