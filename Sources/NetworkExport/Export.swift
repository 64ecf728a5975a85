import GraphAlgorithms
import NetworkAnalysis
import NetworkModel

/// One export asked for: the format, the metrics written as node attributes, and how CSV cells are
/// protected. The command line fills one from its options (`liaison export`); a Swift program fills its own.
public struct ExportRequest: Sendable {
    /// The format to write.
    public var format: ExportFormat
    /// How the per-node metrics are computed (the metrics of `liaison metrics` with the same request);
    /// its projection's direction is the export's (GraphML's `edgedefault`, GEXF's `defaultedgetype`, …).
    public var metrics: MetricRequest
    /// Leave CSV cells a spreadsheet would read as formulas as they are (by default they get a `'` in front).
    public var rawCSV = false

    /// A request for `format` with the metrics of `metrics`.
    public init(format: ExportFormat, metrics: MetricRequest = MetricRequest()) {
        self.format = format
        self.metrics = metrics
    }
}

/// Why an export could not be made.
public enum ExportError: Error, Sendable, CustomStringConvertible {
    /// The metrics could not be computed (e.g. a sampling bound too tight for the network).
    case metrics(AlgorithmError)
    /// The files could not be assembled (the workbook's archive was refused by the zip library).
    case assembly(ExportFailure)

    public var description: String {
        switch self {
        case let .metrics(error): return error.description
        case let .assembly(failure): return failure.description
        }
    }
}

/// Writes a network with its attributes and metrics for other tools: the one call behind `liaison export`.
public enum Export {
    /// The files of `network` in the request's format, with every node attribute and the metrics the
    /// request computes (``MetricSuite/run(network:request:)``) as typed node attributes, and every tie's
    /// kind, direction, weight, dates, wave and attributes as edge attributes: one file for single-file
    /// formats, two (nodes and ties) for `csv` and `kumu`. Nothing is written to disk; the caller places
    /// the files (one file, or the folder of a two-file format).
    ///
    /// - Parameter notes: receives the metrics' notes (sampling guarantees, direction), in order.
    /// - Throws: ``ExportError``.
    /// - Complexity: the metrics' (dominated by betweenness), plus O(n·c + m·d) for n nodes with c columns
    ///   and m ties with d columns.
    public static func write(
        network: Network, request: ExportRequest, notes: (String) -> Void = { _ in }
    ) throws(ExportError) -> [ExportFile] {
        let report: MetricReport
        do throws(AlgorithmError) {
            report = try MetricSuite.run(network: network, request: request.metrics)
        } catch {
            throw .metrics(error)
        }
        report.notes.forEach(notes)
        let document = ExportDocument(
            network: network, metrics: report.table, directed: request.metrics.projection.directed,
            metadata: report.metadata)
        do throws(ExportFailure) {
            return try NetworkExporter.files(document, as: request.format, rawCSV: request.rawCSV)
        } catch {
            throw .assembly(error)
        }
    }
}
