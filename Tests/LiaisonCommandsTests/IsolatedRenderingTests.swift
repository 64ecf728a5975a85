import Foundation
@testable import LiaisonCommands
import GraphvizRendering
import Testing

/// Graphviz runs in a child process: a crash inside it is reported, never fatal to the command.
@Suite struct IsolatedRenderingTests {
    /// About a hundred nodes with `splines=true` under neato: Graphviz 2.42/2.43 aborts in its spline router.
    static func crashingDOT() -> String {
        var state: UInt64 = 3
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var lines = ["graph \"g\" { graph [splines=true, overlap=prism, start=1]; node [shape=circle, fixedsize=true, width=0.3, label=\"\"];"]
        for i in 0..<120 { lines.append("n\(i);") }
        for _ in 0..<300 {
            let a = next(120), b = next(120)
            if a != b { lines.append("n\(a) -- n\(b);") }
        }
        return (lines + ["}"]).joined(separator: "\n")
    }

    /// Skipped under `scripts/sanitizers.sh` (which sets `LIAISON_SANITIZER`): in a sanitized build the sample
    /// does not crash Graphviz, the allocator's layout being different.
    @Test(.disabled(if: ProcessInfo.processInfo.environment["LIAISON_SANITIZER"] != nil, "the sample does not crash in sanitized builds"))
    func graphvizCrashInTheWorkerIsReportedNotFatal() throws {
        let worker = try BinaryRunner.executable.path
        do {
            _ = try IsolatedRendering.render(dot: Self.crashingDOT(), engine: .neato, format: .svg, worker: worker)
            Issue.record("this Graphviz no longer crashes on the sample: find another for the test")
        } catch {
            guard case .crashed = error else {
                Issue.record("expected a crash, got \(error)")
                return
            }
            #expect(error.description.contains("Graphviz crashed"))
        }
    }

    @Test func workerRendersWhatInProcessRenderingRenders() throws {
        let worker = try BinaryRunner.executable.path
        let dot = "digraph \"g\" { a -> b; b -> c; }"
        let child = try IsolatedRendering.render(dot: dot, engine: .dot, format: .svg, worker: worker)
        let inProcess = try Graphviz.render(dot: dot, engine: .dot, format: .svg)
        #expect(child == inProcess)
    }

    @Test func graphvizErrorInTheWorkerKeepsItsMessage() throws {
        let worker = try BinaryRunner.executable.path
        do {
            _ = try IsolatedRendering.render(dot: "graph { a -- ; }", engine: .dot, format: .svg, worker: worker)
            Issue.record("a syntax error rendered")
        } catch {
            guard case .reported(let text) = error else {
                Issue.record("expected Graphviz's error, got \(error)")
                return
            }
            #expect(text.contains("syntax error"))
        }
    }

    /// A worker whose command was killed (a timeout, Ctrl-C) ends too instead of laying out for minutes.
    @Test func workerEndsWhenItsCommandIsGone() throws {
        let liaison = try BinaryRunner.executable.path
        let star = (["graph \"g\" {"] + (1..<1000).map { "hub -- n\($0);" } + ["}"]).joined(separator: "\n")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-orphan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(star.utf8).write(to: folder.appendingPathComponent("star.dot"))
        // The shell starts the worker (fdp on a 1,000-node star runs for minutes), prints its pid and exits.
        let outcome = try BinaryRunner.runShell(
            "'\(liaison)' render-worker --engine fdp --parent $$ < star.dot > /dev/null 2>&1 & echo $!; sleep 1", in: folder)
        let pid = try #require(Int32(outcome.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)))
        var alive = true
        for _ in 0..<50 where alive {
            usleep(100_000)
            alive = kill(pid, 0) == 0
        }
        if alive { kill(pid, SIGKILL) }
        #expect(!alive, "the worker outlived its command")
    }
}
