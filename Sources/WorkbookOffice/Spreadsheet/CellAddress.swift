import WorkbookCore

/// A cell's address: 1-based row and column (`D14` is row 14, column 4).
public struct CellAddress: Sendable, Hashable, Comparable {
    /// 1-based row.
    public var row: Int
    /// 1-based column.
    public var column: Int

    /// Creates an address.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Reads `D14` (or `$D$14`); nil when it is not a cell reference.
    public init?(_ reference: String) {
        var column = 0
        var row = 0
        var digits = false
        for byte in reference.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !digits:
                column = column * 26 + Int(byte - 64)
            case UInt8(ascii: "a")...UInt8(ascii: "z") where !digits:
                column = column * 26 + Int(byte - 96)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits = true
                row = row * 10 + Int(byte - 48)
            default:
                return nil
            }
            if column > 16_384 || row > 1_048_576 { return nil }
        }
        guard column > 0, row > 0 else { return nil }
        self.init(row: row, column: column)
    }

    /// `D14`.
    public var name: String { FileLocation.columnName(column) + String(row) }

    /// Reading order: by row, then by column.
    public static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
