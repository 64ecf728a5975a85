import ArgumentParser
import Foundation
import GraphAlgorithms
import LearningCommunity
import NetworkAnalysis
import NetworkIO
import NetworkModel
import OutputEscaping

/// The one shared path of every command: load the network, print diagnostics
/// on standard error, write results atomically, and turn typed errors into
/// exit codes. Commands hold no error handling of their own.
enum CommandContext {
    /// Loads the network the options name, printing warnings and notes on standard error, and
    /// de-identifies it with `--anonymize` (so every output of every command carries only pseudonyms).
    /// On failure prints every problem and throws the data-error exit code.
    static func load(_ input: InputOptions, quiet: Bool = false) throws -> ImportResult {
        var result = try loadSelected(input, quiet: quiet)
        result.network = try input.deidentification.apply(to: result.network, quiet: quiet)
        if input.deidentification.anonymize != nil {
            // The loader's warnings quote original ids: no command may show them under --anonymize.
            result.warnings = []
            result.suppressedWarningCount = 0
        }
        return result
    }

    /// The network as read, after the wave, date and projection selections.
    private static func loadSelected(_ input: InputOptions, quiet: Bool) throws -> ImportResult {
        do throws(ImportFailure) {
            var result = try NetworkLoader.load(path: input.path, options: input.importOptions)
            let selection = input.tieSelection
            if !selection.isEverything {
                let before = result.network.tieCount
                result.network = result.network.selecting(selection)
                if let wave = selection.wave, result.network.tieCount == 0 {
                    throw ImportFailure(diagnostics: [
                        Diagnostic(.error, at: nil, "no tie belongs to wave \(wave)",
                            fix: "use a wave the data names (liaison inspect lists them)")
                    ])
                }
                result.notes.append(
                    "selected \(result.network.tieCount) of \(before) ties"
                        + (selection.wave.map { " in wave \($0)" } ?? "")
                        + (selection.asOf.map { " active on \($0)" } ?? "")
                        + (selection.since.map { " active since \($0)" } ?? "")
                        + (selection.until.map { " begun by \($0)" } ?? ""))
            }
            if let kind = input.project.map({ NodeKind(rawValue: $0) }) {
                let projected = TwoModeProjection.project(result.network, keeping: kind)
                guard projected.nodeCount > 0 else {
                    throw ImportFailure(diagnostics: [
                        Diagnostic(.error, at: nil, "no node is of kind \(kind) to project onto",
                            fix: "use a kind the data names (liaison inspect lists them)")
                    ])
                }
                result.notes.append(
                    "projected onto the \(projected.nodeCount) \(kind) nodes: \(projected.tieCount) ties weighted by shared neighbours")
                result.network = projected
            }
            if !quiet {
                for note in result.notes { printError("note: \(note)") }
                if input.deidentification.anonymize != nil {
                    // Warnings quote ids and values as the files write them: under --anonymize, counted only.
                    let count = result.warnings.count + result.suppressedWarningCount
                    if count > 0 {
                        printError(
                            "note: \(count) warning\(count == 1 ? "" : "s") about the input not shown under --anonymize "
                                + "(they quote original ids; run liaison validate without --anonymize to read them)")
                    }
                } else {
                    for warning in result.warnings { printError(warning.description) }
                    if result.suppressedWarningCount > 0 {
                        printError("… and \(result.suppressedWarningCount) more warnings not listed")
                    }
                }
            }
            return result
        } catch {
            let count = error.errorCount + error.suppressedCount
            if input.deidentification.anonymize != nil {
                printError(
                    "error: \(input.displayName) could not be read (\(count) problem\(count == 1 ? "" : "s"), not shown under "
                        + "--anonymize as they quote original ids; run liaison validate without --anonymize to read them)")
                throw LiaisonExitCode.dataError
            }
            printError(error.description)
            printError("error: \(input.displayName) could not be read (\(count) problem\(count == 1 ? "" : "s"))")
            throw LiaisonExitCode.dataError
        }
    }

    /// Whether analyses honour tie direction, as ``DirectionPolicy`` decides from `--directed` and the data.
    static func analysisIsDirected(_ input: InputOptions, _ loaded: ImportResult) -> Bool {
        DirectionPolicy.analysesDirected(
            loaded.network, requested: input.directed, hasDirectionColumn: loaded.hasDirectionColumn)
    }

    /// Prints one warning per analysis among `analyses` that the data cannot support (or supports in part),
    /// naming the fix, and returns the gaps.
    @discardableResult
    static func warnAboutGaps(
        _ network: Network, grouping: NodeGrouping?, analyses: Set<DataSupport.Analysis>
    ) -> [DataSupport.Gap] {
        let gaps = DataSupport.assess(network, grouping: grouping).gaps(for: analyses)
        for gap in gaps { printError("warning: " + gap.description) }
        return gaps
    }

    /// Writes `text` to the file named in `output`, atomically, or to standard output.
    static func emit(_ text: String, to output: OutputOptions) throws {
        guard let path = output.output, path != "-" else {
            CommandOutput.current.writeOutput(Data(text.utf8))
            return
        }
        do {
            try AtomicFileWriter.write(text, to: path)
        } catch {
            printError("error: \(error.description) (fix: choose a writable folder with -o)")
            throw LiaisonExitCode.cannotWrite
        }
    }

    /// Writes bytes to the file named in `output`, atomically, or to standard output.
    static func emit(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else {
            CommandOutput.current.writeOutput(data)
            return
        }
        do {
            try AtomicFileWriter.write(data, to: path)
        } catch {
            printError("error: \(error.description) (fix: choose a writable folder with -o)")
            throw LiaisonExitCode.cannotWrite
        }
    }

    /// Whether standard output is a terminal (tables by default there, CSV otherwise).
    static var standardOutputIsTerminal: Bool { CommandOutput.current.isTerminal.output }

    /// Whether standard error is a terminal (progress is shown only there).
    static var standardErrorIsTerminal: Bool { CommandOutput.current.isTerminal.error }

    /// Prints why the metrics could not be computed and returns the exit code: 64 when `--epsilon` asks for
    /// more samples than the network has pairs of nodes, 65 (the data) otherwise.
    static func metricFailure(_ error: AlgorithmError, epsilon: Double?) -> ExitCode {
        if case .invalidParameter(name: "epsilon", _, let reason) = error, let epsilon {
            printError("error: --epsilon \(epsilon) is too small for this network: \(reason)")
            return LiaisonExitCode.usage
        }
        printError("error: \(error.description)")
        return LiaisonExitCode.dataError
    }

    /// Prints why an analysis failed and returns the exit code: 64 when the request names a grouping the
    /// data cannot make (an attribute no node has), 65 (the data) otherwise.
    static func failure(_ failure: AnalysisFailure) -> ExitCode {
        printError("error: \(failure.description)")
        if case .grouping(.unresolvable) = failure { return LiaisonExitCode.usage }
        return LiaisonExitCode.dataError
    }

    /// Prints `message` on standard error. Every diagnostic of every command passes here, so ids and
    /// values from the data in it have their control and bidi characters escaped (`\u{1B}`); line
    /// breaks of a message of several lines are kept.
    static func printError(_ message: String) {
        let safe = TerminalEscaping.escaped(message, keepingLineBreaks: true)
        CommandOutput.current.writeError(Data((safe + "\n").utf8))
    }
}
