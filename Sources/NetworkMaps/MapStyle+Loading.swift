import Foundation

/// Why a style file could not be used.
public enum MapStyleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The JSON is malformed or a value has the wrong type.
    case invalidJSON(reason: String)
    /// A colour is not `#RRGGBB` or `#RRGGBBAA`.
    case invalidColor(property: String, value: String)
    /// A size or width is not a positive finite number, or a minimum exceeds its maximum.
    case invalidSize(property: String, value: Double)
    /// A shape or edge style is not one Graphviz knows.
    case invalidName(property: String, value: String)
    /// A size lies outside what Graphviz lays out and renders safely (see ``MapStyle/sizeBounds``).
    case outOfRange(property: String, value: Double, bounds: ClosedRange<Double>)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "cannot read the style file \(path): \(reason)"
        case .invalidJSON(let reason): return "the style file is not valid: \(reason)"
        case .invalidColor(let property, let value):
            return "\(property): '\(value)' is not a colour; write #RRGGBB or #RRGGBBAA"
        case .invalidSize(let property, let value):
            return "\(property): \(value) must be a positive number (and a minimum no larger than its maximum)"
        case .invalidName(let property, let value): return "\(property): '\(value)' is not a Graphviz name Liaison accepts"
        case .outOfRange(let property, let value, let bounds):
            return "\(property): \(value) is outside \(bounds.lowerBound)…\(bounds.upperBound), the range Graphviz draws safely"
        }
    }
}

extension MapStyle {
    /// Reads a JSON style file; properties it leaves out keep their ``default`` values.
    /// - Throws: ``MapStyleError`` when the file is unreadable, malformed or has invalid values.
    public static func load(from url: URL) throws(MapStyleError) -> MapStyle {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try decode(json: data)
    }

    /// Decodes and validates a JSON style; properties it leaves out keep their ``default`` values.
    /// - Throws: ``MapStyleError`` when the JSON is malformed or has invalid values.
    public static func decode(json: Data) throws(MapStyleError) -> MapStyle {
        let style: MapStyle
        do {
            style = try JSONDecoder().decode(MapStyle.self, from: json)
        } catch {
            throw .invalidJSON(reason: String(describing: error))
        }
        try style.validate()
        return style
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let base = MapStyle.default
        func value<T: Decodable>(_ key: CodingKeys, _ fallback: T) throws -> T {
            try container.decodeIfPresent(T.self, forKey: key) ?? fallback
        }
        self.init(
            palette: try value(.palette, base.palette),
            otherColor: try value(.otherColor, base.otherColor),
            kindColors: try value(.kindColors, base.kindColors),
            kindShapes: try value(.kindShapes, base.kindShapes),
            fallbackShape: try value(.fallbackShape, base.fallbackShape),
            nodeBorderColor: try value(.nodeBorderColor, base.nodeBorderColor),
            fontName: try value(.fontName, base.fontName),
            fontSize: try value(.fontSize, base.fontSize),
            titleFontSize: try value(.titleFontSize, base.titleFontSize),
            legendFontSize: try value(.legendFontSize, base.legendFontSize),
            fontColor: try value(.fontColor, base.fontColor),
            backgroundColor: try value(.backgroundColor, base.backgroundColor),
            minNodeSize: try value(.minNodeSize, base.minNodeSize),
            maxNodeSize: try value(.maxNodeSize, base.maxNodeSize),
            edgeColor: try value(.edgeColor, base.edgeColor),
            tieKindColors: try value(.tieKindColors, base.tieKindColors),
            tieKindStyles: try value(.tieKindStyles, base.tieKindStyles),
            minEdgeWidth: try value(.minEdgeWidth, base.minEdgeWidth),
            maxEdgeWidth: try value(.maxEdgeWidth, base.maxEdgeWidth),
            clusterBorderColor: try value(.clusterBorderColor, base.clusterBorderColor),
            clusterFillColor: try value(.clusterFillColor, base.clusterFillColor)
        )
    }

