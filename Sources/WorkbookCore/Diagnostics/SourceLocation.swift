/// A position in an input file: 1-based line and column, as editors count them.
///
/// Columns count Unicode scalars from the start of the line, so a caret printed under
/// the source line lands on the character it names.
public struct SourceLocation: Sendable, Equatable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The file name as the user gave it (or a bundled workbook's id).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column number.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form compilers print and editors jump to.
    public var description: String { "\(file):\(line):\(column)" }

    /// The same place moved `offset` columns to the right on the same line.
    public func advanced(byColumns offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + offset)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
