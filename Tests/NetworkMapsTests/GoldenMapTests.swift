import NetworkMaps
import NetworkModel
import Testing

/// The whole DOT text of a tiny map, checked byte for byte: node styling, cluster,
/// legend markup, escaping of quotes and `<` in labels, tie styles and arrows.
@Suite struct GoldenMapTests {
    static func tinyNetwork() throws -> Network {
        var network = Network()
        try network.addNode(Node(id: "ana", label: "Ana \"A\" Ruiz", kind: .person, attributes: ["city": "Lyon"]))
        try network.addNode(Node(id: "fund", label: "Green Fund", kind: .organization, attributes: ["city": "Lyon"]))
        try network.addNode(Node(id: "garden", label: "Garden <Lab>", kind: .initiative))
        try network.addTie(Tie(source: 1, target: 2, kind: .funds, weight: 2))
        try network.addTie(Tie(source: 0, target: 2, kind: .collaboratesWith))
        return network
    }

    @Test func tinyMapMatchesTheGoldenText() throws {
        let options = MapOptions(
            title: "Tiny & golden", size: MapMetric(name: "betweenness", values: [0, 0, 1]), clusterAttribute: "city")
        let dot = try NetworkMap(network: try Self.tinyNetwork(), options: options).dotText()
        #expect(dot == Self.golden)
    }

    static let golden = ##"""
            digraph liaison_map {
              graph [layout="neato", bgcolor="#FFFFFF", fontname="Helvetica", fontcolor="#222222", pad=0.3, outputorder="edgesfirst", forcelabels="true", start=1, overlap="prism", sep="+8", tooltip="Tiny & golden", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="1" CELLPADDING="2"><TR><TD ALIGN="LEFT" COLSPAN="2"><FONT POINT-SIZE="18"><B>Tiny &amp; golden</B></FONT></TD></TR><TR><TD ALIGN="LEFT"><B><FONT POINT-SIZE="10">Colour: kind</FONT></B></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="12" COLOR="#009E73">⬢</FONT> <FONT POINT-SIZE="10">initiative (1)</FONT>   <FONT POINT-SIZE="12" COLOR="#E69F00">■</FONT> <FONT POINT-SIZE="10">organization (1)</FONT>   <FONT POINT-SIZE="12" COLOR="#0072B2">●</FONT> <FONT POINT-SIZE="10">person (1)</FONT></TD></TR><TR><TD ALIGN="LEFT"><B><FONT POINT-SIZE="10">Size: betweenness</FONT></B></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="7" COLOR="#666666">●</FONT><FONT POINT-SIZE="13" COLOR="#666666">●</FONT> <FONT POINT-SIZE="10">0 to 1</FONT></TD></TR><TR><TD ALIGN="LEFT"><B><FONT POINT-SIZE="10">Ties</FONT></B></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="12" COLOR="#555555">───</FONT> <FONT POINT-SIZE="10">collaborates_with (1)</FONT>   <FONT POINT-SIZE="12" COLOR="#B07D00">━━━</FONT> <FONT POINT-SIZE="10">funds (1)</FONT></TD></TR></TABLE>>, labelloc="b", labeljust="l"];
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
}
