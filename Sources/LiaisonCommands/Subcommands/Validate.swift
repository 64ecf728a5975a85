import ArgumentParser
import NetworkIO
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
        public var format: OutputFormat = .text

        public init() {}

        public func validate() throws {
            guard format == .text || format == .json else {
                throw ValidationError("--format must be text or json for validate.")
            }
        }

        public func run() throws {
            let diagnostics: [Diagnostic]
            let suppressed: Int
            var failed = false
            do {
                let result = try NetworkLoader.load(path: input.path, options: input.importOptions)
                diagnostics = result.warnings
                suppressed = result.suppressedWarningCount
            } catch {
                diagnostics = error.diagnostics
                suppressed = error.suppressedCount
                failed = true
            }
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.count - errors
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
                print("{\n  \"valid\": \(!failed),\n  \"errors\": \(errors),\n  \"warnings\": \(warnings),\n"
                    + "  \"unlisted\": \(suppressed),\n  \"problems\": \(body)\n}")
            } else {
                for d in diagnostics { print(TableRendering.sanitizedForTerminal(d.description)) }
                if suppressed > 0 { print("… and \(suppressed) more problems not listed") }
                print(failed
                    ? "\(input.displayName): invalid (\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") listed)"
                    : "\(input.displayName): valid (\(warnings) warning\(warnings == 1 ? "" : "s"))")
            }
            if failed { throw LiaisonExitCode.dataError }
        }
    }
}
