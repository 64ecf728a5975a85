/// Why a wave asked for by label cannot be cut (``Network/capturedBy(waves:reading:)``): a problem with
/// the request, so `liaison map-waves` exits 64.
public struct WaveCaptureError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The label as asked for.
    public var label: String
    /// Why it cannot be cut (``ChangeError/unknownWave(_:available:)``, listing the waves).
    public var reason: ChangeError

    public init(label: String, reason: ChangeError) {
        self.label = label
        self.reason = reason
    }

    /// `LABEL: no tie belongs to wave …`.
    public var description: String { "\(label): \(reason.description)" }
}
