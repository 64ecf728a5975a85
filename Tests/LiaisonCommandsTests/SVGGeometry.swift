import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The boxes of a rendered map's SVG: node shapes, label texts and legend texts, in SVG coordinates.
///
/// Text boxes are estimated from the font size (0.55 em a character, about Helvetica's average; the map
/// places labels with a wider 0.6 em), from the baseline 0.8 em up and 0.2 em down.
final class SVGGeometry: NSObject, XMLParserDelegate {
    struct Box {
        var minX, minY, maxX, maxY: Double
        var text = ""
        var owner = ""

        func overlaps(_ other: Box, tolerance: Double = 0.5) -> Bool {
            min(maxX, other.maxX) - max(minX, other.minX) > tolerance
                && min(maxY, other.maxY) - max(minY, other.minY) > tolerance
        }

        var area: Double { (maxX - minX) * (maxY - minY) }
    }

    private(set) var width = 0.0
    private(set) var height = 0.0
    /// Shapes of data nodes (`g` ids starting `node:`).
    private(set) var shapes: [Box] = []
    /// Texts of placed labels (`g` ids starting `label:`), one box per line.
    private(set) var labels: [Box] = []
    /// Texts outside every node, edge and cluster: the title and legend.
    private(set) var legendTexts: [Box] = []
    /// Ids of data nodes that have a label.
    private(set) var labelledNodeIDs: Set<String> = []
    private(set) var parsed = false

    private var groups: [(id: String, kind: String)] = []
    private var text: (x: Double, y: Double, size: Double, anchor: String)?
    private var characters = ""

    init(svg: Data) {
        super.init()
        let parser = XMLParser(data: svg)
        parser.delegate = self
        parsed = parser.parse()
    }

    /// Pairs of labels that overlap (lines of one label never count against each other).
    var labelOverlaps: [(String, String)] {
        var pairs: [(String, String)] = []
        for i in labels.indices {
            for j in labels.indices where j > i && labels[i].owner != labels[j].owner && labels[i].overlaps(labels[j]) {
                pairs.append((labels[i].text, labels[j].text))
            }
        }
        return pairs
    }

    /// Label lines that overlap a node's shape.
    var labelNodeOverlaps: [(String, String)] {
        var pairs: [(String, String)] = []
        for label in labels { for shape in shapes where label.overlaps(shape) { pairs.append((label.text, shape.owner)) } }
        return pairs
    }

    /// The legend's bounding box as a share of the image.
    var legendShare: Double {
        guard !legendTexts.isEmpty, width > 0, height > 0 else { return 0 }
        let box = Box(
            minX: legendTexts.map(\.minX).min() ?? 0, minY: legendTexts.map(\.minY).min() ?? 0,
            maxX: legendTexts.map(\.maxX).max() ?? 0, maxY: legendTexts.map(\.maxY).max() ?? 0)
        return box.area / (width * height)
    }

    private var owner: (id: String, kind: String)? { groups.last { $0.kind == "node" || $0.kind == "edge" || $0.kind == "cluster" } }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        switch elementName {
        case "svg":
            width = Double(attributes["width", default: "0"].replacingOccurrences(of: "pt", with: "")) ?? 0
            height = Double(attributes["height", default: "0"].replacingOccurrences(of: "pt", with: "")) ?? 0
        case "g":
            groups.append((attributes["id"] ?? "", attributes["class"] ?? ""))
        case "text":
            text = (
                Double(attributes["x"] ?? "") ?? 0, Double(attributes["y"] ?? "") ?? 0,
                Double(attributes["font-size"] ?? "") ?? 14, attributes["text-anchor"] ?? "start"
            )
            characters = ""
        case "ellipse" where owner?.id.hasPrefix("node:") == true:
            let cx = Double(attributes["cx"] ?? "") ?? 0, cy = Double(attributes["cy"] ?? "") ?? 0
            let rx = Double(attributes["rx"] ?? "") ?? 0, ry = Double(attributes["ry"] ?? "") ?? 0
            shapes.append(Box(minX: cx - rx, minY: cy - ry, maxX: cx + rx, maxY: cy + ry, owner: owner?.id ?? ""))
        case "polygon" where owner?.id.hasPrefix("node:") == true:
            let points = (attributes["points"] ?? "").split(separator: " ").map {
                $0.split(separator: ",").compactMap { Double($0) }
            }.filter { $0.count == 2 }
            guard let first = points.first else { return }
            var box = Box(minX: first[0], minY: first[1], maxX: first[0], maxY: first[1], owner: owner?.id ?? "")
            for point in points {
                box.minX = min(box.minX, point[0])
                box.maxX = max(box.maxX, point[0])
                box.minY = min(box.minY, point[1])
                box.maxY = max(box.maxY, point[1])
            }
            shapes.append(box)
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { characters += string }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if elementName == "g" { _ = groups.popLast() }
        guard elementName == "text", let text else { return }
        let width = Double(characters.count) * 0.55 * text.size
        let minX = text.anchor == "middle" ? text.x - width / 2 : text.anchor == "end" ? text.x - width : text.x
        let box = Box(
            minX: minX, minY: text.y - 0.8 * text.size, maxX: minX + width, maxY: text.y + 0.2 * text.size,
            text: characters, owner: owner?.id ?? "")
        if let owner, owner.id.hasPrefix("label:") {
            labels.append(box)
            labelledNodeIDs.insert(String(owner.id.dropFirst("label:".count)))
        } else if owner == nil {
            legendTexts.append(box)
        }
        self.text = nil
    }
}
