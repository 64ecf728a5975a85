import ArgumentParser
import LearningCommunity
import NetworkAnalysis
import NetworkExport

/// A metric named on the command line by its column name (`--size-by betweenness`).
extension NodeMetric: ExpressibleByArgument {
    public init?(argument: String) { self.init(column: argument) }
}

extension ExportFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension Role: ExpressibleByArgument {}

/// A comma-separated list of values of one kind (`--metrics degree,betweenness`, `--role hub,broker`),
/// each read as its type reads a single value.
public struct ArgumentList<Element: ExpressibleByArgument & Hashable & Sendable>: ExpressibleByArgument, Sendable {
    /// The values in the order written (repeats kept once).
    public let values: [Element]

    public init?(argument: String) {
        var values: [Element] = []
        for part in argument.split(separator: ",") {
            guard let value = Element(argument: String(part)) else { return nil }
            if !values.contains(value) { values.append(value) }
        }
        guard !values.isEmpty else { return nil }
        self.values = values
    }

    /// The values as a set.
    public var set: Set<Element> { Set(values) }

    public static var allValueStrings: [String] { Element.allValueStrings }
}

/// `--metrics`: metrics named by their column names.
public typealias MetricSelection = ArgumentList<NodeMetric>
/// `--role`: roles named by their names.
public typealias RoleSelection = ArgumentList<Role>

extension CrossPollinationReport.Section: ExpressibleByArgument {}
extension NetworkChange.Section: ExpressibleByArgument {}
