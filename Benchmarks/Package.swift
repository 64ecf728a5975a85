// swift-tools-version: 6.1
//
// Liaison's benchmarks, a package of their own so that package-benchmark and its
// malloc interposer stay out of the main package and out of `swift test`.
// Run from this folder: swift package --disable-sandbox benchmark
import PackageDescription

let package = Package(
    name: "LiaisonBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Liaison", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Loading",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "NetworkIO", package: "Liaison"),
                .product(name: "NetworkAnalysis", package: "Liaison"),
                .product(name: "GraphAlgorithms", package: "Liaison"),
            ],
            path: "Benchmarks/Loading",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(
            name: "Centrality",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "GraphCore", package: "Liaison"),
                .product(name: "GraphAlgorithms", package: "Liaison"),
                .product(name: "NetworkIO", package: "Liaison"),
                .product(name: "NetworkAnalysis", package: "Liaison"),
            ],
            path: "Benchmarks/Centrality",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(
            name: "Communities",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "GraphCore", package: "Liaison"),
                .product(name: "GraphAlgorithms", package: "Liaison"),
            ],
            path: "Benchmarks/Communities",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(
            name: "Maps",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "NetworkModel", package: "Liaison"),
                .product(name: "NetworkMaps", package: "Liaison"),
                .product(name: "GraphvizRendering", package: "Liaison"),
                .product(name: "GraphAlgorithms", package: "Liaison"),
            ],
            path: "Benchmarks/Maps",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
