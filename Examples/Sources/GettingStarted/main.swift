// Load a CSV network, compute metrics, find roles, render a map (the getting-started article, line for line).
// Run from the repository root: swift run --package-path Examples GettingStarted datasets/integration-initiative
import Foundation
import GraphvizRendering
import LearningCommunity
import NetworkAnalysis
import NetworkIO
import NetworkMaps

let folder = CommandLine.arguments.dropFirst().first ?? "datasets/integration-initiative"
let network = try NetworkLoader.load(path: folder).network  // nodes.csv and edges.csv
print("\(network.nodeCount) nodes, \(network.tieCount) ties")

var request = MetricRequest()
request.metrics = [.degree, .betweenness]
let table = try MetricSuite.run(network: network, request: request).table
if let column = table.columnIndex("betweenness"), let top = table.sorted(by: column).rows.first,
    case .text(let id) = top[0], let value = top[column].number {
    print("highest betweenness: \(id) \(String(format: "%.6f", value))")
}

let grouping = try NodeGrouping.attribute("city", in: network)
let roles = try RoleAnalysis.run(network, grouping: grouping).assignments
for role in Role.allCases where roles.contains(where: { $0.role == role }) {
    print("\(role.rawValue): \(roles.filter { $0.role == role }.count)")
}

let map = NetworkMap(network: network, options: MapOptions())
let engine = LayoutEngine(rawValue: map.engine.rawValue) ?? .sfdp
let svg = try Graphviz.render(dot: map.dotText(), engine: engine, format: .svg)
try Data(svg).write(to: URL(fileURLWithPath: NSTemporaryDirectory() + "liaison-getting-started.svg"))
print("map: \(svg.starts(with: Array("<?xml".utf8)) ? "SVG" : "not SVG") drawn with \(engine)")
