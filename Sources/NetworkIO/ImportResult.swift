import NetworkModel

/// A network read from files, with the warnings found and the readings taken.
public struct ImportResult: Sendable {
    public var network: Network
    /// Problems that did not stop the import (self-loops, duplicate ties, …).
    public var warnings: [Diagnostic]
    /// Warnings beyond ``ImportOptions/maximumReportedProblems``, counted but not listed.
    public var suppressedWarningCount: Int
    /// Decisions the reader took that a user should know, e.g.
    /// "edges.csv: column Type read as the tie direction (values: Directed, Undirected)".
    public var notes: [String]
    /// The files read, in order.
    public var files: [String]
    /// Whether a direction column (or Gephi's `Type` read as direction) gave ties their direction.
    /// Without one, each tie has its kind's default direction, and analyses are undirected unless asked.
    public var hasDirectionColumn: Bool
    /// How each word of the kind columns was read, in the order first met.
    public var kindWords: [KindWordReading]
    /// What a survey import learnt (response rates, reciprocity, name matches), when the input was a survey.
    public var survey: SurveySummary?

    public init(
        network: Network, warnings: [Diagnostic] = [], suppressedWarningCount: Int = 0, notes: [String] = [],
        files: [String] = [], hasDirectionColumn: Bool = false, kindWords: [KindWordReading] = []
    ) {
        self.kindWords = kindWords
        self.hasDirectionColumn = hasDirectionColumn
        self.network = network
        self.warnings = warnings
        self.suppressedWarningCount = suppressedWarningCount
        self.notes = notes
        self.files = files
    }
}

/// The input could not be read: every error found (up to the cap), with the count of the rest.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    /// Errors first, then warnings, each in file and line order.
    public var diagnostics: [Diagnostic]
    /// Problems beyond the cap, counted but not listed.
    public var suppressedCount: Int

    public init(diagnostics: [Diagnostic], suppressedCount: Int = 0) {
        self.diagnostics = diagnostics
        self.suppressedCount = suppressedCount
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }

    public var description: String {
        var lines = diagnostics.map(\.description)
        if suppressedCount > 0 { lines.append("… and \(suppressedCount) more problems not listed") }
        return lines.joined(separator: "\n")
    }
}
