import NetworkModel
import OutputEscaping

/// The title and legend as one HTML-like table, drawn as the root graph's label so
/// every layout program shows it (above the drawing, left-aligned).
///
/// Every piece of data (title, category names, metric name) passes through
/// `DOTEscaping.htmlLabelText`; the rest is fixed markup. Graphviz's scanner rejects
/// HTML strings longer than 16384 bytes, so data is shortened (``longestText``) and
/// each list stops after ``mostEntries`` lines with a "more" line.
struct MapLegend {
    /// Longest piece of data shown, in characters; longer text ends with "…".
    static let longestText = 60
    /// Most lines per list (colours, shapes, ties).
    static let mostEntries = 12

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
            rows.append(heading("Colour: " + DOTEscaping.htmlLabelText(Self.shortened(colorHeading)), style: style))
            for entry in colorEntries.prefix(Self.mostEntries) {
                let glyph = Self.glyph(for: entry.shape ?? "circle")
                rows.append(keyRow(glyph: glyph, color: entry.color, text: Self.item(entry.name, entry.count), style: style))
            }
            appendMore(colorEntries.dropFirst(Self.mostEntries).map(\.count), to: &rows, style: style)
        }
        if shapeEntries.count > 1 {
            rows.append(heading("Shape: kind", style: style))
            for entry in shapeEntries.prefix(Self.mostEntries) {
                rows.append(keyRow(glyph: Self.glyph(for: entry.shape), color: "#666666",
                                   text: Self.item(entry.kind, entry.count), style: style))
            }
            appendMore(shapeEntries.dropFirst(Self.mostEntries).map(\.count), to: &rows, style: style)
        }
        if let sizeMetricName {
            rows.append(heading("Size: " + DOTEscaping.htmlLabelText(Self.shortened(sizeMetricName)), style: style))
            if let sizeRange {
                let low = NumberText.decimal(sizeRange.low)
                let high = NumberText.decimal(sizeRange.high)
                rows.append("<TR><TD ALIGN=\"CENTER\"><FONT POINT-SIZE=\"\(NumberText.decimal(style.legendFontSize * 0.7))\" COLOR=\"#666666\">●</FONT>"
                    + "<FONT POINT-SIZE=\"\(NumberText.decimal(style.legendFontSize * 1.6))\" COLOR=\"#666666\">●</FONT></TD>"
                    + "<TD ALIGN=\"LEFT\">\(font(low + " to " + high, style: style))</TD></TR>")
            } else {
                rows.append(keyRow(glyph: "●", color: "#666666", text: "no values", style: style))
            }
        }
        if !tieEntries.isEmpty {
            rows.append(heading("Ties", style: style))
            for entry in tieEntries.prefix(Self.mostEntries) {
                rows.append(keyRow(glyph: Self.line(for: entry.style), color: String(entry.color.prefix(7)),
                                   text: Self.item(entry.kind, entry.count), style: style))
            }
            appendMore(tieEntries.dropFirst(Self.mostEntries).map(\.count), to: &rows, style: style)
        }
    }

    /// A "… and 4 more (17)" line for the entries a list leaves out.
    private func appendMore(_ counts: [Int], to rows: inout [String], style: MapStyle) {
        guard !counts.isEmpty else { return }
        let total = counts.reduce(0, +)
        rows.append(keyRow(glyph: "…", color: "#666666", text: "and \(counts.count) more (\(total))", style: style))
    }

    private static func item(_ name: String, _ count: Int) -> String { "\(shortened(name)) (\(count))" }

    /// `text` cut to `limit` characters, the last replaced by "…" when cut.
    static func shortened(_ text: String, to limit: Int = longestText) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    private func heading(_ markup: String, style: MapStyle) -> String {
        wideCell(bold(markup), pointSize: style.legendFontSize)
    }

    private func wideCell(_ markup: String, pointSize: Double) -> String {
        "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"\(NumberText.decimal(pointSize))\">\(markup)</FONT></TD></TR>"
    }

    private func bold(_ markup: String) -> String { "<B>\(markup)</B>" }

    private func font(_ text: String, style: MapStyle) -> String {
        "<FONT POINT-SIZE=\"\(NumberText.decimal(style.legendFontSize))\">\(DOTEscaping.htmlLabelText(text))</FONT>"
    }

    private func keyRow(glyph: String, color: String, text: String, style: MapStyle) -> String {
        "<TR><TD ALIGN=\"CENTER\"><FONT POINT-SIZE=\"\(NumberText.decimal(style.legendFontSize * 1.3))\" COLOR=\"\(color)\">\(glyph)</FONT></TD>"
            + "<TD ALIGN=\"LEFT\">\(font(text, style: style))</TD></TR>"
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
