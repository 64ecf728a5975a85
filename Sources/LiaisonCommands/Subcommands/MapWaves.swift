import ArgumentParser
import Foundation
import GraphvizRendering
import LearningCommunity
import NetworkMaps
import NetworkModel

extension LiaisonCommand {
    /// `liaison map-waves PATH --waves A,B,C -o DIR`: one map per wave on a shared layout, and a sheet of all.
    public struct MapWaves: ParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "map-waves",
            abstract: "Draw each survey wave on one shared layout, new ties highlighted, and a sheet of all of them.",
            discussion: """
                The layout is computed once on the union of the waves (neato by default, sfdp for large \
                networks), and each wave is drawn with every node pinned at its place, so maps compare by eye: \
                nodes not yet in a wave are left out of its map but keep their space, and ties new since the \
                previous wave are thick and orange. Waves are read as compare reads them (cumulative by \
                default, --wave-reading snapshot for panel surveys).

                Writes DIR/wave-LABEL.svg per wave and DIR/waves.svg with the maps side by side.

                Example:
                  liaison map-waves datasets/integration-initiative --waves 2016-17,2018,2019 -o maps
                """)

        @OptionGroup public var input: InputOptions

        @Option(help: "The waves to draw, comma-separated, in order.")
        public var waves: String

        @Option(name: .shortAndLong, help: "The folder to write the maps into (created if missing).")
        public var output: String

        @Option(help: "The layout engine of the shared layout: neato or sfdp.")
        public var engine: String = "neato"

        @Option(name: .customLong("wave-reading"), help: "How a wave stands for the network: cumulative or snapshot.")
        public var waveReading: WaveReading = .cumulative

        public init() {}

        var waveLabels: [String] { waves.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }

        public func validate() throws {
            if waveLabels.isEmpty || waveLabels.contains(where: \.isEmpty) {
                throw ValidationError("--waves takes wave labels separated by commas, e.g. 2016-17,2018,2019.")
            }
            if !["neato", "sfdp"].contains(engine) { throw ValidationError("--engine must be neato or sfdp.") }
            if input.wave != nil || input.asOf != nil || input.project != nil {
                throw ValidationError("map-waves takes its waves from --waves, not --wave, --as-of or --project.")
            }
        }

        public func run() throws {
            let loaded = try CommandContext.load(input)
            let drawn: [WaveLayout.Wave]
            do throws(WaveCaptureError) {
                drawn = try loaded.network.capturedBy(waves: waveLabels, reading: waveReading)
            } catch {
                CommandContext.printError("error: --waves \(error.description)")
                throw LiaisonExitCode.usage
            }
            let svgs: [String]
            do {
                svgs = try WaveMapRendering.svgs(drawn, engine: engine == "sfdp" ? .sfdp : .neato)
            } catch let code as ExitCode {
                throw code  // a rendering failure, already printed
            } catch {
                CommandContext.printError("error: \(error)")
                throw LiaisonExitCode.internalError
            }
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                CommandContext.printError("error: cannot create \(output) (fix: choose a writable folder with -o)")
                throw LiaisonExitCode.cannotWrite
            }
            let folder = URL(fileURLWithPath: output)
            for (wave, svg) in zip(drawn, svgs) {
                let name = "wave-" + String(wave.label.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" }) + ".svg"
                try CommandContext.emit(Data(svg.utf8), to: folder.appendingPathComponent(name).path)
            }
            try CommandContext.emit(Data(WaveLayout.sheet(svgs).utf8), to: folder.appendingPathComponent("waves.svg").path)
            CommandContext.printError("note: wrote \(svgs.count) wave maps and waves.svg to \(output)")
        }
    }
}
