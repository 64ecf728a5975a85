/// A note or warning an analysis has for its reader: what it chose on the reader's behalf, or what the
/// data could not give. The command line prints each on standard error as `note: …` or `warning: …`.
public struct AnalysisMessage: Sendable, Hashable, CustomStringConvertible {
    /// How much the reader needs to act on the message.
    public enum Level: String, Sendable, Hashable {
        /// Information: a choice made by default, a count of what was left out.
        case note
        /// Something the result lacks because of the data, with the fix.
        case warning
    }

    public var level: Level
    /// The message, without its level.
    public var text: String

    public init(_ level: Level, _ text: String) {
        self.level = level
        self.text = text
    }

    /// `note: text` or `warning: text`.
    public var description: String { "\(level.rawValue): \(text)" }
}
