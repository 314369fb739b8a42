/// One sheet to write: cells with styles, and how the sheet behaves in Excel.
public struct Worksheet: Sendable, Equatable {
    /// A value to write. Text is always stored as text: `=SUM(A1)` typed in a file stays
    /// those characters, never a formula.
    public enum Value: Sendable, Equatable {
        case text(String)
        case number(Double)
    }

    /// A drop-down list on a range of cells (data validation).
    public struct ListValidation: Sendable, Equatable {
        /// The cells, as `D12:D60`.
        public var range: String
        /// The choices, in order.
        public var choices: [String]
        /// What the cell says when selected.
        public var prompt: String
        /// What Excel says when something else is typed.
        public var error: String
    }

    /// The tab's name (at most 31 characters, none of `[]:*?/\`).
    public var name: String
    /// The cells, by address.
    public var cells: [CellAddress: (value: Value, style: CellStyle)] = [:]
    /// Column widths in characters, from column A.
    public var columnWidths: [Double] = []
    /// Row heights in points, where a row needs more than one line.
    public var rowHeights: [Int: Double] = [:]
    /// Merged ranges, as `A1:F1`.
    public var merges: [String] = []
    /// Drop-downs.
    public var validations: [ListValidation] = []
    /// Rows kept in view when scrolling (the header).
    public var frozenRows = 0
    /// Whether the sheet is protected (no password): only unlocked cells can be edited.
    public var isProtected = false
    /// Landscape rather than portrait on A4.
    public var landscape = false
    /// Rows repeated at the top of every printed page.
    public var printTitleRows: ClosedRange<Int>?

    /// Creates an empty sheet.
    public init(name: String) {
        self.name = name
    }

    /// Puts a value in a cell.
    public mutating func set(_ row: Int, _ column: Int, _ value: Value, _ style: CellStyle = CellStyle()) {
        cells[CellAddress(row: row, column: column)] = (value, style)
    }

    /// Puts text in a cell.
    public mutating func set(_ row: Int, _ column: Int, _ text: String, _ style: CellStyle = CellStyle()) {
        set(row, column, .text(text), style)
    }

    /// Styles a cell without giving it a value (an input cell left blank).
    public mutating func style(_ row: Int, _ column: Int, _ style: CellStyle) {
        let address = CellAddress(row: row, column: column)
        cells[address] = (cells[address]?.value ?? .text(""), style)
    }

    /// The same sheet: every cell with its style, and every setting.
    public static func == (lhs: Worksheet, rhs: Worksheet) -> Bool {
        lhs.name == rhs.name && lhs.columnWidths == rhs.columnWidths && lhs.merges == rhs.merges
            && lhs.validations == rhs.validations && lhs.frozenRows == rhs.frozenRows
            && lhs.isProtected == rhs.isProtected
            && lhs.cells.count == rhs.cells.count
            && lhs.cells.allSatisfy { key, cell in
                rhs.cells[key].map { $0.value == cell.value && $0.style == cell.style } ?? false
            }
    }
}
