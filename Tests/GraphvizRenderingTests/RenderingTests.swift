import Dispatch
import Foundation
import GraphvizRendering
import Synchronization
import Testing

@Suite struct RenderingTests {
    static let triangle = """
        digraph triangle { a [label="Ada"]; b [label="Bo"]; c [label="Cy"]; a -> b; b -> c; }
        """

    @Test func threeNodeGraphRendersToSVGWithNodeAndEdgeGroups() throws {
        let svg = try Graphviz.render(dot: Self.triangle, engine: .dot, format: .svg)
        let inspector = SVGInspector(svg: svg)
        #expect(inspector.parsed)
        #expect(inspector.elementNames.contains("svg"))
        #expect(inspector.nodeGroupCount == 3)
        #expect(inspector.edgeGroupCount == 2)
        #expect(inspector.texts.sorted() == ["Ada", "Bo", "Cy"])
    }

    @Test func pngAndPDFHaveTheirSignatures() throws {
        let png = try Graphviz.render(dot: Self.triangle, engine: .dot, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try Graphviz.render(dot: Self.triangle, engine: .dot, format: .pdf)
        #expect(Array(pdf.prefix(4)) == Array("%PDF".utf8))
    }

    @Test func laidOutDOTCarriesPositions() throws {
        let bytes = try Graphviz.render(dot: Self.triangle, engine: .neato, format: .dot)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("bb=\""))
        #expect(text.components(separatedBy: "pos=\"").count - 1 == 5)  // three nodes and two edges
    }

    @Test(arguments: [RenderFormat.svg, .png, .dot])
    func renderingTwiceGivesIdenticalBytes(format: RenderFormat) throws {
        // Named: an anonymous graph gets a process-wide counter (`%3`, `%27`) as its SVG title.
        let dot = "graph square { start=7; a -- b -- c -- d -- a; a -- c }"
        for engine in LayoutEngine.allCases {
            let first = try Graphviz.render(dot: dot, engine: engine, format: format)
            let second = try Graphviz.render(dot: dot, engine: engine, format: format)
            let identical = first == second
            #expect(!first.isEmpty)
            #expect(identical, "\(engine) \(format)")
        }
    }

    /// A layout after other layouts in the same process gives the bytes of the first: Graphviz draws from
    /// the C library's process-wide random generators (the `sfdp` coarsening, the `prism` overlap removal),
    /// so without reseeding before each layout the second map of a 372-node network came out different.
    /// The two programs maps use; `fdp` is left out: Graphviz 2.42's `fdp` lays out a graph of this size
    /// differently on every call in one process even so (the `liaison` binary runs every layout in a new
    /// child process, where it repeats).
    @Test(arguments: [LayoutEngine.sfdp, .neato])
    func layoutDoesNotDependOnEarlierLayoutsInTheProcess(engine: LayoutEngine) throws {
        var lines = ["graph ring { start=1; overlap=prism; node [shape=circle, width=0.3, label=\"\"];"]
        for i in 0..<160 { lines.append("n\(i) -- n\((i + 1) % 160); n\(i) -- n\((i * 7 + 3) % 160);") }
        lines.append("}")
        let dot = lines.joined(separator: "\n")
        let first = try Graphviz.render(dot: dot, engine: engine, format: .dot)
        for other in [LayoutEngine.sfdp, .neato] {
            _ = try Graphviz.render(dot: dot, engine: other, format: .dot)
        }
        let again = try Graphviz.render(dot: dot, engine: engine, format: .dot)
        let identical = first == again
        #expect(identical, "\(engine)")
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineRenders(engine: LayoutEngine) throws {
        let svg = try Graphviz.render(dot: Self.triangle, engine: engine, format: .svg)
        let inspector = SVGInspector(svg: svg)
        #expect(inspector.nodeGroupCount == 3)
        #expect(inspector.edgeGroupCount == 2)
    }

    /// A legend as the root graph's HTML-like label, the way NetworkMaps draws it.
    @Test(arguments: LayoutEngine.allCases)
    func htmlTableLegendIsDrawnByEveryEngine(engine: LayoutEngine) throws {
        let dot = """
            digraph legend {
              graph [label=<<TABLE BORDER="0"><TR><TD COLSPAN="2"><B>Title &amp; co</B></TD></TR>\
            <TR><TD><FONT COLOR="#0072B2">●</FONT></TD><TD>person (2)</TD></TR></TABLE>>, labelloc="t", labeljust="l"];
              n0 [xlabel="Ana", shape=circle, fixedsize=true, width=0.3, label=""]; n1 [label="Bo"]; n0 -> n1;
            }
            """
        let rendering = try Graphviz.renderWithWarnings(dot: dot, engine: engine, format: .svg)
        let inspector = SVGInspector(svg: rendering.bytes)
        #expect(rendering.warnings.isEmpty, "\(rendering.warnings)")
        #expect(inspector.texts.contains("Title & co"))
        #expect(inspector.texts.contains("person (2)"))
        #expect(inspector.texts.contains("Ana"))
        #expect(inspector.nodeGroupCount == 2)
    }

    @Test func concurrentRendersFromSeveralThreadsAreCorrect() throws {
        let expected = try Graphviz.render(dot: Self.triangle, engine: .dot, format: .svg)
        let results = Mutex<[Int: [UInt8]]>([:])
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            let engine = worker.isMultiple(of: 2) ? LayoutEngine.dot : .neato
            let bytes = (try? Graphviz.render(dot: Self.triangle, engine: engine, format: .svg)) ?? []
            results.withLock { $0[worker] = bytes }
        }
        let collected = results.withLock { $0 }
        #expect(collected.count == 8)
        for (worker, bytes) in collected.sorted(by: { $0.key < $1.key }) {
            let inspector = SVGInspector(svg: bytes)
            #expect(inspector.nodeGroupCount == 3, "worker \(worker)")
            #expect(inspector.edgeGroupCount == 2, "worker \(worker)")
            let identical = bytes == expected
            if worker.isMultiple(of: 2) { #expect(identical, "worker \(worker)") }
        }
    }

    @Test func warningsAreCapturedNotPrinted() throws {
        let (rendering, written) = try capturingStandardError {
            try Graphviz.renderWithWarnings(dot: "digraph { a [shape=banana]; a -> b }", engine: .dot, format: .svg)
        }
        #expect(!written.containsGraphvizMessage, "stderr got: \(written)")
        #expect(SVGInspector(svg: rendering.bytes).nodeGroupCount == 2)
        #expect(rendering.warnings.contains { $0.contains("banana") }, "\(rendering.warnings)")
    }
}
