import Foundation
import NetworkAnalysis
import OutputEscaping

/// Small builders of HTML text. Every text that comes from the data passes through ``escaped(_:)``;
/// tags and attribute names are the report's own.
enum HTMLText {
    /// Data text made safe as element content or a quoted attribute value; text holding bidi controls
    /// is isolated (``BidiIsolation``), so it cannot reorder the page's text around it.
    static func escaped(_ text: String) -> String { MarkupEscaping.escape(BidiIsolation.isolated(text)) }

    /// `<tag attributes>content</tag>`, with `content` already HTML.
    static func element(_ tag: String, _ attributes: String = "", _ content: String) -> String {
        "<\(tag)\(attributes.isEmpty ? "" : " " + attributes)>\(content)</\(tag)>"
    }

    /// A paragraph of data text.
    static func paragraph(_ text: String) -> String { element("p", "", escaped(text)) }

    /// A number with a fixed count of decimals; an em dash for NaN and infinities.
    static func number(_ value: Double, decimals: Int = 3) -> String {
        guard value.isFinite else { return "\u{2014}" }
        return DecimalText.fixed(value, decimals: decimals)
    }

    /// A cell of a result table as text.
    static func cell(_ cell: ResultTable.Cell, decimals: Int = 3) -> String {
        switch cell {
        case let .text(value): return value
        case let .integer(value): return String(value)
        case let .real(value): return number(value, decimals: decimals)
        case let .flag(value): return value ? "yes" : "no"
        case .missing: return "\u{2014}"
        }
    }

    /// A sortable table: `columns` headings, rows of (shown HTML, sort key) pairs. A numeric sort key
    /// sorts numerically; clicking a heading sorts by it (the page's script).
    static func sortableTable(id: String, columns: [String], rows: [[(html: String, sortKey: String)]]) -> String {
        var out = "<table class=\"sortable\" id=\"\(id)\"><thead><tr>"
        for column in columns { out += "<th scope=\"col\" tabindex=\"0\">\(escaped(column))</th>" }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for cell in row { out += "<td data-sort=\"\(escaped(cell.sortKey))\">\(cell.html)</td>" }
            out += "</tr>"
        }
        return out + "</tbody></table>"
    }

    /// A plain table of already-escaped HTML cells.
    static func table(columns: [String], rows: [[String]], attributes: String = "") -> String {
        var out = "<table\(attributes.isEmpty ? "" : " " + attributes)><thead><tr>"
        for column in columns { out += "<th scope=\"col\">\(escaped(column))</th>" }
        out += "</tr></thead><tbody>"
        for row in rows { out += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>" }
        return out + "</tbody></table>"
    }

    /// A definition list of (term, HTML description) pairs.
    static func figures(_ items: [(String, String)]) -> String {
        "<dl class=\"figures\">" + items.map { "<div><dt>\(escaped($0.0))</dt><dd>\($0.1)</dd></div>" }.joined()
            + "</dl>"
    }
}

/// Small-cell suppression of the group tables: counts below the minimum are shown as `<N`.
struct CellSuppression {
    let minimum: Int?

    /// The count as shown: the number, or `<N` (escaped) when 0 ≤ count < N.
    func show(_ count: Double) -> String {
        if let minimum, count < Double(minimum) { return HTMLText.escaped("<\(minimum)") }
        return count == count.rounded() ? String(Int(count)) : HTMLText.number(count, decimals: 2)
    }

    /// Whether the count is hidden.
    func hides(_ count: Double) -> Bool { minimum.map { count < Double($0) } ?? false }
}
