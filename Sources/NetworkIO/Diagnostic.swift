/// One problem found in the input: where it is, what it is, and how to fix it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    /// Where the problem is; nil for problems of the input as a whole (a missing file).
    public var location: SourceLocation?
    /// What is wrong, in one sentence without a final period.
    public var message: String
    /// What to do about it, in one sentence without a final period.
    public var fix: String?

    public init(_ severity: Severity, at location: SourceLocation?, _ message: String, fix: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.fix = fix
    }

    /// `file:line:column: error: message (fix: …)`.
    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): \(message)"
        if let fix { text += " (fix: \(fix))" }
        return text
    }
}
