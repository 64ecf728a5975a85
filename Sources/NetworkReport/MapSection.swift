import LearningCommunity

/// The map: the SVG the caller rendered, inlined, with a search box, zoom and pan, filters (kind, group,
/// role, tie kinds), a node card that a hover shows and a click pins, and SVG and PNG downloads.
enum MapSection {
    static func html(svg: String?, analysis: ReportAnalysis, note: String? = nil) -> String {
        guard let svg else {
            return """
                <section id="map-section"><h2>Map</h2><p>No map was drawn for this report.</p>\(controls)</section>
                """
        }
        return """
            <section id="map-section"><h2>Map</h2>
            \(note.map(HTMLText.paragraph) ?? "")
            \(controls)
            \(filters(analysis))
            <div id="map" class="map figure" title="Scroll to zoom, drag to pan, hover a node for its card, click to pin it">\(inlineSVG(svg))</div>
            \(downloads(figure: "map", name: "map"))
            <aside id="card" class="card" hidden></aside>
            </section>
            """
    }

    /// Buttons that save a figure (the element with id `figure`, holding an SVG or an SVG image) as SVG or PNG.
    static func downloads(figure: String, name: String) -> String {
        "<div class=\"downloads\" data-figure=\"\(figure)\" data-name=\"\(name)\">"
            + "<button type=\"button\" data-format=\"svg\">Download SVG</button> "
            + "<button type=\"button\" data-format=\"png\">Download PNG</button></div>"
    }

    /// Check boxes for node kinds and tie kinds, and menus for the group and the role.
    static func filters(_ analysis: ReportAnalysis) -> String {
        let s = analysis.summary
        var out = "<div class=\"filters\" id=\"map-filters\"><fieldset><legend>Kinds</legend>"
        for kind in s.nodeKinds {
            let name = HTMLText.escaped(kind.kind.rawValue)
            out += "<label><input type=\"checkbox\" data-filter=\"kind\" value=\"\(name)\" checked> \(name)</label> "
        }
        out += "</fieldset><fieldset><legend>Tie kinds</legend>"
        for kind in s.tieKinds {
            let name = HTMLText.escaped(kind.kind.rawValue)
            out += "<label><input type=\"checkbox\" data-filter=\"tie\" value=\"\(name)\" checked> \(name)</label> "
        }
        out += "</fieldset>"
        if let grouping = analysis.options.grouping {
            out += "<label>\(HTMLText.escaped(grouping.name)) <select id=\"filter-group\"><option value=\"\">all</option>"
            for name in grouping.groupNames {
                out += "<option value=\"\(HTMLText.escaped(name))\">\(HTMLText.escaped(name))</option>"
            }
            out += "</select></label> "
        }
        let roles = Set(analysis.roles.assignments.map(\.role)).sorted()
        out += "<label>role <select id=\"filter-role\"><option value=\"\">any</option>"
        for role in roles {
            out += "<option value=\"\(role.rawValue)\">\(HTMLText.escaped(role.rawValue.replacingUnderscores))</option>"
        }
        out += "</select></label> <span id=\"filter-status\" role=\"status\"></span></div>"
        return out
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
