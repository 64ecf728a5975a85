import ArgumentParser

/// Where and in which form a command writes its result.
public struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write the result to this file (atomically) instead of standard output.")
    public var output: String?

    public init() {}
}
