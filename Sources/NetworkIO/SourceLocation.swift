/// A place in an input file: the file's path, a 1-based line and a 1-based
/// column counted in characters (Unicode scalars) from the start of the line.
/// In a sheet of a workbook, the line is the sheet's row number and the column
/// its column (1 for A), and ``sheet`` names the sheet.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// The sheet of a workbook (`.xlsx`) the place is in; nil in a text file.
    public var sheet: String?

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A cell of sheet `sheet` of the workbook at `file`: row `row` (1-based) and column `column` (1 for A).
    public init(file: String, sheet: String, row: Int, column: Int) {
        self.file = file
        self.sheet = sheet
        self.line = row
        self.column = column
    }

    /// The file, or `workbook.xlsx[Sheet]` for a sheet: what diagnostics are grouped and sorted by.
    public var sourceName: String { sheet.map { "\(file)[\($0)]" } ?? file }

    /// `file:line:column`, the form editors and compilers use; `workbook.xlsx[Sheet]:row:COLUMN` in a sheet
    /// (`kumu.xlsx[Connections]:7:C`), the column in the letters the spreadsheet shows.
    public var description: String {
        guard sheet != nil else { return "\(file):\(line):\(column)" }
        return "\(sourceName):\(line):\(Self.columnLetters(column))"
    }

    /// `A` for 1, `Z` for 26, `AA` for 27: a spreadsheet's name of a column.
    public static func columnLetters(_ column: Int) -> String {
        var number = max(column, 1)
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }
}
