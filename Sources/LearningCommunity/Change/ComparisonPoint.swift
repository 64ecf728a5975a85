import NetworkModel

/// One side of a comparison (`liaison compare --from`/`--to`): another dataset, a survey wave the ties
/// name, or the network as of a date.
public enum ComparisonPoint: Hashable, Sendable {
    /// Another dataset, at this path (a folder or an edges file).
    case dataset(path: String)
    /// A survey wave of the network, cut by ``Network/capturedBy(wave:reading:)``.
    case wave(String)
    /// The network as of this date (``TieSelection/init(asOf:)``).
    case date(PartialDate)

    /// Reads a point as `liaison compare` reads `--from` and `--to`, in this order: an explicit `path:`
    /// prefix, a path that exists, an explicit `wave:` prefix, a wave in `waves`, an explicit `date:` prefix
    /// or an ISO date (`2017`, `2017-06`, `2017-06-30`). So a value that is both a wave and a date (`2018`)
    /// is the wave, and an existing path wins over both.
    ///
    /// A `wave:` value is not checked against `waves` here: ``network(in:reading:loadingDataset:)`` says
    /// when no tie names it.
    ///
    /// - Parameters:
    ///   - value: the text given.
    ///   - waves: the waves the ties name, in order (``Network/orderedWaves()``), for the wave reading and the
    ///     error's list.
    ///   - pathExists: whether a file or folder exists at a path (the file system, injected).
    /// - Throws: ``ComparisonPointError/notAPoint(_:waves:)`` when the value is none of these.
    /// - Complexity: O(w) for `w` waves, plus one `pathExists` call.
    public static func read(
        _ value: String, waves: [String], pathExists: (String) -> Bool
    ) throws(ComparisonPointError) -> ComparisonPoint {
        func prefixed(_ prefix: String) -> String? {
            value.hasPrefix(prefix) ? String(value.dropFirst(prefix.count)) : nil
        }
        if let path = prefixed("path:") ?? (pathExists(value) ? value : nil) { return .dataset(path: path) }
        if let wave = prefixed("wave:") ?? (waves.contains(value) ? value : nil) { return .wave(wave) }
        if let date = try? PartialDate(iso: prefixed("date:") ?? value) { return .date(date) }
        throw .notAPoint(value, waves: waves)
    }

    /// How the point is read, for headings and metadata: `dataset PATH`, `wave W (cumulative)` or
    /// `as of DATE`.
    public func reading(_ waveReading: WaveReading) -> String {
        switch self {
        case .dataset(let path): return "dataset \(path)"
        case .wave(let wave): return "wave \(wave) (\(waveReading.rawValue))"
        case .date(let date): return "as of \(date)"
        }
    }

    /// The network at this point: a wave or a date cut from `base`, another dataset from `load`.
    ///
    /// - Parameters:
    ///   - base: the dataset the comparison is about.
    ///   - waveReading: how a wave stands for the network (cumulative or snapshot).
    ///   - load: reads the dataset at a path (the caller's loader, so this library reads no files).
    /// - Throws: ``ChangeError/unknownWave(_:available:)`` for a wave no tie names; what `load` throws for a
    ///   dataset.
    /// - Complexity: ``Network/capturedBy(wave:reading:)``'s or ``Network/selecting(_:)``'s, O(n + m).
    public func network(
        in base: Network, reading waveReading: WaveReading, loadingDataset load: (String) throws -> Network
    ) throws -> Network {
        switch self {
        case .dataset(let path): return try load(path)
        case .wave(let wave): return try base.capturedBy(wave: wave, reading: waveReading)
        case .date(let date): return base.selecting(TieSelection(asOf: date))
        }
    }

    /// The one call behind a `--from`/`--to` value: ``read(_:waves:pathExists:)`` against `base`'s waves,
    /// then ``network(in:reading:loadingDataset:)``.
    ///
    /// - Returns: the point, the network there and how it was read (``reading(_:)``).
    /// - Throws: ``ComparisonPointError/notAPoint(_:waves:)`` for a value that is no point,
    ///   ``ComparisonPointError/unknownWave(_:_:)`` for a `wave:` no tie names, and what `load` throws.
    /// - Complexity: O(n + m + w log w).
    public static func resolve(
        _ value: String, in base: Network, reading waveReading: WaveReading, pathExists: (String) -> Bool,
        loadingDataset load: (String) throws -> Network
    ) throws -> (point: ComparisonPoint, network: Network, reading: String) {
        let point = try read(value, waves: base.orderedWaves(), pathExists: pathExists)
        let network: Network
        do {
            network = try point.network(in: base, reading: waveReading, loadingDataset: load)
        } catch let error as ChangeError {
            throw ComparisonPointError.unknownWave(value, error)
        }
        return (point, network, point.reading(waveReading))
    }
}
