import ArgumentParser

/// The forms a command's result can take.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Aligned columns for reading in a terminal (numbers rounded for the eye).
    case table
    /// Plain text summary (commands that print a summary rather than a table).
    case text
    /// RFC 4180 CSV with numbers at full precision.
    case csv
    /// JSON with numbers at full precision.
    case json
}
