import NetworkModel
import OutputEscaping

/// The title and legend as one HTML-like table, drawn as the root graph's label so
/// every layout program shows it: a short band below the drawing, left-aligned, each section
/// (colours, shapes, size, ties) one row of entries side by side.
///
/// Every piece of data (title, category names, metric name) passes through
/// `DOTEscaping.htmlLabelText`; the rest is fixed markup. Graphviz's scanner rejects
/// HTML strings longer than 16384 bytes, so data is shortened (``longestText``) and
/// each list stops after ``mostEntries`` lines with a "more" line.
struct MapLegend {
    /// Longest piece of data shown, in characters; longer text ends with "…".
    static let longestText = 60
    /// Most entries per list (colours, shapes, ties).
    static let mostEntries = 12
    /// Entries side by side in one row of the legend.
    static let entriesPerRow = 7

    var title: String?
    var colorHeading: String
    var colorEntries: [NodeColorAssignment.Entry]
    /// Kinds and their shapes, listed when colours are not by kind and several kinds are drawn.
    var shapeEntries: [(kind: String, shape: String, count: Int)]
    var sizeMetricName: String?
    var sizeRange: (low: Double, high: Double)?
    var tieEntries: [(kind: String, style: String, color: String, count: Int)]
    var showsKeys: Bool

    /// The table markup (without the enclosing `<` `>`), or nil when there is nothing to show.
    func markup(style: MapStyle) -> String? {
        var rows: [String] = []
        if let title, !title.isEmpty {
            rows.append(wideCell(bold(DOTEscaping.htmlLabelText(Self.shortened(title, to: 2 * Self.longestText))),
                                 pointSize: style.titleFontSize))
        }
        if showsKeys {
            appendKeys(to: &rows, style: style)
        }
        guard !rows.isEmpty else { return nil }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\">"
            + rows.joined() + "</TABLE>"
    }

    private func appendKeys(to rows: inout [String], style: MapStyle) {
        if !colorEntries.isEmpty {
            var entries = colorEntries.prefix(Self.mostEntries).map { entry in
                entryCell(glyph: Self.glyph(for: entry.shape ?? "circle"), color: entry.color,
                          text: Self.item(entry.name, entry.count), style: style)
            }
            entries += more(colorEntries.dropFirst(Self.mostEntries).map(\.count), style: style)
            appendSection("Colour: " + DOTEscaping.htmlLabelText(Self.shortened(colorHeading)), entries, to: &rows, style: style)
        }
        if shapeEntries.count > 1 {
            var entries = shapeEntries.prefix(Self.mostEntries).map { entry in
                entryCell(glyph: Self.glyph(for: entry.shape), color: "#666666",
                          text: Self.item(entry.kind, entry.count), style: style)
            }
            entries += more(shapeEntries.dropFirst(Self.mostEntries).map(\.count), style: style)
            appendSection("Shape: kind", entries, to: &rows, style: style)
        }
        if let sizeMetricName {
            let entry: String
            if let sizeRange {
                let low = NumberText.decimal(sizeRange.low)
                let high = NumberText.decimal(sizeRange.high)
                entry = "<FONT POINT-SIZE=\"\(NumberText.decimal(style.legendFontSize * 0.7))\" COLOR=\"#666666\">●</FONT>"
                    + "<FONT POINT-SIZE=\"\(NumberText.decimal(style.legendFontSize * 1.3))\" COLOR=\"#666666\">●</FONT> "
                    + font(low + " to " + high, style: style)
            } else {
                entry = entryCell(glyph: "●", color: "#666666", text: "no values", style: style)
            }
            appendSection("Size: " + DOTEscaping.htmlLabelText(Self.shortened(sizeMetricName)), [entry], to: &rows, style: style)
        }
        if !tieEntries.isEmpty {
            var entries = tieEntries.prefix(Self.mostEntries).map { entry in
                entryCell(glyph: Self.line(for: entry.style), color: String(entry.color.prefix(7)),
                          text: Self.item(entry.kind, entry.count), style: style)
            }
            entries += more(tieEntries.dropFirst(Self.mostEntries).map(\.count), style: style)
            appendSection("Ties", entries, to: &rows, style: style)
        }
    }

    /// One section as rows: the heading in the first cell, then at most ``entriesPerRow`` entries a row
    /// side by side in one cell, so the legend stays a short band below the drawing.
    private func appendSection(_ headingMarkup: String, _ entries: [String], to rows: inout [String], style: MapStyle) {
        var start = 0
        while start < entries.count {
            let chunk = entries[start..<min(start + Self.entriesPerRow, entries.count)]
            let first = start == 0
                ? "<TD ALIGN=\"LEFT\">\(bold("<FONT POINT-SIZE=\"\(NumberText.decimal(style.legendFontSize))\">\(headingMarkup)</FONT>"))</TD>"
                : "<TD></TD>"
            rows.append("<TR>" + first + "<TD ALIGN=\"LEFT\">" + chunk.joined(separator: "   ") + "</TD></TR>")
            start += Self.entriesPerRow
        }
    }

    /// A "… and 4 more (17)" entry for the entries a list leaves out.
    private func more(_ counts: [Int], style: MapStyle) -> [String] {
        guard !counts.isEmpty else { return [] }
        let total = counts.reduce(0, +)
        return [entryCell(glyph: "…", color: "#666666", text: "and \(counts.count) more (\(total))", style: style)]
    }

    private static func item(_ name: String, _ count: Int) -> String { "\(shortened(name)) (\(count))" }

    /// `text` cut to `limit` characters, the last replaced by "…" when cut.
    static func shortened(_ text: String, to limit: Int = longestText) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    private func wideCell(_ markup: String, pointSize: Double) -> String {
        "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"\(NumberText.decimal(pointSize))\">\(markup)</FONT></TD></TR>"
    }

    private func bold(_ markup: String) -> String { "<B>\(markup)</B>" }

    private func font(_ text: String, style: MapStyle) -> String {
        "<FONT POINT-SIZE=\"\(NumberText.decimal(style.legendFontSize))\">\(DOTEscaping.htmlLabelText(text))</FONT>"
    }

    /// One entry (a coloured glyph and its text), to be set side by side with others in one cell.
    private func entryCell(glyph: String, color: String, text: String, style: MapStyle) -> String {
        "<FONT POINT-SIZE=\"\(NumberText.decimal(style.legendFontSize * 1.2))\" COLOR=\"\(color)\">\(glyph)</FONT> "
            + font(text, style: style)
    }

    /// A text glyph that looks like a Graphviz node shape.
    static func glyph(for shape: String) -> String {
        switch shape {
        case "box", "rect", "square", "Msquare", "note", "tab", "folder", "component", "cylinder": return "■"
        case "hexagon": return "⬢"
        case "diamond", "Mdiamond": return "◆"
        case "triangle": return "▲"
        case "invtriangle": return "▼"
        case "pentagon", "house": return "⬟"
        case "octagon", "septagon": return "⯃"
        case "star": return "★"
        default: return "●"
        }
    }

    /// A text line that looks like an edge style.
    static func line(for style: String) -> String {
        switch style {
        case "bold": return "━━━"
        case "dashed": return "╌╌╌"
        case "dotted": return "┈┈┈"
        default: return "───"
        }
    }
}
