import Foundation

/// The map: the SVG the caller rendered, inlined, with a search box, zoom and pan, and a node card.
enum MapSection {
    static func html(svg: String?) -> String {
        guard let svg else {
            return """
                <section id="map-section"><h2>Map</h2><p>No map was drawn for this report.</p>\(controls)</section>
                """
        }
        return """
            <section id="map-section"><h2>Map</h2>
            \(controls)
            <div id="map" class="map" title="Scroll to zoom, drag to pan, click a node for its card">\(inlineSVG(svg))</div>
            <aside id="card" class="card" hidden></aside>
            </section>
            """
    }

    private static let controls = """
        <div class="controls"><label for="search">Find a node</label> \
        <input id="search" type="search" placeholder="name or id" autocomplete="off"> \
        <button type="button" id="reset-view">Reset view</button> <span id="search-status" role="status"></span></div>
        """

    /// The SVG element alone: the XML declaration, doctype and comments dropped, and the namespace
    /// declarations removed (HTML puts an inline `<svg>` in the SVG namespace itself), so the file names
    /// no URL.
    static func inlineSVG(_ svg: String) -> String {
        var text = svg
        if let start = text.range(of: "<svg") { text = String(text[start.lowerBound...]) }
        text = removingComments(text)
        for declaration in [" xmlns=\"http://www.w3.org/2000/svg\"", " xmlns:xlink=\"http://www.w3.org/1999/xlink\""] {
            text = text.replacingAll(declaration, with: "")
        }
        return text.replacingAll("xlink:href", with: "href")
    }

    private static func removingComments(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<!--") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { return out }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}

extension String {
    /// Every occurrence of `target` replaced (Foundation-free).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
