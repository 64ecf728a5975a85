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
    /// no URL. - Complexity: O(length of the SVG).
    static func inlineSVG(_ svg: String) -> String {
        let bytes = Array(svg.utf8)
        let start = ByteSearch.first(Array("<svg".utf8), in: bytes, from: 0) ?? 0
        let removals = [
            ("<!--", "-->"), (" xmlns=\"http://www.w3.org/2000/svg\"", ""),
            (" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", ""),
        ].map { (Array($0.0.utf8), Array($0.1.utf8)) }
        let link = Array("xlink:href".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - start)
        var i = start
        scan: while i < bytes.count {
            for (opening, closing) in removals where ByteSearch.matches(opening, in: bytes, at: i) {
                if closing.isEmpty {
                    i += opening.count
                } else {
                    guard let end = ByteSearch.first(closing, in: bytes, from: i + opening.count) else { break scan }
                    i = end + closing.count
                }
                continue scan
            }
            if ByteSearch.matches(link, in: bytes, at: i) {
                out += Array("href".utf8)
                i += link.count
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Searching UTF-8 bytes for short patterns.
enum ByteSearch {
    /// Whether `pattern` occurs in `bytes` at `index`.
    static func matches(_ pattern: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count, bytes[index] == pattern[0] else { return false }
        for k in 1..<pattern.count where bytes[index + k] != pattern[k] { return false }
        return true
    }

    /// The first index at or after `from` where `pattern` occurs, or nil.
    static func first(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        var i = from
        while i + pattern.count <= bytes.count {
            if matches(pattern, in: bytes, at: i) { return i }
            i += 1
        }
        return nil
    }
}
