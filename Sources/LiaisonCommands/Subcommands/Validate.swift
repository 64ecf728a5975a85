import ArgumentParser
import LearningCommunity
import NetworkIO
import ResultRendering
import OutputEscaping

extension LiaisonCommand {
    /// `liaison validate PATH`: every problem in the input, and a non-zero exit if any is an error.
    public struct Validate: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Check input files and list every problem with its file, line, column and fix.",
            discussion: """
                Exits 0 when the input can be read (warnings may be listed), 65 when it has errors.

                Example:
                  liaison validate datasets/integration-initiative
                  liaison validate survey.csv --format json
                """)

        @OptionGroup public var input: InputOptions

        @Option(help: "text or json.")
        public var format: SummaryFormat = .text

        public init() {}

        public func run() throws {
            let diagnostics: [Diagnostic]
            let suppressed: Int
            var failed = false
            var kindWords: [KindWordReading] = []
            var support: DataSupport?
            do {
                let result = try NetworkLoader.load(path: input.path, options: input.importOptions)
                diagnostics = result.warnings
                suppressed = result.suppressedWarningCount
                kindWords = result.kindWords.filter { $0.recognised && $0.isTranslation }
                support = DataSupport.assess(result.network.selecting(input.tieSelection))
            } catch {
                diagnostics = error.diagnostics
                suppressed = error.suppressedCount
                failed = true
            }
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.count - errors
            let untestable = support?.gaps.count { !$0.partial } ?? 0
            if format == .json {
                let items = diagnostics.map { d in
                    "    {\"severity\": \(JSONEscaping.quoted(d.severity.rawValue)), "
                        + "\"file\": \(d.location.map { JSONEscaping.quoted($0.file) } ?? "null"), "
                        + (d.location?.sheet.map { "\"sheet\": \(JSONEscaping.quoted($0)), " } ?? "")
                        + "\"line\": \(d.location.map { String($0.line) } ?? "null"), "
                        + "\"column\": \(d.location.map { String($0.column) } ?? "null"), "
                        + "\"message\": \(JSONEscaping.quoted(d.message)), "
                        + "\"fix\": \(d.fix.map(JSONEscaping.quoted) ?? "null")}"
                }
                let body = items.isEmpty ? "[]" : "[\n" + items.joined(separator: ",\n") + "\n  ]"
                let words = kindWords.map { word in
                    "    {\"table\": \(JSONEscaping.quoted(word.table.rawValue)), \"word\": \(JSONEscaping.quoted(word.word)), "
                        + "\"kind\": \(JSONEscaping.quoted(word.kind)), \"funder\": \(word.funder), "
                        + "\"reversed\": \(word.reversed), \"count\": \(word.count)}"
                }
                let gaps = (support?.gaps ?? []).map { gap in
                    "    {\"analysis\": \(JSONEscaping.quoted(gap.analysis.rawValue)), \"partial\": \(gap.partial), "
                        + "\"reason\": \(JSONEscaping.quoted(gap.reason)), \"fix\": \(JSONEscaping.quoted(gap.fix))}"
                }
                func list(_ items: [String]) -> String { items.isEmpty ? "[]" : "[\n" + items.joined(separator: ",\n") + "\n  ]" }
                print("{\n  \"valid\": \(!failed),\n  \"errors\": \(errors),\n  \"warnings\": \(warnings),\n"
                    + "  \"unlisted\": \(suppressed),\n  \"kind_words\": \(list(words)),\n  \"gaps\": \(list(gaps)),\n"
                    + "  \"supports\": \(support.map { JSONEscaping.quoted($0.verdict) } ?? "null"),\n"
                    + "  \"problems\": \(body)\n}")
            } else {
                for d in diagnostics { print(TableRendering.sanitizedForTerminal(d.description)) }
                if suppressed > 0 { print("… and \(suppressed) more problems not listed") }
                for word in kindWords { print("read: " + TableRendering.sanitizedForTerminal(word.description)) }
                for gap in support?.gaps ?? [] { print("warning: " + TableRendering.sanitizedForTerminal(gap.description)) }
                print(failed
                    ? "\(input.displayName): invalid (\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") listed)"
                    : "\(input.displayName): valid (\(warnings) warning\(warnings == 1 ? "" : "s")"
                        + (untestable > 0 ? ", \(untestable) analys\(untestable == 1 ? "is" : "es") not testable)" : ")"))
                if let support { print("Supports: " + TableRendering.sanitizedForTerminal(support.verdict)) }
            }
            if failed { throw LiaisonExitCode.dataError }
        }
    }
}
