import NetworkModel

extension Network {
    /// The waves `labels` names, in the order given, each cut as ``capturedBy(wave:reading:)`` cuts it:
    /// the one call behind `liaison map-waves`.
    ///
    /// - Throws: ``WaveCaptureError`` for the first label no tie names (and no wave is cut after it).
    /// - Complexity: O(k · (n + m + w log w)) for `k` labels.
    public func capturedBy(
        waves labels: [String], reading: WaveReading = .cumulative
    ) throws(WaveCaptureError) -> [CapturedWave] {
        var captured: [CapturedWave] = []
        captured.reserveCapacity(labels.count)
        for label in labels {
            do throws(ChangeError) {
                captured.append(CapturedWave(label: label, network: try capturedBy(wave: label, reading: reading)))
            } catch {
                throw WaveCaptureError(label: label, reason: error)
            }
        }
        return captured
    }
}
