import ArgumentParser
import ResultRendering

/// The forms of a command that prints a summary rather than a table (`inspect`, `validate`, `survey`).
public enum SummaryFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Plain text for reading.
    case text
    /// JSON with numbers at full precision.
    case json
}

extension TableFormat: ExpressibleByArgument {}

/// `--format` of every command that prints tables.
public struct TableFormatOptions: ParsableArguments {
    @Option(help: "table, csv or json (default: table on a terminal, csv otherwise).")
    public var format: TableFormat?

    public init() {}

    /// The format asked for; without `--format`, a table on a terminal and CSV into a file or a pipe.
    func chosen(writingTo output: OutputOptions) -> TableFormat {
        format ?? (output.output == nil && CommandContext.standardOutputIsTerminal ? .table : .csv)
    }
}
