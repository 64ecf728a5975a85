/// Cells of CSV files that a spreadsheet opens, made inert (CSV or formula injection).
///
/// Excel, LibreOffice Calc and Google Sheets treat a cell whose text begins with `=`, `+`, `-` or `@`
/// as a formula, and some also after a leading tab or carriage return. A node id or attribute such as
/// `=HYPERLINK("http://…")` would then run when a funder opens the export. Following OWASP's guidance
/// (https://owasp.org/www-community/attacks/CSV_Injection), such a cell is written with a single quote
/// in front, which the spreadsheet shows as text and hides. This is the one rule every CSV writer of
/// Liaison applies (and the xlsx writer should call for text cells).
///
/// Numbers stay numbers: a cell that is a plain decimal number (`-0.5`, `+3`, `-1.5e-7`) cannot be a
/// formula and is left as it is. A cell that already begins with quotes followed by one of the
/// characters above gains one more quote, so the rule can be undone by dropping exactly one leading
/// quote from any cell that begins with `'` followed by `'`s and one of the characters.
public enum SpreadsheetEscaping {
    /// The characters that make a spreadsheet read a cell as a formula when they come first.
    public static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text` made safe to open in a spreadsheet: prefixed with `'` when it would start a formula.
    public static func neutralised(_ text: String) -> String {
        needsNeutralising(text) ? "'" + text : text
    }

    /// Whether ``neutralised(_:)`` changes `text`.
    public static func needsNeutralising(_ text: String) -> Bool {
        needsNeutralising(utf8: text.utf8)
    }

    /// Whether `cell` (UTF-8 bytes) is one that ``neutralised(_:)`` wrote: a `'` followed by a cell that
    /// needs neutralising. Readers drop that one quote to get the value back (as a spreadsheet does).
    public static func isNeutralised<C: Collection<UInt8>>(utf8 cell: C) -> Bool {
        guard let first = cell.first, first == UInt8(ascii: "'") else { return false }
        return needsNeutralising(utf8: cell.dropFirst())
    }

    /// ``needsNeutralising(_:)`` over UTF-8 bytes.
    public static func needsNeutralising<C: Collection<UInt8>>(utf8 cell: C) -> Bool {
        guard let first = cell.first(where: { $0 != UInt8(ascii: "'") }) else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 9, 13:
            return !isPlainNumber(utf8: cell)
        default:
            return false
        }
    }

    /// Whether `text` is a decimal number with an optional sign, fraction and exponent (no spaces,
    /// no `inf`, `nan` or hexadecimal).
    public static func isPlainNumber(_ text: String) -> Bool {
        isPlainNumber(utf8: text.utf8)
    }

    /// ``isPlainNumber(_:)`` over UTF-8 bytes.
    public static func isPlainNumber<C: Collection<UInt8>>(utf8 cell: C) -> Bool {
        var index = cell.startIndex
        func at(_ characters: String) -> Bool {
            index != cell.endIndex && characters.utf8.contains(cell[index])
        }
        func digits() -> Int {
            var count = 0
            while index != cell.endIndex, cell[index] >= 48, cell[index] <= 57 {
                index = cell.index(after: index)
                count += 1
            }
            return count
        }
        if at("+-") { index = cell.index(after: index) }
        var count = digits()
        if at(".") {
            index = cell.index(after: index)
            count += digits()
        }
        guard count > 0 else { return false }
        if at("eE") {
            index = cell.index(after: index)
            if at("+-") { index = cell.index(after: index) }
            guard digits() > 0 else { return false }
        }
        return index == cell.endIndex
    }
}
