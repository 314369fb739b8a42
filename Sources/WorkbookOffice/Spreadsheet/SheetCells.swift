import WorkbookCore

/// One sheet's cells that hold something.
public struct SheetCells: Sendable, Equatable {
    /// The sheet's name, as its tab shows it.
    public var name: String
    /// The cells with a value (empty cells are left out).
    public var cells: [CellAddress: CellValue]

    /// Creates a sheet.
    public init(name: String, cells: [CellAddress: CellValue]) {
        self.name = name
        self.cells = cells
    }

    /// The value at a cell, if any.
    public subscript(row: Int, column: Int) -> CellValue? { cells[CellAddress(row: row, column: column)] }

    /// The rows that have any value, in order.
    public var rows: [Int] { Set(cells.keys.map(\.row)).sorted() }
}
