import ArgumentParser
import NetworkAnalysis
import NetworkIO
import ResultRendering
import OutputEscaping

extension LiaisonCommand {
    /// `liaison inspect PATH`: a summary of what was read.
    public struct Inspect: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Summarise a network: nodes and ties by kind, components, density, dates and warnings.",
            discussion: """
                Example:
                  liaison inspect datasets/integration-initiative
                  liaison inspect datasets/karate --format json
                """)

        @OptionGroup public var input: InputOptions
        @OptionGroup public var output: OutputOptions

        @Option(help: "text or json.")
        public var format: SummaryFormat = .text

        public init() {}

        public func run() throws {
            try OutputGuard.check(output.output, reads: input.readPaths)
            let result = try CommandContext.load(input)
            let summary = NetworkSummary(result.network)
            let text = format == .json
                ? SummaryRendering.json(summary, result: result)
                : SummaryRendering.text(summary, result: result, name: input.displayName)
            try CommandContext.emit(text, to: output)
        }
    }
}

/// The inspect summary as text and JSON.
enum SummaryRendering {
    static func text(_ s: NetworkSummary, result: ImportResult, name: String) -> String {
        var lines: [String] = []
        lines.append("Network \(TableRendering.sanitizedForTerminal(name)) ("
            + result.files.map(TableRendering.sanitizedForTerminal).joined(separator: ", ") + ")")
        lines.append("Nodes: \(s.nodeCount)")
        let kindWidth = (s.nodeKinds.map(\.kind.rawValue.count) + s.tieKinds.map(\.kind.rawValue.count)).max() ?? 0
        for (kind, count) in s.nodeKinds { lines.append("  " + padded(kind.rawValue, kindWidth) + "  \(count)") }
        lines.append("Ties: \(s.tieCount) (\(s.directedTieCount) directed)")
        for (kind, count) in s.tieKinds { lines.append("  " + padded(kind.rawValue, kindWidth) + "  \(count)") }
        let share = s.nodeCount > 0 ? Double(s.largestComponentSize) / Double(s.nodeCount) * 100 : 0
        lines.append(
            "Components: \(s.componentCount) (largest \(s.largestComponentSize) nodes, "
                + "\(DecimalText.fixed(share, decimals: 1))% of all)")
        lines.append("Density: \(DecimalText.fixed(s.density, decimals: 4)) (undirected, parallel ties merged)")
        if let first = s.earliestDate, let last = s.latestDate {
            lines.append("Dates: \(first) to \(last)")
        }
        if !s.waves.isEmpty { lines.append("Waves: " + s.waves.map(TableRendering.sanitizedForTerminal).joined(separator: ", ")) }
        let translated = result.kindWords.filter { $0.recognised && $0.isTranslation }
        if !translated.isEmpty {
            lines.append("Words read as kinds:")
            lines += translated.map { "  " + TableRendering.sanitizedForTerminal($0.description) }
        }
        var warnings: [String] = []
        if !s.isolates.isEmpty {
            let shown = s.isolates.prefix(10).map(TableRendering.sanitizedForTerminal).joined(separator: ", ")
            warnings.append("\(s.isolates.count) isolate\(s.isolates.count == 1 ? "" : "s"): \(shown)\(s.isolates.count > 10 ? ", …" : "")")
        }
        if s.selfLoopCount > 0 { warnings.append("\(s.selfLoopCount) self-loop\(s.selfLoopCount == 1 ? "" : "s")") }
        if s.duplicateTieCount > 0 {
            warnings.append("\(s.duplicateTieCount) duplicate tie\(s.duplicateTieCount == 1 ? "" : "s") (kept; analyses sum their weights)")
        }
        warnings += result.warnings.map { TableRendering.sanitizedForTerminal($0.description) }
        if !warnings.isEmpty {
            lines.append("Warnings:")
            lines += warnings.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ s: NetworkSummary, result: ImportResult) -> String {
        func counts<K: CustomStringConvertible>(_ pairs: [(kind: K, count: Int)]) -> String {
            "{" + pairs.map { "\(JSONEscaping.quoted($0.kind.description)): \($0.count)" }.joined(separator: ", ") + "}"
        }
        func list(_ values: [String]) -> String { "[" + values.map(JSONEscaping.quoted).joined(separator: ", ") + "]" }
        let fields: [(String, String)] = [
            ("files", list(result.files)),
            ("nodes", String(s.nodeCount)),
            ("ties", String(s.tieCount)),
            ("directed_ties", String(s.directedTieCount)),
            ("node_kinds", counts(s.nodeKinds)),
            ("tie_kinds", counts(s.tieKinds)),
            ("components", String(s.componentCount)),
            ("largest_component", String(s.largestComponentSize)),
            ("density", JSONEscaping.number(s.density)),
            ("earliest_date", s.earliestDate.map { JSONEscaping.quoted($0.description) } ?? "null"),
            ("latest_date", s.latestDate.map { JSONEscaping.quoted($0.description) } ?? "null"),
            ("waves", list(s.waves)),
            ("isolates", list(s.isolates)),
            ("self_loops", String(s.selfLoopCount)),
            ("duplicate_ties", String(s.duplicateTieCount)),
            ("warnings", list(result.warnings.map(\.description))),
            ("notes", list(result.notes)),
        ]
        return "{\n" + fields.map { "  \(JSONEscaping.quoted($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }

    /// Kind names come from the data: control characters are shown as `?`, as in every terminal output.
    private static func padded(_ text: String, _ width: Int) -> String {
        TableRendering.sanitizedForTerminal(text) + String(repeating: " ", count: max(0, width - text.count))
    }
}
