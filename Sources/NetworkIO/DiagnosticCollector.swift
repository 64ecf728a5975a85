/// Gathers the problems of an import in the order they are found, then sorts
/// them (errors first, then warnings; each by file, line and column) and caps
/// the list at the number a user can read.
struct DiagnosticCollector {
    /// Problems kept per severity before sorting; beyond it they are only counted.
    private static let storageLimit = 10_000

    private var errors: [Diagnostic] = []
    private var warnings: [Diagnostic] = []
    private var uncountedErrors = 0
    private var uncountedWarnings = 0
    /// The files in the order they were read, for sorting.
    private var fileOrder: [String: Int] = [:]

    var hasErrors: Bool { !errors.isEmpty }
    var errorCount: Int { errors.count + uncountedErrors }

    /// Records that `file` (a path, or `workbook.xlsx[Sheet]` for a sheet) is read next, for sorting.
    mutating func register(file: String) {
        if fileOrder[file] == nil { fileOrder[file] = fileOrder.count }
    }

    mutating func error(_ location: SourceLocation?, _ message: String, fix: String?) {
        guard errors.count < Self.storageLimit else {
            uncountedErrors += 1
            return
        }
        errors.append(Diagnostic(.error, at: location, message, fix: fix))
    }

    mutating func warning(_ location: SourceLocation?, _ message: String, fix: String?) {
        guard warnings.count < Self.storageLimit else {
            uncountedWarnings += 1
            return
        }
        warnings.append(Diagnostic(.warning, at: location, message, fix: fix))
    }

    private func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let order = fileOrder
        return diagnostics.enumerated().sorted { left, right in
            let a = left.element.location
            let b = right.element.location
            switch (a, b) {
            case (nil, nil): return left.offset < right.offset
            case (nil, _): return true
            case (_, nil): return false
            case (let a?, let b?):
                let fileA = order[a.sourceName] ?? Int.max
                let fileB = order[b.sourceName] ?? Int.max
                if fileA != fileB { return fileA < fileB }
                if a.line != b.line { return a.line < b.line }
                if a.column != b.column { return a.column < b.column }
                return left.offset < right.offset
            }
        }.map(\.element)
    }

    /// Errors then warnings, at most `limit` of them, and how many were left out.
    func failureList(limit: Int) -> (diagnostics: [Diagnostic], suppressed: Int) {
        let all = sorted(errors) + sorted(warnings)
        let shown = Array(all.prefix(max(limit, 0)))
        return (shown, all.count - shown.count + uncountedErrors + uncountedWarnings)
    }

    /// The warnings, at most `limit` of them, and how many were left out.
    func warningList(limit: Int) -> (diagnostics: [Diagnostic], suppressed: Int) {
        let all = sorted(warnings)
        let shown = Array(all.prefix(max(limit, 0)))
        return (shown, all.count - shown.count + uncountedWarnings)
    }
}
