import ArgumentParser

/// Where and in which form a command writes its result.
public struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write the result to this file (atomically) instead of standard output.")
    public var output: String?

    @Flag(
        name: .customLong("raw-csv"),
        help: "Write CSV cells exactly as the data has them: no ' before cells a spreadsheet would run as formulas (=, +, -, @).")
    public var rawCSV = false

    public init() {}
}
