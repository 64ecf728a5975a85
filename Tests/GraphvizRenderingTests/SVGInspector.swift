import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an SVG with Foundation's XMLParser and records what the tests look at.
final class SVGInspector: NSObject, XMLParserDelegate {
    private(set) var groupClasses: [String] = []
    private(set) var elementNames: Set<String> = []
    private(set) var texts: [String] = []
    private(set) var titles: [String] = []
    private(set) var parsed = false
    private var currentText = ""

    init(svg: [UInt8]) {
        super.init()
        let parser = XMLParser(data: Data(svg))
        parser.delegate = self
        parsed = parser.parse()
    }

    var nodeGroupCount: Int { groupClasses.filter { $0 == "node" }.count }
    var edgeGroupCount: Int { groupClasses.filter { $0 == "edge" }.count }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String]
    ) {
        elementNames.insert(elementName)
        if elementName == "g", let kind = attributes["class"] { groupClasses.append(kind) }
        currentText = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { currentText += string }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if elementName == "text" { texts.append(currentText) }
        if elementName == "title" { titles.append(currentText) }
        currentText = ""
    }
}
