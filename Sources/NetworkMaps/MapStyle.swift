import Foundation
import NetworkModel

/// How a network map looks: colours, shapes, fonts, sizes and tie styles.
///
/// The default palette is Okabe and Ito's colour-blind-safe set (Okabe, M. and Ito, K.,
/// *Color Universal Design*, 2008; Wong, B., "Points of view: Color blindness",
/// Nature Methods 8, 441, 2011, doi:10.1038/nmeth.1618). Styles are `Codable`: a JSON
/// style file may set any subset of the properties and the rest keep their defaults.
public struct MapStyle: Codable, Sendable, Equatable {
    /// Colours for categories (attribute values, communities) in order of category size.
    /// Categories beyond the palette share ``otherColor``.
    public var palette: [String]
    /// The colour of categories beyond the palette and of kinds without a colour.
    public var otherColor: String
    /// Fill colour per node kind (the kind's raw value, e.g. `person`).
    public var kindColors: [String: String]
    /// Graphviz shape per node kind.
    public var kindShapes: [String: String]
    /// The shape of kinds without an entry in ``kindShapes``.
    public var fallbackShape: String
    /// Node outline colour.
    public var nodeBorderColor: String
    public var fontName: String
    /// Font size of node labels, in points.
    public var fontSize: Double
    /// Font size of the title, in points.
    public var titleFontSize: Double
    /// Font size of the legend, in points.
    public var legendFontSize: Double
    public var fontColor: String
    public var backgroundColor: String
    /// Smallest and largest node width, in inches, for the size metric's minimum and maximum.
    public var minNodeSize: Double
    public var maxNodeSize: Double
    /// Edge colour (with alpha, so dense regions read as darker).
    public var edgeColor: String
    /// Edge colour per tie kind, overriding ``edgeColor``.
    public var tieKindColors: [String: String]
    /// Graphviz edge style per tie kind (`bold`, `dashed`, `dotted`, `solid`).
    public var tieKindStyles: [String: String]
    /// Thinnest and thickest edge, in points, for the lightest and heaviest tie.
    public var minEdgeWidth: Double
    public var maxEdgeWidth: Double
    /// Cluster box outline and fill colours.
    public var clusterBorderColor: String
    public var clusterFillColor: String

    /// The bundled style.
    public static let `default` = MapStyle(
        palette: ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"],
        otherColor: "#BBBBBB",
        kindColors: [
            "person": "#0072B2", "organization": "#E69F00", "initiative": "#009E73", "practice": "#CC79A7",
            "event": "#D55E00",
        ],
        kindShapes: [
            "person": "ellipse", "organization": "box", "initiative": "hexagon", "practice": "diamond",
            "event": "triangle",
        ],
        fallbackShape: "circle",
        nodeBorderColor: "#FFFFFF",
        fontName: "Helvetica",
        fontSize: 10,
        titleFontSize: 18,
        legendFontSize: 10,
        fontColor: "#222222",
        backgroundColor: "#FFFFFF",
        minNodeSize: 0.18,
        maxNodeSize: 0.75,
        edgeColor: "#55555588",
        tieKindColors: [
            "funds": "#B07D00CC", "advises": "#0072B2AA", "shares": "#CC79A7CC", "leads": "#009E73AA",
            "convenes": "#D55E00AA", "member_of": "#56B4E9AA", "participates_in": "#009E7388",
            "attended": "#D55E0088", "adopts": "#CC79A788",
        ],
        tieKindStyles: [
            "funds": "bold", "advises": "dashed", "shares": "dotted", "convenes": "dashed", "adopts": "dotted",
        ],
        minEdgeWidth: 0.6,
        maxEdgeWidth: 2.5,
        clusterBorderColor: "#9A9A9A",
        clusterFillColor: "#F6F6F6"
    )

    public init(
        palette: [String], otherColor: String, kindColors: [String: String], kindShapes: [String: String],
        fallbackShape: String, nodeBorderColor: String, fontName: String, fontSize: Double, titleFontSize: Double,
        legendFontSize: Double, fontColor: String, backgroundColor: String, minNodeSize: Double, maxNodeSize: Double,
        edgeColor: String, tieKindColors: [String: String], tieKindStyles: [String: String], minEdgeWidth: Double,
        maxEdgeWidth: Double, clusterBorderColor: String, clusterFillColor: String
    ) {
        self.palette = palette
        self.otherColor = otherColor
        self.kindColors = kindColors
        self.kindShapes = kindShapes
        self.fallbackShape = fallbackShape
        self.nodeBorderColor = nodeBorderColor
        self.fontName = fontName
        self.fontSize = fontSize
        self.titleFontSize = titleFontSize
        self.legendFontSize = legendFontSize
        self.fontColor = fontColor
        self.backgroundColor = backgroundColor
        self.minNodeSize = minNodeSize
        self.maxNodeSize = maxNodeSize
        self.edgeColor = edgeColor
        self.tieKindColors = tieKindColors
        self.tieKindStyles = tieKindStyles
        self.minEdgeWidth = minEdgeWidth
        self.maxEdgeWidth = maxEdgeWidth
        self.clusterBorderColor = clusterBorderColor
        self.clusterFillColor = clusterFillColor
    }

    /// The JSON keys of a style file (the property names).
    enum CodingKeys: String, CodingKey {
        case palette, otherColor, kindColors, kindShapes, fallbackShape, nodeBorderColor, fontName, fontSize
        case titleFontSize, legendFontSize, fontColor, backgroundColor, minNodeSize, maxNodeSize, edgeColor
        case tieKindColors, tieKindStyles, minEdgeWidth, maxEdgeWidth, clusterBorderColor, clusterFillColor
    }

    /// The fill colour of a node kind.
    public func color(of kind: NodeKind) -> String { kindColors[kind.rawValue] ?? otherColor }

    /// The Graphviz shape of a node kind.
    public func shape(of kind: NodeKind) -> String { kindShapes[kind.rawValue] ?? fallbackShape }

    /// The edge colour of a tie kind.
    public func edgeColor(of kind: TieKind) -> String { tieKindColors[kind.rawValue] ?? edgeColor }

    /// The Graphviz edge style of a tie kind (`solid` unless the style names one).
    public func edgeStyle(of kind: TieKind) -> String { tieKindStyles[kind.rawValue] ?? "solid" }
}
