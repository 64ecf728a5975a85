import ArgumentParser

/// The exit codes of `liaison`, after BSD's sysexits.h.
public enum LiaisonExitCode {
    /// The command line is wrong (unknown option, bad value).
    public static let usage = ExitCode(64)
    /// The input data is wrong (malformed CSV, unknown ids, bad weights, …).
    public static let dataError = ExitCode(65)
    /// Something inside Liaison failed that should not have.
    public static let internalError = ExitCode(70)
    /// Graphviz could not lay out or render the map.
    public static let renderingError = ExitCode(69)
    /// An output file could not be written.
    public static let cannotWrite = ExitCode(73)
}
