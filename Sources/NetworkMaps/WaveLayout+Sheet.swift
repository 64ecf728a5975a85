import Foundation

/// Several rendered SVG maps side by side in one SVG.
extension WaveLayout {
    /// One SVG holding `maps` (each a whole SVG document as Graphviz writes it) left to right, 18 points
    /// apart, top-aligned. Each map becomes a nested `<svg>` at its offset, its size in points kept and its
    /// element ids prefixed with `m1-`, `m2-`, … so they stay unique. A map whose `<svg` element or size
    /// cannot be read is left out.
    /// - Complexity: O(total length of the maps).
    public static func sheet(_ maps: [String]) -> String {
        let gap = 18.0
        var x = 0.0, height = 0.0
        var body = ""
        for (index, map) in maps.enumerated() {
            guard let start = map.range(of: "<svg"), let width = sizeAttribute("width", in: map[start.lowerBound...]),
                let mapHeight = sizeAttribute("height", in: map[start.lowerBound...])
            else { continue }
            var element = String(map[start.lowerBound...])
            element = element.replacingFirst("width=\"", with: "x=\"\(NumberText.decimal(x))\" y=\"0\" data-width=\"")
            element = element.replacingFirst("height=\"", with: "data-height=\"")
            element = element.replacingFirst("<svg", with: "<svg width=\"\(NumberText.decimal(width))\" height=\"\(NumberText.decimal(mapHeight))\"")
            element = element.replacingEvery("id=\"", with: "id=\"m\(index + 1)-")
            body += element.hasSuffix("\n") ? element : element + "\n"
            x += width + gap
            height = max(height, mapHeight)
        }
        let width = max(0, x - gap)
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" \
            width="\(NumberText.decimal(width))pt" height="\(NumberText.decimal(height))pt" \
            viewBox="0 0 \(NumberText.decimal(width)) \(NumberText.decimal(height))">

            """ + body + "</svg>\n"
    }

    /// The number of an attribute such as `width="432pt"` in the first tag of `text`, in points.
    static func sizeAttribute(_ name: String, in text: Substring) -> Double? {
        guard let tagEnd = text.firstIndex(of: ">") else { return nil }
        let tag = text[..<tagEnd]
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[start.upperBound...]
        guard let close = rest.firstIndex(of: "\"") else { return nil }
        var value = rest[..<close]
        var scale = 1.0
        if value.hasSuffix("pt") {
            value = value.dropLast(2)
        } else if value.hasSuffix("px") {
            value = value.dropLast(2)
            scale = 0.75
        }
        return Double(value).map { $0 * scale }
    }
}

extension String {
    /// The text with the first occurrence of `target` replaced.
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }

    /// The text with every occurrence of `target` replaced, scanning the UTF-8 bytes once (a `range(of:)`
    /// loop over substrings copies the rest of the text at every match, quadratic on a 10 MB map).
    /// - Complexity: O(length of the text × length of `target`).
    fileprivate func replacingEvery(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return self }
        let bytes = Array(utf8)
        let substitute = Array(replacement.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        var index = 0
        while index < bytes.count {
            if bytes[index] == first, index + needle.count <= bytes.count,
                bytes[index..<(index + needle.count)].elementsEqual(needle)
            {
                out.append(contentsOf: substitute)
                index += needle.count
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
