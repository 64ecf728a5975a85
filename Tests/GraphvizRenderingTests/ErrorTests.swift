import Foundation
import GraphvizRendering
import Testing

@Suite struct ErrorTests {
    @Test func syntaxErrorThrowsParseErrorWithMessageAndNothingOnStderr() throws {
        let (error, written) = try capturingStandardError { () -> GraphvizError? in
            do throws(GraphvizError) {
                _ = try Graphviz.render(dot: "digraph { a -> ; }", engine: .dot, format: .svg)
                return nil
            } catch {
                return error
            }
        }
        #expect(!written.containsGraphvizMessage, "stderr got: \(written)")
        let parseError = try #require(error)
        guard case .parse(let message) = parseError else {
            Issue.record("expected a parse error, got \(parseError)")
            return
        }
        // Graphviz 2.42 does not always reset its lexer's line counter between texts (see docs/RELIABILITY.md),
        // so the line number is not asserted.
        #expect(message.contains("syntax error in line"))
        #expect(message.contains("near ';'"))
    }

    @Test func aGoodGraphRendersRightAfterABadOne() throws {
        #expect(throws: GraphvizError.self) {
            try Graphviz.render(dot: "graph { a -- ", engine: .dot, format: .svg)
        }
        let svg = try Graphviz.render(dot: "graph { a -- b }", engine: .dot, format: .svg)
        #expect(SVGInspector(svg: svg).nodeGroupCount == 2)
    }

    @Test(arguments: ["", "   ", "not a graph", "digraph {", "}}}{{{", "digraph { a\u{0}b }"])
    func malformedTextThrowsParseError(dot: String) {
        do {
            let bytes = try Graphviz.render(dot: dot, engine: .dot, format: .svg)
            Issue.record("rendered \(bytes.count) bytes from malformed DOT \(dot.debugDescription)")
        } catch {
            guard case .parse(let message) = error else {
                Issue.record("expected a parse error, got \(error)")
                return
            }
            #expect(!message.isEmpty)
        }
    }

    @Test func errorDescriptionsNameTheStep() {
        #expect(GraphvizError.parse(message: "x").description.hasPrefix("cannot parse the DOT text"))
        #expect(GraphvizError.layout(engine: .sfdp, message: "x").description.contains("sfdp"))
        #expect(GraphvizError.render(format: .png, message: "x").message == "x")
    }
}
