import Foundation
import GraphvizRendering
import Testing

/// DOT written by hand the way NetworkMaps escapes data: quoted strings with `"` and `\` escaped.
@Suite struct HostileTextTests {
    @Test func escapedInjectionAttemptStaysOneNodeWithLiteralText() throws {
        // The label is the data string  "];x[label="pwned  escaped as a DOT string.
        let dot = #"digraph { n0 [label="\"];x[label=\"pwned"]; n1 [label="<script>alert(1)</script> & more"]; n0 -> n1 }"#
        let svg = try Graphviz.render(dot: dot, engine: .dot, format: .svg)
        let inspector = SVGInspector(svg: svg)
        #expect(inspector.parsed)
        #expect(inspector.nodeGroupCount == 2)
        #expect(!inspector.elementNames.contains("script"))
        #expect(inspector.texts.contains(#""];x[label="pwned"#))
        #expect(inspector.texts.contains("<script>alert(1)</script> & more"))
        let text = String(decoding: svg, as: UTF8.self)
        #expect(!text.contains("<script"))
    }

    @Test func htmlLabelWithEscapedMarkupShowsTextLiterally() throws {
        let dot = #"digraph { n0 [label=<<B>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;</B>>] }"#
        let svg = try Graphviz.render(dot: dot, engine: .dot, format: .svg)
        let inspector = SVGInspector(svg: svg)
        #expect(!inspector.elementNames.contains("img"))
        #expect(inspector.texts.contains(#"<img src=x onerror=alert(1)> & "q""#))
    }

    @Test func backslashesEmojiAndLongLabelsSurvive() throws {
        let long = String(repeating: "ab ", count: 3_400)
        let dot = #"graph { n0 [label="ends in \\"]; n1 [label="\\N is not the node name 🌍"]; n2 [label=""# + long + #""] }"#
        let svg = try Graphviz.render(dot: dot, engine: .neato, format: .svg)
        let inspector = SVGInspector(svg: svg)
        #expect(inspector.nodeGroupCount == 3)
        #expect(inspector.texts.contains(#"ends in \"#))
        #expect(inspector.texts.contains(#"\N is not the node name 🌍"#))
    }
}
