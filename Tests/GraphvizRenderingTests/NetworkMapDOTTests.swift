import Foundation
import GraphvizRendering
import Testing

/// A map as NetworkMaps writes it (its golden tiny map, copied here because this
/// target cannot import NetworkMaps), laid out and drawn by every engine.
@Suite struct NetworkMapDOTTests {
    static let tinyMap = ##"""
            digraph liaison_map {
              graph [layout="fdp", bgcolor="#FFFFFF", fontname="Helvetica", fontcolor="#222222", pad=0.3, outputorder="edgesfirst", forcelabels="true", start=1, tooltip="Tiny & golden", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="1" CELLPADDING="2"><TR><TD ALIGN="LEFT" COLSPAN="2"><FONT POINT-SIZE="18"><B>Tiny &amp; golden</B></FONT></TD></TR><TR><TD ALIGN="LEFT" COLSPAN="2"><FONT POINT-SIZE="10"><B>Colour: kind</B></FONT></TD></TR><TR><TD ALIGN="CENTER"><FONT POINT-SIZE="13" COLOR="#009E73">⬢</FONT></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">initiative (1)</FONT></TD></TR><TR><TD ALIGN="CENTER"><FONT POINT-SIZE="13" COLOR="#E69F00">■</FONT></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">organization (1)</FONT></TD></TR><TR><TD ALIGN="CENTER"><FONT POINT-SIZE="13" COLOR="#0072B2">●</FONT></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">person (1)</FONT></TD></TR><TR><TD ALIGN="LEFT" COLSPAN="2"><FONT POINT-SIZE="10"><B>Size: betweenness</B></FONT></TD></TR><TR><TD ALIGN="CENTER"><FONT POINT-SIZE="7" COLOR="#666666">●</FONT><FONT POINT-SIZE="16" COLOR="#666666">●</FONT></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">0 to 1</FONT></TD></TR><TR><TD ALIGN="LEFT" COLSPAN="2"><FONT POINT-SIZE="10"><B>Ties</B></FONT></TD></TR><TR><TD ALIGN="CENTER"><FONT POINT-SIZE="13" COLOR="#555555">───</FONT></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">collaborates_with (1)</FONT></TD></TR><TR><TD ALIGN="CENTER"><FONT POINT-SIZE="13" COLOR="#B07D00">━━━</FONT></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">funds (1)</FONT></TD></TR></TABLE>>, labelloc="t", labeljust="l"];
              node [shape="circle", style="filled", fixedsize="true", label="", color="#FFFFFF", penwidth=0.8, fontname="Helvetica", fontsize=10, fontcolor="#222222"];
              edge [color="#55555588", penwidth=0.6, arrowsize=0.6];
              subgraph cluster_c0 {
                label="Lyon";
                style="rounded,filled";
                color="#9A9A9A";
                fillcolor="#F6F6F6";
                fontname="Helvetica";
                fontsize=11;
                fontcolor="#222222";
                n0 [id="node:ana", fillcolor="#0072B2", width=0.18, height=0.18, shape="ellipse", xlabel="Ana \"A\" Ruiz", tooltip="Ana \"A\" Ruiz\nid: ana\nkind: person\nties: 1\nbetweenness: 0"];
                n1 [id="node:fund", fillcolor="#E69F00", width=0.18, height=0.18, shape="box", xlabel="Green Fund", tooltip="Green Fund\nid: fund\nkind: organization\nties: 1\nbetweenness: 0"];
              }
              n2 [id="node:garden", fillcolor="#009E73", width=0.75, height=0.75, shape="hexagon", xlabel="Garden <Lab>", tooltip="Garden <Lab>\nid: garden\nkind: initiative\nties: 2\nbetweenness: 1"];
              n1 -> n2 [penwidth=2.5, style="bold", color="#B07D00CC", tooltip="Green Fund → Garden <Lab>\nfunds, weight 2"];
              n0 -> n2 [penwidth=0.6, dir="none", tooltip="Ana \"A\" Ruiz — Garden <Lab>\ncollaborates_with, weight 1"];
            }

            """##

    @Test(arguments: LayoutEngine.allCases)
    func tinyMapRendersWithLegendLabelsAndTooltips(engine: LayoutEngine) throws {
        let rendering = try Graphviz.renderWithWarnings(dot: Self.tinyMap, engine: engine, format: .svg)
        #expect(rendering.warnings.isEmpty, "\(rendering.warnings)")
        let inspector = SVGInspector(svg: rendering.bytes)
        #expect(inspector.parsed)
        #expect(inspector.nodeGroupCount == 3)
        #expect(inspector.edgeGroupCount == 2)
        for text in ["Tiny & golden", "person (1)", "Size: betweenness", "funds (1)", #"Ana "A" Ruiz"#, "Garden <Lab>"] {
            #expect(inspector.texts.contains(text), "\(engine) lacks \(text)")
        }
        let svg = String(decoding: rendering.bytes, as: UTF8.self)
        #expect(svg.contains(#"id="node:garden""#))
        #expect(svg.contains("xlink:title=\"Garden &lt;Lab&gt;&#10;id: garden&#10;kind: initiative"))
    }
}
