import NetworkModel

/// How a survey wave stands for the network at that point.
public enum WaveReading: String, Sendable, CaseIterable {
    /// The network as captured by the end of the wave: the ties of this wave and of every earlier
    /// one, less those that ended before the wave closed. Right for data that records each tie once,
    /// in the wave it was first reported (Liaison's generator, most evaluation logs).
    case cumulative
    /// The ties recorded in this wave only: right for panel surveys that re-ask every tie each wave.
    case snapshot
}

extension Network {
    /// The survey waves the ties name, in time order: by the earliest start date among each wave's
    /// ties (waves without dated ties last), then by label. O(m + w log w).
    public func orderedWaves() -> [String] {
        var earliest: [String: PartialDate] = [:]
        var seen = Set<String>()
        for tie in ties {
            guard let wave = tie.wave else { continue }
            seen.insert(wave)
            if let start = tie.start, earliest[wave].map({ start < $0 }) ?? true { earliest[wave] = start }
        }
        return seen.sorted { a, b in
            switch (earliest[a], earliest[b]) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a < b
            }
        }
    }

    /// The network as wave `wave` captured it.
    ///
    /// **Cumulative** (the default): ties whose wave is `wave` or earlier in ``orderedWaves()``, kept
    /// when they had not ended before the wave closed, the close being the latest start date among the
    /// wave's own ties (no close, so no lapse, when none is dated); end dates compare as `--as-of` does.
    /// **Snapshot**: the ties whose wave is `wave`, as `--wave`. Either way the nodes are those the kept
    /// ties touch plus the nodes without any tie in the whole network, as ``Network/selecting(_:)``.
    ///
    /// - Throws: ``ChangeError/unknownWave(_:available:)`` when no tie names the wave.
    /// - Complexity: O(n + m + w log w).
    public func capturedBy(wave: String, reading: WaveReading = .cumulative) throws(ChangeError) -> Network {
        let waves = orderedWaves()
        guard let rank = waves.firstIndex(of: wave) else { throw .unknownWave(wave, available: waves) }
        switch reading {
        case .snapshot:
            return selecting(TieSelection(wave: wave))
        case .cumulative:
            let included = Set(waves[...rank])
            var close: PartialDate?
            for tie in ties where tie.wave == wave {
                if let start = tie.start, close.map({ $0 < start }) ?? true { close = start }
            }
            let stillActive = TieSelection(since: close)
            return keepingTies { tie in tie.wave.map(included.contains) ?? false && stillActive.includes(tie) }
        }
    }
}
