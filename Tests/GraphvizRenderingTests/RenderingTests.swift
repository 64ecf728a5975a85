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