    /// Checks colours, sizes, shapes and edge styles.
    /// - Throws: ``MapStyleError`` naming the first invalid property.
    public func validate() throws(MapStyleError) {
        var colors: [(String, String)] = [
            ("otherColor", otherColor), ("nodeBorderColor", nodeBorderColor), ("fontColor", fontColor),
            ("backgroundColor", backgroundColor), ("edgeColor", edgeColor),
            ("clusterBorderColor", clusterBorderColor), ("clusterFillColor", clusterFillColor),
        ]
        colors += palette.enumerated().map { ("palette[\($0.offset)]", $0.element) }
        colors += kindColors.sorted { $0.key < $1.key }.map { ("kindColors.\($0.key)", $0.value) }
        colors += tieKindColors.sorted { $0.key < $1.key }.map { ("tieKindColors.\($0.key)", $0.value) }
        for (property, color) in colors where !Self.isHexColor(color) {
            throw .invalidColor(property: property, value: color)
        }
        let sizes: [(String, Double)] = [
            ("fontSize", fontSize), ("titleFontSize", titleFontSize), ("legendFontSize", legendFontSize),
            ("minNodeSize", minNodeSize), ("maxNodeSize", maxNodeSize), ("minEdgeWidth", minEdgeWidth),
            ("maxEdgeWidth", maxEdgeWidth),
        ]
        for (property, size) in sizes where !(size.isFinite && size > 0) {
            throw .invalidSize(property: property, value: size)
        }
        for (property, size) in sizes {
            guard let bounds = Self.sizeBounds[property], !bounds.contains(size) else { continue }
            throw .outOfRange(property: property, value: size, bounds: bounds)
        }
        if minNodeSize > maxNodeSize { throw .invalidSize(property: "minNodeSize", value: minNodeSize) }
        if minEdgeWidth > maxEdgeWidth { throw .invalidSize(property: "minEdgeWidth", value: minEdgeWidth) }
        if palette.isEmpty { throw .invalidColor(property: "palette", value: "[]") }
        let shapes = [("fallbackShape", fallbackShape)] + kindShapes.sorted { $0.key < $1.key }.map { ("kindShapes.\($0.key)", $0.value) }
        for (property, shape) in shapes where !Self.shapes.contains(shape) {
            throw .invalidName(property: property, value: shape)
        }
        for (kind, style) in tieKindStyles.sorted(by: { $0.key < $1.key }) where !Self.edgeStyles.contains(style) {
            throw .invalidName(property: "tieKindStyles.\(kind)", value: style)
        }
    }

    /// The range of every numeric field. Graphviz 2.42 aborts or crashes on sizes that pass the
    /// positive-and-finite check: `maxNodeSize` 1e7 (inches) makes dot, neato and circo overflow
    /// their integer coordinates (abort in `dot_position`, segfault in neato and circo). Node widths
    /// go from Graphviz's own minimum (0.01 in) to 20 in; fonts from 1 pt (Graphviz's minimum) to
    /// 200 pt; pen widths to 50 pt (docs/RELIABILITY.md, "Graphviz failures").
    public static let sizeBounds: [String: ClosedRange<Double>] = [
        "fontSize": 1...200, "titleFontSize": 1...200, "legendFontSize": 1...200,
        "minNodeSize": 0.01...20, "maxNodeSize": 0.01...20, "minEdgeWidth": 0.01...50, "maxEdgeWidth": 0.01...50,
    ]

    /// Node shapes a style may name (Graphviz polygon shapes that take a fill).
    static let shapes: Set<String> = [
        "ellipse", "circle", "box", "rect", "square", "hexagon", "diamond", "triangle", "invtriangle", "octagon",
        "pentagon", "septagon", "house", "invhouse", "trapezium", "parallelogram", "doublecircle", "egg", "star",
        "cylinder", "note", "tab", "folder", "component", "Mdiamond", "Msquare", "Mcircle",
    ]

    /// Edge styles a style may name.
    static let edgeStyles: Set<String> = ["solid", "bold", "dashed", "dotted", "invis"]

    static func isHexColor(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.first == UInt8(ascii: "#"), bytes.count == 7 || bytes.count == 9 else { return false }
        return bytes.dropFirst().allSatisfy { byte in
            (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f"))
        }
    }
}
