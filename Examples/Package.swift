// swift-tools-version: 6.1
//
// Examples that use Liaison as a library, depending on it by path. `scripts/test.sh` builds and runs them.
import PackageDescription

let package = Package(
    name: "LiaisonExamples",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Liaison", path: "..")
    ],
    targets: [
        // Load a CSV network, compute metrics, find roles, render a map: the DocC getting-started article's code.
        .executableTarget(
            name: "GettingStarted",
            dependencies: [
                .product(name: "NetworkIO", package: "Liaison"),
                .product(name: "NetworkAnalysis", package: "Liaison"),
                .product(name: "LearningCommunity", package: "Liaison"),
                .product(name: "NetworkMaps", package: "Liaison"),
                .product(name: "GraphvizRendering", package: "Liaison"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
