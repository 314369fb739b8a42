import WorkbookCore

/// What a cell holds, as the file stores it.
public enum CellValue: Sendable, Equatable {
    /// Text (from the shared strings, an inline string or a formula's text result).
    case text(String)
    /// A number, with its text as written in the file (`3`, `3.0`, `45975`).
    case number(Double, written: String)
    /// TRUE or FALSE.
    case boolean(Bool)
    /// An error value such as `#N/A`.
    case error(String)

    /// The value as a person would read it in the cell (numbers without a needless `.0`).
    public var display: String {
        switch self {
        case .text(let text): text
        case .number(let value, _): NumberFormatting.plain(value)
        case .boolean(let value): value ? "TRUE" : "FALSE"
        case .error(let code): code
        }
    }
}
