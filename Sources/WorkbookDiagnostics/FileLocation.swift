/// A position in an input file: 1-based line and column, as editors count them.
///
/// Columns count Unicode scalars from the start of the line, so a caret printed under
/// the source line lands on the character it names. In a spreadsheet the line is the row,
/// the column the column, and `sheet` names the sheet: `north.xlsx:Responses!D14`.
public struct FileLocation: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    /// The file name as the user gave it (or a bundled workbook's id).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column number.
    public var column: Int
    /// The sheet, when the file is a spreadsheet (then `line` is the row).
    public var sheet: String?

    /// Creates a location.
    public init(file: String, line: Int, column: Int, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// `file:line:column`, the form compilers print and editors jump to; in a spreadsheet
    /// `file:Sheet!D14`, the way spreadsheets name a cell.
    public var description: String {
        guard let sheet else { return "\(file):\(line):\(column)" }
        return "\(file):\(sheet)!\(Self.columnName(column))\(line)"
    }

    /// A spreadsheet column's letters: 1 → `A`, 27 → `AA`.
    public static func columnName(_ column: Int) -> String {
        var number = max(1, column)
        var letters: [Character] = []
        while number > 0 {
            let digit = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The same place moved `offset` columns to the right on the same line.
    public func advanced(byColumns offset: Int) -> FileLocation {
        FileLocation(file: file, line: line, column: column + offset, sheet: sheet)
    }

    /// Whether `lhs` comes first, compared by file, then sheet, then line, then column.
    public static func < (lhs: FileLocation, rhs: FileLocation) -> Bool {
        (lhs.file, lhs.sheet ?? "", lhs.line, lhs.column) < (rhs.file, rhs.sheet ?? "", rhs.line, rhs.column)
    }
}
