// swift-tools-version: 6.1
//
// Liaison: network analysis for learning communities.
// The dependency picture and the reason for every target is in docs/ARCHITECTURE.md.
import PackageDescription

let package = Package(
    name: "Liaison",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "liaison", targets: ["liaison"]),
        .library(name: "GraphCore", targets: ["GraphCore"]),
        .library(name: "GraphAlgorithms", targets: ["GraphAlgorithms"]),
        .library(name: "NetworkModel", targets: ["NetworkModel"]),
        .library(name: "NetworkIO", targets: ["NetworkIO"]),
        .library(name: "NetworkAnalysis", targets: ["NetworkAnalysis"]),
        .library(name: "LearningCommunity", targets: ["LearningCommunity"]),
        .library(name: "NetworkMaps", targets: ["NetworkMaps"]),
        .library(name: "GraphvizRendering", targets: ["GraphvizRendering"]),
        .library(name: "ResultRendering", targets: ["ResultRendering"]),
        .library(name: "NetworkExport", targets: ["NetworkExport"]),
        .library(name: "MapPlanning", targets: ["MapPlanning"]),
        .library(name: "NetworkReport", targets: ["NetworkReport"]),
        .library(name: "Deidentification", targets: ["Deidentification"]),
        .library(name: "OutputEscaping", targets: ["OutputEscaping"]),
        .library(name: "SyntheticData", targets: ["SyntheticData"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.0"..<"5.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // `swift package generate-documentation`: the DocC catalogs under Sources/<Target>/<Target>.docc.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Representation only: compressed sparse rows with Int32 node indices.
        .target(name: "GraphCore"),
        // Graph algorithms over GraphCore; knows nothing of CSV, learning communities or Graphviz.
        .target(name: "GraphAlgorithms", dependencies: ["GraphCore"]),
        // The learning-community domain: typed nodes and ties, kinds, dates, attributes.
        .target(name: "NetworkModel"),
        // Reading and writing files: the CSV reader, .xlsx workbooks (ZIPFoundation), column aliases, import diagnostics.
        .target(
            name: "NetworkIO",
            dependencies: ["NetworkModel", "OutputEscaping", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Domain meaning of the numbers: projections of a network to a graph, metric tables, summaries.
        .target(name: "NetworkAnalysis", dependencies: ["NetworkModel", "GraphCore", "GraphAlgorithms", "OutputEscaping"]),
        // What the numbers mean for a learning community: groupings, cross-pollination, practice diffusion, roles.
        .target(
            name: "LearningCommunity",
            dependencies: ["NetworkModel", "NetworkAnalysis", "GraphCore", "GraphAlgorithms", "OutputEscaping"]
        ),
        // Result tables and their typed metadata as CSV, JSON and aligned terminal text.
        .target(name: "ResultRendering", dependencies: ["NetworkAnalysis", "NetworkIO", "OutputEscaping"]),
        // Writing a network with its metrics for other tools: GraphML, GEXF, node-link JSON, CSV, Kumu, DOT.
        .target(
            name: "NetworkExport",
            dependencies: [
                "NetworkModel", "NetworkAnalysis", "NetworkIO", "OutputEscaping", "ResultRendering", "GraphAlgorithms",
            ]
        ),
        // Stable keyed pseudonyms for people and organizations (HMAC-SHA256 from swift-crypto).
        .target(
            name: "Deidentification",
            dependencies: ["NetworkModel", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Every decision between a map request and the maps to draw (metrics, nodes, groups, presets, colours,
        // labels, ties); the choices the report's map shares with `liaison map`.
        .target(
            name: "MapPlanning",
            dependencies: ["NetworkModel", "NetworkAnalysis", "LearningCommunity", "NetworkMaps", "OutputEscaping", "GraphAlgorithms"]
        ),
        // The self-contained HTML report: overview, map, key actors, roles, cross-pollination, change, methods.
        .target(
            name: "NetworkReport",
            dependencies: [
                "NetworkModel", "NetworkAnalysis", "LearningCommunity", "NetworkMaps", "MapPlanning", "OutputEscaping",
                "GraphAlgorithms",
            ]
        ),
        // One escaper per output format (JSON, DOT, HTML, XML, CSV); no dependencies.
        .target(name: "OutputEscaping"),
        // The Graphviz C libraries, found through pkg-config; nothing but a shim header.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // Swift wrapper that owns every Graphviz object; the only importer of CGraphviz.
        .target(name: "GraphvizRendering", dependencies: ["CGraphviz"]),
        // Network maps as DOT text: styling from kinds and metrics, legend; pure Swift (no Graphviz needed).
        .target(name: "NetworkMaps", dependencies: ["NetworkModel", "OutputEscaping"]),
        // Seeded generator of synthetic learning-community networks with planted structure.
        .target(name: "SyntheticData", dependencies: ["NetworkModel"]),
        // Every `liaison` subcommand, as a library so tests can run them in process.
        .target(
            name: "LiaisonCommands",
            dependencies: [
                "NetworkModel", "NetworkIO", "NetworkAnalysis", "LearningCommunity", "NetworkExport", "NetworkReport",
                "MapPlanning", "Deidentification", "OutputEscaping", "ResultRendering",
                "GraphvizRendering", "SyntheticData", "GraphAlgorithms", "GraphCore", "NetworkMaps",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "liaison", dependencies: ["LiaisonCommands"]),

        .testTarget(name: "GraphCoreTests", dependencies: ["GraphCore"]),
        .testTarget(
            name: "GraphAlgorithmsTests",
            dependencies: ["GraphAlgorithms", "GraphCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "NetworkModelTests", dependencies: ["NetworkModel"]),
        .testTarget(
            name: "NetworkIOTests",
            dependencies: ["NetworkIO", "NetworkModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NetworkAnalysisTests",
            dependencies: ["NetworkAnalysis", "NetworkIO", "NetworkModel", "GraphAlgorithms"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "LearningCommunityTests",
            dependencies: ["LearningCommunity", "NetworkAnalysis", "NetworkIO", "NetworkModel", "GraphAlgorithms", "GraphCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NetworkExportTests",
            dependencies: ["NetworkExport", "NetworkAnalysis", "NetworkIO", "NetworkModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "DeidentificationTests", dependencies: ["Deidentification", "NetworkModel"]),
        .testTarget(
            name: "NetworkReportTests",
            dependencies: ["NetworkReport", "NetworkAnalysis", "LearningCommunity", "NetworkIO", "NetworkModel"]
        ),
        .testTarget(name: "OutputEscapingTests", dependencies: ["OutputEscaping"]),
        .testTarget(name: "ResultRenderingTests", dependencies: ["ResultRendering", "NetworkAnalysis"]),
        .testTarget(name: "GraphvizRenderingTests", dependencies: ["GraphvizRendering"]),
        .testTarget(name: "NetworkMapsTests", dependencies: ["NetworkMaps", "NetworkModel"]),
        .testTarget(
            name: "MapPlanningTests",
            dependencies: ["MapPlanning", "NetworkMaps", "NetworkAnalysis", "LearningCommunity", "NetworkModel"]
        ),
        .testTarget(name: "SyntheticDataTests", dependencies: ["SyntheticData", "NetworkModel", "NetworkIO"]),
        .testTarget(
            name: "LiaisonCommandsTests",
            dependencies: [
                "LiaisonCommands", "NetworkIO", "NetworkModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
